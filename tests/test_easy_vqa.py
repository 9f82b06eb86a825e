"""The easy-vqa task: splits of the installed package, fields, scoring and data errors."""

import importlib.util
from pathlib import Path

import pytest
from tiny_models import write_easy_vqa_layout as write_layout

from benchmark.errors import DataError
from benchmark.registry import TASKS
from tasks.easy_vqa import EasyVQA

needs_package = pytest.mark.skipif(
    importlib.util.find_spec("easy_vqa") is None, reason="easy-vqa==1.0 is not installed"
)


@pytest.fixture(scope="module")
def real():
    task = EasyVQA()
    return {split: task.load(split) for split in task.splits}


def test_registered():
    assert TASKS.get("easy-vqa") is EasyVQA


@needs_package
def test_split_sizes(real):
    assert len(real["train"]) + len(real["val"]) == 38_575
    assert len(real["test"]) == 9_673
    train_images = {e.media_id for e in real["train"]}
    val_images = {e.media_id for e in real["val"]}
    assert not train_images & val_images
    assert len(train_images) + len(val_images) == 4_000
    assert len(val_images) == 400  # val_images = 0.1 of the training images
    assert len({e.media_id for e in real["test"]}) == 1_000


@needs_package
def test_val_is_fixed(real):
    again = EasyVQA().load("val")
    assert [e.uid for e in again] == [e.uid for e in real["val"]]


@needs_package
def test_fields(real):
    uids = [e.uid for split in real.values() for e in split]
    assert len(uids) == len(set(uids))
    first = real["test"][0]
    assert first.uid == "test-0" and first.media_id == "test/0"
    assert Path(first.media_path).is_absolute() and Path(first.media_path).is_file()
    assert first.prompt == "Question: what is the red shape? Answer:"
    assert first.target == "triangle"
    assert first.references == ("triangle",) * 10
    assert first.meta == {"answer_type": "other", "question_type": "shape", "description": "a red triangle"}
    types = {(e.target, e.meta["answer_type"], e.meta["question_type"]) for e in real["train"]}
    assert ("yes", "yes/no", "yes/no") in types and ("blue", "other", "color") in types
    yes_no = sum(e.meta["answer_type"] == "yes/no" for e in real["test"]) / len(real["test"])
    assert 0.7 < yes_no < 0.78  # about 74% yes/no


def test_fixture_layout_through_data_dir(tmp_path):
    task = EasyVQA(data_dir=write_layout(tmp_path))
    train, val, test = (task.load(s) for s in ("train", "val", "test"))
    assert len(train) + len(val) == 30 and len(val) == 3  # 1 of 10 images held out
    assert len({e.media_id for e in val}) == 1
    assert [e.uid for e in test] == [f"test-{i}" for i in range(6)]
    assert test[4].media_path == str(tmp_path.resolve() / "test" / "images" / "1.png")
    assert [e.meta["question_type"] for e in test[:3]] == ["yes/no", "color", "shape"]


def test_scoring(tmp_path):
    task = EasyVQA(data_dir=write_layout(tmp_path))
    test = task.load("test")  # answers: yes red circle | no blue triangle
    predictions = {
        "test-0": "yes",  # right
        "test-1": "red",  # right
        "test-2": "Circle",  # wrong: ten identical references -> compared verbatim
        "test-3": " no\n",  # right: whitespace is always cleaned
        "test-4": "green",  # wrong; test-5 has no prediction: wrong
    }
    scores = task.score(predictions, test)
    assert scores["vqa_accuracy"] == 50.0  # 3 of 6
    assert scores["vqa_accuracy/yes/no"] == 100.0  # 2 of 2
    assert scores["vqa_accuracy/other"] == 25.0  # 1 of 4
    assert scores["vqa_accuracy/question_type/color"] == 50.0
    assert scores["vqa_accuracy/question_type/shape"] == 0.0
    assert scores["vqa_accuracy_unrounded"] == pytest.approx(50.0)


def test_missing_data_names_every_path(tmp_path):
    (tmp_path / "answers.txt").write_text("yes\nno\n")
    (tmp_path / "train").mkdir()
    (tmp_path / "train" / "questions.json").write_text("[]")
    task = EasyVQA(data_dir=tmp_path)
    with pytest.raises(DataError) as err:
        task.load("train")
    message = str(err.value)
    root = tmp_path.resolve()
    for missing in ("train/images", "test/questions.json", "test/images"):
        assert str(root / missing) in message
    assert str(root / "answers.txt") not in message
    assert "pip install --no-deps easy-vqa==1.0" in message and "--data-dir" in message


def test_missing_image_file(tmp_path):
    write_layout(tmp_path)
    (tmp_path / "test" / "images" / "1.png").unlink()
    with pytest.raises(DataError, match="1.png"):
        EasyVQA(data_dir=tmp_path).load("test")


def test_unknown_split(tmp_path):
    with pytest.raises(DataError, match="train, val, test"):
        EasyVQA(data_dir=write_layout(tmp_path)).load("validation")
