"""LLaVA-1.5 MLP projector (Liu, Li, Li and Lee, 2023): "Improved Baselines with Visual Instruction
Tuning", the ``mlp2x_gelu`` connector of its first stage (projector trained, LM frozen).

Every grid token of the frozen encoder goes through the same small MLP into the LM's input-embedding
space, and all of them become the prefix before the text (no image start/end tokens):

    grid patch tokens (B, N, Dv) -> Linear(Dv, d) -> GELU -> Linear(d, d) -> N prefix tokens.

Sources: the official code, haotian-liu/LLaVA ``llava/model/multimodal_projector/builder.py``
(``build_vision_projector``: ``mlp{N}x_gelu`` = ``Linear(mm_hidden_size, hidden_size)`` then ``N - 1``
times ``GELU, Linear(hidden_size, hidden_size)``; ``linear`` = one Linear), ``llava/model/
multimodal_encoder/clip_encoder.py`` (``mm_vision_select_feature='patch'``: [CLS] dropped),
``scripts/v1_5/pretrain.sh`` and the README's hyper-parameter table (the recipe below).

* ``depth`` (default 2): the ``N`` of ``mlpNx_gelu``; 1 is a single Linear (LLaVA's ``linear``,
  the same map as LiMBeR on all grid tokens without its dropout), 2 is LLaVA-1.5.
* ``patch_tokens_only`` (default True): the grid's leading ``EncoderSpec.grid_prefix_tokens`` tokens
  ([CLS]) are dropped, as ``select_feature='patch'`` does; a CNN grid has none (EfficientNet-Lite0:
  all 7 x 7 = 49 tokens). CLIP ViT-L/14 at 224 px gives 256 prefix tokens.
* Default ``nn.Linear`` initialisation (the projector is built after the LM is loaded).
* Parameters: ``Dv*d + d + (depth - 1)(d*d + d)``: 20,979,712 with CLIP ViT-L/14 (1024) and a
  4096-wide LM (Vicuna-7B in the paper; ``bench params --method llava-mlp --lm opt-6.7b --encoder
  clip-vit-l14``), 1,070,208 at the offline setup (EfficientNet-Lite0 1280 -> SmolLM2-135M 576).

Deviations and choices:

* Features: LLaVA-1.5 reads CLIP ViT-L/14-336's ``hidden_states[-2]`` (the penultimate block, before
  ``post_layernorm``; 24 x 24 = 576 patches). The suite's grid is the encoder's last layer after its
  final norm, at the encoder preset's resolution (224 px for ``clip-vit-l14``: 256 patches). A CNN
  grid is LayerNormed (no affine) by the suite before any method sees it (``data.feature_norm=auto``),
  so nothing is added here.
* Width: LLaVA maps to the LM's ``hidden_size`` in both Linears; here both are the LM's
  input-embedding width ``d`` (the prefix must live there; ``d == D`` for every LM LLaVA used).
* Only stage 1 (the projector alone, LM frozen) is this method; stage 2 trains the LM (or LoRA
  r 128 on it), which is the suite's ``lora`` baseline, not this connector.
* Training recipe (``paper_recipe``, ``--recipe paper``): lr 1e-3, no weight decay, cosine to 0 after
  a warm-up of 3% of training, global batch 256, the HF Trainer's AdamW defaults and gradient
  clipping 1.0, the loss on the caption only. The warm-up ratio becomes 5 of the suite's default 150
  steps (``train.warmup_steps`` is a step count; LLaVA's 3% of 2,180 steps is 65).
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import nn

from benchmark.backbones.specs import EncoderSpec, FeatureRequest, LMSpec
from benchmark.engine.recipe import Recipe
from benchmark.errors import ConfigError
from benchmark.registry import register_method
from benchmark.search_space import Int
from methods.base import Conditioning, Method
from methods.modules import EncoderTokens


@dataclass
class LLaVAMLPConfig:
    """Options of the LLaVA-1.5 projector (``--set method_options.<field>=...``)."""

    depth: int = 2  # N of mlpNx_gelu: 1 = one Linear (LLaVA "linear"), 2 = Linear-GELU-Linear (LLaVA-1.5)
    patch_tokens_only: bool = True  # drop the grid's [CLS]-like tokens (select_feature='patch')


def mlp_gelu(in_dim: int, out_dim: int, depth: int) -> nn.Sequential:
    """LLaVA's ``mlp{depth}x_gelu``: Linear(in, out), then ``depth - 1`` times GELU, Linear(out, out)."""
    layers: list[nn.Module] = [nn.Linear(in_dim, out_dim)]
    for _ in range(1, depth):
        layers += [nn.GELU(), nn.Linear(out_dim, out_dim)]
    return nn.Sequential(*layers)


@register_method("llava-mlp")
class LLaVAMLP(Method):
    """LLaVA-1.5: a GELU MLP applied to every encoder patch token, all of them as the prefix."""

    search_space = {**Method.search_space, "method_options.depth": Int(1, 2)}
    config_cls = LLaVAMLPConfig
    paper_recipe = Recipe(
        betas=(0.9, 0.999),
        eps=1e-8,
        weight_decay=0.0,
        lr=1e-3,
        min_lr=0.0,
        warmup_steps=5,
        schedule="cosine",
        batch_size=256,
        grad_clip=1.0,
        loss_tokens="answer",
        loss_reduction="token_mean",
        label_smoothing=0.0,
        lm_dropout=False,
        prompt_template="'plain' template: the image tokens, then the caption and the separator; here the task's own prompt",
        preprocessing="CLIP ViT-L/14-336's processor at 336 px (image_aspect_ratio 'square' in stage 1); here the encoder preset's own",
        sources={
            "betas": "scripts/v1_5/pretrain.sh sets none: transformers TrainingArguments' AdamW defaults (0.9, 0.999)",
            "eps": "scripts/v1_5/pretrain.sh sets none: transformers TrainingArguments' adam_epsilon 1e-8",
            "weight_decay": "scripts/v1_5/pretrain.sh: --weight_decay 0.",
            "lr": "scripts/v1_5/pretrain.sh and README (stage 1): --learning_rate 1e-3",
            "min_lr": "scripts/v1_5/pretrain.sh: --lr_scheduler_type cosine (transformers' cosine decays to 0)",
            "warmup_steps": "scripts/v1_5/pretrain.sh: --warmup_ratio 0.03, i.e. 5 of the suite's default 150 steps",
            "schedule": "scripts/v1_5/pretrain.sh: --lr_scheduler_type cosine",
            "batch_size": "README hyper-parameters (stage 1): global batch 256 (pretrain.sh: 32 per GPU x 8 GPUs)",
            "grad_clip": "scripts/v1_5/pretrain.sh sets none: transformers TrainingArguments' max_grad_norm 1.0",
            "loss_tokens": "llava/train/train.py preprocess_plain: the image part of each target is IGNORE_INDEX",
            "loss_reduction": "transformers' causal-LM loss: mean over the labelled tokens",
            "label_smoothing": "transformers' causal-LM loss: no label smoothing",
            "lm_dropout": "Vicuna (LLaMA) has no dropout, so the same as off",
            "prompt_template": "llava/train/train.py preprocess_plain (--version plain)",
            "preprocessing": "scripts/v1_5/pretrain.sh: --vision_tower openai/clip-vit-large-patch14-336, no --image_aspect_ratio",
        },
        citation="Liu et al., 2023 (LLaVA-1.5); github.com/haotian-liu/LLaVA (scripts/v1_5/pretrain.sh, README.md)",
    )

    def __init__(self, config: LLaVAMLPConfig, lm: LMSpec, encoder: EncoderSpec | None) -> None:
        super().__init__(config, lm, encoder)
        assert encoder is not None
        if isinstance(config.depth, bool) or int(config.depth) < 1:
            raise ConfigError(f"llava-mlp: depth must be at least 1, got {config.depth}")
        self.tokens = EncoderTokens.of(encoder, "grid", config.patch_tokens_only, self.name)
        self.proj = mlp_gelu(self.tokens.width, lm.embed_dim, int(config.depth))

    @classmethod
    def feature_request(cls, config: LLaVAMLPConfig) -> FeatureRequest:
        return FeatureRequest(grid=True)

    def prefix_length(self) -> int:
        return self.tokens.count

    def forward(self, features: dict[str, torch.Tensor] | None, batch_size: int) -> Conditioning:
        assert features is not None
        tokens = self.tokens.select(features).to(self.proj[0].weight.dtype)
        return Conditioning(prefix=self.proj(tokens))
