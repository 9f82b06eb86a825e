"""Keep a long study (``bench tune`` or ``bench sweep`` output folder) across machines, in git.

    .venv/bin/python scripts/study_snapshot.py save runs/reference-tune results/reference-tune
    .venv/bin/python scripts/study_snapshot.py restore results/reference-tune runs/reference-tune

The reference study takes more sittings than one machine may live (``docs/reference/README.md``): on
2026-12-02 a session started on a new machine whose ``runs/`` was empty, and the first sittings'
tuning trials were lost. ``save`` writes what a study needs to go on, and what its report reads, as
text that git diffs line by line:

* every SQLite database at the folder's top level (the Optuna storage ``tune.db`` / ``sweep.db`` and
  MLflow's ``mlflow.db``) as an SQL dump ``NAME.db.sql`` (``sqlite3``'s ``iterdump``: schema and rows);
* every other file (``best.json``, MLflow's artefacts, each run folder's records, metrics and
  predictions) as it is, except checkpoints (``checkpoints/`` folders), trained weights
  (``trainable.safetensors`` and other weight files: tens of MB per run) and lock files;
* ``snapshot.json``: where the folder was, when, at which commit, and the files written.

``restore`` rebuilds the folder from a snapshot, refusing a target folder that already holds files.
MLflow records artefact locations as absolute paths: restore to the same path as the saved folder
(``snapshot.json``'s ``origin``; the reference study runs in ``/work/main``), or the report finds the
runs but not their artefacts; restore says so when the paths differ. A trial that was running when
the snapshot was taken had its checkpoints left out; the tuning runs its values again as an
interrupted trial, from step 0 in a new trial folder. ``tests/test_study_snapshot.py`` tests a tuning
saved, restored elsewhere and continued, and a sweep saved after two of four cells, its folder lost,
restored at the same path and finished (two cells run, one MLflow parent, the report reads all four
with their per-example scores). A sweep cell running when the snapshot was taken is retried like a
killed worker's cell (``bench sweep``'s heartbeat check), but without its checkpoints; that case is
not tested.

Every file is written atomically, and a snapshot is replaced only after the new one is complete.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SKIPPED_DIRS = {"checkpoints", "__pycache__"}
WEIGHTS = (".safetensors", ".pt", ".pth", ".bin", ".ckpt")  # trained weights: megabytes per run, not results
MAX_FILE_BYTES = 20 * 2**20  # a larger file is a checkpoint or a cache, not a result: refused by name
MANIFEST = "snapshot.json"
SQLITE_MAGIC = b"SQLite format 3\x00"


def _is_sqlite(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(16) == SQLITE_MAGIC


def _kept(root: Path) -> list[Path]:
    """The files of ``root`` a snapshot keeps (relative paths), in a stable order."""
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in SKIPPED_DIRS)
        for name in sorted(filenames):
            if name.endswith((".lock", "-lock", "-journal", "-wal", "-shm", *WEIGHTS)):
                continue
            out.append((Path(dirpath) / name).relative_to(root))
    return out


@contextlib.contextmanager
def _staged(target: Path) -> Iterator[Path]:
    """A new folder beside ``target`` to fill; when the block ends without an error it takes
    ``target``'s place (whatever was there is removed only after the swap), else it is removed and
    ``target`` stays as it was."""
    target.parent.mkdir(parents=True, exist_ok=True)
    build = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        yield build
        old = None
        if target.exists():
            old = target.with_name(f".{target.name}.old")
            shutil.rmtree(old, ignore_errors=True)
            target.rename(old)
        build.rename(target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(build, ignore_errors=True)
        raise


def _commit() -> str | None:
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, check=True)
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None


def save(source: Path, target: Path) -> dict:
    source = source.resolve()
    if not source.is_dir():
        raise SystemExit(f"error: {source} is not a folder; expected a bench tune or bench sweep output folder")
    files = _kept(source)
    sizes = {f: (source / f).stat().st_size for f in files}
    large = [f"{f} ({size / 2**20:.1f} MiB)" for f, size in sizes.items() if size > MAX_FILE_BYTES]
    if large:
        raise SystemExit(
            f"error: files over {MAX_FILE_BYTES // 2**20} MiB in {source}: {', '.join(large)}; a snapshot keeps "
            "records, metrics and predictions, not checkpoints or caches"
        )
    written = []
    with _staged(target) as build:
        for rel in files:
            src, dst = source / rel, build / rel
            dst.parent.mkdir(parents=True, exist_ok=True)
            if rel.parent == Path(".") and rel.suffix == ".db" and _is_sqlite(src):
                # a read-only connection: a consistent view even while a worker writes
                con = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
                try:
                    with open(dst.with_name(rel.name + ".sql"), "w", encoding="utf-8") as fh:
                        for line in con.iterdump():
                            fh.write(line + "\n")
                finally:
                    con.close()
                written.append(str(rel) + ".sql")
            else:
                shutil.copy2(src, dst)
                written.append(str(rel))
        manifest = {
            "origin": str(source),
            "saved_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "commit": _commit(),
            "files": written,
        }
        (build / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
    return manifest


def restore(snapshot: Path, target: Path) -> dict:
    manifest_path = snapshot / MANIFEST
    if not manifest_path.is_file():
        raise SystemExit(
            f"error: {snapshot} holds no {MANIFEST}; expected a folder written by `study_snapshot.py save`"
        )
    manifest = json.loads(manifest_path.read_text())
    target = target.resolve()
    if target.exists() and any(target.iterdir()):
        raise SystemExit(f"error: {target} already holds files; restore into an empty or new folder")
    with _staged(target) as build:
        for rel in manifest["files"]:
            src = snapshot / rel
            if rel.endswith(".db.sql") and "/" not in rel:
                con = sqlite3.connect(build / rel[: -len(".sql")])
                try:
                    con.executescript(src.read_text(encoding="utf-8"))
                finally:
                    con.close()
            else:
                dst = build / rel
                dst.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(src, dst)
    if manifest["origin"] != str(target):
        print(
            f"warning: saved from {manifest['origin']}, restored to {target}: MLflow's artefact paths point to "
            "the former; restore there for the report to find the artefacts",
            file=sys.stderr,
        )
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("save", help="write a study folder's snapshot (SQL dumps and small files)")
    s.add_argument("source", type=Path)
    s.add_argument("target", type=Path)
    r = sub.add_parser("restore", help="rebuild a study folder from its snapshot")
    r.add_argument("snapshot", type=Path)
    r.add_argument("target", type=Path)
    args = parser.parse_args(argv)
    if args.command == "save":
        manifest = save(args.source, args.target)
        print(f"saved {len(manifest['files'])} files of {manifest['origin']} to {args.target}")
    else:
        manifest = restore(args.snapshot, args.target)
        print(f"restored {len(manifest['files'])} files to {args.target} (saved {manifest['saved_at']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
