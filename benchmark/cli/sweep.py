"""``bench sweep``: run a grid of cells from a YAML file; many workers may share it."""

from __future__ import annotations

HELP = "run a grid of cells from a YAML file; many workers may share it"


def add_arguments(p) -> None:
    p.add_argument("file", help="the sweep file (see benchmark/experiments/sweep_spec.py)")
    p.add_argument("--storage", default=None, help="Optuna RDB URL shared by the workers (overrides the file)")
    p.add_argument("--output-dir", default=None, help="run folders (overrides the file)")
    p.add_argument("--max-cells", type=int, default=None, help="stop after running this many cells here")
    p.add_argument(
        "--status",
        action="store_true",
        help="print every cell's state and exit (a sweep not started yet: says so, exit 0, creates nothing)",
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="expand and validate every cell, check the MLflow store and earlier configs; create and run nothing",
    )


def run(args) -> int:
    from benchmark.experiments.sweep import run_sweep, status_table

    spec, result = run_sweep(args.file, args.storage, args.output_dir, args.max_cells, args.status, args.dry_run)
    if args.dry_run:
        print(
            f"sweep {spec.name}: {len(result)} cells, all valid (storage {spec.storage_url}, MLflow {spec.mlflow_uri})"
        )
        for cell in result:
            print(f"  {cell.name}")
        return 0
    if result.not_started:  # --status before any worker ran: nothing is created, and that is no error
        print(f"{result.not_started}; {len(result.cells)} cells")
        return 0
    print(status_table(result))
    print(result.line(spec.name))
    return 1 if result.count("failed") else 0
