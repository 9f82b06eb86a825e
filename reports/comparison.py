"""Comparison tables from run rows: per-configuration mean and 95% interval, paired tests between
methods, and out-of-distribution gaps; each written as Markdown, LaTeX and CSV.

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
tests compare two methods on the same (task, LM, data fraction), pairing runs by seed. The OOD table
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


def bounds(rows: list[RunRow]) -> dict[tuple, dict[str, float]]:
    """(task, LM, fraction) -> {"lower": ..., "upper": ...}: the highest configuration mean of the
    controls declaring that bound (a bound without a scored control run is absent)."""
    out: dict[tuple, dict[str, float]] = defaultdict(dict)
    values: dict[tuple, list[float]] = defaultdict(list)
    for r in rows:
        kind = control_kind(r.method)
        if kind in ("lower", "upper") and r.value is not None:
            values[(r.task, r.lm, r.fraction, kind, r.encoder, r.method)].append(r.value)
    for (task, lm, fraction, kind, _, _), vals in values.items():
        mean = summarize(vals).mean
        setting = out[(task, lm, fraction)]
        setting[kind] = max(setting.get(kind, mean), mean)
    return out


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


def paired_rows(rows: list[RunRow], intervals: IntervalConfig | Bootstrap | None = None) -> list[dict[str, Any]]:
    """Every pair of configurations of a (task, LM, data fraction): the paired t-test by seed and,
    unless ``intervals`` asks for t only, the paired bootstrap by example and McNemar's exact test
    (accuracy metrics); None where a run of the pair has no per-example scores."""
    bootstrap = _bootstrap(intervals)
    by_setting: dict[tuple, dict[tuple, dict[int, RunRow]]] = defaultdict(lambda: defaultdict(dict))
    for r in rows:
        by_setting[(r.task, r.lm, r.fraction)][(r.method, r.encoder)][r.seed] = r
    out = []
    for setting in sorted(by_setting, key=_sort_key):
        systems = by_setting[setting]
        for a, b in combinations(sorted(systems), 2):
            runs_a, runs_b = systems[a], systems[b]
            test = paired_test({s: r.value for s, r in runs_a.items()}, {s: r.value for s, r in runs_b.items()})
            scores_a = {s: r.example_scores for s, r in runs_a.items()}
            scores_b = {s: r.example_scores for s, r in runs_b.items()}
            metric = next(iter(runs_a.values())).metric
            by_example = mc = None
            if bootstrap.config.method == "bootstrap":
                by_example = paired_bootstrap(scores_a, scores_b, metric, bootstrap)
                mc = mcnemar(scores_a, scores_b, metric, bootstrap)
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
            )
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
