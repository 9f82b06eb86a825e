"""Integration: a few training steps of ``bench run`` on the real offline pretrained backbones
(SmolLM2-135M and Gemma-3-270M from GGUF, EfficientNet-Lite0 from its package) and the real
easy-VQA data. Uses the suite's cache ($BENCH_CACHE or ~/.cache/mm-adapt-bench), which is keyed by
content hashes, so a converted GGUF is reused across runs."""

from __future__ import annotations

import json
import math

import pytest

from benchmark.cli import main

pytestmark = pytest.mark.integration


def run_real(tmp_path, *extra):
    out = tmp_path / "out"
    args = [
        "run",
        "--data-fraction",
        "0.003",
        "--steps",
        "4",
        "--batch-size",
        "4",
        "--eval-examples",
        "16",
        "--output-dir",
        str(out),
        "--run-name",
        "real",
        "--set",
        "eval.val_max_examples=8",
        "--set",
        "train.eval_every=2",
        "--set",
        "train.warmup_steps=1",
        "--set",
        "eval.batch_size=8",
        *extra,
    ]
    assert main(args) == 0
    return json.loads((out / "real" / "metrics.json").read_text())


def test_epalm_on_smollm2_and_efficientnet_lite0(tmp_path):
    m = run_real(tmp_path)
    assert m["lm"] == "smollm2-135m" and m["encoder"] == "efficientnet-lite0"
    # 6 Linear(Dv_i, 576) for the last six EfficientNet-Lite0 summary tokens + the MLP prompt
    widths = (40, 80, 112, 192, 320, 1280)
    assert m["parameters"]["trainable"] == sum(w * 576 + 576 for w in widths) + 10 * 576 + 2 * (576 * 576 + 576)
    assert all(math.isfinite(loss) for _, loss in m["train_losses"]) and len(m["train_losses"]) == 4
    assert m["n_eval"] == 16 and 0.0 <= m["metrics"]["vqa_accuracy"] <= 100.0
    assert m["features"]["computed"] + m["features"]["from_cache"] > 0


def test_epalm_on_gemma3(tmp_path):
    m = run_real(tmp_path, "--lm", "gemma3-270m", "--steps", "2")
    assert m["lm"] == "gemma3-270m" and all(math.isfinite(loss) for _, loss in m["train_losses"])
