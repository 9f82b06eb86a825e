"""``bench score``: score a predictions file against the ground truth."""

from __future__ import annotations

import json

HELP = "score a predictions file (official results format) against the ground truth"


def add_arguments(p) -> None:
    p.add_argument("--task", required=True)
    p.add_argument("--data-dir", default=None)
    p.add_argument("--split", required=True)
    p.add_argument("--predictions", required=True, help="official results JSON, or a run's predictions.jsonl")
    p.add_argument("--partial", action="store_true", help="score only the examples that have a prediction")
    p.add_argument("--variant", default=None)
    p.add_argument(
        "--example-scores",
        default=None,
        metavar="PATH",
        help="also write the headline metric per scored example here (a run's example_scores.jsonl)",
    )
    p.add_argument("--json", action="store_true")


def run(args) -> int:
    from benchmark.experiments.scoring import score_file

    result = score_file(
        args.task, args.data_dir, args.split, args.predictions, args.partial, args.variant, args.example_scores
    )
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    m = result["metrics"]
    part = f" (partial: {result['n_scored']} of {result['n_examples']})" if result["partial"] else ""
    print(f"{result['task']} {result['split']}: {result['n_scored']} examples scored{part}")
    for key, value in m.items():
        if isinstance(value, float):
            print(f"  {key:40s} {value:.4f}" if abs(value) < 20 else f"  {key:40s} {value:.2f}")
        elif value is None or isinstance(value, (int, str)):
            print(f"  {key:40s} {'n/a' if value is None else value}")
    if result["example_scores"]:
        print(f"per-example scores: {result['example_scores']}")
    return 0
