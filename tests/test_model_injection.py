"""The shared wrapper on tiny random OPT, Llama and Gemma-3 LMs: layer injection, causal masking,
loss reductions, left padding and blocked attention spans. What every method must keep through it
(only the method trains, KV-cached generation equals uncached, also past Gemma-3's sliding window)
is in ``test_method_contract.py``."""

from __future__ import annotations

import pytest
import torch
from method_checks import text_batch, wrapper_outputs
from tiny_models import tiny_lm

from benchmark.backbones.specs import EncoderSpec
from benchmark.engine.model import MultimodalLM, hide_slot
from methods.blind import Blind, BlindConfig
from methods.epalm import EPALM, EPALMConfig

FAMILIES = ["opt", "llama", "gemma3"]
ENC = EncoderSpec(layer_widths=(8, 12, 16), grid_width=16, grid_tokens=4, pooled_width=16)


def build(family: str, attn: str = "sdpa", prompt_length: int = 3):
    lm, tok = tiny_lm(family, attn_implementation=attn)
    from benchmark.backbones.lm import lm_spec

    torch.manual_seed(1)
    cfg = EPALMConfig(num_layer_tokens=2, num_injection_layers=2, injection_end_offset=2, prompt_length=prompt_length)
    method = EPALM(cfg, lm_spec(lm), ENC)
    return MultimodalLM(lm, tok, method), tok


def feats(batch: int, seed: int = 0) -> dict[str, torch.Tensor]:
    g = torch.Generator().manual_seed(seed)
    return {"layer.0": torch.randn(batch, 12, generator=g), "layer.1": torch.randn(batch, 16, generator=g)}


def hidden_states(model, features, ids, mask):
    """Per-layer hidden states of the wrapper's full sequence (index i = input of layer i)."""
    out, n_pre = wrapper_outputs(model, features, ids, mask, output_hidden_states=True)
    return out.hidden_states, out.logits, n_pre


@pytest.mark.parametrize("family", FAMILIES)
def test_injection_layers_default_to_the_twelve_ending_at_l_minus_2(family):
    from benchmark.backbones.specs import LMSpec

    spec = LMSpec(hidden_size=32, embed_dim=32, num_layers=32, vocab_size=10)
    m = EPALM(EPALMConfig(), spec, EncoderSpec(layer_widths=(8,) * 12, grid_width=8, grid_tokens=1, pooled_width=8))
    assert m.injection_layers() == list(range(19, 31))
    spec24 = LMSpec(hidden_size=32, embed_dim=32, num_layers=24, vocab_size=10)
    m24 = EPALM(EPALMConfig(), spec24, EncoderSpec(layer_widths=(8,) * 12, grid_width=8, grid_tokens=1, pooled_width=8))
    assert m24.injection_layers() == list(range(11, 23))
    # two consecutive layers per token, shallowest token first
    assert [m._token_of_layer[layer] for layer in range(19, 31)] == [0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5]


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("attn", ["sdpa", "eager"])
def test_text_cannot_attend_to_the_slot_before_the_first_injection(family, attn):
    model, tok = build(family, attn)
    ids, mask, _ = text_batch(tok)
    first = model.injection_layers[0]
    hs_a, logits_a, n_pre = hidden_states(model, feats(3, seed=0), ids, mask)
    hs_b, _, _ = hidden_states(model, feats(3, seed=1), ids, mask)
    # different visual tokens: text positions identical up to the input of the first injection layer
    for layer in range(first + 1):
        torch.testing.assert_close(hs_a[layer][:, 1:], hs_b[layer][:, 1:], rtol=0, atol=0)
    assert not torch.allclose(hs_a[first + 1][:, n_pre:], hs_b[first + 1][:, n_pre:])
    # the placeholder's content never reaches the text: it is hidden, then overwritten
    model.placeholder_id = 7
    _, logits_c, _ = hidden_states(model, feats(3, seed=0), ids, mask)
    torch.testing.assert_close(logits_a, logits_c, rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("family", FAMILIES)
def test_visual_slot_sees_no_future_text(family):
    model, tok = build(family)
    ids, mask, _ = text_batch(tok)
    ids2 = ids.clone()
    ids2[:, -3:] = (ids2[:, -3:] + 11) % 50 + 5
    hs_a, _, _ = hidden_states(model, feats(3), ids, mask)
    hs_b, _, _ = hidden_states(model, feats(3), ids2, mask)
    for layer in range(len(hs_a)):
        torch.testing.assert_close(hs_a[layer][:, 0], hs_b[layer][:, 0], rtol=1e-6, atol=1e-6)


@pytest.mark.parametrize("family", FAMILIES)
def test_loss_reductions(family):
    model, tok = build(family)
    ids, mask, labels = text_batch(tok)
    mean = model(feats(3), ids, mask, labels, loss_reduction="token_mean")
    summed = model(feats(3), ids, mask, labels, loss_reduction="sample_sum")
    n_tokens = (labels != -100).sum()
    torch.testing.assert_close(summed * 3 / n_tokens, mean, rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("family", FAMILIES)
def test_left_padding_does_not_change_a_row(family):
    model, tok = build(family)
    ids, mask, _ = text_batch(tok, length=6)
    mask[:] = 1
    mask[1, :2] = 0
    ids[mask == 0] = tok.pad_token_id
    f = feats(3)
    batched = model.generate(f, ids, mask, max_new_tokens=5, ignore_eos=True)
    alone = model.generate(
        {k: v[1:2] for k, v in f.items()}, ids[1:2, 2:], mask[1:2, 2:], max_new_tokens=5, ignore_eos=True
    )
    assert batched[1] == alone[0]


def test_blind_has_no_slot_and_trains_its_prompt():
    lm, tok = tiny_lm("llama")
    from benchmark.backbones.lm import lm_spec

    model = MultimodalLM(lm, tok, Blind(BlindConfig(prompt_length=4), lm_spec(lm)))
    assert not model.uses_slot and model.method.prefix_length() == 4
    ids, mask, labels = text_batch(tok)
    model(None, ids, mask, labels).backward()
    assert all(p.grad is not None for p in model.method.parameters())


@pytest.mark.parametrize("kind", ["none", "bool", "float"])
def test_hide_slot_masks(kind):
    batch, q = 2, 5
    causal = torch.tril(torch.ones(q, q, dtype=torch.bool))[None, None].expand(batch, 1, q, q)
    mask = {
        "none": None,
        "bool": causal,
        "float": torch.zeros(batch, 1, q, q).masked_fill(~causal, torch.finfo(torch.float32).min),
    }[kind]
    slot = torch.tensor([0, 2])  # row 1 is left-padded by two tokens
    out = hide_slot(mask, slot, q, 0)
    allowed = out if out.dtype == torch.bool else out > torch.finfo(torch.float32).min / 2
    assert allowed[0, 0, 0, 0] and allowed[1, 0, 2, 2]  # each slot sees itself
    assert not allowed[0, 0, 1:, 0].any() and not allowed[1, 0, 3:, 2].any()  # nobody else sees it
    keep = torch.ones(batch, q, dtype=torch.bool)
    keep[0, 0] = keep[1, 2] = False
    for b in range(batch):
        others = [k for k in range(q) if k != slot[b]]
        assert allowed[b, 0][:, others].equal(causal[b, 0][:, others])
    # a decode step (4 keys in the cache, one query): hidden in every row
    step = hide_slot(None, slot, 1, 4)
    assert not step[0, 0, 0, 0] and not step[1, 0, 0, 2] and step[0, 0, 0, 1:].all()


# -- blocked attention spans (PromptFuse's BlindPrompt uses them) -------------------------------------
def test_block_spans_on_none_bool_and_float_masks():
    from benchmark.engine.model import block_spans

    blocks = torch.tensor([[[2, 4, 0, 2]], [[3, 5, 1, 3]]])  # row 0: q 2..3 -/-> k 0..1; row 1 shifted by 1
    causal = block_spans(None, blocks, q_len=6, past_len=0)
    assert causal.dtype == torch.bool and causal.shape == (2, 1, 6, 6)
    expected = torch.ones(6, 6).tril().bool()
    e0, e1 = expected.clone(), expected.clone()
    e0[2:4, 0:2] = False
    e1[3:5, 1:3] = False
    assert torch.equal(causal[0, 0], e0) and torch.equal(causal[1, 0], e1)
    additive = torch.zeros(2, 1, 6, 6).masked_fill(~expected, torch.finfo(torch.float32).min)
    out = block_spans(additive, blocks, 6, 0)
    assert torch.equal(out == 0, causal)
    # cached step: the query is position 6 (past 6): no block applies to it
    step = block_spans(None, blocks, q_len=1, past_len=6)
    assert bool(step.all())


class _PrefixThree(Blind):
    """A 3-token learned prefix; token 1..2 may not see token 0 (like BlindPrompt)."""

    edits_attention = True

    def forward(self, features, batch_size):
        cond = super().forward(features, batch_size)
        cond.blocked = [(1, 3, 0, 1)]
        return cond


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("attn", ["sdpa", "eager"])
def test_blocked_prefix_positions_ignore_the_blocked_keys(family, attn):
    lm, tok = tiny_lm(family, attn_implementation=attn)
    from benchmark.backbones.lm import lm_spec

    torch.manual_seed(0)
    model = MultimodalLM(lm, tok, _PrefixThree(BlindConfig(prompt_length=3, prompt_mlp=False), lm_spec(lm)))
    ids, mask, _ = text_batch(tok)

    def states():
        return wrapper_outputs(model, None, ids, mask, output_hidden_states=True)[0].hidden_states[-1]

    with torch.no_grad():
        before = states()
        # change only prefix token 0 (not by a constant: LayerNorm would remove that)
        model.method.prompt.embedding.weight[0] += torch.randn(model.spec.embed_dim)
        after = states()
    assert torch.allclose(before[:, 1:3], after[:, 1:3], atol=1e-5)  # blocked: unaffected
    assert not torch.allclose(before[:, 3:], after[:, 3:], atol=1e-4)  # text still sees token 0
