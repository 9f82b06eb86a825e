"""``bench report``: tables and plots from MLflow (with the IMA section when runs logged an IMA
record, :mod:`reports.report`); ``bench report ima``: the implicit multimodal alignment analysis of
finished run folders (:mod:`benchmark.experiments.ima`, :mod:`reports.ima`).

    bench report (--sweep-file FILE | --tracking-uri URI --experiment E [--sweep NAME]) --out DIR
                 [--interval bootstrap|t] [--bootstrap-resamples 2000] [--bootstrap-seed 0]
    bench report ima (--run RUN_DIR [--run ...] | --sweep-file FILE) [--examples 200] --out DIR
"""

from __future__ import annotations

HELP = "tables and plots (scaling, data efficiency, OOD, frontier) from MLflow; `ima`: implicit alignment"
ANALYSES = ("ima",)
IMA_ONLY = ("run", "examples", "batch_size", "recompute", "no_mlflow")


def add_arguments(p) -> None:
    p.add_argument(
        "analysis",
        nargs="?",
        choices=ANALYSES,
        default=None,
        help="ima: the implicit multimodal alignment of finished runs (--run or --sweep-file)",
    )
    p.add_argument("--out", required=True, help="folder for the report (index.md, index.html, tables, plots)")
    p.add_argument("--sweep-file", default=None, help="take the tracking URI, experiment and sweep from this file")
    p.add_argument("--output-dir", default=None, help="with --sweep-file: the sweep's output folder if moved")
    p.add_argument("--tracking-uri", default=None, help="MLflow tracking URI (a local store or a server)")
    p.add_argument("--experiment", default=None, help="MLflow experiment name")
    p.add_argument("--sweep", default=None, help="only the runs of this sweep")
    p.add_argument(
        "--run", action="append", default=None, metavar="RUN_DIR", help="ima: a finished run folder (repeatable)"
    )
    p.add_argument("--examples", type=int, default=None, help="ima: validation examples in the pass (default 200)")
    p.add_argument("--batch-size", type=int, default=None, help="ima: examples per forward pass (default 16)")
    p.add_argument("--recompute", action="store_true", help="ima: compute again even when the run holds a result")
    p.add_argument("--no-mlflow", action="store_true", help="ima: do not log the results to the runs' MLflow runs")
    p.add_argument(
        "--interval",
        choices=("bootstrap", "t"),
        default="bootstrap",
        help="bootstrap (default: hierarchical over seeds and test examples) or t (Student t over seeds only)",
    )
    p.add_argument("--bootstrap-resamples", type=int, default=2000, help="bootstrap resamples (default 2000)")
    p.add_argument("--bootstrap-seed", type=int, default=0, help="seed of the bootstrap's random draws (default 0)")
    p.add_argument(
        "--bootstrap-examples",
        choices=("shared", "independent"),
        default="shared",
        help="shared (default: one draw of test examples for all drawn seeds) or independent (one per seed)",
    )


def run(args) -> int:
    from benchmark.errors import ConfigError
    from reports.collect import load_runs
    from reports.report import build_report

    if args.analysis == "ima":
        return _ima(args)
    given = [f"--{k.replace('_', '-')}" for k in IMA_ONLY if getattr(args, k, None) not in (None, False)]
    if given:
        raise ConfigError(f"{', '.join(given)}: only `bench report ima` takes these")
    from reports.stats import IntervalConfig

    intervals = IntervalConfig(  # checked before anything is read
        method=args.interval,
        resamples=args.bootstrap_resamples,
        seed=args.bootstrap_seed,
        examples=args.bootstrap_examples,
    )
    uri, experiment, sweep = args.tracking_uri, args.experiment, args.sweep
    if args.sweep_file:
        from benchmark.experiments.sweep_spec import load_spec

        spec = load_spec(args.sweep_file, output_dir=args.output_dir)
        uri, experiment, sweep = uri or spec.mlflow_uri, experiment or spec.experiment, sweep or spec.name
    if not uri or not experiment:
        raise ConfigError("bench report needs --sweep-file FILE, or --tracking-uri URI and --experiment NAME")
    from benchmark.engine.tracking import check_tracking_store, display_uri

    check_tracking_store(uri, must_exist=True)  # never creates an empty store; a dead server fails in one line
    rows = load_runs(uri, experiment, sweep)
    source = f"MLflow {display_uri(uri)}, experiment {experiment!r}" + (f", sweep {sweep!r}" if sweep else "")
    written = build_report(rows, args.out, source, intervals)
    n_plots = sum(len(v) for v in written["plots"].values())
    for note in written["notes"]:
        print(f"note: {note}")
    print(
        f"report: {len(rows)} runs -> {args.out}/index.md ({len(written['tables'])} tables x md/tex/csv, "
        f"{n_plots} plot files)"
    )
    if written["ima"] is not None:
        ima = written["ima"]
        counted = len(ima["records"]) + len(ima["missing"])
        print(f"report: IMA of {len(ima['records'])} of {counted} runs -> {ima['index']} (section in index.md)")
    return 0


def _ima(args) -> int:
    """``bench report ima``: every run folder is planned (checked, n/a decided) before any model loads,
    then each run's IMA is computed (or read back from the run folder) and the report written."""
    from pathlib import Path

    from benchmark.errors import ConfigError
    from benchmark.experiments.ima import DEFAULT_EXAMPLES, plan_ima, run_ima
    from reports.ima import write_ima_report

    if args.tracking_uri or args.experiment or args.sweep:
        raise ConfigError("bench report ima reads run folders: give --run RUN_DIR (repeatable) or --sweep-file FILE")
    run_dirs = [Path(d) for d in args.run or []]
    sources = [f"{len(run_dirs)} run folder(s)"] if run_dirs else []
    if args.sweep_file:
        from benchmark.experiments.sweep_spec import expand, load_spec

        spec = load_spec(args.sweep_file, output_dir=args.output_dir)
        finished = [c.config.run_dir for c in expand(spec) if (c.config.run_dir / "metrics.json").is_file()]
        if not finished:
            raise ConfigError(f"sweep {spec.name}: no finished cell in {spec.output_dir}")
        run_dirs += finished
        sources.append(f"the {len(finished)} finished cell(s) of sweep {spec.name!r}")
    if not run_dirs:
        raise ConfigError("bench report ima needs --run RUN_DIR (repeatable) or --sweep-file FILE")
    batch_size = 16 if args.batch_size is None else args.batch_size
    if batch_size < 1:
        raise ConfigError(f"--batch-size must be >= 1, got {batch_size}")
    unique = list(dict.fromkeys(d.resolve() for d in run_dirs))
    examples = DEFAULT_EXAMPLES if args.examples is None else args.examples
    plans = [plan_ima(d, examples) for d in unique]
    records = []
    for plan in plans:
        record, note = run_ima(plan, args.recompute, not args.no_mlflow, batch_size)
        scalar = record["scalar"]["ima"]
        shown = f"IMA {scalar:.4f}" if scalar is not None else f"n/a ({record.get('reason') or 'no finite layer'})"
        print(f"ima: {plan.run_dir.name}: {shown} ({note})")
        records.append(record)
    written = write_ima_report(records, args.out, " and ".join(sources))
    print(f"report: IMA of {len(records)} runs -> {written['index']} ({len(written['plots'])} plot files)")
    return 0
