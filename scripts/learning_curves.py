"""Learning curves per question type from runs trained with periodic validation, against the
language prior on the same validation questions.

Reads each run's ``val_history`` (``metrics.json`` when the run finished, else its latest checkpoint,
so a run still training or stopped can be read; resume it with ``bench run ... --resume``), and
prints one Markdown table: step x run, VQA accuracy overall and per question type.

The prior row is the "absent" rule on the same seeded validation subset: a yes/no question about a
colour or shape is answered as if the shape did not have it (``yes`` when the question is negated,
``no`` otherwise), which is what the blind control learns on easy-VQA (77-80% on yes/no).

With ``--predictions``, the runs are finished runs instead, and for each the yes/no test questions
of its ``predictions.jsonl`` are compared with the "absent" rule: how many predictions are exactly
the rule's answer, the accuracy of each, the questions only one of them answers right, and McNemar's
exact test of those (two-sided).

Usage (the tables in docs/diagnostics.md):

    .venv/bin/python scripts/learning_curves.py runs/curves/epalm runs/curves/text-oracle
    .venv/bin/python scripts/learning_curves.py --predictions runs/below-blind/limber-auto
    .venv/bin/python scripts/learning_curves.py --predictions runs/curves/magma runs/curves/limber runs/curves/epalm
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import pandas as pd
from scipy.stats import binomtest

from benchmark.engine.checkpoint import load_latest_checkpoint
from benchmark.engine.config import RunConfig, update_dataclass
from benchmark.engine.runner import load_data, plan_run

TYPES = ("color", "shape", "yes/no")
NEGATED = re.compile(r"\b(not|no)\b")


def history(run: Path) -> tuple[list, RunConfig, str]:
    """``(val_history, config, state)`` of a run folder."""
    metrics = run / "metrics.json"
    if metrics.is_file():
        record = json.loads(metrics.read_text())
        return record["val_history"], update_dataclass(RunConfig(), record["config"]), "finished"
    ckpt = load_latest_checkpoint(run)
    if ckpt is None:
        raise SystemExit(f"{run}: no metrics.json and no checkpoint")
    config = update_dataclass(RunConfig(), json.loads((run / "run_record.json").read_text()).get("config", {}))
    return ckpt.extra.get("val_history", []), config, f"checkpoint at step {ckpt.step}"


def absent_answer(prompt: str) -> str:
    """The "absent" rule's answer to a yes/no question (the prompt up to "Answer:")."""
    return "yes" if NEGATED.search(prompt.split("Answer:")[0]) else "no"


def absent_agreement(run: Path) -> dict:
    """On the yes/no questions of a finished run's predictions: how many predictions equal the
    "absent" rule's answer, and the accuracy of the run and of the rule (exact match with the
    references' answer, easy-VQA has one)."""
    rows = [json.loads(line) for line in (run / "predictions.jsonl").read_text().splitlines() if line.strip()]
    yes_no = [r for r in rows if set(r["references"]) <= {"yes", "no"}]
    rule = [absent_answer(r["prompt"]) for r in yes_no]
    run_right = [r["prediction"] == r["references"][0] for r in yes_no]
    rule_right = [a == r["references"][0] for r, a in zip(yes_no, rule, strict=True)]
    run_only = sum(x and not y for x, y in zip(run_right, rule_right, strict=True))
    rule_only = sum(y and not x for x, y in zip(run_right, rule_right, strict=True))
    return {
        "run": run.name,
        "yes/no questions": len(yes_no),
        "same as the rule": sum(r["prediction"] == a for r, a in zip(yes_no, rule, strict=True)),
        "run accuracy": 100.0 * sum(run_right) / len(yes_no),
        "rule accuracy": 100.0 * sum(rule_right) / len(yes_no),
        "run right, rule wrong": run_only,
        "rule right, run wrong": rule_only,
        # McNemar's exact test: two-sided binomial test of the discordant questions at 1/2
        "McNemar p": f"{binomtest(run_only, run_only + rule_only).pvalue if run_only + rule_only else 1.0:.2g}",
    }


def absent_prior(config: RunConfig) -> dict[str, float]:
    """Accuracy of the "absent" rule per question type on the run's validation subset."""
    data = load_data(plan_run(config))
    right: dict[str, list[bool]] = {t: [] for t in TYPES}
    for ex in data.val:
        kind = ex.meta["question_type"]
        if kind == "yes/no":
            right[kind].append(absent_answer(ex.prompt) == ex.target)
    out = {f"{t}": 100.0 * sum(v) / len(v) for t, v in right.items() if v}
    out["n val"] = len(data.val)
    out["n yes/no"] = len(right["yes/no"])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("runs", nargs="+", type=Path)
    parser.add_argument("--predictions", action="store_true", help="compare finished runs' yes/no answers")
    args = parser.parse_args()
    if args.predictions:
        table = pd.DataFrame([absent_agreement(run) for run in args.runs])
        for column in ("run accuracy", "rule accuracy"):
            table[column] = table[column].map("{:.2f}".format)
        print(table.to_markdown(index=False, disable_numparse=True))  # p-values keep their exponent
        return
    rows = []
    prior = None
    for run in args.runs:
        hist, config, state = history(run)
        print(f"{run}: {config.method}, {len(hist)} evaluations, {state}")
        prior = prior or absent_prior(config)
        for step, metrics in hist:
            row = {"run": run.name, "step": int(step), "overall": metrics["vqa_accuracy"]}
            for t in TYPES:
                row[t] = metrics.get(f"vqa_accuracy/question_type/{t}")
            rows.append(row)
    table = pd.DataFrame(rows).pivot_table(index="step", columns="run", values=["overall", *TYPES])
    table.columns = [f"{run} {metric}" for metric, run in table.columns]
    print()
    print(table.sort_index(axis=1).to_markdown(floatfmt=".2f"))
    print(
        f"\nthe 'absent' rule on the same {prior['n val']} validation questions: "
        f"yes/no {prior['yes/no']:.2f} ({prior['n yes/no']} questions)"
    )


if __name__ == "__main__":
    main()
