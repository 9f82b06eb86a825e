"""The README's task reference, generated from the task registry so that it cannot drift.

``python -m reports.task_docs README.md`` rewrites the
part of README.md between the ``<!-- tasks:start -->`` and ``<!-- tasks:end -->`` markers, and a test
checks that the README matches. Every fact comes from the task classes: modality, metric, splits,
the official results format, the data folder's environment variable, the expected layout and where
to get the files.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

from benchmark.registry import TASKS
from reports.tables import to_markdown

START, END = "<!-- tasks:start -->", "<!-- tasks:end -->"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def tasks_frame() -> pd.DataFrame:
    """One row per registered task: name, modality, metric, splits (the scored one in bold), the
    official results format and the data folder."""
    records = []
    for name, cls in TASKS.items():
        records.append(
            {
                "task": f"`{name}`",
                "modality": cls.modality,
                "metric": cls.metric,
                "splits (scored at the end)": ", ".join(f"**{s}**" if s == cls.test_split else s for s in cls.splits),
                "results format": f'`{{"{cls.result_id_field}": ..., "{cls.result_text_field}": ...}}`',
                "data folder": f"`--data-dir` or `${cls.env_var()}`",
            }
        )
    return pd.DataFrame(records)


def tasks_markdown() -> str:
    details = []
    for name, cls in TASKS.items():
        doc = (cls.__doc__ or "").strip().splitlines()
        details.append(
            f"#### `{name}`\n\n{_one_line(doc[0]) if doc else ''}\n\n```\n{cls.layout.strip()}\n```\n\n"
            f"{_one_line(cls.get_data)}\n"
        )
    return to_markdown(tasks_frame()) + "\n" + "\n".join(details)


def replace_section(text: str, section: str) -> str:
    if START not in text or END not in text:
        raise ValueError(f"README has no {START} ... {END} section")
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{section.rstrip()}\n{END}{tail}"


def main(argv: list[str]) -> int:
    path = Path(argv[0] if argv else "README.md")
    path.write_text(replace_section(path.read_text(), tasks_markdown()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
