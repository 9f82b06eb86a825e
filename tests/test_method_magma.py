"""MAGMA on tiny random LMs of every family: the projected-grid prefix, bottleneck adapters hooked on
every block's FFN (and attention) output, gradients and counts with and without attention
adapters, identity at init and detaching for each initialisation, and the GPT-J-6B / RN50x16
parameter counts. The shared method contract (meta build, detach and re-attach, KV-cached
generation, checkpoint round trip, ``bench run``) is in ``test_method_contract.py``."""

from __future__ import annotations

import pytest
import torch
from method_checks import assert_same_lm, random_features, snapshot, text_batch
from tiny_models import tiny_lm

import methods.magma  # noqa: F401  (registers "magma")
from benchmark.backbones.lm import lm_spec, self_attention
from benchmark.backbones.specs import EncoderSpec, LMSpec
from benchmark.engine.model import MultimodalLM
from benchmark.errors import ConfigError
from methods.magma import MAGMA, MAGMAConfig

# "opt-proj": input-embedding width 16 != hidden 32 (prefix in d, adapters in D)
FAMILIES = ["opt", "opt-proj", "llama", "gemma3", "gptj"]
ENC = EncoderSpec(layer_widths=(8, 12, 16), grid_width=16, grid_tokens=5, pooled_width=16)


def adapter_params(dim: int, downsample: int) -> int:
    hidden = dim // downsample
    return dim * hidden + hidden + hidden * dim + dim


def build(family: str, seed: int = 1, **options):
    lm, tok = tiny_lm(family)
    torch.manual_seed(seed)
    method = MAGMA(MAGMAConfig(**options), lm_spec(lm), ENC)
    return MultimodalLM(lm, tok, method), tok


def feats(batch: int, seed: int = 0) -> dict[str, torch.Tensor]:
    return random_features(ENC, batch, seed)


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("attention", [False, True])
def test_training_step_trains_exactly_the_method(family, attention):
    model, tok = build(family, attention_adapters=attention, attention_downsample=4)
    method, spec = model.method, model.spec
    model.train()
    ids, mask, labels = text_batch(tok)
    model(feats(3), ids, mask, labels).backward()
    for name, p in method.named_parameters():
        assert p.grad is not None and torch.isfinite(p.grad).all() and p.grad.abs().sum() > 0, name
    for name, p in model.lm.named_parameters():
        assert not p.requires_grad and p.grad is None, name
    # the checkpoint holds exactly the method's tensors, none of the frozen LM
    state = method.state_dict()
    assert set(state) == {n for n, _ in method.named_parameters()}
    lm_ptrs = {p.data_ptr() for p in model.lm.parameters()} | {b.data_ptr() for b in model.lm.buffers()}
    assert not lm_ptrs & {t.data_ptr() for t in state.values()}
    expected = spec.num_layers * adapter_params(spec.hidden_size, 4) * (2 if attention else 1)
    expected += ENC.grid_width * spec.embed_dim + spec.embed_dim + 2 * spec.embed_dim
    assert sum(t.numel() for t in state.values()) == expected
    assert len(method.adapters) == spec.num_layers and method.prefix_length() == ENC.grid_tokens


@pytest.mark.parametrize("family", FAMILIES)
def test_prefix_is_a_normalised_projection_of_the_grid(family):
    model, _ = build(family)
    model.eval()
    prefix = model.method(feats(2), 2).prefix
    assert prefix.shape == (2, ENC.grid_tokens, model.spec.embed_dim)
    torch.testing.assert_close(prefix.mean(-1), torch.zeros(2, ENC.grid_tokens), atol=1e-5, rtol=0)
    model.train()  # Dropout(0.1) before the LayerNorm is active in training
    assert not torch.equal(model.method(feats(2), 2).prefix, prefix)


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("attention", [False, True])
def test_adapters_start_at_identity_and_detach_restores_the_lm(family, attention):
    lm, tok = tiny_lm(family)
    ids, _, _ = text_batch(tok)
    with torch.no_grad():
        reference = lm(ids).logits
    before = snapshot(lm)
    # init_std=0: every adapter is exactly the identity
    model = MultimodalLM(lm, tok, MAGMA(MAGMAConfig(init_std=0.0, attention_adapters=attention), lm_spec(lm), ENC))
    with torch.no_grad():
        assert torch.equal(lm(ids).logits, reference)
    model.remove_hooks()
    assert_same_lm(before, snapshot(lm))
    # std 1e-3 weights, zero biases: logits within 1e-4 (measured <= 1.2e-5 on every tiny family)
    torch.manual_seed(0)
    cfg = MAGMAConfig(attention_adapters=attention, zero_bias=True)
    model = MultimodalLM(lm, tok, MAGMA(cfg, lm_spec(lm), ENC))
    with torch.no_grad():
        diff = (lm(ids).logits - reference).abs().max().item()
    assert 0 < diff < 1e-4, diff
    model.remove_hooks()
    assert_same_lm(before, snapshot(lm))
    with torch.no_grad():
        assert torch.equal(lm(ids).logits, reference)


@pytest.mark.parametrize("family", FAMILIES)
def test_default_init_moves_each_ffn_output_by_at_most_two_std(family):
    """MAGMA's init draws biases like the weights (normal, std 1e-3, clamped at 2e-3), so each
    adapter adds at most ~2e-3 to its FFN output. (The tiny random LMs' FFN outputs are themselves
    only 4e-3..5e-2, so their logits move visibly; a trained LM's FFN outputs are orders larger.)"""
    from benchmark.backbones.lm import decoder_layers, feed_forward

    lm, tok = tiny_lm(family)
    ids, _, _ = text_batch(tok)
    seen: dict = {}
    ffns = [feed_forward(layer) for layer in decoder_layers(lm)]

    def recorder(tag, i):
        return lambda module, args, output: seen.__setitem__((tag, i), output.detach().clone())

    handles = [ffn.register_forward_hook(recorder("frozen", i)) for i, ffn in enumerate(ffns)]
    torch.manual_seed(0)
    model = MultimodalLM(lm, tok, MAGMA(MAGMAConfig(), lm_spec(lm), ENC))
    handles += [ffn.register_forward_hook(recorder("adapted", i)) for i, ffn in enumerate(ffns)]
    with torch.no_grad():
        lm(ids)
    moved = [(seen[("adapted", i)] - seen[("frozen", i)]).abs().max().item() for i in range(len(ffns))]
    assert all(0 < d < 2.1e-3 for d in moved), moved  # measured 2.004e-3 at most
    for handle in handles:
        handle.remove()
    model.remove_hooks()


def test_initialisation_follows_magma_code():
    spec = LMSpec(hidden_size=512, embed_dim=512, num_layers=2, vocab_size=10)
    torch.manual_seed(0)
    m = MAGMA(MAGMAConfig(), spec, ENC)
    for linear in (m.adapters[0].down, m.adapters[0].up):
        for p in (linear.weight, linear.bias):
            assert p.abs().max() <= 2e-3 and p.abs().max() > 1.5e-3 and 0.7e-3 < p.std() < 1e-3
    assert m.adapters[0].down.weight.shape == (128, 512)
    zero = MAGMA(MAGMAConfig(zero_bias=True, init_std=0.01, init_clamp=False), spec, ENC)
    assert not zero.adapters[1].up.bias.any() and zero.adapters[1].up.weight.abs().max() > 0.02
    v2 = MAGMA(MAGMAConfig(attention_adapters=True, adapter_downsample=8), spec, ENC)
    assert v2.adapters[0].down.out_features == 64 and v2.attention_adapters[0].down.out_features == 64


def test_attach_twice_and_unknown_attention_module():
    model, _ = build("opt")
    with pytest.raises(RuntimeError, match="already attached"):
        model.method.attach(model.lm)
    with pytest.raises(ConfigError, match="cannot find the attention module"):
        self_attention(torch.nn.Linear(2, 2))


def test_parameter_counts_gptj_rn50x16():
    """MAGMA v1 with GPT-J-6B (D 4096, 28 layers) and CLIP RN50x16 (144 x 3072): 235.0M adapters +
    12.6M projection/LayerNorm."""
    from benchmark.backbones.factory import build_encoder_on_meta
    from benchmark.backbones.lm import lm_spec_for
    from benchmark.experiments.params import count_on_meta

    enc = build_encoder_on_meta("clip-rn50x16").spec
    assert (enc.grid_tokens, enc.grid_width) == (144, 3072)
    with torch.device("meta"):
        m = MAGMA(MAGMAConfig(), lm_spec_for("gpt-j-6b"), enc)
    assert sum(p.numel() for p in m.adapters.parameters()) == 235_024_384
    prefix = [*m.projection.parameters(), *m.norm.parameters()]
    assert sum(p.numel() for p in prefix) == 12_595_200
    assert count_on_meta("magma", "gpt-j-6b", "clip-rn50x16")["trainable"] == 247_619_584
