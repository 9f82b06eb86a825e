"""``bench report``: tables and plots from MLflow or from run folders (with the IMA section when runs
carry an IMA record, :mod:`reports.report`); ``bench report ima``: the implicit multimodal alignment
analysis of finished run folders (:mod:`benchmark.experiments.ima`, :mod:`reports.ima`).

    bench report (--sweep-file FILE | --tracking-uri URI --experiment E [--sweep NAME] | --runs RUNS_DIR [--runs ...])
                 --out DIR [--interval bootstrap|t] [--bootstrap-resamples 2000] [--bootstrap-seed 0]
    bench report ima (--run RUN_DIR [--run ...] | --sweep-file FILE) [--examples 200] --out DIR

``--runs RUNS_DIR`` (repeatable) reads the rows from run folders instead of MLflow: every
``RUNS_DIR/<run>/metrics.json`` (:func:`reports.rows.read_run_folders`, with its
``example_scores.jsonl`` and ``ima/``), the folders' rows together, a folder given twice read once;
the report is then the same as from MLflow (a seed run more than once counts once, the latest run)
and ``index.md`` names the folders. It cannot be mixed with the MLflow options (``--sweep-file``,
``--output-dir``, ``--tracking-uri``, ``--experiment``, ``--sweep``), and a folder without a finished
run is refused, each in one line. ``--runs`` names a folder *of* run folders for ``bench report``;
``--run`` names *one* run folder, for ``bench report ima`` only.
"""

from __future__ import annotations

HELP = (
    "tables and plots (scaling, data efficiency, OOD, frontier) from MLflow or run folders; `ima`: implicit alignment"
)
MLFLOW_OPTIONS = ("sweep_file", "output_dir", "tracking_uri", "experiment", "sweep")
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
        "--runs",
        action="append",
        default=None,
        metavar="RUNS_DIR",
        help="report: a folder OF finished run folders (RUNS_DIR/<run>/metrics.json), read instead of MLflow "
        "(repeatable; not with --sweep-file/--tracking-uri/--experiment/--sweep)",
    )
    p.add_argument(
        "--run",
        action="append",
        default=None,
        metavar="RUN_DIR",
        help="ima only: ONE finished run folder (repeatable); for `bench report` from run folders use --runs",
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

    if args.analysis == "ima":
        return _ima(args)
    given = [f"--{k.replace('_', '-')}" for k in IMA_ONLY if getattr(args, k, None) not in (None, False)]
    if given:
        hint = " (a report from run folders takes --runs RUNS_DIR, a folder of run folders)" if args.run else ""
        raise ConfigError(f"{', '.join(given)}: only `bench report ima` takes these{hint}")
    mixed = [f"--{k.replace('_', '-')}" for k in MLFLOW_OPTIONS if getattr(args, k, None)]
    if args.runs and mixed:
        raise ConfigError(
            f"--runs reads run folders, not MLflow: give either --runs RUNS_DIR or {', '.join(mixed)}, not both"
        )
    from reports.stats import IntervalConfig

    intervals = IntervalConfig(  # checked before anything is read
        method=args.interval,
        resamples=args.bootstrap_resamples,
        seed=args.bootstrap_seed,
        examples=args.bootstrap_examples,
    )
    if args.runs:
        rows, source = _rows_from_folders(args.runs)
        return _write(rows, args.out, source, intervals)
    uri, experiment, sweep = args.tracking_uri, args.experiment, args.sweep
    if args.sweep_file:
        from benchmark.experiments.sweep_spec import load_spec

        spec = load_spec(args.sweep_file, output_dir=args.output_dir)
        uri, experiment, sweep = uri or spec.mlflow_uri, experiment or spec.experiment, sweep or spec.name
    if not uri or not experiment:
        raise ConfigError(
            "bench report needs --sweep-file FILE, --tracking-uri URI and --experiment NAME, "
            "or --runs RUNS_DIR (repeatable)"
        )
    from benchmark.engine.tracking import check_tracking_store, display_uri

    check_tracking_store(uri, must_exist=True)  # never creates an empty store; a dead server fails in one line
    rows = load_runs(uri, experiment, sweep)
    source = f"MLflow {display_uri(uri)}, experiment {experiment!r}" + (f", sweep {sweep!r}" if sweep else "")
    return _write(rows, args.out, source, intervals)


def _rows_from_folders(folders: list[str]) -> tuple[list, str]:
    """The rows of every finished run folder under each of ``folders`` (a folder given twice is read
    once; one without a finished run raises :class:`benchmark.errors.DataError`), and the source
    naming the folders as given."""
    from pathlib import Path

    from reports.rows import read_run_folders

    unique: dict[Path, str] = {}
    for folder in folders:
        unique.setdefault(Path(folder).resolve(), folder)  # in order, each folder as first spelled
    names = list(unique.values())
    rows = [r for name in names for r in read_run_folders(name)]
    return rows, f"run folder{'s' if len(names) > 1 else ''} {', '.join(names)}"


def _write(rows, out, source: str, intervals) -> int:
    """:func:`reports.report.build_report` and the summary lines."""
    from reports.report import build_report

    written = build_report(rows, out, source, intervals)
    n_plots = sum(len(v) for v in written["plots"].values())
    for note in written["notes"]:
        print(f"note: {note}")
    print(
        f"report: {len(rows)} runs -> {out}/index.md ({len(written['tables'])} tables x md/tex/csv, "
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
    if args.runs:
        raise ConfigError(
            "--runs is for `bench report` (a folder of run folders); `bench report ima` takes --run RUN_DIR "
            "(one run folder, repeatable)"
        )
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
