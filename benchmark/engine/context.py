"""The run context: what ``bench run`` and ``bench eval`` both stand on before they train or score.

:func:`build_context` is the one place a run's machinery is put together: a fresh ``Accelerator``
in the run's precision, the frozen LM and its tokenizer on the device, the method built from the
LM's and encoder's widths (seeded with the run seed, or holding a finished run's trained tensors),
the :class:`~benchmark.engine.model.MultimodalLM` wrapper and the text codec. ``bench run``
(:func:`benchmark.engine.runner.execute`) trains that context; ``bench eval``
(:func:`benchmark.experiments.ood.evaluate_run`) loads a finished run's tensors into it. Both draw
their evaluation subsets with :func:`seeded_subset` and the seeds below, so an evaluation of a
run's own split scores the very examples the run scored.

The context is also where the engine decides, in one place
(:attr:`MethodDescription.trains_encoder`), between cached frozen features and a live encoder: a
method that trains its encoder (Frozen's ``train_encoder``) holds the encoder as its own submodule
and reads :class:`~benchmark.engine.feature_cache.LiveMedia` (pixels) instead of a feature table.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import torch

from benchmark.engine.config import RunConfig, build_method_config
from benchmark.errors import ConfigError
from benchmark.logs import get_logger
from benchmark.registry import METHODS
from tasks.base import Example

if TYPE_CHECKING:
    from benchmark.engine.model import MultimodalLM
    from benchmark.engine.text import TextCodec

# evaluation subsets are seeded independently of the run seed, so every run (and every later
# ``bench eval`` of it) is scored on the same examples
VAL_SUBSET_SEED = 1234
EVAL_SUBSET_SEED = 4321


def seeded_subset(examples: list[Example], n: int, seed: int) -> list[Example]:
    """``n`` of ``examples`` drawn with ``seed``, in their original order; all of them when ``n`` is
    0 (or negative) or not smaller than their number."""
    if n <= 0 or n >= len(examples):
        return examples
    keep = sorted(np.random.default_rng(seed).choice(len(examples), size=n, replace=False).tolist())
    return [examples[i] for i in keep]


def subset_note(n: int, total: int) -> str:
    """How an evaluation subset of ``n`` of ``total`` examples was drawn (the records'
    ``eval_subset``)."""
    return f"seeded subset of {n} of {total} examples (seed {EVAL_SUBSET_SEED})" if n < total else "whole split"


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


@contextmanager
def random_state_kept(device: torch.device) -> Iterator[None]:
    """Restore the Python, NumPy and torch (CPU, and ``device`` when it is a GPU) random states on
    exit: work inside (loading an encoder initialises its weights randomly) does not move them."""
    py_state, np_state = random.getstate(), np.random.get_state()
    with torch.random.fork_rng(devices=[device] if device.type == "cuda" else []):
        yield
    random.setstate(py_state)
    np.random.set_state(np_state)


@dataclass(frozen=True)
class MethodDescription:
    """A method as ``config`` chooses it, read from a meta-device build of the encoder (no weights):
    ``encoder_spec`` and ``encoder_fingerprint`` (the feature-cache key) are None for methods
    without perception."""

    method_cls: type
    method_config: Any
    feature_request: Any
    encoder_spec: Any
    encoder_fingerprint: str | None

    @property
    def needs_features(self) -> bool:
        return bool(self.method_cls.needs_encoder and not self.feature_request.empty)

    @property
    def trains_encoder(self) -> bool:
        """Whether the encoder trains with the method (:meth:`methods.base.Method.trains_encoder`):
        the one place the engine chooses between cached features and a live encoder."""
        return self.needs_features and bool(self.method_cls.trains_encoder(self.method_config))

    @property
    def encoder_regime(self) -> str | None:
        """How the run treats its encoder, as records and reports show it: ``"trained"`` or
        ``"frozen"``; None for a method without perception."""
        if not self.method_cls.needs_encoder:
            return None
        return "trained" if self.trains_encoder else "frozen"


def describe_method(config: RunConfig) -> MethodDescription:
    """The :class:`MethodDescription` of ``config`` (no weights are loaded). A configuration that
    trains its encoder is checked here (:func:`check_encoder_training`)."""
    method_cls = METHODS.get(config.method)
    method_config = build_method_config(method_cls.config_cls, config.method_options, config.method)
    request = method_cls.feature_request(method_config)
    if not method_cls.needs_encoder:
        return MethodDescription(method_cls, method_config, request, None, None)
    from benchmark.backbones.factory import build_encoder_on_meta

    described = build_encoder_on_meta(config.encoder)
    description = MethodDescription(method_cls, method_config, request, described.spec, described.fingerprint)
    if description.trains_encoder:
        check_encoder_training(config, described.spec)
    return description


def check_encoder_training(config: RunConfig, encoder_spec) -> None:
    """One :class:`ConfigError` line, before any weight is loaded, for what a run that trains its
    encoder cannot do: an encoder that does not read images (video, audio) and augmented views
    (``data.augment_views``: their features are cached per view, and a trained encoder has none)."""
    where = f"{config.method} with method_options.train_encoder=true"
    if encoder_spec.modality != "image":
        raise ConfigError(f"{where} trains an image encoder; encoder {config.encoder!r} reads {encoder_spec.modality}")
    if config.data.augment_views > 0:
        raise ConfigError(
            f"{where} takes no augmented views (data.augment_views={config.data.augment_views}): "
            "views are cached features and a trained encoder has none; set data.augment_views=0"
        )


def trainable_encoder(encoder):
    """``encoder`` (an :class:`~benchmark.backbones.image.ImageEncoder`, loaded or on the meta
    device) made ready to train with a method: every parameter its features use requires grad; the
    timm classifier head, which no feature uses (pooled is timm's pre-logits embedding), becomes
    non-persistent buffers (not trained, not counted, not saved). The encoder keeps its eval mode
    (it ignores ``train()``), so BatchNorm normalises with its running statistics and never updates
    them, and dropout and drop-path stay off; its affine weights train."""
    if encoder.spec.modality != "image":
        raise ConfigError(f"a trained encoder must read images; {encoder.name!r} reads {encoder.spec.modality}")
    head = encoder.model.get_classifier() if hasattr(encoder.model, "get_classifier") else None
    if isinstance(head, torch.nn.Module):
        for sub in head.modules():
            for name, param in list(sub._parameters.items()):
                if param is not None:
                    del sub._parameters[name]
                    sub.register_buffer(name, param.detach(), persistent=False)
    encoder.requires_grad_(True)
    return encoder


@dataclass
class _SpecOnly:
    """Stands in for the encoder until ``extract_features`` needs it (only ``spec`` is read)."""

    spec: Any


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
    augment: tuple[Any, int] | None = None,
):
    """The frozen encoder's features of every media in ``examples``, from the feature cache or one
    encoder pass (weights are loaded only if something is missing), as a table for ``request``.

    With ``augment = (recipe, K)`` (an :class:`~benchmark.engine.augment.Recipe` and K > 0): the
    features of the K augmented views of every media instead, as :class:`AugmentedViews` (the
    encoder is loaded at most once for all of them)."""
    from benchmark.backbones.factory import load_encoder
    from benchmark.engine.feature_cache import (
        AugmentedViews,
        FeatureCache,
        cache_request,
        extract_features,
        namespace_for,
    )

    with accelerator.main_process_first():
        stored = cache_request(request, encoder_spec)
        # the frozen encoder runs in the run's precision (like the LM); bf16 features are cached apart
        precision = "" if config.train.precision == "fp32" else f"|{config.train.precision}"
        cache = FeatureCache(cache_dir, namespace_for(encoder_fingerprint + precision, stored))
        media = {ex.media_id: ex.media_path for ex in examples}
        loaded: list = []

        def load():
            if not loaded:
                loaded.append(load_encoder(encoder_name, cache_dir=cache_dir))
            return loaded[0]

        def extract(view=None):
            return extract_features(
                _SpecOnly(encoder_spec),
                stored,
                sorted(media.items()),
                cache,
                device=accelerator.device,
                progress=progress,
                load=load,
                view=view,
            )

        names = normalised_features(config.data.feature_norm, encoder_spec, request)
        with accelerator.autocast():
            if augment is None:
                return extract().for_request(request, stored.layers).normalised(names)
            recipe, views = augment
            views = AugmentedViews([extract((recipe, v)) for v in range(views)])
            return views.for_request(request, stored.layers).normalised(names)


def normalised_features(mode: str, encoder_spec, request) -> list[str]:
    """The features ``data.feature_norm`` (``mode``) LayerNorms before the method sees them: the grid
    and pooled features ``request`` asks for, with ``"layernorm"``, or with ``"auto"`` when the
    encoder's are not already normalised (``EncoderSpec.normalised``: CNN feature maps); none with
    ``"none"``. The feature cache holds the raw features either way."""
    if mode == "none" or (mode == "auto" and encoder_spec.normalised):
        return []
    return [name for name in ("grid", "pooled") if getattr(request, name)]


@dataclass
class RunContext:
    """A run's machinery, built by :func:`build_context`.

    ``log`` writes an INFO line to the ``bench.<area>`` logger on the main process (and nothing on
    the others, or when the context was built without progress); ``lm_load_s`` is the seconds the
    frozen LM took to load."""

    config: RunConfig
    accelerator: Any
    lm: Any
    tokenizer: Any
    method: Any
    model: MultimodalLM
    codec: TextCodec
    cache_dir: Path
    description: MethodDescription
    main_process: bool
    verbose: bool  # main process, and progress wanted
    log: Callable[[str], None]
    lm_load_s: float

    @property
    def encoder_spec(self) -> Any:
        return self.description.encoder_spec

    @property
    def encoder_fingerprint(self) -> str | None:
        return self.description.encoder_fingerprint

    @property
    def feature_request(self) -> Any:
        return self.description.feature_request

    def features_for(self, examples: list[Example]):
        """The frozen encoder's features of ``examples`` (None for a method that reads none); the
        random state is left as it was, so a run trains the same whether its features were cached
        or computed. When the method trains its encoder: their media as
        :class:`~benchmark.engine.feature_cache.LiveMedia` instead (pixels per batch; the model runs
        the encoder), and nothing is cached."""
        if self.description.trains_encoder:
            from benchmark.engine.feature_cache import LiveMedia

            return LiveMedia(self.method.encoder, [(ex.media_id, ex.media_path) for ex in examples])
        return self._features(examples) if self.description.needs_features else None

    def train_views_for(self, examples: list[Example]):
        """The features of the ``data.augment_views`` augmented views of ``examples`` (the training
        examples), as :class:`~benchmark.engine.feature_cache.AugmentedViews`; None when the run
        asks for none or its method reads no features. The random state is left as it was."""
        data = self.config.data
        if data.augment_views <= 0 or not self.description.needs_features:
            return None
        from benchmark.engine.augment import Recipe

        return self._features(examples, augment=(Recipe.of(data.augmentations), data.augment_views))

    def _features(self, examples: list[Example], augment=None):
        with random_state_kept(self.accelerator.device):
            return compute_features(
                self.config,
                self.config.encoder,
                self.encoder_spec,
                self.encoder_fingerprint,
                self.feature_request,
                examples,
                self.accelerator,
                self.cache_dir,
                self.verbose,
                augment=augment,
            )


def new_accelerator(config: RunConfig):
    """A fresh ``Accelerator`` in the run's precision, on the CPU when no GPU is present.

    accelerate keeps one global state per process; a second run in the same process (tests, sweeps,
    ``bench eval`` after ``bench run``) may use another precision, so it starts from a clean one (the
    process group is kept)."""
    from accelerate import Accelerator
    from accelerate.state import AcceleratorState

    AcceleratorState._reset_state()
    return Accelerator(
        mixed_precision={"fp32": "no"}.get(config.train.precision, config.train.precision),
        gradient_accumulation_steps=config.train.grad_accum,
        cpu=not torch.cuda.is_available(),
    )


def build_context(
    config: RunConfig,
    description: MethodDescription,
    trained_weights: Path | None = None,
    area: str = "run",
    progress: bool = True,
) -> RunContext:
    """Accelerator, frozen LM, method and model of ``config``: the method's fresh modules are drawn
    after seeding with ``config.seed``; with ``trained_weights`` (a run's ``trainable.safetensors``)
    every trained tensor is then loaded into them (strictly: a missing or unexpected tensor raises).
    Log lines go to ``bench.<area>``, on the main process and only with ``progress``.

    A method that trains its encoder (``description.trains_encoder``) also gets the encoder, loaded
    with its pretrained weights (random state kept) and prepared by :func:`trainable_encoder`,
    before any trained tensor is loaded: the trained encoder is part of ``trained_weights``, and a
    run that trained one is evaluated with that very encoder only."""
    import time

    from benchmark.backbones.lm import default_cache_dir, lm_spec, load_lm
    from benchmark.engine.model import MultimodalLM
    from benchmark.engine.text import TextCodec

    tensors = None
    if trained_weights is not None:
        from benchmark.engine.checkpoint import load_trainable

        tensors, metadata = load_trainable(trained_weights)
        if description.trains_encoder:
            trained_with = json.loads(metadata.get("config") or "{}").get("encoder")
            if trained_with is not None and trained_with != config.encoder:
                raise ConfigError(
                    f"{trained_weights} holds the encoder {trained_with!r} it trained; it is evaluated with "
                    f"that encoder only, not {config.encoder!r}"
                )
    accelerator = new_accelerator(config)
    main = accelerator.is_main_process
    verbose = main and progress
    log = get_logger(area).info if verbose else (lambda msg: None)
    cache_dir = Path(config.cache_dir) if config.cache_dir else default_cache_dir()
    t0 = time.perf_counter()
    lm, tokenizer = load_lm(config.lm, cache_dir=cache_dir)
    lm.to(accelerator.device)
    lm_load_s = time.perf_counter() - t0
    seed_everything(config.seed)
    method = description.method_cls(description.method_config, lm_spec(lm), description.encoder_spec)
    feature_norm: list[str] = []
    if description.trains_encoder:
        from benchmark.backbones.factory import load_encoder

        with random_state_kept(accelerator.device):  # loading may draw random initial weights
            method.attach_encoder(trainable_encoder(load_encoder(config.encoder, cache_dir=cache_dir)))
        feature_norm = normalised_features(
            config.data.feature_norm, description.encoder_spec, description.feature_request
        )
        log(
            f"encoder: {config.encoder} trains with the method (no feature cache: it runs on every batch; "
            "BatchNorm statistics frozen)"
        )
    model = MultimodalLM(lm, tokenizer, method, feature_norm=feature_norm, media_autocast=accelerator.autocast).to(
        accelerator.device
    )
    if tensors is not None:
        # after the wrapper attached the method: modules a method creates inside the LM on attach (LoRA)
        # exist only then, and an attach that initialises values (FROMAGe's [RET] row) must not
        # overwrite the trained ones
        method.load_state_dict(tensors, strict=True)
    return RunContext(
        config=config,
        accelerator=accelerator,
        lm=lm,
        tokenizer=tokenizer,
        method=method,
        model=model,
        codec=TextCodec(tokenizer, prompt_of=method.prompt_text),
        cache_dir=cache_dir,
        description=description,
        main_process=main,
        verbose=verbose,
        log=log,
        lm_load_s=lm_load_s,
    )
