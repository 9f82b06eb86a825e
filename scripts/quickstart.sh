#!/usr/bin/env bash
# The offline main job: set up, then train and score eP-ALM and the blind control on easy-VQA with
# the real pretrained SmolLM2-135M and EfficientNet-Lite0, and print the comparison table.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
OUT=${OUT:-runs/quickstart}
.venv/bin/bench run --output-dir "$OUT" --run-name epalm "$@"
.venv/bin/bench run --output-dir "$OUT" --run-name blind --method blind "$@"
.venv/bin/bench table "$OUT"
