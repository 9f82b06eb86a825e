"""The controls that bound every result: the blind control (lower bound) and the text oracle (upper
bound: the media's ground-truth description as text), the task descriptions the oracle reads, its
refusal of a task without them, and each method's position between the bounds in reports (worked by
hand)."""

from __future__ import annotations

import dataclasses
import json
import shutil

import pytest
from method_checks import tiny_run_args
from tiny_models import tiny_run_setup, tiny_tokenizer, write_easy_vqa_layout

from benchmark.cli import main
from benchmark.engine.text import TextCodec
from benchmark.errors import ConfigError
from benchmark.registry import METHODS, TASKS
from reports.comparison import COMPARISON_COLUMNS, comparison_rows, position
from reports.rows import RunRow, control_kind, read_run_folders
from tasks.easy_vqa import EasyVQA, package_data_dir
from tasks.easy_vqa_caption import EasyVQACaption
from tasks.moving_shapes import MovingShapes


def test_controls_declare_their_bound():
    assert (METHODS.get("blind").control, METHODS.get("text-oracle").control) == ("lower", "upper")
    assert METHODS.get("epalm").control is None and not METHODS.get("text-oracle").needs_encoder
    assert [control_kind(m) for m in ("blind", "text-oracle", "epalm", "not-installed-here")] == [
        "lower",
        "upper",
        None,
        None,
    ]
    describing = sorted(name for name in TASKS.names() if TASKS.get(name).describes_media)
    assert describing == ["easy-vqa", "easy-vqa-caption", "moving-shapes"]


def test_easy_vqa_descriptions_come_from_the_answers(tmp_path):
    root = write_easy_vqa_layout(tmp_path / "data")  # test images: a red circle, a blue triangle
    test = EasyVQA(data_dir=root).load("test")
    assert {e.media_id: e.meta["description"] for e in test} == {"test/0": "a red circle", "test/1": "a blue triangle"}
    # an image whose questions establish only its shape, one with only its colour, one with neither
    questions = [
        ["what shape is in the image?", "circle", 0],
        ["is there a red shape?", "no", 0],  # only rules red out: sets nothing
        ["what color is the shape?", "teal", 1],
        ["is there a triangle?", "no", 2],
    ]
    (root / "test" / "questions.json").write_text(json.dumps(questions))
    shutil.copy(root / "test" / "images" / "0.png", root / "test" / "images" / "2.png")
    described = {e.media_id: e.meta["description"] for e in EasyVQA(data_dir=root).load("test")}
    assert described == {"test/0": "a circle", "test/1": "a teal shape", "test/2": "a shape"}


@pytest.mark.skipif(package_data_dir() is None, reason="the easy-vqa package is not installed")
def test_easy_vqa_descriptions_agree_with_every_answer_on_the_package_data():
    task = EasyVQA()
    test = task.load("test")
    by_image = {e.media_id: e.meta["description"] for e in test}
    assert len(by_image) == 1000 and all(e.meta["description"] == by_image[e.media_id] for e in test)
    wh = [e for e in test if e.meta["question_type"] in ("color", "shape")]
    assert wh and all(e.target in e.meta["description"].split() for e in wh)
    full = [d for d in by_image.values() if len(d.split()) == 3 and not d.endswith(" shape")]
    assert len(full) == 880  # the images easy-vqa-caption captions (its docstring)
    first = task._examples("train")[0]  # image 0: "what is the blue shape?" rectangle
    assert (first.prompt, first.meta["description"]) == (
        "Question: what is the blue shape? Answer:",
        "a blue rectangle",
    )


def test_easy_vqa_caption_description_is_its_caption(tmp_path):
    root = write_easy_vqa_layout(tmp_path / "data")
    task = EasyVQACaption(data_dir=root)
    examples = task._examples("test")  # without the Java check of load()
    assert [(e.meta["description"], e.target) for e in examples] == [
        ("a red circle", "a red circle"),
        ("a blue triangle", "a blue triangle"),
    ]


def test_moving_shapes_descriptions_are_the_generators_ground_truth(monkeypatch, tmp_path):
    monkeypatch.setattr(MovingShapes, "clips", {"train": 4, "test": 4})
    test = MovingShapes(data_dir=tmp_path / "d").load("test")
    truth = json.loads((tmp_path / "d" / "questions.json").read_text())["test"]
    by_clip: dict[str, dict[str, str]] = {}
    for row in truth:
        by_clip.setdefault(row["clip"], {})[row["type"]] = row["answer"]
    assert len(test) == 16
    for e in test:
        a = by_clip[e.media_id.split("/")[1]]
        assert e.meta["description"] == f"a {a['color']} {a['shape']} moving {a['direction']} ({a['axis']})"
        assert e.target in e.meta["description"].split(" ") + [a["axis"]]
        assert ("horizontally" in e.meta["description"]) == (a["direction"] in ("left", "right"))


def test_the_oracle_reads_the_description_before_the_prompt(tmp_path):
    from benchmark.backbones.specs import LMSpec

    root = write_easy_vqa_layout(tmp_path / "data")
    example = EasyVQA(data_dir=root).load("test")[0]
    spec = LMSpec(hidden_size=32, embed_dim=32, num_layers=4, vocab_size=320)
    oracle = METHODS.get("text-oracle")(METHODS.get("text-oracle").config_cls(prompt_length=3), spec)
    expected = f"Description: a red circle. {example.prompt}"
    assert oracle.prompt_text(example) == expected
    blind = METHODS.get("blind")(METHODS.get("blind").config_cls(prompt_length=3), spec)
    assert blind.prompt_text(example) == example.prompt  # every other method: the task's prompt
    tok = tiny_tokenizer()
    codec = TextCodec(tok, prompt_of=oracle.prompt_text)
    ids, target = codec.ids(example)
    assert ids[len(codec.bos) :] == tok(expected, add_special_tokens=False).input_ids
    assert target[:-1] == tok(" " + example.target, add_special_tokens=False).input_ids
    bare = dataclasses.replace(example, uid="x", meta={})
    with pytest.raises(ConfigError, match="has no media description"):
        oracle.prompt_text(bare)


@pytest.fixture(scope="module")
def backbones(tmp_path_factory):
    return tiny_run_setup(tmp_path_factory.mktemp("controls"))


def test_the_oracle_refuses_a_task_without_descriptions_before_loading_anything(backbones, capsys):
    out = backbones["root"] / "refused"
    args = tiny_run_args(
        "text-oracle", backbones["lm"], backbones["encoder"], "/nonexistent", backbones["cache"], out, "r"
    )
    assert main([*args, "--task", "vqav2"]) != 0
    err = capsys.readouterr().err.strip()
    # one line, and about the task, not the missing data folder (nothing was loaded)
    assert err.splitlines() == [err.splitlines()[-1]]
    assert "'text-oracle' needs a task that describes its media as text; task 'vqav2' does not" in err
    assert not (out / "r").exists()


def test_blind_and_oracle_run_end_to_end_and_bound_the_report(backbones):
    out = backbones["root"] / "runs"
    for method in ("blind", "text-oracle"):
        args = tiny_run_args(
            method,
            backbones["lm"],
            backbones["encoder"],
            backbones["data"],
            backbones["cache"],
            out,
            method,
            "--set",
            "train.eval_every=0",
            "--set",
            "eval.max_examples=4",
            "--set",
            "eval.max_new_tokens=3",
            "--set",
            "method_options.prompt_length=3",
        )
        assert main(args) == 0
    runs = read_run_folders(out)
    assert {(r.method, r.encoder) for r in runs} == {("blind", "-"), ("text-oracle", "-")}
    table = {r["method"]: r for r in comparison_rows(runs)}
    blind, oracle = table["blind"], table["text-oracle"]
    assert blind["lower"] == oracle["lower"] == blind["mean"]
    assert blind["upper"] == oracle["upper"] == oracle["mean"]
    expected = position(blind["mean"], blind["mean"], oracle["mean"])
    assert blind["position"] == expected and (expected is None or expected == 0.0)


def _row(method, lm, seed, value, fraction=0.1):
    encoder = "-" if method in ("blind", "text-oracle") else "vit"
    return RunRow(f"{method}-{lm}-{seed}", method, "easy-vqa", lm, encoder, fraction, seed, "vqa_accuracy", value, 1, 1)


def test_position_between_the_bounds_by_hand():
    rows = []
    for seed, (e, b, o) in enumerate([(80, 70, 90), (82, 75, 92), (84, 77, 94)]):
        rows += [
            _row("epalm", "small", seed, e),
            _row("blind", "small", seed, b),
            _row("text-oracle", "small", seed, o),
        ]
        rows += [_row("epalm", "large", seed, e), _row("blind", "large", seed, b)]  # no oracle here
        rows += [_row("epalm", "tiny", seed, e), _row("blind", "tiny", seed, 95), _row("text-oracle", "tiny", seed, 95)]
    table = {(r["lm"], r["method"]): r for r in comparison_rows(rows)}
    small = table[("small", "epalm")]  # blind mean 74, oracle mean 92, epalm mean 82: 8 / 18
    assert (small["lower"], small["upper"]) == (pytest.approx(74.0), pytest.approx(92.0))
    assert small["position"] == pytest.approx(8 / 18)
    assert table[("small", "blind")]["position"] == pytest.approx(0.0)
    assert table[("small", "text-oracle")]["position"] == pytest.approx(1.0)
    large = table[("large", "epalm")]  # a bound is missing: no position
    assert (large["lower"], large["upper"], large["position"]) == (pytest.approx(74.0), None, None)
    tiny = table[("tiny", "epalm")]  # upper <= lower: no room between the bounds
    assert (tiny["lower"], tiny["upper"], tiny["position"]) == (95.0, 95.0, None)
    assert position(60.0, 70.0, 90.0) == pytest.approx(-0.5)  # below the blind control
    assert {"lower", "upper", "position"} <= {c.key for c in COMPARISON_COLUMNS}
