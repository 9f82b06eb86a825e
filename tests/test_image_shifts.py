"""easy-VQA's shifted test variants: deterministic, same size, stronger with severity, answers kept."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest
from PIL import Image, ImageDraw
from tiny_models import write_easy_vqa_layout

from benchmark.errors import ConfigError
from tasks.easy_vqa import EasyVQA
from tasks.image_shifts import CORRUPTIONS, GEOMETRIC, SEVERITIES, VARIANTS, shape_of, shift_image

BACKGROUND, RED = (235, 250, 240), (255, 0, 0)


def circle_image(cx=40, cy=24, r=8) -> Image.Image:
    img = Image.new("RGB", (64, 64), BACKGROUND)
    ImageDraw.Draw(img).ellipse((cx - r, cy - r, cx + r, cy + r), fill=RED)
    return img


def test_variant_names():
    assert len(VARIANTS) == len(CORRUPTIONS) * len(SEVERITIES) + len(GEOMETRIC)
    assert "gaussian_noise-3" in VARIANTS and "half-out" in VARIANTS
    with pytest.raises(ValueError, match="unknown variant"):
        shift_image("gaussian_noise-9", circle_image(), "0")


@pytest.mark.parametrize("variant", VARIANTS)
def test_deterministic_and_same_size(variant):
    a, b = shift_image(variant, circle_image(), "7"), shift_image(variant, circle_image(), "7")
    assert a.size == (64, 64) and a.mode == "RGB"
    assert hashlib.sha256(a.tobytes()).digest() == hashlib.sha256(b.tobytes()).digest()


@pytest.mark.parametrize("corruption", list(CORRUPTIONS))
@pytest.mark.parametrize("where", [(40, 24, 8), (20, 44, 12), (31, 31, 5)])
def test_severity_increases_the_change(corruption, where):
    clean = np.asarray(circle_image(*where), dtype=float)
    # root-mean-square change; pixelation is only monotone between nested block grids (2, 4, 8 pixels:
    # severities 1, 3, 5), where each coarser image is an average of the finer one
    severities = (1, 3, 5) if corruption == "pixelate" else SEVERITIES
    change = [
        np.sqrt(
            ((np.asarray(shift_image(f"{corruption}-{s}", circle_image(*where), "1"), dtype=float) - clean) ** 2).mean()
        )
        for s in severities
    ]
    assert change[0] > 0 and all(b >= a for a, b in zip(change, change[1:])), change


def red_box(img):
    a = np.asarray(img).astype(int)
    ys, xs = np.nonzero((a[..., 0] > 200) & (a[..., 1] < 60) & (a[..., 2] < 60))
    return ys.min(), ys.max(), xs.min(), xs.max(), len(ys)


def test_geometric_shifts_keep_the_shape_and_its_colour():
    y0, y1, x0, x1, area = red_box(circle_image())
    small, big = (
        red_box(shift_image("scale-0.5", circle_image(), "1")),
        red_box(shift_image("scale-2", circle_image(), "1")),
    )
    assert small[4] < area / 3 and big[4] > area * 3
    assert abs((big[2] + big[3]) / 2 - (x0 + x1) / 2) <= 1.5  # centred where it was
    out = red_box(shift_image("half-out", circle_image(), "1"))
    assert out[3] == 63 and out[4] == pytest.approx(area / 2, rel=0.2)  # half of it is cut off on the right
    dark = np.asarray(shift_image("dark-background", circle_image(), "1"))
    assert tuple(dark[0, 0]) == (40, 40, 40) and red_box(dark)[4] == area
    _, mask, background = shape_of(circle_image())
    assert tuple(background) == BACKGROUND and mask.sum() == area


def test_the_task_serves_shifted_test_images(tmp_path, bench_cache):
    root = write_easy_vqa_layout(tmp_path / "data")
    clean, shifted = EasyVQA(data_dir=root), EasyVQA(data_dir=root, variant="jpeg-5")
    a, b = clean.load("test"), shifted.load("test")
    assert [e.uid for e in a] == [e.uid for e in b] and [e.target for e in a] == [e.target for e in b]
    assert b[0].media_id == a[0].media_id + "@jpeg-5" and str(bench_cache) in b[0].media_path
    assert shifted.load("train") == clean.load("train")  # training data is never shifted
    first = open(b[0].media_path, "rb").read()
    assert open(EasyVQA(data_dir=root, variant="jpeg-5").load("test")[0].media_path, "rb").read() == first
    with pytest.raises(ConfigError, match="no variant 'fog-1'"):
        EasyVQA(data_dir=root, variant="fog-1")
