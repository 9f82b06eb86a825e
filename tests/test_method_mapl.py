"""MAPL: the mapper's shapes on real tiny encoders, its initialisation, the trainable set on tiny
OPT/Llama/Gemma-3, and the parameter count (reported, and of the default mapper at tiny widths). The
shared method contract (meta build, attach/detach, KV-cached generation, checkpoint round trip,
``bench run``) is in ``test_method_contract.py``."""

from __future__ import annotations

import pytest
import torch
from method_checks import names_with_gradient, random_features
from tiny_models import tiny_cnn_encoder, tiny_images, tiny_lm, tiny_vit_encoder

import methods.mapl  # noqa: F401  (registers "mapl")
from benchmark.backbones.lm import lm_spec
from benchmark.backbones.specs import EncoderSpec, LMSpec
from benchmark.engine.model import MultimodalLM
from benchmark.experiments.params import count_on_meta
from methods.mapl import MAPL, MAPLConfig

ENC = EncoderSpec(layer_widths=(8, 12, 16), grid_width=16, grid_tokens=5, pooled_width=16, grid_prefix_tokens=1)
SMALL = MAPLConfig(width=16, heads=2, ffn_dim=24, layers=2, num_queries=3)


def grid(batch: int, seed: int = 0, spec: EncoderSpec = ENC) -> dict[str, torch.Tensor]:
    return random_features(spec, batch, seed)


def expected_count(cfg: MAPLConfig, dv: int, d: int) -> int:
    w, f = cfg.width, cfg.ffn_dim
    layer = (3 * w * w + 3 * w) + (w * w + w) + (w * f + f) + (f * w + w) + 4 * w  # attn, out, FFN, 2 LNs
    return (dv * w + w) + cfg.num_queries * w + cfg.layers * layer + (w * d + d)


@pytest.mark.parametrize("make_encoder", [tiny_vit_encoder, tiny_cnn_encoder])
def test_prefix_shapes_on_tiny_encoders(make_encoder):
    enc = make_encoder()
    feats = enc(enc.preprocess(tiny_images(2))).select(MAPL.feature_request(SMALL))
    assert set(feats) == {"grid"} and feats["grid"].shape[1:] == (enc.spec.grid_tokens, enc.spec.grid_width)
    # an LM whose embedding width (16) differs from its hidden width (32): the prefix uses d
    spec = LMSpec(hidden_size=32, embed_dim=16, num_layers=4, vocab_size=320)
    method = MAPL(SMALL, spec, enc.spec)
    cond = method(feats, 2)
    assert cond.prefix.shape == (2, 3, 16) and method.prefix_length() == 3
    assert not cond.layer_writes and not cond.blocked and method.injection_layers() == []
    # the prefix depends on the image: all grid tokens, [CLS] included, feed the mapper
    other = dict(feats, grid=feats["grid"].clone())
    other["grid"][:, 0] += 1.0
    assert not torch.allclose(method(other, 2).prefix, cond.prefix)


def test_layers_start_identical_as_in_the_official_code_and_constants_are_standard_normal():
    torch.manual_seed(0)
    method = MAPL(MAPLConfig(), LMSpec(hidden_size=64, embed_dim=64, num_layers=2, vocab_size=10), ENC)
    a, b = method.transformer.layers[0], method.transformer.layers[3]
    assert torch.equal(a.self_attn.in_proj_weight, b.self_attn.in_proj_weight)
    assert a.self_attn.in_proj_weight is not b.self_attn.in_proj_weight  # separate parameters
    assert method.transformer.norm is None and a.norm_first and a.linear1.out_features == 512
    assert method.const.shape == (32, 256) and 0.8 < float(method.const.detach().std()) < 1.2


@pytest.mark.parametrize("family", ["opt", "llama", "gemma3"])
def test_only_the_mapper_trains(family):
    lm, tok = tiny_lm(family)
    torch.manual_seed(0)
    method = MAPL(SMALL, lm_spec(lm), ENC)
    model = MultimodalLM(lm, tok, method)
    trained = names_with_gradient(model, grid(3), tok)
    names = {n for n, _ in method.named_parameters()}
    assert trained == {f"method.{n}" for n in names}
    assert all(p.grad.abs().sum() > 0 for p in method.parameters())
    assert not any(p.requires_grad or p.grad is not None for p in lm.parameters())
    assert set(method.state_dict()) == names
    assert {"const", "down.weight", "up.weight", "transformer.layers.1.linear2.bias"} <= names


def test_reported_parameter_count_clip_vit_l14_gpt_j():
    assert count_on_meta("mapl", "gpt-j-6b", "clip-vit-l14")["trainable"] == 3_431_680
    assert expected_count(MAPLConfig(), 1024, 4096) == 3_431_680


def test_default_mapper_at_tiny_widths():
    """The default mapper (32 queries, width 256, 4 layers) between a ViT grid of width 32 and d 32."""
    vit = EncoderSpec(layer_widths=(32,) * 4, grid_width=32, grid_tokens=17, pooled_width=32, grid_prefix_tokens=1)
    method = MAPL(MAPLConfig(), LMSpec(hidden_size=32, embed_dim=32, num_layers=4, vocab_size=320), vit)
    assert method.prefix_length() == 32
    assert sum(p.numel() for p in method.parameters()) == expected_count(MAPLConfig(), 32, 32)
