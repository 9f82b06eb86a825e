"""VQA accuracy, reproducing the official evaluation code digit for digit.

Reference: GT-Vision-Lab/VQA, ``PythonEvaluationTools/vqaEvaluation/vqaEval.py`` at its latest
commit (a013f00, "Fixed processing answers bug", 2021). Re-written here for Python 3 with the
official behaviour kept, quirks included:

* Whitespace: ``\\n`` and ``\\t`` become spaces and the text is stripped, for the prediction and for
  every ground-truth answer.
* Normalisation happens only when the ground-truth answers disagree (``len(set(gt)) > 1`` after the
  whitespace step). Only then are the answers *and the prediction* passed through
  :func:`process_punctuation` and :func:`process_digit_article`. When all answers are identical the
  prediction is compared verbatim (case-sensitive): ``"Yes"`` scores 0 against ten ``"yes"``.
* :func:`process_punctuation` decides per punctuation mark, looking at the *original* text: the mark
  is deleted if it touches a space or if the text contains a digit-comma-digit anywhere, otherwise it
  becomes a space. ``'`` ``:`` and ``.`` are not in the list.
* The period regex ``(?!<=\\d)(\\.)(?!\\d)`` was meant as a look-behind but is a look-ahead that never
  fails at a period, so every period not followed by a digit is removed (``"5."`` -> ``"5"``), and
  ``re.UNICODE`` is passed as the positional *count* of ``Pattern.sub``, so at most 32 are removed.
* :func:`process_digit_article` lower-cases, maps number words to digits, drops articles, then expands
  contractions; the map's capitalised keys (``"Im"``, ``"Ive"``, ...) can never match and
  ``"somebody'd"`` maps to ``"somebodyd"``.
* Per question: the mean over the leave-one-out subsets of ``min(1, matches / 3)``.
* Reported figures are ``round(100 * sum / n, 2)`` with the rounding of Python 2, which the official
  code runs on: exact ties go away from zero (``12.125`` -> ``12.13``; Python 3 gives ``12.12``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal

CONTRACTIONS = {
    "aint": "ain't",
    "arent": "aren't",
    "cant": "can't",
    "couldve": "could've",
    "couldnt": "couldn't",
    "couldn'tve": "couldn't've",
    "couldnt've": "couldn't've",
    "didnt": "didn't",
    "doesnt": "doesn't",
    "dont": "don't",
    "hadnt": "hadn't",
    "hadnt've": "hadn't've",
    "hadn'tve": "hadn't've",
    "hasnt": "hasn't",
    "havent": "haven't",
    "hed": "he'd",
    "hed've": "he'd've",
    "he'dve": "he'd've",
    "hes": "he's",
    "howd": "how'd",
    "howll": "how'll",
    "hows": "how's",
    "Id've": "I'd've",
    "I'dve": "I'd've",
    "Im": "I'm",
    "Ive": "I've",
    "isnt": "isn't",
    "itd": "it'd",
    "itd've": "it'd've",
    "it'dve": "it'd've",
    "itll": "it'll",
    "let's": "let's",
    "maam": "ma'am",
    "mightnt": "mightn't",
    "mightnt've": "mightn't've",
    "mightn'tve": "mightn't've",
    "mightve": "might've",
    "mustnt": "mustn't",
    "mustve": "must've",
    "neednt": "needn't",
    "notve": "not've",
    "oclock": "o'clock",
    "oughtnt": "oughtn't",
    "ow's'at": "'ow's'at",
    "'ows'at": "'ow's'at",
    "'ow'sat": "'ow's'at",
    "shant": "shan't",
    "shed've": "she'd've",
    "she'dve": "she'd've",
    "she's": "she's",
    "shouldve": "should've",
    "shouldnt": "shouldn't",
    "shouldnt've": "shouldn't've",
    "shouldn'tve": "shouldn't've",
    "somebody'd": "somebodyd",
    "somebodyd've": "somebody'd've",
    "somebody'dve": "somebody'd've",
    "somebodyll": "somebody'll",
    "somebodys": "somebody's",
    "someoned": "someone'd",
    "someoned've": "someone'd've",
    "someone'dve": "someone'd've",
    "someonell": "someone'll",
    "someones": "someone's",
    "somethingd": "something'd",
    "somethingd've": "something'd've",
    "something'dve": "something'd've",
    "somethingll": "something'll",
    "thats": "that's",
    "thered": "there'd",
    "thered've": "there'd've",
    "there'dve": "there'd've",
    "therere": "there're",
    "theres": "there's",
    "theyd": "they'd",
    "theyd've": "they'd've",
    "they'dve": "they'd've",
    "theyll": "they'll",
    "theyre": "they're",
    "theyve": "they've",
    "twas": "'twas",
    "wasnt": "wasn't",
    "wed've": "we'd've",
    "we'dve": "we'd've",
    "weve": "we've",
    "werent": "weren't",
    "whatll": "what'll",
    "whatre": "what're",
    "whats": "what's",
    "whatve": "what've",
    "whens": "when's",
    "whered": "where'd",
    "wheres": "where's",
    "whereve": "where've",
    "whod": "who'd",
    "whod've": "who'd've",
    "who'dve": "who'd've",
    "wholl": "who'll",
    "whos": "who's",
    "whove": "who've",
    "whyll": "why'll",
    "whyre": "why're",
    "whys": "why's",
    "wont": "won't",
    "wouldve": "would've",
    "wouldnt": "wouldn't",
    "wouldnt've": "wouldn't've",
    "wouldn'tve": "wouldn't've",
    "yall": "y'all",
    "yall'll": "y'all'll",
    "y'allll": "y'all'll",
    "yall'd've": "y'all'd've",
    "y'alld've": "y'all'd've",
    "y'all'dve": "y'all'd've",
    "youd": "you'd",
    "youd've": "you'd've",
    "you'dve": "you'd've",
    "youll": "you'll",
    "youre": "you're",
    "youve": "you've",
}
NUMBER_WORDS = {
    "none": "0",
    "zero": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
}
ARTICLES = ("a", "an", "the")
PUNCTUATION = (";", "/", "[", "]", '"', "{", "}", "(", ")", "=", "+", "\\", "_", "-", ">", "<", "@", "`", ",", "?", "!")
PERIOD_STRIP = re.compile(r"(?!<=\d)(\.)(?!\d)")  # sic: a look-ahead, not (?<!\d)
COMMA_STRIP = re.compile(r"(\d)(\,)(\d)")
PERIOD_STRIP_COUNT = int(re.UNICODE)  # the official call passes re.UNICODE (32) as `count`


def clean_whitespace(text: str) -> str:
    """Newlines and tabs to spaces, then strip (applied to predictions and answers alike)."""
    return text.replace("\n", " ").replace("\t", " ").strip()


def process_punctuation(text: str) -> str:
    """The official ``processPunctuation``."""
    out = text
    digit_comma = COMMA_STRIP.search(text) is not None
    for p in PUNCTUATION:
        if p + " " in text or " " + p in text or digit_comma:
            out = out.replace(p, "")
        else:
            out = out.replace(p, " ")
    return PERIOD_STRIP.sub("", out, count=PERIOD_STRIP_COUNT)


def process_digit_article(text: str) -> str:
    """The official ``processDigitArticle``."""
    words = [NUMBER_WORDS.get(w, w) for w in text.lower().split()]
    return " ".join(CONTRACTIONS.get(w, w) for w in words if w not in ARTICLES)


def normalize_answer(text: str) -> str:
    """Punctuation then digit/article processing (as applied when the answers disagree)."""
    return process_digit_article(process_punctuation(text))


def vqa_question_accuracy(prediction: str, gt_answers: Sequence[str]) -> float:
    """Accuracy in [0, 1] of one prediction against its human answers (official semantics)."""
    if not gt_answers:
        raise ValueError("a VQA question needs at least one ground-truth answer")
    answers = [clean_whitespace(a) for a in gt_answers]
    prediction = clean_whitespace(prediction)
    if len(set(answers)) > 1:
        answers = [normalize_answer(a) for a in answers]
        prediction = normalize_answer(prediction)
    accs = []
    for i in range(len(answers)):  # leave answer i out (the official code drops it by answer_id)
        matches = sum(1 for j, a in enumerate(answers) if j != i and a == prediction)
        accs.append(min(1, float(matches) / 3))
    return float(sum(accs)) / len(accs)


def official_round(x: float, ndigits: int = 2) -> float:
    """Python 2's ``round``: correctly rounded, exact ties away from zero."""
    return float(Decimal(x).quantize(Decimal(1).scaleb(-ndigits), rounding=ROUND_HALF_UP))


def _percent(values: list[float]) -> float:
    return 100 * float(sum(values)) / len(values)  # same operation order as the official code


def vqa_accuracy(
    predictions: Mapping[str, str],
    gt: Mapping[str, Sequence[str]],
    answer_types: Mapping[str, str] | None = None,
    question_types: Mapping[str, str] | None = None,
) -> dict[str, float]:
    """Official VQA accuracy over every question of ``gt`` (in its order).

    A question without a prediction scores 0. Returns, in percent: ``accuracy`` (rounded as the
    official code does), ``accuracy_unrounded``, and for each answer type ``accuracy/<type>`` and
    ``accuracy_unrounded/<type>``; with ``question_types`` also
    ``accuracy/question_type/<type>`` and ``accuracy_unrounded/question_type/<type>``.
    """
    if not gt:
        raise ValueError("no questions to score")
    groups: dict[str, list[float]] = {"": []}
    for uid, answers in gt.items():
        pred = predictions.get(uid)
        acc = 0.0 if pred is None else vqa_question_accuracy(pred, answers)
        groups[""].append(acc)
        if answer_types is not None:
            groups.setdefault("/" + answer_types[uid], []).append(acc)
        if question_types is not None:
            groups.setdefault("/question_type/" + question_types[uid], []).append(acc)
    out: dict[str, float] = {}
    for suffix, accs in groups.items():
        out["accuracy" + suffix] = official_round(_percent(accs), 2)
        out["accuracy_unrounded" + suffix] = _percent(accs)
    return out
