"""One run, end to end: :func:`execute` is plan -> context -> train -> test -> record, one small
function each (:func:`plan_run`, :func:`~benchmark.engine.context.build_context`, :func:`train`,
:func:`test`, :func:`record`), and returns a :class:`RunResult`. Each arrow of the data flow in
``docs/design.md`` happens in one call below.

Everything that can be checked cheaply is checked before any model is loaded: registry names,
config values, the dataset's files and media, the method/encoder/task combination, the tracking store
(:func:`~benchmark.engine.tracking.check_tracking_store`) and the run folder (:func:`check_run_folder`:
a finished run is never modified, and ``--resume`` refuses a config that differs from the one the
folder was trained with, naming the keys). The run folder is locked for the whole run
(:func:`run_folder_lock`: a second run on it fails at once naming the holder), and every way a run can
end after its MLflow run is opened (an exception, Ctrl-C, SIGTERM, a NaN loss) ends that MLflow run
FAILED or KILLED; only a recorded run ends FINISHED.

Test hooks (environment variables, read only by tests): ``BENCH_FAULT_AT_STEP=N`` makes the trainer
die like ``kill -9`` right after step N; ``BENCH_PAUSE_AT_STEP=N`` makes the run, once the loss of
step N is logged (``train.log_every`` must divide N), create the file named by ``BENCH_PAUSE_FILE``
(if set) and sleep up to 120 s, so a test can signal it mid-training.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import torch

from benchmark.engine.config import RunConfig, config_differences
from benchmark.engine.context import (
    EVAL_SUBSET_SEED,
    VAL_SUBSET_SEED,
    MethodDescription,
    RunContext,
    build_context,
    describe_method,
    seeded_subset,
    subset_note,
)
from benchmark.engine.data import stratified_subsample
from benchmark.errors import ConfigError
from benchmark.logs import get_logger
from benchmark.registry import TASKS
from tasks.base import Example, Task


@dataclass
class RunPlan:
    """The validated, resolved pieces of a run (cheap to build: no model is loaded)."""

    config: RunConfig
    method_cls: type
    method_config: Any
    task: Task
    feature_request: Any
    encoder_spec: Any  # EncoderSpec from a meta-device build, None for methods without perception
    encoder_fingerprint: str | None  # the feature-cache key of the encoder (no weights loaded)
    eval_split: str = "test"  # the split scored at the end

    @property
    def description(self) -> MethodDescription:
        return MethodDescription(
            self.method_cls, self.method_config, self.feature_request, self.encoder_spec, self.encoder_fingerprint
        )


def plan_run(config: RunConfig) -> RunPlan:
    """Validate names, options, the method/backbone/task combination and the data, before any
    weights are loaded: the method is built once on the meta device from the backbones' specs."""
    config.validate()
    task_cls = TASKS.get(config.task)
    from benchmark.backbones.lm import lm_spec_for

    lm_spec = lm_spec_for(config.lm)
    described = describe_method(config)
    method_cls, method_config, encoder_spec = described.method_cls, described.method_config, described.encoder_spec
    method_cls.check_task(task_cls)  # e.g. the text oracle refuses a task without media descriptions
    if encoder_spec is not None:
        if task_cls.modality != encoder_spec.modality:
            raise ConfigError(
                f"task {config.task!r} is {task_cls.modality}; encoder {config.encoder!r} reads {encoder_spec.modality}"
            )
    check_augmentations(config, task_cls)
    with torch.device("meta"):
        method_cls(method_config, lm_spec, encoder_spec)  # raises ConfigError on impossible options
    if config.train.precision == "fp16" and not torch.cuda.is_available():
        raise ConfigError("train.precision=fp16 needs a CUDA device; use bf16 or fp32 on CPU")
    task = task_cls(data_dir=config.data.data_dir, val_images=config.data.val_images, variant=config.data.variant)
    if config.eval.max_new_tokens is None:  # resolved here so the run's record holds the value used
        config.eval.max_new_tokens = task.max_new_tokens
    eval_split = config.data.eval_split or task.test_split
    task.check_split(eval_split)
    task.check_data(list(dict.fromkeys((task.train_split, task.val_split, eval_split))))
    return RunPlan(
        config,
        method_cls,
        method_config,
        task,
        described.feature_request,
        encoder_spec,
        described.encoder_fingerprint,
        eval_split,
    )


def check_augmentations(config: RunConfig, task_cls) -> None:
    """With ``data.augment_views`` > 0: the task must be an image task that declares every asked
    augmentation label-preserving (``Task.label_preserving_augmentations``); one ConfigError line
    otherwise."""
    data = config.data
    if data.augment_views <= 0:
        return
    if task_cls.modality != "image":
        raise ConfigError(
            f"data.augment_views: augmented views are image-only; task {config.task!r} is {task_cls.modality}"
        )
    unsafe = [name for name in data.augmentations if name not in task_cls.label_preserving_augmentations]
    if unsafe:
        safe = ", ".join(task_cls.label_preserving_augmentations) or "none"
        raise ConfigError(
            f"data.augmentations: {', '.join(unsafe)} may change the labels of task {config.task!r} "
            f"(its label-preserving augmentations: {safe})"
        )


@dataclass
class RunData:
    train: list[Example]
    val: list[Example]
    test: list[Example]
    test_split_size: int  # size of the whole test split (``test`` may be a seeded subset of it)


def with_media(task: Task, split: str, examples: list[Example], policy: str, log=None) -> list[Example]:
    """``examples`` whose media file exists; a missing one raises :class:`DataError` (policy "error")
    or drops its examples with a warning (policy "skip")."""
    from benchmark.engine.data import missing_media
    from benchmark.errors import DataError

    _, n_missing, first = missing_media(examples)
    if not n_missing:
        return examples
    if policy != "skip":
        raise DataError(
            f"{task.name} {split}: {n_missing} media file(s) are missing (e.g. {', '.join(first)}). "
            "Fetch them (see `bench data check`), or pass --set data.missing_media=skip to leave their "
            "examples out."
        )
    import os

    kept = [ex for ex in examples if ex.media_path is None or os.path.exists(ex.media_path)]
    if log is not None:
        log(
            f"data: {task.name} {split}: skipping {len(examples) - len(kept)} of {len(examples)} examples "
            f"whose media ({n_missing} files) are missing (data.missing_media=skip)"
        )
    return kept


def load_data(plan: RunPlan, log=None) -> RunData:
    cfg = plan.config
    task = plan.task

    def split(name: str) -> list[Example]:
        return with_media(task, name, task.load(name), cfg.data.missing_media, log)

    train_all = split(task.train_split)
    train = stratified_subsample(train_all, cfg.data.fraction, cfg.seed, key=task.stratify_key)
    val = seeded_subset(split(task.val_split), cfg.eval.val_max_examples, VAL_SUBSET_SEED)
    test_all = split(plan.eval_split)
    test = seeded_subset(test_all, cfg.eval.max_examples, EVAL_SUBSET_SEED)
    if not train:
        raise ConfigError(f"{task.name}: no training examples left (data.fraction={cfg.data.fraction})")
    return RunData(train, val, test, len(test_all))


@dataclass
class RunHooks:
    """What a driver (a sweep, a tuning study) adds to a run without changing its result.

    tags: extra MLflow tags (e.g. the sweep and cell). parent_run_id: the MLflow run this one is a
    child of. mlflow_run_id: reopen this MLflow run instead of creating one (a retried cell).
    on_validation(step, metrics): called after each periodic validation (and once after training when
    ``validate_at_end``); it may raise one of ``stop_exceptions`` to stop the run on purpose (a pruned
    trial), which records the MLflow run as KILLED like Ctrl-C; any other exception records FAILED.
    """

    tags: dict[str, str] = field(default_factory=dict)
    parent_run_id: str | None = None
    mlflow_run_id: str | None = None
    on_validation: Callable[[int, dict[str, float]], None] | None = None
    validate_at_end: bool = False
    stop_exceptions: tuple[type[BaseException], ...] = ()


def count_parameters(model) -> dict[str, int]:
    trainable = sum(p.numel() for p in model.trainable_parameters())
    frozen_lm = model.frozen_lm_parameter_count()
    return {"trainable": trainable, "lm": frozen_lm}


@dataclass(kw_only=True)
class RunResult:
    """What a finished run reports; :meth:`to_dict` is the record written to ``metrics.json``
    (with the run's ``config`` and ``record`` beside it) and read back by :meth:`from_dict`."""

    run: str
    method: str
    task: str
    lm: str
    encoder: str | None  # None for a method without perception
    seed: int
    data_fraction: float
    split: str  # the split scored at the end
    scored: bool  # False for a split without public answers (predictions written, nothing scored)
    n_eval: int
    eval_subset: str  # "whole split" or how the seeded subset was drawn
    metric: str  # the task's headline metric
    metrics: dict[str, Any]
    parameters: dict[str, int]  # trainable and frozen LM parameter counts
    prefix_tokens: int
    timings: dict[str, float]
    val_history: list[tuple[int, dict[str, float]]]
    train_losses: list[tuple[int, float]]
    resumed_from: int | None
    processes: int
    features: dict[str, int] | None  # media computed / read from the feature cache; None without any
    # "trained" (the method trained its encoder: reported apart), "frozen", None without an encoder
    # (and in records written before the field existed: those are all frozen)
    encoder_regime: str | None = None
    # (step, gradient norm before clipping) per step (records written before the field existed: None)
    train_grad_norms: list[tuple[int, float]] | None = None

    @property
    def value(self) -> float | None:
        """The headline metric on the scored split (None when the split was not scored)."""
        return self.metrics.get(self.metric) if self.scored else None

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RunResult:
        """The result recorded in a ``metrics.json`` (its ``config`` and ``record`` are left out);
        records written before ``scored`` existed were all scored."""
        values = {f.name: data.get(f.name) for f in fields(cls)}
        values["scored"] = data.get("scored", True)
        return cls(**values)


@dataclass
class Tested:
    """The scored split: metrics (empty when not scored), the predictions by example uid and the
    headline metric per example (None when not scored or not decomposable: ``example_scores``)."""

    metrics: dict[str, Any]
    predictions: dict[str, str]
    scored: bool
    example_scores: list[dict[str, Any]] | None = None


log = get_logger("run")


class RunTerminated(KeyboardInterrupt):
    """SIGTERM arrived during a run: raised in the main thread, where the run unwinds as after Ctrl-C
    (its MLflow run ends KILLED; files already written stay whole). The CLI exits with 143."""

    exit_code = 143


@contextlib.contextmanager
def sigterm_raises() -> Iterator[None]:
    """For the ``with`` block, SIGTERM raises :class:`RunTerminated` (once; a second SIGTERM while
    the run unwinds is ignored, SIGKILL still ends it); the previous handler is restored on exit.
    Does nothing outside the main thread (Python delivers signals only there)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []

    def handler(signum, frame):
        if received:
            return
        received.append(signum)
        raise RunTerminated("terminated (SIGTERM)")

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _main_rank() -> bool:
    """Whether this is the main process of an ``accelerate launch``/``torchrun`` (which set ``RANK``)
    or a plain single process: known before the ``Accelerator`` exists."""
    return os.environ.get("RANK", "0") in ("", "0")


@contextlib.contextmanager
def run_folder_lock(run_dir: Path) -> Iterator[None]:
    """One run per folder: an exclusive lock on ``<run_dir>/.lock`` for the ``with`` block, taken by
    the main process (:func:`benchmark.engine.io.exclusive_lock`: released however the process ends;
    a lock file left by a dead process on this host is taken over with a warning). A second run on
    the folder fails at once, in one line naming the folder and the holder. A run folder the lock
    created is removed again if nothing else was written to it."""
    if not _main_rank():
        yield
        return
    from benchmark.engine.io import LockHeld, describe_holder, exclusive_lock

    created = not run_dir.exists()
    try:
        with exclusive_lock(run_dir / ".lock") as previous:
            if previous.get("pid"):
                log.warning(
                    "warning: %s was locked by %s, which is gone: taking the lock over",
                    run_dir,
                    describe_holder(previous),
                )
            yield
    except LockHeld as exc:
        raise ConfigError(
            f"run folder {run_dir} is in use by another run ({describe_holder(exc.holder)}; lock file {exc.path}); "
            "wait for it to end or choose another --run-name"
        ) from None
    finally:
        if created:
            with contextlib.suppress(OSError):
                run_dir.rmdir()  # only when empty


def saved_config(run_dir: Path) -> tuple[dict[str, Any], str] | None:
    """The config an unfinished run folder was trained with, and where it was read: the newest
    checkpoint whose ``config.json`` reads (the one ``--resume`` continues), else the
    ``run_record.json`` written when its MLflow run was opened; None when the folder holds neither."""
    from benchmark.engine.checkpoint import CONFIG_FILE, list_checkpoints

    for _, path in reversed(list_checkpoints(run_dir)):
        try:
            config = json.loads((path / CONFIG_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(config, dict):
            return config, f"checkpoint {path.name}"
    try:
        config = json.loads((run_dir / "run_record.json").read_text(encoding="utf-8"))["config"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return (config, "run_record.json") if isinstance(config, dict) and config else None


def check_run_folder(run_dir: Path, resume: bool, config: RunConfig | None = None) -> None:
    """Refuse to touch a finished run (``metrics.json``), with or without ``resume``: it is never
    modified. Without ``resume``, refuse to start over the checkpoints of an unfinished run. With
    ``resume``, refuse a ``config`` that differs from the one the folder was trained with
    (:func:`saved_config`, compared by :func:`~benchmark.engine.config.config_differences`), naming
    every differing key with both values; a folder without any checkpoint starts from step 0 with a
    warning (a run killed before its first checkpoint, or a sweep cell's first attempt)."""
    from benchmark.engine.checkpoint import latest_checkpoint

    if (run_dir / "metrics.json").exists():
        if resume:
            raise ConfigError(
                f"{run_dir} holds a finished run (metrics.json): a finished run is never modified, so there is "
                "nothing to resume; choose another --run-name or --output-dir for a new run"
            )
        raise ConfigError(
            f"{run_dir} already holds a finished run (metrics.json); choose another --run-name or --output-dir"
        )
    has_checkpoint = latest_checkpoint(run_dir) is not None
    if not resume:
        if has_checkpoint:
            raise ConfigError(f"{run_dir} holds checkpoints of an earlier run: pass --resume to continue it")
        return
    saved = saved_config(run_dir) if config is not None else None
    if saved is not None:
        changes = config_differences(saved[0], config.to_dict())
        if changes:
            listed = ", ".join(f"{key}: {old} -> {new}" for key, old, new in changes)
            raise ConfigError(
                f"cannot resume {run_dir}: the config differs from the one it was started with ({saved[1]}): "
                f"{listed}; resume with the same config, or start a new run under another --run-name"
            )
    if not has_checkpoint and _main_rank():
        log.warning("warning: no checkpoint in %s: starting from step 0", run_dir)


def start_tracking(ctx: RunContext, plan: RunPlan, params: dict[str, int], hooks: RunHooks, resume: bool):
    """Open (or reopen) the run's MLflow run with its config, method config, tags and parameter
    counts; returns the tracker and the run record (config, versions, hardware...). A failure once the
    MLflow run is open ends it FAILED or KILLED."""
    from benchmark.engine.tracking import Tracker, flatten_params, run_record, status_for

    config = ctx.config
    tracker = Tracker(
        config.run_dir, config.tracking_uri, config.experiment, config.run_dir.name, is_main_process=ctx.main_process
    )
    record = run_record(config.to_dict())
    record["method_config"] = plan.method_config.__dict__ if hasattr(plan.method_config, "__dict__") else {}
    record["parameters"] = params
    tags = {
        "method": config.method,
        "task": config.task,
        "lm": config.lm,
        "encoder": config.encoder,
        "metric": plan.task.metric,
        "data_fraction": f"{config.data.fraction:g}",
        "seed": str(config.seed),
        **hooks.tags,
    }
    if plan.description.encoder_regime:  # "trained" runs are reported apart from frozen-encoder ones
        tags["encoder_regime"] = plan.description.encoder_regime
    if hooks.parent_run_id:
        tags["mlflow.parentRunId"] = hooks.parent_run_id
    tracker.start(
        params=flatten_params({"config": config.to_dict(), "method_config": record["method_config"]}),
        tags=tags,
        resume=resume,
        record=record,
        run_id=hooks.mlflow_run_id,
    )
    try:
        tracker.log_metrics({"params/trainable": params["trainable"], "params/lm": params["lm"]}, 0)
    except BaseException as exc:  # e.g. SIGTERM right now: the open MLflow run must not stay RUNNING
        tracker.finish(status_for(exc, hooks.stop_exceptions))
        raise
    return tracker, record


def train(ctx: RunContext, plan: RunPlan, data: RunData, features, tracker, hooks: RunHooks, resume: bool, views=None):
    """Train (or resume) the method, validating periodically (and at the end with
    ``hooks.validate_at_end``); returns the trainer's result. ``views``: the training examples'
    augmented views (``data.augment_views``), read by training only. (An exception ends the MLflow run
    in :func:`execute`.)"""
    from benchmark.engine.evaluation import evaluate
    from benchmark.engine.trainer import Trainer

    config, acc = ctx.config, ctx.accelerator

    def validate(step: int) -> dict[str, float]:
        metrics, _ = evaluate(
            ctx.model,
            plan.task,
            data.val,
            features,
            ctx.codec,
            config.eval,
            acc.device,
            acc.process_index,
            acc.num_processes,
        )
        tracker.log_metrics({f"val/{k}": v for k, v in metrics.items()}, step)
        ctx.log(f"  val @ {step}: {plan.task.metric} {metrics[plan.task.metric]:.2f}")
        if hooks.on_validation is not None:
            hooks.on_validation(step, metrics)
        return metrics

    trainer = Trainer(
        config,
        ctx.model,
        ctx.codec,
        data.train,
        features,
        acc,
        config.run_dir,
        validate=validate if data.val else None,
        log_metrics=_with_pause_hook(tracker.log_metrics),
        views=views,
    )
    result = trainer.fit(resume=resume)
    if hooks.validate_at_end and data.val:
        result.val_history.append((config.train.steps, validate(config.train.steps)))
    return result


def _with_pause_hook(log_metrics: Callable[[dict[str, float], int], None]) -> Callable[[dict[str, float], int], None]:
    """``log_metrics``, pausing once after step ``BENCH_PAUSE_AT_STEP`` when that test hook is set
    (see the module docstring)."""
    pause_at = int(os.environ.get("BENCH_PAUSE_AT_STEP", "0") or 0)
    if not pause_at:
        return log_metrics

    def logged(metrics: dict[str, float], step: int) -> None:
        log_metrics(metrics, step)
        if step == pause_at and "train/loss" in metrics:
            marker = os.environ.get("BENCH_PAUSE_FILE")
            if marker:
                Path(marker).write_text(str(os.getpid()))
            time.sleep(120)

    return logged


def test(ctx: RunContext, plan: RunPlan, data: RunData, features, timings: dict[str, float]) -> Tested:
    """Generate on the evaluation split (every process its share) and score it when it has public
    answers, plus the method's extra metrics (e.g. retrieval recall) on the main process; adds the
    evaluation timings."""
    from benchmark.engine.evaluation import evaluate, example_scores

    config, acc = ctx.config, ctx.accelerator
    t0 = time.perf_counter()
    scored = plan.task.has_references(plan.eval_split)
    metrics, preds = evaluate(
        ctx.model,
        plan.task if scored else None,
        data.test,
        features,
        ctx.codec,
        config.eval,
        acc.device,
        acc.process_index,
        acc.num_processes,
        progress=ctx.main_process,
    )
    per_example = example_scores(plan.task, preds, data.test, metrics) if scored and ctx.main_process else None
    if not scored:
        ctx.log(
            f"{plan.eval_split} has no public answers: predictions written in the official format to "
            f"{config.run_dir / 'results.json'}, not scored"
        )
    timings["eval_s"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    extra = {}
    if ctx.main_process and scored:  # e.g. FROMAGe's retrieval recall@k: once, by the process that records
        ctx.model.eval()
        with torch.no_grad():
            extra = ctx.method.extra_metrics(ctx.model, data.test, features, ctx.codec, acc.device)
    if extra:
        metrics.update(extra)
        timings["extra_metrics_s"] = time.perf_counter() - t0
    timings["eval_example_s"] = timings["eval_s"] / max(1, len(data.test))
    return Tested(metrics, preds, scored, per_example)


test.__test__ = False  # a stage of a run, not a pytest test when a test module imports it


def record(
    ctx: RunContext, plan: RunPlan, result: RunResult, tested: Tested, data: RunData, run_record: dict, tracker
) -> None:
    """On the main process: the trained tensors, the official ``results.json``, ``predictions.jsonl``,
    ``example_scores.jsonl`` (when the headline metric has per-example scores) and, last,
    ``metrics.json`` (the result with the config and run record: its presence marks the run
    finished), then the MLflow metrics and artifacts; then every process waits for it."""
    from benchmark.engine.checkpoint import save_trainable
    from benchmark.engine.io import atomic_write_json
    from benchmark.engine.tracking import write_run_outputs

    config, run_dir = ctx.config, ctx.config.run_dir
    if ctx.main_process:
        predictions = [
            {
                "uid": ex.uid,
                "media_id": ex.media_id,
                "prompt": ex.prompt,
                "prediction": tested.predictions.get(ex.uid, ""),
                "references": list(ex.references),
            }
            for ex in data.test
        ]
        save_trainable(
            run_dir / "trainable.safetensors",
            ctx.method.state_dict(),
            {"method": config.method, "config": json.dumps(config.to_dict())},
        )
        atomic_write_json(run_dir / "results.json", plan.task.results_records(tested.predictions, data.test))
        # metrics.json last: it marks the run finished (never modified again)
        write_run_outputs(
            run_dir,
            {**result.to_dict(), "config": config.to_dict(), "record": run_record},
            predictions,
            run_record,
            tested.example_scores,
        )
        tracker.log_metrics(
            {f"test/{k}": v for k, v in result.metrics.items()} | {f"time/{k}": v for k, v in result.timings.items()},
            config.train.steps,
        )
        tracker.log_artifact(run_dir / "metrics.json")
        tracker.log_artifact(run_dir / "predictions.jsonl")
        tracker.log_artifact(run_dir / "results.json")
        if tested.example_scores is not None:  # the headline per example: reports bootstrap over examples
            tracker.log_artifact(run_dir / "example_scores.jsonl")
        tracker.finish("FINISHED")
    ctx.accelerator.wait_for_everyone()


def check_tracking(config: RunConfig) -> None:
    """The run's tracking store can be used (:func:`~benchmark.engine.tracking.check_tracking_store`:
    one line within 10 s for a dead server or an unwritable SQLite folder), before any data is read."""
    from benchmark.engine.tracking import check_tracking_store, default_tracking_uri

    check_tracking_store(config.tracking_uri or default_tracking_uri(config.output_dir), timeout_s=10)


def execute(config: RunConfig, resume: bool = False, hooks: RunHooks | None = None) -> RunResult:
    """Run (or resume) one training + evaluation: plan -> check the tracking store -> lock and check
    the run folder -> data -> context -> train -> test -> record.

    The run folder stays locked until the run ends (:func:`run_folder_lock`), and SIGTERM raises
    :class:`RunTerminated` meanwhile (:func:`sigterm_raises`). Once the MLflow run is open, any exception
    (including Ctrl-C, SIGTERM and a diverging loss) ends it KILLED (Ctrl-C, SIGTERM, one of
    ``hooks.stop_exceptions``) or FAILED before it is raised again."""
    hooks = hooks or RunHooks()
    plan = plan_run(config)
    check_tracking(config)
    with run_folder_lock(config.run_dir), sigterm_raises():
        check_run_folder(config.run_dir, resume, config)
        return _execute(plan, resume, hooks)


def _execute(plan: RunPlan, resume: bool, hooks: RunHooks) -> RunResult:
    """The run inside the lock: data -> context -> features -> tracking -> train -> test -> record."""
    config = plan.config
    t_start = time.perf_counter()
    notes: list[str] = []  # data notes (skipped media), logged once the main process is known
    data = load_data(plan, notes.append)  # before any weights: a missing media file fails here
    ctx = build_context(config, plan.description)
    for note in notes:
        ctx.log(note)
    ctx.log(
        f"data: {len(data.train)} train / {len(data.val)} val / {len(data.test)} {plan.eval_split} examples "
        f"({config.task})"
    )
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    features = ctx.features_for(data.train + data.val + data.test)
    if features is not None and not is_live(features):
        timings["features_s"] = time.perf_counter() - t0
        ctx.log(
            f"features: {features.computed} computed, {features.from_cache} from cache ({timings['features_s']:.1f}s)"
        )
    elif features is not None:
        ctx.log(f"features: none cached: the encoder trains, {len(features)} media go through it in every forward")
    t0 = time.perf_counter()
    views = ctx.train_views_for(data.train)
    if views is not None:
        timings["augmented_features_s"] = time.perf_counter() - t0
        ctx.log(
            f"augmented views: {len(views)} per training image ({', '.join(config.data.augmentations)}): "
            f"{views.computed} computed, {views.from_cache} from cache ({timings['augmented_features_s']:.1f}s)"
        )
    timings["lm_load_s"] = ctx.lm_load_s
    params = count_parameters(ctx.model)
    ctx.log(
        f"model: {config.method} on {config.lm}: {params['trainable']:,} trainable / {params['lm']:,} frozen LM parameters"
    )
    tracker, run_record = start_tracking(ctx, plan, params, hooks, resume)  # ends its MLflow run if it fails
    try:
        result, tested = _train_and_test(
            ctx, plan, data, features, tracker, hooks, resume, timings, params, t_start, views
        )
        record(ctx, plan, result, tested, data, run_record, tracker)
    except BaseException as exc:
        from benchmark.engine.tracking import status_for

        tracker.finish(status_for(exc, hooks.stop_exceptions))  # a no-op once record() finished it
        raise
    return result


def is_live(features) -> bool:
    """Whether ``features`` are media read as pixels by a trained encoder (no cached features)."""
    from benchmark.engine.feature_cache import LiveMedia

    return isinstance(features, LiveMedia)


def feature_counts(features, views) -> dict[str, int] | None:
    """The record's ``features``: media computed / read from the cache, and with augmented views
    their rows (every view) as ``augmented_computed`` / ``augmented_from_cache``; with a trained
    encoder (nothing cached or precomputed) ``live_media``, the media read as pixels."""
    if features is None:
        return None
    if is_live(features):
        return {"live_media": len(features)}
    counts = {"computed": features.computed, "from_cache": features.from_cache}
    if views is not None:
        counts.update(augmented_computed=views.computed, augmented_from_cache=views.from_cache)
    return counts


def _train_and_test(
    ctx: RunContext,
    plan: RunPlan,
    data: RunData,
    features,
    tracker,
    hooks: RunHooks,
    resume: bool,
    timings: dict[str, float],
    params: dict[str, int],
    t_start: float,
    views=None,
) -> tuple[RunResult, Tested]:
    """Train and score; the :class:`RunResult` that :func:`record` writes, and the scored split."""
    config = ctx.config
    t0 = time.perf_counter()
    trained = train(ctx, plan, data, features, tracker, hooks, resume, views)
    timings["train_s"] = time.perf_counter() - t0
    timings["train_step_s"] = trained.step_seconds
    tested = test(ctx, plan, data, features, timings)
    timings["total_s"] = time.perf_counter() - t_start
    result = RunResult(
        run=config.run_dir.name,
        method=config.method,
        task=config.task,
        lm=config.lm,
        encoder=config.encoder if plan.method_cls.needs_encoder else None,
        seed=config.seed,
        data_fraction=config.data.fraction,
        split=plan.eval_split,
        scored=tested.scored,
        n_eval=len(data.test),
        eval_subset=subset_note(len(data.test), data.test_split_size),
        metric=plan.task.metric,
        metrics=tested.metrics,
        parameters=params,
        prefix_tokens=ctx.method.prefix_length(),
        timings=timings,
        val_history=trained.val_history,
        train_losses=trained.losses,
        train_grad_norms=trained.grad_norms,
        resumed_from=trained.resumed_from,
        processes=ctx.accelerator.num_processes,
        features=feature_counts(features, views),
        encoder_regime=plan.description.encoder_regime,
    )
    return result, tested
