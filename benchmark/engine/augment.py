"""Deterministic image augmentations for the cached augmented views of the training images.

With ``data.augment_views=K`` (K > 0) every training image gets K augmented views, numbered
0..K-1; all K are augmented (the clean image is not one of them: the clean features are still
extracted and serve validation and test, which never read a view). View ``v`` of an image is a pure
function of (the image's content digest, ``v``, the recipe): its random parameters come from a local
``random.Random`` seeded by the SHA-256 of those three, never from the global random state, so the
training randomness is unchanged and a view is the same in every run. Each view is encoded once and
cached under its own key (:meth:`Recipe.key`); epoch ``e`` of training reads view ``e mod K``.

The augmentations (applied to the decoded PIL image, before the encoder's own preprocessing, in the
order of :data:`AUGMENTATIONS`, whatever the order asked for):

* ``random_resized_crop``: a crop of 70-100% of the area at aspect ratio 3/4-4/3, resized back to
  the image's size (bicubic).
* ``hflip``: a horizontal mirror with probability 1/2.
* ``brightness_contrast``: brightness and contrast each scaled by a factor in [0.8, 1.2] (the hue
  and saturation are kept).
* ``color_jitter``: brightness, contrast and saturation by factors in [0.6, 1.4] and the hue shifted
  by up to 0.1 of the colour circle (torchvision's ``ColorJitter(0.4, 0.4, 0.4, 0.1)`` ranges).

A task declares which of them keep its labels (``Task.label_preserving_augmentations``); a run
asking for another one is refused before any work.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass

AUGMENTATIONS = ("random_resized_crop", "hflip", "brightness_contrast", "color_jitter")
RECIPE_VERSION = 1  # bump when an augmentation changes: every cached view gets a new key


@dataclass(frozen=True)
class Recipe:
    """A set of augmentations (kept in the canonical order of :data:`AUGMENTATIONS`)."""

    names: tuple[str, ...]

    @classmethod
    def of(cls, names) -> Recipe:
        unknown = [n for n in names if n not in AUGMENTATIONS]
        if unknown:
            raise ValueError(f"unknown augmentation(s) {unknown}; known: {', '.join(AUGMENTATIONS)}")
        return cls(tuple(n for n in AUGMENTATIONS if n in set(names)))

    @property
    def hash(self) -> str:
        """12 hex digits naming the recipe (its augmentations and :data:`RECIPE_VERSION`)."""
        text = f"v{RECIPE_VERSION}:" + ",".join(self.names)
        return hashlib.sha256(text.encode()).hexdigest()[:12]

    def key(self, digest: str, view: int) -> str:
        """The feature-cache key of view ``view`` of the media whose content digest is ``digest``."""
        return hashlib.sha256(f"{digest}|aug:{self.hash}:{view}".encode()).hexdigest()

    def rng(self, digest: str, view: int) -> random.Random:
        """The local random source of one view (seeded by digest, view and recipe)."""
        return random.Random(int(self.key(digest, view)[:16], 16))

    def apply(self, image, digest: str, view: int):
        """View ``view`` of ``image`` (a PIL image whose content digest is ``digest``)."""
        from PIL import Image, ImageEnhance

        rng = self.rng(digest, view)
        im = image.convert("RGB")
        if "random_resized_crop" in self.names:
            im = _random_resized_crop(im, rng)
        if "hflip" in self.names and rng.random() < 0.5:
            im = im.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
        if "brightness_contrast" in self.names:
            im = ImageEnhance.Brightness(im).enhance(rng.uniform(0.8, 1.2))
            im = ImageEnhance.Contrast(im).enhance(rng.uniform(0.8, 1.2))
        if "color_jitter" in self.names:
            im = ImageEnhance.Brightness(im).enhance(rng.uniform(0.6, 1.4))
            im = ImageEnhance.Contrast(im).enhance(rng.uniform(0.6, 1.4))
            im = ImageEnhance.Color(im).enhance(rng.uniform(0.6, 1.4))
            im = _shift_hue(im, rng.uniform(-0.1, 0.1))
        return im


def _random_resized_crop(im, rng: random.Random):
    import math

    from PIL import Image

    w, h = im.size
    for _ in range(10):
        area = w * h * rng.uniform(0.7, 1.0)
        ratio = math.exp(rng.uniform(math.log(3 / 4), math.log(4 / 3)))
        cw, ch = round(math.sqrt(area * ratio)), round(math.sqrt(area / ratio))
        if 0 < cw <= w and 0 < ch <= h:
            left, top = rng.randint(0, w - cw), rng.randint(0, h - ch)
            return im.crop((left, top, left + cw, top + ch)).resize((w, h), Image.Resampling.BICUBIC)
    return im


def _shift_hue(im, shift: float):
    import numpy as np
    from PIL import Image

    hsv = np.array(im.convert("HSV"), dtype=np.int16)
    hsv[..., 0] = (hsv[..., 0] + round(shift * 255)) % 256
    return Image.fromarray(hsv.astype(np.uint8), mode="HSV").convert("RGB")
