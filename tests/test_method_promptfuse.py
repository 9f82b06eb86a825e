"""PromptFuse and BlindPrompt: the fixed (untrained) modality map and scale, shapes on real tiny
encoders, the trainable set (the prompt only) on tiny OPT/Llama/Gemma-3, BlindPrompt's attention
mask (eager and SDPA, with Gemma-3's sliding-window layers, and with left padding), and the ~15K
parameter count. The shared method contract (meta build, attach/detach, KV-cached generation,
checkpoint round trip, ``bench run``) is in ``test_method_contract.py``."""

from __future__ import annotations

import pytest
import torch
from method_checks import names_with_gradient, random_features, text_batch, wrapper_outputs
from tiny_models import tiny_cnn_encoder, tiny_images, tiny_lm, tiny_vit_encoder

import methods.promptfuse  # noqa: F401  (registers "promptfuse", "promptfuse-blind")
from benchmark.backbones.lm import lm_spec
from benchmark.backbones.specs import EncoderSpec, LMSpec
from benchmark.engine.model import MultimodalLM
from benchmark.errors import ConfigError
from benchmark.experiments.params import count_on_meta
from methods.promptfuse import BlindPrompt, PromptFuse, PromptFuseConfig, fixed_map

FAMILIES = ["opt", "llama", "gemma3"]
ENC = EncoderSpec(layer_widths=(8, 12, 16), grid_width=16, grid_tokens=5, pooled_width=16, grid_prefix_tokens=1)
N = 3  # prompt vectors in the LM tests
CFG = PromptFuseConfig(prompt_length=N)


def feats(batch: int, seed: int = 0) -> dict[str, torch.Tensor]:
    return {"grid": 3.0 * random_features(ENC, batch, seed)["grid"] + 1.0}


def rms(x: torch.Tensor) -> torch.Tensor:
    return x.float().pow(2).mean(-1).sqrt()


def build(family: str, cls=PromptFuse, attn: str = "sdpa", cfg: PromptFuseConfig = CFG):
    lm, tok = tiny_lm(family, attn_implementation=attn)
    torch.manual_seed(0)
    return MultimodalLM(lm, tok, cls(cfg, lm_spec(lm), ENC)), tok


# -- the fixed map -------------------------------------------------------------------------------
def test_fixed_map_is_seeded_orthonormal_and_identity_when_widths_match():
    tall = fixed_map(24, 16, "auto", 0)  # Dv > d: orthonormal columns
    torch.testing.assert_close(tall.T @ tall, torch.eye(16), rtol=0, atol=1e-5)
    wide = fixed_map(16, 24, "random", 0)  # Dv < d: orthonormal rows (an isometry)
    torch.testing.assert_close(wide @ wide.T, torch.eye(16), rtol=0, atol=1e-5)
    assert torch.equal(fixed_map(24, 16, "random", 0), tall)  # seeded
    assert not torch.allclose(fixed_map(24, 16, "random", 1), tall)
    assert torch.equal(fixed_map(16, 16, "auto", 0), torch.eye(16))
    assert not torch.allclose(fixed_map(16, 16, "random", 0), torch.eye(16))
    with pytest.raises(ConfigError, match="identity needs"):
        fixed_map(24, 16, "identity", 0)
    with pytest.raises(ConfigError, match="feature_map must be one of"):
        PromptFuse(PromptFuseConfig(feature_map="learned"), LMSpec(32, 32, 4, 320), ENC)


def test_builds_on_meta_with_fixed_tensors_as_non_persistent_buffers():
    spec = LMSpec(hidden_size=32, embed_dim=32, num_layers=4, vocab_size=320)
    with torch.device("meta"):
        method = BlindPrompt(PromptFuseConfig(), spec, ENC)
        inside = fixed_map(24, 16, "random", 0)  # explicit CPU generator and device
        with pytest.raises(ConfigError, match="identity needs"):  # options are still validated
            PromptFuse(PromptFuseConfig(feature_map="identity"), spec, ENC)
    assert method.prompt.embedding.weight.is_meta and method.feature_map.shape == (16, 32)
    assert inside.device.type == "cpu" and torch.equal(inside, fixed_map(24, 16, "random", 0))
    a = PromptFuse(PromptFuseConfig(), spec, ENC)
    assert a.feature_map.device.type == "cpu" and a.feature_map.shape == (16, 32)
    assert set(a.state_dict()) == {"prompt.embedding.weight"}
    assert {n for n, _ in a.named_buffers()} >= {"feature_map", "modality_scale"}
    assert [n for n, p in a.named_parameters()] == ["prompt.embedding.weight"]


def test_prompt_count_about_15k():
    assert count_on_meta("promptfuse", "opt-125m", "vit_base_patch16_224")["trainable"] == 15_360
    assert count_on_meta("promptfuse-blind", "opt-125m", "vit_base_patch16_224")["trainable"] == 15_360


# -- shapes on real tiny encoders ----------------------------------------------------------------
@pytest.mark.parametrize("make_encoder", [tiny_vit_encoder, tiny_cnn_encoder])
@pytest.mark.parametrize("cls", [PromptFuse, BlindPrompt])
def test_prefix_shapes_on_tiny_encoders(make_encoder, cls):
    enc = make_encoder()
    encoded = enc(enc.preprocess(tiny_images(2)))
    spec = enc.spec
    for d in (spec.grid_width, 16):  # identity map, and a random map to another width
        lm = LMSpec(hidden_size=48, embed_dim=d, num_layers=4, vocab_size=320)
        method = cls(PromptFuseConfig(), lm, spec)
        f = encoded.select(cls.feature_request(method.config))
        assert set(f) == {"grid"}
        cond = method(f, 2)
        m = spec.grid_tokens
        assert cond.prefix.shape == (2, m + 20, d) and method.prefix_length() == m + 20 == method.modality_tokens + 20
        assert cond.blocked == ([(m, m + 20, 0, m)] if cls is BlindPrompt else [])
        assert not cond.layer_writes
        # modality tokens: normalised to unit RMS times the scale (1 before attach), then the prompt
        torch.testing.assert_close(rms(cond.prefix[:, :m]), torch.ones(2, m), rtol=1e-4, atol=1e-4)
        torch.testing.assert_close(cond.prefix[:, m:], method.prompt.embedding.weight.expand(2, -1, -1))
        if d == spec.grid_width:
            assert torch.equal(method.feature_map, torch.eye(d))
    pooled = cls(PromptFuseConfig(feature="pooled", prompt_length=4), LMSpec(48, 16, 4, 320), spec)
    f = encoded.select(cls.feature_request(pooled.config))
    assert set(f) == {"pooled"}
    assert pooled(f, 2).prefix.shape == (2, 5, 16) and pooled.prefix_length() == 5
    if spec.grid_prefix_tokens:
        patches = cls(PromptFuseConfig(patch_tokens_only=True), LMSpec(48, 16, 4, 320), spec)
        assert patches.prefix_length() == spec.grid_tokens - 1 + 20


def test_attach_measures_the_lm_embedding_scale_and_initialises_the_prompt():
    lm, tok = tiny_lm("gemma3")  # scaled embeddings: the measure is on the unscaled weight
    weight = lm.get_input_embeddings().weight
    target = weight.pow(2).mean().sqrt()
    torch.manual_seed(0)
    method = PromptFuse(PromptFuseConfig(prompt_length=200), lm_spec(lm), ENC)
    assert 0.8 < float(method.prompt.embedding.weight.detach().std()) < 1.2  # torch's N(0, 1) before attach
    MultimodalLM(lm, tok, method)
    torch.testing.assert_close(method.modality_scale, target)
    assert abs(float(method.prompt.embedding.weight.detach().std()) / float(target) - 1) < 0.1
    prefix = method(feats(2), 2).prefix
    m = ENC.grid_tokens
    torch.testing.assert_close(rms(prefix[:, :m]), target.expand(2, m), rtol=1e-4, atol=1e-5)
    fixed = PromptFuse(PromptFuseConfig(modality_scale=0.5, prompt_init="normal"), lm_spec(lm), ENC)
    before = fixed.prompt.embedding.weight.clone()
    fixed.attach(lm)
    assert float(fixed.modality_scale) == 0.5 and torch.equal(before, fixed.prompt.embedding.weight)
    assert "modality_scale" not in fixed.state_dict() and "feature_map" not in fixed.state_dict()


# -- training: only the prompt -------------------------------------------------------------------
@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("cls", [PromptFuse, BlindPrompt])
def test_only_the_prompt_trains(family, cls):
    model, tok = build(family, cls)
    trained = names_with_gradient(model, feats(3), tok)
    assert trained == {"method.prompt.embedding.weight"}
    assert model.method.prompt.embedding.weight.grad.abs().sum(-1).gt(0).all()  # every prompt vector
    assert not any(p.requires_grad or p.grad is not None for p in model.lm.parameters())
    assert not model.method.feature_map.requires_grad and not model.method.modality_scale.requires_grad
    assert set(model.method.state_dict()) == {"prompt.embedding.weight"}


# -- BlindPrompt's mask --------------------------------------------------------------------------
def hidden_states(model, features, ids, mask):
    """Per-layer hidden states of the wrapper's full sequence (index i = input of layer i)."""
    out, n_pre = wrapper_outputs(model, features, ids, mask, output_hidden_states=True)
    return out.hidden_states, n_pre


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("attn", ["eager", "sdpa"])
def test_blind_prompt_cannot_see_the_modality_tokens(family, attn):
    m = ENC.grid_tokens
    for cls in (PromptFuse, BlindPrompt):
        model, tok = build(family, cls, attn)
        model.eval()
        ids, mask, _ = text_batch(tok, length=8)
        hs_a, n_pre = hidden_states(model, feats(3, seed=0), ids, mask)
        hs_b, _ = hidden_states(model, feats(3, seed=1), ids, mask)
        assert n_pre == m + N
        prompt = slice(m, m + N)
        # the modality tokens themselves differ at the input; the text differs at the output in both
        assert not torch.allclose(hs_a[0][:, :m], hs_b[0][:, :m])
        assert not torch.allclose(hs_a[-1][:, n_pre:], hs_b[-1][:, n_pre:])
        if cls is BlindPrompt:
            for layer in range(len(hs_a)):
                torch.testing.assert_close(hs_a[layer][:, prompt], hs_b[layer][:, prompt], rtol=0, atol=1e-6)
        else:
            for layer in range(1, len(hs_a)):
                assert not torch.allclose(hs_a[layer][:, prompt], hs_b[layer][:, prompt], atol=1e-4)


def test_blocked_spans_follow_left_padding():
    """With left padding the prefix starts after each row's pads; the blocked span moves with it."""
    model, tok = build("llama", BlindPrompt, "eager")
    model.eval()
    ids, mask, _ = text_batch(tok, length=6)
    mask[:] = 1
    mask[1, :2] = 0
    ids[mask == 0] = tok.pad_token_id
    f = feats(3)
    batched = model.generate(f, ids, mask, max_new_tokens=4, ignore_eos=True)
    row = {k: v[1:2] for k, v in f.items()}
    alone = model.generate(row, ids[1:2, 2:], mask[1:2, 2:], max_new_tokens=4, ignore_eos=True)
    assert batched[1] == alone[0]
