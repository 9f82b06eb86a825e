"""One run, end to end: :func:`execute` is plan -> context -> train -> test -> record, one small
function each (:func:`plan_run`, :func:`~benchmark.engine.context.build_context`, :func:`train`,
:func:`test`, :func:`record`), and returns a :class:`RunResult`. Each arrow of the data flow in
``docs/design`` happens in one call below.

Everything that can be checked cheaply is checked before any model is loaded: registry names,
config values, the dataset's files and media, and the method/encoder/task combination.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import torch

from benchmark.engine.config import RunConfig
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
    if encoder_spec is not None:
        if task_cls.modality != encoder_spec.modality:
            raise ConfigError(
                f"task {config.task!r} is {task_cls.modality}; encoder {config.encoder!r} reads {encoder_spec.modality}"
            )
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
    """The scored split: metrics (empty when not scored) and the predictions by example uid."""

    metrics: dict[str, Any]
    predictions: dict[str, str]
    scored: bool


def check_run_folder(run_dir: Path, resume: bool) -> None:
    """Refuse to overwrite a finished run, or to start over the checkpoints of an unfinished one,
    unless ``resume``."""
    from benchmark.engine.checkpoint import latest_checkpoint

    if (run_dir / "metrics.json").exists() and not resume:
        raise ConfigError(
            f"{run_dir} already holds a finished run (metrics.json); choose another --run-name or "
            "--output-dir, or pass --resume to continue/reuse it"
        )
    if not resume and latest_checkpoint(run_dir) is not None:
        raise ConfigError(f"{run_dir} holds checkpoints of an earlier run: pass --resume to continue it")


def start_tracking(ctx: RunContext, plan: RunPlan, params: dict[str, int], hooks: RunHooks, resume: bool):
    """Open (or reopen) the run's MLflow run with its config, method config, tags and parameter
    counts; returns the tracker and the run record (config, versions, hardware...)."""
    from benchmark.engine.tracking import Tracker, flatten_params, run_record

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
    if hooks.parent_run_id:
        tags["mlflow.parentRunId"] = hooks.parent_run_id
    tracker.start(
        params=flatten_params({"config": config.to_dict(), "method_config": record["method_config"]}),
        tags=tags,
        resume=resume,
        record=record,
        run_id=hooks.mlflow_run_id,
    )
    tracker.log_metrics({"params/trainable": params["trainable"], "params/lm": params["lm"]}, 0)
    return tracker, record


def train(ctx: RunContext, plan: RunPlan, data: RunData, features, tracker, hooks: RunHooks, resume: bool):
    """Train (or resume) the method, validating periodically (and at the end with
    ``hooks.validate_at_end``); an exception marks the MLflow run KILLED (Ctrl-C or one of
    ``hooks.stop_exceptions``) or FAILED, and is raised again. Returns the trainer's result."""
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
        log_metrics=tracker.log_metrics,
    )
    try:
        result = trainer.fit(resume=resume)
        if hooks.validate_at_end and data.val:
            result.val_history.append((config.train.steps, validate(config.train.steps)))
    except BaseException as exc:
        tracker.finish("KILLED" if isinstance(exc, (KeyboardInterrupt, *hooks.stop_exceptions)) else "FAILED")
        raise
    return result


def test(ctx: RunContext, plan: RunPlan, data: RunData, features, timings: dict[str, float]) -> Tested:
    """Generate on the evaluation split (every process its share) and score it when it has public
    answers, plus the method's extra metrics (e.g. retrieval recall) on the main process; adds the
    evaluation timings."""
    from benchmark.engine.evaluation import evaluate

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
    return Tested(metrics, preds, scored)


test.__test__ = False  # a stage of a run, not a pytest test when a test module imports it


def record(
    ctx: RunContext, plan: RunPlan, result: RunResult, tested: Tested, data: RunData, run_record: dict, tracker
) -> None:
    """On the main process: the trained tensors, ``metrics.json`` (the result with the config and
    run record), ``predictions.jsonl``, the official ``results.json`` and the MLflow metrics and
    artifacts; then every process waits for it."""
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
        write_run_outputs(
            run_dir, {**result.to_dict(), "config": config.to_dict(), "record": run_record}, predictions, run_record
        )
        atomic_write_json(run_dir / "results.json", plan.task.results_records(tested.predictions, data.test))
        tracker.log_metrics(
            {f"test/{k}": v for k, v in result.metrics.items()} | {f"time/{k}": v for k, v in result.timings.items()},
            config.train.steps,
        )
        tracker.log_artifact(run_dir / "metrics.json")
        tracker.log_artifact(run_dir / "predictions.jsonl")
        tracker.log_artifact(run_dir / "results.json")
        tracker.finish("FINISHED")
    ctx.accelerator.wait_for_everyone()


def execute(config: RunConfig, resume: bool = False, hooks: RunHooks | None = None) -> RunResult:
    """Run (or resume) one training + evaluation: plan -> context -> train -> test -> record."""
    hooks = hooks or RunHooks()
    plan = plan_run(config)
    check_run_folder(config.run_dir, resume)
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
    if features is not None:
        timings["features_s"] = time.perf_counter() - t0
        ctx.log(
            f"features: {features.computed} computed, {features.from_cache} from cache ({timings['features_s']:.1f}s)"
        )
    timings["lm_load_s"] = ctx.lm_load_s
    params = count_parameters(ctx.model)
    ctx.log(
        f"model: {config.method} on {config.lm}: {params['trainable']:,} trainable / {params['lm']:,} frozen LM parameters"
    )
    tracker, run_record = start_tracking(ctx, plan, params, hooks, resume)
    t0 = time.perf_counter()
    trained = train(ctx, plan, data, features, tracker, hooks, resume)
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
        resumed_from=trained.resumed_from,
        processes=ctx.accelerator.num_processes,
        features={"computed": features.computed, "from_cache": features.from_cache} if features is not None else None,
    )
    record(ctx, plan, result, tested, data, run_record, tracker)
    return result
