"""Augmented views (``data.augment_views``): deterministic views, each encoded once and cached under
its own key, epoch e reading view e mod K, K=0 unchanged, unsafe augmentations refused, exact resume."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch
from tiny_models import tiny_images, tiny_run_setup

from benchmark.backbones.specs import EncoderSpec, FeatureRequest
from benchmark.cli import main
from benchmark.engine.augment import Recipe
from benchmark.engine.config import DataConfig
from benchmark.engine.feature_cache import AugmentedViews, FeatureCache, FeatureTable, extract_features
from benchmark.engine.trainer import BatchSchedule
from benchmark.errors import ConfigError

REPO = Path(__file__).resolve().parents[1]
RECIPE = Recipe.of(["hflip", "brightness_contrast"])
AUG = ["--set", "data.augment_views=2", "--set", "data.augmentations=[hflip,brightness_contrast]"]


def pixels(im) -> np.ndarray:
    return np.asarray(im.convert("RGB"))


def test_views_are_deterministic_and_differ():
    image = tiny_images(1)[0]
    digest = "ab" * 32
    views = [RECIPE.apply(image, digest, v) for v in range(4)]
    again = [RECIPE.apply(image, digest, v) for v in range(4)]
    for a, b in zip(views, again, strict=True):
        assert np.array_equal(pixels(a), pixels(b))
    for i in range(4):
        assert not np.array_equal(pixels(views[i]), pixels(image))
        for j in range(i):
            assert not np.array_equal(pixels(views[i]), pixels(views[j]))
    assert not np.array_equal(pixels(RECIPE.apply(image, "cd" * 32, 0)), pixels(views[0]))
    # the recipe is a set: the order asked for does not change it; another set is another recipe
    assert Recipe.of(["brightness_contrast", "hflip"]) == RECIPE
    assert Recipe.of(["hflip"]).hash != RECIPE.hash
    assert RECIPE.key(digest, 0) != RECIPE.key(digest, 1) != digest
    with pytest.raises(ValueError, match="unknown augmentation"):
        Recipe.of(["rotate"])


def _media(tmp_path, n=3):
    folder = tmp_path / "images"
    folder.mkdir()
    out = []
    for i, im in enumerate(tiny_images(n, seed=1)):
        im.save(folder / f"{i}.png")
        out.append((f"img{i}", str(folder / f"{i}.png")))
    return out


def test_views_are_encoded_once_then_read_from_the_cache(tmp_path, tiny_vit):
    media = _media(tmp_path)
    request = FeatureRequest(layers=2, grid=False, pooled=True)
    cache = FeatureCache.for_encoder(tmp_path / "cache", tiny_vit.fingerprint, request)

    def run(view=None):
        return extract_features(tiny_vit, request, media, cache, batch_size=2, progress=False, view=view)

    clean = run()
    first = [run((RECIPE, v)) for v in range(2)]
    assert clean.computed == 3 and all(t.computed == 3 and t.from_cache == 0 for t in first)
    assert len(cache) == 9  # clean + 2 views, each under its own key
    again = [run((RECIPE, v)) for v in range(2)]
    assert all(t.computed == 0 and t.from_cache == 3 for t in again)
    for a, b in zip(first, again, strict=True):
        assert torch.equal(a.tensors["pooled"], b.tensors["pooled"])
    ids = [m for m, _ in media]
    v0, v1, c = (t.gather(ids)["pooled"] for t in (*first, clean))
    assert not torch.allclose(v0, v1) and not torch.allclose(v0, c)
    assert run().computed == 0  # the clean rows are untouched by the views


def test_views_are_image_only():
    class VideoSpecOnly:
        spec = EncoderSpec(layer_widths=(3,), grid_width=3, grid_tokens=1, pooled_width=3, modality="video")

    with pytest.raises(ConfigError, match="image-only"):
        extract_features(VideoSpecOnly(), FeatureRequest(pooled=True), [("a", "a.mp4")], None, view=(RECIPE, 0))


def test_epoch_e_reads_view_e_mod_k():
    schedule = BatchSchedule(n_examples=5, batch_size=4, seed=0)
    assert schedule.epochs(0) == [0, 0, 0, 0] and schedule.epochs(1) == [0, 1, 1, 1]
    assert schedule.epochs(2) == [1, 1, 2, 2]
    index = {"a": 0, "b": 1}
    tables = [
        FeatureTable({"pooled": torch.tensor([[10.0 * v], [10.0 * v + 1]])}, index, computed=2, from_cache=0)
        for v in range(3)
    ]
    views = AugmentedViews(tables)
    assert views.computed == 6 and len(views) == 3
    got = views.gather(["a", "b", "a", "b", "a"], [0, 1, 2, 3, 5])["pooled"].flatten().tolist()
    assert got == [0.0, 11.0, 20.0, 1.0, 20.0]


def test_config_checks():
    DataConfig(augment_views=2, augmentations=["hflip"]).validate()
    DataConfig(augment_views=0).validate()
    for bad, message in [
        (DataConfig(augment_views=-1), "augment_views must be >= 0"),
        (DataConfig(augment_views=1, augmentations=["rotate"]), "unknown"),
        (DataConfig(augment_views=2), "needs data.augmentations"),
    ]:
        with pytest.raises(ConfigError, match=message):
            bad.validate()


# -- end to end: bench run on the tiny easy-VQA layout ----------------------------------------
@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    return tiny_run_setup(tmp_path_factory.mktemp("aug"))


def args_for(setup, out, name, *extra):
    # 27 training examples, 6 steps of 10: epochs 0, 1 and 2 (views 0, 1, 0)
    return [
        "run",
        *("--lm", setup["lm"], "--encoder", setup["encoder"], "--data-dir", setup["data"]),
        *("--data-fraction", "1", "--steps", "6", "--batch-size", "10", "--cache-dir", setup["cache"]),
        *("--output-dir", str(out), "--run-name", name),
        *("--set", "train.eval_every=3", "--set", "train.checkpoint_every=2", "--set", "train.warmup_steps=2"),
        *("--set", "eval.batch_size=4", "--eval-examples", "4"),
        *("--set", "method_options.num_layer_tokens=2", "--set", "method_options.num_injection_layers=2"),
        *extra,
    ]


def metrics_of(out: Path, name: str) -> dict:
    import json

    return json.loads((out / name / "metrics.json").read_text())


def test_k0_is_todays_training_and_views_change_it(setup, tmp_path, monkeypatch):
    out = tmp_path / "out"
    assert main(args_for(setup, out, "plain")) == 0
    assert main(args_for(setup, out, "k0", "--set", "data.augment_views=0", "--set", "data.augmentations=[hflip]")) == 0
    seen: list[list[int]] = []
    gather = AugmentedViews.gather

    def recording(self, media_ids, epochs):
        seen.append(list(epochs))
        return gather(self, media_ids, epochs)

    monkeypatch.setattr(AugmentedViews, "gather", recording)
    assert main(args_for(setup, out, "k2", *AUG)) == 0
    plain, k0, k2 = (metrics_of(out, n) for n in ("plain", "k0", "k2"))
    assert k0["train_losses"] == plain["train_losses"] and k0["metrics"] == plain["metrics"]
    assert set(plain["features"]) == set(k0["features"]) == {"computed", "from_cache"}
    assert k2["train_losses"] != plain["train_losses"]
    # the tiny layout's training images have 2 distinct contents (features are keyed by content)
    assert k2["features"]["augmented_computed"] == 2 * 2 and k2["features"]["augmented_from_cache"] == 0
    # the epochs the trainer asked for are the data schedule's wraps: 27 examples, 60 positions
    assert [e for batch in seen for e in batch] == [pos // 27 for pos in range(60)]
    assert main(args_for(setup, out, "k2-again", *AUG)) == 0
    again = metrics_of(out, "k2-again")
    assert again["features"]["augmented_computed"] == 0 and again["features"]["augmented_from_cache"] == 4
    assert again["train_losses"] == k2["train_losses"]


def test_unsafe_augmentation_is_refused_in_one_line(setup, tmp_path, capsys, monkeypatch):
    def no_lm(*args, **kwargs):
        raise AssertionError("the check must come before any model is loaded")

    monkeypatch.setattr("benchmark.backbones.lm.load_lm", no_lm)
    out = tmp_path / "out"
    bad = ["--set", "data.augment_views=2", "--set", "data.augmentations=[hflip,color_jitter]"]
    assert main(args_for(setup, out, "unsafe", *bad)) == 2
    err = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert len(err) == 1 and "color_jitter may change the labels of task 'easy-vqa'" in err[0], err
    assert not out.exists()


def test_killed_run_with_views_resumes_bit_identical(setup, tmp_path):
    out = tmp_path / "out"
    assert main(args_for(setup, out, "straight", *AUG)) == 0
    cmd = [sys.executable, "-m", "benchmark.cli", *args_for(setup, out, "killed", *AUG)]
    env = dict(os.environ, BENCH_FAULT_AT_STEP="5")  # dies after step 5 (checkpoint at 4), in epoch 1
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=REPO)
    assert proc.returncode == 137, proc.stderr[-2000:]
    assert main(args_for(setup, out, "killed", *AUG, "--resume")) == 0
    straight, resumed = metrics_of(out, "straight"), metrics_of(out, "killed")
    assert resumed["resumed_from"] == 4
    assert resumed["train_losses"] == straight["train_losses"]
    assert resumed["val_history"] == straight["val_history"]
    assert resumed["metrics"] == straight["metrics"]
