"""``bench eval``: a finished run, evaluated again on another task, split or shifted variant.

Out-of-distribution evaluation as the eP-ALM paper does it: train on one task and score on another
whose answers are compatible (VQAv2 -> GQA and back; VQA-trained runs zero-shot on MSRVTT-QA or
MSVD-QA by giving ``--encoder frames:<the run's image encoder>``, whose features have the image
encoder's widths), or on deterministic shifts of the training task's own test split (easy-VQA's
corruptions, scales, placements and backgrounds: ``--variant all``).

Everything is validated before any weight is loaded: the run folder holds a finished run
(``metrics.json`` with its config, a whole ``trainable.safetensors``: its size matches its header), the task, split and variants exist,
the encoder reads the task's modality, and a replacement encoder produces features of the same widths
as the one the run was trained with. The run's model is then rebuilt once (frozen LM + the trained
method's tensors) and scored on every requested variant; each result goes atomically to
``<run>/eval/<task>[@<variant>]-<split>.json`` with the predictions (``.jsonl``) and the official
results file (``.results.json``) beside it.

The evaluation's generation settings may differ from the run's own (``--batch-size``,
``--precision``, ``--num-beams``: :class:`EvalSettings`), for that evaluation only; the record's
``eval_config`` states the settings used, and a setting that differs from the run's own adds a
suffix naming all three to the file names, ``<task>[@<variant>]-<split>@bs<B>-<precision>-beams<N>``,
so results of different settings never overwrite each other (the run's own settings keep the plain
name). ``--shuffle SEED`` generates in a seeded shuffled order of the examples (other batches, the
same predictions if generation is batch-invariant; suffix ``-shuffle<SEED>``). ``--precision`` is
what ``train.precision`` is in ``bench run``: the accelerator's mixed precision, in which the frozen
encoder computes the features (cached apart per precision); generation runs the LM on its fp32
weights outside autocast in both commands.
"""

from __future__ import annotations

import copy
import random
import time
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from benchmark.engine.config import PRECISIONS, RunConfig, read_run_config
from benchmark.errors import ConfigError
from benchmark.registry import METHODS, TASKS


@dataclass(frozen=True)
class EvalSettings:
    """Generation settings of one evaluation that may differ from the run's own (None: the run's)."""

    batch_size: int | None = None
    precision: str | None = None  # fp32, bf16 or fp16 (CUDA only), as train.precision
    num_beams: int | None = None
    shuffle: int | None = None  # generate in this seed's shuffled order of the examples (an invariance check)


@dataclass
class EvalPlan:
    run_dir: Path
    config: RunConfig  # the run's config with the evaluation's task/data/encoder and settings
    trained_encoder: str
    variants: list[str | None]
    split: str
    suffix: str = ""  # "" with the run's own settings, else "@bs<B>-<precision>-beams<N>[-shuffle<seed>]"
    shuffle: int | None = None


def _spec_widths(spec) -> tuple:
    return (spec.layer_widths, spec.grid_width, spec.grid_tokens, spec.pooled_width)


def plan_eval(
    run_dir: str | Path,
    task: str | None = None,
    data_dir: str | None = None,
    split: str | None = None,
    variants: str | None = None,
    encoder: str | None = None,
    max_examples: int | None = None,
    settings: EvalSettings | None = None,
) -> EvalPlan:
    import torch

    from benchmark.engine.checkpoint import check_trainable_file

    run_dir = Path(run_dir)
    trained = read_run_config(run_dir)
    check_trainable_file(run_dir / "trainable.safetensors")  # a truncated file fails here, before the LM loads
    config = copy.deepcopy(trained)
    if task is not None and task != trained.task:
        config.task, config.data.data_dir, config.data.variant = task, None, None
    if data_dir is not None:
        config.data.data_dir = data_dir
    if encoder is not None:
        config.encoder = encoder
    if max_examples is not None:
        config.eval.max_examples = max_examples
    settings = settings or EvalSettings()
    if settings.batch_size is not None:
        config.eval.batch_size = settings.batch_size
    if settings.num_beams is not None:
        config.eval.num_beams = settings.num_beams
    if settings.precision is not None:
        if settings.precision not in PRECISIONS:
            raise ConfigError(f"precision must be one of {PRECISIONS}, got {settings.precision!r}")
        config.train.precision = settings.precision
    if config.eval.batch_size < 1 or config.eval.num_beams < 1:
        raise ConfigError("batch size and number of beams must be >= 1")
    if config.train.precision == "fp16" and not torch.cuda.is_available():
        raise ConfigError("precision fp16 needs a CUDA device; use bf16 or fp32 on CPU")
    own = (trained.eval.batch_size, trained.train.precision, trained.eval.num_beams)
    used = (config.eval.batch_size, config.train.precision, config.eval.num_beams)
    suffix = "" if used == own and settings.shuffle is None else f"@bs{used[0]}-{used[1]}-beams{used[2]}"
    if settings.shuffle is not None:
        suffix += f"-shuffle{settings.shuffle}"
    task_cls = TASKS.get(config.task)
    if variants in (None, ""):
        chosen: list[str | None] = [None]
    elif variants == "all":
        chosen = [None, *task_cls.variants]
        if not task_cls.variants:
            raise ConfigError(f"task {config.task!r} has no variants")
    else:
        chosen = [None if v == "clean" else v for v in variants.split(",") if v]
    probe = task_cls(data_dir=config.data.data_dir)
    split = split or probe.test_split
    probe.check_split(split)
    if not probe.has_references(split):
        raise ConfigError(f"{config.task} {split} has no public answers: nothing to score")
    for v in chosen:
        if v is not None:
            task_cls(data_dir=config.data.data_dir, variant=v)  # raises ConfigError for an unknown variant
    probe.check_data(split)
    method_cls = METHODS.get(config.method)
    method_cls.check_task(task_cls)  # e.g. the text oracle needs a task that describes its media
    if method_cls.needs_encoder:
        from benchmark.backbones.factory import build_encoder_on_meta

        spec = build_encoder_on_meta(config.encoder).spec
        if spec.modality != task_cls.modality:
            hint = (
                f" (give --encoder frames:{trained.encoder} to read video with the run's image encoder)"
                if task_cls.modality == "video" and spec.modality == "image"
                else ""
            )
            raise ConfigError(
                f"task {config.task!r} is {task_cls.modality}; encoder {config.encoder!r} reads {spec.modality}{hint}"
            )
        if config.encoder != trained.encoder:
            before = build_encoder_on_meta(trained.encoder).spec
            if _spec_widths(spec) != _spec_widths(before):
                raise ConfigError(
                    f"encoder {config.encoder!r} gives features {_spec_widths(spec)} (layer widths, grid "
                    f"width, grid tokens, pooled width); the run was trained on {trained.encoder!r} "
                    f"with {_spec_widths(before)}"
                )
    return EvalPlan(run_dir, config, trained.encoder, chosen, split, suffix, settings.shuffle)


def _tag(task: str, variant: str | None, split: str, suffix: str = "") -> str:
    """The file stem of one evaluation: ``<task>[@<variant>]-<split>`` plus the settings' suffix."""
    return f"{task}{'@' + variant if variant else ''}-{split}{suffix}"


@dataclass(kw_only=True)
class EvalRecord:
    """One scored variant of ``bench eval``; :meth:`to_dict` is what ``<run>/eval/<tag>.json`` holds."""

    run: str
    method: str
    trained_on: str  # the task the run was trained on
    task: str
    variant: str  # "clean" for the unshifted data
    split: str
    metric: str
    value: float | None  # the task's headline metric
    metrics: dict[str, Any]
    n_eval: int
    eval_subset: str  # "whole split" or how the seeded subset was drawn
    encoder: str | None  # None for a method without perception
    eval_config: dict[str, Any]  # the run's eval config with this evaluation's settings, precision and shuffle seed
    seconds: float

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EvalRecord:
        return cls(**{f.name: data[f.name] for f in fields(cls)})


def evaluate_run(plan: EvalPlan, progress: bool = True) -> list[EvalRecord]:
    """Rebuild the run's model once (the same :func:`~benchmark.engine.context.build_context` as
    ``bench run``, with the trained tensors loaded) and score it on every variant of the plan, on the
    seeded subset ``bench run`` draws for the same ``eval.max_examples``; returns the records."""
    from benchmark.engine.context import EVAL_SUBSET_SEED, build_context, describe_method, seeded_subset, subset_note
    from benchmark.engine.evaluation import evaluate
    from benchmark.engine.io import atomic_write_json, atomic_write_jsonl
    from benchmark.engine.runner import with_media

    config = plan.config
    trained_on = read_run_config(plan.run_dir).task
    ctx = build_context(
        config,
        describe_method(config),
        trained_weights=plan.run_dir / "trainable.safetensors",
        area="eval",
        progress=progress,
    )
    records = []
    out_dir = plan.run_dir / "eval"
    for variant in plan.variants:
        t0 = time.perf_counter()
        task = TASKS.get(config.task)(data_dir=config.data.data_dir, val_images=config.data.val_images, variant=variant)
        examples = with_media(task, plan.split, task.load(plan.split), config.data.missing_media, ctx.log)
        subset = seeded_subset(examples, config.eval.max_examples, EVAL_SUBSET_SEED)
        if config.eval.max_new_tokens is None:
            config.eval.max_new_tokens = task.max_new_tokens
        features = ctx.features_for(subset)
        order = subset if plan.shuffle is None else random.Random(plan.shuffle).sample(subset, len(subset))
        metrics, preds = evaluate(ctx.model, task, order, features, ctx.codec, config.eval, ctx.accelerator.device)
        tag = _tag(config.task, variant, plan.split, plan.suffix)
        record = EvalRecord(
            run=plan.run_dir.name,
            method=config.method,
            trained_on=trained_on,
            task=config.task,
            variant=variant or "clean",
            split=plan.split,
            metric=task.metric,
            value=metrics.get(task.metric),
            metrics=metrics,
            n_eval=len(subset),
            eval_subset=subset_note(len(subset), len(examples)),
            encoder=config.encoder if ctx.description.method_cls.needs_encoder else None,
            eval_config={**config.eval.__dict__, "precision": config.train.precision, "shuffle": plan.shuffle},
            seconds=time.perf_counter() - t0,
        )
        atomic_write_jsonl(
            out_dir / f"{tag}.jsonl",
            [
                {
                    "uid": e.uid,
                    "media_id": e.media_id,
                    "prediction": preds.get(e.uid, ""),
                    "references": list(e.references),
                }
                for e in subset
            ],
        )
        atomic_write_json(out_dir / f"{tag}.results.json", task.results_records(preds, subset))
        atomic_write_json(out_dir / f"{tag}.json", record.to_dict())
        ctx.log(f"eval: {tag}: {task.metric} {record.value:.2f} on {len(subset)} examples")
        records.append(record)
    return records


def format_table(records: list[EvalRecord]) -> str:
    """The records as a markdown table: task, variant, split, metric, value (2 decimals, n/a when
    not scored) and number of examples."""
    import pandas as pd

    table = pd.DataFrame(
        [
            {
                "task": r.task,
                "variant": r.variant,
                "split": r.split,
                "metric": r.metric,
                "value": "n/a" if r.value is None else f"{r.value:.2f}",
                "n": r.n_eval,
            }
            for r in records
        ],
        columns=["task", "variant", "split", "metric", "value", "n"],
    )
    return table.to_markdown(index=False, disable_numparse=True)
