"""The LM-block connector (LM4VisualEncoding): the parameter count as ``bench params`` builds it, the
frozen copy of the LM's layer (what it holds, that it leaves the LM alone and is never trained or saved),
bidirectional attention without position encoding on every LM family (a later token changes an earlier
output, permuting the tokens permutes the outputs; a None mask would have made SDPA causal), the
re-initialised control, the trainable set and option errors. The shared method contract (meta build,
attach/detach, KV-cached generation, checkpoint round trip, ``bench run``) is in
``test_method_contract.py``."""

from __future__ import annotations

import pytest
import torch
from method_checks import assert_same_lm, names_with_gradient, random_features, snapshot
from tiny_models import LM_FAMILIES, tiny_lm

import methods.lm_block  # noqa: F401  (registers "lm-block" and "lm-block-reinit")
from benchmark.backbones.lm import decoder_layers, lm_spec
from benchmark.backbones.specs import EncoderSpec
from benchmark.engine.model import MultimodalLM
from benchmark.errors import ConfigError
from benchmark.experiments.params import count_on_meta
from benchmark.registry import METHODS
from methods.lm_block import LMBlock, LMBlockConfig

ENC = EncoderSpec(layer_widths=(8, 12, 16), grid_width=12, grid_tokens=5, pooled_width=16, grid_prefix_tokens=1)


def attached(family: str, attn: str = "sdpa", seed: int = 0, **options):
    """``(method, lm, tokenizer)``: the method attached to a fresh tiny LM by the wrapper."""
    lm, tok = tiny_lm(family, attn_implementation=attn)
    torch.manual_seed(seed)
    method = LMBlock(LMBlockConfig(**options), lm_spec(lm), ENC)
    MultimodalLM(lm, tok, method)
    return method.eval(), lm, tok


def hidden_states(lm, n: int = 7, seed: int = 0) -> tuple[torch.Tensor, torch.Tensor]:
    """Random (2, n, D) hidden states, and a copy whose LAST token is replaced (not shifted: a
    constant shift would vanish in the block's LayerNorm)."""
    g = torch.Generator().manual_seed(seed)
    h = torch.randn(2, n, lm.config.hidden_size, generator=g)
    other = h.clone()
    other[:, -1] = torch.randn(2, lm.config.hidden_size, generator=g)
    return h, other


# -- counts ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["lm-block", "lm-block-reinit"])
def test_count_on_smollm2_and_efficientnet_lite0(name):
    # Linear(1280, 576, no bias) + Linear(576, 576): the copied SmolLM2 block is frozen, not counted
    assert count_on_meta(name, "smollm2-135m", "efficientnet-lite0")["trainable"] == 1280 * 576 + 576 * 576 + 576
    assert 1280 * 576 + 576 * 576 + 576 == 1_069_632


def test_the_frozen_smollm2_block_is_held_but_not_counted():
    from benchmark.backbones.factory import build_encoder_on_meta
    from benchmark.backbones.lm import build_lm_on_meta

    lm = build_lm_on_meta("smollm2-135m")
    with torch.device("meta"):
        method = LMBlock(LMBlockConfig(), lm_spec(lm), build_encoder_on_meta("efficientnet-lite0").spec)
        method.attach(lm)
    # q 576x576, k and v 576x192 (3 KV heads), o 576x576, MLP 3 x 576x1536, two RMSNorms: the LM's last layer
    assert sum(b.numel() for b in method.block.buffers()) == 3_540_096
    assert sum(p.numel() for p in decoder_layers(lm)[29].parameters()) == 3_540_096
    assert sum(p.numel() for p in method.parameters()) == 1_069_632


def test_count_with_an_lm_whose_embedding_width_differs():
    method, lm, _ = attached("opt-proj")  # hidden 32, input embeddings 16
    assert method.proj_in.weight.shape == (32, 12) and method.proj_in.bias is None
    assert method.proj_out.weight.shape == (16, 32)
    assert sum(p.numel() for p in method.parameters()) == 12 * 32 + 32 * 16 + 16
    assert method.prefix_length() == ENC.grid_tokens


# -- the frozen copy ---------------------------------------------------------------------------------
@pytest.mark.parametrize("family", LM_FAMILIES)
@pytest.mark.parametrize("index", [0, -1])
def test_the_block_is_a_frozen_copy_of_the_lms_layer(family, index):
    lm, tok = tiny_lm(family)
    before = snapshot(lm)
    method = LMBlock(LMBlockConfig(block_index=index), lm_spec(lm), ENC)
    assert method.block is None  # taken at attach time
    model = MultimodalLM(lm, tok, method)
    layer = decoder_layers(lm)[index]
    copied = dict(method.block.named_buffers())
    params = dict(layer.named_parameters())
    assert set(params) <= set(copied)
    for name, p in params.items():
        assert torch.equal(copied[name], p) and copied[name].data_ptr() != p.data_ptr(), name
    # the block is neither trained, nor counted, nor saved; the LM is untouched
    assert {n for n, _ in method.named_parameters()} == {"proj_in.weight", "proj_out.weight", "proj_out.bias"}
    assert set(method.state_dict()) == {"proj_in.weight", "proj_out.weight", "proj_out.bias"}
    model.remove_hooks()
    assert_same_lm(before, snapshot(lm))


def test_attaching_again_keeps_the_copy_and_forward_needs_it():
    lm, tok = tiny_lm("llama")
    method = LMBlock(LMBlockConfig(), lm_spec(lm), ENC)
    with pytest.raises(RuntimeError, match="attach the method to its LM first"):
        method(random_features(ENC, 1), 1)
    method.attach(lm)
    block = method.block
    method.detach(lm)
    method.attach(lm)
    assert method.block is block


def test_the_block_stays_in_eval_mode_while_the_maps_train():
    method, lm, _ = attached("opt")  # OPT's layers apply dropout 0.1 in train mode
    assert lm.config.dropout > 0
    method.train()
    assert method.training and method.proj_in.training and not method.block.training
    h, _ = hidden_states(lm)
    assert torch.equal(method.run_block(h), method.run_block(h))


# -- bidirectional, no positions -----------------------------------------------------------------------
@pytest.mark.parametrize("family", LM_FAMILIES)
def test_a_later_token_changes_an_earlier_output(family):
    # block 0: Gemma-3's first layer is a sliding-window layer (window 4 < 7 tokens)
    method, lm, _ = attached(family, block_index=0)
    h, other = hidden_states(lm)
    with torch.no_grad():
        first, changed = method.run_block(h)[:, 0], method.run_block(other)[:, 0]
    assert (first - changed).abs().max() > 1e-4


@pytest.mark.parametrize("family", ["opt", "llama", "gemma3"])
def test_without_the_explicit_mask_sdpa_would_be_causal(family):
    """The pitfall the explicit mask avoids: the same copied layer with ``attention_mask=None`` and
    more than one token runs causally under SDPA (token 0 ignores the others)."""
    method, lm, _ = attached(family, block_index=0)
    assert lm.config._attn_implementation == "sdpa"
    h, other = hidden_states(lm)
    zeros = torch.zeros(2, h.shape[1], dtype=torch.long)
    kwargs = {"position_ids": zeros}
    if method.rotary is not None:
        kwargs["position_embeddings"] = method.rotary(h, zeros, **method._rotary_kwargs)

    def first(x):
        out = method.block(x, attention_mask=None, **kwargs)
        return (out[0] if isinstance(out, tuple) else out)[:, 0]

    with torch.no_grad():
        assert torch.allclose(first(h), first(other), atol=1e-6)


@pytest.mark.parametrize("family", LM_FAMILIES)
@pytest.mark.parametrize("attn", ["sdpa", "eager"])
def test_permuting_the_tokens_permutes_the_outputs(family, attn):
    method, lm, _ = attached(family, attn=attn, block_index=0)
    h, _ = hidden_states(lm, n=9)
    perm = torch.randperm(9, generator=torch.Generator().manual_seed(1))
    with torch.no_grad():
        out = method.run_block(h)
        assert torch.allclose(method.run_block(h[:, perm]), out[:, perm], atol=1e-5)
        # and the outputs are not a function of position alone: a real sequence mixes its tokens
        assert not torch.allclose(out[:, 0], out[:, 1])


@pytest.mark.parametrize("family", ["opt", "llama", "gemma3"])
def test_each_example_is_conditioned_on_its_own_image_only(family):
    method, lm, _ = attached(family)
    grid = random_features(ENC, 3)["grid"]
    with torch.no_grad():
        together = method({"grid": grid}, 3).prefix
        alone = method({"grid": grid[1:2]}, 1).prefix
    assert torch.allclose(together[1:2], alone, atol=1e-6)


def test_rotary_at_position_zero_is_the_identity():
    method, lm, _ = attached("llama")
    h, _ = hidden_states(lm)
    cos, sin = method.rotary(h, torch.zeros(2, 7, dtype=torch.long))
    assert torch.equal(cos, torch.ones_like(cos)) and torch.equal(sin, torch.zeros_like(sin))


def test_the_connector_output_depends_on_every_token():
    method, lm, _ = attached("llama")
    grid = random_features(ENC, 2)["grid"]
    moved = grid.clone()
    moved[:, -1] = torch.randn(2, ENC.grid_width, generator=torch.Generator().manual_seed(5))
    with torch.no_grad():
        a, b = method({"grid": grid}, 2).prefix, method({"grid": moved}, 2).prefix
    assert a.shape == (2, ENC.grid_tokens, 32)
    assert (a[:, 0] - b[:, 0]).abs().max() > 1e-5  # through the block's attention


# -- the re-initialised control ------------------------------------------------------------------------
@pytest.mark.parametrize("family", ["llama", "gemma3", "opt"])
def test_reinit_control_holds_a_seeded_random_block(family):
    lm, tok = tiny_lm(family)
    before = snapshot(lm)
    layer = dict(decoder_layers(lm)[-1].named_parameters())
    blocks = []
    for global_seed, reinit_seed in [(0, 0), (1, 0), (0, 1)]:
        torch.manual_seed(global_seed)
        method = METHODS.get("lm-block-reinit")(
            METHODS.get("lm-block-reinit").config_cls(reinit_seed=reinit_seed), lm_spec(lm), ENC
        )
        assert method.config.reinit
        method.attach(lm)
        blocks.append(dict(method.block.named_buffers()))
    matrices = [n for n, p in layer.items() if p.dim() == 2]
    assert matrices and all(not torch.equal(blocks[0][n], layer[n]) for n in matrices)  # re-drawn
    assert all(torch.equal(blocks[0][n], blocks[1][n]) for n in blocks[0])  # the same whatever the run seed
    assert any(not torch.equal(blocks[0][n], blocks[2][n]) for n in matrices)  # another reinit_seed
    std = getattr(lm.config, "init_std", None) or lm.config.initializer_range  # OPT names it init_std
    assert all(0.5 * std < float(blocks[0][n].std()) < 1.5 * std for n in matrices)  # the family's init
    assert_same_lm(before, snapshot(lm))


# -- training and options ------------------------------------------------------------------------------
@pytest.mark.parametrize("family", ["opt", "llama", "gemma3", "gptj"])
def test_only_the_two_maps_train(family):
    lm, tok = tiny_lm(family)
    torch.manual_seed(0)
    method = LMBlock(LMBlockConfig(), lm_spec(lm), ENC)
    model = MultimodalLM(lm, tok, method)
    trained = names_with_gradient(model, random_features(ENC, 3), tok)
    assert trained == {
        "method.proj_in.weight",
        "method.proj_out.weight",
        "method.proj_out.bias",
    }
    assert all(p.grad.abs().sum() > 0 for p in method.parameters())
    assert not any(b.requires_grad for b in method.block.buffers())


def test_options_fail_with_one_line():
    lm, _ = tiny_lm("llama")
    with pytest.raises(ConfigError, match="block_index 4 is outside the LM's 4 layers"):
        LMBlock(LMBlockConfig(block_index=4), lm_spec(lm), ENC)
    with pytest.raises(ConfigError, match="block_index -5"):
        LMBlock(LMBlockConfig(block_index=-5), lm_spec(lm), ENC)
    with pytest.raises(ConfigError, match="norm_eps must be positive"):
        LMBlock(LMBlockConfig(norm_eps=0.0), lm_spec(lm), ENC)
    lm.config._attn_implementation = "flex_attention"
    with pytest.raises(ConfigError, match="'flex_attention' may ignore the explicit bidirectional mask"):
        LMBlock(LMBlockConfig(), lm_spec(lm), ENC).attach(lm)


def test_no_paper_recipe():
    assert METHODS.get("lm-block").paper_recipe is None and METHODS.get("lm-block-reinit").paper_recipe is None
