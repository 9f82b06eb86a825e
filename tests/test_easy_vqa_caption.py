"""The easy-vqa-caption task: captions inferred from the easy-VQA answers, shared media and
validation images with easy-vqa, scoring, and data errors."""

import importlib.util
import json
import re

import pytest
from PIL import Image
from tiny_models import write_easy_vqa_layout as write_layout

import tasks.easy_vqa_caption  # noqa: F401  (registers "easy-vqa-caption")
from benchmark.errors import DataError
from benchmark.registry import TASKS
from tasks.easy_vqa import EasyVQA, package_data_dir
from tasks.easy_vqa_caption import EasyVQACaption

needs_package = pytest.mark.skipif(
    importlib.util.find_spec("easy_vqa") is None, reason="easy-vqa==1.0 is not installed"
)


def _add_questions(root, source, image_id, questions):
    """Append [question, answer, image_id] triples (and the image file) to a written layout."""
    path = root / source / "questions.json"
    triples = json.loads(path.read_text()) + [[q, a, image_id] for q, a in questions]
    path.write_text(json.dumps(triples))
    image = root / source / "images" / f"{image_id}.png"
    if not image.exists():
        Image.new("RGB", (4, 4), "white").save(image)


def test_registered():
    assert TASKS.get("easy-vqa-caption") is EasyVQACaption
    assert TASKS.get("easy-vqa") is EasyVQA


def test_examples_on_the_fixture_layout(tmp_path):
    root = write_layout(tmp_path)
    task = EasyVQACaption(data_dir=root)
    test = task.load("test")
    assert [e.uid for e in test] == ["test-img0", "test-img1"]
    assert [e.target for e in test] == ["a red circle", "a blue triangle"]
    first = test[0]
    assert first.media_id == "test/0" and first.prompt == "A picture of" == task.prompt_template
    assert first.media_path == str(tmp_path.resolve() / "test" / "images" / "0.png")
    assert first.references == ("a red circle",)
    assert first.meta == {"color": "red", "shape": "circle", "caption": "a red circle", "description": "a red circle"}
    assert [task.stratify_key(e) for e in test] == ["circle", "triangle"]
    assert (task.modality, task.metric) == ("image", "CIDEr")
    assert task.skipped == {"test": 0}


def test_media_and_validation_images_match_easy_vqa(tmp_path):
    root = write_layout(tmp_path)
    caption, vqa = EasyVQACaption(data_dir=root), EasyVQA(data_dir=root)
    for split in ("train", "val", "test"):
        ours = {(e.media_id, e.media_path) for e in caption.load(split)}
        theirs = {(e.media_id, e.media_path) for e in vqa.load(split)}
        assert ours == theirs, split
    assert len(caption.load("val")) == 1 and len(caption.load("train")) == 9


def test_validation_carve_counts_skipped_images(tmp_path):
    root = write_layout(tmp_path)
    # Image 10: a shape but only negative colour evidence -> no caption; it still takes part in
    # the carve, as it does in easy-vqa.
    _add_questions(
        root,
        "train",
        10,
        [
            ("is there a red shape?", "no"),
            ("what shape is present?", "circle"),
            ("does the image not contain a gray shape?", "yes"),
        ],
    )
    caption, vqa = EasyVQACaption(data_dir=root), EasyVQA(data_dir=root)
    seen = {e.media_id for split in ("train", "val") for e in caption.load(split)}
    assert "train/10" not in seen and caption.skipped["train"] == 1
    for split in ("train", "val"):
        assert {e.media_id for e in caption.load(split)} == {e.media_id for e in vqa.load(split)} - {"train/10"}


@pytest.mark.parametrize(
    "question, answer",
    [
        ("what color is the shape?", "blue"),  # two colours
        ("is there not a red shape?", "yes"),  # red, and not red
        ("what is the color of the triangle?", "red"),  # a circle and a triangle
    ],
)
def test_conflicting_answers(tmp_path, question, answer):
    root = write_layout(tmp_path)
    _add_questions(root, "test", 0, [(question, answer)])  # test image 0 is a red circle
    with pytest.raises(DataError, match="image 0: the questions and answers disagree"):
        EasyVQACaption(data_dir=root).load("test")


def test_evidence_from_every_question_form(tmp_path):
    root = write_layout(tmp_path)
    forms = [
        [("what is the blue shape?", "rectangle")],  # colour named, shape answered
        [("what is the color of the triangle?", "green"), ("is there a circle?", "no")],
        [("is there not a yellow shape?", "no"), ("is no circle present?", "no")],  # negated, "no"
        [
            ("is a gray shape present?", "yes"),
            ("does the image contain a rectangle?", "yes"),
            ("does the image not contain a red shape?", "yes"),
        ],
    ]
    for offset, questions in enumerate(forms):
        _add_questions(root, "test", 2 + offset, questions)
    task = EasyVQACaption(data_dir=root)
    assert [e.target for e in task.load("test")[2:]] == [
        "a blue rectangle",
        "a green triangle",
        "a yellow circle",
        "a gray rectangle",
    ]


def test_scoring(tmp_path):
    task = EasyVQACaption(data_dir=write_layout(tmp_path))
    test = task.load("test")
    perfect = task.score({e.uid: e.target for e in test}, test)
    # Two images: "a" has df 2 -> idf 0; every other n-gram idf log 2. Each prediction's clipped
    # cosines are 1 for n = 1, 2, 3 and 0 for the absent 4-grams: 10 * 3/4 = 7.5 per image.
    assert perfect["CIDEr"] == pytest.approx(7.5)
    assert perfect["Bleu_1"] == pytest.approx(1.0) and perfect["ROUGE_L"] == pytest.approx(1.0)
    assert perfect["SPICE"] is None or perfect["SPICE"] > 0
    half = task.score({"test-img0": "a red circle"}, test)  # test-img1 missing: the empty caption
    assert half["CIDEr"] == pytest.approx(7.5 / 2)


def test_unknown_split(tmp_path):
    with pytest.raises(DataError, match="train, val, test"):
        EasyVQACaption(data_dir=write_layout(tmp_path)).load("validation")


def test_java_checked_before_training(tmp_path, monkeypatch):
    monkeypatch.setattr("tasks.metrics.captions.shutil.which", lambda name: None)
    with pytest.raises(DataError, match="default-jre-headless"):
        EasyVQACaption(data_dir=write_layout(tmp_path)).check_data()


# -- the real package data ------------------------------------------------------------------------
@pytest.fixture(scope="module")
def real():
    task = EasyVQACaption()
    return task, {split: task.load(split) for split in task.splits}


@needs_package
def test_real_coverage(real):
    task, splits = real
    assert len(splits["train"]) + len(splits["val"]) == 3_542  # of 4,000 training images
    assert len(splits["test"]) == 880  # of 1,000 test images
    assert task.skipped == {"train": 458, "test": 120}
    assert (3_542 + 880) / 5_000 > 0.88


@needs_package
def test_real_captions_agree_with_every_answer(real):
    """Every answer of every captioned image, direct or yes/no, is what its caption implies."""
    _, splits = real
    root = package_data_dir()
    answers = set((root / "answers.txt").read_text().split())
    shapes = {"circle", "rectangle", "triangle"}
    colors = answers - shapes - {"yes", "no"}
    for source in ("train", "test"):
        by_image = {
            e.media_id: e.meta for split in splits.values() for e in split if e.media_id.startswith(source + "/")
        }
        checked = 0
        for question, answer, image_id in json.loads((root / source / "questions.json").read_text()):
            meta = by_image.get(f"{source}/{image_id}")
            if meta is None:
                continue
            if answer in colors:
                assert meta["color"] == answer, (question, image_id)
            elif answer in shapes:
                assert meta["shape"] == answer, (question, image_id)
            else:
                named = [w for w in re.findall(r"[a-z]+", question) if w in colors | shapes]
                assert len(named) == 1, question
                negated = re.search(r"\b(not|no)\b", question) is not None
                present = named[0] in (meta["color"], meta["shape"])
                assert answer == ("yes" if present != negated else "no"), (question, answer, image_id)
            checked += 1
        assert checked > 0.85 * {"train": 38_575, "test": 9_673}[source]


@needs_package
def test_real_validation_images_are_easy_vqas(real):
    _, splits = real
    vqa_val = {e.media_id for e in EasyVQA().load("val")}
    caption_val = {e.media_id for e in splits["val"]}
    assert caption_val <= vqa_val and len(caption_val) == 357  # 400 held out, 43 without a caption
    captioned = {e.media_id for split in splits.values() for e in split}
    assert not (vqa_val - caption_val) & captioned
