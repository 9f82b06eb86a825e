"""moving-shapes: deterministic generation in place, balanced answers, frames that show what the
answers say, and a short video run."""

from __future__ import annotations

import hashlib
import json

import numpy as np
import pytest
from task_checks import run_task, tiny_backbones

from benchmark.engine.media import load_video
from benchmark.errors import DataError
from tasks.moving_shapes import COLORS, MovingShapes


@pytest.fixture
def small(monkeypatch):
    monkeypatch.setattr(MovingShapes, "clips", {"train": 12, "test": 8})


def digests(root):
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_generation_is_deterministic_and_in_place(small, tmp_path):
    a, b = MovingShapes(data_dir=tmp_path / "a"), MovingShapes(data_dir=tmp_path / "b")
    assert len(a.load("test")) == 8 * 4 and len(b.load("train")) + len(b.load("val")) == 12 * 4
    assert digests(tmp_path / "a") == digests(tmp_path / "b")  # same bytes, mp4 files included
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary folder left
    manifest = json.loads((tmp_path / "a" / "manifest.json").read_text())
    assert manifest["task"] == "moving-shapes" and manifest["clips"] == {"train": 12, "test": 8}


def test_answers_are_balanced_and_match_the_frames(small, tmp_path):
    task = MovingShapes(data_dir=tmp_path / "d")
    test = task.load("test")
    colors = [e.target for e in test if e.meta["question_type"] == "color"]
    assert sorted(set(colors)) == sorted(COLORS) and max(map(colors.count, set(colors))) <= 2
    for e in test:
        if e.meta["question_type"] != "direction":
            continue
        frames = load_video(e.media_path, 8).astype(int)
        rgb = np.array(
            COLORS[next(x.target for x in test if x.media_id == e.media_id and x.meta["question_type"] == "color")]
        )
        centres = [np.argwhere(np.abs(f - rgb).sum(-1) < 60).mean(0) for f in frames]  # (row, col)
        dy, dx = centres[-1] - centres[0]
        moved = {"left": -dx, "right": dx, "up": -dy, "down": dy}[e.target]
        assert moved > 25, (e.uid, e.target, dy, dx)


def test_a_folder_with_other_content_is_refused(small, tmp_path):
    (tmp_path / "other.txt").write_text("x")
    with pytest.raises(DataError, match="not empty"):
        MovingShapes(data_dir=tmp_path).load("test")


def test_short_video_run(small, tmp_path):
    code, metrics = run_task("moving-shapes", tmp_path / "data", tiny_backbones(tmp_path / "bb"), "video", tmp_path)
    assert code == 0 and metrics["n_eval"] == 32
    assert {"vqa_accuracy/question_type/direction", "vqa_accuracy/question_type/axis"} <= set(metrics["metrics"])
