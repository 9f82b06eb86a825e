"""Honeybee C-Abstractor: the reference parameter counts on the meta device (``bench params``'s path)
reproduced by a formula over timm's RegNet bottleneck, the presets, the output token count on real
tiny encoders ([CLS] dropped), the pooling-only variant computed by hand, Honeybee's initialisation,
and the grids and options it refuses. The shared method contract is in ``test_method_contract.py``."""

from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F
from method_checks import random_features
from tiny_models import tiny_cnn_encoder, tiny_images, tiny_vit_encoder
from torch import nn

import methods.c_abstractor  # noqa: F401  (registers "c-abstractor")
from benchmark.backbones.specs import EncoderSpec, LMSpec
from benchmark.engine.recipe import recipe_for
from benchmark.errors import ConfigError
from benchmark.experiments.params import count_on_meta
from methods.c_abstractor import CAbstractor, CAbstractorConfig

LM16 = LMSpec(hidden_size=32, embed_dim=16, num_layers=4, vocab_size=320)
SMALL = {"hidden_size": 8, "depth": 1, "num_queries": 4}
# a ViT-like grid: [CLS] + 4 x 4 patches of width 12
VIT = EncoderSpec(layer_widths=(12,), grid_width=12, grid_tokens=17, pooled_width=12, grid_prefix_tokens=1)


def bottleneck(cin: int, cout: int) -> int:
    """timm's RegNet Bottleneck, bottle_ratio 1, group_size 1, SE 0.25 of the input width, LayerNorm2d."""
    rd = round(cin * 0.25)
    count = cin * cout + 2 * cout  # conv1 1x1 (no bias) + norm
    count += cout * 9 + 2 * cout  # depthwise 3x3 + norm
    count += cout * rd + rd + rd * cout + cout  # SE fc1, fc2 (1x1 convs with bias)
    count += cout * cout + 2 * cout  # conv3 1x1 + norm
    if cin != cout:
        count += cin * cout + 2 * cout  # 1x1 conv + norm shortcut
    return count


def expected_count(n: int, dv: int, h: int, d: int, depth: int, mlp_depth: int = 2) -> int:
    stages = bottleneck(dv, h) + (depth - 1) * bottleneck(h, h) + depth * bottleneck(h, h)
    return n * dv + stages + (h * d + d) + (mlp_depth - 1) * (d * d + d)


def test_reference_parameter_counts():
    # Honeybee-C-7B: CLIP ViT-L/14 (16 x 16 patches of 1024) -> a 4096-wide LM, h 1024, depth 3
    faithful = ["method_options.preset=faithful"]
    count = count_on_meta("c-abstractor", "opt-6.7b", "clip-vit-l14", faithful)["trainable"]
    assert abs(count - 37_070_336) <= 0.01 * 37_070_336
    assert count == expected_count(256, 1024, 1024, 4096, 3) == 37_070_336
    # independent of the number of output tokens (M = 144 in Honeybee-C-7B-M144)
    m144 = count_on_meta("c-abstractor", "opt-6.7b", "clip-vit-l14", [*faithful, "method_options.num_queries=144"])
    assert m144["trainable"] == count
    # the offline setup (EfficientNet-Lite0, 7 x 7 x 1280 -> SmolLM2-135M 576), per preset
    small = {"faithful": 18_520_000, "lite": 7_107_088, "lite-depth1": 3_751_888}
    for preset, value in small.items():
        options = [f"method_options.preset={preset}"]
        assert count_on_meta("c-abstractor", "smollm2-135m", "efficientnet-lite0", options)["trainable"] == value
    assert expected_count(49, 1280, 576, 576, 1) == small["lite-depth1"]
    assert count_on_meta("c-abstractor", "smollm2-135m", "efficientnet-lite0")["trainable"] == small["lite"]  # default
    # a field overrides its preset's value
    h512 = count_on_meta(
        "c-abstractor",
        "smollm2-135m",
        "efficientnet-lite0",
        ["method_options.preset=lite", "method_options.hidden_size=512"],
    )
    assert h512["trainable"] == expected_count(49, 1280, 512, 576, 3)


def test_structure_is_timms_regstage_with_silu_and_layernorm2d():
    from timm.layers import LayerNormAct2d
    from timm.models.regnet import Bottleneck, RegStage

    method = CAbstractor(CAbstractorConfig(hidden_size=8, depth=2, num_queries=4), LM16, VIT)
    s1, sampler, s2 = method.net
    assert isinstance(s1, RegStage) and isinstance(s2, RegStage) and isinstance(sampler, nn.AdaptiveAvgPool2d)
    blocks = list(s1.children()) + list(s2.children())
    assert len(blocks) == 4 and all(isinstance(b, Bottleneck) for b in blocks)
    # timm's ConvNormAct turns norm_layer=LayerNorm2d into its fused channel LayerNorm + SiLU
    assert all(isinstance(b.conv1.bn, LayerNormAct2d) and isinstance(b.conv1.bn.act, nn.SiLU) for b in blocks)
    assert all(isinstance(b.act3, nn.SiLU) for b in blocks)
    assert blocks[0].conv2.conv.groups == 8  # depthwise 3 x 3
    assert [type(m) for m in method.readout] == [nn.Linear, nn.SiLU, nn.Linear]
    assert sum(p.numel() for p in method.parameters()) == expected_count(16, 12, 8, 16, 2)


def test_honeybee_initialisation():
    torch.manual_seed(0)
    method = CAbstractor(CAbstractorConfig(preset="faithful", num_queries=4), LM16, VIT)
    convs = [m for m in method.net.modules() if isinstance(m, nn.Conv2d)]
    weights = torch.cat([m.weight.detach().flatten() for m in convs])
    assert 0.018 < float(weights.std()) < 0.022 and abs(float(weights.mean())) < 1e-3
    linears = [m for m in method.readout if isinstance(m, nn.Linear)]
    assert 0.018 < float(linears[1].weight.detach().std()) < 0.022
    assert all(m.bias is None or not m.bias.detach().any() for m in [*convs, *linears])
    norms = [m for m in method.net.modules() if isinstance(m, nn.LayerNorm)]
    assert norms and all(bool((m.weight == 1).all()) and not m.bias.detach().any() for m in norms)
    assert 0.015 < float(method.pos_emb.detach().std()) < 0.022 and method.pos_emb.shape == (1, 16, 12)
    no_pos = CAbstractor(CAbstractorConfig(num_queries=4, pos_emb=False), LM16, VIT)
    assert no_pos.pos_emb is None and "pos_emb" not in no_pos.state_dict()


@pytest.mark.parametrize(
    "make_encoder, queries", [(tiny_vit_encoder, 4), (tiny_vit_encoder, 16), (tiny_cnn_encoder, 1)]
)
def test_output_tokens_on_tiny_encoders(make_encoder, queries):
    enc = make_encoder()
    cfg = CAbstractorConfig(**{**SMALL, "num_queries": queries})
    feats = enc(enc.preprocess(tiny_images(2))).select(CAbstractor.feature_request(cfg))
    assert set(feats) == {"grid"}
    method = CAbstractor(cfg, LM16, enc.spec).eval()
    cond = method(feats, 2)
    assert cond.prefix.shape == (2, queries, 16) and method.prefix_length() == queries
    assert not cond.layer_writes and not cond.blocked


def test_cls_is_dropped_and_patches_matter():
    torch.manual_seed(0)
    method = CAbstractor(CAbstractorConfig(**SMALL), LM16, VIT).eval()
    f = random_features(VIT, 2)
    out = method(f, 2).prefix
    cls_moved = dict(f, grid=f["grid"].clone())
    cls_moved["grid"][:, 0] += 5.0
    torch.testing.assert_close(method(cls_moved, 2).prefix, out, rtol=0, atol=0)
    patch_moved = dict(f, grid=f["grid"].clone())
    patch_moved["grid"][:, 5] += 5.0
    assert not torch.allclose(method(patch_moved, 2).prefix, out)


def test_pooling_only_variant_by_hand():
    """depth 0 (the official pool-only C-Abstractor): readout(avgpool2d(patches + pos))."""
    torch.manual_seed(0)
    method = CAbstractor(CAbstractorConfig(depth=0, mlp_depth=1, num_queries=4), LM16, VIT).eval()
    assert sum(p.numel() for p in method.parameters()) == 16 * 12 + 12 * 16 + 16
    f = random_features(VIT, 2)
    x = f["grid"][:, 1:] + method.pos_emb
    image = x.transpose(1, 2).reshape(2, 12, 4, 4)  # "b (h w) d -> b d h w": row-major patches
    pooled = F.avg_pool2d(image, 2).flatten(2).transpose(1, 2)  # 4 x 4 -> 2 x 2, cells in raster order
    torch.testing.assert_close(method(f, 2).prefix, method.readout(pooled))


def test_refused_grids_and_options():
    non_square = EncoderSpec(layer_widths=(12,), grid_width=12, grid_tokens=12, pooled_width=12)
    with pytest.raises(ConfigError, match="patch-token count .* must be a square number, got 12"):
        CAbstractor(CAbstractorConfig(**SMALL), LM16, non_square)
    with pytest.raises(ConfigError, match="num_queries must be a square number, got 8"):
        CAbstractor(CAbstractorConfig(**{**SMALL, "num_queries": 8}), LM16, VIT)
    with pytest.raises(ConfigError, match="larger than the encoder's 4 x 4 patch grid"):
        CAbstractor(CAbstractorConfig(**{**SMALL, "num_queries": 25}), LM16, VIT)
    with pytest.raises(ConfigError, match="preset must be one of faithful, lite, lite-depth1"):
        CAbstractor(CAbstractorConfig(preset="huge"), LM16, VIT)
    with pytest.raises(ConfigError, match="mlp_depth must be an integer >= 1"):
        CAbstractor(CAbstractorConfig(**SMALL, mlp_depth=0), LM16, VIT)


def test_paper_recipe_is_the_projector_pretraining_stage():
    recipe = recipe_for("c-abstractor", "paper")
    assert recipe.published and recipe.lr == 1e-4 and recipe.min_lr == 1e-5 and recipe.warmup_steps == 2000
    assert recipe.betas == (0.9, 0.98) and recipe.eps == 1e-6 and recipe.weight_decay == 0.01
    assert "pretrain.yaml" in recipe.source("lr")
