"""MiniGPT-4 (Zhu, Chen, Shen, Li and Elhoseiny, 2023): "MiniGPT-4: Enhancing Vision-Language
Understanding with Advanced Large Language Models", as a connector-transfer protocol.

MiniGPT-4 keeps BLIP-2's pretrained Q-Former (with its queries and ``ln_vision``) frozen and trains one
linear layer, ``llama_proj = nn.Linear(768, D)``, into a new frozen LM (Vicuna):

    grid (B, N, Dv) -> frozen ln_vision -> frozen Q-Former (n_q frozen queries) -> (B, n_q, h)
    -> proj = Linear(h, d) (the only trainable tensors) -> n_q prefix tokens before the text.

There is no pretrained Q-Former for the suite's encoders, so the faithful version is a protocol: train
a ``qformer`` run once (any preset), then ``bench run --method minigpt4 --set
method_options.qformer_run=RUN`` loads that run's Q-Former, queries and ``ln_vision`` (its
``trainable.safetensors``, with the architecture from its recorded ``method_options``), freezes them and
trains only a new projection to THIS run's LM: the connector transferred to another LM (e.g. a Q-Former
trained with SmolLM2-135M, reused for Gemma-3-270M) or another task. The run's own projection is not
used. Trainable = Linear(h, d): 148,032 on a ``tiny`` Q-Former with SmolLM2-135M (d 576), 442,944 on
``base``; MiniGPT-4's Linear(768, 4096) is 3,149,824.

Facts used (Vision-CAIR/MiniGPT-4 ``minigpt4/models/minigpt4.py``, ``minigpt4/models/base_model.py``,
``train_configs/minigpt4_stage1_pretrain.yaml``, ``minigpt4/runners/runner_base.py``,
``minigpt4/tasks/base_task.py``): the Q-Former (text path deleted) and the queries frozen and kept in
eval mode (``freeze_qformer``, ``Qformer.train = disabled_train``), ``ln_vision`` frozen with the ViT,
``llama_proj`` the only trainable module, the query outputs projected and placed before the text.

Choices and deviations:

* Checks, when the method is built (also on the meta device, before any weight loads): ``qformer_run``
  is a finished run folder (``metrics.json`` with its config and a whole ``trainable.safetensors``),
  its method is ``qformer``, its tensors fit its recorded options, and its encoder, rebuilt on the meta
  device from the recorded name, has the same :class:`EncoderSpec` as this run's (widths, token count,
  [CLS]-like tokens, normalisation; the modality may differ, so a ``frames:`` wrapper of the same image
  encoder passes as ``bench eval`` allows). A method sees only the encoder's spec: another checkpoint
  of the same architecture is NOT detected, nor a different ``data.feature_norm``; use the qformer
  run's encoder and feature settings. The run folder must still exist when this run is rebuilt
  (``bench eval``): the frozen tensors are read from it, not stored in this run's checkpoint; the path
  is recorded as given, so give an absolute one.
* The Q-Former's architecture options (``preset``, ``hidden``, ... of :class:`QFormerConfig`) come from
  the qformer run; giving one with ``qformer_run`` is refused. ``init_from`` is refused.
* ``random_qformer=true`` (default false) builds the Q-Former from those options, randomly initialised
  from ``random_seed`` (a fixed generator, so the frozen tensors are the same in every build and need
  no checkpoint), frozen like a trained one. It is NOT MiniGPT-4: it is a control (what a trained
  Q-Former adds over random query features under the same linear head) and what lets the method be
  built without a run (the shared contract tests, ``bench params``).
* Training recipe (``paper_recipe``), MiniGPT-4 stage 1 (the projection trained on image-caption
  pairs): AdamW betas (0.9, 0.999), weight decay 0.05, lr 1e-4 after 5000 warm-up steps, cosine to
  8e-5, batch 64, no gradient clipping. Stage 2 (curated image-text pairs in a chat template) trains the
  same projection at lr 3e-5 -> 1e-5 with 200 warm-up steps and batch 12. Differences: the runner
  exempts biases and 1-D tensors from weight decay, warms up from 1e-6 and steps its cosine once per
  5000-iteration inner epoch; the suite decays every trainable tensor, warms up from 0, steps per step.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

import torch
from torch import nn

from benchmark.backbones.specs import EncoderSpec, FeatureRequest, LMSpec
from benchmark.engine.recipe import Recipe
from benchmark.errors import ConfigError, DataError
from benchmark.registry import register_method
from methods.base import Conditioning, Method
from methods.modules import EncoderTokens, frozen_as_buffers
from methods.qformer import QFormerConfig, QFormerCore, resolve_arch

ARCH_FIELDS = tuple(f.name for f in dataclasses.fields(QFormerConfig))


@dataclass
class MiniGPT4Config(QFormerConfig):
    """Options of MiniGPT-4 (``--set method_options.<field>=...``): a finished ``qformer`` run to
    transfer, or ``random_qformer`` with the Q-Former options inherited from :class:`QFormerConfig`."""

    qformer_run: str | None = None  # the folder of a finished `bench run --method qformer`
    random_qformer: bool = False  # no run: a frozen, randomly initialised Q-Former (a control)
    random_seed: int = 0  # the random Q-Former's initialisation (random_qformer only)


def _widths(spec: EncoderSpec) -> str:
    return (
        f"grid {spec.grid_tokens} x {spec.grid_width} ({spec.grid_prefix_tokens} [CLS]-like), "
        f"pooled {spec.pooled_width}, layers {list(spec.layer_widths)}, normalised {spec.normalised}"
    )


def read_qformer_run(path: str, encoder: EncoderSpec, method: str) -> tuple[QFormerConfig, Path]:
    """The Q-Former options and the folder of the finished ``qformer`` run at ``path``, after checking
    that it is one and that its encoder has ``encoder``'s spec (one ConfigError/DataError line)."""
    from benchmark.backbones.factory import build_encoder_on_meta
    from benchmark.engine.config import build_method_config, read_run_config

    run_dir = Path(path).expanduser()
    if not run_dir.is_dir():
        raise ConfigError(
            f"{method}: qformer_run={path!r} is not a folder; give the run folder of a finished "
            "`bench run --method qformer`"
        )
    try:
        run = read_run_config(run_dir)
    except DataError as exc:
        raise DataError(f"{method}: qformer_run: {exc}") from None
    if run.method != "qformer":
        raise ConfigError(f"{method}: {run_dir} is a {run.method!r} run, not a 'qformer' run")
    try:
        options = build_method_config(QFormerConfig, dict(run.method_options or {}), "qformer")
    except ConfigError as exc:
        raise ConfigError(f"{method}: the options recorded in {run_dir} are not valid qformer options: {exc}") from None
    try:
        trained = build_encoder_on_meta(run.encoder).spec
    except (ConfigError, DataError) as exc:
        raise ConfigError(f"{method}: cannot rebuild the encoder {run.encoder!r} of {run_dir}: {exc}") from None
    if dataclasses.replace(trained, modality=encoder.modality) != encoder:
        raise ConfigError(
            f"{method}: the qformer run {run_dir} was trained on encoder {run.encoder!r} ({_widths(trained)}); "
            f"this run's encoder differs ({_widths(encoder)})"
        )
    return options, run_dir


def load_qformer_tensors(core: QFormerCore, run_dir: Path, method: str, load_values: bool) -> None:
    """Check that the run's ``qformer.*`` tensors fit ``core`` (names and shapes, read from the
    safetensors header) and, with ``load_values``, copy them in."""
    from safetensors import safe_open

    from benchmark.engine.checkpoint import check_trainable_file, load_trainable

    file = run_dir / "trainable.safetensors"
    check_trainable_file(file)
    with safe_open(str(file), "pt") as f:
        names = list(f.keys())
        shapes = {k.removeprefix("qformer."): tuple(f.get_slice(k).get_shape()) for k in names}
    shapes = {k: v for k, v in shapes.items() if f"qformer.{k}" in names}
    expected = {k: tuple(t.shape) for k, t in core.state_dict().items()}
    if shapes != expected:
        missing = sorted(set(expected) - set(shapes))[:3]
        wrong = sorted(k for k in set(expected) & set(shapes) if expected[k] != shapes[k])[:3]
        raise DataError(
            f"{method}: the Q-Former tensors in {file} do not fit the run's recorded options "
            f"(missing: {missing or 'none'}; other shapes: {wrong or 'none'}; unexpected: "
            f"{sorted(set(shapes) - set(expected))[:3] or 'none'})"
        )
    if load_values:
        tensors, _ = load_trainable(file)
        core.load_state_dict({k.removeprefix("qformer."): t for k, t in tensors.items() if k.startswith("qformer.")})


@register_method("minigpt4")
class MiniGPT4(Method):
    """MiniGPT-4: a frozen Q-Former (from a finished ``qformer`` run) and a new trained projection."""

    config_cls = MiniGPT4Config
    search_space = {**Method.search_space}
    paper_recipe = Recipe(
        betas=(0.9, 0.999),
        eps=1e-8,
        weight_decay=0.05,
        lr=1e-4,
        min_lr=8e-5,
        warmup_steps=5000,
        schedule="cosine",
        batch_size=64,
        grad_clip=0.0,
        loss_tokens="answer",
        loss_reduction="token_mean",
        prompt_template="stage 1: the caption after the image; stage 2: '###Human: {} ###Assistant: '; here the task's",
        preprocessing="224 px, blip2_image_train augmentation (minigpt4_stage1_pretrain.yaml); here the encoder's own",
        sources={
            "betas": "minigpt4/runners/runner_base.py: AdamW(betas=(0.9, beta2)), beta2 0.999 unless run_cfg sets it",
            "eps": "minigpt4/runners/runner_base.py: torch AdamW's default eps",
            "weight_decay": "minigpt4_stage1_pretrain.yaml: weight_decay 0.05 (the runner exempts biases, 1-D tensors)",
            "lr": "minigpt4_stage1_pretrain.yaml: init_lr 1e-4",
            "min_lr": "minigpt4_stage1_pretrain.yaml: min_lr 8e-5",
            "warmup_steps": "minigpt4_stage1_pretrain.yaml: warmup_steps 5000 (from warmup_lr 1e-6)",
            "schedule": "minigpt4_stage1_pretrain.yaml: linear_warmup_cosine_lr, 4 inner epochs of 5000 iterations",
            "batch_size": "minigpt4_stage1_pretrain.yaml: batch_size 64 (laion and cc_sbu)",
            "grad_clip": "minigpt4/tasks/base_task.py: _train_inner_loop steps the optimizer without clipping",
            "loss_tokens": "minigpt4/models/minigpt_base.py: image and prompt positions get -100; the text carries it",
            "loss_reduction": "minigpt4/models/minigpt_base.py: the LLaMA causal-LM loss, mean over labelled tokens",
            "label_smoothing": "the LLaMA causal-LM loss: no label smoothing",
            "lm_dropout": "Vicuna (LLaMA) has no dropout: the same as off",
        },
        citation="Zhu et al., 2023; github.com/Vision-CAIR/MiniGPT-4 (train_configs/minigpt4_stage1_pretrain.yaml)",
    )

    def __init__(self, config: MiniGPT4Config, lm: LMSpec, encoder: EncoderSpec | None) -> None:
        super().__init__(config, lm, encoder)
        assert encoder is not None
        if config.init_from:
            raise ConfigError(f"{self.name}: init_from does not apply (the frozen Q-Former is a run's or random)")
        run_dir = None
        if config.qformer_run and config.random_qformer:
            raise ConfigError(f"{self.name}: give qformer_run or random_qformer=true, not both")
        if config.qformer_run:
            defaults = QFormerConfig()
            given = [f for f in ARCH_FIELDS if getattr(config, f) != getattr(defaults, f)]
            if given:
                raise ConfigError(
                    f"{self.name}: {', '.join(given)} come(s) from the qformer run's recorded options; "
                    "do not set them with qformer_run"
                )
            options, run_dir = read_qformer_run(config.qformer_run, encoder, self.name)
        elif config.random_qformer:
            options = QFormerConfig(**{f: getattr(config, f) for f in ARCH_FIELDS})
        else:
            raise ConfigError(
                f"{self.name} needs method_options.qformer_run=RUN (the folder of a finished `bench run --method "
                "qformer`), or method_options.random_qformer=true for the frozen random-Q-Former control"
            )
        self.tokens = EncoderTokens.of(encoder, "grid", options.patch_tokens_only, self.name)
        arch = resolve_arch(options, self.name)
        with torch.random.fork_rng(devices=[]):  # the frozen part draws nothing from the run's RNG
            torch.manual_seed(int(config.random_seed))
            core = QFormerCore(arch, self.tokens.width, int(options.num_queries), float(options.dropout))
        self.proj = nn.Linear(arch.hidden, lm.embed_dim)
        if run_dir is not None:
            load_qformer_tensors(core, run_dir, self.name, load_values=not self.proj.weight.is_meta)
        self.num_queries = int(options.num_queries)
        self.qformer = frozen_as_buffers(core)

    def train(self, mode: bool = True):
        super().train(mode)
        self.qformer.eval()  # frozen: no dropout (MiniGPT-4's disabled_train)
        return self

    @classmethod
    def feature_request(cls, config: MiniGPT4Config) -> FeatureRequest:
        return FeatureRequest(grid=True)

    def prefix_length(self) -> int:
        return self.num_queries

    def forward(self, features: dict[str, torch.Tensor] | None, batch_size: int) -> Conditioning:
        assert features is not None
        with torch.no_grad():  # nothing before the projection trains
            queries = self.qformer(self.tokens.select(features))
        return Conditioning(prefix=self.proj(queries.to(self.proj.weight.dtype)))
