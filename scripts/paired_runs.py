"""Two systems compared run by run: an ablation against its reference, paired by seed and by example.

    .venv/bin/python scripts/paired_runs.py runs/reference:epalm runs/reference-ablations/1cls:epalm \
        --task easy-vqa --lm smollm2-135m --fraction 0.1 [--label-a "6 [CLS]" --label-b "1 [CLS]"]

Each side is ``DIR[:METHOD]``: the finished run folders under ``DIR`` (``reports.rows.read_run_folders``,
one run per seed, the latest, as ``bench report`` counts them) of ``METHOD`` at the chosen task, LM and
training fraction. The two sides may hold the same method name: a sweep with other ``method_options``
(an ablation) writes to a folder of its own, and this is how its runs are told apart, where ``bench
report`` would count them as one configuration. Prints one Markdown row: each side's mean over its
seeds, the difference A - B with the paired t-test by seed, the paired bootstrap by example (95% CI,
p) and McNemar's exact test for accuracy metrics (``reports.comparison.compare_systems``, the same
numbers as the report's paired tests). Seeds present on one side only are left out and named.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def side(spec: str, task: str, lm: str, fraction: float) -> dict[int, object]:
    """seed -> run of ``DIR[:METHOD]`` at (task, lm, fraction); refuses zero or several methods."""
    from benchmark.errors import DataError
    from reports.rows import mixed_settings, read_run_folders, unique_seeds

    folder, _, method = spec.partition(":")
    rows, _ = unique_seeds(read_run_folders(folder))
    rows = [r for r in rows if r.task == task and r.lm == lm and abs(r.fraction - fraction) < 1e-12]
    methods = sorted({r.method for r in rows})
    if method:
        rows = [r for r in rows if r.method == method]
    elif len(methods) > 1:
        raise SystemExit(f"error: {folder} holds {', '.join(methods)} at this setting; name one as {folder}:METHOD")
    if not rows:
        raise SystemExit(f"error: no finished run of {spec} on {task} ({lm}, fraction {fraction:g})")
    try:
        mixed_settings(rows)  # one side's seeds must be repeats of one recipe
    except DataError as exc:
        raise SystemExit(f"error: {spec}: {exc}") from None
    return {r.seed: r for r in rows}


def compare(a: str, b: str, task: str, lm: str, fraction: float, label_a: str = "", label_b: str = "") -> str:
    from reports.comparison import compare_systems
    from reports.stats import Bootstrap
    from reports.tables import bootstrap_p

    runs_a, runs_b = side(a, task, lm, fraction), side(b, task, lm, fraction)
    seeds = sorted(set(runs_a) & set(runs_b))
    if not seeds:
        raise SystemExit(f"error: {a} and {b} share no seed")
    dropped = sorted(set(runs_a) ^ set(runs_b))
    runs_a, runs_b = {s: runs_a[s] for s in seeds}, {s: runs_b[s] for s in seeds}
    c = compare_systems(runs_a, runs_b, Bootstrap())

    def f(x, fmt="{:+.2f}"):
        return "n/a" if x is None else fmt.format(x)

    mean_a = statistics.mean(r.value for r in runs_a.values())
    mean_b = statistics.mean(r.value for r in runs_b.values())
    seed_test = f"{f(c['mean_diff'])} ± {f(c['ci_half'], '{:.2f}')}, p {f(c['p'], '{:.4f}')}"
    boot = f"{f(c['boot_diff'])} [{f(c['boot_low'])}, {f(c['boot_high'])}], p {bootstrap_p(c['boot_p'])}"
    mc = (
        f"{c['mcnemar_a_only']}/{c['mcnemar_b_only']}, p {f(c['mcnemar_p'], '{:.2g}')}"
        if c["mcnemar_p"] is not None
        else "n/a"
    )
    lines = [
        f"| A | B | seeds | mean A ({c['metric']}) | mean B | A - B, paired t by seed | by example (bootstrap 95% CI) "
        "| McNemar A-only/B-only |",
        "|---|---|---|---|---|---|---|---|",
        f"| {label_a or a} | {label_b or b} | {', '.join(map(str, seeds))} | {mean_a:.2f} | {mean_b:.2f} "
        f"| {seed_test} | {boot} | {mc} |",
    ]
    if dropped:
        lines.append(f"\nseeds on one side only, left out: {', '.join(map(str, dropped))}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("a", help="DIR[:METHOD], system A")
    p.add_argument("b", help="DIR[:METHOD], system B")
    p.add_argument("--task", required=True)
    p.add_argument("--lm", required=True)
    p.add_argument("--fraction", type=float, required=True)
    p.add_argument("--label-a", default="")
    p.add_argument("--label-b", default="")
    args = p.parse_args(argv)
    print(compare(args.a, args.b, args.task, args.lm, args.fraction, args.label_a, args.label_b), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
