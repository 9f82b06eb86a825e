"""GQA's official evaluation (``eval.py`` from gqadataset.org, the version distributed with the
dataset), reproduced for the metrics that the question files alone determine.

Behaviour kept from the official script:

* Only questions with ``isBalanced`` true are scored (every question of a ``*_balanced_questions``
  file is).
* Correct means ``prediction == answer``: exact string equality, no lower-casing, no stripping, no
  punctuation handling ("Yes" and "yes " are wrong for "yes").
* ``accuracy``: mean of 0/1 over scored questions, times 100. ``binary`` / ``open``: the same over
  questions whose structural type is / is not ``query`` (``open`` when ``types.structural == "query"``).
* Per structural type, per semantic type, per number of words (``len(question.split())``) and per
  number of reasoning steps (semantic operations, leaving out those whose ``"<operation>: <argument>"``
  contains ``exist``, ``query: name`` or ``choose name``).
* ``consistency`` (the script's ``--consistency``): for each correctly answered scored question with
  entailed questions other than itself, the accuracy over those entailed questions (each must be in
  the questions file and have a prediction), averaged, times 100. The official script raises when an
  entailed question is missing; here consistency is then ``None`` with a note.
* ``distribution``: the chi-square statistic between the gold and the predicted answer histograms of
  every ``groups.global`` group, weighted by group size, divided by 100 (lower is better).
* The script prints every score with ``{:.2f}``; :func:`gqa_scores` returns the unrounded values and
  the printed ones (``accuracy`` is the printed value, ``accuracy_unrounded`` the exact one).
* An average over an empty list is 0 (the script's ``avg``).

Not computed: ``validity`` and ``plausibility`` need the ``*_choices.json`` files, ``grounding`` needs
attention maps and scene graphs. Without choices the official script reports validity and
plausibility as 0.00%; here they are ``None`` with a note (never 0 for a value that was not measured).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import Any


def _avg(values: list[float]) -> float:
    return 0 if len(values) == 0 else float(sum(values)) / len(values)


def _printed(x: float) -> float:
    return float(f"{x:.2f}")


def steps_number(question: Mapping[str, Any]) -> int:
    return len(
        [
            c
            for c in question.get("semantic", [])
            if not any(o in f"{c['operation']}: {c['argument']}" for o in ("exist", "query: name", "choose name"))
        ]
    )


def _chi_square(gold: dict, predicted: dict) -> float | None:
    total_score, total = 0.0, 0
    for group in gold:
        score, overall = 0.0, 0
        for ans, e in gold[group].items():
            o = predicted[group].get(ans, 0)
            score += float(o - e) ** 2 / e
            overall += e
        total_score += score * overall
        total += overall
    return None if total == 0 else float(total_score) / total


def gqa_scores(
    predictions: Mapping[str, str], questions: Mapping[str, Mapping[str, Any]], consistency: bool = True
) -> dict[str, Any]:
    """Official GQA metrics of ``predictions`` (questionId -> text) over ``questions`` (questionId ->
    the question record of the official file). A scored question without a prediction raises
    ``KeyError``, as in the official script."""
    acc, binary, opened, cons = [], [], [], []
    per_struct, per_sem, per_len, per_steps = (defaultdict(list) for _ in range(4))
    gold_dist = defaultdict(lambda: defaultdict(int))
    pred_dist = defaultdict(lambda: defaultdict(int))
    notes = ["validity and plausibility need the GQA choices files; grounding needs attention maps"]
    cons_ok = consistency
    for qid, q in questions.items():
        if not q.get("isBalanced", True):
            continue
        gold, predicted = q["answer"], predictions[qid]
        correct = predicted == gold
        score = float(1 if correct else 0)
        acc.append(score)
        per_len[len(q["question"].split())].append(score)
        per_steps[steps_number(q)].append(score)
        types = q.get("types", {})
        per_struct[types.get("structural")].append(score)
        per_sem[types.get("semantic")].append(score)
        (opened if types.get("structural") == "query" else binary).append(score)
        group = (q.get("groups") or {}).get("global")
        if group is not None:
            gold_dist[group][gold] += 1
            pred_dist[group][predicted] += 1
        if cons_ok:
            entailed = [e for e in q.get("entailed", []) if e != qid]
            if correct and entailed:
                if any(e not in questions or e not in predictions for e in entailed):
                    cons_ok = False
                    notes.append(
                        "consistency unavailable: some entailed questions are not in the scored "
                        "questions or have no prediction (score the *_all_questions file for it)"
                    )
                else:
                    cons.append(_avg([float(1 if predictions[e] == questions[e]["answer"] else 0) for e in entailed]))
    out: dict[str, Any] = {}
    for key, values in (("accuracy", acc), ("binary", binary), ("open", opened)):
        out[f"{key}_unrounded"] = _avg(values) * 100
        out[key] = _printed(out[f"{key}_unrounded"])
    if consistency and cons_ok:
        out["consistency_unrounded"] = _avg(cons) * 100
        out["consistency"] = _printed(out["consistency_unrounded"])
    else:
        out["consistency"] = None
    chi = _chi_square(gold_dist, pred_dist)
    out["distribution"] = None if chi is None else chi / 100
    out["validity"] = out["plausibility"] = None
    for name, table in (("structural", per_struct), ("semantic", per_sem), ("steps", per_steps), ("words", per_len)):
        for key, values in table.items():
            out[f"accuracy/{name}/{key}"] = _avg(values) * 100
    out["notes"] = "; ".join(notes)
    return out
