"""``bench data``: check a task's data folder."""

from __future__ import annotations

import json

HELP = "check a task's data folder: missing files, examples and media per split"


def add_arguments(p) -> None:
    p.add_argument("action", choices=["check"])
    p.add_argument("--task", default=None, help="task name, comma-separated names, or all (default)")
    p.add_argument("--data-dir", default=None, help="the task's data folder (default: $BENCH_DATA_<TASK>)")
    p.add_argument("--split", default=None, help="comma-separated splits (default: every split)")
    p.add_argument("--variant", default=None, help="a task variant (bench ls tasks)")
    p.add_argument("--json", action="store_true")


def run(args) -> int:
    from benchmark.experiments.datacheck import check_task_data, format_report
    from benchmark.registry import TASKS

    names = TASKS.names() if args.task in (None, "all") else [t for t in args.task.split(",") if t]
    splits = [s for s in args.split.split(",") if s] if args.split else None
    reports = [check_task_data(name, args.data_dir, splits, args.variant) for name in names]
    if args.json:
        print(json.dumps([r.to_dict() for r in reports], indent=2))
    else:
        print("\n\n".join(format_report(r) for r in reports))
    return 0 if all(r.ok for r in reports) else 1
