"""``bench report``: tables and plots from MLflow."""

from __future__ import annotations

HELP = "tables and plots (scaling, data efficiency, OOD, frontier) from MLflow"


def add_arguments(p) -> None:
    p.add_argument("--out", required=True, help="folder for the report (index.md, index.html, tables, plots)")
    p.add_argument("--sweep-file", default=None, help="take the tracking URI, experiment and sweep from this file")
    p.add_argument("--output-dir", default=None, help="with --sweep-file: the sweep's output folder if moved")
    p.add_argument("--tracking-uri", default=None, help="MLflow tracking URI (a local store or a server)")
    p.add_argument("--experiment", default=None, help="MLflow experiment name")
    p.add_argument("--sweep", default=None, help="only the runs of this sweep")


def run(args) -> int:
    from benchmark.errors import ConfigError
    from reports.collect import load_runs
    from reports.report import build_report

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
    written = build_report(rows, args.out, source)
    n_plots = sum(len(v) for v in written["plots"].values())
    for note in written["notes"]:
        print(f"note: {note}")
    print(
        f"report: {len(rows)} runs -> {args.out}/index.md ({len(written['tables'])} tables x md/tex/csv, "
        f"{n_plots} plot files)"
    )
    return 0
