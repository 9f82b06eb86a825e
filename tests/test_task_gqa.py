"""GQA from its official files and its official evaluation, reproduced on hand-computed cases."""

from __future__ import annotations

import json

import pytest
from official_fixtures import gqa_question, write_gqa
from task_checks import data_check, results_of, run_task, score, tiny_backbones

from benchmark.errors import DataError
from tasks.gqa import GQA
from tasks.metrics.gqa import gqa_scores, steps_number


@pytest.fixture(scope="module")
def root(tmp_path_factory):
    return write_gqa(tmp_path_factory.mktemp("gqa") / "data")


def test_examples(root):
    task = GQA(data_dir=root)
    dev = task.load("testdev")
    assert [e.uid for e in dev] == ["d1", "d2", "d3", "d4"]
    assert dev[0].media_path == str(root / "images" / "n4.jpg") and dev[0].target == "blue"
    assert dev[0].meta["result_id"] == "d1" and dev[2].meta["answer_type"] == "choose"
    assert not task.has_references("submission") and task.load("submission")[0].references == ()


def test_official_metrics_by_hand(root, tmp_path, capsys):
    # d1 right; d2 "Yes" is wrong (exact comparison); d3 and d4 right
    records = [
        {"questionId": "d1", "prediction": "blue"},
        {"questionId": "d2", "prediction": "Yes"},
        {"questionId": "d3", "prediction": "left"},
        {"questionId": "d4", "prediction": "no"},
    ]
    code, result = score("gqa", root, "testdev", records, tmp_path, capsys)
    assert code == 0, result
    m = result["metrics"]
    assert m["accuracy"] == 75.0 and m["open"] == 100.0  # open = structural "query": d1 only
    assert m["binary"] == 66.67 and m["binary_unrounded"] == pytest.approx(200 / 3)  # d2, d3, d4
    # consistency: d1 is right and entails d2, answered wrong -> 0; d2 is wrong, so it is not counted
    assert m["consistency"] == 0.0
    # one "global" group: gold {blue, yes, left, no} vs predicted {blue, Yes, left, no}:
    # chi-square = (0 - 1)^2 / 1 for "yes", weighted by the group's 4 questions / 4, then / 100
    assert m["distribution"] == pytest.approx(0.01)
    assert m["validity"] is None and m["plausibility"] is None and "choices" in m["notes"]
    assert m["accuracy/structural/verify"] == 0.0 and m["accuracy/semantic/attr"] == 50.0
    assert m["accuracy/steps/2"] == 75.0
    # words per question: d1 5, d2 4, d3 6, d4 6
    assert (m["accuracy/words/5"], m["accuracy/words/4"], m["accuracy/words/6"]) == (100.0, 0.0, 100.0)


def test_metric_details():
    q = gqa_question("i", "What is it?", "cat", "query", "obj", steps=3)
    assert steps_number(q) == 3  # select, relate, relate (the final "query: name" is not a step)
    questions = {"a": q, "b": dict(q, isBalanced=False)}
    assert gqa_scores({"a": "cat"}, questions)["accuracy"] == 100.0  # unbalanced questions are not scored
    with pytest.raises(KeyError):  # a missing prediction fails, as in the official script
        gqa_scores({}, questions)
    # consistency needs every entailed question: unavailable (None with a note), never 0
    questions = {"a": dict(q, entailed=["z"])}
    out = gqa_scores({"a": "cat"}, questions)
    assert out["consistency"] is None and "consistency unavailable" in out["notes"]


def test_run_writes_the_official_predictions_file(root, tmp_path):
    backbones = tiny_backbones(tmp_path / "bb")
    code, metrics = run_task("gqa", root, backbones, "image", tmp_path)
    assert code == 0 and metrics["split"] == "testdev" and "accuracy" in metrics["metrics"]
    assert sorted(r["questionId"] for r in results_of(tmp_path)) == ["d1", "d2", "d3", "d4"]
    code, metrics = run_task("gqa", root, backbones, "image", tmp_path, "sub", "--set", "data.eval_split=submission")
    assert code == 0 and not metrics["scored"]
    assert {r["questionId"] for r in results_of(tmp_path, "sub")} == {"s1", "c1"}


def test_data_check_names_every_file(tmp_path, capsys):
    code, (report,) = data_check("gqa", tmp_path, capsys)
    missing = {p.removeprefix(str(tmp_path) + "/") for s in report["splits"] for p in s["missing_files"]}
    assert code == 1 and missing == {
        "train_balanced_questions.json",
        "val_balanced_questions.json",
        "testdev_balanced_questions.json",
        "test_balanced_questions.json",
        "challenge_balanced_questions.json",
        "submission_all_questions.json",
        "images",
    }


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda d: d["d1"].update(imageId="../../etc/passwd"), "imageId is '../../etc/passwd'; expected a plain file"),
        (lambda d: d["d1"].update(imageId="/abs/n4"), "imageId is '/abs/n4'; expected a plain file"),
        (lambda d: d["d1"].update(imageId=None), "imageId is null; expected a file name"),
        (lambda d: d["d1"].update(question=3), r"question d1: question is an int \(3\)"),
        (lambda d: d["d1"].pop("answer"), "question d1 has no 'answer'"),
        (lambda d: d.update(d1=[]), "question d1 is a list; expected an object"),
    ],
)
def test_malformed_question_files_are_one_line_errors(change, message, tmp_path):
    root = write_gqa(tmp_path / "data")
    path = root / "testdev_balanced_questions.json"
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data))
    with pytest.raises(DataError, match=message) as info:
        GQA(data_dir=root).load("testdev")
    assert str(path) in str(info.value) and "\n" not in str(info.value)


def test_repeated_question_id_and_wrong_file_type(tmp_path):
    root = write_gqa(tmp_path / "data")
    path = root / "testdev_balanced_questions.json"
    text = path.read_text()
    first = json.dumps({"d1": json.loads(text)["d1"]})[1:-1]
    path.write_text("{" + first + ", " + text[1:])  # "d1" twice: json.load would keep only the last
    with pytest.raises(DataError, match="key 'd1' appears more than once"):
        GQA(data_dir=root).load("testdev")
    path.write_text("[1, 2]")
    with pytest.raises(DataError, match="holds a list; expected a GQA questions file"):
        GQA(data_dir=root).load("testdev")
