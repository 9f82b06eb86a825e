"""Every results table goes through here: a pandas DataFrame in, Markdown, LaTeX and CSV out.

A table is a DataFrame of raw values (one row per run or configuration, full precision) and, for
the Markdown and LaTeX views, a list of :class:`Column` s choosing which fields are shown, under which
header, and how each value is written (``n/a`` for a missing value). The CSV file keeps every field
of the raw frame, unformatted (empty for a missing value). Notes (e.g. how the intervals were made)
follow the Markdown table as paragraphs and end the LaTeX caption.

.. code-block:: python

    df = pd.DataFrame(rows)
    print(to_markdown(df, COLUMNS))
    write_table(df, Path("docs/report/comparison"), COLUMNS, caption="...")  # .md, .tex, .csv
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

MISSING = "n/a"


def is_missing(value: Any) -> bool:
    """None, NaN or pandas' NA: a value that could not be computed or was not recorded."""
    if value is None or value is pd.NA:
        return True
    return isinstance(value, float) and math.isnan(value)


def text(value: Any) -> str:
    return MISSING if is_missing(value) else str(value)


def num(digits: int = 2) -> Callable[[Any], str]:
    """Fixed-point with ``digits`` decimals: ``78.50``."""
    return lambda v: MISSING if is_missing(v) else f"{v:.{digits}f}"


def pvalue(v: Any) -> str:
    """Four decimals, or scientific notation below 1e-4."""
    return MISSING if is_missing(v) else (f"{v:.4f}" if v >= 1e-4 else f"{v:.1e}")


def bootstrap_p(v: Any) -> str:
    """A bootstrap p-value: four decimals, or ``<= 0.001`` at its floor (2 / 2,001 with 2,000 resamples)."""
    return MISSING if is_missing(v) else ("<= 0.001" if v < 0.0011 else f"{v:.4f}")


def integer(v: Any) -> str:
    """With thousands separators: ``1,839,744``."""
    return MISSING if is_missing(v) else f"{int(v):,}"


def frac(v: Any) -> str:
    """Shortest form: ``0.1``, ``1``."""
    return MISSING if is_missing(v) else f"{v:g}"


@dataclass(frozen=True)
class Column:
    """A shown column: the frame's field ``key``, its ``header``, and how a value is written."""

    key: str
    header: str
    fmt: Callable[[Any], str] = text


def shown(df: pd.DataFrame, columns: Sequence[Column] | None = None) -> pd.DataFrame:
    """The table as read: the chosen columns (every column when None), each value written as text,
    under the columns' headers."""
    if columns is None:
        columns = [Column(str(c), str(c)) for c in df.columns]
    return pd.DataFrame(
        {c.header: [c.fmt(v) for v in df[c.key]] if c.key in df.columns else [MISSING] * len(df) for c in columns},
        index=range(len(df)),
        dtype=object,
    )


def to_markdown(df: pd.DataFrame, columns: Sequence[Column] | None = None) -> str:
    """A GitHub (pipe) Markdown table of ``df`` as :func:`shown`, ending in a newline."""
    return shown(df, columns).to_markdown(index=False, disable_numparse=True) + "\n"


_LATEX = {
    "\\": r"\textbackslash{}",
    "&": r"\&",
    "%": r"\%",
    "_": r"\_",
    "#": r"\#",
    "$": r"\$",
    "{": r"\{",
    "}": r"\}",
}


def to_latex(df: pd.DataFrame, columns: Sequence[Column] | None = None, caption: str = "") -> str:
    """A booktabs ``table`` float of ``df`` as :func:`shown` (text escaped; ``±`` as ``$\\pm$``)."""
    table = shown(df, columns)
    caption = "".join(_LATEX.get(ch, ch) for ch in caption) if caption else None
    latex = table.to_latex(
        index=False, escape=True, caption=caption, position="t", column_format="l" * max(1, len(table.columns))
    )
    return latex.replace("±", r"$\pm$")


def to_csv(df: pd.DataFrame) -> str:
    """Every field of ``df``, unformatted (full precision; empty for a missing value)."""
    return df.to_csv(index=False, lineterminator="\n")


def with_notes(markdown: str, notes: Sequence[str] = ()) -> str:
    """``markdown`` followed by each note as a paragraph."""
    return markdown + "".join(f"\n{note}\n" for note in notes)


def write_table(
    df: pd.DataFrame,
    stem: str | Path,
    columns: Sequence[Column] | None = None,
    caption: str = "",
    notes: Sequence[str] = (),
) -> dict[str, Path]:
    """Write ``<stem>.md`` (the shown ``columns``, then the ``notes``), ``<stem>.tex`` (its caption
    followed by the notes) and ``<stem>.csv`` (every field), each atomically; returns {"md": path,
    "tex": path, "csv": path}."""
    from benchmark.engine.io import atomic_write_text

    stem = Path(stem)
    stem.parent.mkdir(parents=True, exist_ok=True)
    caption = " ".join([caption, *notes]).strip()
    return {
        "md": atomic_write_text(stem.with_name(stem.name + ".md"), with_notes(to_markdown(df, columns), notes)),
        "tex": atomic_write_text(stem.with_name(stem.name + ".tex"), to_latex(df, columns, caption)),
        "csv": atomic_write_text(stem.with_name(stem.name + ".csv"), to_csv(df)),
    }
