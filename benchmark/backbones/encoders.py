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
  the head feature map as (B, H*W, C); pooled is timm's pre-logits embedding.
* Other timm CNNs with ``forward_intermediates`` (ResNet, NF-ResNet, CLIP's ResNets, which timm
  builds as a ``ByobNet``...): as EfficientNet, over the feature stages timm reports (stem included);
  the grid is the last feature map (``forward_features``); pooled is timm's pre-logits embedding
  (CLIP ResNets: the attention pool without its output projection).

Encoders are frozen: parameters never require grad and the module always stays in eval mode.
"""

from __future__ import annotations

import difflib
import hashlib
import json
from typing import Any

import torch
import torch.nn.functional as F
from torch import nn

from benchmark.backbones.encoder_presets import EncoderPreset
from benchmark.backbones.specs import EncoderFeatures, EncoderSpec
from benchmark.errors import ConfigError, DataError, UnknownNameError
from benchmark.registry import ENCODERS

FEATURES_VERSION = 1  # bump when feature extraction changes: invalidates feature caches


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


class ImageEncoder(nn.Module):
    """A frozen timm image model with :meth:`preprocess`, :meth:`forward` -> features, ``spec`` and
    ``fingerprint`` (the feature-cache key)."""

    def __init__(self, model: nn.Module, name: str, weights_id: str, data_config: dict | None = None) -> None:
        super().__init__()
        self.model = model
        self.name = name
        self.weights_id = weights_id
        self.kind = _kind(model)
        if self.kind != "vit":  # channels-last convolutions: ~1.6x faster on CPU, same values
            self.model.to(memory_format=torch.channels_last)
        self.data_config = _data_config(model, data_config)
        self.requires_grad_(False)
        self.train(False)
        self._spec: EncoderSpec | None = None
        self._transform = None

    def train(self, mode: bool = True) -> "ImageEncoder":
        """Always eval: the encoder is frozen (no dropout, BatchNorm uses running statistics)."""
        return super().train(False)

    # -- identity -----------------------------------------------------------------------------
    @property
    def fingerprint(self) -> str:
        """Hash of the encoder name, architecture, weights identity and preprocessing."""
        arch = getattr(self.model, "pretrained_cfg", {}).get("architecture", type(self.model).__name__)
        blob = json.dumps(
            {"name": self.name, "arch": arch, "weights": self.weights_id, "preprocess": self.data_config,
             "features": FEATURES_VERSION},
            sort_keys=True,
        )
        return hashlib.sha256(blob.encode()).hexdigest()[:20]

    @property
    def input_size(self) -> tuple[int, int, int]:
        return tuple(self.data_config["input_size"])

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

    # -- spec -------------------------------------------------------------------------------
    @property
    def spec(self) -> EncoderSpec:
        """Widths and token counts, from a forward pass on the meta device (no compute)."""
        if self._spec is None:
            meta = {k: torch.empty_like(v, device="meta") for k, v in self.state_dict(keep_vars=True).items()}
            meta.update({k: torch.empty_like(v, device="meta") for k, v in self.named_buffers()})
            x = torch.empty(1, *self.input_size, device="meta")
            feats = torch.func.functional_call(self, meta, (x,), tie_weights=True, strict=False)
            prefix = int(getattr(self.model, "num_prefix_tokens", 0) or 0) if self.kind == "vit" else 0
            if not 0 <= prefix < int(feats.grid.shape[1]):
                raise ConfigError(f"{self.name}: {prefix} prefix tokens in a grid of {feats.grid.shape[1]}")
            self._spec = EncoderSpec(
                layer_widths=tuple(int(t.shape[-1]) for t in feats.layer_tokens),
                grid_width=int(feats.grid.shape[-1]),
                grid_tokens=int(feats.grid.shape[1]),
                pooled_width=int(feats.pooled.shape[-1]),
                modality="image",
                grid_prefix_tokens=prefix,
            )
        return self._spec


# -- resolution and loading ---------------------------------------------------------------------
def resolve_encoder(name: str) -> EncoderPreset:
    """A preset, a local folder (``local-dir:PATH`` or an existing directory in timm's
    ``save_for_hf`` layout), or an ad-hoc hub preset for any timm model name (optionally ``arch.tag``)."""
    import os
    from pathlib import Path

    import timm

    if name in ENCODERS:
        return ENCODERS.get(name)
    if name.startswith("local-dir:") or os.path.isdir(name):
        folder = Path(name.removeprefix("local-dir:")).resolve()
        if not (folder / "config.json").is_file():
            raise ConfigError(
                f"encoder folder {folder} has no config.json: expected timm's save_for_hf layout "
                "(config.json with 'architecture', plus model.safetensors or pytorch_model.bin)"
            )
        return EncoderPreset(name=name, timm_name=f"local-dir:{folder}", source="local",
                             description=f"timm model from {folder}")
    arch, _, tag = name.partition(".")
    if timm.is_model(arch):
        return EncoderPreset(name=name, timm_name=arch, source="hub", pretrained_tag=tag or None,
                             description=f"timm {name}")
    close = difflib.get_close_matches(name.lower(), timm.list_models(), n=3, cutoff=0.7)
    hint = ("Close timm models: " + ", ".join(close) + ".") if close else "Or give any timm model name."
    raise UnknownNameError(ENCODERS.unknown_message(name, hint))


def _package_path(preset: EncoderPreset):
    from benchmark.backbones.gguf import locate
    from benchmark.backbones.lm_presets import PackageFile

    part = PackageFile(preset.package, preset.package_version, preset.module, preset.weights_file)
    return locate(part, what=f"the encoder {preset.name!r}")


def weights_identity(preset: EncoderPreset, pretrained: bool = True) -> str:
    """What identifies the weights, without loading them (part of the fingerprint)."""
    if not pretrained:
        return "random-init"
    if preset.source == "local":
        return folder_weights_identity(preset.timm_name.removeprefix("local-dir:"))
    if preset.source == "package":
        return f"{preset.package}=={preset.package_version}/{preset.weights_file}@sha256:{preset.weights_sha256}"
    return f"timm-hub:{preset.timm_id}"


def folder_weights_identity(folder) -> str:
    """``local:<hash>`` of the weights and config files of a local model folder."""
    from pathlib import Path

    from benchmark.backbones.gguf import sha256_file

    files = sorted(p for p in Path(folder).iterdir() if p.suffix in (".safetensors", ".bin", ".json"))
    return "local:" + hashlib.sha256("".join(sha256_file(p) for p in files).encode()).hexdigest()[:20]


def state_digest(model: nn.Module) -> str:
    """SHA-256 of every tensor in ``model``'s state dict (identifies randomly initialised weights)."""
    digest = hashlib.sha256()
    for key, value in model.state_dict().items():
        digest.update(key.encode())
        digest.update(value.detach().cpu().contiguous().view(-1).view(torch.uint8).numpy().tobytes())
    return digest.hexdigest()[:20]


def map_state_dict_positionally(model: nn.Module, source: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    """Rename ``source`` onto ``model``'s keys by position, checking count, shapes and tensor kinds."""
    target = model.state_dict()
    if len(target) != len(source):
        raise DataError(f"weights have {len(source)} tensors, {type(model).__name__} expects {len(target)}")
    mapped = {}
    for (tk, tv), (sk, sv) in zip(target.items(), source.items()):
        if tuple(tv.shape) != tuple(sv.shape) or tk.rsplit(".", 1)[-1] != sk.rsplit(".", 1)[-1]:
            raise DataError(f"positional mapping failed: {sk} {tuple(sv.shape)} -> {tk} {tuple(tv.shape)}")
        mapped[tk] = sv
    return mapped


def _load_package_weights(model: nn.Module, preset: EncoderPreset) -> None:
    from benchmark.backbones.gguf import sha256_file

    path = _package_path(preset)
    if preset.weights_sha256 and sha256_file(path) != preset.weights_sha256:
        raise DataError(f"{path} does not have the expected SHA-256; reinstall `{preset.pip_install}`.")
    source = torch.load(path, map_location="cpu", weights_only=True)
    model.load_state_dict(map_state_dict_positionally(model, source), strict=True)


def _overrides(preset: EncoderPreset) -> dict:
    out: dict[str, Any] = {"input_size": (3, preset.input_size, preset.input_size)}
    if preset.mean is not None:
        out["mean"] = preset.mean
    if preset.std is not None:
        out["std"] = preset.std
    if preset.crop_pct is not None:
        out["crop_pct"] = preset.crop_pct
    return out


def _model_kwargs(preset: EncoderPreset) -> dict:
    return {} if preset.num_classes is None else {"num_classes": preset.num_classes}


def _media_encoder(name: str, pretrained: bool, on_meta: bool, cache_dir: str | None):
    """The video/audio encoder ``name`` names (None for an image encoder)."""
    from benchmark.backbones import audio, video
    from benchmark.backbones.media_encoders import transformers_folder_type

    build_image = build_encoder_on_meta if on_meta else (lambda n, p: load_encoder(n, p, cache_dir))
    frames = video.parse_frames_name(name)
    if frames is not None:
        image = build_image(frames[1], pretrained)
        if image.spec.modality != "image":
            raise ConfigError(f"{name!r}: frames: needs an image encoder, {frames[1]!r} reads {image.spec.modality}")
        return video.FramePooledEncoder(image, frames[0], name)
    if name.startswith(audio.SPECTROGRAM_PREFIX):
        inner = name.removeprefix(audio.SPECTROGRAM_PREFIX)
        image = build_image(inner, pretrained)
        if image.spec.modality != "image":
            raise ConfigError(f"{name!r}: spectrogram: needs an image encoder, {inner!r} reads {image.spec.modality}")
        return audio.SpectrogramImageEncoder(image, name)
    kind = transformers_folder_type(name)
    if kind is None and name in ENCODERS:
        kind = {"timesformer": "timesformer", "ast": "audio-spectrogram-transformer"}.get(ENCODERS.get(name).kind)
    if kind == "timesformer":
        return video.timesformer(name, pretrained, on_meta, cache_dir)
    if kind == "audio-spectrogram-transformer":
        return audio.ast_encoder(name, pretrained, on_meta, cache_dir)
    if kind is not None:
        raise ConfigError(f"{name} is a transformers folder of model_type {kind!r}; encoder folders must be timm "
                          "save_for_hf folders, TimeSformer or AST")
    return None


def load_encoder(name: str, pretrained: bool = True, cache_dir: str | None = None):
    """A frozen encoder for ``name``: an :class:`ImageEncoder` (hub weights go to timm's/HF's cache,
    or ``cache_dir`` when given), or a video/audio encoder (``frames:``, ``spectrogram:``,
    ``timesformer-k600``, ``ast-audioset``, a TimeSformer/AST folder)."""
    import timm

    media = _media_encoder(name, pretrained, False, cache_dir)
    if media is not None:
        return media
    preset = resolve_encoder(name)
    hub = pretrained and preset.source == "hub"
    kwargs = {"cache_dir": str(cache_dir)} if hub and cache_dir is not None else {}
    if preset.source == "local":
        model = timm.create_model(preset.timm_name, pretrained=pretrained)
        weights = weights_identity(preset) if pretrained else "random:" + state_digest(model)
        return ImageEncoder(model, preset.name, weights, None)  # the folder's own data config
    kwargs.update(_model_kwargs(preset))
    try:
        # the tagged name even without weights: its pretrained config holds the weights' preprocessing
        model = timm.create_model(preset.timm_id, pretrained=hub, **kwargs)
    except (OSError, RuntimeError, ValueError) as exc:
        if not hub:
            raise
        offline = ", ".join(n for n, p in ENCODERS.items() if p.source == "package")
        raise DataError(
            f"could not get the pretrained weights of {preset.timm_id!r} from the hub ({exc}). "
            f"Encoders that work offline: {offline}."
        ) from exc
    if pretrained and preset.source == "package":
        _load_package_weights(model, preset)
    weights = weights_identity(preset) if pretrained else "random:" + state_digest(model)
    return ImageEncoder(model, preset.name, weights, _overrides(preset))


def build_encoder_on_meta(name: str, pretrained: bool = True):
    """The architecture on the meta device, no weights (parameter counts, specs, fingerprints)."""
    import timm

    media = _media_encoder(name, pretrained, True, None)
    if media is not None:
        return media
    preset = resolve_encoder(name)
    with torch.device("meta"):  # the tagged name: its pretrained config holds the weights' preprocessing
        model = timm.create_model(preset.timm_id, pretrained=False, **_model_kwargs(preset))
    overrides = None if preset.source == "local" else _overrides(preset)
    return ImageEncoder(model, preset.name, weights_identity(preset, pretrained), overrides)


def encoder_spec_for(name: str) -> EncoderSpec:
    """:class:`EncoderSpec` of ``name`` without weights."""
    return build_encoder_on_meta(name).spec
