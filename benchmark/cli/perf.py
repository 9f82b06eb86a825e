"""``bench perf``: overhead ratios of methods over the plain frozen LM."""

from __future__ import annotations

import json

HELP = "overhead ratios of methods over the plain frozen LM"


def add_arguments(p) -> None:
    p.add_argument("--lm", default="smollm2-135m")
    p.add_argument("--encoder", default="efficientnet-lite0")
    p.add_argument("--methods", default="epalm", help="comma-separated")
    p.add_argument("--batch-size", type=int, default=16)
    p.add_argument("--new-tokens", type=int, default=8)
    p.add_argument("--repeats", type=int, default=12)
    p.add_argument("--json", action="store_true")


def run(args) -> int:
    from benchmark.experiments.perf import format_report, measure_overheads

    report = measure_overheads(
        args.lm, args.encoder, args.methods.split(","), args.batch_size, args.repeats, args.new_tokens
    )
    print(json.dumps(report, indent=2) if args.json else format_report(report))
    return 0
