"""Comparison tables from finished runs' ``metrics.json`` files.

``bench table runs/`` prints one Markdown row per finished run: method, LM, encoder, data fraction,
seed, the task's headline metric (and its per-type breakdown; caption metrics and retrieval recall
where present, "n/a" where a metric could not be computed), trainable parameters, prefix tokens
added, training step time and evaluation time per example.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from benchmark.errors import DataError


def collect_runs(root: str | Path) -> list[dict[str, Any]]:
    """Every ``metrics.json`` under ``root`` (one per finished run), sorted by task then method."""
    root = Path(root)
    if not root.is_dir():
        raise DataError(f"no runs folder at {root}: expected run folders holding metrics.json")
    runs = []
    for path in sorted(root.glob("*/metrics.json")):
        with open(path) as fh:
            runs.append(json.load(fh))
    if not runs:
        raise DataError(f"no finished runs under {root}: expected {root}/<run>/metrics.json")
    return sorted(runs, key=lambda r: (r["task"], r["lm"], r["method"], r.get("data_fraction", 0), r.get("seed", 0)))


# secondary metrics shown when present: caption metrics besides the headline, retrieval recall
EXTRA_METRICS = ("Bleu_4", "METEOR", "ROUGE_L", "CIDEr", "SPICE", "t2i_recall_at_1", "i2t_recall_at_1")


def _cell(metrics: dict[str, Any], key: str) -> str:
    if key not in metrics:
        return "-"
    value = metrics[key]
    return "n/a" if value is None else f"{value:.2f}"  # None: could not be computed (e.g. SPICE offline)


def markdown_table(runs: list[dict[str, Any]]) -> str:
    sub_keys = sorted({k for r in runs for k in r["metrics"] if "/" in k and k.split("/")[0] == r["metric"]})
    headline = {r["metric"] for r in runs}
    sub_keys += [k for k in EXTRA_METRICS if k not in headline and any(k in r["metrics"] for r in runs)]
    head = [
        "task",
        "method",
        "LM",
        "encoder",
        "fraction",
        "seed",
        "metric",
        "score",
        *[k.split("/", 1)[-1] for k in sub_keys],
        "n eval",
        "trainable params",
        "prefix tokens",
        "train step (s)",
        "eval (ms/example)",
    ]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in runs:
        m = r["metrics"]
        t = r.get("timings", {})
        row = [
            r["task"],
            r["method"],
            r["lm"],
            r.get("encoder") or "-",
            f"{r.get('data_fraction', 1):g}",
            str(r.get("seed", "")),
            r["metric"],
            f"{m[r['metric']]:.2f}",
            *[_cell(m, k) for k in sub_keys],
            str(r.get("n_eval", "")),
            f"{r['parameters']['trainable']:,}",
            str(r.get("prefix_tokens", "")),
            f"{t.get('train_step_s', 0):.2f}",
            f"{1000 * t.get('eval_example_s', 0):.1f}",
        ]
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)
