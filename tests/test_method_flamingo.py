"""Flamingo's gated cross-attention on tiny random LMs: OpenFlamingo-9B-style and offline parameter
counts on the meta device, placement of the blocks, the block against an independent reading of
OpenFlamingo's ``helpers.py``, bit-identical logits at initialisation (tanh(0) gates), per-example
isolation, beams and left padding (each row reads its own image), cached = uncached generation with
open gates, and the errors. The shared method contract (meta build, detach and re-attach, KV-cached
generation, checkpoint round trip, ``bench run``) is in ``test_method_contract.py``."""

from __future__ import annotations

import pytest
import torch
from method_checks import assert_cached_generation_matches, random_features, text_batch, wrapper_outputs
from test_method_resampler import perceiver_params
from tiny_models import tiny_lm

from benchmark.backbones.lm import decoder_layers, lm_spec
from benchmark.backbones.specs import EncoderSpec, LMSpec
from benchmark.engine.config import build_method_config
from benchmark.engine.model import MultimodalLM
from benchmark.errors import ConfigError
from benchmark.experiments.params import count_on_meta
from methods.flamingo import Flamingo, FlamingoConfig, GatedCrossAttentionBlock

ENC = EncoderSpec(layer_widths=(8, 12, 16), grid_width=16, grid_tokens=5, pooled_width=16, grid_prefix_tokens=1)
SMALL = {"num_latents": 4, "heads": 2, "dim_head": 8, "cross_attn_every_n_layers": 2}
FAMILIES = ["opt", "opt-proj", "llama", "gemma3", "gptj"]


def block_params(dim: int, dim_visual: int, inner: int = 512, ff_mult: int = 4) -> int:
    """GatedCrossAttentionBlock by formula: LayerNorm, to_q, to_kv, to_out (no biases), the
    FeedForward (LayerNorm + two Linears without bias) and the two one-element gates."""
    attention = 2 * dim + dim * inner + dim_visual * 2 * inner + inner * dim
    return attention + 2 * dim + 2 * ff_mult * dim * dim + 2


def test_parameter_counts_as_bench_params_computes_them():
    assert block_params(2560, 1024) == 8 * 2560**2 + 1028 * 2560 + 1024 * 1024 + 2 == 56_109_058
    # OPT-2.7B (D 2560, 32 layers: blocks before layers 3, 7, ..., 31) + CLIP ViT-L/14 (256 x 1024)
    counted = count_on_meta("flamingo", "opt-2.7b", "clip-vit-l14", ["method_options.preset=openflamingo"])
    expected = perceiver_params(1024, 6) + 8 * block_params(2560, 1024)
    assert expected == 63_019_008 + 8 * 56_109_058 == 511_891_472
    assert abs(counted["trainable"] - 511_891_472) <= 0.01 * 511_891_472
    assert counted["trainable"] == expected
    # OpenFlamingo-9B's widths (MPT-7B, D 4096, every 4th of 32 layers): the spec's 1,178,834,960
    assert perceiver_params(1024, 6) + 8 * block_params(4096, 1024) == 1_178_834_960
    # offline setup: EfficientNet-Lite0 (1280) -> SmolLM2-135M (D 576, 30 layers: 7 blocks)
    lite = count_on_meta("flamingo", "smollm2-135m", "efficientnet-lite0")["trainable"]
    assert lite == 1280 * 576 + 576 + perceiver_params(576, 2) + 7 * block_params(576, 576) == 35_303_630
    faithful = count_on_meta("flamingo", "smollm2-135m", "efficientnet-lite0", ["method_options.preset=openflamingo"])
    assert faithful["trainable"] == perceiver_params(1280, 6) + 7 * block_params(576, 1280) == 126_401_806
    every6 = count_on_meta(
        "flamingo", "smollm2-135m", "efficientnet-lite0", ["method_options.cross_attn_every_n_layers=6"]
    )
    assert every6["trainable"] == 27_631_306


def test_blocks_sit_before_every_nth_layer():
    def layers(n: int, depth: int) -> list[int]:
        spec = LMSpec(hidden_size=32, embed_dim=32, num_layers=depth, vocab_size=320)
        return Flamingo(FlamingoConfig(**{**SMALL, "cross_attn_every_n_layers": n}), spec, ENC).xattn_layers

    assert layers(4, 32) == [3, 7, 11, 15, 19, 23, 27, 31]
    assert layers(1, 4) == [0, 1, 2, 3] and layers(2, 4) == [1, 3] and layers(4, 30) == [3, 7, 11, 15, 19, 23, 27]
    lm, tok = tiny_lm("llama")
    before = [len(layer._forward_pre_hooks) for layer in decoder_layers(lm)]
    model = MultimodalLM(lm, tok, Flamingo(FlamingoConfig(**SMALL), lm_spec(lm), ENC))
    added = [len(layer._forward_pre_hooks) - b for layer, b in zip(decoder_layers(lm), before)]
    assert added == [0, 1, 0, 1] and len(model.method.blocks) == 2
    assert model.method.prefix_length() == 0 and model.method.injection_layers() == []
    model.remove_hooks()
    assert [len(layer._forward_pre_hooks) for layer in decoder_layers(lm)] == before


def reference_block(block: GatedCrossAttentionBlock, x: torch.Tensor, media: torch.Tensor) -> torch.Tensor:
    """OpenFlamingo's ``GatedCrossAttentionBlock.forward`` (one image before every text token, so
    ``text_time`` is 1 everywhere and nothing is masked), with einsum and the detached row maximum as
    ``helpers.py`` does, on ``block``'s weights."""
    attn, heads = block.attn, block.attn.heads

    def split(t):
        return t.view(t.shape[0], t.shape[1], heads, -1).permute(0, 2, 1, 3)

    q = split(attn.to_q(attn.norm(x))) * attn.scale
    k, v = attn.to_kv(media).chunk(2, dim=-1)
    sim = torch.einsum("bhid,bhjd->bhij", q, split(k))
    sim = sim - sim.amax(dim=-1, keepdim=True).detach()
    out = torch.einsum("bhij,bhjd->bhid", sim.softmax(dim=-1), split(v))
    out = attn.to_out(out.permute(0, 2, 1, 3).reshape(x.shape[0], x.shape[1], -1))
    x = out * block.attn_gate.tanh() + x
    return block.ff(x) * block.ff_gate.tanh() + x


def test_gated_block_follows_openflamingo():
    torch.manual_seed(0)
    block = GatedCrossAttentionBlock(dim=24, dim_visual=12, dim_head=8, heads=3, ff_mult=4)
    assert block.attn_gate.shape == (1,) and float(block.attn_gate.detach()) == 0.0 == float(block.ff_gate.detach())
    x, media = torch.randn(2, 5, 24), torch.randn(2, 4, 12)
    assert torch.equal(block(x, media), x)  # tanh(0) = 0: exactly the input
    with torch.no_grad():
        block.attn_gate.fill_(0.7)
        block.ff_gate.fill_(-0.4)
        block.attn.norm.weight.add_(torch.randn(24) * 0.3)
    torch.testing.assert_close(block(x, media), reference_block(block, x, media), rtol=1e-5, atol=1e-5)
    assert not torch.allclose(block(x, media), x)
    assert all(lin.bias is None for lin in (block.attn.to_q, block.attn.to_kv, block.attn.to_out, block.ff[1]))
    assert block.attn.to_kv.in_features == 12 and block.ff[1].out_features == 96


def build(family: str, seed: int = 1, gates: float | None = None, **options):
    lm, tok = tiny_lm(family)
    torch.manual_seed(seed)
    cfg = build_method_config(FlamingoConfig, {**SMALL, **options}, "flamingo")
    model = MultimodalLM(lm, tok, Flamingo(cfg, lm_spec(lm), ENC))
    if gates is not None:
        open_gates(model.method, gates)
    return model.eval(), tok


def open_gates(method: Flamingo, value: float) -> None:
    with torch.no_grad():
        for block in method.blocks:
            block.attn_gate.fill_(value)
            block.ff_gate.fill_(value)


@pytest.mark.parametrize("family", FAMILIES)
def test_logits_at_initialisation_are_the_plain_lms_bit_for_bit(family):
    lm, tok = tiny_lm(family)
    ids, mask, labels = text_batch(tok)
    with torch.no_grad():
        reference = lm(ids, attention_mask=mask).logits
    torch.manual_seed(1)
    model = MultimodalLM(lm, tok, Flamingo(FlamingoConfig(**SMALL), lm_spec(lm), ENC)).eval()
    feats = random_features(ENC, 3)
    with torch.no_grad():
        model.method(feats, 3)  # the latents the blocks read
        assert torch.equal(lm(ids, attention_mask=mask).logits, reference)
        out, n_pre = wrapper_outputs(model, feats, ids, mask)
        assert n_pre == 0 and out.logits.shape == reference.shape
        with model.plain_lm():
            plain = wrapper_outputs(model, feats, ids, mask)[0].logits  # the same inputs, blocks detached
        assert torch.equal(wrapper_outputs(model, feats, ids, mask)[0].logits, plain)
        if family == "llama":  # in bf16 autocast too
            with torch.autocast("cpu", dtype=torch.bfloat16):
                auto_ref = lm(ids, attention_mask=mask).logits
                with model.plain_lm():
                    auto_plain = lm(ids, attention_mask=mask).logits
            assert torch.equal(auto_ref, auto_plain)
        open_gates(model.method, 0.5)  # the check can fail: open gates move the logits
        model.method(feats, 3)  # (detaching forgets the latents)
        assert not torch.allclose(lm(ids, attention_mask=mask).logits, reference)
    # at initialisation only the gates get gradients (d tanh(g)/dg = 1 at 0; everything else is * 0)
    open_gates(model.method, 0.0)
    model.train()
    model(feats, ids, mask, labels).backward()
    for name, p in model.method.named_parameters():
        is_gate = name.endswith("_gate")
        assert p.grad is not None and bool(p.grad.abs().sum() > 0) == is_gate, name


@pytest.mark.parametrize("family", ["opt", "llama", "gemma3"])
def test_each_example_attends_to_its_own_image_only(family):
    model, tok = build(family, gates=0.8)
    ids, mask, _ = text_batch(tok)
    feats = random_features(ENC, 3)
    other = {"grid": feats["grid"].clone()}
    other["grid"][1] = torch.randn(ENC.grid_tokens, ENC.grid_width)  # example 2's image changes
    with torch.no_grad():
        logits = wrapper_outputs(model, feats, ids, mask)[0].logits
        moved = wrapper_outputs(model, other, ids, mask)[0].logits
    assert torch.equal(moved[0], logits[0]) and torch.equal(moved[2], logits[2])
    assert not torch.allclose(moved[1], logits[1])


def left_padded(tok, lengths=(6, 3), seed: int = 4):
    g = torch.Generator().manual_seed(seed)
    width = max(lengths)
    ids = torch.full((len(lengths), width), tok.pad_token_id)
    mask = torch.zeros_like(ids)
    for i, n in enumerate(lengths):
        ids[i, width - n :] = torch.randint(5, 60, (n,), generator=g)
        mask[i, width - n :] = 1
    return ids, mask


@pytest.mark.parametrize("family", ["opt", "llama", "gemma3"])
def test_beams_and_left_padding_read_each_rows_own_image(family):
    """A left-padded batch of two prompts with different images generates, greedy and with 3 beams,
    what each prompt generates alone; the image matters (another image changes the output)."""
    model, tok = build(family, gates=1.0)
    with torch.no_grad():  # stronger visual pathway than the default init, so images change tokens
        for block in model.method.blocks:
            block.attn.to_out.weight.mul_(20.0)
    ids, mask = left_padded(tok)
    feats = random_features(ENC, 2, seed=3)
    for beams in (1, 3):
        batched = model.generate(feats, ids, mask, max_new_tokens=5, num_beams=beams)
        for row in range(2):
            n = int(mask[row].sum())
            alone_feats = {"grid": feats["grid"][row : row + 1]}
            alone = model.generate(alone_feats, ids[row : row + 1, -n:], mask[row : row + 1, -n:], 5, beams)
            assert batched[row] == alone[0], (beams, row)
        swapped = {"grid": feats["grid"].flip(0)}
        assert model.generate(swapped, ids, mask, max_new_tokens=5, num_beams=beams) != batched
    # beam rows are the examples' rows repeated in place: row r of a 3-beam forward reads example r // 3
    model.method(feats, 2)
    rows = model.method.latents_for(6)
    assert all(torch.equal(rows[r], model.method.latents_for(2)[r // 3]) for r in range(6))


@pytest.mark.parametrize("family", FAMILIES)
def test_cached_generation_equals_uncached_with_open_gates(family):
    model, tok = build(family, gates=0.7)
    assert_cached_generation_matches(model, random_features(ENC, 3), tok, beams=(1, 3), max_new_tokens=6)


def test_errors():
    spec = LMSpec(hidden_size=32, embed_dim=32, num_layers=4, vocab_size=320)
    with pytest.raises(ConfigError, match="puts no block"):
        Flamingo(FlamingoConfig(**{**SMALL, "cross_attn_every_n_layers": 5}), spec, ENC)
    with pytest.raises(ConfigError, match="preset must be one of"):
        Flamingo(FlamingoConfig(preset="9b"), spec, ENC)
    with pytest.raises(ConfigError, match="cross_attn_every_n_layers must be a positive integer"):
        Flamingo(FlamingoConfig(cross_attn_every_n_layers=0), spec, ENC)
    model, tok = build("opt")
    ids, mask, _ = text_batch(tok)
    with pytest.raises(RuntimeError, match="already attached"):
        model.method.attach(model.lm)
    with pytest.raises(RuntimeError, match="no visual latents"), torch.no_grad():
        model.lm(ids, attention_mask=mask)
    model.method(random_features(ENC, 2), 2)
    with pytest.raises(RuntimeError, match="runs 3 rows but the visual latents cover 2"), torch.no_grad():
        model.lm(ids, attention_mask=mask)
    other, _ = tiny_lm("opt")
    model.remove_hooks()
    deeper = LMSpec(hidden_size=32, embed_dim=32, num_layers=8, vocab_size=320)
    with pytest.raises(ConfigError, match="built for 8 LM layers"):
        Flamingo(FlamingoConfig(**SMALL), deeper, ENC).attach(other)
