"""Tiny random video/audio encoders of the real transformers classes, saved as local folders
(usable as ``--encoder PATH``), and tiny media files."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import torch

from benchmark.engine.media import write_video, write_wav


def save_tiny_timesformer(root: Path) -> str:
    """A 2-block TimesformerModel (4 frames of 32x32, patch 16, width 32) with its image processor."""
    from transformers import TimesformerConfig, TimesformerModel, VideoMAEImageProcessor

    config = TimesformerConfig(
        image_size=32,
        patch_size=16,
        num_frames=4,
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
    )
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(0)
        model = TimesformerModel(config)
    folder = root / "tiny-timesformer"
    model.save_pretrained(folder)
    VideoMAEImageProcessor(
        size={"shortest_edge": 32}, crop_size={"height": 32, "width": 32}, image_mean=[0.45] * 3, image_std=[0.225] * 3
    ).save_pretrained(folder)
    return str(folder)


def save_tiny_ast(root: Path) -> str:
    """A 2-block ASTModel over 32 mel bins x 64 frames (patch 16, stride 16, width 32) with its extractor."""
    from transformers import ASTConfig, ASTFeatureExtractor, ASTModel

    config = ASTConfig(
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        patch_size=16,
        frequency_stride=16,
        time_stride=16,
        max_length=64,
        num_mel_bins=32,
    )
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(0)
        model = ASTModel(config)
    folder = root / "tiny-ast"
    model.save_pretrained(folder)
    ASTFeatureExtractor(num_mel_bins=32, max_length=64).save_pretrained(folder)
    return str(folder)


def moving_square_frames(n: int = 6, size: int = 32, color=(255, 0, 0), seed: int = 0) -> np.ndarray:
    """(n, size, size, 3) uint8 frames of a square moving left to right on a noisy background."""
    rng = np.random.default_rng(seed)
    frames = rng.integers(0, 40, (n, size, size, 3), dtype=np.uint8)
    for t in range(n):
        x = t * (size - 8) // max(1, n - 1)
        frames[t, 12:20, x : x + 8] = color
    return frames


def tone(freq: float = 440.0, seconds: float = 0.5, rate: int = 16000) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return 0.5 * np.sin(2 * np.pi * freq * t)


def write_tiny_clip(path: Path, seed: int = 0, frames: int = 6) -> Path:
    return write_video(path, moving_square_frames(frames, seed=seed), fps=6)


def write_tiny_wav(path: Path, freq: float = 440.0, seconds: float = 0.5, rate: int = 16000) -> Path:
    return write_wav(path, tone(freq, seconds, rate), rate)
