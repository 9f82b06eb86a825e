"""Normalised exact match, the accuracy of open-ended video QA (MSRVTT-QA, MSVD-QA).

These datasets have one ground-truth answer per question and no official evaluation script; papers
report exact-match accuracy. Here both the prediction and the answer go through the official VQA
answer normalisation (:func:`tasks.metrics.vqa.clean_whitespace`, then
:func:`tasks.metrics.vqa.normalize_answer`: punctuation, lower-casing, number words to digits, articles
dropped, contractions), so "The Man." matches "man" and "two" matches "2". Accuracy is in percent,
overall and per question type: the question's first word when it is one of what/who/how/when/where
(the five types MSRVTT-QA and MSVD-QA report), else ``other``.
"""

from __future__ import annotations

from collections.abc import Mapping

from tasks.metrics.vqa import clean_whitespace, normalize_answer

QUESTION_WORDS = ("what", "who", "how", "when", "where")


def normalise(text: str) -> str:
    return normalize_answer(clean_whitespace(text))


def question_type(question: str) -> str:
    words = question.strip().lower().split()
    return words[0] if words and words[0] in QUESTION_WORDS else "other"


def exact_match_accuracy(
    predictions: Mapping[str, str], answers: Mapping[str, str], types: Mapping[str, str] | None = None
) -> dict[str, float]:
    """``accuracy`` (percent) of ``predictions`` against ``answers`` (uid -> answer), and
    ``accuracy/<type>`` per ``types[uid]``; a missing prediction is wrong."""
    if not answers:
        raise ValueError("no questions to score")
    groups: dict[str, list[float]] = {"": []}
    for uid, answer in answers.items():
        pred = predictions.get(uid)
        hit = 0.0 if pred is None else float(normalise(pred) == normalise(answer))
        groups[""].append(hit)
        if types is not None:
            groups.setdefault("/" + types[uid], []).append(hit)
    return {"accuracy" + k: 100.0 * sum(v) / len(v) for k, v in groups.items()}
