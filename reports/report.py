"""``bench report``: runs in MLflow -> one folder of tables and plots with an index page.

.. code-block:: text

    bench report --tracking-uri sqlite:///runs/sweep/mlflow.db --experiment offline-sweep --sweep offline-example --out docs/report
    bench report --sweep-file examples/offline-sweep.yaml --out docs/report      # the same, read from the sweep file

Writes ``comparison.{md,tex,csv}`` (mean over seeds and 95% interval per configuration: by default
the hierarchical bootstrap over seeds and test examples, :mod:`reports.stats`),
``paired-tests.{md,tex,csv}`` (paired t-tests between methods by seed; paired bootstrap and McNemar's
test by example), ``ood.{md,tex,csv}`` (when runs carry out-of-distribution scores), the scaling,
data-efficiency, OOD and efficiency-frontier plots as PNG and PDF, and ``index.md`` / ``index.html``
linking everything. How each table's intervals were made is written under it (``interval_notes``).
"""

from __future__ import annotations

import html
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pandas as pd

from reports.comparison import (
    COMPARISON_COLUMNS,
    OOD_COLUMNS,
    PAIRED_COLUMNS,
    comparison_rows,
    ood_rows,
    paired_rows,
)
from reports.plots import data_efficiency_plots, frontier_plots, ood_plots, scaling_plots
from reports.rows import RunRow, unique_seeds
from reports.stats import Bootstrap, IntervalConfig
from reports.tables import Column, to_markdown, with_notes, write_table

OOD_NOTE = (
    "Intervals: Student t over seeds (OOD scores are recorded per run, not per example), "
    "mean ± t(0.975, n-1) * sd / sqrt(n), not clipped; the gap is paired by seed."
)


def interval_notes(rows: list[RunRow], intervals: IntervalConfig) -> dict[str, list[str]]:
    """The notes under each table: how its intervals and tests were made."""
    metrics = sorted({r.metric for r in rows})
    return {
        "comparison": [intervals.describe(metrics)],
        "paired-tests": [intervals.describe_paired(metrics)],
        "ood": [OOD_NOTE],
    }


def build_report(
    rows: list[RunRow], out: str | Path, source: str, intervals: IntervalConfig | None = None
) -> dict[str, Any]:
    """Write every table and plot for ``rows`` into ``out``; returns what was written. ``intervals``
    chooses the interval method (default: :class:`reports.stats.IntervalConfig`'s bootstrap)."""
    from benchmark.engine.io import atomic_write_text

    out = Path(out)
    if out.exists() and not out.is_dir():
        from benchmark.errors import ConfigError

        raise ConfigError(f"--out {out} is a file: expected a folder for the report")
    rows, notes = unique_seeds(rows)
    out.mkdir(parents=True, exist_ok=True)
    intervals = intervals or IntervalConfig()
    bootstrap = Bootstrap(intervals)  # one set of example draws for both tables
    comparison = comparison_rows(rows, bootstrap)
    paired = paired_rows(rows, bootstrap)
    ood = ood_rows(rows)
    for r in ood:
        r["metric"] = rows[0].metric if rows else ""
    written: dict[str, Any] = {"tables": {}, "plots": {}}
    tables = _tables(comparison, paired, ood)
    frames = {stem: _frame(table, columns) for stem, (table, columns, _) in tables.items()}
    table_notes = interval_notes(rows, intervals)
    for stem, (table, columns, caption) in tables.items():
        if table or stem != "ood":  # no OOD scores: no OOD table
            written["tables"][stem] = write_table(frames[stem], out / stem, columns, caption, table_notes[stem])
    written["plots"] = {
        "scaling": scaling_plots(comparison, out),
        "data efficiency": data_efficiency_plots(comparison, out),
        "out of distribution": ood_plots(ood, out),
        "efficiency frontier": frontier_plots(comparison, out),
    }
    written["notes"] = notes
    written["table_notes"] = table_notes
    atomic_write_text(out / "index.md", _index_markdown(rows, frames, written, source))
    atomic_write_text(out / "index.html", _index_html(rows, written, source))
    return written


def _tables(comparison, paired, ood) -> dict[str, tuple[list[dict[str, Any]], list[Column], str]]:
    return {
        "comparison": (
            comparison,
            COMPARISON_COLUMNS,
            "Mean over seeds and 95% interval per configuration.",
        ),
        "paired-tests": (
            paired,
            PAIRED_COLUMNS,
            "Paired tests between methods: by seed (t-test) and by example (bootstrap, McNemar).",
        ),
        "ood": (ood, OOD_COLUMNS, "Out-of-distribution scores and their gap to in-distribution."),
    }


def _frame(table: list[dict[str, Any]], columns: list[Column]) -> pd.DataFrame:
    """The table's DataFrame (with the shown columns' fields even when it has no row)."""
    return pd.DataFrame(table) if table else pd.DataFrame(columns=[c.key for c in columns])


def _plot_sections(written: dict[str, Any]) -> list[tuple[str, list[Path]]]:
    return [(title, [p for p in paths if p.suffix == ".png"]) for title, paths in written["plots"].items()]


def _index_markdown(rows, frames: dict[str, pd.DataFrame], written, source: str) -> str:
    lines = [
        "# Benchmark report",
        "",
        f"Generated {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC from {len(rows)} finished runs in {source}.",
        "",
        "Means are over seeds; how each table's 95% intervals and tests were made is written under it "
        "(the interval column says which method made each row's). Every plot is also a PDF "
        "beside its PNG; every table is also LaTeX (.tex) and CSV (.csv).",
        "",
        *(
            ["Seeds counted once each (n is the number of distinct seeds):", ""]
            + [f"- {note}" for note in written["notes"]]
            + [""]
            if written["notes"]
            else []
        ),
        "## Comparison (mean over seeds and 95% interval)",
        "",
        with_notes(to_markdown(frames["comparison"], COMPARISON_COLUMNS), written["table_notes"]["comparison"]),
        "## Paired tests between methods",
        "",
        with_notes(to_markdown(frames["paired-tests"], PAIRED_COLUMNS), written["table_notes"]["paired-tests"]),
    ]
    if len(frames["ood"]):
        lines += [
            "## Out of distribution (gap = shifted - in-distribution, paired by seed)",
            "",
            with_notes(to_markdown(frames["ood"], OOD_COLUMNS), written["table_notes"]["ood"]),
        ]
    for title, pngs in _plot_sections(written):
        lines += [f"## {title.capitalize()}", ""]
        if not pngs:
            lines += ["(not drawn: the runs do not vary along this axis)", ""]
        for png in pngs:
            lines += [f"![{png.stem}]({png.name}) ([PDF]({png.with_suffix('.pdf').name}))", ""]
    return "\n".join(lines)


def _index_html(rows, written, source: str) -> str:
    parts = [
        "<!doctype html><meta charset='utf-8'><title>Benchmark report</title>",
        "<style>body{font-family:sans-serif;max-width:1100px;margin:auto}img{max-width:100%}</style>",
        "<h1>Benchmark report</h1>",
        f"<p>{len(rows)} finished runs from {html.escape(source)}.</p><ul>",
    ]
    for name, files in written["tables"].items():
        links = " ".join(f"<a href='{p.name}'>{p.suffix[1:]}</a>" for p in files.values())
        parts.append(f"<li>{html.escape(name)}: {links}</li>")
    parts.append("</ul>")
    for title, pngs in _plot_sections(written):
        parts.append(f"<h2>{html.escape(title.capitalize())}</h2>")
        for png in pngs:
            parts.append(
                f"<p><img src='{png.name}' alt='{png.stem}'><br><a href='{png.with_suffix('.pdf').name}'>PDF</a></p>"
            )
    return "\n".join(parts) + "\n"
