"""Comparison tables from run rows: per-configuration mean and 95% CI over seeds, paired tests
between methods, and out-of-distribution gaps; each written as Markdown, LaTeX and CSV.

A *configuration* is (task, LM, encoder, data fraction, method); its seeds are the repeats. Paired
tests compare two methods on the same (task, LM, data fraction), pairing runs by seed. The OOD table
gives, per configuration and evaluation target, the in-distribution score, the shifted score and
their gap (shifted - in-distribution, paired by seed, with its 95% CI).
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

from reports.collect import RunRow
from reports.stats import paired_test, summarize


def config_key(r: RunRow) -> tuple:
    return (r.task, r.lm, r.encoder, r.fraction, r.method)


def _sort_key(k: tuple) -> tuple:
    return tuple((0, x) if isinstance(x, (int, float)) else (1, str(x)) for x in k)


def comparison_rows(rows: list[RunRow]) -> list[dict[str, Any]]:
    groups: dict[tuple, list[RunRow]] = defaultdict(list)
    for r in rows:
        groups[config_key(r)].append(r)
    out = []
    for key in sorted(groups, key=_sort_key):
        runs = sorted(groups[key], key=lambda r: r.seed)
        s = summarize([r.value for r in runs])
        task, lm, encoder, fraction, method = key
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
                "n": s.n,
                "mean": s.mean,
                "sd": s.sd,
                "ci_low": s.low,
                "ci_high": s.high,
                "ci_half": s.half_width,
                "seeds": " ".join(str(r.seed) for r in runs),
                "values": " ".join(f"{r.value:.2f}" for r in runs),
            }
        )
    return out


def paired_rows(rows: list[RunRow]) -> list[dict[str, Any]]:
    by_setting: dict[tuple, dict[tuple, dict[int, float]]] = defaultdict(lambda: defaultdict(dict))
    for r in rows:
        by_setting[(r.task, r.lm, r.fraction)][(r.method, r.encoder)][r.seed] = r.value
    out = []
    for setting in sorted(by_setting, key=_sort_key):
        systems = by_setting[setting]
        for a, b in combinations(sorted(systems), 2):
            test = paired_test(systems[a], systems[b])
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


# -- writers ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Column:
    key: str
    header: str
    fmt: Callable[[Any], str] = str


def num(digits: int = 2) -> Callable[[Any], str]:
    return lambda v: "n/a" if v is None else f"{v:.{digits}f}"


def pvalue(v: Any) -> str:
    return "n/a" if v is None else (f"{v:.4f}" if v >= 1e-4 else f"{v:.1e}")


def integer(v: Any) -> str:
    return f"{int(v):,}"


def frac(v: Any) -> str:
    return f"{v:g}"


def mean_ci(row: dict[str, Any], mean: str = "mean", half: str = "ci_half") -> str:
    return f"{row[mean]:.2f}" + ("" if row.get(half) is None else f" ± {row[half]:.2f}")


def to_markdown(rows: list[dict[str, Any]], columns: list[Column]) -> str:
    lines = ["| " + " | ".join(c.header for c in columns) + " |", "|" + "---|" * len(columns)]
    for row in rows:
        lines.append("| " + " | ".join(c.fmt(row[c.key]) for c in columns) + " |")
    return "\n".join(lines) + "\n"


_LATEX = {
    "\\": r"\textbackslash{}",
    "&": r"\&",
    "%": r"\%",
    "_": r"\_",
    "#": r"\#",
    "$": r"\$",
    "{": r"\{",
    "}": r"\}",
    "±": r"$\pm$",
}


def _latex_escape(text: str) -> str:
    return "".join(_LATEX.get(ch, ch) for ch in text)


def to_latex(rows: list[dict[str, Any]], columns: list[Column], caption: str) -> str:
    spec = "l" * len(columns)
    lines = [
        r"\begin{table}[t]",
        r"\centering",
        r"\small",
        rf"\begin{{tabular}}{{{spec}}}",
        r"\toprule",
        " & ".join(_latex_escape(c.header) for c in columns) + r" \\",
        r"\midrule",
    ]
    for row in rows:
        lines.append(" & ".join(_latex_escape(c.fmt(row[c.key])) for c in columns) + r" \\")
    lines += [r"\bottomrule", r"\end{tabular}", rf"\caption{{{_latex_escape(caption)}}}", r"\end{table}"]
    return "\n".join(lines) + "\n"


def to_csv(rows: list[dict[str, Any]]) -> str:
    """Every field of every row, unformatted (full precision; empty for n/a)."""
    if not rows:
        return ""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
    return buf.getvalue()


def write_table(
    folder: Path, stem: str, rows: list[dict[str, Any]], columns: list[Column], caption: str
) -> dict[str, Path]:
    from benchmark.engine.io import atomic_write_text

    return {
        "md": atomic_write_text(folder / f"{stem}.md", to_markdown(rows, columns)),
        "tex": atomic_write_text(folder / f"{stem}.tex", to_latex(rows, columns, caption)),
        "csv": atomic_write_text(folder / f"{stem}.csv", to_csv(rows)),
    }


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
