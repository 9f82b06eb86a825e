"""``bench eval``: score a finished run on another task, split or shifted variant, optionally with other
generation settings (batch size, precision, beams) than the run's own."""

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
    p.add_argument("--batch-size", type=int, default=None, help="generation batch size (default: the run's)")
    p.add_argument(
        "--precision",
        default=None,
        choices=("fp32", "bf16", "fp16"),
        help="precision of the feature pass, as train.precision (default: the run's; fp16 needs CUDA)",
    )
    p.add_argument("--num-beams", type=int, default=None, help="beam width, 1 = greedy (default: the run's)")
    p.add_argument(
        "--shuffle",
        type=int,
        default=None,
        metavar="SEED",
        help="generate in this seed's shuffled order of the examples (a batch-invariance check)",
    )
    p.add_argument("--json", action="store_true")


def run(args) -> int:
    from benchmark.experiments.ood import EvalSettings, evaluate_run, format_table, plan_eval

    settings = EvalSettings(
        batch_size=args.batch_size, precision=args.precision, num_beams=args.num_beams, shuffle=args.shuffle
    )
    plan = plan_eval(
        args.run, args.task, args.data_dir, args.split, args.variant, args.encoder, args.eval_examples, settings
    )
    records = evaluate_run(plan)
    print(json.dumps([r.to_dict() for r in records], indent=2) if args.json else format_table(records))
    return 0
