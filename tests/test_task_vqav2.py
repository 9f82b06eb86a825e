"""VQAv2 and OK-VQA from their official files: examples, a short run with results in the official
format, test-dev without answers, and `bench score` on a hand-computed case."""

from __future__ import annotations

import json

import pytest
from official_fixtures import write_okvqa, write_vqav2
from task_checks import data_check, results_of, run_task, score, tiny_backbones

from benchmark.errors import DataError
from benchmark.registry import TASKS


@pytest.fixture(scope="module")
def backbones(tmp_path_factory):
    return tiny_backbones(tmp_path_factory.mktemp("bb"))


@pytest.fixture(scope="module", params=["vqav2", "okvqa"])
def dataset(request, tmp_path_factory):
    root = tmp_path_factory.mktemp(request.param)
    return request.param, (write_vqav2 if request.param == "vqav2" else write_okvqa)(root / "data")


def test_examples_follow_the_official_fields(dataset):
    name, root = dataset
    task = TASKS.get(name)(data_dir=root)
    train = task.load("train")
    assert [e.uid for e in train] == ["9001", "9002", "25001", "25002"]
    first = train[0]
    assert first.media_path == str(root / "train2014" / "COCO_train2014_000000000009.jpg")
    assert first.prompt == "Question: What color is the bus? Answer:"
    assert first.target == "red" and len(first.references) == 10 and first.references[7] == "dark red"
    assert first.meta["result_id"] == 9001 and first.meta["answer_type"] == "other"
    assert first.meta["question_type"] == "what color is the"
    assert train[1].target == "2"  # multiple_choice_answer, or the most frequent answer (OK-VQA)
    if name == "vqav2":
        assert not task.has_references("test-dev") and task.load("test-dev")[0].references == ()
        assert task.load("test")[1].media_path.endswith("test2015/COCO_test2015_000000000002.jpg")


def test_score_reproduces_the_official_vqa_accuracy(dataset, tmp_path, capsys):
    name, root = dataset
    # 42001: ten identical "pizza": the official code compares verbatim, so "Pizza" scores 0;
    # 42002: "yes" (9 of 10): 1; 73001: answers disagree, so "two" is normalised to "2" (6 of 10): 1
    records = [
        {"question_id": 42001, "answer": "Pizza"},
        {"question_id": 42002, "answer": "yes"},
        {"question_id": 73001, "answer": "two"},
    ]
    code, result = score(name, root, "val", records, tmp_path, capsys)
    assert code == 0, result
    m = result["metrics"]
    assert m["vqa_accuracy"] == 66.67 and m["vqa_accuracy/other"] == 0.0
    assert m["vqa_accuracy/yes/no"] == 100.0 and m["vqa_accuracy/number"] == 100.0
    # OK-VQA's raw_answer (upper case here) is not what the official code reads
    code, err = score(name, root, "val", records[:2], tmp_path, capsys)
    assert code == 2 and "no prediction for 1 of 3" in err
    code, err = score(name, root, "val", records + [{"question_id": 5, "answer": "x"}], tmp_path, capsys)
    assert code == 2 and "question_id 5 is not in" in err


def test_a_short_run_trains_scores_and_writes_official_results(dataset, backbones, tmp_path):
    name, root = dataset
    code, metrics = run_task(name, root, backbones, "image", tmp_path)
    assert code == 0 and metrics["split"] == "val" and metrics["n_eval"] == 3
    assert 0.0 <= metrics["metrics"]["vqa_accuracy"] <= 100.0 and len(metrics["train_losses"]) == 2
    results = results_of(tmp_path)
    assert sorted(r["question_id"] for r in results) == [42001, 42002, 73001]
    assert all(set(r) == {"question_id", "answer"} and isinstance(r["answer"], str) for r in results)


def test_test_dev_writes_an_unscored_submission(backbones, tmp_path):
    root = write_vqav2(tmp_path / "data")
    code, metrics = run_task("vqav2", root, backbones, "image", tmp_path, "td", "--set", "data.eval_split=test-dev")
    assert code == 0 and metrics["scored"] is False and metrics["metrics"] == {}
    assert [r["question_id"] for r in results_of(tmp_path, "td")] == [1001]


def test_data_check_names_every_file(tmp_path, capsys):
    code, (report,) = data_check("vqav2", tmp_path, capsys)
    assert code == 1
    missing = {p.removeprefix(str(tmp_path) + "/") for s in report["splits"] for p in s["missing_files"]}
    assert missing == {
        "v2_OpenEnded_mscoco_train2014_questions.json",
        "v2_mscoco_train2014_annotations.json",
        "train2014",
        "v2_OpenEnded_mscoco_val2014_questions.json",
        "v2_mscoco_val2014_annotations.json",
        "val2014",
        "v2_OpenEnded_mscoco_test-dev2015_questions.json",
        "test2015",
        "v2_OpenEnded_mscoco_test2015_questions.json",
    }


def test_missing_images_are_counted(tmp_path, capsys):
    root = write_vqav2(tmp_path / "data")
    (root / "val2014" / "COCO_val2014_000000000073.jpg").unlink()
    code, (report,) = data_check("vqav2", root, capsys)
    val = next(s for s in report["splits"] if s["split"] == "val")
    assert code == 1 and (val["examples"], val["media"], val["missing_media"]) == (3, 2, 1)


# -- malformed official files: one clear line naming the file --------------------------------------
def _edit_json(path, change):
    data = json.loads(path.read_text())
    path.write_text(json.dumps(change(data)))


def _first_question(change):
    def apply(data):
        change(data["questions"][0])
        return data

    return apply


def _first_annotation(change):
    def apply(data):
        change(data["annotations"][0])
        return data

    return apply


Q, A = "v2_OpenEnded_mscoco_val2014_questions.json", "v2_mscoco_val2014_annotations.json"


@pytest.mark.parametrize(
    "file, change, message",
    [
        (Q, lambda d: d["questions"], "holds a list; expected a VQA questions file"),
        (A, lambda d: 7, r"holds an int \(7\); expected a VQA annotations file"),
        (Q, lambda d: dict(d, questions={"a": 1}), "'questions' is an object; expected a list of questions"),
        (Q, _first_question(lambda q: q.pop("question_id")), "question 0 .* has no 'question_id'"),
        (
            Q,
            _first_question(lambda q: q.update(image_id="42")),
            r"image_id is a string \(\"42\"\); expected an integer",
        ),
        (Q, _first_question(lambda q: q.update(question=12)), r"question is an int \(12\); expected the question text"),
        (
            Q,
            lambda d: dict(d, questions=d["questions"] + d["questions"][:1]),
            "question_id 42001 appears more than once",
        ),
        (A, _first_annotation(lambda a: a.update(answers=[])), "answers is empty"),
        (A, _first_annotation(lambda a: a.update(answers=None)), "answers is null; expected a list"),
        (A, lambda d: dict(d, annotations=d["annotations"] * 2), "question_id 42001 is annotated more than once"),
    ],
)
def test_malformed_official_files_are_one_line_errors(file, change, message, tmp_path):
    root = write_vqav2(tmp_path / "data")
    _edit_json(root / file, change)
    with pytest.raises(DataError, match=message) as info:
        TASKS.get("vqav2")(data_dir=root).load("val")
    assert str(root / file) in str(info.value) and "\n" not in str(info.value)


def test_not_utf8_official_file(tmp_path, capsys):
    root = write_vqav2(tmp_path / "data")
    (root / Q).write_bytes(b'{"questions": ["\xff"]}')
    code, err = score("vqav2", root, "val", [{"question_id": 42001, "answer": "x"}], tmp_path, capsys)
    assert code == 2 and err.startswith("error: ") and err.count("\n") == 1 and "is not valid JSON" in err
