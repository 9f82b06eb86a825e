"""COCO caption metrics: hand-computed cases from pycocoevalcap's formulas, agreement with the
official scorers called directly, and the SPICE / Java policies.

The hand-computed cases use lower-case words without punctuation, so PTB tokenisation leaves them
unchanged and the formulas apply to the words as written.
"""

import math
import random

import pytest

from benchmark.errors import DataError
from tasks.metrics import captions
from tasks.metrics.captions import (
    caption_metrics,
    require_java,
    spice_score,
    spice_unavailable_reason,
)

TINY, SMALL = 1e-15, 1e-9  # bleu_scorer.py's smoothing constants
BETA = 1.2  # rouge.py
SIGMA = 6.0  # cider.py

# Two images for BLEU and ROUGE-L.
BLEU_REFS = {
    "cat": ["the cat is on the mat", "there is a cat on the mat"],
    "dog": ["a big dog runs far away", "big dog"],
}
BLEU_PREDS = {"cat": "cat on mat", "dog": "a big brown dog"}


@pytest.fixture(scope="module")
def bleu_case():
    return caption_metrics(BLEU_PREDS, BLEU_REFS)


def test_bleu_by_hand(bleu_case):
    # "cat on mat" (3 words), reference lengths 6 and 7 -> 'closest' = 6.
    #   1-grams cat on mat: 3 of 3 in a reference; 2-grams "cat on" (ref 2), "on mat" (none): 1 of 2;
    #   3-gram "cat on mat": 0 of 1; no 4-gram.
    # "a big brown dog" (4 words), reference lengths 6 and 2: both 2 away, the tie goes to the
    #   shorter (min over (distance, length)) -> 2.
    #   1-grams a big dog: 3 of 4; 2-grams "a big": 1 of 3; 3-grams: 0 of 2; 4-gram: 0 of 1.
    # Corpus: correct 6/7, 2/5, 0/3, 0/1; test length 7, reference length 6 + 2 = 8.
    correct, guess = [6, 2, 0, 0], [7, 5, 3, 1]
    brevity = math.exp(1 - (8 + SMALL) / (7 + TINY))  # ratio (7+tiny)/(8+small) < 1
    product, expected = 1.0, []
    for n in range(4):
        product *= (correct[n] + TINY) / (guess[n] + SMALL)
        expected.append(product ** (1 / (n + 1)) * brevity)
    # Bleu_1 = 6/7 * exp(-1/7) = 0.74; Bleu_2 = sqrt(6/7 * 2/5) * exp(-1/7) = 0.51;
    # Bleu_3 and Bleu_4 have no matches but are tiny**(1/n)-sized, not 0.
    got = [bleu_case[f"Bleu_{n}"] for n in range(1, 5)]
    assert got == pytest.approx(expected, rel=1e-9)
    assert expected[0] == pytest.approx(6 / 7 * math.exp(-1 / 7))
    assert 0 < got[2] < 1e-4 and 0 < got[3] < 1e-3


def test_rouge_l_by_hand(bleu_case):
    def f_score(precision: float, recall: float) -> float:
        return (1 + BETA**2) * precision * recall / (recall + BETA**2 * precision)

    # "cat on mat": LCS 3 with both references -> precision 3/3; recall 3/6 and 3/7 -> best 1/2.
    cat = f_score(1.0, 3 / 6)
    # "a big brown dog": LCS "a big dog" = 3 with ref 1 -> P 3/4, R 3/6; LCS "big dog" = 2 with
    # ref 2 -> P 2/4, R 2/2. Best precision (3/4, ref 1) and best recall (1, ref 2) are taken
    # independently, from different references.
    dog = f_score(3 / 4, 1.0)
    assert bleu_case["ROUGE_L"] == pytest.approx((cat + dog) / 2, rel=1e-12)
    assert dog == pytest.approx(2.44 * 0.75 / (1 + 1.44 * 0.75))


def test_cider_d_by_hand():
    references = {
        "img1": ["a red circle"],
        "img2": ["a blue circle", "the blue circle"],
        "img3": ["a blue square"],
    }
    predictions = {"img1": "a red circle", "img2": "a red circle", "img3": "a blue square square"}
    # idf(g) = log(N) - log(max(1, df(g))), N = 3 images; df counts images whose references hold g
    # (img2's two references count once for "blue circle").
    #   a: df 3 -> 0;  circle, blue, "a blue": df 2 -> log 1.5;  every other reference n-gram: df 1
    #   -> log 3;  n-grams in no reference ("square square", ...): log(max(1, 0)) = 0 -> log 3.
    l3, l15 = math.log(3), math.log(1.5)
    # Per image: for n = 1..4, sum over references of the clipped cosine
    #   sum_g min(h_g, r_g) * r_g / (|h| |r|)   (no division when a norm is 0),
    # times exp(-delta^2 / (2 sigma^2)), delta = difference of the *bigram* counts; then the mean
    # over n, divided by the number of references, times 10.
    #
    # img1: prediction = reference: cosine 1 for n = 1, 2, 3; no 4-grams -> 0.
    img1 = 10 * (1 + 1 + 1 + 0) / 4
    # img2: "a red circle" vs "a blue circle" and "the blue circle": only "circle" is shared.
    #   1-grams: h = (a 0, red l3, circle l15); ref A = (a 0, blue l15, circle l15);
    #   ref B = (the l3, blue l15, circle l15). No shared 2-, 3-, 4-grams. Equal lengths.
    norm_h = math.sqrt(l3**2 + l15**2)
    cos_a = l15 * l15 / (norm_h * math.sqrt(2 * l15**2))
    cos_b = l15 * l15 / (norm_h * math.sqrt(l3**2 + 2 * l15**2))
    img2 = 10 * ((cos_a + 0 + 0 + 0) / 4 + (cos_b + 0 + 0 + 0) / 4) / 2
    # img3: "a blue square square" vs "a blue square".
    #   1-grams: h = (a 0, blue l15, square 2*l3), r = (a 0, blue l15, square l3); clipping:
    #     min(2 l3, l3) * l3 = l3^2.
    #   2-grams: h = (a blue l15, blue square l3, square square l3), r = (a blue l15, blue square l3).
    #   3-grams: h = (a blue square l3, blue square square l3), r = (a blue square l3).
    #   4-grams: h = (a blue square square l3), r = () -> 0.
    #   bigram counts 3 vs 2 -> delta 1 -> penalty exp(-1/72).
    cos1 = (l15**2 + l3**2) / (math.sqrt(l15**2 + 4 * l3**2) * math.sqrt(l15**2 + l3**2))
    cos2 = (l15**2 + l3**2) / (math.sqrt(l15**2 + 2 * l3**2) * math.sqrt(l15**2 + l3**2))
    cos3 = l3**2 / (math.sqrt(2) * l3 * l3)
    img3 = 10 * math.exp(-1 / (2 * SIGMA**2)) * (cos1 + cos2 + cos3 + 0) / 4
    expected = (img1 + img2 + img3) / 3  # (7.5 + 0.448 + 4.834) / 3 = 4.26
    assert caption_metrics(predictions, references)["CIDEr"] == pytest.approx(expected, rel=1e-12)


def _random_case(seed: int = 7):
    words = [
        "a",
        "an",
        "the",
        "red",
        "blue",
        "green",
        "dog",
        "cat",
        "man",
        "woman",
        "sits",
        "runs",
        "on",
        "in",
        "with",
        "near",
        "big",
        "small",
    ]
    rng = random.Random(seed)

    def sentence() -> str:
        text = " ".join(rng.choice(words) for _ in range(rng.randint(2, 8)))
        return text.capitalize() + rng.choice([".", "", " !", ","])

    references = {f"im{i}": [sentence() for _ in range(rng.randint(1, 4))] for i in range(8)}
    predictions = {key: sentence() for key in references if key != "im3"}  # im3: no prediction
    predictions["not-an-image"] = "ignored"
    return predictions, references


def test_wrapper_equals_official_scorers():
    from pycocoevalcap.bleu.bleu import Bleu
    from pycocoevalcap.cider.cider import Cider
    from pycocoevalcap.meteor.meteor import Meteor
    from pycocoevalcap.rouge.rouge import Rouge
    from pycocoevalcap.tokenizer.ptbtokenizer import PTBTokenizer

    predictions, references = _random_case()
    got = caption_metrics(predictions, references)

    # COCOEvalCap.evaluate's sequence, with a missing prediction as the empty string.
    tokenizer = PTBTokenizer()
    gts = tokenizer.tokenize({k: [{"caption": c} for c in refs] for k, refs in references.items()})
    res = tokenizer.tokenize({k: [{"caption": predictions.get(k, "")}] for k in references})
    bleu, _ = Bleu(4).compute_score(gts, res, verbose=0)
    meteor, _ = Meteor().compute_score(gts, res)  # a fresh METEOR process
    rouge, _ = Rouge().compute_score(gts, res)
    cider, _ = Cider().compute_score(gts, res)
    expected = dict(zip(captions.OFFICIAL_NAMES, [*bleu, meteor, rouge, cider]))
    assert {name: got[name] for name in captions.OFFICIAL_NAMES} == pytest.approx(expected, rel=1e-12)
    assert all(type(got[name]) is float for name in captions.OFFICIAL_NAMES)
    assert got["CIDEr"] > 0 and 0 < got["METEOR"] < 1


def test_perfect_beats_mismatch_and_line_breaks_stay_on_their_image():
    references = {"a": ["a red circle"], "b": ["a blue triangle"], "c": ["a green square"]}
    # Case, punctuation and line breaks the Java tokenizer would otherwise split at (\r, U+2028):
    perfect = {"a": "A red\rcircle.", "b": "a Blue triangle!", "c": "a green\u2028square"}
    mismatch = {"a": "a blue triangle", "b": "a green square", "c": "a red circle"}
    good, bad = caption_metrics(perfect, references), caption_metrics(mismatch, references)
    assert good["Bleu_1"] == pytest.approx(1.0) and good["ROUGE_L"] == pytest.approx(1.0)
    assert good["METEOR"] > bad["METEOR"]
    assert good["CIDEr"] > bad["CIDEr"]


def test_spice_never_zero_on_this_machine(bleu_case):
    assert bleu_case["SPICE"] is None or bleu_case["SPICE"] > 0
    if bleu_case["SPICE"] is None:
        assert bleu_case["notes"].startswith("SPICE unavailable: ")
    assert set(captions.OFFICIAL_NAMES) | {"SPICE"} <= set(bleu_case)


def test_spice_unavailable_without_its_jars(tmp_path, monkeypatch):
    monkeypatch.setattr(captions, "spice_dir", lambda: tmp_path)  # an empty pycocoevalcap/spice
    reason = spice_unavailable_reason()
    assert str(tmp_path / "spice-1.0.jar") in reason
    assert str(tmp_path / "lib" / "stanford-corenlp-3.6.0.jar") in reason and "never attempted" in reason
    result = caption_metrics({"x": "a dog", "y": "a cat"}, {"x": ["a dog"], "y": ["the cat"]})
    assert result["SPICE"] is None
    assert result["notes"] == "SPICE unavailable: " + reason


def test_spice_needs_every_jar_of_its_class_path():
    needed = {p.name for p in captions.spice_required_files(captions.spice_dir())}
    assert {
        "spice-1.0.jar",
        "stanford-corenlp-3.6.0.jar",
        "stanford-corenlp-3.6.0-models.jar",
        "Meteor-1.5.jar",
        "SceneGraphParser-1.0.jar",
    } <= needed


class _FakeSpice:
    outcome: object = None

    def compute_score(self, gts, res):
        if isinstance(self.outcome, Exception):
            raise self.outcome
        return self.outcome, []


@pytest.mark.parametrize(
    "outcome, expected, note",
    [
        (RuntimeError("java exited with 1"), None, "SPICE failed (RuntimeError: java exited with 1)"),
        (float("nan"), None, "SPICE returned nan"),
        (0.25, 0.25, None),
    ],
)
def test_spice_run_outcomes(monkeypatch, outcome, expected, note):
    import pycocoevalcap.spice.spice as official_spice

    monkeypatch.setattr(captions, "spice_unavailable_reason", lambda: None)  # "the jars are there"
    monkeypatch.setattr(official_spice, "Spice", type("Spice", (_FakeSpice,), {"outcome": outcome}))
    assert spice_score({"x": ["a dog"]}, {"x": ["a dog"]}) == (expected, note)


def test_java_is_required(monkeypatch):
    monkeypatch.setattr(captions.shutil, "which", lambda name: None)
    with pytest.raises(DataError, match=r"need Java \(PTBTokenizer, METEOR\).*default-jre-headless"):
        require_java()
    with pytest.raises(DataError, match="Java"):
        caption_metrics({"x": "a"}, {"x": ["a"]})
    assert spice_unavailable_reason() == "`java` is not on PATH"


def test_nothing_to_score():
    with pytest.raises(ValueError, match="no images"):
        caption_metrics({}, {})
    with pytest.raises(ValueError, match="no reference"):
        caption_metrics({"x": "a"}, {"x": []})
