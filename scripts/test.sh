#!/usr/bin/env bash
# Set up the environment, check lint and formatting (ruff), then run the whole test suite (unit tests
# on tiny random models of the real architectures, plus integration tests on the real offline backbones).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ruff check .
.venv/bin/ruff format --check .
exec .venv/bin/python -m pytest -q "$@"
