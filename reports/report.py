"""``bench report``: finished runs (from MLflow, or from run folders) -> one folder of tables and plots
with an index page.

.. code-block:: text

    bench report --tracking-uri sqlite:///runs/sweep/mlflow.db --experiment offline-sweep --sweep offline-example --out docs/report
    bench report --sweep-file examples/offline-sweep.yaml --out docs/report      # the same, read from the sweep file
    bench report --runs runs/compare --runs runs/controls --out docs/report     # from run folders, no MLflow

:func:`build_report` takes the rows (:class:`reports.rows.RunRow`) whichever way they were read:
:func:`reports.collect.load_runs` from MLflow, or :func:`reports.rows.read_run_folders` for each
``--runs`` folder (its ``<run>/metrics.json``, ``example_scores.jsonl`` and ``ima/``); ``source``
(the store or the folders) is named in ``index.md``. A seed run more than once counts once
(:func:`reports.rows.unique_seeds`, the latest run).

Writes ``headline.{md,tex,csv}`` first (:func:`write_headline`; what a README shows first: one row
per method, one column per task, LM and data fraction, each cell ``mean [95% interval]`` from the
comparison table and a mark of the verdict against the blind control from the controls table, ``▲``
above, ``▼`` below, ``=`` not separable; the upper control first, the methods by their mean position
between the controls, the blind control last; the trainable parameter count where it is one in every
setting; :func:`reports.comparison.headline_rows` and :func:`reports.comparison.headline_table`; its
CSV is the long format, one line per (method, setting) cell with the mean, interval bounds, verdict
and its test as separate fields; its LaTeX writes the marks with amssymb's ``\\blacktriangle`` /
``\\blacktriangledown``), ``comparison.{md,tex,csv}`` (mean over seeds and 95% interval per
configuration: by default the hierarchical bootstrap over seeds and test examples, :mod:`reports.stats`),
``controls.{md,tex,csv}`` (each configuration against the blind control and the text oracle of its
task, LM and data fraction, :func:`reports.comparison.control_rows`: method - control, the paired
t-test by seed, the paired bootstrap by example and McNemar's test, and a verdict against the blind
control; written when some configuration has a control beside it),
``paired-tests.{md,tex,csv}`` (paired t-tests between methods by seed; paired bootstrap and McNemar's
test by example), ``ood.{md,tex,csv}`` (when runs carry out-of-distribution scores), the scaling,
data-efficiency, OOD and efficiency-frontier plots as PNG and PDF, and ``index.md`` / ``index.html``
linking everything, the headline first. How each table's intervals were made is written under it
(``interval_notes``; the headline's note reuses the comparison table's interval note and the controls
table's verdict note, :func:`verdict_note`).

When some runs carry an implicit multimodal alignment (IMA) record (:attr:`reports.rows.RunRow.ima`:
read from each MLflow run's ``ima/`` artifact by :func:`reports.collect.load_runs`, or from a run
folder's ``ima/``), the folder ``ima/`` holds the IMA analysis :func:`reports.ima.write_ima_report`
writes (``ima.md``, ``ima-summary.*``, ``ima-correlation.*`` with Pearson and Spearman and their
p-values against the headline metric, ``ima-layers/<run>.*``, the per-layer plot ``ima-<method>.*`` of
each method), and both index pages get an IMA section: what was computed (all-pairs same-layer mean
cosine, the entry-layer variant, the matched pairs as the suite's addition, n/a for methods without
perceptual tokens in the LM and the controls, NaN before eP-ALM's first injection layer), the runs
without a record by name, the summary and correlation tables and the plots. Each record shows the
row's coordinates and test score (what the report read), not the copy stored with it. An n/a record
is ``n/a`` and drops out of the correlations; a run without a record is left out of every IMA table.
When no run carries one, nothing is written under ``ima/`` and there is no section.
"""

from __future__ import annotations

import html
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pandas as pd

from reports.comparison import (
    ALPHA,
    COMPARISON_COLUMNS,
    CONTROL_COLUMNS,
    HEADLINE_FIELDS,
    HEADLINE_MARKS,
    OOD_COLUMNS,
    PAIRED_COLUMNS,
    comparison_rows,
    control_rows,
    headline_rows,
    headline_table,
    ood_rows,
    paired_rows,
)
from reports.ima import CORRELATION_COLUMNS as IMA_CORRELATION_COLUMNS
from reports.ima import SUMMARY_COLUMNS as IMA_SUMMARY_COLUMNS
from reports.ima import correlation_note, definition_lines, examples_note, missing_line, write_ima_report
from reports.plots import data_efficiency_plots, frontier_plots, ood_plots, scaling_plots
from reports.rows import RunRow, mixed_settings, mixed_threads, sort_rows, unique_seeds
from reports.stats import Bootstrap, IntervalConfig
from reports.tables import Column, to_csv, to_latex, to_markdown, with_notes, write_table

IMA_FOLDER = "ima"  # the IMA analysis, inside the report folder
HEADLINE_CAPTION = "Mean over seeds [95% interval] per method and setting, marked against the blind control."
# the headline's non-ASCII symbols in LaTeX (\blacktriangle needs amssymb)
LATEX_SYMBOLS = {
    HEADLINE_MARKS["above"]: r"$\blacktriangle$",
    HEADLINE_MARKS["below"]: r"$\blacktriangledown$",
    "·": r"$\cdot$",
}
OPTIONAL_TABLES = ("controls", "ood")  # written only when they have a row
OOD_NOTE = (
    "Intervals: Student t over seeds (OOD scores are recorded per run, not per example), "
    "mean ± t(0.975, n-1) * sd / sqrt(n), not clipped; the gap is paired by seed."
)


def verdict_note(intervals: IntervalConfig) -> str:
    """The note saying what the verdict against the blind control is and which test it rests on
    (under the controls table and the headline table)."""
    verdict_test = (
        "the by-example paired bootstrap's where both have per-example scores, else the by-seed paired t-test's"
        if intervals.method == "bootstrap"
        else "the by-seed paired t-test's (intervals by t: no bootstrap)"
    )
    return (
        f"Verdict against the blind control: 'above (p<{ALPHA:g})' or 'below (p<{ALPHA:g})' when the two-sided "
        f"p-value is below {ALPHA:g}, in the direction of the difference; 'not separable (p=...)' otherwise; n/a "
        f"when no test could be made. The p-value is {verdict_test} (the CSV's lower_verdict_test says which)."
    )


def control_notes(metrics: list[str], intervals: IntervalConfig) -> list[str]:
    """The notes under the controls table: the bounds, the sign convention, the tests, the verdict."""
    # the paired-tests table's note; this table shows no t half-width column (the CSV's *_ci_half holds it)
    by_seed = intervals.describe_paired(metrics).replace(
        f"'{intervals.percent} CI ±' is its half-width", "its half-width is the CSV's lower_ci_half / upper_ci_half"
    )
    return [
        "Each configuration against the controls of its task, LM and data fraction: the lower bound is the "
        'blind control (a method declaring control = "lower"), the upper bound the text oracle '
        '(control = "upper"); where a setting has several of a kind, the one with the highest mean (the '
        "comparison table's lower and upper). Every difference is method - control: positive means the method "
        "scores above that control. 'only method right' and 'only blind/oracle right' count the (seed, example) "
        "pairs only the method or only the control got right. The text oracle's row compares it with the blind "
        "control only (the gap between the bounds); the blind control has no row.",
        f"Tests, with A = the method and B = the control: {by_seed}",
        verdict_note(intervals),
    ]


def headline_notes(rows: list[RunRow], intervals: IntervalConfig) -> list[str]:
    """The notes under the headline table: what a row, a column and a cell are, the row order, the
    interval (the comparison table's note), one-seed cells, the marks and the verdict they show
    (the controls table's verdict note)."""
    metrics = sorted({r.metric for r in rows})
    per_task = "; ".join(f"{task}: {metric}" for task, metric in sorted({(r.task, r.metric) for r in rows}))
    one_seed = (
        "A cell from one seed shows test-set sampling only (a bootstrap over its test examples: seed-to-seed "
        "variation is not in its interval); one seed under Student t (runs without per-example scores) has no "
        "interval ('[n/a]')."
        if intervals.method == "bootstrap"
        else "A cell from one seed has no interval under Student t ('[n/a]')."
    )
    return [
        "One row per method, one column per setting (task · LM · data fraction); each cell is the mean over seeds "
        f"of the task's headline metric ({per_task}) [its 95% interval], then its mark; '-': not run in that "
        "setting. Rows: the text oracle (upper control) first, then the methods by their mean position between "
        "the controls ((mean - blind) / (oracle - blind), averaged over the settings where it exists; highest "
        "first, methods without one after), then the blind control (lower control). The encoder is named only "
        "where the methods use more than one; a run that trained its encoder (Frozen's train_encoder) is always "
        "a row of its own ('(trained encoder)'). The last column is the trainable parameter count where it is "
        "the same in every setting; 'varies' where it differs between settings (the per-setting counts are in "
        "the comparison table). The seeds behind each cell are the comparison table's 'seeds' (the CSV's n).",
        intervals.describe(metrics),
        f"{one_seed} Every figure is the comparison table's (its 'interval' column, and the CSV's, says which "
        "method made each cell's interval); every verdict the controls table's.",
        f"Marks against the blind control of the setting: {HEADLINE_MARKS['above']} above, "
        f"{HEADLINE_MARKS['below']} below (p<{ALPHA:g}), {HEADLINE_MARKS['not separable']} not separable; no mark "
        "on the controls' own rows, in a setting without a blind control, or where no test could be made. "
        + verdict_note(intervals),
    ]


def interval_notes(rows: list[RunRow], intervals: IntervalConfig) -> dict[str, list[str]]:
    """The notes under each table: how its intervals and tests were made."""
    metrics = sorted({r.metric for r in rows})
    return {
        "headline": headline_notes(rows, intervals),
        "comparison": [intervals.describe(metrics)],
        "controls": control_notes(metrics, intervals),
        "paired-tests": [intervals.describe_paired(metrics)],
        "ood": [OOD_NOTE],
    }


def build_report(
    rows: list[RunRow], out: str | Path, source: str, intervals: IntervalConfig | None = None
) -> dict[str, Any]:
    """Write every table and plot for ``rows`` into ``out``; returns what was written (``ima``: what
    :func:`reports.ima.write_ima_report` wrote, with the ``records`` and the ``missing`` run names, or
    None without IMA records). ``intervals`` chooses the interval method (default:
    :class:`reports.stats.IntervalConfig`'s bootstrap)."""
    from benchmark.engine.io import atomic_write_text

    out = Path(out)
    if out.exists() and not out.is_dir():
        from benchmark.errors import ConfigError

        raise ConfigError(f"--out {out} is a file: expected a folder for the report")
    rows, notes = unique_seeds(rows)
    mixed_settings(rows)  # before anything is written: seeds trained with other settings are not repeats
    notes = notes + mixed_threads(rows)
    out.mkdir(parents=True, exist_ok=True)
    intervals = intervals or IntervalConfig()
    bootstrap = Bootstrap(intervals)  # one set of example draws for both tables
    comparison = comparison_rows(rows, bootstrap)
    controls = control_rows(rows, bootstrap)
    paired = paired_rows(rows, bootstrap)
    ood = ood_rows(rows)
    for r in ood:
        r["metric"] = rows[0].metric if rows else ""
    written: dict[str, Any] = {"tables": {}, "plots": {}}
    tables = _tables(comparison, controls, paired, ood)
    frames = {stem: _frame(table, columns) for stem, (table, columns, _) in tables.items()}
    table_notes = interval_notes(rows, intervals)
    headline = headline_rows(comparison, controls)
    shown = headline_table(headline)
    written["tables"]["headline"] = write_headline(headline, shown, out / "headline", table_notes["headline"])
    for stem, (table, columns, caption) in tables.items():
        if table or stem not in OPTIONAL_TABLES:  # no OOD scores: no OOD table; no control: no controls table
            written["tables"][stem] = write_table(frames[stem], out / stem, columns, caption, table_notes[stem])
    written["plots"] = {
        "scaling": scaling_plots(comparison, out),
        "data efficiency": data_efficiency_plots(comparison, out),
        "out of distribution": ood_plots(ood, out),
        "efficiency frontier": frontier_plots(comparison, out),
    }
    written["notes"] = notes
    written["table_notes"] = table_notes
    written["ima"] = _ima_analysis(rows, out / IMA_FOLDER, source)
    atomic_write_text(out / "index.md", _index_markdown(rows, frames, shown, written, source))
    atomic_write_text(out / "index.html", _index_html(rows, written, source))
    return written


def write_headline(
    headline: list[dict[str, Any]], shown: tuple[pd.DataFrame, list[Column]], stem: Path, notes: list[str]
) -> dict[str, Path]:
    """Write the headline table: ``<stem>.md`` (the shown table, :func:`reports.comparison.headline_table`,
    then the notes), ``<stem>.tex`` (the same table; its caption ends in the notes; the marks and the
    ``·`` as amssymb math, :data:`LATEX_SYMBOLS`) and ``<stem>.csv`` (the long format,
    :func:`reports.comparison.headline_rows`: one line per (method, setting) cell, every field, the
    numbers unformatted); returns {"md": path, "tex": path, "csv": path}. As
    :func:`reports.tables.write_table`, but the CSV is the long frame, not the shown one."""
    from benchmark.engine.io import atomic_write_text

    frame, columns = shown
    latex = to_latex(frame, columns, " ".join([HEADLINE_CAPTION, *notes]))
    for symbol, tex in LATEX_SYMBOLS.items():
        latex = latex.replace(symbol, tex)
    return {
        "md": atomic_write_text(stem.with_name(stem.name + ".md"), with_notes(to_markdown(frame, columns), notes)),
        "tex": atomic_write_text(stem.with_name(stem.name + ".tex"), latex),
        "csv": atomic_write_text(
            stem.with_name(stem.name + ".csv"), to_csv(pd.DataFrame(headline, columns=list(HEADLINE_FIELDS)))
        ),
    }


def ima_records(rows: list[RunRow]) -> tuple[list[dict[str, Any]], list[str]]:
    """The IMA record of each row that carries one, with the row's coordinates and test score in
    place of the copy stored with the record (``run`` is the row's name, ``run_id`` its id), and the
    names of the rows without one; both in :func:`reports.rows.sort_rows` order."""
    records, missing = [], []
    for r in sort_rows(rows):
        if r.ima is None:
            missing.append(r.name or r.run_id)
            continue
        records.append(
            {
                **r.ima,
                "run": r.name or r.run_id,
                "run_id": r.run_id,
                "method": r.method,
                "task": r.task,
                "lm": r.lm,
                "encoder": r.encoder,
                "data_fraction": r.fraction,
                "seed": r.seed,
                "metric": r.metric,
                "value": r.value,
            }
        )
    return records, missing


def _ima_analysis(rows: list[RunRow], folder: Path, source: str) -> dict[str, Any] | None:
    """:func:`reports.ima.write_ima_report` of the rows' IMA records into ``folder`` (with the runs that
    lack one named); None, writing nothing, when no row carries a record."""
    records, missing = ima_records(rows)
    if not records:
        return None
    written = write_ima_report(records, folder, source, missing)
    return {**written, "records": records, "missing": missing}


def _tables(comparison, controls, paired, ood) -> dict[str, tuple[list[dict[str, Any]], list[Column], str]]:
    return {
        "comparison": (
            comparison,
            COMPARISON_COLUMNS,
            "Mean over seeds and 95% interval per configuration.",
        ),
        "controls": (
            controls,
            CONTROL_COLUMNS,
            "Each configuration against the blind control (lower bound) and the text oracle (upper bound): "
            "method - control, paired tests by seed and by example.",
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


def _index_markdown(
    rows, frames: dict[str, pd.DataFrame], headline: tuple[pd.DataFrame, list[Column]], written, source: str
) -> str:
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
        "## Headline (mean [95% interval] per method and setting, marked against the blind control)",
        "",
        with_notes(to_markdown(*headline), written["table_notes"]["headline"]),
        "## Comparison (mean over seeds and 95% interval)",
        "",
        with_notes(to_markdown(frames["comparison"], COMPARISON_COLUMNS), written["table_notes"]["comparison"]),
        "## Against the controls (method - blind, method - text oracle)",
        "",
        with_notes(to_markdown(frames["controls"], CONTROL_COLUMNS), written["table_notes"]["controls"])
        if len(frames["controls"])
        else "(no table: no configuration shares its task, LM and data fraction with a blind or text-oracle "
        "control run)\n",
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
    if written["ima"] is not None:
        lines += _ima_markdown(written["ima"], len(rows))
    return "\n".join(lines)


def _ima_intro(ima: dict[str, Any], n_rows: int, analysis: str) -> str:
    """The section's first paragraph; ``analysis`` is how it names ``ima/ima.md`` (a link or a path)."""
    return (
        f"{len(ima['records'])} of {n_rows} runs carry an IMA record, read with the runs (each MLflow run's "
        f"`{IMA_FOLDER}/` artifact, or a run folder's `{IMA_FOLDER}/`). The whole analysis, with every table as "
        f"Markdown, LaTeX and CSV and the per-layer numbers of each run: {analysis}."
    )


def _ima_notes(ima: dict[str, Any]) -> list[str]:
    return [line for line in (missing_line(ima["missing"]), examples_note(ima["records"])) if line]


def _ima_markdown(ima: dict[str, Any], n_rows: int) -> list[str]:
    """The IMA section of ``index.md``: what was computed, the runs lacking a record, the summary and
    correlation tables, links to the per-layer tables, and the plots (paths inside ``ima/``)."""
    lines = [
        "## Implicit multimodal alignment (IMA)",
        "",
        _ima_intro(ima, n_rows, f"[{IMA_FOLDER}/ima.md]({IMA_FOLDER}/ima.md)"),
        "",
        *definition_lines(),
        "",
        *[f"{line}\n" for line in _ima_notes(ima)],
        "### IMA per run (layer means)",
        "",
        to_markdown(ima["summary"], IMA_SUMMARY_COLUMNS),
        "### IMA against the task metric",
        "",
        correlation_note(),
        "",
        to_markdown(ima["correlation"], IMA_CORRELATION_COLUMNS),
        "### IMA per layer",
        "",
        *[f"- [{run}]({IMA_FOLDER}/{link})" for run, link in ima["layers"]],
        "",
    ]
    for png in (p for p in ima["plots"] if p.suffix == ".png"):
        pdf = png.with_suffix(".pdf").name
        lines += [f"![{png.stem}]({IMA_FOLDER}/{png.name}) ([PDF]({IMA_FOLDER}/{pdf}))", ""]
    return lines


def _index_html(rows, written, source: str) -> str:
    parts = [
        "<!doctype html><meta charset='utf-8'><title>Benchmark report</title>",
        "<style>body{font-family:sans-serif;max-width:1100px;margin:auto}img{max-width:100%}</style>",
        "<h1>Benchmark report</h1>",
        f"<p>{len(rows)} finished runs from {html.escape(source)}.</p><ul>",
    ]
    parts += _html_table_links(written["tables"])
    parts.append("</ul>")
    for title, pngs in _plot_sections(written):
        parts.append(f"<h2>{html.escape(title.capitalize())}</h2>")
        parts += [_html_plot(png) for png in pngs]
    if written["ima"] is not None:
        parts += _ima_html(written["ima"], len(rows))
    return "\n".join(parts) + "\n"


def _ima_html(ima: dict[str, Any], n_rows: int) -> list[str]:
    """The IMA section of ``index.html``: the same notes as ``index.md``, links to the analysis and its
    tables, and the plots (paths inside ``ima/``)."""
    definitions = definition_lines()
    curves = [line[2:] for line in definitions if line.startswith("- ")]
    paragraphs = [line for line in definitions if line and not line.startswith("- ")]
    parts = [
        "<h2>Implicit multimodal alignment (IMA)</h2>",
        f"<p>{html.escape(_ima_intro(ima, n_rows, f'{IMA_FOLDER}/ima.md'))}</p>",
        f"<p>{html.escape(paragraphs[0])}</p><ul>",
        *[f"<li>{html.escape(c)}</li>" for c in curves],
        "</ul>",
        *[f"<p>{html.escape(p)}</p>" for p in [*paragraphs[1:], *_ima_notes(ima), correlation_note()]],
        f"<ul><li><a href='{IMA_FOLDER}/ima.md'>IMA analysis (ima.md)</a></li>",
    ]
    parts += _html_table_links(ima["tables"], f"{IMA_FOLDER}/")
    parts.append("</ul>")
    parts += [_html_plot(png, f"{IMA_FOLDER}/") for png in ima["plots"] if png.suffix == ".png"]
    return parts


def _html_table_links(tables: dict[str, dict[str, Path]], prefix: str = "") -> list[str]:
    """One ``<li>`` per table: its name and a link per written format (paths under ``prefix``)."""
    out = []
    for name, files in tables.items():
        links = " ".join(f"<a href='{prefix}{p.name}'>{p.suffix[1:]}</a>" for p in files.values())
        out.append(f"<li>{html.escape(name)}: {links}</li>")
    return out


def _html_plot(png: Path, prefix: str = "") -> str:
    """A plot's PNG with a link to its PDF (paths under ``prefix``)."""
    pdf = png.with_suffix(".pdf").name
    return f"<p><img src='{prefix}{png.name}' alt='{png.stem}'><br><a href='{prefix}{pdf}'>PDF</a></p>"
