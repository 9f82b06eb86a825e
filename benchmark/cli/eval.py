"""``bench eval``: score a finished run on another task, split or shifted variant."""

from __future__ import annotations

import json

HELP = "score a finished run on another task, split or shifted variant (OOD)"


def add_arguments(p) -> None:
    p.add_argument("--run", required=True, help="a finished run folder (metrics.json + trainable.safetensors)")
    p.add_argument("--task", default=None, help="task to score on (default: the run's own)")
    p.add_argument("--data-dir", default=None)
    p.add_argument("--split", default=None, help="default: the task's test split")
    p.add_argument("--variant", default=None, help="comma-separated variants (clean = none), or all")
    p.add_argument("--encoder", default=None, help="e.g. frames:<the run's image encoder> for video tasks")
    p.add_argument("--eval-examples", type=int, default=None, help="seeded subset size; 0 = whole split")
    p.add_argument("--json", action="store_true")


def run(args) -> int:
    from benchmark.experiments.ood import evaluate_run, format_table, plan_eval

    plan = plan_eval(args.run, args.task, args.data_dir, args.split, args.variant, args.encoder, args.eval_examples)
    records = evaluate_run(plan)
    print(json.dumps([r.to_dict() for r in records], indent=2) if args.json else format_table(records))
    return 0
