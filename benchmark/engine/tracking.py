"""Run records and experiment tracking: MLflow plus plain files in the run directory.

:func:`run_record` captures what is needed to repeat a run (config, package versions, git commit and
dirty flag, hardware, host, start time). :class:`Tracker` logs params, metrics, tags and artifacts to
MLflow; by default to a local SQLite store ``<output_dir>/mlflow.db`` with artifacts under
``<output_dir>/mlartifacts`` (MLflow 3.x refuses the old ``./mlruns`` file store unless an environment
variable opts in; SQLite works offline and starts in ~1-3 s). A resumed run continues the same MLflow
run, whose id is kept in ``<run_dir>/tracking.json``. Only the main process logs.
:func:`write_run_outputs` writes the file results (``metrics.json``, ``predictions.jsonl``,
``run_record.json``, ``example_scores.jsonl``) atomically; they are the source of truth, MLflow is the index.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
import importlib.metadata
import json
import os
import platform
import re
import socket
import subprocess
import sys
import time
import warnings
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from benchmark.engine.io import atomic_write_json, atomic_write_jsonl, file_lock, json_default
from benchmark.errors import ConfigError
from benchmark.logs import get_logger

__all__ = [
    "Tracker",
    "check_tracking_store",
    "default_tracking_uri",
    "flatten_params",
    "git_info",
    "hardware_info",
    "load_tracking_info",
    "package_versions",
    "run_record",
    "status_for",
    "write_run_outputs",
]

log = get_logger("tracking")

PACKAGES = ("torch", "transformers", "timm", "accelerate", "mlflow", "safetensors", "numpy")
STATUSES = ("FINISHED", "FAILED", "KILLED")
MAX_KEY_LENGTH = 250  # mlflow.utils.validation.MAX_ENTITY_KEY_LENGTH
MAX_PARAM_LENGTH = 6000  # MAX_PARAM_VAL_LENGTH
MAX_TAG_LENGTH = 8000  # MAX_TAG_VAL_LENGTH
_TRUNCATED = "...[truncated]"


# -- run record -----------------------------------------------------------------------------------
def package_versions() -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for name in PACKAGES:
        try:
            out[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            out[name] = None
    out["python"] = platform.python_version()
    return out


def _git(args: list[str], cwd: Path) -> str | None:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 else None


def git_info(path: str | Path | None = None) -> dict[str, Any]:
    """Commit and dirty flag of the repository holding ``path`` (default: this package); None if
    it is not a git checkout (an installed wheel) or git is unavailable."""
    cwd = Path(path) if path is not None else Path(__file__).resolve().parent
    head = _git(["rev-parse", "HEAD"], cwd)
    if head is None:
        return {"commit": None, "dirty": None}
    status = _git(["status", "--porcelain"], cwd)
    return {"commit": head.strip(), "dirty": None if status is None else bool(status.strip())}


def hardware_info() -> dict[str, Any]:
    import torch

    info: dict[str, Any] = {
        "platform": platform.platform(),
        "machine": platform.machine(),
        "processor": platform.processor() or None,
        "cpu_count": os.cpu_count(),
        "cpu_available": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "torch_threads": torch.get_num_threads(),
        "cuda_available": torch.cuda.is_available(),
        "cuda_device_count": 0,
        "cuda_devices": [],
        "cuda_version": torch.version.cuda,
    }
    try:
        info["ram_bytes"] = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):
        info["ram_bytes"] = None
    if info["cuda_available"]:
        count = torch.cuda.device_count()
        info["cuda_device_count"] = count
        info["cuda_devices"] = [torch.cuda.get_device_name(i) for i in range(count)]
    return info


def run_record(config_dict: Mapping[str, Any] | None) -> dict[str, Any]:
    """Everything needed to repeat a run, as a JSON-ready dict."""
    return {
        "config": dict(config_dict or {}),
        "versions": package_versions(),
        "git": git_info(),
        "hardware": hardware_info(),
        "hostname": socket.gethostname(),
        "start_time": _dt.datetime.now(_dt.timezone.utc).astimezone().isoformat(timespec="seconds"),
        "command": list(sys.argv),
    }


def _record_tags(record: Mapping[str, Any]) -> dict[str, str]:
    git = record.get("git") or {}
    tags = {
        "git.commit": str(git.get("commit")),
        "git.dirty": str(git.get("dirty")),
        "hostname": str(record.get("hostname")),
    }
    if git.get("commit"):
        tags["mlflow.source.git.commit"] = git["commit"]  # shown by the MLflow UI
    for name, version in (record.get("versions") or {}).items():
        tags[f"version.{name}"] = str(version)
    devices = (record.get("hardware") or {}).get("cuda_devices") or []
    tags["hardware.gpus"] = ", ".join(devices) if devices else "none"
    threads = (record.get("hardware") or {}).get("torch_threads")
    if threads is not None:  # results at one seed can depend on it: reports note a mix
        tags["hardware.torch_threads"] = str(threads)
    return tags


# -- parameter helpers ----------------------------------------------------------------------------
def flatten_params(nested: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """``{"train": {"lr": 1e-3}}`` -> ``{"train.lr": 1e-3}``; empty mappings are kept as ``{}``."""
    out: dict[str, Any] = {}
    for key, value in nested.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping) and value:
            out.update(flatten_params(value, prefix=name + "."))
        else:
            out[name] = value
    return out


def _clean_key(key: Any) -> str:
    """A valid MLflow key: allowed characters only, no path tricks, at most 250 characters."""
    raw = str(key)
    text = re.sub(r"[^\w.\- /]", "_", raw)
    text = "/".join(p for p in text.split("/") if p not in ("", ".", "..")) or "_"
    if len(text) > MAX_KEY_LENGTH:
        text = text[: MAX_KEY_LENGTH - 9] + "-" + hashlib.sha1(raw.encode()).hexdigest()[:8]
    return text


def _clean_value(value: Any, limit: int) -> str:
    if isinstance(value, str):
        text = value
    elif isinstance(value, (dict, list, tuple)):
        text = json.dumps(value, default=json_default)
    else:
        text = str(value)
    return text if len(text) <= limit else text[: limit - len(_TRUNCATED)] + _TRUNCATED


# -- MLflow ---------------------------------------------------------------------------------------
def default_tracking_uri(output_dir: str | Path) -> str:
    """A local SQLite store: ``sqlite:///<abs output_dir>/mlflow.db``."""
    return f"sqlite:///{Path(output_dir).resolve() / 'mlflow.db'}"


def _sqlite_path(tracking_uri: str) -> Path | None:
    """The database file of a ``sqlite:///`` URI (None for other stores and in-memory databases)."""
    parsed = urlparse(tracking_uri)
    if parsed.scheme != "sqlite" or not parsed.path or parsed.path == "/:memory:":
        return None
    return Path(unquote(parsed.path[1:])).resolve()  # sqlite:///rel.db -> rel.db; ////abs -> /abs


def _local_artifact_root(tracking_uri: str) -> str | None:
    """For a SQLite store, keep artifacts next to the database (MLflow's default is ./mlruns in the
    current directory). Other stores (servers) choose their own artifact location."""
    db = _sqlite_path(tracking_uri)
    return (db.parent / "mlartifacts").as_uri() if db is not None else None


@contextlib.contextmanager
def _store_lock(tracking_uri: str) -> Iterator[None]:
    """Serialise opening a local SQLite store: MLflow creates and migrates a new database on first
    use, and processes doing that at once (a parallel sweep) fail with "duplicate column"."""
    db = _sqlite_path(tracking_uri)
    if db is None:
        yield
        return
    with file_lock(db.with_name(db.name + ".lock")):
        yield


def display_uri(tracking_uri: str) -> str:
    """``tracking_uri`` as shown in documents: a local SQLite store under the working directory by its
    relative path (a committed report names no machine's folders), anything else unchanged."""
    db = _sqlite_path(tracking_uri)
    if db is None:
        return tracking_uri
    try:
        return f"sqlite:///{db.relative_to(Path.cwd().resolve())}"
    except ValueError:
        return tracking_uri


def check_tracking_store(tracking_uri: str, must_exist: bool = False, timeout_s: float = 10.0) -> None:
    """Fail in one line, within ``timeout_s``, when the tracking store cannot be used: before any data
    or model is loaded (``bench run``, ``sweep``, ``tune``), or before a report reads it.

    A ``sqlite:///`` store needs a folder that exists or can be created and is writable (or, with
    ``must_exist``, the database file itself: a report never creates an empty store); an ``http(s)``
    server must answer (any HTTP status) within the timeout. Other schemes are left to MLflow."""
    import urllib.error
    import urllib.request

    parsed = urlparse(tracking_uri)
    db = _sqlite_path(tracking_uri)
    if db is not None:
        if must_exist:
            if not db.is_file():
                raise ConfigError(f"no MLflow store at {db} (from {tracking_uri}): nothing has been tracked there yet")
            return
        folder = db.parent
        while not folder.exists() and folder != folder.parent:
            folder = folder.parent
        if not folder.is_dir() or not os.access(folder, os.W_OK):
            raise ConfigError(f"cannot create the MLflow store {db}: {folder} is not a writable folder")
        if db.exists() and not os.access(db, os.W_OK):
            raise ConfigError(f"the MLflow store {db} is not writable")
        return
    if parsed.scheme in ("http", "https"):
        try:
            with urllib.request.urlopen(tracking_uri.rstrip("/") + "/health", timeout=timeout_s):
                return
        except urllib.error.HTTPError:
            return  # the server answered
        except (urllib.error.URLError, OSError, ValueError) as exc:
            reason = getattr(exc, "reason", exc)
            raise ConfigError(
                f"cannot reach the MLflow tracking server {tracking_uri} within {timeout_s:g}s ({reason}); "
                "start it, or pass --tracking-uri sqlite:///FILE for a local store"
            ) from None


def status_for(exc: BaseException, stop_exceptions: tuple[type[BaseException], ...] = ()) -> str:
    """The MLflow status of a run ended by ``exc``: KILLED for Ctrl-C, SIGTERM (both
    ``KeyboardInterrupt``) and the ``stop_exceptions`` of a deliberate stop (a pruned trial), FAILED
    for anything else."""
    return "KILLED" if isinstance(exc, (KeyboardInterrupt, *stop_exceptions)) else "FAILED"


def load_tracking_info(run_dir: str | Path) -> dict[str, Any] | None:
    path = Path(run_dir) / "tracking.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def mlflow_client(tracking_uri: str):
    """An ``MlflowClient`` for ``tracking_uri``, made with SQLAlchemy's deprecation warnings silenced:
    the first client of a process configures MLflow's ORM, whose SQLAlchemy 2.1 deprecation warnings
    would otherwise reach the user (and, under ``-W error``, break the store for the whole process)."""
    from mlflow.tracking import MlflowClient

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return MlflowClient(tracking_uri=tracking_uri)  # builds the store: the ORM is configured here


class Tracker:
    """MLflow logging for one run; a no-op when disabled or on a non-main process."""

    def __init__(
        self,
        run_dir: str | Path,
        tracking_uri: str | None,
        experiment: str,
        run_name: str,
        enabled: bool = True,
        is_main_process: bool = True,
        output_dir: str | Path | None = None,
    ):
        self.run_dir = Path(run_dir)
        self.experiment = experiment
        self.run_name = run_name
        self.active = bool(enabled and is_main_process)
        out = Path(output_dir) if output_dir is not None else self.run_dir.parent
        self.tracking_uri = tracking_uri or default_tracking_uri(out)
        self.run_id: str | None = None
        self._client: Any = None
        self._warned = False

    # -- lifecycle ------------------------------------------------------------------------------
    def saved_run_id(self) -> str | None:
        """The MLflow run id recorded by an earlier start in this run directory and this store."""
        info = load_tracking_info(self.run_dir)
        if info and info.get("tracking_uri") == self.tracking_uri:
            return info.get("run_id")
        return None

    def _experiment_id(self) -> str:
        from mlflow.exceptions import MlflowException

        client = self._client
        exp = client.get_experiment_by_name(self.experiment)
        if exp is None:
            try:
                return client.create_experiment(
                    self.experiment, artifact_location=_local_artifact_root(self.tracking_uri)
                )
            except MlflowException:  # created concurrently by another process
                exp = client.get_experiment_by_name(self.experiment)
                if exp is None:
                    raise
        if exp.lifecycle_stage == "deleted":
            client.restore_experiment(exp.experiment_id)
        return exp.experiment_id

    def start(
        self,
        params: Mapping[str, Any],
        tags: Mapping[str, Any] | None = None,
        run_id: str | None = None,
        record: Mapping[str, Any] | None = None,
        resume: bool = False,
    ) -> str | None:
        """Open (or, with ``run_id``, reopen) the MLflow run; log params, tags and the run record.

        ``resume=True`` without ``run_id`` reopens the run saved in ``tracking.json`` (if any).
        ``params`` are flat dotted keys (see :func:`flatten_params`). ``record`` defaults to
        ``run_record(params)``. Returns the run id (None when inactive).
        """
        if not self.active:
            return None
        if resume and run_id is None:
            run_id = self.saved_run_id()
        try:
            with _store_lock(self.tracking_uri):
                self._client = mlflow_client(self.tracking_uri)
                experiment_id = self._experiment_id()
                existing = self._reopen(run_id) if run_id else None
                resumed = existing is not None
                if existing is None:
                    run = self._client.create_run(experiment_id, run_name=self.run_name)
                    self.run_id = run.info.run_id
                    existing = {}
        except ConfigError:
            raise
        except Exception as exc:
            raise ConfigError(f"MLflow tracking at {self.tracking_uri!r} failed to start: {exc}") from exc

        try:  # the MLflow run is open: whatever fails from here ends it FAILED (or KILLED), never RUNNING
            record = dict(record) if record is not None else run_record(params)
            self._log_params(params, existing)
            all_tags = {**_record_tags(record), **{k: v for k, v in (tags or {}).items()}}
            if resumed:
                all_tags["resumed"] = "true"
            self.set_tags(all_tags)
            stamp = time.strftime("%Y%m%d-%H%M%S")
            record_file = self.run_dir / ("run_record.json" if not resumed else f"run_record.resume-{stamp}.json")
            atomic_write_json(record_file, record)
            self.log_artifact(record_file)
            atomic_write_json(
                self.run_dir / "tracking.json",
                {
                    "run_id": self.run_id,
                    "experiment_id": experiment_id,
                    "experiment": self.experiment,
                    "run_name": self.run_name,
                    "tracking_uri": self.tracking_uri,
                },
            )
        except BaseException as exc:
            self.finish(status_for(exc))
            raise
        return self.run_id

    def _reopen(self, run_id: str) -> dict[str, str] | None:
        """Mark an earlier run RUNNING again and return its params; None if it no longer exists."""
        from mlflow.exceptions import MlflowException

        try:
            run = self._client.get_run(run_id)
        except MlflowException:
            log.warning(f"MLflow run {run_id} not found in {self.tracking_uri}; starting a new run")
            return None
        self.run_id = run_id
        self._client.update_run(run_id, status="RUNNING")
        return dict(run.data.params)

    def finish(self, status: str = "FINISHED") -> None:
        if status not in STATUSES:
            raise ValueError(f"status must be one of {STATUSES}, got {status!r}")
        if not self.active or self.run_id is None:
            return
        self._safely(lambda: self._client.set_terminated(self.run_id, status=status))
        self.run_id = None

    def __enter__(self) -> Tracker:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self.finish("FINISHED" if exc is None else status_for(exc))

    # -- logging --------------------------------------------------------------------------------
    def _safely(self, action) -> None:
        """Tracking must not kill a training run: warn (once) and carry on; the files remain."""
        try:
            action()
        except Exception as exc:
            if not self._warned:
                log.warning(f"MLflow logging to {self.tracking_uri} failed: {exc}")
                self._warned = True

    def _log_params(self, params: Mapping[str, Any], existing: Mapping[str, str]) -> None:
        from mlflow.entities import Param

        clean: dict[str, str] = {}
        for key, value in params.items():
            clean[_clean_key(key)] = _clean_value(value, MAX_PARAM_LENGTH)
        changed = [k for k, v in clean.items() if k in existing and existing[k] != v]
        if changed:  # MLflow params are immutable; the new config is in the resume record
            log.warning(f"resumed run changed params {changed[:5]}; MLflow keeps the first values")
        batch = [Param(k, v) for k, v in clean.items() if k not in existing]
        for i in range(0, len(batch), 100):
            self._client.log_batch(self.run_id, params=batch[i : i + 100])

    def log_params(self, params: Mapping[str, Any]) -> None:
        """Add params after start (e.g. parameter counts). Keys already logged are left alone."""
        if not self.active or self.run_id is None:
            return
        self._safely(lambda: self._log_params(params, self._client.get_run(self.run_id).data.params))

    def set_tags(self, tags: Mapping[str, Any]) -> None:
        if not self.active or self.run_id is None:
            return
        from mlflow.entities import RunTag

        batch = [
            RunTag(_clean_key(k) if not str(k).startswith("mlflow.") else str(k), _clean_value(v, MAX_TAG_LENGTH))
            for k, v in tags.items()
        ]
        for i in range(0, len(batch), 100):
            self._safely(lambda chunk=batch[i : i + 100]: self._client.log_batch(self.run_id, tags=chunk))

    def log_metrics(self, metrics: Mapping[str, Any], step: int) -> None:
        """Log numeric values (ints, floats, 0-d tensors); other values are ignored."""
        if not self.active or self.run_id is None:
            return
        from mlflow.entities import Metric

        now = int(time.time() * 1000)
        batch = []
        for key, value in metrics.items():
            if isinstance(value, bool) or value is None:
                continue
            try:
                number = float(value)
            except (TypeError, ValueError):
                continue
            batch.append(Metric(_clean_key(key), number, now, int(step)))
        for i in range(0, len(batch), 1000):
            self._safely(lambda chunk=batch[i : i + 1000]: self._client.log_batch(self.run_id, metrics=chunk))

    def log_artifact(self, path: str | Path, artifact_path: str | None = None) -> None:
        """Upload a file or a directory's contents to the run's artifacts."""
        if not self.active or self.run_id is None:
            return
        path = Path(path)
        if path.is_dir():
            self._safely(lambda: self._client.log_artifacts(self.run_id, str(path), artifact_path))
        else:
            self._safely(lambda: self._client.log_artifact(self.run_id, str(path), artifact_path))


# -- files ----------------------------------------------------------------------------------------
def write_run_outputs(
    run_dir: str | Path,
    metrics: Mapping[str, Any],
    predictions: list[dict[str, Any]],
    record: Mapping[str, Any],
    example_scores: list[dict[str, Any]] | None = None,
) -> dict[str, Path]:
    """Write ``predictions.jsonl``, ``example_scores.jsonl`` (``{"uid", "score"}`` per example, when
    given), ``run_record.json`` and, last, ``metrics.json``, each atomically: ``metrics.json`` marks a
    finished run, so a run stopped before it holds no half-finished record."""
    run_dir = Path(run_dir)
    written = {"predictions": atomic_write_jsonl(run_dir / "predictions.jsonl", predictions)}
    if example_scores is not None:
        written["example_scores"] = atomic_write_jsonl(run_dir / "example_scores.jsonl", example_scores)
    written["record"] = atomic_write_json(run_dir / "run_record.json", dict(record))
    written["metrics"] = atomic_write_json(run_dir / "metrics.json", dict(metrics))
    return written
