"""Resumable, atomic checkpoints of the trainable part of a run.

Layout::

    <run_dir>/checkpoints/step-<N>/trainable.safetensors   only the trainable tensors
                                  /config.json             the run config
                                  /state.pt                optimizer, scheduler, step, RNG, extra
    <run_dir>/checkpoints/latest                           "step-<N>": newest complete checkpoint

A checkpoint directory is built under a temporary name, flushed to disk and renamed into place;
``latest`` is rewritten atomically only afterwards. A crash at any moment therefore leaves ``latest``
naming a complete checkpoint (or absent), and :func:`latest_checkpoint` never returns a partial one.
Frozen backbone weights are never saved.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import uuid
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch
from safetensors.torch import load_file, save_file

from benchmark.engine.io import atomic_path, atomic_write_text, fsync_dir, json_default
from benchmark.errors import DataError

__all__ = [
    "Checkpoint",
    "capture_rng_state",
    "latest_checkpoint",
    "list_checkpoints",
    "load_checkpoint",
    "load_trainable",
    "restore_rng_state",
    "save_checkpoint",
    "save_trainable",
]

TRAINABLE_FILE = "trainable.safetensors"
CONFIG_FILE = "config.json"
STATE_FILE = "state.pt"
REQUIRED_FILES = (TRAINABLE_FILE, CONFIG_FILE, STATE_FILE)
_STEP_DIR = re.compile(r"^step-(\d+)$")


@dataclass
class Checkpoint:
    step: int
    trainable: dict[str, torch.Tensor]
    config: dict[str, Any]
    optimizer_state: Any
    scheduler_state: Any
    rng: dict[str, Any]
    extra: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None


# -- RNG ------------------------------------------------------------------------------------------
def capture_rng_state() -> dict[str, Any]:
    """Python ``random``, NumPy's global RNG, torch CPU and (if available) every CUDA device."""
    return {
        "python": random.getstate(),
        "numpy": np.random.get_state(),
        "torch": torch.get_rng_state(),
        "cuda": torch.cuda.get_rng_state_all() if torch.cuda.is_available() else None,
    }


def restore_rng_state(state: dict[str, Any]) -> None:
    random.setstate(state["python"])
    np.random.set_state(state["numpy"])
    torch.set_rng_state(state["torch"].cpu() if isinstance(state["torch"], torch.Tensor) else state["torch"])
    cuda = state.get("cuda")
    if cuda and torch.cuda.is_available():
        count = torch.cuda.device_count()
        if len(cuda) != count:
            warnings.warn(
                f"checkpoint has CUDA RNG states for {len(cuda)} devices, this machine has "
                f"{count}; restoring the first {min(count, len(cuda))}",
                stacklevel=2,
            )
        for device, s in enumerate(cuda[:count]):
            torch.cuda.set_rng_state(s.cpu(), device)


# -- trainable tensors ----------------------------------------------------------------------------
def _to_cpu_tensors(tensors: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    # clone: safetensors refuses tensors that share storage (tied or sliced parameters)
    return {name: t.detach().to("cpu").clone().contiguous() for name, t in tensors.items()}


def _write_trainable(path: Path, tensors: dict[str, torch.Tensor], metadata: dict[str, Any] | None) -> None:
    meta = {k: v if isinstance(v, str) else json.dumps(v, default=json_default) for k, v in (metadata or {}).items()}
    save_file(_to_cpu_tensors(tensors), str(path), metadata=meta or None)


def save_trainable(path: str | Path, tensors: dict[str, torch.Tensor], metadata: dict[str, Any] | None = None) -> Path:
    """Write trainable tensors to one safetensors file atomically. Non-string metadata is JSON-encoded."""
    path = Path(path)
    with atomic_path(path) as tmp:
        _write_trainable(tmp, tensors, metadata)
    return path


def load_trainable(path: str | Path) -> tuple[dict[str, torch.Tensor], dict[str, str]]:
    """Tensors and the (string) metadata of a file written by :func:`save_trainable`."""
    from safetensors import safe_open

    path = Path(path)
    if not path.is_file():
        raise DataError(f"trainable weights file {path} does not exist")
    with safe_open(str(path), framework="pt") as fh:
        metadata = dict(fh.metadata() or {})
    return load_file(str(path)), metadata


# -- checkpoints ----------------------------------------------------------------------------------
def _fsync_tree(directory: Path) -> None:
    for entry in directory.iterdir():
        if entry.is_file():
            fd = os.open(str(entry), os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
    fsync_dir(directory)


def _is_complete(path: Path) -> bool:
    return path.is_dir() and all((path / name).is_file() for name in REQUIRED_FILES)


def list_checkpoints(run_dir: str | Path) -> list[tuple[int, Path]]:
    """Complete checkpoints of a run, oldest first."""
    root = Path(run_dir) / "checkpoints"
    if not root.is_dir():
        return []
    found = []
    for entry in root.iterdir():
        match = _STEP_DIR.match(entry.name)
        if match and _is_complete(entry):
            found.append((int(match.group(1)), entry))
    return sorted(found)


def save_checkpoint(
    run_dir: str | Path,
    step: int,
    trainable: dict[str, torch.Tensor],
    config: dict[str, Any],
    optimizer_state: Any,
    scheduler_state: Any,
    extra: dict[str, Any] | None = None,
    keep_last: int | None = 2,
) -> Path:
    """Write ``checkpoints/step-<step>`` atomically, point ``latest`` at it, prune older ones.

    ``keep_last`` complete checkpoints are kept (None or 0: keep all). RNG states are captured here.
    """
    root = Path(run_dir) / "checkpoints"
    root.mkdir(parents=True, exist_ok=True)
    final = root / f"step-{int(step)}"
    tmp = root / f".tmp-step-{int(step)}-{uuid.uuid4().hex[:8]}"
    tmp.mkdir()
    try:
        _write_trainable(tmp / TRAINABLE_FILE, trainable, {"step": int(step)})
        (tmp / CONFIG_FILE).write_text(
            json.dumps(config, indent=2, ensure_ascii=False, default=json_default) + "\n", encoding="utf-8"
        )
        state = {
            "format": 1,
            "step": int(step),
            "optimizer": optimizer_state,
            "scheduler": scheduler_state,
            "rng": capture_rng_state(),
            "extra": dict(extra or {}),
        }
        torch.save(state, tmp / STATE_FILE)
        _fsync_tree(tmp)
        if final.exists():  # re-saving a step (e.g. after a resume): swap the old one out first
            old = root / f".old-{final.name}-{uuid.uuid4().hex[:8]}"
            os.replace(final, old)
            os.replace(tmp, final)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, final)
        fsync_dir(root)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    atomic_write_text(root / "latest", final.name + "\n")
    _prune(root, run_dir, keep_last, keep=final)
    return final


def _prune(root: Path, run_dir: str | Path, keep_last: int | None, keep: Path) -> None:
    for entry in root.iterdir():  # leftovers of crashed saves (one writer per run)
        if entry.is_dir() and entry.name.startswith((".tmp-step-", ".old-step-")):
            shutil.rmtree(entry, ignore_errors=True)
    if not keep_last or keep_last < 1:
        return
    checkpoints = list_checkpoints(run_dir)
    for _, path in checkpoints[:-keep_last]:
        if path != keep:
            shutil.rmtree(path, ignore_errors=True)


def latest_checkpoint(run_dir: str | Path) -> Path | None:
    """The newest complete checkpoint: the one ``latest`` names, else the highest complete step."""
    root = Path(run_dir) / "checkpoints"
    pointer = root / "latest"
    if pointer.is_file():
        candidate = root / pointer.read_text(encoding="utf-8").strip()
        if candidate.name and _is_complete(candidate):
            return candidate
    checkpoints = list_checkpoints(run_dir)
    return checkpoints[-1][1] if checkpoints else None


def load_checkpoint(path: str | Path, map_location: str | torch.device = "cpu") -> Checkpoint:
    """Read a checkpoint directory (RNG states are returned, not applied: see :func:`restore_rng_state`)."""
    path = Path(path)
    if not path.is_dir():
        raise DataError(f"checkpoint directory {path} does not exist")
    absent = [name for name in REQUIRED_FILES if not (path / name).is_file()]
    if absent:
        raise DataError(f"checkpoint {path} is incomplete: missing {', '.join(absent)}")
    trainable, _ = load_trainable(path / TRAINABLE_FILE)
    config = json.loads((path / CONFIG_FILE).read_text(encoding="utf-8"))
    # weights_only=False: this file was written by save_checkpoint (numpy RNG state, extra dict)
    state = torch.load(path / STATE_FILE, map_location=map_location, weights_only=False)
    return Checkpoint(
        step=int(state["step"]),
        trainable=trainable,
        config=config,
        optimizer_state=state["optimizer"],
        scheduler_state=state["scheduler"],
        rng=state["rng"],
        extra=state.get("extra", {}),
        path=path,
    )
