"""What every encoder shares (image, video, audio): a frozen module with a fingerprint and a spec read
from a meta-device forward pass (:class:`FrozenMediaEncoder`), and the transformers plumbing of the
video and audio encoders (config from a pinned dict, a hub id or a local folder; [CLS] of every block).

Every encoder has the interface that :func:`~benchmark.engine.feature_cache.extract_features` relies
on: ``load_media(path)`` decodes one file
(in worker threads), ``preprocess(decoded)`` batches, ``forward(batch)`` returns
:class:`~benchmark.backbones.specs.EncoderFeatures`, ``spec`` and ``fingerprint``.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import torch
from torch import nn

from benchmark.backbones.assets import folder_weights_identity
from benchmark.backbones.specs import EncoderFeatures, EncoderSpec
from benchmark.errors import ConfigError, DataError

FEATURES_VERSION = 1  # bump when feature extraction changes (any modality): invalidates feature caches


class FrozenMediaEncoder(nn.Module):
    """Base of every encoder: frozen, always in eval mode, fingerprinted by :meth:`identity`."""

    modality = "video"

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self._spec: EncoderSpec | None = None

    def freeze(self) -> None:
        self.requires_grad_(False)
        self.train(False)

    def train(self, mode: bool = True):
        return super().train(False)

    def identity(self) -> dict[str, Any]:
        """Everything that determines the features (name, weights, preprocessing)."""
        raise NotImplementedError

    @property
    def fingerprint(self) -> str:
        blob = json.dumps({**self.identity(), "features": FEATURES_VERSION}, sort_keys=True, default=str)
        return hashlib.sha256(blob.encode()).hexdigest()[:20]

    def example_input(self) -> Any:
        """A batch of one on the meta device, for :attr:`spec`."""
        raise NotImplementedError

    def prefix_tokens(self) -> int:
        return 0

    def features_normalised(self) -> bool:
        """Whether the grid and pooled features are outputs of a normalisation layer (the spec's
        ``normalised``); True unless an encoder says otherwise."""
        return True

    @property
    def spec(self) -> EncoderSpec:
        """Widths and token counts from a forward pass on the meta device (no compute)."""
        if self._spec is None:
            meta = {k: torch.empty_like(v, device="meta") for k, v in self.state_dict(keep_vars=True).items()}
            meta.update({k: torch.empty_like(v, device="meta") for k, v in self.named_buffers()})
            feats = torch.func.functional_call(self, meta, (self.example_input(),), tie_weights=True, strict=False)
            prefix = self.prefix_tokens()
            if not 0 <= prefix < int(feats.grid.shape[1]):
                raise ConfigError(f"{self.name}: {prefix} prefix tokens in a grid of {feats.grid.shape[1]}")
            self._spec = EncoderSpec(
                layer_widths=tuple(int(t.shape[-1]) for t in feats.layer_tokens),
                grid_width=int(feats.grid.shape[-1]),
                grid_tokens=int(feats.grid.shape[1]),
                pooled_width=int(feats.pooled.shape[-1]),
                modality=self.modality,
                grid_prefix_tokens=prefix,
                normalised=self.features_normalised(),
            )
        return self._spec


# -- transformers models --------------------------------------------------------------------------
def transformers_folder_type(path: str) -> str | None:
    """``model_type`` of a local transformers folder (None when ``path`` is not one)."""
    config = Path(path) / "config.json"
    if not (os.path.isdir(path) and config.is_file()):
        return None
    try:
        return json.loads(config.read_text()).get("model_type")
    except ValueError:
        raise ConfigError(f"{config} is not valid JSON") from None


def build_transformers_model(
    model_cls, config_cls, source: str, pinned: dict, pretrained: bool, on_meta: bool, cache_dir: str | None = None
) -> nn.Module:
    """A base transformers model from a hub id / local folder, or from ``pinned`` config values on
    the meta device (a preset's spec needs no download)."""
    is_folder = os.path.isdir(source)
    if on_meta or not pretrained:
        config = config_cls.from_pretrained(source) if is_folder else config_cls(**pinned)
        with torch.device("meta") if on_meta else torch.device("cpu"):
            return model_cls(config, add_pooling_layer=True) if _takes_pooling(model_cls) else model_cls(config)
    kwargs = {"cache_dir": str(cache_dir)} if cache_dir and not is_folder else {}
    try:
        return model_cls.from_pretrained(source, **kwargs)
    except OSError as exc:
        raise DataError(
            f"could not load the weights of {source!r} ({exc}); hub models need network access "
            "(or give a local folder saved with save_pretrained)"
        ) from exc


def _takes_pooling(model_cls) -> bool:
    import inspect

    return "add_pooling_layer" in inspect.signature(model_cls.__init__).parameters


def block_cls_tokens(hidden_states: tuple[torch.Tensor, ...], norm: nn.Module) -> list[torch.Tensor]:
    """[CLS] (position 0) of every block's output, through the model's final norm (as the image ViTs'
    layer tokens are); ``hidden_states[0]`` (the embeddings) is left out."""
    return [norm(h[:, 0]) for h in hidden_states[1:]]


def features_of(layer_tokens: list[torch.Tensor], grid: torch.Tensor, pooled: torch.Tensor) -> EncoderFeatures:
    return EncoderFeatures(layer_tokens=layer_tokens, grid=grid, pooled=pooled)


def load_transformers_encoder(
    name: str,
    model_type: str,
    preset: dict,
    model_cls,
    config_cls,
    preprocessing_of,
    pretrained: bool,
    on_meta: bool,
    cache_dir: str | None,
):
    """``(model, preprocessing settings, weights identity)`` for ``name``: a local folder of
    ``model_type`` (its own preprocessing, read by ``preprocessing_of(folder)``), or the preset
    (``preset["hub_id"]``, with the pinned ``preset["config"]`` for meta builds)."""
    if transformers_folder_type(name) == model_type:
        source, settings = name, preprocessing_of(name)
        weights = folder_weights_identity(name) if pretrained else "random-init"
    else:
        source, settings = preset["hub_id"], preset["settings"]
        weights = f"hf-hub:{source}" if pretrained else "random-init"
    model = build_transformers_model(model_cls, config_cls, source, preset["config"], pretrained, on_meta, cache_dir)
    return model, settings, weights
