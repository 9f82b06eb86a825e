"""LLaVA-1.5 MLP projector: the reference parameter counts on the meta device (``bench params``'s path),
[CLS] dropped on a real tiny ViT and every token kept on a real tiny CNN, the ``depth`` option
(LLaVA's ``mlpNx_gelu``), the trainable set and the paper recipe. The shared method contract (meta
build, attach/detach, KV-cached generation, checkpoints, ``bench run``) is in
``test_method_contract.py``."""

from __future__ import annotations

import pytest
import torch
from method_checks import names_with_gradient, random_features
from tiny_models import tiny_cnn_encoder, tiny_images, tiny_lm, tiny_vit_encoder
from torch import nn

import methods.llava_mlp  # noqa: F401  (registers "llava-mlp")
from benchmark.backbones.lm import lm_spec
from benchmark.backbones.specs import EncoderSpec, LMSpec
from benchmark.engine.model import MultimodalLM
from benchmark.engine.recipe import recipe_for
from benchmark.errors import ConfigError
from benchmark.experiments.params import count_on_meta
from methods.llava_mlp import LLaVAMLP, LLaVAMLPConfig

ENC = EncoderSpec(layer_widths=(8, 12, 16), grid_width=16, grid_tokens=5, pooled_width=24, grid_prefix_tokens=1)
LM16 = LMSpec(hidden_size=32, embed_dim=16, num_layers=4, vocab_size=320)  # d (16) != D (32), like OPT-350m


def expected_count(dv: int, d: int, depth: int) -> int:
    return dv * d + d + (depth - 1) * (d * d + d)


def test_reference_parameter_counts():
    # LLaVA-1.5 7B: CLIP ViT-L/14 (1024) -> a 4096-wide LM, mlp2x_gelu
    count = count_on_meta("llava-mlp", "opt-6.7b", "clip-vit-l14")["trainable"]
    assert abs(count - 20_979_712) <= 0.01 * 20_979_712
    assert count == expected_count(1024, 4096, 2) == 20_979_712
    # the offline setup: EfficientNet-Lite0 (1280) -> SmolLM2-135M (576)
    assert count_on_meta("llava-mlp", "smollm2-135m", "efficientnet-lite0")["trainable"] == 1_070_208
    # depth 1 = LLaVA's "linear" = LiMBeR's all-token map
    linear = count_on_meta("llava-mlp", "opt-6.7b", "clip-vit-l14", ["method_options.depth=1"])["trainable"]
    assert linear == expected_count(1024, 4096, 1) == count_on_meta("limber", "opt-6.7b", "clip-vit-l14")["trainable"]


def test_vit_grid_drops_cls_and_maps_every_patch_token():
    enc = tiny_vit_encoder()
    assert enc.spec.grid_tokens == 17 and enc.spec.grid_prefix_tokens == 1
    feats = enc(enc.preprocess(tiny_images(2))).select(LLaVAMLP.feature_request(LLaVAMLPConfig()))
    assert set(feats) == {"grid"}
    torch.manual_seed(0)
    method = LLaVAMLP(LLaVAMLPConfig(), LM16, enc.spec).eval()
    cond = method(feats, 2)
    assert cond.prefix.shape == (2, 16, 16) and method.prefix_length() == 16
    assert not cond.layer_writes and not cond.blocked and method.injection_layers() == []
    # the [CLS] token (index 0) never reaches the prefix; patch token i is prefix token i - 1
    moved = dict(feats, grid=feats["grid"].clone())
    moved["grid"][:, 0] += 5.0
    torch.testing.assert_close(method(moved, 2).prefix, cond.prefix, rtol=0, atol=0)
    lin1, act, lin2 = method.proj
    torch.testing.assert_close(cond.prefix[:, 6], lin2(act(lin1(feats["grid"][:, 7]))))
    # with patch_tokens_only=false the [CLS] is the first prefix token
    keep = LLaVAMLP(LLaVAMLPConfig(patch_tokens_only=False), LM16, enc.spec).eval()
    assert keep(feats, 2).prefix.shape == (2, 17, 16) and keep.prefix_length() == 17


def test_cnn_grid_keeps_every_token():
    enc = tiny_cnn_encoder()
    spec = enc.spec
    assert spec.grid_prefix_tokens == 0
    feats = enc(enc.preprocess(tiny_images(2))).select(LLaVAMLP.feature_request(LLaVAMLPConfig()))
    method = LLaVAMLP(LLaVAMLPConfig(), LM16, spec).eval()
    assert method(feats, 2).prefix.shape == (2, spec.grid_tokens, 16) and method.prefix_length() == spec.grid_tokens


def test_depth_builds_llavas_mlp_n_x_gelu():
    one = LLaVAMLP(LLaVAMLPConfig(depth=1), LM16, ENC)
    assert [type(m) for m in one.proj] == [nn.Linear]
    two = LLaVAMLP(LLaVAMLPConfig(), LM16, ENC)
    assert [type(m) for m in two.proj] == [nn.Linear, nn.GELU, nn.Linear]
    assert two.proj[0].in_features == 16 and two.proj[0].out_features == 16 and two.proj[2].in_features == 16
    three = LLaVAMLP(LLaVAMLPConfig(depth=3), LM16, ENC)
    assert [type(m) for m in three.proj] == [nn.Linear, nn.GELU, nn.Linear, nn.GELU, nn.Linear]
    for method, depth in ((one, 1), (two, 2), (three, 3)):
        assert sum(p.numel() for p in method.parameters()) == expected_count(16, 16, depth)
    with pytest.raises(ConfigError, match="depth must be at least 1"):
        LLaVAMLP(LLaVAMLPConfig(depth=0), LM16, ENC)


def test_only_the_projector_trains():
    lm, tok = tiny_lm("llama")
    torch.manual_seed(0)
    method = LLaVAMLP(LLaVAMLPConfig(), lm_spec(lm), ENC)
    model = MultimodalLM(lm, tok, method)
    trained = names_with_gradient(model, random_features(ENC, 3), tok)
    names = {"proj.0.weight", "proj.0.bias", "proj.2.weight", "proj.2.bias"}
    assert trained == {f"method.{n}" for n in names}
    assert set(method.state_dict()) == names
    assert not any(p.requires_grad for p in lm.parameters())


def test_paper_recipe_is_llava_stage_one():
    recipe = recipe_for("llava-mlp", "paper")
    assert recipe.published and recipe.lr == 1e-3 and recipe.weight_decay == 0.0 and recipe.batch_size == 256
    assert recipe.schedule == "cosine" and recipe.min_lr == 0.0
    assert "pretrain.sh" in recipe.source("lr") and "warmup_ratio 0.03" in recipe.source("warmup_steps")
