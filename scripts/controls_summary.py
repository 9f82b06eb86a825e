"""One compact Markdown table of finished runs between their two controls.

For the run folders under each ``RUNS_DIR`` (``reports.rows.read_run_folders``; one run per
configuration and seed, the latest, as ``bench report`` counts them): per configuration, its score
with the report's interval (``reports.comparison.comparison_rows``: the hierarchical bootstrap over
seeds and test examples), its position between the blind control (0) and the text oracle (1), its
difference from the blind control with the paired bootstrap by example (95% CI and p, method - blind)
and the verdict at p < 0.05 (``reports.comparison.control_rows``), the accuracy per question type
when the runs recorded it, and the trainable parameters. The numbers are those of ``bench report
--runs RUNS_DIR``'s ``comparison`` and ``controls`` tables; this prints only the columns a reader
compares first, sorted by score (the encoder is named after the method only when the rows use
several).

    .venv/bin/python scripts/controls_summary.py runs/compare2 [--fraction 0.1] [--task easy-vqa] [--per-seed]

With ``--per-seed``, one row per configuration with each seed's score and, where the runs recorded
them, each seed's accuracy per question type, seeds in order and joined by " / ": where the mean hides
that one seed learned something the others did not.

The question-type columns are easy-VQA's (color, shape, yes/no), then any other type the runs
recorded, in the order first met (moving-shapes adds axis and direction). ``--task`` keeps one task's
runs.
"""

from __future__ import annotations

import argparse

from reports.comparison import comparison_rows, control_rows
from reports.rows import control_kind, mixed_settings, read_run_folders, unique_seeds
from reports.tables import bootstrap_p

TYPES = ("color", "shape", "yes/no")


def _f(x, fmt="{:.2f}") -> str:
    return "n/a" if x is None else fmt.format(x)


def finished_runs(dirs: list[str], fraction: float | None = None, task: str | None = None) -> list:
    """The finished runs under ``dirs`` (one per configuration and seed, the latest), at ``fraction``
    and of ``task`` when given; a configuration whose seeds were trained with other settings raises."""
    rows, _ = unique_seeds([r for d in dirs for r in read_run_folders(d)])
    if fraction is not None:
        rows = [r for r in rows if abs(r.fraction - fraction) < 1e-12]
    if task is not None:
        rows = [r for r in rows if r.task == task]
    mixed_settings(rows)  # seeds trained with other settings are not repeats
    return rows


def question_types(rows) -> list[str]:
    """easy-VQA's question types, then every other type a run recorded (``<metric>/question_type/<t>``
    in its metrics), in the order first met."""
    found: list[str] = []
    for r in rows:
        prefix = f"{r.metric}/question_type/"
        found += [k[len(prefix) :] for k in r.metrics if k.startswith(prefix) and k[len(prefix) :] not in found]
    return [*TYPES, *(t for t in found if t not in TYPES)]


def summary(dirs: list[str], fraction: float | None = None, task: str | None = None) -> str:
    rows = finished_runs(dirs, fraction, task)
    types = question_types(rows)
    comparison = {(c["task"], c["lm"], c["fraction"], c["method"], c["encoder"]): c for c in comparison_rows(rows)}
    vs = {(c["task"], c["lm"], c["fraction"], c["method"], c["encoder"]): c for c in control_rows(rows)}
    encoders = {key[4] for key in comparison if key[4] != "-"}  # named per row only when they differ
    per_type: dict[tuple, dict[str, list[float]]] = {}
    for r in rows:
        key = (r.task, r.lm, r.fraction, r.method, r.encoder)
        for t in types:
            value = r.metrics.get(f"{r.metric}/question_type/{t}")
            if value is not None:
                per_type.setdefault(key, {}).setdefault(t, []).append(value)
    head = [
        "task",
        "LM",
        "fraction",
        "method",
        "seed(s)",
        "score [95% CI]",
        "position",
        "- blind [95% CI]",
        "p (paired bootstrap)",
        "vs blind",
        *types,
        "trainable",
    ]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for key, c in sorted(comparison.items(), key=lambda kv: (kv[0][:3], -(kv[1]["mean"] or 0))):
        v = vs.get(key, {})
        diff = (
            f"{_f(v.get('lower_boot_diff'), '{:+.2f}')} [{_f(v.get('lower_boot_low'), '{:+.2f}')}, "
            f"{_f(v.get('lower_boot_high'), '{:+.2f}')}]"
            if v.get("lower_boot_diff") is not None
            else "-"
        )
        type_cells = [
            _f(sum(per_type[key][t]) / len(per_type[key][t])) if t in per_type.get(key, {}) else "-" for t in types
        ]
        lines.append(
            "| "
            + " | ".join(
                [
                    key[0],
                    key[1],
                    f"{key[2]:g}",
                    key[3] + (f" ({key[4]})" if len(encoders) > 1 and key[4] != "-" else ""),
                    str(c["seeds"]),
                    f"{_f(c['mean'])} [{_f(c['ci_low'])}, {_f(c['ci_high'])}]",
                    _f(c["position"], "{:+.2f}"),
                    diff,
                    bootstrap_p(v.get("lower_boot_p")) if v else "-",
                    "control"
                    if control_kind(key[3]) == "lower"
                    else (v.get("lower_verdict") or "no control").split(" (")[0],
                    *type_cells,
                    f"{c['trainable']:,}",
                ]
            )
            + " |"
        )
    return "\n".join(lines)


def per_seed(dirs: list[str], fraction: float | None = None, task: str | None = None) -> str:
    """One Markdown row per configuration (sorted like :func:`summary`, by mean score): its seeds, and
    each seed's score and per-question-type accuracy ("n/a" where a run did not record one)."""
    rows = finished_runs(dirs, fraction, task)
    types = question_types(rows)
    groups: dict[tuple, list] = {}
    for r in rows:
        groups.setdefault((r.task, r.lm, r.fraction, r.method, r.encoder), []).append(r)
    encoders = {key[4] for key in groups if key[4] != "-"}
    head = ["task", "LM", "fraction", "method", "seeds", "score", *types]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]

    def mean_score(runs) -> float:
        return sum(r.value for r in runs) / len(runs)

    for key, runs in sorted(groups.items(), key=lambda kv: (kv[0][:3], -mean_score(kv[1]))):
        runs = sorted(runs, key=lambda r: r.seed)
        cells = [" / ".join(_f(r.value) for r in runs)]
        cells += [" / ".join(_f(r.metrics.get(f"{r.metric}/question_type/{t}")) for r in runs) for t in types]
        name = key[3] + (f" ({key[4]})" if len(encoders) > 1 and key[4] != "-" else "")
        seeds = " / ".join(str(r.seed) for r in runs)
        lines.append("| " + " | ".join([key[0], key[1], f"{key[2]:g}", name, seeds, *cells]) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("runs", nargs="+", help="folders of run folders")
    parser.add_argument("--fraction", type=float, default=None, help="only this training fraction")
    parser.add_argument("--task", default=None, help="only this task's runs")
    parser.add_argument("--per-seed", action="store_true", help="each seed's score and per-type accuracy instead")
    args = parser.parse_args()
    from benchmark.errors import BenchError

    try:
        table = per_seed if args.per_seed else summary
        print(table(args.runs, args.fraction, args.task))
    except BenchError as exc:  # a missing folder, seeds trained with other settings: one line
        raise SystemExit(f"error: {exc}") from None


if __name__ == "__main__":
    main()
