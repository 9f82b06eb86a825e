"""Frozen video encoders.

* ``frames:<image encoder>`` (``frames16:<image encoder>`` for 16 frames; 8 by default): any image
  encoder of the suite (preset, timm name or timm folder) applied to T frames sampled uniformly over
  the clip (:func:`benchmark.engine.media.segment_centres`), and every feature mean-pooled over time: the
  layer tokens, the pooled embedding, and the grid position by position. The spec has the image
  encoder's widths and token counts, so a connector trained on images applies to video unchanged
  (zero-shot video QA from a VQA-trained run, as in eP-ALM).
* ``timesformer-k600``: TimeSformer-Base fine-tuned on Kinetics-600
  (``facebook/timesformer-base-finetuned-k600``) through transformers' ``TimesformerModel``, 8 frames
  at 224, divided space-time attention. Preprocessing is the checkpoint's ``VideoMAEImageProcessor``
  (resize the short side to 224, bilinear; centre crop 224; rescale 1/255; mean 0.45, std 0.225),
  pinned here so that the spec and the feature-cache key need no download. Layer tokens: the [CLS] of
  each of the 12 blocks through the final LayerNorm; grid: the final normed sequence, [CLS] + 8 x 196
  patch tokens (1569 x 768: 4.8 MB of float32 per clip in the feature cache when a method asks for
  the grid); pooled: the final normed [CLS]. A local folder saved by ``save_pretrained`` whose
  ``config.json`` says ``"model_type": "timesformer"`` works the same way (``--encoder PATH``).
"""

from __future__ import annotations

import re
from typing import Any

import torch

from benchmark.backbones.media_encoders import (
    FrozenMediaEncoder,
    block_cls_tokens,
    features_of,
    load_transformers_encoder,
)
from benchmark.backbones.specs import EncoderFeatures
from benchmark.errors import ConfigError

FRAMES_PREFIX = re.compile(r"^frames(\d*):(.+)$")
DEFAULT_FRAMES = 8

TIMESFORMER_K600 = {
    "hub_id": "facebook/timesformer-base-finetuned-k600",
    # the checkpoint's config.json values that shape the model (TimesformerConfig defaults otherwise)
    "config": {
        "image_size": 224,
        "patch_size": 16,
        "num_channels": 3,
        "num_frames": 8,
        "hidden_size": 768,
        "num_hidden_layers": 12,
        "num_attention_heads": 12,
        "intermediate_size": 3072,
        "hidden_act": "gelu",
        "layer_norm_eps": 1e-6,
        "qkv_bias": True,
        "attention_type": "divided_space_time",
    },
    # the checkpoint's preprocessor_config.json
    "processor": {
        "do_resize": True,
        "size": {"shortest_edge": 224},
        "resample": 2,
        "do_center_crop": True,
        "crop_size": {"height": 224, "width": 224},
        "do_rescale": True,
        "rescale_factor": 1 / 255,
        "do_normalize": True,
        "image_mean": [0.45, 0.45, 0.45],
        "image_std": [0.225, 0.225, 0.225],
    },
}


def parse_frames_name(name: str) -> tuple[int, str] | None:
    """``frames16:efficientnet-lite0`` -> (16, "efficientnet-lite0"); None for other names."""
    m = FRAMES_PREFIX.match(name)
    if m is None:
        return None
    frames = int(m.group(1)) if m.group(1) else DEFAULT_FRAMES
    if frames < 1:
        raise ConfigError(f"{name!r}: the number of frames must be >= 1")
    return frames, m.group(2)


class FramePooledEncoder(FrozenMediaEncoder):
    """An image encoder over T uniformly sampled frames, features averaged over time."""

    modality = "video"

    def __init__(self, image_encoder, num_frames: int, name: str) -> None:
        super().__init__(name)
        self.image = image_encoder
        self.num_frames = num_frames
        self.freeze()

    def identity(self) -> dict[str, Any]:
        return {
            "kind": "frames",
            "frames": self.num_frames,
            "sampling": "segment-centres",
            "image": self.image.fingerprint,
        }

    def prefix_tokens(self) -> int:
        return self.image.spec.grid_prefix_tokens

    def features_normalised(self) -> bool:
        return self.image.spec.normalised

    def load_media(self, path):
        from benchmark.engine.media import load_video

        return load_video(path, self.num_frames)

    def preprocess(self, videos: list) -> torch.Tensor:
        """(T, H, W, 3) uint8 arrays -> (B, T, 3, h, w) with the image encoder's transform."""
        from PIL import Image

        return torch.stack([self.image.preprocess([Image.fromarray(f) for f in video]) for video in videos])

    def example_input(self) -> torch.Tensor:
        return torch.empty(1, self.num_frames, *self.image.input_size, device="meta")

    @torch.no_grad()
    def forward(self, frames: torch.Tensor) -> EncoderFeatures:
        b, t = frames.shape[:2]
        per_frame = self.image(frames.flatten(0, 1))
        over_time = lambda x: x.unflatten(0, (b, t)).mean(dim=1)  # noqa: E731
        return features_of(
            [over_time(x) for x in per_frame.layer_tokens], over_time(per_frame.grid), over_time(per_frame.pooled)
        )


class TimesformerEncoder(FrozenMediaEncoder):
    """TimeSformer through transformers: [CLS] per block, the final grid, the final [CLS]."""

    modality = "video"

    def __init__(self, model, processor_config: dict, name: str, weights_id: str) -> None:
        super().__init__(name)
        self.model = model
        self.processor_config = dict(processor_config)
        self.weights_id = weights_id
        self._processor = None
        self.freeze()

    @property
    def num_frames(self) -> int:
        return int(self.model.config.num_frames)

    def identity(self) -> dict[str, Any]:
        return {
            "kind": "timesformer",
            "name": self.name,
            "weights": self.weights_id,
            "frames": self.num_frames,
            "sampling": "segment-centres",
            "processor": self.processor_config,
        }

    def prefix_tokens(self) -> int:
        return 1

    def load_media(self, path):
        from benchmark.engine.media import load_video

        return load_video(path, self.num_frames)

    def preprocess(self, videos: list) -> torch.Tensor:
        if self._processor is None:
            from transformers import VideoMAEImageProcessor

            self._processor = VideoMAEImageProcessor(**self.processor_config)
        return self._processor([list(v) for v in videos], return_tensors="pt")["pixel_values"]

    def example_input(self) -> torch.Tensor:
        size = int(self.model.config.image_size)
        return torch.empty(1, self.num_frames, 3, size, size, device="meta")

    @torch.no_grad()
    def forward(self, pixels: torch.Tensor) -> EncoderFeatures:
        ref = next(self.model.parameters())
        out = self.model(pixel_values=pixels.to(device=ref.device, dtype=ref.dtype), output_hidden_states=True)
        norm = self.model.layernorm
        grid = out.last_hidden_state
        return features_of(block_cls_tokens(out.hidden_states, norm), grid, grid[:, 0])


def _processor_config(folder: str) -> dict:
    import json
    from pathlib import Path

    path = Path(folder) / "preprocessor_config.json"
    if not path.is_file():
        raise ConfigError(f"{folder} has no preprocessor_config.json: save the image processor beside the model")
    keep = set(TIMESFORMER_K600["processor"])
    return {k: v for k, v in json.loads(path.read_text()).items() if k in keep}


def timesformer(name: str, pretrained: bool = True, on_meta: bool = False, cache_dir: str | None = None):
    """The ``timesformer-k600`` preset, or a local TimeSformer folder."""
    from transformers import TimesformerConfig, TimesformerModel

    preset = {**TIMESFORMER_K600, "settings": TIMESFORMER_K600["processor"]}
    model, processor, weights = load_transformers_encoder(
        name,
        "timesformer",
        preset,
        TimesformerModel,
        TimesformerConfig,
        _processor_config,
        pretrained,
        on_meta,
        cache_dir,
    )
    return TimesformerEncoder(model, processor, name, weights)
