"""LiMBeR (Merullo, Castricato, Eickhoff and Pavlick, ICLR 2023): "Linearly Mapping from Image to
Text Space".

One linear map, and nothing else, takes the frozen image encoder's output into the frozen LM's
input-embedding space; the mapped vectors are a prefix before the text:

* ``feature="grid"`` (default): Linear(Dv, d) applied to every token of the encoder's last-layer grid,
  then dropout 0.1: one prefix token per grid token. CLIP RN50x16 (grid (B, 144, 3072)) -> 144 tokens;
  BEiT-L (196 patch tokens of width 1024) -> 196 tokens.
* ``feature="pooled"``: Linear(Dv, k*d) on the pooled embedding, then dropout, reshaped to k prefix
  tokens (``pooled_tokens``, k=1 in the paper; NF-ResNet50, 2048 -> one token).

Facts used (the paper and its official code): the three encoders and their token counts, dropout 0.1 after
the projection (no LayerNorm, unlike MAGMA's prefix), and the reported
trainable counts with GPT-J (d 4096), reproduced exactly by ``bench params``:

* CLIP RN50x16: 3072 x 4096 + 4096 = 12,587,008 (``--encoder clip-rn50x16``);
* BEiT-L: 1024 x 4096 + 4096 = 4,198,400 (``--encoder beit-large``);
* NF-ResNet50 pooled: 2048 x 4096 + 4096 = 8,392,704 (``--encoder nf-resnet50 --set
  method_options.feature=pooled``).

Choices and deviations:

* ``patch_tokens_only`` (default True) drops the grid's first ``EncoderSpec.grid_prefix_tokens``
  tokens ([CLS]/distillation tokens; none for CNNs), so BEiT-L gives the paper's 196 tokens rather
  than 197. UNCONFIRMED beyond BEiT's token count; set it to false to keep [CLS].
* The grid is what the suite's encoder preset exposes: CLIP RN50x16's last-stage map (144 x 3072,
  CLIP's attention pool removed, as in LiMBeR); BEiT-L's last layer without a final norm (BEiT has
  none before its mean-pool head). The ``beit-large`` preset's weights are timm's label-fine-tuned
  BEiT-L, not LiMBeR's self-supervised ``beit-large-patch16-224-pt22k`` (see the preset), and
  ``nf-resnet50`` uses ImageNet-normalised pixels where LiMBeR fed [0, 1] pixels.
* The encoders stay frozen (as in LiMBeR).
* Training recipe (``paper_recipe``, ``--recipe paper``; the shared recipe otherwise): AdamW lr 8e-4,
  betas (0.9, 0.95), no weight decay, 100 warm-up steps, clip 1.0, bf16, DeepSpeed's WarmupDecayLR
  (linear warm-up, then linear decay to min_lr 0), batch 256 (``hf_main.py``, ``config.py``,
  ``configs/clip_linear.yml``). Differences: WarmupDecayLR decays to 0 at ``lr_decay_iters``
  (300,000, twenty times the 15,000 training steps) where the suite decays at ``train.steps``, and
  DeepSpeed's warm-up is logarithmic where the suite's is linear.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import nn

from benchmark.backbones.specs import EncoderSpec, FeatureRequest, LMSpec
from benchmark.engine.recipe import Recipe
from benchmark.errors import ConfigError
from benchmark.registry import register_method
from benchmark.search_space import Float
from methods.base import Conditioning, Method
from methods.modules import EncoderTokens


@dataclass
class LiMBeRConfig:
    """Options of LiMBeR (``--set method_options.<field>=...``)."""

    feature: str = "grid"  # "grid": one prefix token per grid token; "pooled": k tokens from the pooled embedding
    pooled_tokens: int = 1  # k, with feature=pooled
    patch_tokens_only: bool = True  # drop the grid's [CLS]-like tokens (EncoderSpec.grid_prefix_tokens)
    dropout: float = 0.1


@register_method("limber")
class LiMBeR(Method):
    """LiMBeR: a single linear projection of the image features into the LM's input space."""

    search_space = {**Method.search_space, "method_options.dropout": Float(0.0, 0.3)}
    config_cls = LiMBeRConfig
    paper_recipe = Recipe(
        betas=(0.9, 0.95),
        eps=1e-8,
        weight_decay=0.0,
        lr=8e-4,
        min_lr=0.0,
        warmup_steps=100,
        schedule="linear",
        batch_size=256,
        grad_clip=1.0,
        loss_tokens="answer",
        loss_reduction="token_mean",
        prompt_template="the caption alone after the image prefix (conceptual captions); here the task's own prompt",
        preprocessing="configs/clip_linear.yml: image_size 384 for CLIP RN50x16; here the encoder preset's own",
        sources={
            "betas": "hf_main.py: AdamW(..., betas=(0.9, 0.95)) and TrainingArguments adam_beta1 .9, adam_beta2 .95",
            "eps": "hf_main.py: torch AdamW's default eps",
            "weight_decay": "config.py: weight_decay 0.00",
            "lr": "configs/clip_linear.yml: lr 8.0e-4",
            "min_lr": "configs/clip_linear.yml: min_lr 0.0",
            "warmup_steps": "config.py: warmup_num_steps 100",
            "schedule": "config.py: WarmupDecayLR (lr_decay_iters set), linear decay after the warm-up",
            "batch_size": "configs/clip_linear.yml: batch_size 256 (global)",
            "grad_clip": "configs/clip_linear.yml: gradient_clipping 1.0",
            "loss_tokens": "the LM loss on the caption tokens after the image prefix (image positions masked)",
            "loss_reduction": "transformers' causal-LM loss: mean over the labelled tokens",
            "label_smoothing": "transformers' causal-LM loss: no label smoothing",
            "lm_dropout": "hf_main.py: lm.train(), but GPT-J's dropout probabilities are 0, so the same as off",
        },
        citation="Merullo et al., ICLR 2023; github.com/jmerullo/limber (hf_main.py, config.py, configs/clip_linear.yml)",
    )

    def __init__(self, config: LiMBeRConfig, lm: LMSpec, encoder: EncoderSpec | None) -> None:
        super().__init__(config, lm, encoder)
        assert encoder is not None
        self.embed_dim = lm.embed_dim
        self.tokens = EncoderTokens.of(encoder, config.feature, config.patch_tokens_only, "limber")
        if config.feature == "pooled":  # Linear(Dv, k*d) reshaped to k tokens
            if config.pooled_tokens < 1:
                raise ConfigError(f"limber: pooled_tokens must be at least 1, got {config.pooled_tokens}")
            self._tokens = int(config.pooled_tokens)
            self.proj = nn.Linear(encoder.pooled_width, self._tokens * lm.embed_dim)
        else:
            self._tokens = self.tokens.count
            self.proj = nn.Linear(self.tokens.width, lm.embed_dim)
        self.dropout = nn.Dropout(config.dropout)

    @classmethod
    def feature_request(cls, config: LiMBeRConfig) -> FeatureRequest:
        return EncoderTokens.request(config.feature)

    def prefix_length(self) -> int:
        return self._tokens

    def forward(self, features: dict[str, torch.Tensor] | None, batch_size: int) -> Conditioning:
        assert features is not None
        if self.config.feature == "pooled":
            pooled = features["pooled"].to(self.proj.weight.dtype)
            prefix = self.proj(pooled).view(pooled.shape[0], self._tokens, self.embed_dim)
        else:
            prefix = self.proj(self.tokens.select(features).to(self.proj.weight.dtype))
        return Conditioning(prefix=self.dropout(prefix))
