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
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations
from typing import Any

from reports.rows import RunRow, control_kind
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
