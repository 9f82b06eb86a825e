"""Atomic file writes: nothing half-written is ever visible under its final name.

Every result, manifest and checkpoint file goes through :func:`atomic_path`: the content is written
to a temporary file in the same directory, flushed to disk (fsync), then ``os.replace``'d onto the
final name. A crash or an exception at any point leaves either the old file or the new one, never a
mix; the temporary file is removed on failure.

Locks: :func:`file_lock` waits for an exclusive lock (short critical sections); :func:`exclusive_lock`
takes one at once or fails naming its holder (one process per run folder).
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

__all__ = [
    "LockHeld",
    "atomic_path",
    "atomic_write_bytes",
    "atomic_write_json",
    "atomic_write_jsonl",
    "atomic_write_text",
    "exclusive_lock",
    "file_lock",
    "fsync_dir",
    "json_default",
]


def fsync_dir(directory: str | Path) -> None:
    """Flush a directory entry (a rename inside it) to disk; best effort on platforms without it."""
    try:
        fd = os.open(str(directory), os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    fd = os.open(str(path), os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_sibling(path: str | Path, kind: str = "tmp") -> Path:
    """A fresh, unused name next to ``path`` (same directory, hence same filesystem)."""
    path = Path(path)
    return path.with_name(f".{path.name}.{kind}-{os.getpid()}-{uuid.uuid4().hex[:8]}")


@contextlib.contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``path`` atomically.

    The parent directory is created if needed. On an exception the temporary file is removed and
    ``path`` keeps its previous content (or stays absent).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_sibling(path)
    try:
        yield tmp
        if not tmp.is_file():
            raise FileNotFoundError(f"atomic write of {path}: nothing was written to {tmp}")
        _fsync_file(tmp)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def atomic_write_bytes(path: str | Path, data: bytes) -> Path:
    with atomic_path(path) as tmp, open(tmp, "wb") as fh:
        fh.write(data)
    return Path(path)


def atomic_write_text(path: str | Path, text: str, encoding: str = "utf-8") -> Path:
    return atomic_write_bytes(path, text.encode(encoding))


def json_default(obj: Any) -> Any:
    """JSON fallback for values common in results: paths, numpy/torch scalars, sets, dataclasses."""
    if isinstance(obj, os.PathLike):
        return os.fspath(obj)
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return dataclasses.asdict(obj)
    if isinstance(obj, (set, frozenset)):
        return sorted(obj, key=str)
    item = getattr(obj, "item", None)  # numpy scalars, 0-d arrays, one-element tensors
    if callable(item):
        try:
            return item()
        except (ValueError, RuntimeError):
            pass
    tolist = getattr(obj, "tolist", None)  # arrays and tensors
    if callable(tolist):
        return tolist()
    raise TypeError(f"object of type {type(obj).__name__} is not JSON serializable")


def atomic_write_json(path: str | Path, obj: Any, indent: int = 2) -> Path:
    text = json.dumps(obj, indent=indent, sort_keys=False, ensure_ascii=False, default=json_default)
    return atomic_write_text(path, text + "\n")


def atomic_write_jsonl(path: str | Path, rows: Iterable[Any]) -> Path:
    """One JSON document per line (the rows may be a generator; it is consumed once)."""
    path = Path(path)
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, default=json_default))
            fh.write("\n")
    return path


@contextlib.contextmanager
def file_lock(path: str | Path) -> Iterator[None]:
    """An exclusive advisory lock on ``path`` (created if missing) held for the ``with`` block;
    it serialises processes (and threads: each call opens its own descriptor) on one machine.
    A no-op where ``fcntl`` is unavailable."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        yield
        return
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(str(path), os.O_CREAT | os.O_RDWR, 0o666)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


class LockHeld(OSError):
    """:func:`exclusive_lock` found the lock held; ``holder`` is what its holder wrote (``pid``,
    ``host``, ``since``; empty when it had not written yet or the file is not ours)."""

    def __init__(self, path: Path, holder: dict[str, Any]):
        self.path, self.holder = path, holder
        super().__init__(f"{path} is held by {describe_holder(holder)}")


def describe_holder(holder: dict[str, Any]) -> str:
    """``pid 123 on host h (since ...)``, or ``an unknown process`` when nothing was recorded."""
    if not holder.get("pid"):
        return "an unknown process"
    since = f" since {holder['since']}" if holder.get("since") else ""
    return f"pid {holder['pid']} on host {holder.get('host', '?')}{since}"


def _read_holder(fd: int) -> dict[str, Any]:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        data = json.loads(os.read(fd, 4096).decode("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


@contextlib.contextmanager
def exclusive_lock(path: str | Path) -> Iterator[dict[str, Any]]:
    """Hold an exclusive, non-blocking lock on the file ``path`` for the ``with`` block, or raise
    :class:`LockHeld` at once naming the holder.

    The lock is a ``flock`` on ``path``, which holds the holder's pid, host and start time (JSON); the
    kernel drops it when the holding process dies, however it dies, and the file is removed on a
    clean exit. A file left behind by a process that died on this host is therefore taken over (the
    block receives the dead holder's record; ``{}`` otherwise); one left by a process on another host
    is refused, since this host cannot tell whether that process still runs (delete the file when it
    does not). Each call opens its own descriptor, so two threads of one process exclude each other
    too. Without ``fcntl`` (not POSIX) the block runs unlocked.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        yield {}
        return
    import socket
    import time

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    host = socket.gethostname()
    while True:
        fd = os.open(str(path), os.O_CREAT | os.O_RDWR, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # BlockingIOError: held by another descriptor
            holder = _read_holder(fd)
            os.close(fd)
            raise LockHeld(path, holder) from None
        try:  # the file may have been removed (and recreated) by a holder releasing it meanwhile
            current = os.stat(path)
            mine = os.fstat(fd)
            same = (current.st_dev, current.st_ino) == (mine.st_dev, mine.st_ino)
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)
    try:
        previous = _read_holder(fd)
        if previous.get("pid") and previous.get("host") not in (None, host):
            raise LockHeld(path, previous)
        stamp = time.strftime("%Y-%m-%dT%H:%M:%S%z")
        record = json.dumps({"pid": os.getpid(), "host": host, "since": stamp}).encode("utf-8")
        os.ftruncate(fd, 0)
        os.pwrite(fd, record, 0)
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        raise
    try:
        yield previous
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path)  # before unlocking: a waiting process re-checks the inode (see above)
        os.close(fd)
