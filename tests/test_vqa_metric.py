"""VQA accuracy against cases worked out by hand from the official vqaEval.py rules.

Per question the official score is the mean over the leave-one-out subsets of the human answers of
min(1, matches_in_subset / 3). Answers and prediction are normalised only when the answers disagree.
"""

import pytest

from tasks.metrics.vqa import (
    normalize_answer,
    official_round,
    process_punctuation,
    vqa_accuracy,
    vqa_question_accuracy,
)


def test_two_matches_out_of_ten():
    # leaving out one of the 2 "cat":  1 match  -> 1/3   (2 subsets)
    # leaving out one of the 8 "dog":  2 matches -> 2/3  (8 subsets)
    # mean = (2 * 1/3 + 8 * 2/3) / 10 = (18/3) / 10 = 0.6
    assert vqa_question_accuracy("cat", ["cat"] * 2 + ["dog"] * 8) == pytest.approx(0.6)


@pytest.mark.parametrize(
    "matches, expected",
    [
        (0, 0.0),
        (1, 0.3),  # 1 subset without it: 0; 9 subsets: 1/3  -> 9/3/10 = 0.3
        (3, 0.9),  # 3 subsets: 2/3; 7 subsets: 3/3=1     -> (2 + 7)/10 = 0.9
        (4, 1.0),  # 4 subsets: 3/3; 6 subsets: 1          -> 1.0
        (10, 1.0),
    ],
)
def test_number_of_matches(matches, expected):
    answers = ["cat"] * matches + ["dog"] * (10 - matches)
    assert vqa_question_accuracy("cat", answers) == pytest.approx(expected)


def test_leave_one_out_is_by_position_not_value():
    # removing every "cat" when leaving one out would give 0 matches; by position it is 1
    # answers [cat, cat, dog]: leave cat -> 1 match (1/3), leave cat -> 1/3, leave dog -> 2/3
    assert vqa_question_accuracy("cat", ["cat", "cat", "dog"]) == pytest.approx((1 / 3 + 1 / 3 + 2 / 3) / 3)


def test_single_answer_always_scores_zero():
    # one answer: every leave-one-out subset is empty -> 0 matches (why easy-vqa repeats it 10 times)
    assert vqa_question_accuracy("yes", ["yes"]) == 0.0


def test_number_words_to_digits():
    gt = ["2"] * 5 + ["3"] * 5  # disagree -> normalisation on; "two" -> "2", 5 matches -> 1.0
    assert vqa_question_accuracy("two", gt) == 1.0
    assert vqa_question_accuracy("Two", gt) == 1.0
    assert normalize_answer("none") == "0"
    assert normalize_answer("ten") == "10"


def test_articles_dropped():
    gt = ["dog"] * 9 + ["cat"]
    assert vqa_question_accuracy("the dog", gt) == 1.0
    assert vqa_question_accuracy("a dog", gt) == 1.0
    assert normalize_answer("an apple on the table") == "apple on table"


def test_contractions():
    assert normalize_answer("dont") == "don't"  # straight apostrophe in the current official map
    assert normalize_answer("don't") == "don't"  # ' is not in the punctuation list
    gt = ["don't"] * 4 + ["no"] * 6
    assert vqa_question_accuracy("dont", gt) == 1.0  # 4 matches -> 1.0
    # quirks kept: capitalised keys never match after lower-casing; one entry is reversed
    assert normalize_answer("Im") == "im"
    assert normalize_answer("somebody'd") == "somebodyd"


def test_punctuation():
    assert normalize_answer("yes.") == "yes"
    assert normalize_answer("3,000") == "3000"  # digit,digit present -> punctuation deleted
    assert normalize_answer("3,000 (approx)") == "3000 approx"  # all marks deleted, not spaced
    assert normalize_answer("x,y") == "x y"  # no space next to it, no digit,digit -> space
    assert normalize_answer("left-right") == "left right"
    assert normalize_answer("left - right") == "left right"  # " -" present -> deleted
    assert normalize_answer("a-b") == "b"  # "a b", then the article "a" is dropped
    assert normalize_answer("3.5") == "3.5"  # period followed by a digit kept
    assert normalize_answer("5.") == "5"  # the intended look-behind (?<!\d) is a look-ahead
    assert normalize_answer("hi!") == "hi"
    gt = ["yes"] * 9 + ["no"]
    assert vqa_question_accuracy("yes.", gt) == 1.0
    assert vqa_question_accuracy("3,000", ["3000"] * 6 + ["many"] * 4) == 1.0


def test_period_strip_count_is_re_unicode():
    # re.UNICODE (32) is passed as the positional `count` of Pattern.sub: only 32 periods go
    assert process_punctuation("x" + "." * 40) == "x" + "." * 8


def test_case_and_whitespace():
    gt = ["red"] * 8 + ["blue"] * 2
    assert vqa_question_accuracy("  Red\n", gt) == 1.0
    assert vqa_question_accuracy("red\tcar", ["red car"] * 4 + ["car"] * 6) == 1.0


def test_normalisation_only_when_answers_disagree():
    # all ten answers identical: the prediction is compared verbatim (after whitespace cleaning)
    assert vqa_question_accuracy("Yes", ["yes"] * 10) == 0.0
    assert vqa_question_accuracy("yes.", ["yes"] * 10) == 0.0
    assert vqa_question_accuracy("two", ["2"] * 10) == 0.0
    assert vqa_question_accuracy(" yes\n", ["yes"] * 10) == 1.0
    # one differing answer switches normalisation on for the answers and the prediction
    assert vqa_question_accuracy("Yes", ["yes"] * 9 + ["no"]) == 1.0
    # identical answers are not normalised either: "Yes" x10 never matches "yes"
    assert vqa_question_accuracy("yes", ["Yes"] * 10) == 0.0
    # ... but "Yes" x9 + "yes" disagree -> all become "yes" -> 10 matches
    assert vqa_question_accuracy("yes", ["Yes"] * 9 + ["yes"]) == 1.0
    # the disagreement test comes after whitespace cleaning: "yes " equals "yes"
    assert vqa_question_accuracy("Yes", ["yes"] * 9 + ["yes "]) == 0.0


def test_overall_accuracy_and_official_rounding():
    gt = {"q1": ["yes"] * 10, "q2": ["cat"] * 2 + ["dog"] * 8, "q3": ["2"] * 10}
    preds = {"q1": "yes", "q2": "cat", "q3": "3"}  # 1.0, 0.6, 0.0
    types = {"q1": "yes/no", "q2": "other", "q3": "number"}
    result = vqa_accuracy(preds, gt, types)
    # 100 * (1.0 + 0.6 + 0.0) / 3 = 53.333... -> 53.33
    assert result["accuracy"] == 53.33
    assert result["accuracy_unrounded"] == pytest.approx(160 / 3)
    assert result["accuracy/yes/no"] == 100.0
    assert result["accuracy/other"] == 60.0
    assert result["accuracy/number"] == 0.0


def test_missing_prediction_is_wrong():
    result = vqa_accuracy({"a": "yes"}, {"a": ["yes"] * 10, "b": ["no"] * 10})
    assert result["accuracy"] == 50.0  # 100 * (1 + 0) / 2


def test_question_types():
    gt = {"a": ["red"] * 10, "b": ["circle"] * 10}
    result = vqa_accuracy({"a": "red", "b": "square"}, gt, None, {"a": "color", "b": "shape"})
    assert result["accuracy/question_type/color"] == 100.0
    assert result["accuracy/question_type/shape"] == 0.0


def test_rounding_ties_go_away_from_zero_like_python2():
    # the official code runs on Python 2, whose round() sends exact ties away from zero:
    # 97 right of 800 -> 100 * 97 / 800 = 12.125 exactly -> 12.13 (Python 3's round gives 12.12)
    gt = {str(i): ["yes"] * 10 for i in range(800)}
    preds = {str(i): "yes" if i < 97 else "no" for i in range(800)}
    assert vqa_accuracy(preds, gt)["accuracy"] == 12.13
    assert official_round(0.125, 2) == 0.13
    assert official_round(2.675, 2) == 2.67  # 2.675 is stored below the tie: no rounding up
    assert official_round(200 / 3, 2) == 66.67


def test_no_questions_rejected():
    with pytest.raises(ValueError):
        vqa_accuracy({}, {})
    with pytest.raises(ValueError):
        vqa_question_accuracy("yes", [])
