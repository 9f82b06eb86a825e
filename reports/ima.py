"""Tables, plots and correlations of the implicit multimodal alignment (``bench report ima``).

The records are those :mod:`benchmark.experiments.ima` stores in each run folder (``ima/*.json``)
and logs to the run's MLflow run (the same JSON under the artifact folder ``ima/``): per-layer curves,
their layer means (the scalars) and the run's headline task metric. Two entry points share this
module: ``bench report ima`` (records of run folders, computed or read back) and ``bench report``
(:func:`reports.report.build_report`: the records read with the runs, from MLflow, into ``ima/`` of its
report folder, its index embedding :func:`definition_lines`, the summary, the correlations and the
plots). :func:`write_ima_report` writes into its folder:

* ``ima.md``: the index (definitions, the summary, the correlations, links to the rest);
* ``ima-summary.{md,tex,csv}``: one row per run: its task metric, each curve's layer mean, or n/a
  with the reason (a method without perceptual tokens in the LM, a control);
* ``ima-correlation.{md,tex,csv}``: per (task, metric), the Pearson and Spearman correlations of
  each scalar with the task metric across the runs that have both, with their two-sided p-values
  (``scipy.stats.pearsonr`` / ``spearmanr``); n/a below 3 runs or when either side is constant;
* ``ima-layers/<run>.{md,tex,csv}``: the per-layer numbers of each run;
* ``ima-<method>.{png,pdf}``: the per-layer plot of each method (:func:`reports.plots.ima_plots`).

Runs given as ``missing`` (a report's runs that carry no record) are named in ``ima.md``, never shown
as numbers.
"""

from __future__ import annotations

import math
from collections import defaultdict
from pathlib import Path
from typing import Any

import pandas as pd

from reports.plots import ima_plots
from reports.tables import MISSING, Column, frac, num, pvalue, text, to_markdown, write_table

SCALARS = ("ima", "ima0", "matched")  # correlated with the task metric
CURVE_NAMES = {
    "ima": "IMA: cos(P_i^l, T_j^l), all pairs",
    "ima0": "IMA0: cos(P_i^e, T_j^l), all pairs, P at its entry layer e",
    "matched": "matched: cos(P_i^l, T_i^l), own pairs only (the suite's addition)",
    "pp": "P vs P: cos(P_i^l, P_j^l), i != j",
    "tt": "T vs T: cos(T_i^l, T_j^l), i != j",
}
MIN_RUNS = 3

LAYER_COLUMNS = [
    Column("layer", "layer"),
    Column("ima", "IMA", num(4)),
    Column("ima_std", "IMA std", num(4)),
    Column("ima0", "IMA0", num(4)),
    Column("ima0_std", "IMA0 std", num(4)),
    Column("matched", "matched (suite)", num(4)),
    Column("matched_std", "matched std", num(4)),
    Column("pp", "P vs P", num(4)),
    Column("tt", "T vs T", num(4)),
]
SUMMARY_COLUMNS = [
    Column("run", "run"),
    Column("method", "method"),
    Column("task", "task"),
    Column("lm", "LM"),
    Column("data_fraction", "fraction", frac),
    Column("seed", "seed"),
    Column("metric", "metric"),
    Column("value", "value", num(2)),
    Column("ima", "IMA", num(4)),
    Column("ima0", "IMA0", num(4)),
    Column("matched", "matched (suite)", num(4)),
    Column("pp", "P vs P", num(4)),
    Column("tt", "T vs T", num(4)),
    Column("n", "n"),
    Column("entry_layer", "entry layer"),
    Column("status", "status"),
]
CORRELATION_COLUMNS = [
    Column("task", "task"),
    Column("metric", "metric"),
    Column("scalar", "scalar"),
    Column("entry", "runs whose perceptual tokens enter"),
    Column("runs", "runs"),
    Column("pearson_r", "Pearson r", num(3)),
    Column("pearson_p", "Pearson p", pvalue),
    Column("spearman_rho", "Spearman rho", num(3)),
    Column("spearman_p", "Spearman p", pvalue),
    Column("note", "note", text),
]


def _missing(v: Any) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v))


def layer_frame(record: dict[str, Any]) -> pd.DataFrame:
    """The per-layer numbers of one record (one row per hidden state; None where a curve is NaN)."""
    keys = [c.key for c in LAYER_COLUMNS[1:]] + ["pp_std", "tt_std"]
    return pd.DataFrame({"layer": record["layers"], **{k: record[k] for k in keys}}, dtype=object)


def summary_frame(records: list[dict[str, Any]]) -> pd.DataFrame:
    """One row per record: the run, its task metric, each curve's layer mean, the examples used, the
    entry layer of the perceptual tokens and ``ok`` or ``n/a: <reason>``."""
    rows = []
    for r in records:
        rows.append(
            {
                **{k: r.get(k) for k in ("run", "method", "task", "lm", "data_fraction", "seed", "metric", "value")},
                **{c: r["scalar"].get(c) for c in CURVE_NAMES},
                "n": r.get("n"),
                "entry_layer": r.get("entry_layer"),
                "status": "ok" if r.get("available") else f"n/a: {r.get('reason')}",
            }
        )
    return pd.DataFrame(rows, columns=[c.key for c in SUMMARY_COLUMNS], dtype=object)


# up to this many runs the correlation p-values are exact permutation tests
EXACT_MAX_RUNS = 8


def correlate(x: list[float], y: list[float]) -> dict[str, Any]:
    """Pearson r and Spearman rho of ``x`` and ``y`` with their two-sided p-values; every value None
    with a note when there are fewer than 3 pairs or either side is constant.

    Up to :data:`EXACT_MAX_RUNS` runs the p-values are exact: a permutation test over every pairing
    of ``x`` with ``y`` (n! of them), because scipy's t (Spearman) and beta (Pearson) approximations
    are wrong with so few runs (three runs in perfect rank order get a Spearman p of 0, where the
    exact two-sided p is 1/3). Above it, scipy's approximations; the note says which."""
    import numpy as np
    from scipy import stats

    out: dict[str, Any] = {"runs": len(x), "pearson_r": None, "pearson_p": None}
    out.update(spearman_rho=None, spearman_p=None, note="")
    if len(x) < MIN_RUNS:
        out["note"] = f"n/a: {len(x)} run(s) with both numbers; a correlation needs at least {MIN_RUNS}"
        return out
    if len(set(x)) < 2 or len(set(y)) < 2:
        out["note"] = "n/a: one side is constant across the runs"
        return out
    pearson = stats.pearsonr(x, y)
    spearman = stats.spearmanr(x, y)
    out.update(
        pearson_r=float(pearson.statistic),
        pearson_p=float(pearson.pvalue),
        spearman_rho=float(spearman.statistic),
        spearman_p=float(spearman.pvalue),
    )
    if len(x) <= EXACT_MAX_RUNS:
        xs, ys = np.asarray(x, float), np.asarray(y, float)
        ranks = stats.rankdata(xs), stats.rankdata(ys)  # Spearman's rho: Pearson's r of the (average) ranks
        out.update(pearson_p=exact_pairings_p(xs, ys), spearman_p=exact_pairings_p(*ranks))
        out["note"] = f"p-values exact (permutation over all {len(x)}! pairings)"
    return out


def exact_pairings_p(x, y) -> float:
    """Two-sided p of Pearson's r over every pairing of ``x`` with ``y`` (n! of them): the same number
    as ``scipy.stats.permutation_test(..., permutation_type="pairings", n_resamples=inf)`` (twice the
    smaller one-sided share, the observed pairing included, ties within its relative tolerance of
    100 machine epsilons, at most 1), computed in one matrix product over the n! orders of ``y``;
    scipy calls ``pearsonr`` once per pairing of both samples, which took minutes per correlation
    at 8 runs (0.04 s here)."""
    import itertools

    import numpy as np

    xc, yc = x - x.mean(), y - y.mean()
    scale = np.sqrt((xc @ xc) * (yc @ yc))
    order = np.fromiter(itertools.chain.from_iterable(itertools.permutations(range(len(y)))), dtype=np.intp)
    null = (yc[order.reshape(-1, len(y))] @ xc) / scale
    observed = (xc @ yc) / scale
    gamma = abs(np.finfo(float).eps * 100 * observed)
    less, greater = np.mean(null <= observed + gamma), np.mean(null >= observed - gamma)
    return float(min(1.0, 2 * min(less, greater)))


ENTRY_ALL, ENTRY_INPUT, ENTRY_INNER = "anywhere (all runs)", "at the input (layer 0)", "at inner layers"


def _entry_stratum(record: dict[str, Any]) -> str:
    return ENTRY_INPUT if record.get("entry_layer") == 0 else ENTRY_INNER


def correlation_rows(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per (task, metric) of the records and per scalar in :data:`SCALARS`: :func:`correlate` of the
    scalar with the task metric over the runs that have both (n/a runs and unscored runs drop out).

    When those runs mix entry layers (a prefix enters at the LM's input, eP-ALM's tokens at an inner
    layer), each scalar also gets one row per stratum, input and inner: IMA is averaged over the
    layers where perceptual tokens exist, so a method that enters late is compared over other layers
    than a prefix, and a correlation across both kinds can reflect where the tokens enter rather than
    how well they align."""
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for r in records:
        groups[(r.get("task"), r.get("metric"))].append(r)
    rows = []
    for (task, metric), group in sorted(groups.items(), key=lambda kv: (str(kv[0][0]), str(kv[0][1]))):
        for scalar in SCALARS:
            usable = [r for r in group if not _missing(r["scalar"].get(scalar)) and not _missing(r.get("value"))]
            strata = [(ENTRY_ALL, usable)]
            if len({_entry_stratum(r) for r in usable}) > 1:
                strata += [
                    (name, [r for r in usable if _entry_stratum(r) == name]) for name in (ENTRY_INPUT, ENTRY_INNER)
                ]
            for entry, runs in strata:
                rows.append(
                    {
                        "task": task,
                        "metric": metric,
                        "scalar": scalar,
                        "entry": entry,
                        **correlate([r["scalar"][scalar] for r in runs], [r["value"] for r in runs]),
                    }
                )
    return rows


def _labels(records: list[dict[str, Any]]) -> list[str]:
    """A file name per record: its run name; when two runs share one, with the parent folder's name
    (a run folder's record) or the first 8 characters of its ``run_id`` (an MLflow run's), then a
    counter if they still clash."""
    names = [r["run"] for r in records]
    out: list[str] = []
    for r in records:
        label = r["run"]
        if names.count(label) > 1 and r.get("run_dir"):
            label = f"{Path(r['run_dir']).parent.name}-{label}"
        elif names.count(label) > 1 and r.get("run_id"):
            label = f"{label}-{str(r['run_id'])[:8]}"
        label = "".join(c if c.isalnum() or c in "-._" else "-" for c in label)
        unique, k = label, 1
        while unique in out:
            k += 1
            unique = f"{label}-{k}"
        out.append(unique)
    return out


def definition_lines() -> list[str]:
    """What was computed, as Markdown lines (one paragraph, the curves as a list, one paragraph):
    shared by ``ima.md`` and the IMA section of ``bench report``'s index."""
    return [
        "Shukor and Cord (NeurIPS 2024); how it is computed: `benchmark/experiments/ima.py`. Per example, "
        "the perceptual positions (P) and the text positions (T) of the LM's hidden states are mean-pooled "
        "at every hidden state l (0 = the LM's input); soft-prompt positions are on neither side. Curves "
        "(mean cosine over the pairs, std beside it):",
        "",
        *[f"- {name}" for name in CURVE_NAMES.values()],
        "",
        "Each run's scalar is the curve's mean over the hidden states where it is finite. With layer "
        "writes (eP-ALM) no perceptual token exists before the first layer written into: P is NaN there, "
        "and the entry layer e of IMA0 is that layer (0 for a prefix: the LM's input). A method with no "
        "perceptual token in the LM's residual stream (Flamingo) and the controls are n/a, never 0.",
    ]


def correlation_note() -> str:
    """The paragraph under the correlation table."""
    return (
        f"Pearson and Spearman over the runs of each task with both numbers (two-sided p-values: exact "
        f"permutation tests up to {EXACT_MAX_RUNS} runs, scipy's t and beta approximations above); {MISSING} "
        f"below {MIN_RUNS} runs or when a side is constant. Runs with IMA n/a drop out. Where the runs mix "
        f"methods whose perceptual tokens enter at the LM's input (prefixes) with methods that write them "
        f"into inner layers (eP-ALM), each scalar also has a row per kind: a run's scalar is its mean over "
        f"the layers where its perceptual tokens exist, so the two kinds are averaged over different "
        f"layers, and the all-runs row can follow where the tokens enter rather than how well they align."
    )


def examples_note(records: list[dict[str, Any]]) -> str | None:
    """A line when the runs with numbers used different numbers of examples (their scalars are then
    estimates of unequal precision); None when they agree."""
    used = sorted({r.get("n") for r in records if r.get("available")}, key=str)
    if len(used) < 2:
        return None
    return f"The runs used different numbers of examples ({', '.join(map(str, used))}): see the n column."


def missing_line(missing: list[str]) -> str | None:
    """The line naming the runs without any IMA record; None when every run has one."""
    if not missing:
        return None
    return (
        f"{len(missing)} run(s) without an IMA record (not computed: `bench report ima` or a sweep's `ima:` "
        f"computes it), left out of every IMA table: {', '.join(missing)}."
    )


def write_ima_report(
    records: list[dict[str, Any]], out: str | Path, source: str, missing: list[str] = ()
) -> dict[str, Any]:
    """Write the IMA tables, plots and index for ``records`` into ``out`` (``missing``: names of runs
    without a record, listed in the index); returns what was written (``tables``: stem -> files,
    ``plots``: paths, ``index``: the index path, ``layers``: (run, per-layer table link) pairs, and the
    ``summary`` and ``correlation`` frames)."""
    from benchmark.engine.io import atomic_write_text
    from benchmark.errors import ConfigError

    out = Path(out)
    if out.exists() and not out.is_dir():
        raise ConfigError(f"--out {out} is a file: expected a folder for the report")
    out.mkdir(parents=True, exist_ok=True)
    summary = summary_frame(records)
    correlation = pd.DataFrame(correlation_rows(records), columns=[c.key for c in CORRELATION_COLUMNS], dtype=object)
    tables = {
        "ima-summary": write_table(
            summary, out / "ima-summary", SUMMARY_COLUMNS, "Implicit multimodal alignment: layer means per run."
        ),
        "ima-correlation": write_table(
            correlation,
            out / "ima-correlation",
            CORRELATION_COLUMNS,
            "Correlation of the alignment scalars with the task metric across runs.",
        ),
    }
    layer_links = []
    for label, r in zip(_labels(records), records):
        if r.get("available"):
            tables[f"ima-layers/{label}"] = write_table(
                layer_frame(r), out / "ima-layers" / label, LAYER_COLUMNS, f"IMA per layer: {r['run']}."
            )
            layer_links.append((r["run"], f"ima-layers/{label}.md"))
    plots = ima_plots(records, out)
    notes = [line for line in (missing_line(list(missing)), examples_note(records)) if line]
    lines = [
        "# Implicit multimodal alignment (IMA)",
        "",
        f"{len(records)} run(s) from {source}.",
        "",
        *definition_lines(),
        "",
        *[f"{line}\n" for line in notes],
        "## Summary",
        "",
        to_markdown(summary, SUMMARY_COLUMNS),
        "## Correlation with the task metric",
        "",
        correlation_note(),
        "",
        to_markdown(correlation, CORRELATION_COLUMNS),
        "## Per layer",
        "",
        *[f"- [{run}]({link})" for run, link in layer_links],
        "",
    ]
    for png in (p for p in plots if p.suffix == ".png"):
        lines += [f"![{png.stem}]({png.name}) ([PDF]({png.with_suffix('.pdf').name}))", ""]
    index = atomic_write_text(out / "ima.md", "\n".join(lines))
    return {
        "tables": tables,
        "plots": plots,
        "index": index,
        "layers": layer_links,
        "summary": summary,
        "correlation": correlation,
    }
