"""Encoders by name: resolve a preset, a local folder or a timm/hub name, then build it on the meta
device (specs, fingerprints, parameter counts; no weights) or load it with its weights. Image encoders
come from :mod:`benchmark.backbones.image`, video from :mod:`~benchmark.backbones.video`, audio from
:mod:`~benchmark.backbones.audio`; this is the only module that knows all three."""

from __future__ import annotations

import difflib
from typing import Any

import torch
from torch import nn

from benchmark.backbones import audio, video
from benchmark.backbones.assets import folder_weights_identity, locate, sha256_file, state_digest
from benchmark.backbones.encoder_presets import EncoderPreset
from benchmark.backbones.image import ImageEncoder
from benchmark.backbones.lm_presets import PackageFile
from benchmark.backbones.media_encoders import transformers_folder_type
from benchmark.backbones.specs import EncoderSpec
from benchmark.errors import ConfigError, DataError, UnknownNameError
from benchmark.registry import ENCODERS


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
        return EncoderPreset(
            name=name, timm_name=f"local-dir:{folder}", source="local", description=f"timm model from {folder}"
        )
    arch, _, tag = name.partition(".")
    if timm.is_model(arch):
        return EncoderPreset(
            name=name, timm_name=arch, source="hub", pretrained_tag=tag or None, description=f"timm {name}"
        )
    close = difflib.get_close_matches(name.lower(), timm.list_models(), n=3, cutoff=0.7)
    hint = ("Close timm models: " + ", ".join(close) + ".") if close else "Or give any timm model name."
    raise UnknownNameError(ENCODERS.unknown_message(name, hint))


def _package_path(preset: EncoderPreset):
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
        raise ConfigError(
            f"{name} is a transformers folder of model_type {kind!r}; encoder folders must be timm "
            "save_for_hf folders, TimeSformer or AST"
        )
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
