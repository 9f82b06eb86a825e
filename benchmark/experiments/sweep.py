"""``bench sweep FILE.yaml``: run a grid of cells, shared by any number of workers, exactly once.

The cells (:mod:`benchmark.experiments.sweep_spec`) are trials of one Optuna study in an RDB storage (SQLite by
default; PostgreSQL or MySQL when workers on several machines share a sweep):

* **Enqueue once.** The worker that creates the study creates the MLflow parent run and enqueues
  one WAITING trial per cell, then marks the study ready; the others wait for that mark. Anything
  that must happen once more (cells added to the file later, a retry of a failed attempt) is
  guarded by a *claim*: creating a study with a unique name, which the storage lets exactly one
  worker do.
* **Run once.** A worker takes a cell by moving its trial from WAITING to RUNNING, which the
  storage does for one worker only (a row lock on PostgreSQL and MySQL, a write lock on SQLite).
* **Survive kills.** A running worker records a heartbeat; a cell whose worker stopped beating
  for ``grace_s`` (or whose process is gone from this host) is failed and re-enqueued once. The
  retry resumes the cell's run folder from its last checkpoint and reopens the *same* MLflow child
  run, so a killed-and-restarted sweep still has one MLflow run per cell.
* **Re-run.** Running the same file again skips finished cells and retries failed ones.
* **Never mix configs.** Each cell's trial records the cell's config (without the keys that do not
  change a result, :func:`benchmark.experiments.sweep_spec.result_config`), and its run folder
  records it too. Before anything is opened for writing, a rerun compares every cell of the file
  with both and refuses, naming the cell and the keys that differ, when one changed: the cells would
  otherwise sit beside others trained with another budget or data. Cells new to the file are added.
* **Check first, create nothing.** The file and every cell are validated and the MLflow store is
  checked (:func:`benchmark.engine.tracking.check_tracking_store`) before the storage is opened;
  ``--dry-run`` stops there, and ``--status`` of a sweep that has not started says so (exit 0) and
  creates neither its storage nor its folder.

Each cell is ``bench run`` (:func:`benchmark.engine.runner.execute`) with its MLflow run a child of the
sweep's parent run, tagged ``sweep`` and ``sweep.cell``; out-of-distribution targets
(``evaluate_on``) are scored after training and logged to the same child run as ``ood/...``, then,
with ``ima:``, the implicit-alignment analysis (:mod:`benchmark.experiments.ima`) runs on the cell's
run folder and logs to that child run as ``ima/...``.
"""

from __future__ import annotations

import json
import os
import socket
import threading
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchmark.errors import ConfigError
from benchmark.experiments.storage import (
    claim,
    missing_storage,
    open_storage,
    retrying,
    shown_url,
    sqlite_claim_lock,
)
from benchmark.experiments.sweep_spec import (
    Cell,
    SweepSpec,
    config_changes,
    config_fingerprint,
    eval_targets,
    expand,
    result_config,
    validate_cells,
)
from benchmark.logs import get_logger
from benchmark.logs import progress as progress_bar

if TYPE_CHECKING:
    from benchmark.engine.runner import RunResult

POLL_S = 2.0
READY_TIMEOUT_S = 300.0


_log = get_logger("sweep").info


def ood_key(task: str, variant: str | None, metric: str) -> str:
    """MLflow metric name of an out-of-distribution score: ``ood/<task>/<variant or clean>/<metric>``."""
    return f"ood/{task}/{variant or 'clean'}/{metric}"


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@dataclass
class CellState:
    name: str
    state: str  # waiting | running | done | failed | missing
    attempt: int = 0
    trial_number: int | None = None
    worker: str | None = None
    value: float | None = None
    error: str | None = None
    seconds: float | None = None


@dataclass
class Progress:
    cells: dict[str, CellState] = field(default_factory=dict)
    not_started: str | None = None  # why there is no progress yet: "sweep NAME has not started (...)"

    def count(self, state: str) -> int:
        return sum(1 for c in self.cells.values() if c.state == state)

    def eta_seconds(self) -> float | None:
        durations = [c.seconds for c in self.cells.values() if c.state == "done" and c.seconds]
        if not durations:
            return None
        workers = len({c.worker for c in self.cells.values() if c.state == "running"}) or 1
        left = self.count("waiting") + self.count("missing") + 0.5 * self.count("running")
        return sum(durations) / len(durations) * left / workers

    def line(self, name: str) -> str:
        total = len(self.cells)
        eta = self.eta_seconds()
        durations = [c.seconds for c in self.cells.values() if c.state == "done" and c.seconds]
        mean = f"; {sum(durations) / len(durations):.0f} s/cell" if durations else ""
        eta_text = "" if eta is None else f"; ETA {eta / 60:.1f} min"
        return (
            f"sweep {name}: {self.count('done')}/{total} done, {self.count('running')} running, "
            f"{self.count('failed')} failed, {self.count('waiting') + self.count('missing')} waiting{mean}{eta_text}"
        )


class SweepWorker:
    """One worker of a sweep: takes waiting cells until none are left."""

    def __init__(
        self,
        spec: SweepSpec,
        cells: list[Cell] | None = None,
        log: Callable[[str], None] = _log,
        storage=None,
    ):
        import optuna

        self.spec = spec
        self.cells = {c.name: c for c in (cells if cells is not None else expand(spec))}
        self.log = log
        self.storage = storage or open_storage(spec.storage_url, spec.heartbeat_s, spec.grace_s)
        self.worker = f"{socket.gethostname()}:{os.getpid()}"
        self.study: optuna.Study | None = None
        self.parent_run_id: str | None = None

    # -- study ------------------------------------------------------------------------------------
    def _trials(self):
        return retrying(lambda: self.study.get_trials(deepcopy=False))

    def progress(self) -> Progress:
        from optuna.trial import TrialState

        latest: dict[str, Any] = {}
        for t in self._trials():
            cell = t.user_attrs.get("cell")
            if cell in self.cells and (cell not in latest or t.number > latest[cell].number):
                latest[cell] = t
        out = Progress()
        for name in self.cells:
            t = latest.get(name)
            if t is None:
                out.cells[name] = CellState(name, "missing")
                continue
            state = {
                TrialState.WAITING: "waiting",
                TrialState.RUNNING: "running",
                TrialState.COMPLETE: "done",
                TrialState.FAIL: "failed",
            }.get(t.state, "failed")
            seconds = None
            if t.datetime_start and t.datetime_complete:
                seconds = t.user_attrs.get("seconds") or (t.datetime_complete - t.datetime_start).total_seconds()
            out.cells[name] = CellState(
                name,
                state,
                t.user_attrs.get("attempt", 0),
                t.number,
                t.user_attrs.get("worker"),
                t.values[0] if t.values else None,
                t.user_attrs.get("error"),
                seconds,
            )
        return out

    def _enqueue(self, names: list[str], attempt: dict[str, int] | None = None) -> None:
        for name in names:
            attrs: dict[str, Any] = {"cell": name, "attempt": (attempt or {}).get(name, 0)}
            config = self.cells[name].config
            if config is not None:  # the config it is run with, compared on every rerun
                attrs.update(config=result_config(config), fingerprint=config_fingerprint(config))
            retrying(lambda: self.study.enqueue_trial({}, user_attrs=attrs))

    def open(self) -> None:
        """Create or join the sweep: the creator starts the MLflow parent run and enqueues every cell."""
        import optuna

        if claim(self.storage, self.spec.name):
            self.study = optuna.load_study(study_name=self.spec.name, storage=self.storage)
            self.parent_run_id = self._start_parent()
            self._enqueue(list(self.cells))
            for key, value in {
                "parent_run_id": self.parent_run_id,
                "spec": self.spec.to_dict(),
                "mlflow_uri": self.spec.mlflow_uri,
                "experiment": self.spec.experiment,
                "ready": True,
            }.items():
                retrying(lambda k=key, v=value: self.study.set_user_attr(k, v))
            self.log(f"sweep {self.spec.name}: created with {len(self.cells)} cells in {self.spec.storage_url}")
        else:
            self.study = optuna.load_study(study_name=self.spec.name, storage=self.storage)
            waited = 0.0
            while not retrying(lambda: self.study.user_attrs).get("ready"):
                if waited > READY_TIMEOUT_S:
                    raise ConfigError(
                        f"sweep {self.spec.name} exists in {self.spec.storage_url} but was never "
                        "initialised (its creator died while creating it); delete that study and rerun"
                    )
                time.sleep(POLL_S)
                waited += POLL_S
            self.parent_run_id = self.study.user_attrs["parent_run_id"]
            self._reopen_parent()
            self._add_missing_cells()
            self._fail_dead_cells()  # e.g. this host's killed worker: its cell is retried now, not last
        self._retry_failed(at_start=True)

    def _add_missing_cells(self) -> None:
        import hashlib

        missing = sorted(n for n, c in self.progress().cells.items() if c.state == "missing")
        if not missing:
            return
        key = hashlib.sha256("\n".join(missing).encode()).hexdigest()[:16]
        if claim(self.storage, f"{self.spec.name}#add#{key}"):
            self._enqueue(missing)
            self.log(f"sweep {self.spec.name}: {len(missing)} new cell(s) from the sweep file enqueued")

    def _retry_failed(self, at_start: bool = False) -> int:
        """Re-enqueue failed cells once per failed attempt: every failed one when this worker
        starts (a re-run retries failures), and, while it runs, those whose worker died."""
        retried = 0
        for name, cell in self.progress().cells.items():
            if cell.state != "failed":
                continue
            died = cell.error is None  # failed by the heartbeat check, not by an exception
            if not (died or at_start):
                continue
            if claim(self.storage, f"{self.spec.name}#retry#{cell.trial_number}"):
                self._enqueue([name], {name: cell.attempt + 1})
                retried += 1
                why = "its worker stopped" if died else "it failed before this run"
                self.log(f"sweep {self.spec.name}: retrying {name} ({why}; attempt {cell.attempt + 1})")
        return retried

    def _fail_dead_cells(self) -> None:
        """Fail running cells whose worker has stopped: by heartbeat, or a dead process on this host."""
        import optuna
        from optuna.trial import TrialState

        with warnings.catch_warnings():
            warnings.simplefilter("ignore", optuna.exceptions.ExperimentalWarning)
            retrying(lambda: optuna.storages.fail_stale_trials(self.study))
        host = socket.gethostname()
        for t in self._trials():
            worker = t.user_attrs.get("worker") or ""
            if t.state != TrialState.RUNNING or not worker.startswith(host + ":") or worker == self.worker:
                continue
            if not _pid_alive(int(worker.rsplit(":", 1)[1])):
                try:
                    retrying(lambda tid=t._trial_id: self.storage.set_trial_state_values(tid, TrialState.FAIL))
                except Exception:
                    pass

    def _take(self):
        """Move one WAITING cell to RUNNING for this worker; None when none is waiting."""
        from optuna.exceptions import UpdateFinishedTrialError
        from optuna.trial import TrialState
        from sqlalchemy.exc import OperationalError

        waiting = [
            t for t in self._trials() if t.state == TrialState.WAITING and t.user_attrs.get("cell") in self.cells
        ]
        # retries first (a killed cell resumes from its checkpoint), then in the order of the grid
        for t in sorted(waiting, key=lambda t: (-t.user_attrs.get("attempt", 0), t.number)):
            try:
                with sqlite_claim_lock(self.spec.storage_url):
                    taken = self.storage.set_trial_state_values(t._trial_id, TrialState.RUNNING)
                if taken:
                    retrying(lambda: self.storage.set_trial_user_attr(t._trial_id, "worker", self.worker))
                    retrying(lambda: self.storage.record_heartbeat(t._trial_id))
                    return t
            except (UpdateFinishedTrialError, RuntimeError, OperationalError):
                continue  # another worker took it
        return None

    # -- MLflow parent ------------------------------------------------------------------------------
    def _client(self):
        from benchmark.engine.tracking import _store_lock, mlflow_client

        with _store_lock(self.spec.mlflow_uri):
            return mlflow_client(self.spec.mlflow_uri)

    def _start_parent(self) -> str:
        from benchmark.engine.tracking import Tracker, flatten_params

        tracker = Tracker(
            Path(self.spec.output_dir) / "_sweep",
            self.spec.mlflow_uri,
            self.spec.experiment,
            self.spec.name,
            output_dir=self.spec.output_dir,
        )
        run_id = tracker.start(
            params=flatten_params({"sweep": {**self.spec.to_dict(), "cells": len(self.cells)}}),
            tags={"sweep": self.spec.name, "sweep.role": "parent", "sweep.storage": self.spec.storage_url},
        )
        return run_id

    def _reopen_parent(self) -> None:
        client = self._client()
        try:
            if client.get_run(self.parent_run_id).info.status != "RUNNING":
                client.update_run(self.parent_run_id, status="RUNNING")
        except Exception as exc:
            raise ConfigError(
                f"sweep {self.spec.name}: its MLflow parent run {self.parent_run_id} is not in "
                f"{self.spec.mlflow_uri} ({exc}); every worker must log to the same tracking URI"
            ) from None

    def _child_runs(self, cell: str) -> list[Any]:
        client = self._client()
        experiment = client.get_experiment_by_name(self.spec.experiment)
        if experiment is None:
            return []
        return client.search_runs(
            [experiment.experiment_id],
            filter_string=f"tags.`mlflow.parentRunId` = '{self.parent_run_id}' and tags.`sweep.cell` = '{cell}'",
        )

    # -- one cell -------------------------------------------------------------------------------------
    def run_cell(self, cell: Cell) -> RunResult:
        """Train and evaluate ``cell`` (resuming its folder and MLflow run if an attempt died), then
        score its out-of-distribution targets and, with ``ima:``, analyse its implicit alignment;
        returns its result."""
        from benchmark.engine.runner import RunHooks, RunResult, execute

        config = cell.config
        run_dir = config.run_dir
        done_file = run_dir / "metrics.json"
        if done_file.exists():
            final = RunResult.from_dict(json.loads(done_file.read_text()))
        else:
            # an earlier attempt's MLflow run (another machine, or a folder without tracking.json) is reopened
            reopen = next((r.info.run_id for r in self._child_runs(cell.name) if r.info.status != "FINISHED"), None)
            hooks = RunHooks(
                tags={"sweep": self.spec.name, "sweep.cell": cell.name},
                parent_run_id=self.parent_run_id,
                mlflow_run_id=reopen,
            )
            final = execute(config, resume=run_dir.exists(), hooks=hooks)
        self._score_targets(cell, final)
        self._implicit_alignment(cell)
        return final

    def _implicit_alignment(self, cell: Cell) -> None:
        """With ``ima:`` in the sweep file: the IMA of the cell's finished run, stored in its folder (a
        stored result is read back) and logged to its MLflow run."""
        if self.spec.ima is None:
            return
        from benchmark.experiments.ima import plan_ima, run_ima

        record, note = run_ima(plan_ima(cell.config.run_dir, self.spec.ima["examples"]))
        scalar = record["scalar"]["ima"]
        shown = f"IMA {scalar:.4f}" if scalar is not None else f"IMA n/a ({record.get('reason') or 'no finite layer'})"
        self.log(f"sweep {self.spec.name}: {cell.name}: {shown}; {note}")

    def _score_targets(self, cell: Cell, final: RunResult) -> None:
        targets = eval_targets(self.spec, cell.config.task)
        if not targets:
            return
        from benchmark.engine.tracking import load_tracking_info
        from benchmark.experiments.ood import EvalRecord, _tag, evaluate_run, plan_eval

        run_dir = cell.config.run_dir
        records = []
        for task, variant in targets:
            plan = plan_eval(run_dir, task if task != cell.config.task else None, None, None, variant or "clean")
            existing = run_dir / "eval" / f"{_tag(plan.config.task, variant, plan.split)}.json"
            records += (
                [EvalRecord.from_dict(json.loads(existing.read_text()))] if existing.exists() else evaluate_run(plan)
            )
        info = load_tracking_info(run_dir) or {}
        if info.get("run_id"):
            from mlflow.entities import Metric

            now = int(time.time() * 1000)
            metrics = [
                Metric(ood_key(r.task, r.variant, r.metric), float(r.value), now, 0)
                for r in records
                if r.value is not None
            ]
            client = self._client()
            client.log_batch(info["run_id"], metrics=metrics)
            client.log_artifacts(info["run_id"], str(run_dir / "eval"), "eval")

    # -- loop -----------------------------------------------------------------------------------------
    def _heartbeat(self, trial_id: int, stop: threading.Event) -> None:
        while not stop.wait(self.spec.heartbeat_s):
            try:
                retrying(lambda: self.storage.record_heartbeat(trial_id))
            except Exception:
                pass

    def run(self, max_cells: int | None = None) -> Progress:
        """Take and run cells until none is waiting or running (or ``max_cells`` were run here), with a
        progress bar of the cells done (by any worker), their rate and an ETA."""
        if self.study is None:
            self.open()
        state = self.progress()
        with progress_bar(
            total=len(self.cells),
            initial=state.count("done"),
            desc=f"sweep {self.spec.name}",
            unit="cell",
            area="sweep",
            every_s=0,  # a line whenever a cell is done: cells are long
        ) as bar:
            self._show(bar, state)
            self._take_and_run(max_cells, bar)
        progress = self.progress()
        if all(c.state == "done" for c in progress.cells.values()):
            self._finish_parent("FINISHED")
        elif not progress.count("running") and not progress.count("waiting"):
            self._finish_parent("FAILED")  # some cells failed; a re-run retries them and reopens the parent
        return progress

    @staticmethod
    def _show(bar, state: Progress) -> None:
        waiting = state.count("waiting") + state.count("missing")
        bar.set_postfix(f"{state.count('running')} running, {state.count('failed')} failed, {waiting} waiting")
        bar.update_to(state.count("done"))

    def _take_and_run(self, max_cells: int | None, bar) -> None:
        from optuna.trial import TrialState

        ran = 0
        last_line = ""
        while max_cells is None or ran < max_cells:
            trial = self._take()
            if trial is None:
                progress = self.progress()
                if not progress.count("running") and not progress.count("waiting") and not progress.count("missing"):
                    break
                self._fail_dead_cells()
                if self._retry_failed():
                    continue
                self._show(bar, progress)
                line = progress.line(self.spec.name) + " (waiting for cells running elsewhere)"
                if line != last_line:
                    self.log(line)
                    last_line = line
                time.sleep(POLL_S)
                continue
            name = trial.user_attrs["cell"]
            cell = self.cells[name]
            self.log(
                f"sweep {self.spec.name}: {self.worker} runs {name} (attempt {trial.user_attrs.get('attempt', 0)})"
            )
            stop = threading.Event()
            beat = threading.Thread(target=self._heartbeat, args=(trial._trial_id, stop), daemon=True)
            beat.start()
            t0 = time.perf_counter()
            try:
                final = self.run_cell(cell)
            except Exception as exc:
                stop.set()
                message = f"{type(exc).__name__}: {exc}"[:2000]
                retrying(lambda: self.storage.set_trial_user_attr(trial._trial_id, "error", message))
                retrying(lambda: self.storage.set_trial_state_values(trial._trial_id, TrialState.FAIL))
                self.log(f"sweep {self.spec.name}: {name} failed: {message}")
            else:
                stop.set()
                value = final.value
                retrying(lambda: self.storage.set_trial_user_attr(trial._trial_id, "seconds", time.perf_counter() - t0))
                retrying(
                    lambda: self.storage.set_trial_state_values(
                        trial._trial_id,
                        TrialState.COMPLETE,
                        values=[float(value)] if value is not None else [float("nan")],
                    )
                )
            finally:
                stop.set()
            ran += 1
            self._show(bar, self.progress())

    def _finish_parent(self, status: str) -> None:
        from benchmark.engine.io import atomic_write_json

        client = self._client()
        if client.get_run(self.parent_run_id).info.status != status:
            client.set_terminated(self.parent_run_id, status)
        atomic_write_json(
            Path(self.spec.output_dir) / "sweep-summary.json",
            {
                "sweep": self.spec.name,
                "parent_run_id": self.parent_run_id,
                "mlflow_uri": self.spec.mlflow_uri,
                "experiment": self.spec.experiment,
                "storage": self.spec.storage_url,
                "status": status,
                "cells": {n: {"state": c.state, "value": c.value} for n, c in self.progress().cells.items()},
                "finished": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            },
        )


def status_table(progress: Progress) -> str:
    """Markdown: one row per cell (by name) with its state (and a failed cell's error), attempt,
    worker, value and seconds; blank where a cell has none yet."""
    import pandas as pd

    from reports.tables import Column, is_missing, to_markdown

    def blank_or(fmt: str) -> Callable[[Any], str]:
        return lambda v: "" if is_missing(v) else format(v, fmt)

    frame = pd.DataFrame(
        [
            {
                "cell": c.name,
                "state": c.state + (f" ({c.error[:80]})" if c.error and c.state == "failed" else ""),
                "attempt": c.attempt,
                "worker": c.worker,
                "value": c.value,
                "seconds": c.seconds,
            }
            for c in sorted(progress.cells.values(), key=lambda c: c.name)
        ],
        columns=["cell", "state", "attempt", "worker", "value", "seconds"],
        dtype=object,
    )
    columns = [
        Column("cell", "cell"),
        Column("state", "state"),
        Column("attempt", "attempt"),
        Column("worker", "worker", blank_or("")),
        Column("value", "value", blank_or(".2f")),
        Column("seconds", "seconds", blank_or(".0f")),
    ]
    return to_markdown(frame, columns).rstrip("\n")


def recorded_run_config(run_dir: Path) -> tuple[Path, dict[str, Any]] | None:
    """The config a run folder was trained with: its ``metrics.json``'s, or, before it finished, its
    newest checkpoint's (None when it holds neither, or neither can be read)."""
    from benchmark.engine.checkpoint import CONFIG_FILE, latest_checkpoint

    metrics = run_dir / "metrics.json"
    try:
        if metrics.is_file():
            config = json.loads(metrics.read_text(encoding="utf-8")).get("config")
            return (metrics, config) if isinstance(config, dict) else None
        checkpoint = latest_checkpoint(run_dir) if run_dir.is_dir() else None
        if checkpoint is not None:
            return checkpoint / CONFIG_FILE, json.loads((checkpoint / CONFIG_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    return None


def refuse_mixed_configs(spec: SweepSpec, cells: list[Cell], study=None) -> None:
    """Raise a one-line :class:`ConfigError` when a cell of the file was already run (or enqueued)
    with another config: as its trials in ``study`` record it, or as its run folder records it.
    The cells must be validated (their configs resolved as a run records them)."""
    recorded: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    if study is not None:
        for t in retrying(lambda: study.get_trials(deepcopy=False)):
            if isinstance(t.user_attrs.get("config"), dict):
                where = f"the sweep storage {shown_url(spec.storage_url)}"
                recorded.setdefault(t.user_attrs.get("cell"), []).append((where, t.user_attrs["config"]))
    conflicts = []
    for cell in cells:
        new = result_config(cell.config)
        found = recorded.get(cell.name, [])
        folder = recorded_run_config(cell.config.run_dir)
        if folder is not None:
            found = [*found, (str(folder[0]), result_config(folder[1]))]
        for where, old in found:
            changes = config_changes(old, new)
            if changes:
                conflicts.append((cell.name, where, changes))
                break
    if not conflicts:
        return
    name, where, changes = conflicts[0]
    shown = "; ".join(changes[:6]) + (f"; and {len(changes) - 6} more" if len(changes) > 6 else "")
    others = f" (and {len(conflicts) - 1} more cell(s))" if len(conflicts) > 1 else ""
    raise ConfigError(
        f"sweep {spec.name}: the file changes the config of cell {name}{others} as recorded in {where} "
        f"(old -> new): {shown}. "
        "A sweep never mixes configs: restore the old values, or run the new config as a new sweep "
        "(a new `name:` and a new `output_dir:` in the sweep file; bench compare: a new --output-dir)"
    )


def existing_study(spec: SweepSpec):
    """(storage, study) of the sweep if it has started, else (None, why not); creates nothing."""
    import optuna

    absent = missing_storage(spec.storage_url)
    if absent is not None:
        return None, absent
    storage = open_storage(spec.storage_url, spec.heartbeat_s, spec.grace_s)
    try:
        study = retrying(lambda: optuna.load_study(study_name=spec.name, storage=storage))
    except KeyError:
        return None, f"no study {spec.name!r} in {shown_url(spec.storage_url)}"
    return storage, study


def preflight(spec: SweepSpec, cells: list[Cell]):
    """What is checked before a sweep writes anything, in this order: every cell is planned
    (:func:`validate_cells`, which also resolves each config as its run will record it), the MLflow
    store is checked, and no cell may have been run with another config
    (:func:`refuse_mixed_configs`). Returns the sweep's storage if it exists (else None); creates nothing."""
    from benchmark.engine.tracking import check_tracking_store

    validate_cells(spec, cells)
    check_tracking_store(spec.mlflow_uri)
    opened, study = existing_study(spec)
    refuse_mixed_configs(spec, cells, study if opened is not None else None)
    return opened


def run_sweep(
    path: str,
    storage: str | None = None,
    output_dir: str | None = None,
    max_cells: int | None = None,
    status_only: bool = False,
    dry_run: bool = False,
) -> tuple[SweepSpec, Progress | list[Cell]]:
    """Load the sweep file and, with ``status_only``, report its progress (creating nothing);
    otherwise validate every cell, check the MLflow store and refuse configs that changed since an
    earlier run, then (unless ``dry_run``, which writes nothing) work on it."""
    from benchmark.experiments.sweep_spec import load_spec

    spec = load_spec(path, storage, output_dir)
    cells = expand(spec)
    if status_only:
        opened, study = existing_study(spec)
        if opened is None:
            return spec, Progress(
                {c.name: CellState(c.name, "missing") for c in cells},
                not_started=f"sweep {spec.name} has not started ({study})",
            )
        worker = SweepWorker(spec, cells, storage=opened)
        worker.study = study
        return spec, worker.progress()
    opened = preflight(spec, cells)
    if dry_run:
        return spec, cells
    return spec, SweepWorker(spec, cells, storage=opened).run(max_cells)
