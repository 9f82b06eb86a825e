"""Resumable, atomic checkpoints of the trainable part of a run.

Layout::

    <run_dir>/checkpoints/step-<N>/trainable.safetensors   only the trainable tensors
                                  /config.json             the run config
                                  /state.pt                optimizer, scheduler, step, RNG, extra
                                  /checksums.json          SHA-256 of the three files above
    <run_dir>/checkpoints/latest                           "step-<N>": newest complete checkpoint

A checkpoint directory is built under a temporary name, flushed to disk and renamed into place;
``latest`` is rewritten atomically only afterwards. A crash at any moment therefore leaves ``latest``
naming a complete checkpoint (or absent), and :func:`latest_checkpoint` never returns a partial one.
Frozen backbone weights are never saved; an encoder a method trains (Frozen's ``train_encoder``) is
the method's submodule, so its tensors are among the trainable ones saved here.

Loading never runs code: ``state.pt`` holds only tensors and plain values (dicts, lists, tuples,
strings, numbers; the NumPy RNG key is stored as a tensor) and is read with ``torch.load(...,
weights_only=True)``; a file holding anything else is refused with a :class:`DataError`. Every file is
checked against ``checksums.json`` before it is parsed. :func:`load_latest_checkpoint` falls back to
the newest checkpoint that verifies (with a warning) when a newer one is damaged.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
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
from benchmark.logs import get_logger

__all__ = [
    "Checkpoint",
    "capture_rng_state",
    "check_trainable_file",
    "latest_checkpoint",
    "list_checkpoints",
    "load_checkpoint",
    "load_latest_checkpoint",
    "load_trainable",
    "restore_rng_state",
    "save_checkpoint",
    "save_trainable",
]

TRAINABLE_FILE = "trainable.safetensors"
CONFIG_FILE = "config.json"
STATE_FILE = "state.pt"
CHECKSUM_FILE = "checksums.json"
REQUIRED_FILES = (TRAINABLE_FILE, CONFIG_FILE, STATE_FILE)
STATE_FORMAT = 2  # 1: numpy RNG state pickled as an ndarray (not loadable with weights_only)
_STEP_DIR = re.compile(r"^step-(\d+)$")
log = get_logger("checkpoint")


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
    """Python ``random``, NumPy's global RNG, torch CPU and (if available) every CUDA device, in a
    form ``torch.load(weights_only=True)`` reads back: tuples of ints, tensors and plain values."""
    name, key, pos, has_gauss, cached = np.random.get_state()
    return {
        "python": random.getstate(),
        "numpy": {
            "bit_generator": str(name),
            "key": torch.from_numpy(np.asarray(key, dtype=np.int64).copy()),
            "pos": int(pos),
            "has_gauss": int(has_gauss),
            "cached_gaussian": float(cached),
        },
        "torch": torch.get_rng_state(),
        "cuda": torch.cuda.get_rng_state_all() if torch.cuda.is_available() else None,
    }


def _numpy_state(state: Any) -> Any:
    """The tuple :func:`numpy.random.set_state` takes, from :func:`capture_rng_state`'s dict (or the tuple)."""
    if not isinstance(state, dict):
        return state
    key = state["key"]
    key = key.cpu().numpy() if isinstance(key, torch.Tensor) else np.asarray(key)
    return (
        state["bit_generator"],
        key.astype(np.uint32),
        int(state["pos"]),
        int(state["has_gauss"]),
        float(state["cached_gaussian"]),
    )


def restore_rng_state(state: dict[str, Any]) -> None:
    """Apply a state from :func:`capture_rng_state` (as saved in, and loaded from, a checkpoint)."""
    version, internal, gauss = state["python"]
    random.setstate((int(version), tuple(int(x) for x in internal), gauss))
    np.random.set_state(_numpy_state(state["numpy"]))
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


def check_trainable_file(path: str | Path) -> None:
    """Check a safetensors file without reading its tensors: it exists, its header (an 8-byte
    length, then JSON) reads, and its size is exactly what the header describes. A truncated,
    padded or foreign file raises one :class:`DataError` line (``bench eval`` calls this before it
    loads the LM)."""
    path = Path(path)
    if not path.is_file():
        raise DataError(f"trainable weights file {path} does not exist")
    size = path.stat().st_size
    bad = f"trainable weights file {path} cannot be read"
    with open(path, "rb") as fh:
        head = fh.read(8)
        if len(head) < 8:
            raise DataError(f"{bad}: {size} bytes, too short for a safetensors header")
        length = int.from_bytes(head, "little")
        if length > size - 8:
            raise DataError(f"{bad}: truncated (its header needs {length} bytes, the file holds {size - 8} after it)")
        try:
            header = json.loads(fh.read(length).decode("utf-8"))
            ends = [int(v["data_offsets"][1]) for k, v in header.items() if k != "__metadata__"]
        except (ValueError, UnicodeDecodeError, TypeError, KeyError, IndexError, AttributeError):
            raise DataError(f"{bad}: its header does not read (damaged, or not a safetensors file)") from None
    expected = 8 + length + max(ends, default=0)
    if size != expected:
        cut = "truncated" if size < expected else "longer than its header describes"
        raise DataError(f"{bad}: {cut} ({size} bytes; its header describes {expected})")


def load_trainable(path: str | Path) -> tuple[dict[str, torch.Tensor], dict[str, str]]:
    """Tensors and the (string) metadata of a file written by :func:`save_trainable`; the file is
    checked first (:func:`check_trainable_file`), and any damage is one :class:`DataError` line."""
    from safetensors import safe_open

    path = Path(path)
    check_trainable_file(path)
    try:
        with safe_open(str(path), framework="pt") as fh:
            metadata = dict(fh.metadata() or {})
        return load_file(str(path)), metadata
    except Exception as exc:  # safetensors' own errors (a damaged tensor table)
        raise DataError(f"trainable weights file {path} cannot be read ({_one_line(exc)})") from None


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


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _plain(value: Any, where: str = "state") -> Any:
    """``value`` as only what ``torch.load(weights_only=True)`` accepts: tensors (on the CPU), dicts,
    lists, tuples, strings, numbers, booleans and None. NumPy scalars and arrays become numbers and tensors."""
    if isinstance(value, np.generic):  # before the plain types: np.float64 is a float subclass
        return value.item()
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, torch.Tensor):
        return value.detach().cpu()
    if isinstance(value, np.ndarray):
        return torch.from_numpy(value.copy())
    if isinstance(value, os.PathLike):
        return os.fspath(value)
    if isinstance(value, dict):
        return {_plain(k, where): _plain(v, f"{where}[{k!r}]") for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        items = [_plain(v, f"{where}[{i}]") for i, v in enumerate(value)]
        return items if isinstance(value, list) else tuple(items)
    raise TypeError(f"checkpoint {where} is a {type(value).__name__}; only tensors and plain values can be saved")


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
            "format": STATE_FORMAT,
            "step": int(step),
            "optimizer": _plain(optimizer_state, "optimizer state"),
            "scheduler": _plain(scheduler_state, "scheduler state"),
            "rng": _plain(capture_rng_state(), "RNG state"),
            "extra": _plain(dict(extra or {}), "extra"),
        }
        torch.save(state, tmp / STATE_FILE)
        checksums = {name: _sha256(tmp / name) for name in REQUIRED_FILES}
        (tmp / CHECKSUM_FILE).write_text(json.dumps(checksums, indent=2) + "\n", encoding="utf-8")
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


def _candidates(run_dir: str | Path) -> list[Path]:
    """Complete checkpoints, newest first: the one ``latest`` names, then by decreasing step."""
    root = Path(run_dir) / "checkpoints"
    out = []
    pointer = root / "latest"
    if pointer.is_file():
        try:
            name = pointer.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError):
            name = ""
        if _STEP_DIR.match(name) and _is_complete(root / name):
            out.append(root / name)
    out += [path for _, path in reversed(list_checkpoints(run_dir)) if path not in out]
    return out


def latest_checkpoint(run_dir: str | Path) -> Path | None:
    """The newest complete checkpoint: the one ``latest`` names, else the highest complete step.
    Complete means every file is present; :func:`load_latest_checkpoint` also verifies the contents."""
    candidates = _candidates(run_dir)
    return candidates[0] if candidates else None


def load_latest_checkpoint(run_dir: str | Path, map_location: str | torch.device = "cpu") -> Checkpoint | None:
    """The newest checkpoint of ``run_dir`` that verifies (None when the run has none).

    A newer checkpoint that is damaged (a checksum mismatch, a truncated or unreadable file) is
    skipped with a warning naming it; when no checkpoint verifies, :class:`DataError` says why the
    newest one failed.
    """
    failures: list[tuple[Path, str]] = []
    for path in _candidates(run_dir):
        try:
            ckpt = load_checkpoint(path, map_location)
        except DataError as exc:
            failures.append((path, str(exc)))
            continue
        for bad, reason in failures:
            log.warning("warning: skipping damaged checkpoint %s (%s); resuming from %s", bad.name, reason, path)
        return ckpt
    if not failures:
        return None
    newest, reason = failures[0]
    older = f"; the {len(failures) - 1} older one(s) do not verify either" if len(failures) > 1 else ""
    raise DataError(
        f"no checkpoint under {Path(run_dir) / 'checkpoints'} can be resumed: {reason}{older}. "
        "Start the run again without --resume in a new folder"
    )


def _verify_checksums(path: Path) -> None:
    listed = path / CHECKSUM_FILE
    if not listed.is_file():
        raise DataError(
            f"checkpoint {path} has no {CHECKSUM_FILE} (written by an older version of the suite or "
            "damaged); it cannot be verified"
        )
    try:
        checksums = json.loads(listed.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataError(f"checkpoint {path}: {CHECKSUM_FILE} is unreadable ({exc})") from None
    if not isinstance(checksums, dict):
        raise DataError(f"checkpoint {path}: {CHECKSUM_FILE} is not a mapping of file names to SHA-256 digests")
    for name in REQUIRED_FILES:
        if checksums.get(name) != _sha256(path / name):
            raise DataError(f"checkpoint {path} is damaged: {name} does not match its checksum")


def _one_line(exc: BaseException) -> str:
    """The informative line of a (possibly multi-line) torch error message."""
    text = str(exc)
    if "WeightsUnpickler error:" in text:  # skip torch's general advice
        text = text.split("WeightsUnpickler error:", 1)[1]
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[0][:200] if lines else type(exc).__name__


def _load_state(file: Path, map_location: str | torch.device) -> dict[str, Any]:
    try:
        state = torch.load(file, map_location=map_location, weights_only=True)
    except pickle.UnpicklingError as exc:
        refused = re.search(r"GLOBAL ([\w.]+)", str(exc))
        if refused:  # the file names a class or function: unpickling it could run code
            raise DataError(
                f"refusing to load checkpoint state {file}: it holds a {refused.group(1)} object, not only "
                "tensors and plain values, so it was not written by this suite"
            ) from None
        raise DataError(f"checkpoint state {file} cannot be read ({_one_line(exc)})") from None
    except Exception as exc:  # truncated zip, bad magic number, ...
        raise DataError(f"checkpoint state {file} cannot be read ({_one_line(exc)})") from None
    if not isinstance(state, dict) or not {"step", "optimizer", "scheduler", "rng"} <= set(state):
        raise DataError(f"checkpoint state {file} is not a state written by this suite (expected step, optimizer, ...)")
    if state.get("format") != STATE_FORMAT:
        raise DataError(
            f"checkpoint state {file} has format {state.get('format')!r}; this version reads format {STATE_FORMAT}"
        )
    return state


def load_checkpoint(path: str | Path, map_location: str | torch.device = "cpu") -> Checkpoint:
    """Read and verify a checkpoint directory (RNG states are returned, not applied: see
    :func:`restore_rng_state`). Any missing, damaged or foreign file raises :class:`DataError`."""
    path = Path(path)
    if not path.is_dir():
        raise DataError(f"checkpoint directory {path} does not exist")
    absent = [name for name in REQUIRED_FILES if not (path / name).is_file()]
    if absent:
        raise DataError(f"checkpoint {path} is incomplete: missing {', '.join(absent)}")
    _verify_checksums(path)
    try:
        trainable, _ = load_trainable(path / TRAINABLE_FILE)
    except DataError:
        raise
    except Exception as exc:  # safetensors' own errors
        raise DataError(f"checkpoint weights {path / TRAINABLE_FILE} cannot be read ({_one_line(exc)})") from None
    try:
        config = json.loads((path / CONFIG_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataError(f"checkpoint config {path / CONFIG_FILE} cannot be read ({exc})") from None
    state = _load_state(path / STATE_FILE, map_location)
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
