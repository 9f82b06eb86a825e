"""``bench tune``: an Optuna study per method over its search space, equal trials."""

from __future__ import annotations

from benchmark.cli.flags import RUN_FLAGS, add_shared_run_args, flag_overrides

HELP = "an Optuna study per method over its search space, with pruning, equal trials"
FIXED = ("--method", "--run-name", "--output-dir")


def add_arguments(p) -> None:
    p.add_argument("--methods", required=True, help="comma-separated method names")
    p.add_argument("--trials", type=int, required=True, help="trials per method (pruned and failed ones count)")
    p.add_argument("--output-dir", required=True, help="trial run folders, tune.db (default storage) and best.json")
    p.add_argument("--storage", default=None, help="Optuna RDB URL shared by workers (default sqlite in --output-dir)")
    p.add_argument("--study", default="tune", help="study name prefix (one study per method: PREFIX-METHOD)")
    p.add_argument("--no-prune", action="store_true", help="run every trial to the end")
    p.add_argument("--sampler-seed", type=int, default=0, help="seed of the TPE sampler")
    add_shared_run_args(p, FIXED, "trial (what is set is not tuned)")


def run(args) -> int:
    from benchmark.experiments.compare import method_overrides
    from benchmark.experiments.tune import run_tuning

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
    )
    print("| method | best validation | trials (complete/pruned/failed) | best values |")
    print("|---|---|---|---|")
    for method in methods:
        b = best[method]
        s = b["states"]
        print(
            f"| {method} | {b['value']:.2f} | {b['trials']} ({s['complete']}/{s['pruned']}/{s['fail']}) | "
            + ", ".join(f"{k}={v:.3g}" if isinstance(v, float) else f"{k}={v}" for k, v in b["params"].items())
            + " |"
        )
    print(f"best values: {args.output_dir}/best.json (use `tuned: {args.output_dir}` in a sweep file)")
    return 0
