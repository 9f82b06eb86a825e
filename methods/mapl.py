"""MAPL (Mañas et al., EACL 2023): "MAPL: Parameter-Efficient Adaptation of Unimodal Pre-Trained
Models for Vision-Language Few-Shot Prompting".

A small Transformer maps the encoder's last-layer token grid to a visual prefix at the LM input:

    grid (B, N, Dv) -> Linear(Dv, 256) -> append 32 learned constant embeddings
      -> 4-layer pre-norm Transformer encoder (width 256, 8 heads, FFN 512, ReLU, dropout 0)
      -> the 32 outputs at the constants' positions -> Linear(256, d): a 32-token prefix.

Facts used, from the paper and the official code (github.com/mair-lab/mapl, ``mapl.py``,
``MappingNetwork``):

* The mapper reads every token of the vision encoder's last layer, [CLS] included
  (``CLIPVisionModel(...).last_hidden_state``; the ``[:, 1:]`` slice is commented out there).
* ``nn.TransformerEncoderLayer(d_model=256, nhead=8, dim_feedforward=2*256, dropout=0,
  activation=relu, batch_first=True, norm_first=True)`` stacked 4 times by ``nn.TransformerEncoder``
  with no final norm and no positional embeddings; the constants are ``nn.Parameter(torch.randn(32,
  256))`` (standard normal), appended *after* the image tokens, and the last 32 outputs are kept.
  ``nn.TransformerEncoder`` deep-copies one layer, so the 4 layers start from identical weights;
  this file uses the same construction, so the initialisation matches the official code too.
* The output projection has a bias and goes to the LM's input-embedding width (GPT-J: 4096; the
  official code uses OPT's ``word_embed_proj_dim``, i.e. the suite's ``d``). No output LayerNorm (it is
  commented out in the official code).
* Trainable parameters with CLIP ViT-L/14 (Dv 1024) and GPT-J-6B (d 4096): 262,400 (down) + 8,192
  (constants) + 4 x 527,104 (Transformer layers) + 1,052,672 (up) = 3,431,680, the reported count
  (``bench params --method mapl --lm gpt-j-6b --encoder clip-vit-l14``).

Deviations:

* The suite's grid is the encoder's *final-normed* last layer (timm ``forward_intermediates(...,
  norm=True)``); MAPL takes CLIP's last hidden state *before* the post-LayerNorm. The first Linear
  sees the normed tokens instead (each token's mean and scale removed, then the encoder's own
  affine norm parameters applied); shapes and the parameter count are unchanged.
* Training hyper-parameters and the prompt format ("Please answer the question. Question: ...
  Answer:") belong to the task/trainer configuration, not to this file. MAPL-blind is the suite's
  ``blind`` method.

Every size is a config field (``width``, ``heads``, ``ffn_dim``, ``layers``, ``num_queries``,
``dropout``); nothing here is UNCONFIRMED.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import nn

from benchmark.backbones.specs import EncoderSpec, FeatureRequest, LMSpec
from benchmark.errors import ConfigError
from benchmark.registry import register_method
from benchmark.search_space import Int
from methods.base import Conditioning, Method


@dataclass
class MAPLConfig:
    """Options of MAPL (``--set method_options.<field>=...``)."""

    width: int = 256  # hidden width of the mapping Transformer
    heads: int = 8
    ffn_dim: int = 512  # 2 x width in the official code
    layers: int = 4
    num_queries: int = 32  # learned constant embeddings = prefix tokens
    dropout: float = 0.0


@register_method("mapl")
class MAPL(Method):
    """MAPL: a Transformer mapper from the encoder grid to 32 prefix tokens."""

    search_space = {
        **Method.search_space,
        "method_options.num_queries": Int(8, 32, step=8),
        "method_options.layers": Int(1, 4),
    }
    config_cls = MAPLConfig

    def __init__(self, config: MAPLConfig, lm: LMSpec, encoder: EncoderSpec | None) -> None:
        super().__init__(config, lm, encoder)
        assert encoder is not None
        for field_name in ("width", "heads", "ffn_dim", "layers", "num_queries"):
            if int(getattr(config, field_name)) < 1:
                raise ConfigError(f"mapl: {field_name} must be at least 1, got {getattr(config, field_name)}")
        if config.width % config.heads:
            raise ConfigError(f"mapl: width={config.width} is not divisible by heads={config.heads}")
        self.down = nn.Linear(encoder.grid_width, config.width)
        self.const = nn.Parameter(torch.randn(config.num_queries, config.width))
        layer = nn.TransformerEncoderLayer(
            d_model=config.width,
            nhead=config.heads,
            dim_feedforward=config.ffn_dim,
            dropout=config.dropout,
            activation="relu",
            batch_first=True,
            norm_first=True,
        )
        # as the official code: one layer deep-copied `layers` times, no final norm
        self.transformer = nn.TransformerEncoder(layer, num_layers=config.layers, enable_nested_tensor=False)
        self.up = nn.Linear(config.width, lm.embed_dim)

    @classmethod
    def feature_request(cls, config: MAPLConfig) -> FeatureRequest:
        return FeatureRequest(grid=True)

    def prefix_length(self) -> int:
        return self.config.num_queries

    def forward(self, features: dict[str, torch.Tensor] | None, batch_size: int) -> Conditioning:
        assert features is not None
        grid = features["grid"]
        x = self.down(grid.to(self.down.weight.dtype))
        const = self.const.to(x.dtype).unsqueeze(0).expand(x.shape[0], -1, -1)
        x = self.transformer(torch.cat([x, const], dim=1))
        return Conditioning(prefix=self.up(x[:, -self.config.num_queries :]))
