"""A finished run's recorded config as a ``bench run --config`` file: rerun one sweep cell with one
change, to diagnose it (``docs/diagnostics.md``).

    .venv/bin/python scripts/run_config.py runs/reference/fromage_easy-vqa_..._s0 > /tmp/cell.yaml
    bench run --config /tmp/cell.yaml --set method_options.retrieval=false --output-dir runs/reference-diag

The config is the one ``metrics.json`` recorded (``benchmark.engine.config.read_run_config``: every
field, with the recipe resolved as it trained), less where the run went: its run name, output folder,
MLflow store and experiment are left out, so the new run goes where its flags say and cannot
overwrite the original.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmark.experiments.sweep_spec import RESULT_NEUTRAL

# where the run went, not what it ran: the sweep's result-neutral keys, less the feature cache, which a
# rerun should share (the same features, not computed again)
PLACEMENT = tuple(key for key in RESULT_NEUTRAL if key != "cache_dir")


def cell_config(run_dir: str | Path) -> dict:
    from benchmark.engine.config import read_run_config

    config = dataclasses.asdict(read_run_config(Path(run_dir)))
    for key in PLACEMENT:
        config.pop(key, None)
    return config


def main(argv: list[str] | None = None) -> int:
    import yaml

    from benchmark.errors import DataError

    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("run_dir", help="a finished run folder (holding metrics.json and trainable.safetensors)")
    args = p.parse_args(argv)
    try:
        config = cell_config(args.run_dir)
    except DataError as exc:
        raise SystemExit(f"error: {exc}") from None
    print(yaml.safe_dump(config, sort_keys=False), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
