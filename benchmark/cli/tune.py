"""``bench tune``: an Optuna study per method over its search space, equal trials."""

from __future__ import annotations

from benchmark.cli.flags import RUN_FLAGS, add_shared_run_args, flag_overrides

HELP = "an Optuna study per method over its search space (TPE or a grid), with pruning, equal trials"
FIXED = ("--method", "--run-name", "--output-dir")


def add_arguments(p) -> None:
    p.add_argument("--methods", required=True, help="comma-separated method names")
    p.add_argument(
        "--trials",
        type=int,
        default=None,
        help="trials per method (pruned and failed ones count); with --grid, its number of combinations",
    )
    p.add_argument("--output-dir", required=True, help="trial run folders, tune.db (default storage) and best.json")
    p.add_argument("--storage", default=None, help="Optuna RDB URL shared by workers (default sqlite in --output-dir)")
    p.add_argument("--study", default="tune", help="study name prefix (one study per method: PREFIX-METHOD)")
    p.add_argument("--no-prune", action="store_true", help="run every trial to the end")
    p.add_argument("--sampler-seed", type=int, default=0, help="seed of the TPE sampler")
    p.add_argument(
        "--only",
        default="",
        metavar="KEYS",
        help="tune only these keys of every method's search space (comma-separated, e.g. train.lr)",
    )
    p.add_argument(
        "--grid",
        action="append",
        default=[],
        metavar="KEY=V1,V2,...",
        help="search exactly these values of KEY, every combination once (repeatable; e.g. train.lr=5e-4,1e-3,2e-3)",
    )
    add_shared_run_args(p, FIXED, "trial (what is set is not tuned)")


def run(args) -> int:
    from benchmark.experiments.compare import method_overrides
    from benchmark.experiments.tune import parse_grid, run_tuning

    methods = [m for m in args.methods.split(",") if m]
    flags = [f for f in RUN_FLAGS if f not in FIXED]
    best = run_tuning(
        methods,
        args.trials,
        args.output_dir,
        flag_overrides(args, flags) + list(args.set),
        method_overrides(args.method_set, methods),
        args.config,
        args.storage,
        args.study,
        prune=not args.no_prune,
        seed=args.sampler_seed,
        only=tuple(k for k in args.only.split(",") if k),
        grid=parse_grid(args.grid),
    )
    print(best_table(best, methods), end="")
    print(f"best values: {args.output_dir}/best.json (use `tuned: {args.output_dir}` in a sweep file)")
    return 0


def _value(v) -> str:
    return f"{v:.3g}" if isinstance(v, float) else str(v)


def best_table(best: dict, methods: list[str]) -> str:
    """Markdown: per method, its best validation value, its trials by fate and its best values."""
    import pandas as pd

    from reports.tables import Column, num, to_markdown

    frame = pd.DataFrame(
        [
            {
                "method": method,
                "value": best[method]["value"],
                "trials": "{} ({complete}/{pruned}/{fail})".format(best[method]["trials"], **best[method]["states"]),
                "params": ", ".join(f"{k}={_value(v)}" for k, v in best[method]["params"].items()),
            }
            for method in methods
        ]
    )
    columns = [
        Column("method", "method"),
        Column("value", "best validation", num()),
        Column("trials", "trials (complete/pruned/failed)"),
        Column("params", "best values"),
    ]
    return to_markdown(frame, columns)
