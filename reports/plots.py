"""Report plots, each saved as PNG and PDF (matplotlib, no display needed).

* scaling: metric against frozen-LM parameters (log x), one line per method, 95% CI bars;
* data efficiency: metric against training fraction (log x), one line per method;
* out-of-distribution: per method, the in-distribution score and each shifted target's score;
* efficiency frontier: metric against trainable parameters (log x), every configuration a point,
  the Pareto frontier (no other point is both smaller and better) drawn through them;
* implicit alignment (``bench report ima``): per method, the IMA curves against the LM's hidden state.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

MARKERS = "osD^vP*X"


def _save(fig, folder: Path, stem: str) -> list[Path]:
    from benchmark.engine.io import atomic_path

    paths = []
    for ext in ("png", "pdf"):
        target = folder / f"{stem}.{ext}"
        with atomic_path(target) as tmp:
            fig.savefig(
                tmp, format=ext, dpi=150, bbox_inches="tight", metadata={"CreationDate": None} if ext == "pdf" else None
            )
        paths.append(target)
    plt.close(fig)
    return paths


def _err(rows: list[dict[str, Any]]) -> list[list[float]]:
    """Error bars as ``[below, above]`` from each row's interval ends, so that a clipped or skewed
    (bootstrap) interval is drawn as it is and never past the metric's range; none: zero."""

    def ends(r: dict[str, Any]) -> tuple[float, float]:
        low, high = r.get("ci_low"), r.get("ci_high")
        if low is None or high is None:
            return 0.0, 0.0
        return max(0.0, r["mean"] - low), max(0.0, high - r["mean"])

    pairs = [ends(r) for r in rows]
    return [[p[0] for p in pairs], [p[1] for p in pairs]]


def _lines(ax, groups: dict[str, list[dict[str, Any]]], x_key: str) -> None:
    for i, (method, rows) in enumerate(sorted(groups.items())):
        rows = sorted(rows, key=lambda r: r[x_key])
        ax.errorbar(
            [r[x_key] for r in rows],
            [r["mean"] for r in rows],
            yerr=_err(rows),
            marker=MARKERS[i % len(MARKERS)],
            capsize=3,
            label=method,
        )
    ax.set_xscale("log")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend()


def human(n: float) -> str:
    """135000000 -> 135M, 2126080 -> 2.1M, 670 -> 670."""
    for unit, size in (("B", 1e9), ("M", 1e6), ("K", 1e3)):
        if abs(n) >= size:
            return f"{n / size:.3g}{unit}"
    return f"{n:g}"


def _human_log_ticks(ax) -> None:
    """Log-x tick labels as 1M, 2M, 5M ... (matplotlib's 10^6-style minor labels overlap)."""
    import math

    from matplotlib.ticker import FuncFormatter

    def minor(v, _):
        lead = v / 10 ** math.floor(math.log10(v)) if v > 0 else 0
        return human(v) if round(lead) in (2, 5) and abs(lead - round(lead)) < 1e-6 else ""

    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: human(v)))
    ax.xaxis.set_minor_formatter(FuncFormatter(minor))


def _label_ticks(ax, rows: list[dict[str, Any]], x_key: str, label_key: str | None) -> None:
    """Ticks exactly at the plotted x values (log axes over a narrow range label badly otherwise)."""
    labels: dict[float, str] = {}
    for r in rows:
        value = r[x_key]
        labels[value] = f"{r[label_key]}\n{human(value)}" if label_key else f"{value:g}"
    ax.minorticks_off()
    ax.set_xticks(sorted(labels), [labels[v] for v in sorted(labels)])


def _line_plots(
    comparison: list[dict[str, Any]],
    folder: Path,
    setting_keys: tuple[str, str],
    x_key: str,
    xlabel: str,
    title: str,
    stem: str,
    tick_label: str | None = None,
) -> list[Path]:
    """One plot per setting (two keys of a comparison row) whose rows take at least two values of
    ``x_key``: the metric against ``x_key`` (log x), one line per method."""
    settings: dict[tuple, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for r in comparison:
        settings[tuple(r[k] for k in setting_keys)][r["method"]].append(r)
    out = []
    for setting, groups in sorted(settings.items()):
        if len({r[x_key] for rows in groups.values() for r in rows}) < 2:
            continue
        fig, ax = plt.subplots(figsize=(6, 4))
        _lines(ax, groups, x_key)
        _label_ticks(ax, [r for rows in groups.values() for r in rows], x_key, tick_label)
        names = dict(zip(setting_keys, setting))
        metric = next(iter(groups.values()))[0]["metric"]
        ax.set(xlabel=xlabel, ylabel=metric, title=title.format(**names))
        out += _save(
            fig,
            folder,
            stem.format(**{k: _slug(f"{v:g}" if isinstance(v, float) else str(v)) for k, v in names.items()}),
        )
    return out


def scaling_plots(comparison: list[dict[str, Any]], folder: Path) -> list[Path]:
    """Metric against frozen-LM parameters, per (task, fraction) with at least two LM sizes."""
    return _line_plots(
        comparison,
        folder,
        ("task", "fraction"),
        "lm_params",
        "frozen LM parameters",
        "Scaling: {task}, data fraction {fraction:g}",
        "scaling-{task}-f{fraction}",
        tick_label="lm",
    )


def data_efficiency_plots(comparison: list[dict[str, Any]], folder: Path) -> list[Path]:
    """Metric against the training fraction, per (task, LM) with at least two fractions."""
    return _line_plots(
        comparison,
        folder,
        ("task", "lm"),
        "fraction",
        "fraction of the training split",
        "Data efficiency: {task}, {lm}",
        "data-efficiency-{task}-{lm}",
    )


def ood_plots(ood: list[dict[str, Any]], folder: Path) -> list[Path]:
    """One grouped bar chart per (trained task, LM, fraction): in-distribution, then each target."""
    settings: dict[tuple, list] = defaultdict(list)
    for r in ood:
        settings[(r["train_task"], r["lm"], r["fraction"])].append(r)
    out = []
    for (task, lm, fraction), rows in sorted(settings.items()):
        methods = sorted({r["method"] for r in rows})
        targets = sorted({(r["eval_task"], r["variant"]) for r in rows})
        labels = ["in-distribution"] + [f"{t}\n{v}" if t != task else v for t, v in targets]
        width = 0.8 / len(methods)
        fig, ax = plt.subplots(figsize=(max(6, 1.2 * len(labels)), 4))
        for i, method in enumerate(methods):
            mine = {(r["eval_task"], r["variant"]): r for r in rows if r["method"] == method}
            first = next(iter(mine.values()))
            values = [first["in_dist"]] + [mine[t]["shifted"] if t in mine else float("nan") for t in targets]
            errs = [first["in_dist_ci_half"] or 0.0] + [
                (mine[t]["shifted_ci_half"] or 0.0) if t in mine else 0.0 for t in targets
            ]
            xs = [j + (i - (len(methods) - 1) / 2) * width for j in range(len(labels))]
            ax.bar(xs, values, width, yerr=errs, capsize=2, label=method)
        ax.set_xticks(range(len(labels)), labels, rotation=30, ha="right", fontsize=8)
        ax.set(
            ylabel=rows[0].get("metric", "score"),
            title=f"Out of distribution: trained on {task}, {lm}, fraction {fraction:g}",
        )
        ax.grid(True, axis="y", alpha=0.3)
        ax.legend()
        out += _save(fig, folder, f"ood-{task}-{_slug(lm)}-f{fraction:g}")
    return out


def pareto_front(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Points not dominated by another (fewer or equal parameters and a higher or equal score,
    one of them strictly), sorted by parameters."""
    front = []
    for x, y in sorted(points, key=lambda p: (p[0], -p[1])):
        if not front or y > front[-1][1]:
            front.append((x, y))
    return front


def frontier_plots(comparison: list[dict[str, Any]], folder: Path) -> list[Path]:
    """One plot per (task, fraction): every (method, LM) configuration, and the Pareto frontier."""
    settings: dict[tuple, list] = defaultdict(list)
    for r in comparison:
        settings[(r["task"], r["fraction"])].append(r)
    out = []
    for (task, fraction), rows in sorted(settings.items()):
        fig, ax = plt.subplots(figsize=(6, 4))
        lms = sorted({r["lm"] for r in rows})
        for i, method in enumerate(sorted({r["method"] for r in rows})):
            for r in (r for r in rows if r["method"] == method):
                ax.errorbar(
                    r["trainable"],
                    r["mean"],
                    yerr=_err([r]),
                    marker=MARKERS[lms.index(r["lm"]) % len(MARKERS)],
                    color=f"C{i}",
                    capsize=3,
                    linestyle="none",
                    label=f"{method}" if r["lm"] == lms[0] or len(lms) == 1 else None,
                )
        front = pareto_front([(r["trainable"], r["mean"]) for r in rows])
        ax.plot([p[0] for p in front], [p[1] for p in front], "k--", alpha=0.5, label="Pareto frontier")
        ax.set_xscale("log")
        _human_log_ticks(ax)
        ax.grid(True, which="both", alpha=0.3)
        marker_note = ", ".join(f"{MARKERS[i % len(MARKERS)]} {lm}" for i, lm in enumerate(lms))
        ax.set(
            xlabel="trainable parameters",
            ylabel=rows[0]["metric"],
            title=f"Efficiency frontier: {task}, fraction {fraction:g}\n(markers: {marker_note})",
        )
        ax.legend(fontsize=8)
        out += _save(fig, folder, f"frontier-{task}-f{fraction:g}")
    return out


def ima_plots(records: list[dict[str, Any]], folder: Path) -> list[Path]:
    """One figure per method from the IMA records of ``bench report ima`` (those with numbers): on the
    left, per run, the all-pairs IMA per hidden state (solid, with its ± std band and its layer mean
    dashed), IMA with the perceptual side at its entry layer (dash-dot) and the matched pairs (dotted,
    the suite's addition); on the right the P-vs-P (solid) and T-vs-T (dashed) references."""
    from matplotlib.ticker import MaxNLocator

    by_method: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in records:
        if r.get("available"):
            by_method[r["method"]].append(r)
    out = []

    def values(r: dict[str, Any], key: str) -> list[float]:
        return [float("nan") if v is None else v for v in r[key]]

    for method, rows in sorted(by_method.items()):
        fig, (left, right) = plt.subplots(1, 2, figsize=(12, 4.5), sharex=True)
        for i, r in enumerate(sorted(rows, key=lambda r: r["run"])):
            color, layers = f"C{i % 10}", r["layers"]
            ima, std = values(r, "ima"), values(r, "ima_std")
            left.plot(layers, ima, color=color, marker=".", label=f"{r['run']}: IMA")
            left.fill_between(
                layers, [m - s for m, s in zip(ima, std)], [m + s for m, s in zip(ima, std)], color=color, alpha=0.15
            )
            if r["scalar"].get("ima") is not None:
                left.axhline(r["scalar"]["ima"], color=color, linestyle="--", linewidth=0.8)
            entry = r.get("entry_layer")
            left.plot(
                layers, values(r, "ima0"), color=color, linestyle="-.", label=f"{r['run']}: IMA, P at layer {entry}"
            )
            left.plot(layers, values(r, "matched"), color=color, linestyle=":", label=f"{r['run']}: matched (suite)")
            right.plot(layers, values(r, "pp"), color=color, marker=".", label=f"{r['run']}: P vs P")
            right.plot(layers, values(r, "tt"), color=color, linestyle="--", label=f"{r['run']}: T vs T")
        left.set(
            xlabel="hidden state (0 = LM input)",
            ylabel="cosine similarity",
            title=f"Implicit alignment: {method}\n(perceptual vs text, all pairs; dashed: layer mean)",
        )
        right.set(xlabel="hidden state (0 = LM input)", title=f"References: {method}\n(distinct examples, same layer)")
        for ax in (left, right):
            ax.xaxis.set_major_locator(MaxNLocator(integer=True))
            ax.grid(True, alpha=0.3)
            ax.legend(fontsize=7)
        out += _save(fig, folder, f"ima-{_slug(method)}")
    return out


def _slug(text: str) -> str:
    return "".join(c if c.isalnum() or c in "-." else "-" for c in text)
