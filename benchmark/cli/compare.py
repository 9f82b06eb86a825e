"""``bench compare``: every method x data fraction at one training budget (a one-grid sweep), then a table."""

from __future__ import annotations

from benchmark.cli.flags import RUN_FLAGS, add_shared_run_args

HELP = "every method x data fraction at one training budget (a one-grid sweep), then a table"
FIXED = ("--method", "--data-fraction", "--run-name", "--output-dir")


def add_arguments(p) -> None:
    p.add_argument("--methods", required=True, help="comma-separated method names")
    p.add_argument("--fractions", required=True, help="comma-separated training fractions, e.g. 0.01,0.1")
    p.add_argument(
        "--output-dir",
        required=True,
        help="folder for the sweep file (compare.yaml), its stores and the run folders (finished runs are reused)",
    )
    p.add_argument("--table", help="also write the comparison (command, table) to this Markdown file")
    add_shared_run_args(p, FIXED, "cell")


def run(args) -> int:
    import shlex

    from benchmark.engine.io import atomic_write_text
    from benchmark.errors import ConfigError
    from benchmark.experiments.compare import comparison_document, run_comparison

    try:
        fractions = [float(x) for x in args.fractions.split(",") if x]
    except ValueError:
        raise ConfigError(f"--fractions must be comma-separated numbers, got {args.fractions!r}") from None
    methods = [m for m in args.methods.split(",") if m]
    base = {  # the run flags given, as RunConfig keys: the sweep file's base
        key: getattr(args, flag[2:].replace("-", "_"))
        for flag, (key, _, _) in RUN_FLAGS.items()
        if flag not in FIXED and getattr(args, flag[2:].replace("-", "_"), None) is not None
    }
    result = run_comparison(methods, fractions, args.output_dir, base, list(args.set), args.method_set, args.config)
    document = comparison_document(result, "bench " + shlex.join(args.argv))
    print(document)
    if args.table:
        atomic_write_text(args.table, document)
    return 1 if result.failed else 0
