"""Frozen (Tsimpoukelli, Menick, Cabi, Eslami, Vinyals and Hill, NeurIPS 2021): "Multimodal Few-Shot
Learning with Frozen Language Models", in the suite's frozen-encoder regime.

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

Deviations and choices:

* NOT IMPLEMENTED: the faithful regime in which gradients flow through the frozen LM into the vision
  encoder and the NF-ResNet-50 itself trains (the specification's opt-in ``frozen_train_encoder`` /
  ``train_encoder`` regime: it would break the feature cache and "frozen means frozen" and must be
  reported separately). Here the encoder is frozen and only the Linear trains, so this method is
  the paper's visual prefix, not its trained encoder.
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


@register_method("frozen")
class Frozen(Method):
    """Frozen: Linear(Dv, n*d) on the pooled embedding, reshaped to n prefix tokens (encoder frozen)."""

    search_space = {
        **Method.search_space,
        "method_options.prefix_tokens": Choice((1, 2, 4)),
        "method_options.dropout": Float(0.0, 0.3),
    }
    config_cls = FrozenConfig
    paper_recipe = Recipe(
        batch_size=128,
        prompt_template="the caption after the visual prefix (Conceptual Captions); here the task's own prompt",
        preprocessing="NF-ResNet-50 trained with the LM (resolution UNCONFIRMED); here the encoder preset's own, frozen",
        sources={
            **{name: _UNREAD for name in CONFIG_KEYS},
            "batch_size": "paper, appendix: batch 8 per instance x 16 data-parallel replicas = 128",
            "param_groups": "paper: one trained part (the vision encoder and its prefix map); one group here",
            "prompt_template": "paper: the visual prefix, then the caption (no special tokens)",
            "preprocessing": "paper: the vision encoder trains; here it is frozen (the train-encoder regime is not implemented)",
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
        self.embed_dim = lm.embed_dim
        self._tokens = int(config.prefix_tokens)
        self.proj = nn.Linear(encoder.pooled_width, self._tokens * lm.embed_dim)
        self.dropout = nn.Dropout(float(config.dropout))

    @classmethod
    def feature_request(cls, config: FrozenConfig) -> FeatureRequest:
        return FeatureRequest(pooled=True)

    def prefix_length(self) -> int:
        return self._tokens

    def forward(self, features: dict[str, torch.Tensor] | None, batch_size: int) -> Conditioning:
        assert features is not None
        pooled = features["pooled"].to(self.proj.weight.dtype)
        prefix = self.proj(pooled).view(pooled.shape[0], self._tokens, self.embed_dim)
        return Conditioning(prefix=self.dropout(prefix))
