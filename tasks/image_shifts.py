"""Deterministic distribution shifts of small single-object images (easy-VQA's test split), for
out-of-distribution evaluation; registers no task.

Corruptions, five severities each, with ImageNet-C's parameters (Hendrycks & Dietterich 2019) where
they do not depend on the image size, and its blur radii scaled from 224 to 64 pixels:

* ``gaussian_noise-<s>``: add N(0, sigma) per pixel and channel, sigma = .08 .12 .18 .26 .38 (of 255).
* ``gaussian_blur-<s>``: PIL Gaussian blur, radius = (1 2 3 4 6) x 64/224 pixels.
* ``contrast-<s>``: pull every pixel towards the image mean, factor .4 .3 .2 .1 .05.
* ``jpeg-<s>``: re-encode as JPEG at quality 25 18 15 10 7.
* ``pixelate-<s>``: every block of 2 3 4 6 8 pixels square replaced by its mean colour (blocks from
  the top-left corner). ImageNet-C resizes by .6 .5 .4 .3 .25 instead, which at 64 pixels is not
  monotone: .25 gives exact 4-pixel blocks and can change an image less than .3 does.

Geometric and context shifts of the one shape (found as the pixels that differ from the uniform
background colour, read at the top-left corner), answers unchanged:

* ``scale-0.5`` / ``scale-2``: the shape drawn at half / twice its size (at most 60 pixels), centred
  where it was: sizes outside the training range at both ends.
* ``half-out``: the shape moved so that half of it leaves the image on the right, a placement the
  training images never show (their shapes are always whole).
* ``dark-background``: the light background replaced by dark grey (training backgrounds are all light).

Every shift is a pure function of the image and a seed derived from the image id, so the variant
files are byte-identical from run to run.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Callable

import numpy as np
from PIL import Image, ImageFilter

SEVERITIES = (1, 2, 3, 4, 5)
NOISE = (0.08, 0.12, 0.18, 0.26, 0.38)
BLUR = tuple(r * 64 / 224 for r in (1, 2, 3, 4, 6))
CONTRAST = (0.4, 0.3, 0.2, 0.1, 0.05)
JPEG = (25, 18, 15, 10, 7)
PIXELATE = (2, 3, 4, 6, 8)  # block side in pixels
DARK = (40, 40, 40)


def _array(img: Image.Image) -> np.ndarray:
    return np.asarray(img.convert("RGB"), dtype=np.float64) / 255.0


def _image(x: np.ndarray) -> Image.Image:
    return Image.fromarray((np.clip(x, 0.0, 1.0) * 255.0).round().astype(np.uint8))


def gaussian_noise(img, s, seed):
    x = _array(img)
    return _image(x + np.random.default_rng(seed).normal(0.0, NOISE[s - 1], x.shape))


def gaussian_blur(img, s, seed):
    return img.convert("RGB").filter(ImageFilter.GaussianBlur(BLUR[s - 1]))


def contrast(img, s, seed):
    x = _array(img)
    mean = x.mean(axis=(0, 1), keepdims=True)
    return _image((x - mean) * CONTRAST[s - 1] + mean)


def jpeg(img, s, seed):
    buffer = io.BytesIO()
    img.convert("RGB").save(buffer, "JPEG", quality=JPEG[s - 1])
    buffer.seek(0)
    with Image.open(buffer) as out:
        return out.convert("RGB")


def pixelate(img, s, seed):
    x = _array(img)
    b = PIXELATE[s - 1]
    out = np.empty_like(x)
    for y0 in range(0, x.shape[0], b):
        for x0 in range(0, x.shape[1], b):
            out[y0 : y0 + b, x0 : x0 + b] = x[y0 : y0 + b, x0 : x0 + b].mean(axis=(0, 1))
    return _image(out)


def shape_of(img: Image.Image) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(pixels as uint8 array, shape mask, background colour): the shape is every pixel more than 30
    (summed over channels) away from the top-left corner's colour."""
    a = np.asarray(img.convert("RGB")).copy()
    background = a[0, 0].copy()
    mask = np.abs(a.astype(int) - background.astype(int)).sum(-1) > 30
    if not mask.any():
        raise ValueError("no shape found: the image is one uniform colour")
    return a, mask, background


def _redraw(img: Image.Image, factor: float, dx_frac: float = 0.0, background=None) -> Image.Image:
    """The shape cut out, scaled by ``factor`` and pasted back centred (shifted by ``dx_frac`` of its
    width) on a plain background (the original colour unless ``background`` is given)."""
    a, mask, bg = shape_of(img)
    ys, xs = np.nonzero(mask)
    y0, y1, x0, x1 = ys.min(), ys.max() + 1, xs.min(), xs.max() + 1
    patch = Image.fromarray(a[y0:y1, x0:x1])
    alpha = Image.fromarray((mask[y0:y1, x0:x1] * 255).astype(np.uint8))
    h, w = a.shape[:2]
    factor = min(factor, 60 / max(y1 - y0, x1 - x0)) if factor > 1 else factor
    nw, nh = max(2, round((x1 - x0) * factor)), max(2, round((y1 - y0) * factor))
    patch, alpha = patch.resize((nw, nh), Image.NEAREST), alpha.resize((nw, nh), Image.NEAREST)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    left = int(round(min(max(cx - nw / 2, 0), w - nw))) if not dx_frac else int(round(w - nw * (1 - dx_frac)))
    top = int(round(min(max(cy - nh / 2, 0), h - nh)))
    out = Image.new("RGB", (w, h), tuple(int(v) for v in (bg if background is None else background)))
    out.paste(patch, (left, top), alpha)
    return out


GEOMETRIC: dict[str, Callable] = {
    "scale-0.5": lambda img, seed: _redraw(img, 0.5),
    "scale-2": lambda img, seed: _redraw(img, 2.0),
    "half-out": lambda img, seed: _redraw(img, 1.0, dx_frac=0.5),
    "dark-background": lambda img, seed: _redraw(img, 1.0, background=DARK),
}
CORRUPTIONS: dict[str, Callable] = {
    "gaussian_noise": gaussian_noise,
    "gaussian_blur": gaussian_blur,
    "contrast": contrast,
    "jpeg": jpeg,
    "pixelate": pixelate,
}
VARIANTS: tuple[str, ...] = tuple(f"{c}-{s}" for c in CORRUPTIONS for s in SEVERITIES) + tuple(GEOMETRIC)


def shift_image(variant: str, img: Image.Image, key: str) -> Image.Image:
    """``img`` under ``variant``; ``key`` (e.g. the image id) seeds the random ones."""
    seed = zlib.crc32(f"{variant}/{key}".encode())
    if variant in GEOMETRIC:
        return GEOMETRIC[variant](img, seed)
    name, _, severity = variant.rpartition("-")
    if name not in CORRUPTIONS or not severity.isdigit() or int(severity) not in SEVERITIES:
        raise ValueError(f"unknown variant {variant!r}; known: {', '.join(VARIANTS)}")
    return CORRUPTIONS[name](img, int(severity), seed)
