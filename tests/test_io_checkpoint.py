"""Atomic writes and resumable checkpoints: round trip, RNG restore, pruning, crash safety."""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import random

import numpy as np
import pytest
import torch

from benchmark.engine import checkpoint as ckpt
from benchmark.engine.io import (
    atomic_path,
    atomic_write_bytes,
    atomic_write_json,
    atomic_write_jsonl,
    atomic_write_text,
)
from benchmark.errors import DataError
from benchmark.logs import get_logger


# -- atomic writes --------------------------------------------------------------------------------
def test_atomic_writes_round_trip(tmp_path):
    atomic_write_text(tmp_path / "a" / "t.txt", "héllo")
    atomic_write_bytes(tmp_path / "b.bin", b"\x00\x01")
    atomic_write_json(tmp_path / "m.json", {"z": 1, "a": [1.5, None], "p": tmp_path, "n": np.float32(0.5)})
    atomic_write_jsonl(tmp_path / "p.jsonl", ({"i": i} for i in range(3)))
    assert (tmp_path / "a" / "t.txt").read_text(encoding="utf-8") == "héllo"
    assert (tmp_path / "b.bin").read_bytes() == b"\x00\x01"
    text = (tmp_path / "m.json").read_text()
    assert list(json.loads(text)) == ["z", "a", "p", "n"] and text.startswith('{\n  "z"')  # indent 2, order kept
    assert [json.loads(line) for line in (tmp_path / "p.jsonl").read_text().splitlines()] == [
        {"i": 0},
        {"i": 1},
        {"i": 2},
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "b.bin", "m.json", "p.jsonl"]  # no temp files


def test_atomic_write_failure_keeps_old_content(tmp_path):
    target = tmp_path / "metrics.json"
    atomic_write_json(target, {"old": True})

    class Boom(Exception):
        pass

    with pytest.raises(Boom), atomic_path(target) as tmp:
        tmp.write_text('{"new": tr')  # half-written
        raise Boom
    with pytest.raises(TypeError):  # not serialisable: fails before anything replaces the file
        atomic_write_json(target, {"bad": object()})

    def rows():
        yield {"ok": 1}
        raise Boom

    with pytest.raises(Boom):
        atomic_write_jsonl(tmp_path / "p.jsonl", rows())
    assert json.loads(target.read_text()) == {"old": True}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["metrics.json"]


# -- checkpoints ----------------------------------------------------------------------------------
def _training_state():
    torch.manual_seed(0)
    model = torch.nn.Linear(4, 3)
    opt = torch.optim.AdamW(model.parameters(), lr=1e-2)
    sched = torch.optim.lr_scheduler.StepLR(opt, step_size=1, gamma=0.5)
    model(torch.randn(2, 4)).sum().backward()
    opt.step()
    sched.step()
    return model, opt, sched


def _save(run_dir, step, model, opt, sched, **kw):
    return ckpt.save_checkpoint(
        run_dir,
        step,
        dict(model.named_parameters()),
        {"lr": 1e-2, "step": step},
        opt.state_dict(),
        sched.state_dict(),
        extra={"epoch": 1, "position": step * 8},
        **kw,
    )


def test_checkpoint_round_trip(tmp_path):
    model, opt, sched = _training_state()
    path = _save(tmp_path, 5, model, opt, sched)
    assert path == tmp_path / "checkpoints" / "step-5"
    assert sorted(p.name for p in path.iterdir()) == [
        "checksums.json",
        "config.json",
        "state.pt",
        "trainable.safetensors",
    ]
    assert ckpt.latest_checkpoint(tmp_path) == path
    loaded = ckpt.load_checkpoint(path)
    assert loaded.step == 5 and loaded.config == {"lr": 1e-2, "step": 5}
    assert loaded.extra == {"epoch": 1, "position": 40}
    for name, p in model.named_parameters():
        assert torch.equal(loaded.trainable[name], p.detach())
    opt2 = torch.optim.AdamW(torch.nn.Linear(4, 3).parameters(), lr=1.0)
    opt2.load_state_dict(loaded.optimizer_state)
    assert opt2.param_groups[0]["lr"] == opt.param_groups[0]["lr"]
    assert torch.equal(opt2.state_dict()["state"][0]["exp_avg"], opt.state_dict()["state"][0]["exp_avg"])
    assert loaded.scheduler_state == sched.state_dict()


def test_rng_restore_reproduces_draws(tmp_path):
    model, opt, sched = _training_state()
    random.seed(1), np.random.seed(1), torch.manual_seed(1)
    path = _save(tmp_path, 1, model, opt, sched)

    def draws():
        return random.random(), float(np.random.rand()), torch.rand(3).tolist()

    expected = draws()
    draws()  # move every generator on
    ckpt.restore_rng_state(ckpt.load_checkpoint(path).rng)
    assert draws() == expected
    state = ckpt.capture_rng_state()
    assert set(state) == {"python", "numpy", "torch", "cuda"}


def test_pruning_keeps_last(tmp_path):
    model, opt, sched = _training_state()
    for step in (10, 20, 30, 40):
        _save(tmp_path, step, model, opt, sched, keep_last=2)
    assert [s for s, _ in ckpt.list_checkpoints(tmp_path)] == [30, 40]
    assert (tmp_path / "checkpoints" / "latest").read_text().strip() == "step-40"
    _save(tmp_path, 40, model, opt, sched, keep_last=2)  # re-saving a step replaces it
    assert [s for s, _ in ckpt.list_checkpoints(tmp_path)] == [30, 40]
    for step in (50, 60):
        _save(tmp_path, step, model, opt, sched, keep_last=None)
    assert [s for s, _ in ckpt.list_checkpoints(tmp_path)] == [30, 40, 50, 60]


def test_crash_while_saving_never_moves_latest(tmp_path, monkeypatch):
    model, opt, sched = _training_state()
    good = _save(tmp_path, 1, model, opt, sched)

    def crash(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(ckpt.torch, "save", crash)  # dies after trainable/config were written
    with pytest.raises(RuntimeError, match="disk full"):
        _save(tmp_path, 2, model, opt, sched)
    monkeypatch.undo()
    assert ckpt.latest_checkpoint(tmp_path) == good
    assert sorted(p.name for p in (tmp_path / "checkpoints").iterdir()) == ["latest", "step-1"]

    # a crash between the rename and the 'latest' update: the complete newer dir is still found,
    # while a stray partial directory is never returned
    (tmp_path / "checkpoints" / "step-9").mkdir()
    (tmp_path / "checkpoints" / "step-9" / "config.json").write_text("{}")
    assert ckpt.latest_checkpoint(tmp_path) == good
    (tmp_path / "checkpoints" / "latest").unlink()
    assert ckpt.latest_checkpoint(tmp_path) == good
    with pytest.raises(DataError, match="incomplete"):
        ckpt.load_checkpoint(tmp_path / "checkpoints" / "step-9")
    assert ckpt.latest_checkpoint(tmp_path / "nowhere") is None


def test_save_and_load_trainable(tmp_path):
    weight = torch.randn(4, 4)
    tensors = {"a": weight, "b": weight[:2]}  # shared storage is fine
    path = ckpt.save_trainable(tmp_path / "model.safetensors", tensors, {"method": "epalm", "step": 3})
    loaded, meta = ckpt.load_trainable(path)
    assert torch.equal(loaded["a"], weight) and torch.equal(loaded["b"], weight[:2])
    assert meta == {"method": "epalm", "step": "3"}
    with pytest.raises(DataError):
        ckpt.load_trainable(tmp_path / "missing.safetensors")


# -- loading never runs code; a damaged newest checkpoint falls back to an older one -------------
class _Payload:
    """A pickled object whose unpickling runs a shell command (writes a marker file)."""

    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


def _rewrite_checksums(path):
    names = ("trainable.safetensors", "config.json", "state.pt")
    sums = {n: hashlib.sha256((path / n).read_bytes()).hexdigest() for n in names}
    (path / "checksums.json").write_text(json.dumps(sums))


@contextlib.contextmanager
def _warnings_of(area):
    records = []
    handler = logging.Handler(logging.WARNING)
    handler.emit = records.append
    logger = get_logger(area)
    logger.addHandler(handler)
    try:
        yield records
    finally:
        logger.removeHandler(handler)


def test_state_is_weights_only_loadable(tmp_path):
    model, opt, sched = _training_state()
    np.random.seed(3)
    path = _save(tmp_path, 1, model, opt, sched, keep_last=None)
    state = torch.load(path / "state.pt", weights_only=True)  # raises if anything but plain values
    assert state["format"] == 2 and isinstance(state["rng"]["numpy"]["key"], torch.Tensor)
    # numpy values in extra are stored as plain numbers
    path = ckpt.save_checkpoint(tmp_path, 2, {}, {}, {}, {}, extra={"val": [(1, {"acc": np.float64(0.5)})]})
    assert ckpt.load_checkpoint(path).extra == {"val": [(1, {"acc": 0.5})]}


@pytest.mark.parametrize("checksums_match", [False, True])
def test_malicious_state_is_refused_without_running_it(tmp_path, checksums_match):
    model, opt, sched = _training_state()
    path = _save(tmp_path, 1, model, opt, sched)
    marker = tmp_path / "pwned"
    torch.save({"format": 2, "step": 1, "optimizer": _Payload(marker), "scheduler": {}, "rng": {}}, path / "state.pt")
    if checksums_match:  # a consistent forgery: only weights_only loading stops it
        _rewrite_checksums(path)
    with pytest.raises(DataError) as info:
        ckpt.load_checkpoint(path)
    message = str(info.value)
    assert "\n" not in message
    assert ("refusing" in message and "posix.system" in message) if checksums_match else "checksum" in message
    with pytest.raises(DataError, match="can be resumed"):
        ckpt.load_latest_checkpoint(tmp_path)
    assert not marker.exists()


def test_corrupt_latest_falls_back_to_older_checkpoint(tmp_path):
    model, opt, sched = _training_state()
    older = _save(tmp_path, 1, model, opt, sched)
    newest = _save(tmp_path, 2, model, opt, sched)
    data = (newest / "trainable.safetensors").read_bytes()
    (newest / "trainable.safetensors").write_bytes(data[: len(data) // 2])  # truncated
    with _warnings_of("checkpoint") as records:
        loaded = ckpt.load_latest_checkpoint(tmp_path)
    assert loaded.step == 1 and loaded.path == older
    assert len(records) == 1 and "step-2" in records[0].getMessage() and "step-1" in records[0].getMessage()

    # a bit flip that still parses is caught by the checksum
    state = bytearray((older / "state.pt").read_bytes())
    state[len(state) // 2] ^= 0xFF
    (older / "state.pt").write_bytes(bytes(state))
    with pytest.raises(DataError) as info:
        ckpt.load_latest_checkpoint(tmp_path)
    assert "\n" not in str(info.value) and "does not match its checksum" in str(info.value)
    assert "1 older one(s) do not verify" in str(info.value)
    assert ckpt.load_latest_checkpoint(tmp_path / "fresh") is None


def test_unreadable_checkpoint_files_are_one_line_errors(tmp_path):
    model, opt, sched = _training_state()
    path = _save(tmp_path, 1, model, opt, sched)
    (path / "checksums.json").unlink()
    with pytest.raises(DataError, match="no checksums.json"):
        ckpt.load_checkpoint(path)
    for name, content in (("state.pt", b"not a zip"), ("config.json", b"{oops"), ("trainable.safetensors", b"x")):
        path = _save(tmp_path, 1, model, opt, sched)
        (path / name).write_bytes(content)
        _rewrite_checksums(path)
        with pytest.raises(DataError, match="cannot be read") as info:
            ckpt.load_checkpoint(path)
        assert name in str(info.value) and "\n" not in str(info.value)
