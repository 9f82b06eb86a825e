"""tones: deterministic generation, captions that match the sound, and a short audio run."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest
from task_checks import run_task, tiny_backbones

from benchmark.engine.media import load_audio
from tasks.tones import EVENT, RATE, Tones, caption_of


@pytest.fixture
def small(monkeypatch):
    monkeypatch.setattr(Tones, "clips", {"train": 9, "test": 9})


def test_captions():
    assert caption_of(1, "high") == "one high beep" and caption_of(3, "low") == "three low beeps"
    assert caption_of(2, "noise") == "two bursts of noise"


def test_generation_is_deterministic_and_the_sound_matches_the_caption(small, tmp_path):
    a, b = Tones(data_dir=tmp_path / "a"), Tones(data_dir=tmp_path / "b")
    test_a, test_b = a.load("test"), b.load("test")
    assert [e.target for e in test_a] == [e.target for e in test_b] and len(test_a) == 9
    assert len({e.target for e in test_a}) == 9  # every caption once
    for ea, eb in zip(test_a, test_b):
        assert (
            hashlib.sha256(open(ea.media_path, "rb").read()).digest()
            == hashlib.sha256(open(eb.media_path, "rb").read()).digest()
        )
        samples = load_audio(ea.media_path)
        frame = int(0.05 * RATE)
        energy = np.array([np.abs(samples[i : i + frame]).mean() for i in range(0, len(samples) - frame, frame)])
        loud = energy > 0.1
        events = int(loud[0]) + int(np.sum(loud[1:] & ~loud[:-1]))
        assert events == ea.meta["count"], (ea.target, events)
        if ea.meta["kind"] != "noise":
            spectrum = np.abs(np.fft.rfft(samples))
            peak = spectrum.argmax() * RATE / len(samples)
            assert (peak > 1000) == (ea.meta["kind"] == "high"), (ea.target, peak)
    assert EVENT > 0.1


def test_short_audio_run(small, tmp_path):
    code, metrics = run_task("tones", tmp_path / "data", tiny_backbones(tmp_path / "bb"), "audio", tmp_path)
    assert code == 0 and metrics["n_eval"] == 9 and "exact_caption" in metrics["metrics"]
