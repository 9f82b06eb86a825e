"""MSRVTT-QA and MSVD-QA from their official files, normalised exact match by hand, short video runs."""

from __future__ import annotations

import json

import pytest
from official_fixtures import MSVD_NAMES, write_msrvtt_qa, write_msvd_qa
from task_checks import data_check, results_of, run_task, score, tiny_backbones

from benchmark.errors import DataError
from benchmark.registry import TASKS
from tasks.metrics.exact_match import exact_match_accuracy, normalise, question_type

WRITERS = {"msrvtt-qa": write_msrvtt_qa, "msvd-qa": write_msvd_qa}


def test_normalised_exact_match():
    assert normalise(" The Man. ") == "man" and normalise("two") == "2" and normalise("isn't") == "isn't"
    assert question_type("Who is singing?") == "who" and question_type("Is it raining?") == "other"
    m = exact_match_accuracy(
        {"a": "Dogs", "b": "a dog"}, {"a": "dog", "b": "dog", "c": "cat"}, {"a": "what", "b": "what", "c": "who"}
    )
    assert m == {"accuracy": pytest.approx(100 / 3), "accuracy/what": 50.0, "accuracy/who": 0.0}


@pytest.mark.parametrize("name", list(WRITERS))
def test_examples_and_score_by_hand(name, tmp_path, capsys):
    root = WRITERS[name](tmp_path / "data")
    task = TASKS.get(name)(data_dir=root)
    test = task.load("test")
    assert [e.uid for e in test] == ["3", "4", "5", "6"] and test[0].meta["result_id"] == 3
    if name == "msrvtt-qa":
        assert test[0].media_path == str(root / "videos" / "video0.mp4")
    else:
        assert test[1].media_path == str(root / "YouTubeClips" / f"{MSVD_NAMES[1]}.avi")
    # "running" != "run"; "2" == "two" and "the park." == "park" and "People" == "people" after normalising
    records = [
        {"id": 3, "answer": "running"},
        {"id": 4, "answer": "2"},
        {"id": 5, "answer": "the park."},
        {"id": 6, "answer": "People"},
    ]
    code, result = score(name, root, "test", records, tmp_path, capsys)
    assert code == 0, result
    assert result["metrics"] == {
        "accuracy": 75.0,
        "accuracy/what": 0.0,
        "accuracy/how": 100.0,
        "accuracy/where": 100.0,
        "accuracy/who": 100.0,
    }


@pytest.mark.parametrize("name", list(WRITERS))
def test_short_video_run(name, tmp_path):
    root = WRITERS[name](tmp_path / "data")
    code, metrics = run_task(name, root, tiny_backbones(tmp_path / "bb"), "video", tmp_path)
    assert code == 0 and metrics["n_eval"] == 4 and 0.0 <= metrics["metrics"]["accuracy"] <= 100.0
    assert sorted(r["id"] for r in results_of(tmp_path)) == [3, 4, 5, 6]


def test_msvd_mapping_errors(tmp_path):
    root = write_msvd_qa(tmp_path / "data")
    (root / "youtube_mapping.txt").write_text("just-a-name\n")
    with pytest.raises(Exception, match="expected '<clip name> vid<N>'"):
        TASKS.get("msvd-qa")(data_dir=root).load("test")

    (root / "youtube_mapping.txt").write_text("../../outside vid0\n")
    with pytest.raises(DataError, match="clip name is '../../outside'; expected a plain file name"):
        TASKS.get("msvd-qa")(data_dir=root).load("test")


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda rows: rows[0].update(video_id="0"), r"record 0: video_id is a string \(\"0\"\); expected an integer"),
        (lambda rows: rows[0].update(question=7), r"record 0: question is an int \(7\)"),
        (lambda rows: rows[0].pop("id"), "record 0 .* has no 'id'"),
        (lambda rows: rows.append(dict(rows[0])), "id 3 appears more than once"),
        (lambda rows: rows.append(5), "record 4 is an int"),
    ],
)
def test_malformed_question_files_are_one_line_errors(change, message, tmp_path):
    root = write_msrvtt_qa(tmp_path / "data")
    path = root / "test_qa.json"
    rows = json.loads(path.read_text())
    change(rows)
    path.write_text(json.dumps(rows))
    with pytest.raises(DataError, match=message) as info:
        TASKS.get("msrvtt-qa")(data_dir=root).load("test")
    assert str(path) in str(info.value) and "\n" not in str(info.value)
    path.write_text('{"questions": []}')
    with pytest.raises(DataError, match="holds an object; expected a list"):
        TASKS.get("msrvtt-qa")(data_dir=root).load("test")


@pytest.mark.parametrize("name", list(WRITERS))
def test_data_check_names_every_file(name, tmp_path, capsys):
    code, (report,) = data_check(name, tmp_path, capsys)
    missing = {p.removeprefix(str(tmp_path) + "/") for s in report["splits"] for p in s["missing_files"]}
    media = {"msrvtt-qa": {"videos"}, "msvd-qa": {"youtube_mapping.txt", "YouTubeClips"}}[name]
    assert code == 1 and missing == {"train_qa.json", "val_qa.json", "test_qa.json"} | media
