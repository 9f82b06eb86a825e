"""Estimate a sweep file's compute from the measured costs of finished runs.

    python scripts/estimate_sweep_time.py examples/reference.yaml --timings runs/compare2 \
        [--timings runs/other ...] [--lm-factor gemma3-270m=1.6] [--workers 2] [--tune-trials 3 --tune-val 200 --tune-test 100]

Every cell's cost is its method's measured cost per training step and per scored example (the
``timings`` of the runs' ``metrics.json`` under ``--timings``: their median over the runs of that
method), times the cell's steps and scored examples (its test subset, once more per out-of-distribution
target), the IMA pass over its validation examples as a third of a training step per batch (one
teacher-forced forward, no backward or generation), plus the measured fixed cost (features, LM load). A cell on an LM without measured runs is scaled by ``--lm-factor``; a method
without measured runs is refused. With ``--tune-trials`` the estimate adds a ``bench tune`` of every
method in the file at the core setting: that many trials of the file's ``base.train.steps`` (100 when
it sets none), each scored on ``--tune-val`` validation and ``--tune-test`` test examples. A cell scoring
its whole test split (``eval.max_examples: 0``) is counted as 500 examples: the split's size is not
read. The measured costs already include the
sharing of the cores by the workers that measured them, so the wall time is the sum over workers.

This is an estimate for choosing a budget, not a result: the sweep's real wall time is what it logs.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def measured(folders: list[Path]) -> dict[tuple[str, str], dict[str, float]]:
    """{(method, lm): median step, per-example and fixed seconds} over the finished runs in ``folders``."""
    rows = defaultdict(list)
    for path in (p for folder in folders for p in sorted(folder.rglob("metrics.json"))):
        data = json.loads(path.read_text())
        t = data.get("timings") or {}
        if "train_step_s" not in t or "eval_example_s" not in t:
            continue
        fixed = t.get("features_s", 0.0) + t.get("lm_load_s", 0.0)
        rows[(data["method"], data["lm"])].append((t["train_step_s"], t["eval_example_s"], fixed))
    return {
        key: {name: statistics.median(v[i] for v in values) for i, name in enumerate(("step", "example", "fixed"))}
        for key, values in rows.items()
    }


def main(argv: list[str] | None = None) -> int:
    from benchmark.experiments.sweep_spec import eval_targets, expand, load_spec

    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("file")
    p.add_argument(
        "--timings", required=True, type=Path, action="append", help="a folder of finished runs (repeatable)"
    )
    p.add_argument("--lm-factor", action="append", default=[], metavar="LM=F", help="cost of LM relative to measured")
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--tune-trials", type=int, default=0)
    p.add_argument("--tune-val", type=int, default=200)
    p.add_argument("--tune-test", type=int, default=100)
    args = p.parse_args(argv)
    factors = {k: float(v) for k, v in (item.split("=", 1) for item in args.lm_factor)}
    costs = measured(args.timings)
    by_method = defaultdict(list)
    for (method, lm), cost in costs.items():
        by_method[method].append((lm, cost))
    spec = load_spec(args.file)
    cells = expand(spec)

    def cost_of(method: str, lm: str) -> tuple[dict[str, float], float]:
        if (method, lm) in costs:
            return costs[(method, lm)], 1.0
        if not by_method.get(method):
            raise SystemExit(f"error: no measured run of method {method!r} under {', '.join(map(str, args.timings))}")
        base_lm, cost = by_method[method][0]
        if lm not in factors:
            raise SystemExit(f"error: no measured run of {method} on {lm}; give --lm-factor {lm}=F (vs {base_lm})")
        return cost, factors[lm]

    groups: dict[str, float] = defaultdict(float)
    for cell in cells:
        c = cell.config
        cost, factor = cost_of(c.method, c.lm)
        examples = (c.eval.max_examples or 500) * (1 + len(eval_targets(spec, c.task)))
        ima_batches = (spec.ima or {}).get("examples", 0) / c.train.batch_size
        seconds = cost["fixed"] + factor * (
            (c.train.steps + ima_batches / 3) * cost["step"] + examples * cost["example"]
        )
        groups[f"{c.task} / {c.lm} / {c.data.fraction:g}"] += seconds
    total = sum(groups.values())
    width = max(len(k) for k in groups)
    print(f"{len(cells)} cells of {args.file}")
    for key, seconds in groups.items():
        print(f"  {key:<{width}}  {seconds / 3600:6.2f} worker-hours")
    tune = 0.0
    if args.tune_trials:
        steps = spec.base.get("train", {}).get("steps", 100)
        for method in sorted({cell.config.method for cell in cells}):
            cost, _ = cost_of(method, "smollm2-135m")
            per_trial = cost["fixed"] + steps * cost["step"] + (args.tune_val + args.tune_test) * cost["example"]
            tune += args.tune_trials * per_trial
        print(f"  {'tuning':<{width}}  {tune / 3600:6.2f} worker-hours ({args.tune_trials} trials per method)")
    print(
        f"sweep {total / 3600:.1f} worker-hours, tuning {tune / 3600:.1f}: "
        f"{(total + tune) / 3600 / args.workers:.1f} h of wall time on {args.workers} workers"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
