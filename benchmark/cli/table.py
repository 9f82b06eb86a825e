"""``bench table``: comparison table of the finished runs under a folder."""

from __future__ import annotations

HELP = "comparison table of the finished runs under a folder"


def add_arguments(p) -> None:
    p.add_argument("runs_dir")


def run(args) -> int:
    from reports.tables import collect_runs, markdown_table

    print(markdown_table(collect_runs(args.runs_dir)))
    return 0
