"""DePALM QP,L0 (``depalm-qp``) and R-avgpool,L0 (``depalm-pool``): the reference parameter counts on
the meta device (``bench params``'s path) reproduced by formula, per preset; the QP connector computed
by hand ([CLS] kept, queries after the tokens, the prompt after the queries); the pooling the released
code does (a transcription of ``TokensResampler``'s reshape and ``nn.AvgPool1d``) and the 2 x 2 token
mean; odd CNN grids and the pooled embedding in place of [CLS]; refused options; the recipe. The
shared method contract is in ``test_method_contract.py``."""

from __future__ import annotations

import math

import pytest
import torch
import torch.nn.functional as F
from method_checks import random_features
from tiny_models import tiny_images, tiny_vit_encoder
from torch import nn

import methods.depalm  # noqa: F401  (registers "depalm-qp" and "depalm-pool")
from benchmark.backbones.specs import EncoderSpec, LMSpec
from benchmark.engine.recipe import recipe_for
from benchmark.errors import ConfigError
from benchmark.experiments.params import count_on_meta
from methods.depalm import DePALMPool, DePALMPoolConfig, DePALMQP, DePALMQPConfig

LM16 = LMSpec(hidden_size=32, embed_dim=16, num_layers=4, vocab_size=320)
VIT = EncoderSpec(layer_widths=(12,), grid_width=12, grid_tokens=17, pooled_width=12, grid_prefix_tokens=1)
CNN7 = EncoderSpec(layer_widths=(12,), grid_width=12, grid_tokens=49, pooled_width=12, normalised=False)
SMALL_QP = {"width": 16, "heads": 2, "layers": 2, "num_queries": 3, "prompt_length": 2}


def qp_count(dv: int, d: int, w: int, layers: int, queries: int, prompt: int) -> int:
    layer = (3 * w * w + 3 * w) + (w * w + w) + 2 * (w * w + w) + 4 * w  # attention, out, FFN (w -> w -> w), 2 LNs
    return (dv * w + w) + queries * w + layers * layer + (w * d + d) + prompt * d


def pool_count(dv: int, d: int, prompt: int = 1) -> int:
    return (dv * d + d) + d + (d * d + d) + prompt * d  # Linear, RMSNorm, Linear, prompt


# -- parameter counts --------------------------------------------------------------------------------
def test_qp_reference_parameter_counts():
    faithful = ["method_options.preset=faithful"]
    count = count_on_meta("depalm-qp", "opt-6.7b", "clip-vit-l14", faithful)["trainable"]
    assert abs(count - 30_553_088) <= 0.01 * 30_553_088
    assert count == qp_count(1024, 4096, 1024, 4, 32, 16) == 30_553_088
    released = count_on_meta("depalm-qp", "opt-6.7b", "clip-vit-l14", ["method_options.preset=released"])
    assert released["trainable"] == qp_count(1024, 4096, 1024, 2, 32, 1) == 17_888_256
    small = {"faithful": 27_150_912, "lite": 2_076_480}
    for preset, value in small.items():
        options = [f"method_options.preset={preset}"]
        assert count_on_meta("depalm-qp", "smollm2-135m", "efficientnet-lite0", options)["trainable"] == value
    assert qp_count(1280, 576, 256, 4, 32, 16) == small["lite"]
    assert count_on_meta("depalm-qp", "smollm2-135m", "efficientnet-lite0")["trainable"] == small["lite"]  # default
    # a field overrides its preset's value
    two = count_on_meta("depalm-qp", "smollm2-135m", "efficientnet-lite0", ["method_options.layers=2"])
    assert two["trainable"] == qp_count(1280, 576, 256, 2, 32, 16)


def test_pool_reference_parameter_counts():
    count = count_on_meta("depalm-pool", "opt-6.7b", "clip-vit-l14")["trainable"]
    assert abs(count - 20_987_904) <= 0.01 * 20_987_904
    assert count == pool_count(1024, 4096) == 20_987_904
    assert count_on_meta("depalm-pool", "smollm2-135m", "efficientnet-lite0")["trainable"] == 1_071_360


# -- QP,L0 -------------------------------------------------------------------------------------------
def test_qp_connector_by_hand_cls_kept_queries_last_prompt_after():
    torch.manual_seed(0)
    method = DePALMQP(DePALMQPConfig(**SMALL_QP), LM16, VIT).eval()
    f = random_features(VIT, 2)
    cond = method(f, 2)
    assert cond.prefix.shape == (2, 5, 16) and method.prefix_length() == 5
    assert not cond.layer_writes and not cond.blocked
    with torch.no_grad():
        x = method.input_proj(f["grid"])  # all 17 tokens, [CLS] included
        x = torch.cat([x, method.queries.expand(2, -1, -1)], dim=1)
        for block in method.blocks:
            x = block(x)
        expected = torch.cat([method.output_proj(x[:, -3:]), method.prompt(2)], dim=1)
    torch.testing.assert_close(cond.prefix, expected)
    # the prompt is the same for every image; the visual tokens read the [CLS] too
    moved = dict(f, grid=f["grid"].clone())
    moved["grid"][:, 0] += 5.0
    out = method(moved, 2).prefix
    torch.testing.assert_close(out[:, 3:], cond.prefix[:, 3:], rtol=0, atol=0)
    assert not torch.allclose(out[:, :3], cond.prefix[:, :3])
    drop = DePALMQP(DePALMQPConfig(**SMALL_QP, patch_tokens_only=True), LM16, VIT).eval()
    torch.testing.assert_close(drop(moved, 2).prefix, drop(f, 2).prefix, rtol=0, atol=0)


def test_qp_layers_as_the_official_transformer_feature_extractor():
    torch.manual_seed(0)
    method = DePALMQP(
        DePALMQPConfig(preset="lite"), LMSpec(hidden_size=64, embed_dim=64, num_layers=2, vocab_size=10), VIT
    )
    assert len(method.blocks) == 4 and method.queries.shape == (1, 32, 256)
    a, b = method.blocks[0], method.blocks[3]
    assert not torch.equal(a.self_attn.in_proj_weight, b.self_attn.in_proj_weight)  # built one by one
    assert not a.norm_first and a.norm1.eps == 1e-4 and a.linear1.out_features == 256 and a.self_attn.num_heads == 8
    assert a.activation is F.gelu and a.dropout.p == 0.1
    assert 0.9 < float(method.queries.detach().std()) < 1.1  # nn.init.normal_
    assert 0.8 < float(method.prompt.embedding.weight.detach().std()) < 1.2 and method.prompt.mlp is None
    assert method.prefix_length() == 32 + 16
    no_prompt = DePALMQP(DePALMQPConfig(**{**SMALL_QP, "prompt_length": 0}), LM16, VIT)
    assert no_prompt.prompt is None and no_prompt.prefix_length() == 3
    assert no_prompt(random_features(VIT, 2), 2).prefix.shape == (2, 3, 16)


def test_qp_on_a_tiny_vit():
    enc = tiny_vit_encoder()
    feats = enc(enc.preprocess(tiny_images(2))).select(DePALMQP.feature_request(DePALMQPConfig()))
    assert set(feats) == {"grid"}
    method = DePALMQP(DePALMQPConfig(**SMALL_QP), LM16, enc.spec).eval()
    assert method(feats, 2).prefix.shape == (2, 5, 16)


# -- R-avgpool,L0 ------------------------------------------------------------------------------------
def official_resampler(x: torch.Tensor, grid_h: int, grid_w: int) -> torch.Tensor:
    """A transcription of the released ``TokensResampler.forward`` for ``avg_pool``, ``reduction_fact
    4``, a 2-D ``tokens_grid``, [CLS] first and kept once (before the norm), on projected tokens."""
    b, n, d = x.shape
    cls, tokens = x[:, :1], x[:, 1:]
    tokens = tokens.reshape(b, grid_h // 2, 2, grid_w // 2, 2, d).transpose(2, 3).reshape(b, grid_h * grid_w // 4, 4, d)
    _, groups, size, _ = tokens.shape
    tokens = nn.AvgPool1d(4)(tokens.reshape(b * groups, size, d))
    tokens = tokens.reshape(b, -1, d)
    return torch.cat([cls.repeat(1, 1, 1), tokens], dim=1)


def test_pool_official_matches_the_released_resampler():
    torch.manual_seed(0)
    method = DePALMPool(DePALMPoolConfig(), LM16, VIT).eval()
    assert method.cls_source == "cls" and method.prefix_length() == 1 + 4 + 1
    f = random_features(VIT, 2)
    cond = method(f, 2)
    assert cond.prefix.shape == (2, 6, 16)
    with torch.no_grad():
        visual = method.out(method.norm(official_resampler(method.proj(f["grid"]), 4, 4)))
        expected = torch.cat([visual, method.prompt(2)], dim=1)
    torch.testing.assert_close(cond.prefix, expected)
    # what that computes: group token g = its 4 tokens, each averaged over runs of 4 channels, concatenated
    x = method.proj(f["grid"])[:, 1:].reshape(2, 4, 4, 16)
    first_group = torch.stack([x[:, 0, 0], x[:, 0, 1], x[:, 1, 0], x[:, 1, 1]], dim=1)  # (B, 4, d)
    concat = first_group.reshape(2, 4, 4, 4).mean(-1).reshape(2, 16)
    torch.testing.assert_close(official_resampler(method.proj(f["grid"]), 4, 4)[:, 1], concat)


def test_pool_tokens_mode_is_the_2x2_mean():
    torch.manual_seed(0)
    method = DePALMPool(DePALMPoolConfig(pooling="tokens", prompt_length=0), LM16, VIT).eval()
    f = random_features(VIT, 2)
    with torch.no_grad():
        x = method.proj(f["grid"])
        patches = x[:, 1:].reshape(2, 4, 4, 16)
        mean = patches.reshape(2, 2, 2, 2, 2, 16).mean(dim=(2, 4)).reshape(2, 4, 16)  # (B, 2x2 blocks, d)
        expected = method.out(method.norm(torch.cat([x[:, :1], mean], dim=1)))
    torch.testing.assert_close(method(f, 2).prefix, expected)
    assert method.prefix_length() == 5 and method.prompt is None


@pytest.mark.parametrize("pooling", ["official", "tokens"])
def test_pool_odd_cnn_grid_uses_the_pooled_embedding_first(pooling):
    torch.manual_seed(0)
    method = DePALMPool(DePALMPoolConfig(pooling=pooling), LM16, CNN7).eval()
    request = DePALMPool.feature_request(DePALMPoolConfig())
    assert request.grid and request.pooled
    assert method.cls_source == "pooled" and method.prefix_length() == 1 + 16 + 1  # 7 x 7 -> 4 x 4 groups
    f = random_features(CNN7, 2, keys=("grid", "pooled"))
    cond = method(f, 2)
    assert cond.prefix.shape == (2, 18, 16)
    with torch.no_grad():
        x = method.proj(f["grid"])
        image = x.transpose(1, 2).reshape(2, 16, 7, 7)
        if pooling == "tokens":
            pooled = F.adaptive_avg_pool2d(image, 4).flatten(2).transpose(1, 2)
        else:  # edge-replicated to 8 x 8, then the released resampler's grouping
            padded = F.pad(image, (0, 1, 0, 1), mode="replicate").flatten(2).transpose(1, 2)
            pooled = official_resampler(torch.cat([padded[:, :1], padded], dim=1), 8, 8)[:, 1:]
        first = method.proj(f["pooled"]).unsqueeze(1)
        expected = method.out(method.norm(torch.cat([first, pooled], dim=1)))
    torch.testing.assert_close(cond.prefix[:, :17], expected)
    # the last row of the grid reaches the prefix
    moved = dict(f, grid=f["grid"].clone())
    moved["grid"][:, 48] += 5.0
    assert not torch.allclose(method(moved, 2).prefix[:, 1:17], cond.prefix[:, 1:17])


def test_pool_norm_is_rmsnorm_and_the_cls_can_be_dropped():
    method = DePALMPool(DePALMPoolConfig(cls_token="none"), LM16, VIT)
    assert isinstance(method.norm, nn.RMSNorm) and method.norm.eps == 1e-4
    assert method.prefix_length() == 4 + 1
    assert method(random_features(VIT, 2), 2).prefix.shape == (2, 5, 16)


def test_refused_options():
    wide_pooled = EncoderSpec(layer_widths=(12,), grid_width=12, grid_tokens=49, pooled_width=24)
    with pytest.raises(ConfigError, match="pooled width .24. must equal the grid width .12."):
        DePALMPool(DePALMPoolConfig(), LM16, wide_pooled)
    with pytest.raises(ConfigError, match="grid has no \\[CLS\\]"):
        DePALMPool(DePALMPoolConfig(cls_token="cls"), LM16, CNN7)
    with pytest.raises(ConfigError, match="not a square grid"):
        DePALMPool(
            DePALMPoolConfig(),
            LM16,
            EncoderSpec(layer_widths=(12,), grid_width=12, grid_tokens=13, pooled_width=12, grid_prefix_tokens=1),
        )
    with pytest.raises(ConfigError, match="not divisible by 4"):
        DePALMPool(DePALMPoolConfig(), LMSpec(hidden_size=18, embed_dim=18, num_layers=2, vocab_size=10), VIT)
    with pytest.raises(ConfigError, match="pooling must be one of"):
        DePALMPool(DePALMPoolConfig(pooling="max"), LM16, VIT)
    with pytest.raises(ConfigError, match="preset must be one of faithful, released, lite"):
        DePALMQP(DePALMQPConfig(preset="huge"), LM16, VIT)
    with pytest.raises(ConfigError, match="not divisible by heads"):
        DePALMQP(DePALMQPConfig(**{**SMALL_QP, "width": 15}), LM16, VIT)
    with pytest.raises(ConfigError, match="num_queries must be an integer >= 1"):
        DePALMQP(DePALMQPConfig(**{**SMALL_QP, "num_queries": 0}), LM16, VIT)


def test_paper_recipe_is_the_unified_setup():
    for name in ("depalm-qp", "depalm-pool"):
        recipe = recipe_for(name, "paper")
        assert recipe.published and recipe.lr == 8e-4 and recipe.weight_decay == 0.1 and recipe.eps == 1e-4
        assert recipe.grad_clip == 0.8 and recipe.label_smoothing == 2e-3 and recipe.num_beams == 3
        assert math.isclose(recipe.min_lr, 8e-4 * 1e-4) and "run.yaml" in recipe.source("lr")
