"""``data.feature_norm``: CNN grid and pooled features are LayerNorm-ed (no affine) before any method sees
them, ViT features are left alone, the cache keeps the raw features, and old runs keep reading raw ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
import torch.nn.functional as F
from tiny_models import tiny_run_setup

from benchmark.backbones.audio import SpectrogramImageEncoder
from benchmark.backbones.specs import EncoderSpec, FeatureRequest
from benchmark.backbones.video import FramePooledEncoder
from benchmark.cli import main
from benchmark.engine.config import DataConfig, read_run_config
from benchmark.engine.context import normalised_features
from benchmark.engine.feature_cache import AugmentedViews, FeatureTable
from benchmark.errors import ConfigError


def test_the_spec_says_which_encoders_are_normalised(tiny_vit, tiny_cnn):
    assert tiny_vit.spec.normalised is True  # the grid passes the ViT's final LayerNorm
    assert tiny_cnn.spec.normalised is False  # EfficientNet's head: BatchNorm + activation
    assert FramePooledEncoder(tiny_cnn, 2, "frames:2:tiny-cnn").spec.normalised is False
    assert FramePooledEncoder(tiny_vit, 2, "frames:2:tiny-vit").spec.normalised is True
    assert SpectrogramImageEncoder(tiny_cnn, "spectrogram:tiny-cnn").spec.normalised is False
    # the raw CNN grid is far from unit scale; the ViT's is per-token normalised (up to its affine)
    x = torch.randn(2, *tiny_cnn.input_size)
    grid = tiny_cnn(x).grid
    assert (grid.var(-1, unbiased=False) - 1).abs().min() > 0.5


def spec(normalised: bool) -> EncoderSpec:
    return EncoderSpec(layer_widths=(4, 4), grid_width=4, grid_tokens=3, pooled_width=4, normalised=normalised)


@pytest.mark.parametrize(
    ("mode", "normalised", "request_", "expected"),
    [
        ("auto", False, FeatureRequest(layers=2, grid=True, pooled=True), ["grid", "pooled"]),
        ("auto", False, FeatureRequest(grid=True), ["grid"]),
        ("auto", False, FeatureRequest(layers=2), []),  # layer tokens are normalised at extraction
        ("auto", True, FeatureRequest(grid=True, pooled=True), []),
        ("layernorm", True, FeatureRequest(pooled=True), ["pooled"]),
        ("none", False, FeatureRequest(grid=True, pooled=True), []),
    ],
)
def test_which_features_are_normalised(mode, normalised, request_, expected):
    assert normalised_features(mode, spec(normalised), request_) == expected


def test_an_unknown_mode_is_refused_in_one_line():
    with pytest.raises(ConfigError, match="data.feature_norm must be one of auto, layernorm, none, got 'l2'"):
        DataConfig(feature_norm="l2").validate()


def test_tables_normalise_each_token_and_keep_the_raw_ones():
    gen = torch.Generator().manual_seed(0)
    raw = {
        "layer.0": torch.randn(3, 4, generator=gen) * 5 + 2,
        "grid": torch.randn(3, 5, 4, generator=gen) * 7 + 3,
        "pooled": torch.randn(3, 4, generator=gen) * 9 - 1,
    }
    table = FeatureTable({k: v.clone() for k, v in raw.items()}, {"a": 0, "b": 1, "c": 2}, computed=3, from_cache=0)
    out = table.normalised(["grid", "pooled"])
    for name in ("grid", "pooled"):
        torch.testing.assert_close(out.tensors[name], F.layer_norm(raw[name], raw[name].shape[-1:]))
        torch.testing.assert_close(out.tensors[name].mean(-1), torch.zeros(raw[name].shape[:-1]), atol=1e-5, rtol=0)
        assert torch.equal(table.tensors[name], raw[name])  # the input table (the cache's values) is untouched
    assert torch.equal(out.tensors["layer.0"], raw["layer.0"])
    assert (out.index, out.computed, out.from_cache) == (table.index, 3, 0)
    views = AugmentedViews([table, table]).normalised(["grid"])
    assert all(torch.equal(t.tensors["grid"], out.tensors["grid"]) for t in views.tables)


# -- end to end: bench run with a CNN encoder --------------------------------------------------
@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    import timm

    root = tmp_path_factory.mktemp("fnorm")
    found = tiny_run_setup(root)
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(0)
        cnn = timm.create_model("test_efficientnet", pretrained=False, num_classes=0)
    folder = root / "tiny-cnn"
    timm.models.save_for_hf(cnn, folder, model_args={"num_classes": 0}, safe_serialization=True)
    return {**found, "encoder": str(folder)}


def run_args(setup, out: Path, name: str, *extra: str) -> list[str]:
    return [
        "run",
        *("--method", "limber", "--lm", setup["lm"], "--encoder", setup["encoder"], "--data-dir", setup["data"]),
        *("--data-fraction", "1", "--steps", "3", "--batch-size", "8", "--cache-dir", setup["cache"]),
        *("--output-dir", str(out), "--run-name", name, "--eval-examples", "4"),
        *("--set", "train.eval_every=0", "--set", "eval.batch_size=4"),
        *extra,
    ]


def test_a_cnn_run_sees_normalised_features_from_the_raw_cache(setup, tmp_path, monkeypatch):
    seen: dict[str, list[torch.Tensor]] = {}
    gather = FeatureTable.gather

    def recording(self, media_ids):
        batch = gather(self, media_ids)
        seen.setdefault(current[0], []).append(batch["grid"])
        return batch

    current = ["none"]
    monkeypatch.setattr(FeatureTable, "gather", recording)
    out = tmp_path / "out"
    assert main(run_args(setup, out, "raw", "--set", "data.feature_norm=none")) == 0
    current[0] = "auto"
    assert main(run_args(setup, out, "normed")) == 0
    none, auto = (json.loads((out / n / "metrics.json").read_text()) for n in ("raw", "normed"))
    assert auto["config"]["data"]["feature_norm"] == "auto"
    # one cache for both: the second run computes nothing, it normalises what the first one stored
    assert auto["features"]["computed"] == 0 and auto["features"]["from_cache"] == none["features"]["computed"] > 0
    raw, normed = torch.cat(seen["none"]), torch.cat(seen["auto"])
    assert (raw.var(-1, unbiased=False) - 1).abs().min() > 0.5  # the tiny EfficientNet's raw grid: far from unit
    torch.testing.assert_close(normed.mean(-1), torch.zeros(normed.shape[:-1]), atol=1e-5, rtol=0)
    # the same batches in the same order (same seed): each token is the LayerNorm of its raw value
    torch.testing.assert_close(normed, F.layer_norm(raw, raw.shape[-1:]))
    assert auto["train_losses"] != none["train_losses"]


def test_runs_from_before_the_field_keep_reading_raw_features(setup, tmp_path):
    out = tmp_path / "out"
    assert main(run_args(setup, out, "old")) == 0
    metrics = out / "old" / "metrics.json"
    record = json.loads(metrics.read_text())
    assert read_run_config(out / "old").data.feature_norm == "auto"
    del record["config"]["data"]["feature_norm"]  # as written before data.feature_norm existed
    metrics.write_text(json.dumps(record))
    assert read_run_config(out / "old").data.feature_norm == "none"
