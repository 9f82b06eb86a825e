"""The shared task machinery: data folders (flag, environment variable, default), missing-file
reports, the official results format in both directions, ``bench score`` and ``bench data check``."""

from __future__ import annotations

import json

import pytest
from tiny_models import write_easy_vqa_layout

from benchmark.cli import main
from benchmark.errors import ConfigError, DataError
from benchmark.experiments.datacheck import check_task_data, format_report
from benchmark.experiments.scoring import score_file
from tasks.easy_vqa import EasyVQA


def run_cli(args, capsys):
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def layout(tmp_path):
    return write_easy_vqa_layout(tmp_path / "easy")


def test_data_dir_from_environment_variable(layout, monkeypatch):
    assert EasyVQA.env_var() == "BENCH_DATA_EASY_VQA"
    monkeypatch.setenv("BENCH_DATA_EASY_VQA", str(layout))
    assert EasyVQA().root == layout.resolve()
    assert EasyVQA(data_dir=layout / "elsewhere").root == (layout / "elsewhere").resolve()  # the flag wins


def test_check_data_names_every_missing_file_of_every_requested_split(tmp_path):
    task = EasyVQA(data_dir=tmp_path)
    with pytest.raises(DataError) as err:
        task.check_data(["train", "test"])
    message = str(err.value)
    for name in ("answers.txt", "train/questions.json", "train/images", "test/questions.json", "test/images"):
        assert str(tmp_path / name) in message
    assert message.count(str(tmp_path / "answers.txt")) == 1  # listed once although both splits need it
    assert "expected layout" in message.lower()


def test_unknown_variant_lists_the_known_ones(layout):
    with pytest.raises(ConfigError, match="no variant 'nope'"):
        EasyVQA(data_dir=layout, variant="nope")


def test_results_records_round_trip(layout):
    task = EasyVQA(data_dir=layout)
    examples = task.load("test")
    preds = {ex.uid: f"answer {i}" for i, ex in enumerate(examples)}
    records = task.results_records(preds, examples)
    assert [set(r) for r in records] == [{"question_id", "answer"}] * len(examples)
    assert task.predictions_from_results(records, examples) == preds


@pytest.mark.parametrize(
    "records,message",
    [
        ({"question_id": 1}, "expected a JSON list"),
        ([{"question_id": "test-0"}], "entry 0"),
        ([{"question_id": "test-0", "answer": 3}], "entry 0"),
        ([{"question_id": "test-0", "answer": "a"}, {"question_id": "test-0", "answer": "b"}], "more than once"),
        ([{"question_id": "train-0", "answer": "a"}], "not in the easy-vqa split"),
    ],
)
def test_malformed_results_are_rejected(layout, records, message):
    task = EasyVQA(data_dir=layout)
    with pytest.raises(DataError, match=message):
        task.predictions_from_results(records, task.load("test"))


def test_score_file_strict_partial_and_jsonl(layout, tmp_path):
    task = EasyVQA(data_dir=layout)
    examples = task.load("test")  # 6 questions: yes/no, colour, shape for a red circle and a blue triangle
    right = {ex.uid: ex.target for ex in examples}
    answers = dict(right, **{examples[1].uid: "green"})  # one colour question wrong: 5/6 = 83.33
    path = tmp_path / "results.json"
    path.write_text(json.dumps(task.results_records(answers, examples)))
    result = score_file("easy-vqa", layout, "test", path)
    assert result["n_scored"] == 6 and not result["partial"]
    assert result["metrics"]["vqa_accuracy"] == 83.33
    assert result["metrics"]["vqa_accuracy/question_type/color"] == 50.0

    path.write_text(json.dumps(task.results_records(answers, examples)[:4]))
    with pytest.raises(DataError, match="no prediction for 2 of 6"):
        score_file("easy-vqa", layout, "test", path)
    partial = score_file("easy-vqa", layout, "test", path, partial=True)
    assert partial["partial"] and partial["n_scored"] == 4 and partial["metrics"]["vqa_accuracy"] == 75.0

    jsonl = tmp_path / "predictions.jsonl"
    jsonl.write_text("".join(json.dumps({"uid": u, "prediction": p}) + "\n" for u, p in right.items()))
    assert score_file("easy-vqa", layout, "test", jsonl)["metrics"]["vqa_accuracy"] == 100.0


def test_score_file_writes_example_scores_for_a_partial_run(layout, tmp_path, capsys):
    """`bench score --example-scores` gives an older run the per-example file a run writes: one score
    per scored example, their mean the headline, written only when the metric has them."""
    task = EasyVQA(data_dir=layout)
    examples = task.load("test")[:4]  # a run scores a seeded subset: --partial
    preds = {ex.uid: ex.target for ex in examples}
    preds[examples[1].uid] = "green"  # the colour question wrong
    jsonl = tmp_path / "predictions.jsonl"
    jsonl.write_text("".join(json.dumps({"uid": u, "prediction": p}) + "\n" for u, p in preds.items()))
    out = tmp_path / "example_scores.jsonl"
    code, stdout, _ = run_cli(
        ["score", "--task", "easy-vqa", "--data-dir", str(layout), "--split", "test", "--predictions", str(jsonl)]
        + ["--partial", "--example-scores", str(out)],
        capsys,
    )
    assert code == 0 and f"per-example scores: {out}" in stdout
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert {r["uid"]: r["score"] for r in records} == {ex.uid: (0.0 if ex is examples[1] else 100.0) for ex in examples}
    result = score_file("easy-vqa", layout, "test", jsonl, partial=True)
    assert sum(r["score"] for r in records) / 4 == result["metrics"]["vqa_accuracy"] == 75.0
    assert result["example_scores"] is None


@pytest.mark.parametrize(
    "bad, jsonl_message, json_message",
    [
        (None, "is null; expected a string", "expected a JSON list"),
        (3, r"is an int \(3\); expected a string", "expected a JSON list"),
        (["yes"], "is a list; expected a string", "expected a JSON list"),
        ("duplicate", "appears more than once", "appears more than once"),
    ],
)
def test_jsonl_and_json_predictions_follow_the_same_rules(layout, tmp_path, bad, jsonl_message, json_message):
    task = EasyVQA(data_dir=layout)
    examples = task.load("test")
    rows = [{"uid": ex.uid, "prediction": ex.target} for ex in examples]
    records = task.results_records({ex.uid: ex.target for ex in examples}, examples)
    if bad == "duplicate":
        rows.append(rows[0])
        records.append(records[0])
    else:
        rows[1]["prediction"] = bad
        records[1]["answer"] = bad
    jsonl, results = tmp_path / "predictions.jsonl", tmp_path / "results.json"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in rows))
    results.write_text(json.dumps(records))
    for path, message in ((jsonl, jsonl_message), (results, json_message)):
        with pytest.raises(DataError, match=message) as info:
            score_file("easy-vqa", layout, "test", path)
        assert str(path) in str(info.value) and "\n" not in str(info.value)


def test_predictions_that_are_not_utf8(layout, tmp_path, capsys):
    for name in ("predictions.jsonl", "results.json"):
        path = tmp_path / name
        path.write_bytes(b'{"uid": "test-0", "prediction": "\xff"}\n')
        code, _, err = run_cli(
            ["score", "--task", "easy-vqa", "--data-dir", str(layout), "--split", "test", "--predictions", str(path)],
            capsys,
        )
        assert code == 2 and err.startswith("error: ") and err.count("\n") == 1 and "is not UTF-8" in err


def test_bench_score_cli(layout, tmp_path, capsys):
    task = EasyVQA(data_dir=layout)
    examples = task.load("test")
    path = tmp_path / "r.json"
    path.write_text(json.dumps(task.results_records({ex.uid: ex.target for ex in examples}, examples)))
    code, out, _ = run_cli(
        [
            "score",
            "--task",
            "easy-vqa",
            "--data-dir",
            str(layout),
            "--split",
            "test",
            "--predictions",
            str(path),
            "--json",
        ],
        capsys,
    )
    assert code == 0 and json.loads(out)["metrics"]["vqa_accuracy"] == 100.0
    code, _, err = run_cli(
        ["score", "--task", "easy-vqa", "--data-dir", str(layout), "--split", "nope", "--predictions", str(path)],
        capsys,
    )
    assert code == 2 and "no split 'nope'" in err
    code, _, err = run_cli(
        [
            "score",
            "--task",
            "easy-vqa",
            "--data-dir",
            str(layout),
            "--split",
            "test",
            "--predictions",
            str(tmp_path / "absent.json"),
        ],
        capsys,
    )
    assert code == 2 and "does not exist" in err


def test_data_check_counts_examples_and_missing_media(layout, capsys):
    report = check_task_data("easy-vqa", layout)
    assert report.ok
    counts = {s.split: (s.examples, s.media, s.missing_media) for s in report.splits}
    assert counts["test"] == (6, 2, 0) and sum(counts[s][0] for s in ("train", "val")) == 30
    (layout / "test" / "images" / "1.png").unlink()
    code, out, _ = run_cli(["data", "check", "--task", "easy-vqa", "--data-dir", str(layout)], capsys)
    assert code == 1  # easy-vqa checks its image listing when it reads the questions
    assert "test: ERROR" in out and "1.png" in out and "train: 26 examples" not in out.split("test:")[1]


def test_missing_media_counts_distinct_files(tmp_path):
    from benchmark.engine.data import missing_media
    from tasks.base import Example

    present = tmp_path / "a.jpg"
    present.write_bytes(b"x")
    examples = [
        Example(str(i), m, str(tmp_path / m), "", "", ()) for i, m in enumerate(["a.jpg", "b.jpg", "b.jpg", "c.jpg"])
    ]
    assert missing_media(examples) == (3, 2, [str(tmp_path / "b.jpg"), str(tmp_path / "c.jpg")])


def test_data_check_on_an_empty_folder_lists_the_files(tmp_path, capsys):
    code, out, _ = run_cli(["data", "check", "--task", "easy-vqa", "--data-dir", str(tmp_path), "--json"], capsys)
    assert code == 1
    (report,) = json.loads(out)
    missing = {p for s in report["splits"] for p in s["missing_files"]}
    assert missing == {
        str(tmp_path / p)
        for p in ("answers.txt", "train/questions.json", "train/images", "test/questions.json", "test/images")
    }
    assert "expected layout" in format_report(check_task_data("easy-vqa", tmp_path))


def test_missing_media_policy(tmp_path):
    from benchmark.engine.runner import with_media
    from tasks.base import Example

    (tmp_path / "a.wav").write_bytes(b"x")
    examples = [Example(m, m, str(tmp_path / m), "", "", ()) for m in ("a.wav", "b.wav")]
    task = EasyVQA(data_dir=tmp_path)
    with pytest.raises(DataError, match=r"1 media file\(s\) are missing.*data.missing_media=skip"):
        with_media(task, "test", examples, "error")
    logged = []
    assert with_media(task, "test", examples, "skip", logged.append) == examples[:1]
    assert "skipping 1 of 2" in logged[0]
    with pytest.raises(ConfigError, match="missing_media"):
        from benchmark.engine.config import load_config

        load_config(None, ["data.missing_media=ignore"]).validate()


@pytest.mark.parametrize("name", __import__("benchmark.registry", fromlist=["TASKS"]).TASKS.names())
def test_data_check_on_an_empty_folder_names_every_expected_file_of_every_task(name, tmp_path):
    """Every task that reads files: each split names its missing files, all inside the given folder,
    together exactly the task's required files, and the report shows where to get them."""
    from benchmark.registry import TASKS

    task = TASKS.get(name)(data_dir=tmp_path)
    required = {str(p) for p in task.required_files(None)}
    report = check_task_data(name, tmp_path)
    if task.generated:  # nothing to fetch: the data is written on first use, never by the check
        assert not required and report.ok and not any(tmp_path.iterdir())
        assert all(s.note and "not generated yet" in s.note for s in report.splits)
        return
    assert not report.ok and [s.split for s in report.splits] == list(task.splits)
    listed = {p for s in report.splits for p in s.missing_files}
    assert listed == required and all(p.startswith(str(tmp_path)) for p in listed)
    assert all(s.missing_files for s in report.splits)
    text = format_report(report)
    assert task.get_data.strip().splitlines()[0] in text
