"""Frozen: the reference parameter counts on the meta device (``bench params``'s path, with the encoder
counted as trainable in the ``train_encoder`` regime), the n-token prefix from the pooled embedding on a
real tiny CNN, dropout, the options it refuses and the paper recipe. The trained-encoder regime end to
end is in ``test_frozen_train_encoder.py``; the shared method contract in ``test_method_contract.py``."""

from __future__ import annotations

import pytest
import torch
from method_checks import random_features
from tiny_models import tiny_cnn_encoder, tiny_images

import methods.frozen  # noqa: F401  (registers "frozen")
from benchmark.backbones.specs import EncoderSpec, LMSpec
from benchmark.engine.config import build_method_config
from benchmark.engine.recipe import SHARED, recipe_for
from benchmark.errors import ConfigError
from benchmark.experiments.params import count_on_meta
from methods.frozen import Frozen, FrozenConfig

ENC = EncoderSpec(layer_widths=(8, 12, 16), grid_width=16, grid_tokens=5, pooled_width=24, grid_prefix_tokens=1)
LM16 = LMSpec(hidden_size=32, embed_dim=16, num_layers=4, vocab_size=320)


def test_reference_parameter_counts():
    # the paper's prefix map: NF-ResNet-50 pooled (2048) -> 2 tokens of a 4096-wide LM
    count = count_on_meta("frozen", "opt-6.7b", "nf-resnet50")["trainable"]
    assert abs(count - 16_785_408) <= 0.01 * 16_785_408
    assert count == 2048 * 2 * 4096 + 2 * 4096 == 16_785_408
    # the offline setup: Linear(1280, 2 x 576)
    assert count_on_meta("frozen", "smollm2-135m", "efficientnet-lite0")["trainable"] == 1_475_712
    four = count_on_meta("frozen", "smollm2-135m", "efficientnet-lite0", ["method_options.prefix_tokens=4"])
    assert four["trainable"] == 1280 * 4 * 576 + 4 * 576
    # the same map as LiMBeR's pooled variant with k = 2
    limber = count_on_meta(
        "limber", "opt-6.7b", "nf-resnet50", ["method_options.feature=pooled", "method_options.pooled_tokens=2"]
    )
    assert limber["trainable"] == count


def test_the_trained_encoder_regime_counts_the_encoder_as_trainable():
    frozen = count_on_meta("frozen", "smollm2-135m", "efficientnet-lite0")
    trained = count_on_meta("frozen", "smollm2-135m", "efficientnet-lite0", ["method_options.train_encoder=true"])
    # the spec's small setup: Linear(1280, 1152) + EfficientNet-Lite0 without its 1000-class classifier
    assert trained["trainable"] == 1_475_712 + 3_371_008 == 4_846_720
    assert trained["total"] == frozen["total"]  # the same model; the classifier head stays frozen (and unused)
    assert frozen["total"] - frozen["trainable"] - (trained["total"] - trained["trainable"]) == 3_371_008


def test_pooled_embedding_becomes_n_prefix_tokens_on_a_tiny_cnn():
    enc = tiny_cnn_encoder()
    feats = enc(enc.preprocess(tiny_images(2))).select(Frozen.feature_request(FrozenConfig()))
    assert set(feats) == {"pooled"}  # nothing else is read
    torch.manual_seed(0)
    method = Frozen(FrozenConfig(), LM16, enc.spec).eval()
    cond = method(feats, 2)
    assert cond.prefix.shape == (2, 2, 16) and method.prefix_length() == 2
    assert not cond.layer_writes and not cond.blocked
    # Linear(Dv, n*d) reshaped token-major: token j is output columns j*d .. (j+1)*d
    full = method.proj(feats["pooled"])
    torch.testing.assert_close(cond.prefix[:, 1], full[:, 16:32])
    assert set(method.state_dict()) == {"proj.weight", "proj.bias"}  # the encoder has no trainable part


def test_dropout_off_by_default_and_optional():
    f = random_features(ENC, 2, keys=("pooled",))
    method = Frozen(FrozenConfig(prefix_tokens=4), LM16, ENC).train()
    assert method.dropout.p == 0.0 and method.prefix_length() == 4
    torch.testing.assert_close(method(f, 2).prefix, method(f, 2).prefix, rtol=0, atol=0)
    torch.manual_seed(0)
    dropped = Frozen(FrozenConfig(dropout=0.5), LM16, ENC).train()
    assert (dropped(f, 2).prefix == 0).any()


def test_bad_options_and_the_train_encoder_option():
    with pytest.raises(ConfigError, match="prefix_tokens must be at least 1"):
        Frozen(FrozenConfig(prefix_tokens=0), LM16, ENC)
    with pytest.raises(ConfigError, match="dropout"):
        Frozen(FrozenConfig(dropout=1.0), LM16, ENC)
    # the paper's regime is the option train_encoder (off by default); the spec's longer name is unknown, not ignored
    assert not Frozen.trains_encoder(FrozenConfig())
    assert Frozen.trains_encoder(build_method_config(FrozenConfig, {"train_encoder": "true"}, "frozen"))
    with pytest.raises(ConfigError, match="frozen_train_encoder"):
        build_method_config(FrozenConfig, {"frozen_train_encoder": True}, "frozen")


def test_paper_recipe_confirms_only_the_batch_size():
    recipe = recipe_for("frozen", "paper")
    assert recipe.published and recipe.batch_size == 128 and "appendix" in recipe.source("batch_size")
    assert recipe.lr == SHARED.lr and "UNCONFIRMED" in recipe.source("lr")
