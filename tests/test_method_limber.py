"""LiMBeR: one linear map per encoder token (or from the pooled embedding to k tokens): shapes on
real tiny encoders, the trainable set on tiny OPT/Llama/Gemma-3 (grid and pooled), dropout, and the
three reported parameter counts. The shared method contract (meta build, attach/detach, KV-cached
generation, checkpoints, ``bench run``) is in ``test_method_contract.py``."""

from __future__ import annotations

import pytest
import torch
from method_checks import names_with_gradient, random_features
from tiny_models import tiny_cnn_encoder, tiny_images, tiny_lm, tiny_vit_encoder

import methods.limber  # noqa: F401  (registers "limber")
from benchmark.backbones.lm import lm_spec
from benchmark.backbones.specs import EncoderSpec, LMSpec
from benchmark.engine.model import MultimodalLM
from benchmark.errors import ConfigError
from benchmark.experiments.params import count_on_meta
from methods.limber import LiMBeR, LiMBeRConfig

ENC = EncoderSpec(layer_widths=(8, 12, 16), grid_width=16, grid_tokens=5, pooled_width=24, grid_prefix_tokens=1)
LM16 = LMSpec(hidden_size=32, embed_dim=16, num_layers=4, vocab_size=320)  # d (16) != D (32), like OPT-350m


def feats(batch: int, seed: int = 0) -> dict[str, torch.Tensor]:
    return random_features(ENC, batch, seed, ("grid", "pooled"))


def test_grid_prefix_on_tiny_vit_drops_cls():
    enc = tiny_vit_encoder()
    assert enc.spec.grid_tokens == 17 and enc.spec.grid_prefix_tokens == 1
    encoded = enc(enc.preprocess(tiny_images(2)))
    for patch_only, tokens in ((True, 16), (False, 17)):
        cfg = LiMBeRConfig(patch_tokens_only=patch_only)
        method = LiMBeR(cfg, LM16, enc.spec).eval()
        f = encoded.select(LiMBeR.feature_request(cfg))
        assert set(f) == {"grid"}
        cond = method(f, 2)
        assert cond.prefix.shape == (2, tokens, 16) and method.prefix_length() == tokens
        assert not cond.layer_writes and not cond.blocked
        assert sum(p.numel() for p in method.parameters()) == 32 * 16 + 16  # one Linear(32, 16) for every token
    # with patch_tokens_only the [CLS] token (index 0) does not reach the prefix; patch tokens map 1:1
    method = LiMBeR(LiMBeRConfig(), LM16, enc.spec).eval()
    f = encoded.select(LiMBeR.feature_request(LiMBeRConfig()))
    g = dict(f, grid=f["grid"].clone())
    g["grid"][:, 0] += 5.0
    torch.testing.assert_close(method(g, 2).prefix, method(f, 2).prefix, rtol=0, atol=0)
    torch.testing.assert_close(method(f, 2).prefix[:, 3], method.proj(f["grid"][:, 4]))


def test_grid_and_pooled_prefix_on_tiny_cnn():
    enc = tiny_cnn_encoder()
    spec = enc.spec
    assert spec.grid_prefix_tokens == 0
    encoded = enc(enc.preprocess(tiny_images(2)))
    grid_method = LiMBeR(LiMBeRConfig(), LM16, spec).eval()  # a CNN grid has no [CLS]: nothing dropped
    cond = grid_method(encoded.select(LiMBeR.feature_request(LiMBeRConfig())), 2)
    assert cond.prefix.shape == (2, spec.grid_tokens, 16) and grid_method.prefix_length() == spec.grid_tokens
    cfg = LiMBeRConfig(feature="pooled", pooled_tokens=3)
    pooled_method = LiMBeR(cfg, LM16, spec).eval()
    f = encoded.select(LiMBeR.feature_request(cfg))
    assert set(f) == {"pooled"}
    out = pooled_method(f, 2).prefix
    assert out.shape == (2, 3, 16) and pooled_method.prefix_length() == 3
    # Linear(Dv, k*d) reshaped into k tokens, token-major
    torch.testing.assert_close(out[:, 1], pooled_method.proj(f["pooled"])[:, 16:32])


def test_dropout_only_in_training_and_bad_options():
    method = LiMBeR(LiMBeRConfig(), LM16, ENC)
    assert method.dropout.p == 0.1
    f = feats(2)
    torch.manual_seed(0)
    method.train()
    assert (method(f, 2).prefix == 0).any()
    method.eval()
    torch.testing.assert_close(method(f, 2).prefix, method(f, 2).prefix, rtol=0, atol=0)
    with pytest.raises(ConfigError, match="feature must be one of"):
        LiMBeR(LiMBeRConfig(feature="cls"), LM16, ENC)


@pytest.mark.parametrize("family", ["opt", "llama", "gemma3"])
@pytest.mark.parametrize("feature", ["grid", "pooled"])
def test_only_the_projection_trains(family, feature):
    lm, tok = tiny_lm(family)
    torch.manual_seed(0)
    method = LiMBeR(LiMBeRConfig(feature=feature, pooled_tokens=2), lm_spec(lm), ENC)
    model = MultimodalLM(lm, tok, method)
    trained = names_with_gradient(model, feats(3), tok)
    assert trained == {"method.proj.weight", "method.proj.bias"}
    assert all(p.grad.abs().sum() > 0 for p in method.parameters())
    assert not any(p.requires_grad or p.grad is not None for p in lm.parameters())
    assert set(method.state_dict()) == {"proj.weight", "proj.bias"}


def test_reported_parameter_counts_with_gpt_j():
    assert count_on_meta("limber", "gpt-j-6b", "clip-rn50x16")["trainable"] == 12_587_008
    assert count_on_meta("limber", "gpt-j-6b", "beit-large")["trainable"] == 4_198_400
    pooled = count_on_meta("limber", "gpt-j-6b", "nf-resnet50", ["method_options.feature=pooled"])
    assert pooled["trainable"] == 8_392_704
