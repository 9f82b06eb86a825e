"""Frozen (Tsimpoukelli, Menick, Cabi, Eslami, Vinyals and Hill, NeurIPS 2021): "Multimodal Few-Shot
Learning with Frozen Language Models": the frozen-encoder regime by default, the paper's own regime
(the vision encoder trains) as an opt-in.

The encoder's pooled embedding is mapped by one Linear to ``n`` vectors of the LM's input-embedding
width, the visual prefix before the text (no special tokens):

    pooled (B, Dv) -> Linear(Dv, n*d) -> reshape (B, n, d) -> n prefix tokens (n = 2).

Sources: the paper (arXiv 2106.13884; no official code was released). Facts used, as the suite's
specification records them (``../shared/docs/methods-extensions.md``, "Frozen"): the visual prefix
is the NF-ResNet-50's final output vector after global pooling (2048) linearly mapped to ``n * D``
and reshaped into ``n`` tokens, ``n = 2`` (the paper tried 1, 2 and 4); the LM stays frozen; training
on Conceptual Captions with the captioning loss, batch 128 (8 per instance x 16 replicas, from the
appendix). The rest of the paper (optimiser, learning rate, schedule, image resolution, NF-ResNet
initialisation) could not be read here and is marked UNCONFIRMED in that specification.

* ``prefix_tokens`` (n, default 2). Parameters: ``Dv*n*d + n*d``. NF-ResNet-50 (2048) -> a 4096-wide
  LM: 16,785,408 (``bench params --method frozen --lm opt-6.7b --encoder nf-resnet50``); the offline
  setup (EfficientNet-Lite0 1280 -> SmolLM2-135M 576): Linear(1280, 1152) = 1,475,712. This is
  LiMBeR's pooled-encoder variant (``limber`` with ``feature=pooled``, ``pooled_tokens=2``) without its
  dropout.
* ``dropout`` (default 0.0) after the projection: the paper describes none (UNCONFIRMED), LiMBeR
  uses 0.1.
* ``train_encoder`` (default False): the paper's regime, below.

The trained-encoder regime (``--set method_options.train_encoder=true``): as in the paper, gradients
flow from the LM loss through the frozen LM into the vision encoder, which trains with the Linear;
only the LM is frozen.

* No feature cache: every training step decodes its images, applies the encoder preset's own
  preprocessing (its eval transform, as for cached features) and runs the encoder forward and
  backward inside the model's forward; validation and test run it again without gradients. Nothing
  is written to the feature cache. As cached features are, the pooled embedding is computed in the
  run's precision (``train.precision`` autocast, in evaluation too) and LayerNorm-ed
  (``data.feature_norm``).
* What trains: every encoder parameter its pooled embedding uses (the timm classifier head, which
  it does not use, is held as non-persistent buffers: not trained, counted or saved), plus the
  Linear. BatchNorm statistics are frozen: the encoder stays in eval mode, so BatchNorm normalises
  with its pretrained running mean and variance and never updates them (dropout and drop-path stay
  off), while its affine weights train. The encoder starts from the preset's pretrained weights (the
  paper's NF-ResNet initialisation is UNCONFIRMED; no random-initialisation option is offered).
* Optimiser: the encoder's parameters join the Linear's in AdamW at ``train.lr`` (weight decay and
  gradient clipping included); a ``train.param_groups`` entry matching the prefix ``encoder.``
  gives them a learning rate of their own.
* Parameters: the Linear plus the encoder. Offline setup: 1,475,712 + 3,371,008 (EfficientNet-Lite0
  without its classifier) = 4,846,720 (``bench params --method frozen --set
  method_options.train_encoder=true``); the paper's NF-ResNet-50 would add 23.5M.
* Checkpoints and ``trainable.safetensors`` hold the trained encoder (its parameters and its
  unchanged BatchNorm statistics) with the Linear, so ``--resume`` and ``bench eval`` rebuild the
  very model that was trained; ``bench eval`` refuses another encoder for such a run.
* Cost: every step runs the encoder forward and backward on each image of the batch (EfficientNet-
  Lite0 at 224 px: 0.77 GFLOPs forward per image, computed with ``torch.utils.flop_counter``; a
  backward costs roughly twice a forward) instead of reading a cached vector, and AdamW keeps two moments per
  encoder parameter; evaluation runs the encoder once per example.
* Image encoders only, and no augmented views (``data.augment_views``: views are cached
  features): both refused in one line before anything loads.
* Reported apart: the run records ``encoder_regime: "trained"`` (``metrics.json`` and the MLflow
  tag ``encoder_regime``; ``method_config.train_encoder`` among the MLflow params), and reports label
  its encoder ``<encoder> (trained)``, so a trained-encoder run never shares a configuration, a mean
  or a seed pairing with the frozen-encoder runs.

Deviations and choices:

* By default the encoder is frozen and only the Linear trains: the paper's visual prefix, not its
  trained encoder (``train_encoder`` above is the specification's ``frozen_train_encoder``).
* With ``train_encoder``: the paper's NF-ResNet-50 is normaliser-free (no BatchNorm at all); the
  suite's encoders have BatchNorm (EfficientNet-Lite0), whose statistics the specification keeps
  frozen (eval mode), so their batch statistics never depend on the small training batches.
* The pooled embedding is the encoder preset's (EfficientNet-Lite0 offline; ``nf-resnet50`` is timm's
  ImageNet NF-ResNet-50, not DeepMind's). A CNN's pooled embedding is LayerNormed (no affine) by the
  suite before any method sees it (``data.feature_norm=auto``); the paper feeds the raw pooled vector
  of an encoder it trains, so no normalisation is needed there.
* Frozen's evaluation interleaves several (image, text) pairs in context; the suite's tasks show
  one image per example, so only the zero-shot-style single-image format is used.
* Training recipe (``paper_recipe``): only the batch size (128) is confirmed; every other value is
  the shared recipe's, and its source says so.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import nn

from benchmark.backbones.specs import EncoderSpec, FeatureRequest, LMSpec
from benchmark.engine.recipe import CONFIG_KEYS, Recipe
from benchmark.errors import ConfigError
from benchmark.registry import register_method
from benchmark.search_space import Choice, Float
from methods.base import Conditioning, Method

_UNREAD = "UNCONFIRMED: the paper's value could not be read here (no official code); the shared value"


@dataclass
class FrozenConfig:
    """Options of Frozen (``--set method_options.<field>=...``)."""

    prefix_tokens: int = 2  # n: the paper tried 1, 2 and 4
    dropout: float = 0.0  # after the projection; none in the paper (UNCONFIRMED)
    train_encoder: bool = False  # the paper's regime: the encoder trains too (no feature cache; reported apart)


@register_method("frozen")
class Frozen(Method):
    """Frozen: Linear(Dv, n*d) on the pooled embedding, reshaped to n prefix tokens (encoder frozen, or
    trained with ``train_encoder``)."""

    search_space = {
        **Method.search_space,
        "method_options.prefix_tokens": Choice((1, 2, 4)),
        "method_options.dropout": Float(0.0, 0.3),
    }
    config_cls = FrozenConfig
    paper_recipe = Recipe(
        batch_size=128,
        prompt_template="the caption after the visual prefix (Conceptual Captions); here the task's own prompt",
        preprocessing="NF-ResNet-50 trained with the LM (resolution UNCONFIRMED); here the encoder preset's own",
        sources={
            **{name: _UNREAD for name in CONFIG_KEYS},
            "batch_size": "paper, appendix: batch 8 per instance x 16 data-parallel replicas = 128",
            "param_groups": "paper: one trained part (the vision encoder and its prefix map); one group here",
            "prompt_template": "paper: the visual prefix, then the caption (no special tokens)",
            "preprocessing": "paper: the vision encoder trains; here it is frozen unless method_options.train_encoder=true",
        },
        citation="Tsimpoukelli et al., NeurIPS 2021 (arXiv 2106.13884); no official code",
    )

    def __init__(self, config: FrozenConfig, lm: LMSpec, encoder: EncoderSpec | None) -> None:
        super().__init__(config, lm, encoder)
        assert encoder is not None
        if isinstance(config.prefix_tokens, bool) or int(config.prefix_tokens) < 1:
            raise ConfigError(f"frozen: prefix_tokens must be at least 1, got {config.prefix_tokens}")
        if not 0.0 <= float(config.dropout) < 1.0:
            raise ConfigError(f"frozen: dropout must be in [0, 1), got {config.dropout}")
        if not isinstance(config.train_encoder, bool):
            raise ConfigError(f"frozen: train_encoder must be true or false, got {config.train_encoder!r}")
        self.embed_dim = lm.embed_dim
        self._tokens = int(config.prefix_tokens)
        self.proj = nn.Linear(encoder.pooled_width, self._tokens * lm.embed_dim)
        self.dropout = nn.Dropout(float(config.dropout))

    @classmethod
    def feature_request(cls, config: FrozenConfig) -> FeatureRequest:
        return FeatureRequest(pooled=True)

    @classmethod
    def trains_encoder(cls, config: FrozenConfig) -> bool:
        return bool(config.train_encoder)

    def prefix_length(self) -> int:
        return self._tokens

    def forward(self, features: dict[str, torch.Tensor] | None, batch_size: int) -> Conditioning:
        assert features is not None
        pooled = features["pooled"].to(self.proj.weight.dtype)
        prefix = self.proj(pooled).view(pooled.shape[0], self._tokens, self.embed_dim)
        return Conditioning(prefix=self.dropout(prefix))
