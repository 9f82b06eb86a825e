"""The one trainer every method shares, on accelerate.

Mixed precision (fp32/bf16/fp16), gradient accumulation, several processes (``accelerate launch``),
AdamW (``betas``, ``eps``, ``weight_decay``) with named parameter groups at their own learning rates
(``train.param_groups``), a linear warm-up then the ``schedule`` (``cosine`` to ``min_lr``,
``constant``, ``linear`` to ``min_lr``), gradient clipping, the method's ``after_optimizer_step`` after
every optimizer step, the loss options of the recipe (``loss_tokens``, ``loss_reduction``,
``label_smoothing``; ``lm_dropout`` turns the frozen LM's dropout on), periodic validation,
atomic checkpoints every ``checkpoint_every`` steps and ``--resume``. A NaN or infinite loss stops the
run with a clear message instead of training on garbage. The main process shows a progress bar over
the steps (rate, ETA, and the latest loss and learning rate).

The data order is a pure function of (seed, step): micro-batch ``g`` of the run takes examples from
the permutation of epoch ``g * batch // N``, seeded by (seed, epoch). A resumed run therefore sees
exactly the batches an uninterrupted run would, and the restored RNG state covers the rest. With
augmented views (``data.augment_views=K``) an example taken from the permutation of epoch ``e``
reads the features of its view ``e mod K``, again a pure function of the step. When the method
trains its encoder, ``features`` is :class:`~benchmark.engine.feature_cache.LiveMedia`: a batch is
its preprocessed pixels, the model runs the encoder inside its forward, and the encoder's
parameters are among the method's (optimised, clipped, checkpointed) like any other.
"""

from __future__ import annotations

import math
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import torch
from accelerate import Accelerator

from benchmark.engine.checkpoint import load_latest_checkpoint, restore_rng_state, save_checkpoint
from benchmark.engine.config import RunConfig
from benchmark.engine.recipe import check_train_options, param_groups_of
from benchmark.engine.text import TextCodec
from benchmark.errors import TrainingDivergedError
from benchmark.logs import get_logger, progress
from tasks.base import Example

log = get_logger("train")


def lr_factor(step: int, warmup: int, total: int, min_ratio: float, schedule: str = "cosine") -> float:
    """The learning rate of step ``step`` (0-based) as a fraction of the peak: linear warm-up over
    ``warmup`` steps ((step + 1) / warmup), then ``cosine`` decay from 1 to ``min_ratio`` at
    ``total``, ``constant`` 1, or ``linear`` decay from 1 to ``min_ratio`` at ``total`` (LiMBeR's and
    MAGMA's DeepSpeed WarmupDecayLR)."""
    if warmup > 0 and step < warmup:
        return (step + 1) / warmup
    if schedule == "constant":
        return 1.0
    span = max(1, total - warmup)
    frac = min(1.0, (step - warmup) / span)
    if schedule == "linear":
        return 1.0 - (1.0 - min_ratio) * frac
    if schedule != "cosine":
        raise ValueError(f"unknown schedule {schedule!r}")
    return min_ratio + (1.0 - min_ratio) * 0.5 * (1.0 + math.cos(math.pi * frac))


def optimizer_groups(method, train) -> list:
    """AdamW's parameters: the method's trainable parameters as one list when ``train.param_groups``
    is empty, else one group per named group (``{"params", "lr", "name"}``; a parameter goes to the
    first group whose name prefix matches its name in the method), then the unmatched ones at
    ``train.lr``. A named group that matches nothing is left out with a warning."""
    named = [(n, p) for n, p in method.named_parameters() if p.requires_grad]
    groups = param_groups_of(train)
    if not groups:
        return [p for _, p in named]
    chosen: dict[str, list] = {g.name: [] for g in groups}
    rest = []
    for name, param in named:
        group = next((g for g in groups if any(name.startswith(m) for m in g.match)), None)
        (chosen[group.name] if group is not None else rest).append(param)
    out = []
    for g in groups:
        if not chosen[g.name]:
            log.warning(f"train.param_groups: group {g.name!r} ({', '.join(g.match)}) matches no trainable parameter")
            continue
        out.append({"params": chosen[g.name], "lr": g.lr, "name": g.name})
    if rest:
        out.append({"params": rest, "lr": train.lr, "name": "default"})
    return out


class BatchSchedule:
    """Deterministic micro-batches: a pure function of (seed, micro-batch index, process)."""

    def __init__(self, n_examples: int, batch_size: int, seed: int, rank: int = 0, world: int = 1) -> None:
        self.n, self.batch, self.seed, self.rank, self.world = n_examples, batch_size, seed, rank, world
        self._perms: dict[int, np.ndarray] = {}

    def _perm(self, epoch: int) -> np.ndarray:
        if epoch not in self._perms:
            self._perms = {epoch: np.random.default_rng([self.seed, epoch]).permutation(self.n)}
        return self._perms[epoch]

    def _positions(self, micro: int) -> range:
        start = micro * self.batch * self.world + self.rank * self.batch
        return range(start, start + self.batch)

    def indices(self, micro: int) -> list[int]:
        """Example indices of this process's share of global micro-batch ``micro``."""
        out = []
        for pos in self._positions(micro):
            epoch, offset = divmod(pos, self.n)
            out.append(int(self._perm(epoch)[offset]))
        return out

    def epochs(self, micro: int) -> list[int]:
        """The epoch (times the data has wrapped) of each example of :meth:`indices` ``(micro)``."""
        return [pos // self.n for pos in self._positions(micro)]


@dataclass
class TrainResult:
    steps_done: int
    losses: list[tuple[int, float]] = field(default_factory=list)
    # (step, the L2 norm of every trainable parameter's gradient before clipping); with gradient
    # accumulation, of the accumulated gradient of the step
    grad_norms: list[tuple[int, float]] = field(default_factory=list)
    val_history: list[tuple[int, dict[str, float]]] = field(default_factory=list)
    step_seconds: float = 0.0
    resumed_from: int | None = None


class Trainer:
    """Trains ``model.method`` on ``examples`` (features looked up per batch; with ``views``, the
    :class:`~benchmark.engine.feature_cache.AugmentedViews` of the examples, each example's features
    come from the view of its epoch instead)."""

    def __init__(
        self,
        config: RunConfig,
        model,
        codec: TextCodec,
        examples: list[Example],
        features,
        accelerator: Accelerator,
        run_dir: Path,
        validate: Callable[[int], dict[str, float]] | None = None,
        log_metrics: Callable[[dict[str, float], int], None] | None = None,
        views=None,
    ) -> None:
        self.cfg = config
        self.t = config.train
        self.model = model
        self.codec = codec
        self.examples = examples
        self.features = features
        self.views = views
        self.acc = accelerator
        self.run_dir = run_dir
        self.validate = validate
        self.log_metrics = log_metrics or (lambda m, s: None)
        check_train_options(self.t)
        model.lm_dropout = bool(self.t.lm_dropout)
        self.optimizer = torch.optim.AdamW(
            optimizer_groups(model.method, self.t),
            lr=self.t.lr,
            betas=tuple(self.t.betas),
            eps=self.t.eps,
            weight_decay=self.t.weight_decay,
        )
        # every group decays to the same absolute min_lr (timm's and DeepSpeed's schedulers do)
        self.scheduler = torch.optim.lr_scheduler.LambdaLR(
            self.optimizer, [self._factor(self.t.min_lr / group["lr"]) for group in self.optimizer.param_groups]
        )
        self.wrapped, self.optimizer = accelerator.prepare(model, self.optimizer)
        self.schedule = BatchSchedule(
            len(examples), self.t.batch_size, config.seed, accelerator.process_index, accelerator.num_processes
        )
        codec.encode(examples)

    def _factor(self, min_ratio: float) -> Callable[[int], float]:
        t = self.t
        return lambda s: lr_factor(s, t.warmup_steps, t.steps, min_ratio, t.schedule)

    # -- state ---------------------------------------------------------------------------------
    def _save(self, step: int, result: TrainResult) -> None:
        self.acc.wait_for_everyone()
        if self.acc.is_main_process:
            save_checkpoint(
                self.run_dir,
                step,
                self.model.method.state_dict(),
                self.cfg.to_dict(),
                self.optimizer.state_dict(),
                self.scheduler.state_dict(),
                extra={"losses": result.losses, "grad_norms": result.grad_norms, "val_history": result.val_history},
            )
        self.acc.wait_for_everyone()

    def _resume(self, result: TrainResult) -> int:
        ckpt = load_latest_checkpoint(self.run_dir)  # the newest that verifies; DataError when none does
        if ckpt is None:
            return 0
        path = ckpt.path
        self.model.method.load_state_dict(ckpt.trainable)
        self.optimizer.load_state_dict(ckpt.optimizer_state)
        self.scheduler.load_state_dict(ckpt.scheduler_state)
        restore_rng_state(ckpt.rng)
        result.losses = [tuple(x) for x in ckpt.extra.get("losses", [])]
        result.grad_norms = [tuple(x) for x in ckpt.extra.get("grad_norms", [])]
        result.val_history = [tuple(x) for x in ckpt.extra.get("val_history", [])]
        result.resumed_from = ckpt.step
        log.info(f"resumed from {path} (step {ckpt.step})")
        return ckpt.step

    # -- loop ----------------------------------------------------------------------------------
    def fit(self, resume: bool = False) -> TrainResult:
        result = TrainResult(steps_done=0)
        start_step = self._resume(result) if resume else 0
        device = self.acc.device
        self.wrapped.train()
        fault_at = int(os.environ.get("BENCH_FAULT_AT_STEP", "0") or 0)  # testing: die like a kill
        step_time, timed = 0.0, 0
        with progress(
            total=self.t.steps,
            initial=start_step,
            desc="train",
            unit="step",
            enabled=self.acc.is_main_process,
            area="train",
        ) as bar:
            for step in range(start_step, self.t.steps):
                t0 = time.perf_counter()
                total, grad_norm = 0.0, math.nan
                for micro in range(self.t.grad_accum):
                    g = step * self.t.grad_accum + micro
                    batch = [self.examples[i] for i in self.schedule.indices(g)]
                    tensors = {k: v.to(device) for k, v in self.codec.train_batch(batch).items()}
                    feats = None
                    if self.features is not None:
                        ids = [ex.media_id for ex in batch]
                        if self.views is not None:
                            gathered = self.views.gather(ids, self.schedule.epochs(g))
                        else:
                            gathered = self.features.gather(ids)
                        feats = {k: v.to(device) for k, v in gathered.items()}
                    with self.acc.accumulate(self.wrapped), self.acc.autocast():
                        loss = (
                            self.wrapped(
                                feats,
                                **tensors,
                                loss_reduction=self.t.loss_reduction,
                                label_smoothing=self.t.label_smoothing,
                                loss_tokens=self.t.loss_tokens,
                            )
                            * self.t.loss_weight
                        )
                        value = float(loss.detach())
                        if not math.isfinite(value):
                            raise TrainingDivergedError(
                                f"loss became {value} at step {step + 1} (lr {self.scheduler.get_last_lr()[0]:.3g}, "
                                f"precision {self.t.precision}); training stopped. Try a lower train.lr, "
                                "train.precision=bf16 or fp32, or check the inputs. Checkpoints written so far "
                                f"are intact under {self.run_dir / 'checkpoints'}."
                            )
                        self.acc.backward(loss)  # accelerate divides by gradient_accumulation_steps
                        total += value / self.t.grad_accum
                        if self.acc.sync_gradients:
                            # the norm before clipping; max_norm inf measures without clipping
                            clip = self.t.grad_clip if self.t.grad_clip > 0 else math.inf
                            norm = self.acc.clip_grad_norm_(self.model.trainable_parameters(), clip)
                            grad_norm = float(norm) if norm is not None else math.nan
                        self.optimizer.step()
                        if self.acc.sync_gradients:  # a real step (not an accumulation micro-batch)
                            self.model.method.after_optimizer_step(self.model)
                        self.optimizer.zero_grad(set_to_none=True)
                self.scheduler.step()
                done = step + 1
                if done > start_step + 1:  # the first step includes warm-up work
                    step_time += time.perf_counter() - t0
                    timed += 1
                result.losses.append((done, total))
                result.grad_norms.append((done, grad_norm))
                bar.set_postfix(f"loss {total:.4f}, lr {self.scheduler.get_last_lr()[0]:.2e}")
                bar.update(1)
                if done % self.t.log_every == 0 or done == self.t.steps:
                    logged = {"train/loss": total, "train/lr": self.scheduler.get_last_lr()[0]}
                    if math.isfinite(grad_norm):
                        logged["train/grad_norm"] = grad_norm
                    self.log_metrics(logged, done)
                if (
                    self.validate is not None
                    and self.t.eval_every
                    and done % self.t.eval_every == 0
                    and done < self.t.steps
                ):
                    metrics = self.validate(done)
                    result.val_history.append((done, metrics))
                    self.wrapped.train()
                if (self.t.checkpoint_every and done % self.t.checkpoint_every == 0) or done == self.t.steps:
                    self._save(done, result)
                if fault_at and done == fault_at:
                    os._exit(137)
        result.steps_done = self.t.steps
        result.step_seconds = step_time / timed if timed else 0.0
        return result
