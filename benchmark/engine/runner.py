"""One run, end to end: validate -> data -> cached features -> LM + method -> train -> evaluate ->
record. Each arrow of the data flow in ``docs/design`` happens in one call below.

Everything that can be checked cheaply is checked before any model is loaded: registry names,
config values, the dataset's files, and the method/encoder/task combination.
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch

from benchmark.engine.config import RunConfig, build_method_config
from benchmark.engine.data import stratified_subsample
from benchmark.engine.text import TextCodec
from benchmark.errors import ConfigError
from benchmark.registry import METHODS, TASKS
from tasks.base import Example, Task


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


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


def describe_method(config: RunConfig) -> tuple[type, Any, Any, Any, str | None]:
    """(method class, method config, feature request, encoder spec, encoder fingerprint) of
    ``config``, from a meta-device build of the encoder (no weights); spec and fingerprint are None
    for methods without perception."""
    method_cls = METHODS.get(config.method)
    method_config = build_method_config(method_cls.config_cls, config.method_options, config.method)
    request = method_cls.feature_request(method_config)
    if not method_cls.needs_encoder:
        return method_cls, method_config, request, None, None
    from benchmark.backbones.factory import build_encoder_on_meta

    described = build_encoder_on_meta(config.encoder)
    return method_cls, method_config, request, described.spec, described.fingerprint


def plan_run(config: RunConfig) -> RunPlan:
    """Validate names, options, the method/backbone/task combination and the data, before any
    weights are loaded: the method is built once on the meta device from the backbones' specs."""
    config.validate()
    task_cls = TASKS.get(config.task)
    from benchmark.backbones.lm import lm_spec_for

    lm_spec = lm_spec_for(config.lm)
    method_cls, method_config, request, encoder_spec, fingerprint = describe_method(config)
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
    return RunPlan(config, method_cls, method_config, task, request, encoder_spec, fingerprint, eval_split)


@dataclass
class _SpecOnly:
    """Stands in for the encoder until ``extract_features`` needs it (only ``spec`` is read)."""

    spec: Any


def _seeded_subset(examples: list[Example], n: int, seed: int) -> list[Example]:
    if n <= 0 or n >= len(examples):
        return examples
    keep = sorted(np.random.default_rng(seed).choice(len(examples), size=n, replace=False).tolist())
    return [examples[i] for i in keep]


@dataclass
class RunData:
    train: list[Example]
    val: list[Example]
    test: list[Example]
    test_split_size: int  # size of the whole test split (``test`` may be a seeded subset of it)


def with_media(task: Task, split: str, examples: list[Example], policy: str, log=None) -> list[Example]:
    """``examples`` whose media file exists; a missing one raises :class:`DataError` (policy "error")
    or drops its examples with a warning (policy "skip")."""
    from benchmark.errors import DataError
    from benchmark.experiments.datacheck import missing_media

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
    # evaluation subsets are seeded independently of the run seed so every run is scored on the same
    val = _seeded_subset(split(task.val_split), cfg.eval.val_max_examples, 1234)
    test_all = split(plan.eval_split)
    test = _seeded_subset(test_all, cfg.eval.max_examples, 4321)
    if not train:
        raise ConfigError(f"{task.name}: no training examples left (data.fraction={cfg.data.fraction})")
    return RunData(train, val, test, len(test_all))


def compute_features(
    config: RunConfig,
    encoder_name: str,
    encoder_spec,
    encoder_fingerprint: str,
    request,
    examples: list[Example],
    accelerator,
    cache_dir: Path,
    progress: bool,
):
    """The frozen encoder's features of every media in ``examples``, from the feature cache or one
    encoder pass (weights are loaded only if something is missing), as a table for ``request``."""
    from benchmark.backbones.factory import load_encoder
    from benchmark.engine.feature_cache import FeatureCache, cache_request, extract_features, namespace_for

    with accelerator.main_process_first():
        stored = cache_request(request, encoder_spec)
        # the frozen encoder runs in the run's precision (like the LM); bf16 features are cached apart
        precision = "" if config.train.precision == "fp32" else f"|{config.train.precision}"
        cache = FeatureCache(cache_dir, namespace_for(encoder_fingerprint + precision, stored))
        media = {ex.media_id: ex.media_path for ex in examples}
        with accelerator.autocast():
            return extract_features(
                _SpecOnly(encoder_spec),
                stored,
                sorted(media.items()),
                cache,
                device=accelerator.device,
                progress=progress,
                load=lambda: load_encoder(encoder_name, cache_dir=cache_dir),
            ).for_request(request, stored.layers)


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


def execute(config: RunConfig, resume: bool = False, hooks: RunHooks | None = None) -> dict[str, Any]:
    """Run (or resume) one training + evaluation; returns the final metrics record."""
    from accelerate import Accelerator

    from benchmark.backbones.lm import default_cache_dir, lm_spec, load_lm
    from benchmark.engine.checkpoint import latest_checkpoint, save_trainable
    from benchmark.engine.evaluation import evaluate
    from benchmark.engine.io import atomic_write_json
    from benchmark.engine.model import MultimodalLM
    from benchmark.engine.tracking import Tracker, flatten_params, run_record, write_run_outputs
    from benchmark.engine.trainer import Trainer

    plan = plan_run(config)
    run_dir = config.run_dir
    if (run_dir / "metrics.json").exists() and not resume:
        raise ConfigError(
            f"{run_dir} already holds a finished run (metrics.json); choose another --run-name or "
            "--output-dir, or pass --resume to continue/reuse it"
        )
    if not resume and latest_checkpoint(run_dir) is not None:
        raise ConfigError(f"{run_dir} holds checkpoints of an earlier run: pass --resume to continue it")
    cache_dir = Path(config.cache_dir) if config.cache_dir else default_cache_dir()
    # accelerate keeps one global state per process; a second run in the same process (tests,
    # sweeps) may use another precision, so start from a clean one (the process group is kept)
    from accelerate.state import AcceleratorState

    AcceleratorState._reset_state()
    accelerator = Accelerator(
        mixed_precision={"fp32": "no"}.get(config.train.precision, config.train.precision),
        gradient_accumulation_steps=config.train.grad_accum,
        cpu=not torch.cuda.is_available(),
    )
    main = accelerator.is_main_process
    log = (lambda msg: print(msg, file=sys.stderr, flush=True)) if main else (lambda msg: None)
    timings: dict[str, float] = {}
    t_start = time.perf_counter()

    data = load_data(plan, log)
    log(
        f"data: {len(data.train)} train / {len(data.val)} val / {len(data.test)} {plan.eval_split} examples "
        f"({config.task})"
    )

    # -- frozen encoder -> cached features ------------------------------------------------------
    features = None
    encoder_spec = plan.encoder_spec
    if plan.method_cls.needs_encoder and not plan.feature_request.empty:
        t0 = time.perf_counter()
        features = compute_features(
            config,
            config.encoder,
            encoder_spec,
            plan.encoder_fingerprint,
            plan.feature_request,
            data.train + data.val + data.test,
            accelerator,
            cache_dir,
            main,
        )
        timings["features_s"] = time.perf_counter() - t0
        log(f"features: {features.computed} computed, {features.from_cache} from cache ({timings['features_s']:.1f}s)")

    # -- frozen LM + trainable method -----------------------------------------------------------
    t0 = time.perf_counter()
    lm, tokenizer = load_lm(config.lm, cache_dir=cache_dir)
    lm.to(accelerator.device)
    timings["lm_load_s"] = time.perf_counter() - t0
    seed_everything(config.seed)
    method = plan.method_cls(plan.method_config, lm_spec(lm), encoder_spec)
    model = MultimodalLM(lm, tokenizer, method).to(accelerator.device)
    codec = TextCodec(tokenizer)
    params = count_parameters(model)
    log(
        f"model: {config.method} on {config.lm}: {params['trainable']:,} trainable / {params['lm']:,} frozen LM parameters"
    )

    hooks = hooks or RunHooks()
    tracker = Tracker(run_dir, config.tracking_uri, config.experiment, run_dir.name, is_main_process=main)
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

    def validate(step: int) -> dict[str, float]:
        metrics, _ = evaluate(
            model,
            plan.task,
            data.val,
            features,
            codec,
            config.eval,
            accelerator.device,
            accelerator.process_index,
            accelerator.num_processes,
        )
        val = {f"val/{k}": v for k, v in metrics.items()}
        tracker.log_metrics(val, step)
        log(f"  val @ {step}: {plan.task.metric} {metrics[plan.task.metric]:.2f}")
        if hooks.on_validation is not None:
            hooks.on_validation(step, metrics)
        return metrics

    # -- train ------------------------------------------------------------------------------------
    t0 = time.perf_counter()
    trainer = Trainer(
        config,
        model,
        codec,
        data.train,
        features,
        accelerator,
        run_dir,
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
    timings["train_s"] = time.perf_counter() - t0
    timings["train_step_s"] = result.step_seconds

    # -- evaluate on the test split ------------------------------------------------------------
    t0 = time.perf_counter()
    scored = plan.task.has_references(plan.eval_split)
    metrics, preds = evaluate(
        model,
        plan.task if scored else None,
        data.test,
        features,
        codec,
        config.eval,
        accelerator.device,
        accelerator.process_index,
        accelerator.num_processes,
        progress=main,
    )
    if not scored:
        log(
            f"{plan.eval_split} has no public answers: predictions written in the official format to "
            f"{run_dir / 'results.json'}, not scored"
        )
    timings["eval_s"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    extra = {}
    if main and scored:  # e.g. FROMAGe's retrieval recall@k on the test media: once, by the process that records
        model.eval()
        with torch.no_grad():
            extra = method.extra_metrics(model, data.test, features, codec, accelerator.device)
    if extra:
        metrics.update(extra)
        timings["extra_metrics_s"] = time.perf_counter() - t0
    timings["eval_example_s"] = timings["eval_s"] / max(1, len(data.test))
    timings["total_s"] = time.perf_counter() - t_start
    final = {
        "run": run_dir.name,
        "method": config.method,
        "task": config.task,
        "lm": config.lm,
        "encoder": config.encoder if plan.method_cls.needs_encoder else None,
        "seed": config.seed,
        "data_fraction": config.data.fraction,
        "split": plan.eval_split,
        "scored": scored,
        "n_eval": len(data.test),
        "eval_subset": (
            f"seeded subset of {len(data.test)} of {data.test_split_size} examples (seed 4321)"
            if len(data.test) < data.test_split_size
            else "whole split"
        ),
        "metric": plan.task.metric,
        "metrics": metrics,
        "parameters": params,
        "prefix_tokens": method.prefix_length(),
        "timings": timings,
        "val_history": result.val_history,
        "train_losses": result.losses,
        "resumed_from": result.resumed_from,
        "processes": accelerator.num_processes,
        "features": (
            {"computed": features.computed, "from_cache": features.from_cache} if features is not None else None
        ),
    }
    if main:
        predictions = [
            {
                "uid": ex.uid,
                "media_id": ex.media_id,
                "prompt": ex.prompt,
                "prediction": preds.get(ex.uid, ""),
                "references": list(ex.references),
            }
            for ex in data.test
        ]
        save_trainable(
            run_dir / "trainable.safetensors",
            method.state_dict(),
            {"method": config.method, "config": json.dumps(config.to_dict())},
        )
        write_run_outputs(run_dir, {**final, "config": config.to_dict(), "record": record}, predictions, record)
        atomic_write_json(run_dir / "results.json", plan.task.results_records(preds, data.test))
        tracker.log_metrics(
            {f"test/{k}": v for k, v in metrics.items()} | {f"time/{k}": v for k, v in timings.items()},
            config.train.steps,
        )
        tracker.log_artifact(run_dir / "metrics.json")
        tracker.log_artifact(run_dir / "predictions.jsonl")
        tracker.log_artifact(run_dir / "results.json")
        tracker.finish("FINISHED")
    accelerator.wait_for_everyone()
    return final
