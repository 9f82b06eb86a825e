"""Small typed descriptions that connect backbones and methods.

Methods build their trainable modules from :class:`LMSpec` and :class:`EncoderSpec` alone (widths and
depths), so the same code builds them on the meta device for ``bench params`` and on real devices for
training. :class:`FeatureRequest` is what a method asks of the encoder; the feature cache stores
exactly that.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import torch


@dataclass(frozen=True)
class LMSpec:
    """What a method needs to know about the frozen LM."""

    hidden_size: int  # D: width of the residual stream (what layer writes use)
    embed_dim: int  # d: width of the input word embeddings (OPT-350m: 512 != D)
    num_layers: int  # L
    vocab_size: int
    embed_scale: float = 1.0  # Gemma multiplies input embeddings by sqrt(D)
    family: str = ""  # model_type, e.g. "opt", "llama", "gemma3_text"


@dataclass(frozen=True)
class EncoderSpec:
    """What a method needs to know about the frozen encoder."""

    layer_widths: tuple[int, ...]  # width of each per-layer summary token, shallow -> deep
    grid_width: int  # width of each token of the last layer's grid
    grid_tokens: int  # number of grid tokens (e.g. 196 + 1 for ViT-B/16 with [CLS])
    pooled_width: int  # width of the pooled embedding
    modality: str = "image"
    # non-patch tokens (e.g. [CLS], registers) at the start of the grid: ViT/CLIP ViT/BEiT 1, CNNs 0.
    # ``grid[:, grid_prefix_tokens:]`` are the patch/region tokens (LiMBeR's BEiT: 196 without [CLS]).
    grid_prefix_tokens: int = 0
    # grid and pooled come out of a normalisation layer (a ViT's final LayerNorm). False for CNN feature
    # maps (EfficientNet's head after BatchNorm + activation): ``data.feature_norm=auto`` normalises them.
    normalised: bool = True


@dataclass(frozen=True)
class FeatureRequest:
    """Which encoder features a method consumes.

    layers: number of per-layer summary tokens, taken from the deepest end (eP-ALM: 6).
    grid: the last layer's token grid. pooled: the pooled embedding.
    """

    layers: int = 0
    grid: bool = False
    pooled: bool = False

    @property
    def empty(self) -> bool:
        return self.layers == 0 and not self.grid and not self.pooled

    def keys(self, spec: EncoderSpec) -> list[str]:
        """Tensor names used in batches and in the cache: ``layer.{i}`` counted from the shallowest
        *selected* layer, then ``grid`` and ``pooled``."""
        out = [f"layer.{i}" for i in range(self.layers)]
        if self.grid:
            out.append("grid")
        if self.pooled:
            out.append("pooled")
        return out

    def tag(self) -> str:
        return f"L{self.layers}-G{int(self.grid)}-P{int(self.pooled)}"


@dataclass
class EncoderFeatures:
    """Everything an encoder exposes for a batch.

    layer_tokens: one (B, Dv_i) tensor per block/stage, shallow -> deep (ViT: [CLS] of each block
        after the final norm; CNN: global-average-pooled stage outputs, LayerNorm without affine).
    grid: (B, N, Dv) tokens of the last layer. pooled: (B, Dv) pooled embedding.
    """

    layer_tokens: list[torch.Tensor] = field(default_factory=list)
    grid: torch.Tensor | None = None
    pooled: torch.Tensor | None = None

    def select(self, request: FeatureRequest) -> dict[str, torch.Tensor]:
        """The tensors named by ``request.keys`` (deepest ``request.layers`` layer tokens)."""
        out: dict[str, torch.Tensor] = {}
        if request.layers:
            if request.layers > len(self.layer_tokens):
                raise ValueError(f"method asks for {request.layers} layer tokens, encoder has {len(self.layer_tokens)}")
            chosen = self.layer_tokens[-request.layers :]
            out.update({f"layer.{i}": t for i, t in enumerate(chosen)})
        if request.grid:
            assert self.grid is not None
            out["grid"] = self.grid
        if request.pooled:
            assert self.pooled is not None
            out["pooled"] = self.pooled
        return out
