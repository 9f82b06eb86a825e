"""Honeybee C-Abstractor (Cha, Kang, Mun and Roh, CVPR 2024): "Honeybee: Locality-enhanced Projector
for Multimodal LLM".

A convolutional abstractor keeps the locality of the encoder's patch grid while choosing the number
of visual tokens freely: the patch tokens (plus a learned position embedding) are reshaped into an
image, pass a stage of ResNet (RegNet bottleneck) blocks, are average-pooled to a ``sqrt(M) x
sqrt(M)`` grid, pass a second stage, and an MLP reads every cell out into the LM's input space:

    patches (B, N, Dv) + pos (1, N, Dv) -> (B, Dv, s, s) -> RegStage(depth, Dv -> h)
      -> AdaptiveAvgPool2d(sqrt(M)) -> RegStage(depth, h -> h) -> (B, M, h)
      -> Linear(h, d) -> SiLU -> Linear(d, d) -> M prefix tokens.

Source: the official code, kakaobrain/honeybee ``honeybee/projectors/projectors.py`` (``CAbstractor``,
``ConvProjector``, ``Projector``, ``build_mlp``, ``build_pos_embeds``), ``configs/model_config/
c-abs.yaml`` (depth 3, mlp_depth 2, hidden 1024, position embedding on, no pre-norm, 144 queries),
``configs/pretrain.yaml`` and ``configs/default.yaml`` (the recipe), ``honeybee/visual_encoders/
visual_encoder_mixin.py`` ([CLS] removed), ``honeybee/common_layers.py`` (``_init_weights``).

Facts used:

* RegStage = timm's ``RegStage(depth, in, out, stride=1, dilation=1, act_layer=nn.SiLU,
  norm_layer=LayerNorm2d)`` with timm's ``Bottleneck`` defaults: bottle_ratio 1, group_size 1
  (depthwise 3 x 3), SE ratio 0.25 of the block's input width, a 1x1-conv + norm shortcut where the
  width changes; timm's ``ConvNormAct`` turns ``LayerNorm2d`` into its fused ``LayerNormAct2d`` (a
  LayerNorm over channels, eps 1e-5, then SiLU). Built here from timm itself
  (``timm.models.regnet.RegStage``), not copied.
* ``depth`` 0 is the official "pool only" variant: no RegStage, the readout reads the encoder width.
* ``num_queries`` M must be a square (``assert (n_queries ** 0.5).is_integer()``); the patch grid
  too (``hw = int(L ** 0.5)``).
* Position embedding ``(1, N, Dv)``, trunc-normal std 0.02, added to the patch tokens ([CLS]
  excluded: the visual encoder drops it before the projector).
* Initialisation: Honeybee's ``_init_weights`` (run by ``post_init``): every Conv2d and Linear
  weight N(0, 0.02), their biases 0; norms weight 1, bias 0.
* Parameters are independent of M: CLIP ViT-L/14 (1024, 16 x 16 patches) -> a 4096-wide LM with the
  ``faithful`` preset: 37,070,336 (Vicuna-7B in the paper; ``bench params --method c-abstractor
  --lm opt-6.7b --encoder clip-vit-l14 --set method_options.preset=faithful``).

Presets (``method_options.preset``; ``hidden_size``, ``depth`` and ``mlp_depth`` override it when set):

* ``faithful``: h 1024, depth 3, mlp_depth 2 (c-abs.yaml). Offline setup (EfficientNet-Lite0 1280 ->
  SmolLM2-135M 576): 18,520,000.
* ``lite`` (default; suite-defined for SmolLM2-135M + EfficientNet-Lite0 on 2 CPU cores): h 576,
  depth 3, mlp_depth 2: 7,107,088 at the offline setup.
* ``lite-depth1``: h 576, depth 1, mlp_depth 2: 3,751,888 at the offline setup.

``num_queries`` (M, default 16: the 7 x 7 EfficientNet grid pooled to 4 x 4) is not part of the
presets; Honeybee uses 144 (7B) or 256 (13B) on CLIP's 16 x 16 (224 px) or 24 x 24 (336 px) grid.

Deviations and choices:

* Features: Honeybee reads CLIP ViT-L/14's ``hidden_states[-1]`` (last block, before
  ``post_layernorm``); the suite's grid is the last layer after the encoder's final norm. A CNN grid
  is LayerNormed (no affine) by the suite before any method sees it (``data.feature_norm=auto``); the
  official ``prenorm`` option is off in c-abs.yaml and is not offered.
* A grid whose patch-token count is not a square (a CNN at a non-square resolution, a 1-D audio or
  video token sequence) cannot be reshaped into an image without knowing its height and width,
  which the encoder spec does not carry: the method refuses it with a ConfigError, as the official
  code's reshape would. M larger than the grid (pooling that could only duplicate cells) is refused
  too.
* ``num_eos_tokens`` is 0 in c-abs.yaml; the learned end tokens are not built.
* Training recipe (``paper_recipe``): the projector-only pre-training stage (``pretrain.yaml``,
  the LM frozen): AdamW betas (0.9, 0.98), eps 1e-6, lr 1e-4 with cosine to 1e-5 after 2000 warm-up
  steps, weight decay 0.01, clipping 1.0, batch 256 (50k steps there). The instruction-tuning stage
  trains the LM and is not this method.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import partial

import torch
from torch import nn

from benchmark.backbones.specs import EncoderSpec, FeatureRequest, LMSpec
from benchmark.engine.recipe import Recipe
from benchmark.errors import ConfigError
from benchmark.registry import register_method
from benchmark.search_space import Choice, Int
from methods.base import Conditioning, Method
from methods.modules import EncoderTokens

PRESETS: dict[str, dict[str, int]] = {
    "faithful": {"hidden_size": 1024, "depth": 3, "mlp_depth": 2},
    "lite": {"hidden_size": 576, "depth": 3, "mlp_depth": 2},
    "lite-depth1": {"hidden_size": 576, "depth": 1, "mlp_depth": 2},
}


@dataclass
class CAbstractorConfig:
    """Options of the C-Abstractor (``--set method_options.<field>=...``)."""

    preset: str = "lite"  # faithful | lite | lite-depth1 (see the module docstring)
    hidden_size: int | None = None  # h, the RegStage width (None: the preset's)
    depth: int | None = None  # RegNet blocks per stage; 0 = pooling only (None: the preset's)
    mlp_depth: int | None = None  # readout Linear layers, SiLU between them (None: the preset's)
    num_queries: int = 16  # M output tokens, a square no larger than the grid (Honeybee: 144 / 256)
    pos_emb: bool = True  # learned position embedding on the patch tokens (c-abs.yaml: True)


def resolve_shape(config: CAbstractorConfig) -> dict[str, int]:
    """The preset's ``hidden_size``, ``depth`` and ``mlp_depth``, each overridden by its field when set."""
    if config.preset not in PRESETS:
        raise ConfigError(f"c-abstractor: preset must be one of {', '.join(PRESETS)}, got {config.preset!r}")
    shape = dict(PRESETS[config.preset])
    for key in shape:
        value = getattr(config, key)
        if value is not None:
            shape[key] = value
    for key, value in shape.items():
        least = 0 if key == "depth" else 1
        if not isinstance(value, int) or isinstance(value, bool) or value < least:
            raise ConfigError(f"c-abstractor: {key} must be an integer >= {least}, got {value!r}")
    return shape


def square_side(count: int, what: str) -> int:
    """``sqrt(count)`` when ``count`` is a perfect square, else a ConfigError naming ``what``."""
    side = math.isqrt(max(int(count), 0))
    if count < 1 or side * side != count:
        raise ConfigError(f"c-abstractor: {what} must be a square number, got {count}")
    return side


def readout_mlp(depth: int, in_dim: int, out_dim: int) -> nn.Sequential:
    """Honeybee's ``build_mlp``: Linear(in, out), then ``depth - 1`` times SiLU, Linear(out, out)."""
    layers: list[nn.Module] = [nn.Linear(in_dim, out_dim)]
    for _ in range(1, depth):
        layers += [nn.SiLU(), nn.Linear(out_dim, out_dim)]
    return nn.Sequential(*layers)


@register_method("c-abstractor")
class CAbstractor(Method):
    """Honeybee's C-Abstractor: RegNet blocks, adaptive pooling to M cells, RegNet blocks, an MLP."""

    search_space = {
        **Method.search_space,
        "method_options.num_queries": Choice((4, 9, 16)),
        "method_options.depth": Int(1, 3),
    }
    config_cls = CAbstractorConfig
    paper_recipe = Recipe(
        betas=(0.9, 0.98),
        eps=1e-6,
        weight_decay=0.01,
        lr=1e-4,
        min_lr=1e-5,
        warmup_steps=2000,
        schedule="cosine",
        batch_size=256,
        grad_clip=1.0,
        prompt_template="pre-training on image-text pairs (COYO, BLIP captions) in Honeybee's template; here the task's own prompt",
        preprocessing="CLIP ViT-L/14 at 224 px (default.yaml image_size 224); here the encoder preset's own",
        sources={
            "betas": "configs/default.yaml: adam_beta1 0.9, adam_beta2 0.98",
            "eps": "configs/default.yaml: adam_epsilon 1e-6",
            "weight_decay": "configs/pretrain.yaml: weight_decay 0.01",
            "lr": "configs/pretrain.yaml: learning_rate 1e-4",
            "min_lr": "configs/pretrain.yaml: min_lr 1e-5 (pipeline/utils.py: cosine with a floor)",
            "warmup_steps": "configs/pretrain.yaml: warmup_steps 2000 (of max_steps 50000)",
            "schedule": "configs/pretrain.yaml: lr_scheduler_type cosine",
            "batch_size": "configs/pretrain.yaml: per_device_train_batch_size 32 x 8 GPUs = 256",
            "grad_clip": "configs/pretrain.yaml: max_grad_norm 1.0",
            "prompt_template": "configs/pretrain.yaml: data_config pt_default (COYO + BLIP)",
            "preprocessing": "configs/default.yaml: image_size 224",
        },
        citation="Cha et al., CVPR 2024; github.com/kakaobrain/honeybee (configs/pretrain.yaml, configs/default.yaml)",
    )

    def __init__(self, config: CAbstractorConfig, lm: LMSpec, encoder: EncoderSpec | None) -> None:
        super().__init__(config, lm, encoder)
        assert encoder is not None
        from timm.layers import LayerNorm2d
        from timm.models.regnet import RegStage

        shape = resolve_shape(config)
        self.shape = shape
        self.tokens = EncoderTokens.of(encoder, "grid", True, self.name)
        self.side = square_side(
            self.tokens.count,
            f"the encoder's patch-token count (grid without [CLS]: {self.tokens.count} tokens, not an s x s image)",
        )
        if isinstance(config.num_queries, bool) or not isinstance(config.num_queries, int):
            raise ConfigError(f"c-abstractor: num_queries must be an integer, got {config.num_queries!r}")
        self.out_side = square_side(config.num_queries, "num_queries")
        if self.out_side > self.side:
            raise ConfigError(
                f"c-abstractor: num_queries={config.num_queries} ({self.out_side} x {self.out_side}) is larger than "
                f"the encoder's {self.side} x {self.side} patch grid; choose at most {self.side * self.side}"
            )
        dv, h = self.tokens.width, shape["hidden_size"]
        if config.pos_emb:
            self.pos_emb = nn.Parameter(torch.zeros(1, self.tokens.count, dv))
            nn.init.trunc_normal_(self.pos_emb, mean=0.0, std=0.02)
        else:
            self.pos_emb = None
        sampler = nn.AdaptiveAvgPool2d((self.out_side, self.out_side))
        if shape["depth"]:
            stage = partial(RegStage, stride=1, dilation=1, act_layer=nn.SiLU, norm_layer=LayerNorm2d)
            self.net = nn.Sequential(stage(shape["depth"], dv, h), sampler, stage(shape["depth"], h, h))
            readout_in = h
        else:  # the official pooling-only variant
            self.net = nn.Sequential(sampler)
            readout_in = dv
        self.readout = readout_mlp(shape["mlp_depth"], readout_in, lm.embed_dim)
        self.net.apply(_honeybee_init)
        self.readout.apply(_honeybee_init)

    @classmethod
    def feature_request(cls, config: CAbstractorConfig) -> FeatureRequest:
        return FeatureRequest(grid=True)

    def prefix_length(self) -> int:
        return self.out_side * self.out_side

    def forward(self, features: dict[str, torch.Tensor] | None, batch_size: int) -> Conditioning:
        assert features is not None
        x = self.tokens.select(features).to(self.readout[0].weight.dtype)  # (B, N, Dv), row-major patches
        if self.pos_emb is not None:
            x = x + self.pos_emb
        b, n, dv = x.shape
        x = x.transpose(1, 2).reshape(b, dv, self.side, self.side)  # "b (h w) d -> b d h w"
        x = self.net(x)
        x = x.flatten(2).transpose(1, 2)  # "b d h w -> b (h w) d"
        return Conditioning(prefix=self.readout(x))


def _honeybee_init(module: nn.Module) -> None:
    """Honeybee's ``_init_weights``: Conv2d and Linear weights N(0, 0.02), biases 0; LayerNorms 1, 0."""
    if isinstance(module, (nn.Conv2d, nn.Linear)):
        nn.init.normal_(module.weight, mean=0.0, std=0.02)
        if module.bias is not None:
            nn.init.zeros_(module.bias)
    elif isinstance(module, nn.LayerNorm):
        nn.init.ones_(module.weight)
        nn.init.zeros_(module.bias)
