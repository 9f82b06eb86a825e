"""Comparison tables from run rows: per-configuration mean and 95% interval, paired tests between
methods, each configuration against its controls, and out-of-distribution gaps; each written as
Markdown, LaTeX and CSV.

Intervals and tests are :mod:`reports.stats`'s under one :class:`reports.stats.IntervalConfig`
(default: the hierarchical bootstrap over seeds and test examples from the runs' per-example scores,
Student t over seeds for a configuration with a run that has none). Each comparison row names the
method that made its interval (``interval``); each paired row gives the paired t-test by seed and,
where both runs have per-example scores, the paired bootstrap by example and, for accuracy metrics,
McNemar's exact test. The OOD table's intervals are Student t over seeds (OOD scores are recorded
per run, not per example).

A *configuration* is (task, LM, encoder, data fraction, method); its seeds are the repeats. Each
comparison row also gives the bounds of its (task, LM, data fraction): ``lower``, the mean of the
lower-bound control (a method declaring ``control = "lower"``: blind), ``upper``, the mean of the
upper-bound control (``control = "upper"``: the text oracle), the highest mean where a setting has
several, and the row's ``position`` between them, (mean - lower) / (upper - lower): 0 at the blind
control, 1 at perfect perception (None where a bound is missing or upper <= lower). Paired
tests compare two methods on the same (task, LM, data fraction), pairing runs by seed; every test
of system A against system B is :func:`compare_systems` (mean difference A - B, the paired t-test by
seed, the paired bootstrap by example with its interval and p, McNemar's counts and p).

The controls table (:func:`control_rows`) puts every result between its two controls: for each
configuration that is not a control, in a (task, LM, data fraction) with a lower and/or an upper
control (where a setting has several of a kind, the one with the highest mean, the one ``lower`` /
``upper`` give: :func:`controls`), its mean and, per bound, :func:`compare_systems` with A = the
configuration and B = the control, so every difference is configuration - control (positive: above
that control). A verdict against the lower bound (:func:`verdict`): ``above (p<0.05)`` or ``below
(p<0.05)`` when the two-sided p of the by-example paired bootstrap (where both have per-example
scores and the bootstrap is on; else the by-seed paired t-test) is below :data:`ALPHA` = 0.05, in the
direction of the difference; ``not separable (p=...)`` otherwise; n/a when neither test can be made
(e.g. one seed without per-example scores). The lower control gets no row; the upper control gets
one, against the lower control only (the gap between the bounds). The OOD table
gives, per configuration and evaluation target, the in-distribution score, the shifted score and
their gap (shifted - in-distribution, paired by seed, with its 95% CI). Each function returns one
dict per table row; :func:`reports.tables.write_table` writes them from a DataFrame.

The headline table (:func:`headline_rows`, :func:`headline_table`) is built from the comparison and
controls rows alone (no statistic recomputed): one row per system (method, encoder; the encoder named
only where the non-control methods use more than one, a trained encoder always a row of its own:
:func:`headline_label`), one column per (task, LM, data fraction) (:func:`setting_label`, e.g.
``easy-vqa · smollm2-135m · 10%``; tasks, then LMs by parameter count, then fractions), each cell
``mean [ci_low, ci_high]`` and the mark of its verdict against the blind control (:data:`HEADLINE_MARKS`:
``▲`` above, ``▼`` below, ``=`` not separable; none on the controls' rows, without a blind control, or
without a test), ``-`` where the system was not run, and a last column with the trainable parameter
count when it is one in every setting (``varies`` otherwise). Rows: the upper control, the methods
by their mean ``position`` over the settings where it exists (highest first; without one after),
the lower control. :func:`headline_rows` is the long format the CSV holds (one dict per cell, its
numbers as separate fields, :data:`HEADLINE_FIELDS`); :func:`headline_table` the shown wide table.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import combinations
from typing import Any

import pandas as pd

from reports.rows import NO_ENCODER, RunRow, control_kind
from reports.stats import Bootstrap, IntervalConfig, config_interval, mcnemar, paired_bootstrap, paired_test, summarize
from reports.tables import Column, frac, integer, is_missing, num, pvalue, text


def config_key(r: RunRow) -> tuple:
    return (r.task, r.lm, r.encoder, r.fraction, r.method)


def _sort_key(k: tuple) -> tuple:
    return tuple((0, x) if isinstance(x, (int, float)) else (1, str(x)) for x in k)


def position(mean: float | None, lower: float | None, upper: float | None) -> float | None:
    """Where ``mean`` sits between the bounds: (mean - lower) / (upper - lower); None when a value is
    missing or ``upper <= lower`` (no room between the bounds)."""
    if mean is None or lower is None or upper is None or upper <= lower:
        return None
    return (mean - lower) / (upper - lower)


def controls(rows: list[RunRow]) -> dict[tuple, dict[str, tuple[float, tuple[str, str]]]]:
    """(task, LM, fraction) -> {"lower": (mean, (method, encoder)), "upper": ...}: of the control
    configurations declaring each bound, the one with the highest mean over seeds (the first in
    sorted order among equals; a bound without a scored control run is absent)."""
    out: dict[tuple, dict[str, tuple[float, tuple[str, str]]]] = defaultdict(dict)
    values: dict[tuple, list[float]] = defaultdict(list)
    for r in rows:
        kind = control_kind(r.method)
        if kind in ("lower", "upper") and r.value is not None:
            values[(r.task, r.lm, r.fraction, kind, r.method, r.encoder)].append(r.value)
    for key in sorted(values, key=_sort_key):
        task, lm, fraction, kind, method, encoder = key
        mean = summarize(values[key]).mean
        setting = out[(task, lm, fraction)]
        if kind not in setting or mean > setting[kind][0]:
            setting[kind] = (mean, (method, encoder))
    return out


def bounds(rows: list[RunRow]) -> dict[tuple, dict[str, float]]:
    """(task, LM, fraction) -> {"lower": ..., "upper": ...}: the highest configuration mean of the
    controls declaring that bound (a bound without a scored control run is absent; :func:`controls`)."""
    return {setting: {kind: mean for kind, (mean, _) in chosen.items()} for setting, chosen in controls(rows).items()}


def _bootstrap(intervals: IntervalConfig | Bootstrap | None) -> Bootstrap:
    return intervals if isinstance(intervals, Bootstrap) else Bootstrap(intervals)


def comparison_rows(rows: list[RunRow], intervals: IntervalConfig | Bootstrap | None = None) -> list[dict[str, Any]]:
    """One row per configuration: its mean over seeds, its interval (``intervals``; default the
    hierarchical bootstrap) and the method that made it, and the bounds of its setting. A
    configuration's runs are one per seed (:func:`reports.rows.unique_seeds`)."""
    bootstrap = _bootstrap(intervals)
    groups: dict[tuple, list[RunRow]] = defaultdict(list)
    for r in rows:
        groups[config_key(r)].append(r)
    limits = bounds(rows)
    out = []
    for key in sorted(groups, key=_sort_key):
        runs = sorted(groups[key], key=lambda r: r.seed)
        s = config_interval(
            {r.seed: r.value for r in runs}, {r.seed: r.example_scores for r in runs}, runs[0].metric, bootstrap
        )
        task, lm, encoder, fraction, method = key
        setting = limits.get((task, lm, fraction), {})
        lower, upper = setting.get("lower"), setting.get("upper")
        out.append(
            {
                "task": task,
                "lm": lm,
                "lm_params": runs[0].lm_params,
                "encoder": encoder,
                "fraction": fraction,
                "method": method,
                "trainable": runs[0].trainable,
                "metric": runs[0].metric,
                "n": s.n_seeds,
                "mean": s.mean,
                "sd": s.sd,
                "ci_low": s.low,
                "ci_high": s.high,
                "ci_half": s.half_width,  # half the width (a bootstrap interval need not be symmetric)
                "interval": s.method,
                "n_examples": s.n_examples,
                "lower": lower,
                "upper": upper,
                "position": position(s.mean, lower, upper),
                "seeds": " ".join(str(r.seed) for r in runs),
                "values": " ".join(f"{r.value:.2f}" for r in runs),
            }
        )
    return out


def compare_systems(runs_a: dict[int, RunRow], runs_b: dict[int, RunRow], bootstrap: Bootstrap) -> dict[str, Any]:
    """System A against system B (each seed -> its run, the same task, LM and data fraction): the
    paired t-test by seed (:func:`reports.stats.paired_test`) and, unless ``bootstrap`` asks for t
    only, the paired bootstrap by example (:func:`reports.stats.paired_bootstrap`) and McNemar's
    exact test (:func:`reports.stats.mcnemar`, accuracy metrics); None where it could not be made (a
    run of the pair without per-example scores, fewer than two seed pairs for the t-test).
    Differences are A - B; ``mcnemar_a_only`` counts the (seed, example) pairs only A got right."""
    test = paired_test({s: r.value for s, r in runs_a.items()}, {s: r.value for s, r in runs_b.items()})
    scores_a = {s: r.example_scores for s, r in runs_a.items()}
    scores_b = {s: r.example_scores for s, r in runs_b.items()}
    metric = next(iter(runs_a.values())).metric
    by_example = mc = None
    if bootstrap.config.method == "bootstrap":
        by_example = paired_bootstrap(scores_a, scores_b, metric, bootstrap)
        mc = mcnemar(scores_a, scores_b, metric, bootstrap)
    return {
        "n_pairs": test.n,
        "mean_diff": test.mean_diff,
        "ci_half": test.half_width,
        "t": test.t,
        "p": test.p,
        "metric": metric,
        "n_examples": by_example.n_examples if by_example and by_example.n_examples else None,
        "boot_diff": by_example.mean_diff if by_example else None,
        "boot_low": by_example.low if by_example else None,
        "boot_high": by_example.high if by_example else None,
        "boot_p": by_example.p if by_example else None,
        "mcnemar_a_only": mc.a_only if mc and mc.n else None,
        "mcnemar_b_only": mc.b_only if mc and mc.n else None,
        "mcnemar_p": mc.p if mc else None,
    }


def _systems(rows: list[RunRow]) -> dict[tuple, dict[tuple, dict[int, RunRow]]]:
    """(task, LM, fraction) -> (method, encoder) -> seed -> run."""
    by_setting: dict[tuple, dict[tuple, dict[int, RunRow]]] = defaultdict(lambda: defaultdict(dict))
    for r in rows:
        by_setting[(r.task, r.lm, r.fraction)][(r.method, r.encoder)][r.seed] = r
    return by_setting


def paired_rows(rows: list[RunRow], intervals: IntervalConfig | Bootstrap | None = None) -> list[dict[str, Any]]:
    """Every pair of configurations of a (task, LM, data fraction): the paired t-test by seed and,
    unless ``intervals`` asks for t only, the paired bootstrap by example and McNemar's exact test
    (accuracy metrics); None where a run of the pair has no per-example scores (:func:`compare_systems`)."""
    bootstrap = _bootstrap(intervals)
    by_setting = _systems(rows)
    out = []
    for setting in sorted(by_setting, key=_sort_key):
        systems = by_setting[setting]
        for a, b in combinations(sorted(systems), 2):
            task, lm, fraction = setting
            out.append(
                {
                    "task": task,
                    "lm": lm,
                    "fraction": fraction,
                    "method_a": a[0],
                    "encoder_a": a[1],
                    "method_b": b[0],
                    "encoder_b": b[1],
                    **compare_systems(systems[a], systems[b], bootstrap),
                }
            )
    return out


ALPHA = 0.05  # the verdict's threshold on the two-sided p-value
VERDICT_BOOTSTRAP = "paired bootstrap by example"
VERDICT_T = "paired t-test by seed"
# the fields of compare_systems a control row gives per bound (as lower_<key>, upper_<key>)
COMPARED = (
    "n_pairs",
    "mean_diff",
    "ci_half",
    "t",
    "p",
    "n_examples",
    "boot_diff",
    "boot_low",
    "boot_high",
    "boot_p",
    "mcnemar_a_only",
    "mcnemar_b_only",
    "mcnemar_p",
)


def verdict(stats: dict[str, Any]) -> tuple[str, str | None]:
    """The verdict on one :func:`compare_systems` result and the test it rests on: the by-example
    paired bootstrap's p where there is one, else the by-seed paired t-test's. ``above (p<0.05)`` /
    ``below (p<0.05)`` when that p is below :data:`ALPHA`, in the direction of that test's mean
    difference (A - B); ``not separable (p=...)`` otherwise; None when neither test could be
    made (both None)."""
    if stats.get("boot_p") is not None:
        p, diff, test = stats["boot_p"], stats["boot_diff"], VERDICT_BOOTSTRAP
    elif stats.get("p") is not None:
        p, diff, test = stats["p"], stats["mean_diff"], VERDICT_T
    else:
        return None, None
    if p < ALPHA and diff is not None and diff != 0:
        return f"{'above' if diff > 0 else 'below'} (p<{ALPHA:g})", test
    return f"not separable (p={pvalue(p)})", test


def control_rows(rows: list[RunRow], intervals: IntervalConfig | Bootstrap | None = None) -> list[dict[str, Any]]:
    """Each configuration against the controls of its (task, LM, data fraction) (:func:`controls`:
    the lower bound, the blind control, and the upper bound, the text oracle): one row per
    configuration that is not a control, in a setting with at least one control, holding its mean
    over seeds and, per bound (``lower_*``, ``upper_*``), the control it is compared with, that
    control's mean and :func:`compare_systems` with A = the configuration and B = the control
    (differences are configuration - control), and ``lower_verdict`` (:func:`verdict`) with
    ``lower_verdict_test``. The upper control's own configurations get one row each, against the
    lower control only (the room between the bounds); the lower control's get none. Fields of a
    bound the setting lacks are None."""
    bootstrap = _bootstrap(intervals)
    by_setting = _systems(rows)
    chosen = controls(rows)
    out = []
    for setting in sorted(by_setting, key=_sort_key):
        bounds_here = chosen.get(setting, {})
        if not bounds_here:
            continue
        systems = by_setting[setting]
        order = sorted(systems, key=lambda k: (control_kind(k[0]) == "upper", *_sort_key(k)))
        for system in order:
            kind = control_kind(system[0])
            if kind == "lower" or (kind == "upper" and "lower" not in bounds_here):
                continue
            runs = systems[system]
            values = [r.value for r in runs.values() if r.value is not None]
            task, lm, fraction = setting
            row: dict[str, Any] = {
                "method": system[0],
                "encoder": system[1],
                "task": task,
                "lm": lm,
                "fraction": fraction,
                "metric": next(iter(runs.values())).metric,
                "n": len(values),
                "mean": summarize(values).mean if values else None,
                "seeds": " ".join(str(s) for s in sorted(runs)),
            }
            for bound in ("lower", "upper"):
                target = None if kind == bound else bounds_here.get(bound)  # the upper control: against blind only
                stats = compare_systems(runs, systems[target[1]], bootstrap) if target else {}
                row[f"{bound}_control"] = target[1][0] if target else None
                row[f"{bound}_mean"] = target[0] if target else None
                for key in COMPARED:
                    row[f"{bound}_{key}"] = stats.get(key)
                if bound == "lower":
                    row["lower_verdict"], row["lower_verdict_test"] = verdict(stats)
            out.append(row)
    return out


def ood_rows(rows: list[RunRow]) -> list[dict[str, Any]]:
    groups: dict[tuple, list[RunRow]] = defaultdict(list)
    for r in rows:
        if r.ood:
            groups[config_key(r)].append(r)
    out = []
    for key in sorted(groups, key=_sort_key):
        runs = groups[key]
        targets = sorted({t for r in runs for t in r.ood})
        task, lm, encoder, fraction, method = key
        in_dist = summarize([r.value for r in runs])
        for target in targets:
            have = [r for r in runs if target in r.ood]
            shifted = summarize([r.ood[target] for r in have])
            gap = summarize([r.ood[target] - r.value for r in have])
            out.append(
                {
                    "train_task": task,
                    "eval_task": target[0],
                    "variant": target[1],
                    "lm": lm,
                    "encoder": encoder,
                    "fraction": fraction,
                    "method": method,
                    "n": len(have),
                    "in_dist": in_dist.mean,
                    "in_dist_ci_half": in_dist.half_width,
                    "shifted": shifted.mean,
                    "shifted_ci_half": shifted.half_width,
                    "gap": gap.mean,
                    "gap_ci_half": gap.half_width,
                }
            )
    return out


# -- shown columns (reports.tables writes them) ---------------------------------------------------
def _count(v: Any) -> str:
    return text(v if is_missing(v) else int(v))


COMPARISON_COLUMNS = [
    Column("task", "task"),
    Column("lm", "LM"),
    Column("lm_params", "LM params", integer),
    Column("encoder", "encoder"),
    Column("fraction", "fraction", frac),
    Column("method", "method"),
    Column("trainable", "trainable params", integer),
    Column("metric", "metric"),
    Column("n", "seeds"),
    Column("mean", "mean", num()),
    Column("ci_low", "95% CI low", num()),
    Column("ci_high", "95% CI high", num()),
    Column("interval", "interval"),
    Column("lower", "lower (blind)", num()),
    Column("upper", "upper (oracle)", num()),
    Column("position", "position", num()),
    Column("values", "per seed"),
]
PAIRED_COLUMNS = [
    Column("task", "task"),
    Column("lm", "LM"),
    Column("fraction", "fraction", frac),
    Column("method_a", "A"),
    Column("method_b", "B"),
    Column("n_pairs", "pairs"),
    Column("mean_diff", "mean A-B", num()),
    Column("ci_half", "95% CI ±", num()),
    Column("t", "t", num(3)),
    Column("p", "p (two-sided)", pvalue),
    Column("n_examples", "example pairs", _count),
    Column("boot_low", "bootstrap 95% CI low", num()),
    Column("boot_high", "bootstrap 95% CI high", num()),
    Column("boot_p", "p (bootstrap)", pvalue),
    Column("mcnemar_a_only", "only A right", _count),
    Column("mcnemar_b_only", "only B right", _count),
    Column("mcnemar_p", "p (McNemar)", pvalue),
]


def _bound_columns(bound: str, name: str) -> list[Column]:
    return [
        Column(f"{bound}_mean_diff", f"method - {name}", num()),
        Column(f"{bound}_p", f"p t-test ({name})", pvalue),
        Column(f"{bound}_boot_low", f"bootstrap 95% CI low ({name})", num()),
        Column(f"{bound}_boot_high", f"bootstrap 95% CI high ({name})", num()),
        Column(f"{bound}_boot_p", f"p bootstrap ({name})", pvalue),
        Column(f"{bound}_mcnemar_a_only", f"only method right ({name})", _count),
        Column(f"{bound}_mcnemar_b_only", f"only {name} right", _count),
        Column(f"{bound}_mcnemar_p", f"p McNemar ({name})", pvalue),
    ]


CONTROL_COLUMNS = [
    Column("method", "method"),
    Column("encoder", "encoder"),
    Column("task", "task"),
    Column("lm", "LM"),
    Column("fraction", "fraction", frac),
    Column("metric", "metric"),
    Column("n", "seeds"),
    Column("mean", "mean", num()),
    *_bound_columns("lower", "blind"),
    Column("lower_verdict", "verdict (blind)"),
    *_bound_columns("upper", "oracle"),
]
OOD_COLUMNS = [
    Column("method", "method"),
    Column("lm", "LM"),
    Column("fraction", "fraction", frac),
    Column("train_task", "trained on"),
    Column("eval_task", "evaluated on"),
    Column("variant", "variant"),
    Column("n", "seeds"),
    Column("in_dist", "in-distribution", num()),
    Column("shifted", "shifted", num()),
    Column("gap", "gap", num()),
    Column("gap_ci_half", "gap 95% CI ±", num()),
]


# -- the headline table: one row per method, one column per setting ------------------------------
HEADLINE_MARKS = {"above": "▲", "below": "▼", "not separable": "="}  # the verdict against blind, by its first words
TRAINED = " (trained)"  # the suffix reports.rows gives a trained encoder's label
NOT_RUN = "-"  # a headline cell for a system not run in that setting
# the fields of a headline_rows cell, in the CSV's order
HEADLINE_FIELDS = (
    "label",
    "method",
    "encoder",
    "control",
    "mean_position",
    "task",
    "lm",
    "lm_params",
    "fraction",
    "setting",
    "metric",
    "n",
    "mean",
    "ci_low",
    "ci_high",
    "interval",
    "lower",
    "upper",
    "position",
    "lower_verdict",
    "lower_verdict_test",
    "mark",
    "trainable",
)


def setting_label(task: str, lm: str, fraction: float) -> str:
    """A headline column's header: ``easy-vqa · smollm2-135m · 10%``."""
    return f"{task} · {lm} · {fraction * 100:g}%"


def _setting_order(r: dict[str, Any]) -> tuple:
    """Task, then LM by its parameter count (smallest first; an LM without a count, 0 or missing,
    after, by name), then data fraction."""
    params = r["lm_params"]
    known = not is_missing(params) and params > 0
    return (str(r["task"]), *((0, params) if known else (1, 0)), str(r["lm"]), r["fraction"])


# the wrappers that read video or audio with an image encoder: ``frames:X`` / ``frames16:X``
# (benchmark.backbones.video.FRAMES_PREFIX) and ``spectrogram:X`` (benchmark.backbones.audio.
# SPECTROGRAM_PREFIX); written out here so that reports need not import the backbones (a test holds
# them equal)
MODALITY_WRAPPER = re.compile(r"^(?:frames\d*|spectrogram):(.+)$")


def system_encoder(encoder: str) -> str:
    """The encoder that names a headline system: a video or audio wrapper of an image encoder
    (``frames:X``, ``frames16:X``, ``spectrogram:X``) counts as ``X``, since the same pretrained
    weights read the other modality; a trained encoder keeps its suffix; any other encoder is
    itself."""
    base = encoder.removesuffix(TRAINED)
    match = MODALITY_WRAPPER.match(base)
    if match is None:
        return encoder
    return match.group(1) + (TRAINED if encoder.endswith(TRAINED) else "")


def headline_label(method: str, encoder: str, name_encoder: bool) -> str:
    """A headline row's name: the method, with its encoder when ``name_encoder`` (``epalm · enc``);
    a trained encoder is always told apart (``frozen (trained encoder)``, or ``frozen · enc
    (trained)``); a control, or a method without an encoder, is its name."""
    if control_kind(method) is not None or encoder == NO_ENCODER:
        return method
    if name_encoder:
        return f"{method} · {encoder}"
    return f"{method} (trained encoder)" if encoder.endswith(TRAINED) else method


def headline_rows(comparison: list[dict[str, Any]], controls: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The headline table in long format, one dict per (system, setting) cell that was run, built
    from :func:`comparison_rows` (mean, interval, position, trainable) and :func:`control_rows` (the
    verdict against the blind control), nothing recomputed. A system is (method, encoder), the
    encoder as :func:`system_encoder` reads it (``frames:X`` and ``spectrogram:X`` count as ``X``: one
    method keeps one row across image, video and audio tasks; each cell keeps its own ``encoder``);
    its ``label`` (:func:`headline_label`) names the encoder only when the non-control methods use
    more than one (a trained encoder counted as its base encoder, yet always labelled apart). ``mark``
    is :data:`HEADLINE_MARKS` of ``lower_verdict`` (``▲`` above, ``▼`` below, ``=`` not separable),
    empty for a control's own rows, in a setting without a blind control and where no test could be
    made; the text oracle keeps its ``lower_verdict`` (the room between the bounds) unmarked.
    ``mean_position`` is the mean of ``position`` over the system's settings where it exists (None
    where it exists nowhere). Ordered as the table's rows (the upper control first, then the methods
    by ``mean_position``, highest first, those without one after, then the lower control; equals by
    label), and within a row by setting (:func:`_setting_order`)."""
    verdicts = {(c["task"], c["lm"], c["fraction"], c["method"], c["encoder"]): c for c in controls}
    methods = [r for r in comparison if control_kind(r["method"]) is None and r["encoder"] != NO_ENCODER]
    name_encoder = len({system_encoder(r["encoder"]).removesuffix(TRAINED) for r in methods}) > 1
    cells: dict[tuple, list[dict[str, Any]]] = defaultdict(list)
    for r in comparison:
        kind = control_kind(r["method"])
        against = verdicts.get((r["task"], r["lm"], r["fraction"], r["method"], r["encoder"]), {})
        verdict_text = against.get("lower_verdict")
        mark = "" if kind or not verdict_text else HEADLINE_MARKS[verdict_text.split(" (")[0]]
        encoder = system_encoder(r["encoder"])
        cells[(r["method"], encoder)].append(
            {
                "label": headline_label(r["method"], encoder, name_encoder),
                "method": r["method"],
                "encoder": r["encoder"],
                "control": kind or "",
                "task": r["task"],
                "lm": r["lm"],
                "lm_params": r["lm_params"],
                "fraction": r["fraction"],
                "setting": setting_label(r["task"], r["lm"], r["fraction"]),
                "metric": r["metric"],
                "n": r["n"],
                "mean": r["mean"],
                "ci_low": r["ci_low"],
                "ci_high": r["ci_high"],
                "interval": r["interval"],
                "lower": r["lower"],
                "upper": r["upper"],
                "position": r["position"],
                "lower_verdict": verdict_text,
                "lower_verdict_test": against.get("lower_verdict_test"),
                "mark": mark,
                "trainable": r["trainable"],
            }
        )
    group = {"upper": 0, None: 1, "lower": 2}
    order = []
    for system, row_cells in cells.items():
        positions = [c["position"] for c in row_cells if not is_missing(c["position"])]
        mean_position = sum(positions) / len(positions) if positions else None
        for c in row_cells:
            c["mean_position"] = mean_position
        rank = (1, 0.0) if mean_position is None else (0, -mean_position)
        order.append(((group.get(control_kind(system[0]), 1), *rank, row_cells[0]["label"]), system))
    return [
        {k: c[k] for k in HEADLINE_FIELDS}
        for _, system in sorted(order)
        for c in sorted(cells[system], key=_setting_order)
    ]


def headline_cell(c: dict[str, Any]) -> str:
    """``mean [ci_low, ci_high]`` and the mark, e.g. ``73.75 [70.00, 77.50] ▲`` (``[n/a]``: no
    interval, e.g. one seed under Student t)."""
    two = num()
    interval = (
        "n/a" if is_missing(c["ci_low"]) or is_missing(c["ci_high"]) else f"{two(c['ci_low'])}, {two(c['ci_high'])}"
    )
    return f"{two(c['mean'])} [{interval}]" + (f" {c['mark']}" if c["mark"] else "")


def _trainable(v: Any) -> str:
    return v if isinstance(v, str) else integer(v)


def headline_table(headline: list[dict[str, Any]]) -> tuple[pd.DataFrame, list[Column]]:
    """The shown headline table from :func:`headline_rows`: one row per system (in that order; its
    encoder as :func:`system_encoder` reads it), a ``method`` column (the label), one column per
    setting headed :func:`setting_label` (in :func:`_setting_order`) holding :func:`headline_cell`
    (``-``: not run there), and ``trainable params``: the count when it is the same in every setting
    the system ran, ``varies`` otherwise (the comparison table gives the per-setting counts). Returns
    the frame of cell texts and its columns."""
    settings = {c["setting"]: c for c in sorted(headline, key=_setting_order)}
    table: dict[tuple, dict[str, Any]] = {}
    for c in headline:
        row = table.setdefault(
            (c["method"], system_encoder(c["encoder"])),
            {"label": c["label"], **dict.fromkeys(settings, NOT_RUN), "counts": []},
        )
        row[c["setting"]] = headline_cell(c)
        row["counts"].append(c["trainable"])
    for row in table.values():
        counts = row.pop("counts")
        known = {v for v in counts if not is_missing(v)}
        if len(known) > 1:
            row["trainable"] = "varies"
        else:  # one count everywhere; n/a where some setting did not record it
            row["trainable"] = known.pop() if known and len(known) == len(set(counts)) else None
    columns = [
        Column("label", "method"),
        *(Column(s, s) for s in settings),
        Column("trainable", "trainable params", _trainable),
    ]
    frame = pd.DataFrame(list(table.values()), columns=[c.key for c in columns], dtype=object)
    return frame, columns
