"""``bench table``: comparison table of the finished runs under a folder."""

from __future__ import annotations

HELP = "comparison table of the finished runs under a folder"


def add_arguments(p) -> None:
    p.add_argument("runs_dir")


def run(args) -> int:
    from reports.rows import read_run_folders, run_columns, runs_frame
    from reports.tables import to_markdown

    frame = runs_frame(read_run_folders(args.runs_dir))
    print(to_markdown(frame, run_columns(frame)), end="")
    return 0
