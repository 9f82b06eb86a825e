"""Frozen image encoders on top of timm, exposing per-layer summary tokens, the grid and the pooled
embedding (:class:`~benchmark.backbones.specs.EncoderFeatures`).

* ViT-like (timm models with ``num_prefix_tokens`` and ``forward_intermediates``: ViT, CLIP ViT,
  BEiT...): layer token i is the [CLS] of block i's output passed through the model's final norm
  (the mean of the normed patch tokens when the model has no prefix token); the grid is the final
  normed sequence including prefix tokens (``EncoderSpec.grid_prefix_tokens`` of them come first);
  pooled is timm's pre-logits embedding. Models whose head pools with its own norm (BEiT: mean pool +
  ``fc_norm``) have an identity final norm, so their grid and layer tokens are un-normalised.
* EfficientNet: layer tokens are the global-average-pooled outputs of every stage
  (``model.blocks[i]``) and of the head conv (``conv_head`` + ``bn2``), each passed through a
  LayerNorm without affine parameters (unnormalised CNN summaries make training diverge); the grid is
  the head feature map as (B, H*W, C); pooled is timm's pre-logits embedding. Grid and pooled are
  cached raw (the spec's ``normalised`` is False); ``data.feature_norm=auto`` LayerNorms them before
  a method reads them (:func:`benchmark.engine.context.normalised_features`).
* Other timm CNNs with ``forward_intermediates`` (ResNet, NF-ResNet, CLIP's ResNets, which timm
  builds as a ``ByobNet``...): as EfficientNet, over the feature stages timm reports (stem included);
  the grid is the last feature map (``forward_features``); pooled is timm's pre-logits embedding
  (CLIP ResNets: the attention pool without its output projection).

Encoders are frozen: parameters never require grad and the module always stays in eval mode.
"""

from __future__ import annotations

from typing import Any

import torch
import torch.nn.functional as F
from torch import nn

from benchmark.backbones.media_encoders import FrozenMediaEncoder
from benchmark.backbones.specs import EncoderFeatures
from benchmark.errors import ConfigError


def _kind(model: nn.Module) -> str:
    from timm.models.efficientnet import EfficientNet

    if isinstance(model, EfficientNet):
        return "efficientnet"
    if hasattr(model, "num_prefix_tokens") and hasattr(model, "forward_intermediates"):
        return "vit"
    if hasattr(model, "forward_intermediates"):
        return "cnn"
    raise ConfigError(f"{type(model).__name__} exposes no intermediate features (timm forward_intermediates)")


def _data_config(model: nn.Module, overrides: dict | None) -> dict[str, Any]:
    import timm.data

    cfg = dict(timm.data.resolve_model_data_config(model))
    img_size = getattr(getattr(model, "patch_embed", None), "img_size", None)
    if img_size is not None:  # the resolution the model was built for, e.g. a small test ViT
        cfg["input_size"] = (3, *img_size)
    cfg.update(overrides or {})
    return {k: list(v) if isinstance(v, tuple) else v for k, v in sorted(cfg.items())}


def _summary(x: torch.Tensor) -> torch.Tensor:
    """Global-average-pool a (B, C, H, W) map, then LayerNorm without affine parameters."""
    pooled = x.mean(dim=(2, 3))
    return F.layer_norm(pooled, pooled.shape[-1:])


class ImageEncoder(FrozenMediaEncoder):
    """A frozen timm image model with :meth:`preprocess`, :meth:`forward` -> features, ``spec`` and
    ``fingerprint`` (the feature-cache key), on the same base as the video and audio encoders."""

    modality = "image"

    def __init__(self, model: nn.Module, name: str, weights_id: str, data_config: dict | None = None) -> None:
        super().__init__(name)
        self.model = model
        self.weights_id = weights_id
        self.kind = _kind(model)
        if self.kind != "vit":  # channels-last convolutions: ~1.6x faster on CPU, same values
            self.model.to(memory_format=torch.channels_last)
        self.data_config = _data_config(model, data_config)
        self.freeze()
        self._transform = None

    # -- identity -----------------------------------------------------------------------------
    def identity(self) -> dict[str, Any]:
        """Name, architecture, weights identity and preprocessing (the fingerprint's inputs)."""
        arch = getattr(self.model, "pretrained_cfg", {}).get("architecture", type(self.model).__name__)
        return {"name": self.name, "arch": arch, "weights": self.weights_id, "preprocess": self.data_config}

    @property
    def input_size(self) -> tuple[int, int, int]:
        return tuple(self.data_config["input_size"])

    def example_input(self) -> torch.Tensor:
        return torch.empty(1, *self.input_size, device="meta")

    def prefix_tokens(self) -> int:
        return int(getattr(self.model, "num_prefix_tokens", 0) or 0) if self.kind == "vit" else 0

    def features_normalised(self) -> bool:
        """A ViT's grid passes its final norm (BEiT's is an identity: not normalised); a CNN's head
        feature map and pooled embedding are not normalised."""
        return self.kind == "vit" and not isinstance(getattr(self.model, "norm", None), nn.Identity)

    # -- preprocessing ------------------------------------------------------------------------
    def preprocess(self, images: list) -> torch.Tensor:
        """PIL images -> (B, 3, H, W) float tensor with timm's eval transform (resize, centre crop,
        normalise)."""
        if self._transform is None:
            import timm.data

            cfg = {k: tuple(v) if isinstance(v, list) else v for k, v in self.data_config.items()}
            self._transform = timm.data.create_transform(**cfg, is_training=False)
        return torch.stack([self._transform(im.convert("RGB")) for im in images])

    # -- features -----------------------------------------------------------------------------
    @torch.no_grad()
    def forward(self, pixels: torch.Tensor) -> EncoderFeatures:
        ref = next(self.model.parameters())
        pixels = pixels.to(device=ref.device, dtype=ref.dtype)
        if self.kind != "vit":
            pixels = pixels.contiguous(memory_format=torch.channels_last)
        return {"vit": self._vit, "efficientnet": self._efficientnet, "cnn": self._cnn}[self.kind](pixels)

    def _vit(self, x: torch.Tensor) -> EncoderFeatures:
        m = self.model
        final, inter = m.forward_intermediates(x, norm=True, output_fmt="NLC", return_prefix_tokens=True)
        if m.num_prefix_tokens:
            layers = [prefix[:, 0] for _, prefix in inter]
        else:
            layers = [tokens.mean(dim=1) for tokens in inter]
        return EncoderFeatures(layer_tokens=layers, grid=final, pooled=m.forward_head(final, pre_logits=True))

    def _efficientnet(self, x: torch.Tensor) -> EncoderFeatures:
        m = self.model
        x = m.bn1(m.conv_stem(x))
        stages = []
        for stage in m.blocks:
            x = stage(x)
            stages.append(x)
        x = m.bn2(m.conv_head(x))
        stages.append(x)
        return EncoderFeatures(
            layer_tokens=[_summary(s) for s in stages],
            grid=x.flatten(2).transpose(1, 2),
            pooled=m.forward_head(x, pre_logits=True),
        )

    def _cnn(self, x: torch.Tensor) -> EncoderFeatures:
        m = self.model
        final, inter = m.forward_intermediates(x, output_fmt="NCHW")
        return EncoderFeatures(
            layer_tokens=[_summary(s) for s in inter],
            grid=final.flatten(2).transpose(1, 2),
            pooled=m.forward_head(final, pre_logits=True),
        )
