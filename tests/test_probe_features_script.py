"""scripts/probe_features.py: a feature that holds the label linearly probes at 100%, one that holds
nothing at about chance, the majority row is the most frequent training value's accuracy, and caption
targets parse into (colour, shape)."""

from __future__ import annotations

import numpy as np
import pytest
from script_modules import load_script

probe = load_script("probe_features")


PROJECTION = np.random.default_rng(42).normal(size=(3, 8))  # the same class directions in every split


def _data(rng, n):
    labels = rng.choice(["red", "blue", "green"], size=n, p=[0.5, 0.3, 0.2]).tolist()
    onehot = np.stack([np.asarray(labels) == c for c in ("red", "blue", "green")], axis=1).astype(np.float32)
    informative = onehot @ PROJECTION + 0.01 * rng.normal(size=(n, 8))
    noise = rng.normal(size=(n, 8))
    return {"informative": informative, "noise": noise}, labels


def test_an_informative_feature_probes_perfectly_and_noise_does_not():
    rng = np.random.default_rng(0)
    train, train_y = _data(rng, 600)
    test, test_y = _data(rng, 400)
    assert probe.probe_accuracy(train["informative"], train_y, test["informative"], test_y) == 100.0
    noise = probe.probe_accuracy(train["noise"], train_y, test["noise"], test_y)
    assert noise < 60.0  # near the majority rate (about 50), far from 100


def test_majority_row_and_table_layout():
    train_y, test_y = ["a", "a", "b"], ["a", "b", "b", "b"]
    assert probe.majority_accuracy(train_y, test_y) == 25.0
    rng = np.random.default_rng(1)
    train, labels = _data(rng, 300)
    test, test_labels = _data(rng, 100)
    table = probe.probe_table(train, test, {"colour": labels}, {"colour": test_labels}).splitlines()
    assert table[0] == "| feature | dim | colour (test acc, %) |"
    assert [row.split(" | ")[0] for row in table[2:]] == ["| informative", "| noise", "| majority"]
    assert table[2] == "| informative | 8 | 100.0 |"


def test_caption_targets_parse_into_colour_and_shape():
    assert probe.caption_labels("a blue circle") == ("blue", "circle")
    assert probe.caption_labels("a light blue rectangle") == ("light blue", "rectangle")
    with pytest.raises(ValueError, match="not an easy-vqa-caption target"):
        probe.caption_labels("circle")


def test_clip_labels_gathers_each_clips_answers_by_question_type():
    """moving-shapes has one example per question: the probe's labels are each clip's four answers."""
    from types import SimpleNamespace

    examples = [
        SimpleNamespace(media_id=f"test/{clip}", target=answer, meta={"question_type": kind})
        for clip, answers in (
            ("00000", ("red", "circle", "vertically", "up")),
            ("00001", ("blue", "square", "horizontally", "left")),
        )
        for kind, answer in zip(("color", "shape", "axis", "direction"), answers)
    ]
    labels = probe.clip_labels(examples)
    assert labels == {
        "test/00000": {"color": "red", "shape": "circle", "axis": "vertically", "direction": "up"},
        "test/00001": {"color": "blue", "shape": "square", "axis": "horizontally", "direction": "left"},
    }


def test_the_motion_leak_probe_writes_every_frame_intra_coded(tmp_path):
    """scripts/probe_motion_leak.py's third version of a clip (write_video's intra_only): the same frames,
    every one a key frame (the task's own clips have one); too few clips are refused in one line."""
    import av

    leak = load_script("probe_motion_leak")
    import random

    from benchmark.engine.media import write_video
    from tasks.moving_shapes import FPS, render_clip

    frames = render_clip(random.Random(0), "red", "circle", "left")
    write_video(tmp_path / "p.mp4", frames, fps=FPS, codec="mpeg4")
    write_video(tmp_path / "i.mp4", frames, fps=FPS, codec="mpeg4", intra_only=True)

    def keys(path):
        with av.open(str(path)) as container:
            return [f.key_frame for f in container.decode(container.streams.video[0])]

    assert keys(tmp_path / "i.mp4") == [True] * len(frames)
    assert keys(tmp_path / "p.mp4")[0] and not all(keys(tmp_path / "p.mp4"))
    with pytest.raises(SystemExit, match="--clips must be at least 8, got 3"):
        leak.main(["--clips", "3"])
