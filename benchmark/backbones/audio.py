"""Frozen audio encoders.

Decoding: :func:`benchmark.engine.media.load_audio` (any container FFmpeg reads, mixed to mono, resampled to
16 kHz). Features: transformers' ``ASTFeatureExtractor`` (Kaldi-compatible log-mel filter bank,
128 mel bins, 25 ms window, 10 ms shift, padded/cut to 1024 frames = 10.24 s, normalised with
AudioSet's mean -4.2677393 and std 4.5689974 as ``(x - mean) / (2 * std)``). Without torchaudio
(which has no build for this torch) transformers computes the same filter bank in numpy.

* ``ast-audioset``: the Audio Spectrogram Transformer fine-tuned on AudioSet
  (``MIT/ast-finetuned-audioset-10-10-0.4593``: patch 16, frequency and time stride 10, 1212 patches
  + [CLS] + distillation token, width 768, 12 blocks) through ``ASTModel``. Layer tokens: the [CLS]
  of each block through the final LayerNorm; grid: the final normed sequence (1214 x 768, the first
  two are [CLS] and distillation, so ``grid_prefix_tokens`` = 2); pooled: ``ASTModel``'s pooler
  output, the mean of the normed [CLS] and distillation tokens. A local folder saved by
  ``save_pretrained`` with ``"model_type": "audio-spectrogram-transformer"`` works the same way.
* ``spectrogram:<image encoder>``: an offline audio encoder: the same log-mel features, min-max
  scaled per clip to [0, 1], drawn as an image (low frequencies at the bottom, time left to right,
  resized bilinearly to the image encoder's input size, grey in all three channels, then the image
  encoder's own mean/std) through any image encoder of the suite. ImageNet CNNs transfer to
  spectrograms (Palanisamy et al. 2020, "Rethinking CNN Models for Audio Classification");
  ``spectrogram:efficientnet-lite0`` needs no download. Same widths as the image encoder.
"""

from __future__ import annotations

import warnings
from typing import Any

import torch
import torch.nn.functional as F

from benchmark.backbones.media_encoders import (
    FrozenMediaEncoder,
    block_cls_tokens,
    features_of,
    load_transformers_encoder,
)
from benchmark.backbones.specs import EncoderFeatures

SAMPLE_RATE = 16000
SPECTROGRAM_PREFIX = "spectrogram:"
AST_AUDIOSET = {
    "hub_id": "MIT/ast-finetuned-audioset-10-10-0.4593",
    "config": {
        "hidden_size": 768,
        "num_hidden_layers": 12,
        "num_attention_heads": 12,
        "intermediate_size": 3072,
        "hidden_act": "gelu",
        "layer_norm_eps": 1e-12,
        "patch_size": 16,
        "qkv_bias": True,
        "frequency_stride": 10,
        "time_stride": 10,
        "max_length": 1024,
        "num_mel_bins": 128,
    },
    "extractor": {
        "feature_size": 1,
        "sampling_rate": SAMPLE_RATE,
        "num_mel_bins": 128,
        "max_length": 1024,
        "padding_value": 0.0,
        "do_normalize": True,
        "mean": -4.2677393,
        "std": 4.5689974,
    },
}


class _LogMel:
    """transformers' ASTFeatureExtractor with fixed settings: waveforms -> (B, frames, mel)."""

    def __init__(self, settings: dict) -> None:
        from transformers import ASTFeatureExtractor

        self.settings = dict(settings)
        with warnings.catch_warnings():  # 128 triangular filters over 257 FFT bins: one is empty (AST's own setting)
            warnings.simplefilter("ignore", UserWarning)
            self.extractor = ASTFeatureExtractor(**settings)

    def __call__(self, waveforms: list) -> torch.Tensor:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            return self.extractor(list(waveforms), sampling_rate=SAMPLE_RATE, return_tensors="pt")["input_values"]


class _AudioLoading:
    def load_media(self, path):
        from benchmark.engine.media import load_audio

        return load_audio(path, SAMPLE_RATE)


class SpectrogramImageEncoder(_AudioLoading, FrozenMediaEncoder):
    """Log-mel spectrogram drawn as an image, through an image encoder."""

    modality = "audio"

    def __init__(self, image_encoder, name: str) -> None:
        super().__init__(name)
        self.image = image_encoder
        self.settings = dict(AST_AUDIOSET["extractor"])
        self._logmel = None
        self.freeze()

    def identity(self) -> dict[str, Any]:
        return {
            "kind": "spectrogram-image",
            "logmel": self.settings,
            "scaling": "per-clip-minmax",
            "image": self.image.fingerprint,
        }

    def prefix_tokens(self) -> int:
        return self.image.spec.grid_prefix_tokens

    def features_normalised(self) -> bool:
        return self.image.spec.normalised

    def preprocess(self, waveforms: list) -> torch.Tensor:
        if self._logmel is None:
            self._logmel = _LogMel(self.settings)
        spec = self._logmel(waveforms).transpose(1, 2).flip(1)  # (B, mel, frames), low frequencies at the bottom
        lo = spec.amin(dim=(1, 2), keepdim=True)
        hi = spec.amax(dim=(1, 2), keepdim=True)
        unit = (spec - lo) / (hi - lo).clamp_min(1e-6)
        _, h, w = self.image.input_size
        img = F.interpolate(unit[:, None], size=(h, w), mode="bilinear", align_corners=False).expand(-1, 3, -1, -1)
        cfg = self.image.data_config
        mean = torch.tensor(cfg["mean"], dtype=img.dtype).view(1, 3, 1, 1)
        std = torch.tensor(cfg["std"], dtype=img.dtype).view(1, 3, 1, 1)
        return ((img - mean) / std).contiguous()

    def example_input(self) -> torch.Tensor:
        return torch.empty(1, *self.image.input_size, device="meta")

    @torch.no_grad()
    def forward(self, pixels: torch.Tensor) -> EncoderFeatures:
        return self.image(pixels)


class ASTEncoder(_AudioLoading, FrozenMediaEncoder):
    """The Audio Spectrogram Transformer through transformers."""

    modality = "audio"

    def __init__(self, model, extractor_settings: dict, name: str, weights_id: str) -> None:
        super().__init__(name)
        self.model = model
        self.settings = dict(extractor_settings)
        self.weights_id = weights_id
        self._logmel = None
        self.freeze()

    def identity(self) -> dict[str, Any]:
        return {"kind": "ast", "name": self.name, "weights": self.weights_id, "logmel": self.settings}

    def prefix_tokens(self) -> int:
        return 2

    def preprocess(self, waveforms: list) -> torch.Tensor:
        if self._logmel is None:
            self._logmel = _LogMel(self.settings)
        return self._logmel(waveforms)

    def example_input(self) -> torch.Tensor:
        c = self.model.config
        return torch.empty(1, int(c.max_length), int(c.num_mel_bins), device="meta")

    @torch.no_grad()
    def forward(self, values: torch.Tensor) -> EncoderFeatures:
        ref = next(self.model.parameters())
        out = self.model(input_values=values.to(device=ref.device, dtype=ref.dtype), output_hidden_states=True)
        return features_of(
            block_cls_tokens(out.hidden_states, self.model.layernorm), out.last_hidden_state, out.pooler_output
        )


def _extractor_settings(folder: str) -> dict:
    import json
    from pathlib import Path

    path = Path(folder) / "preprocessor_config.json"
    if not path.is_file():
        return dict(AST_AUDIOSET["extractor"])
    keep = set(AST_AUDIOSET["extractor"])
    return {k: v for k, v in json.loads(path.read_text()).items() if k in keep}


def ast_encoder(name: str, pretrained: bool = True, on_meta: bool = False, cache_dir: str | None = None):
    """The ``ast-audioset`` preset, or a local AST folder."""
    from transformers import ASTConfig, ASTModel

    preset = {**AST_AUDIOSET, "settings": AST_AUDIOSET["extractor"]}
    model, settings, weights = load_transformers_encoder(
        name,
        "audio-spectrogram-transformer",
        preset,
        ASTModel,
        ASTConfig,
        _extractor_settings,
        pretrained,
        on_meta,
        cache_dir,
    )
    return ASTEncoder(model, settings, name, weights)
