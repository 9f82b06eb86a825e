"""The LoRA baseline (linear prefix + PEFT LoRA on the frozen LM) on tiny random LMs of every family:
which layers are adapted, the first step's gradients, what the checkpoint holds, the identity at
init, prefix and target options, and the OPT-125m parameter count on the meta device. The shared
method contract (meta build, detach and re-attach, KV-cached generation, checkpoint round trip,
``bench run``) is in ``test_method_contract.py``."""

from __future__ import annotations

import pytest
import torch
from method_checks import assert_same_lm, perturb, random_features, snapshot, text_batch
from tiny_models import tiny_lm

import methods.lora  # noqa: F401  (registers "lora")
from benchmark.backbones.lm import lm_spec
from benchmark.backbones.specs import EncoderSpec
from benchmark.engine.model import MultimodalLM
from benchmark.errors import ConfigError
from methods.lora import LoRA, LoRAConfig

FAMILIES = ["opt", "opt-proj", "llama", "gemma3", "gptj"]
ENC = EncoderSpec(layer_widths=(8, 12, 16), grid_width=16, grid_tokens=5, pooled_width=16, grid_prefix_tokens=1)


def build(family: str, seed: int = 1, **options):
    lm, tok = tiny_lm(family)
    torch.manual_seed(seed)
    method = LoRA(LoRAConfig(**options), lm_spec(lm), ENC)
    return MultimodalLM(lm, tok, method), tok


def feats(batch: int, seed: int = 0) -> dict[str, torch.Tensor]:
    return random_features(ENC, batch, seed, ("grid", "pooled"))


def lora_size(lm, r: int, targets=("q_proj", "v_proj")) -> int:
    """r * (in + out) for every targeted linear layer of the (unadapted) LM."""
    return sum(
        r * (m.in_features + m.out_features)
        for n, m in lm.named_modules()
        if n.rsplit(".", 1)[-1] in targets and isinstance(m, torch.nn.Linear)
    )


@pytest.mark.parametrize("family", FAMILIES)
def test_training_step_trains_exactly_the_method(family):
    lm, _ = tiny_lm(family)
    expected = ENC.grid_width * lm_spec(lm).embed_dim + lm_spec(lm).embed_dim + lora_size(lm, 8)
    model, tok = build(family)
    method = model.method
    assert len(method.lora) == 2 * model.spec.num_layers
    model.train()
    ids, mask, labels = text_batch(tok)
    model(feats(3), ids, mask, labels).backward()
    for name, p in method.named_parameters():
        assert p.grad is not None and torch.isfinite(p.grad).all(), name
        # B starts at zero, so A's gradient (through B) is zero at the first step; B's is not
        assert (p.grad.abs().sum() == 0) == name.endswith("lora_A.weight"), name
    # (after some training every parameter gets a gradient: the method contract checks that)
    # the checkpoint holds the projection and the LoRA A/B matrices: r * (in + out) per adapted layer
    state = method.state_dict()
    assert all(k.startswith("projection.") or k.split(".")[-2] in ("lora_A", "lora_B") for k in state)
    assert sum(t.numel() for t in state.values()) == sum(p.numel() for p in model.trainable_parameters()) == expected


@pytest.mark.parametrize("family", FAMILIES)
def test_lora_adapts_q_and_v_and_starts_at_identity(family):
    lm, tok = tiny_lm(family)
    ids, _, _ = text_batch(tok)
    with torch.no_grad():
        reference = lm(ids).logits
    model = MultimodalLM(lm, tok, LoRA(LoRAConfig(), lm_spec(lm), ENC))
    adapted = {n for n, m in lm.named_modules() if hasattr(m, "base_layer")}
    assert len(adapted) == 2 * model.spec.num_layers  # q_proj and v_proj of every block
    with torch.no_grad():
        assert torch.equal(lm(ids).logits, reference)  # B = 0: the LM is unchanged at init
        perturb(model.method, 0.3)
        assert not torch.allclose(lm(ids).logits, reference)  # the LoRA weights act inside the LM


def test_prefix_options():
    lm, _ = tiny_lm("opt-proj")  # input-embedding width 16 != hidden 32: the prefix is in d
    spec = lm_spec(lm)
    grid = LoRA(LoRAConfig(), spec, ENC)
    assert grid.prefix_length() == 5 and grid(feats(2), 2).prefix.shape == (2, 5, 16)
    patches = LoRA(LoRAConfig(patch_tokens_only=True), spec, ENC)
    assert patches.prefix_length() == 4 and patches(feats(2), 2).prefix.shape == (2, 4, 16)
    pooled = LoRA(LoRAConfig(feature="pooled"), spec, ENC)
    assert pooled.prefix_length() == 1 and pooled(feats(2), 2).prefix.shape == (2, 1, 16)
    assert pooled.feature_request(pooled.config).pooled and not pooled.feature_request(pooled.config).grid
    with pytest.raises(ConfigError, match="feature must be"):
        LoRA(LoRAConfig(feature="cls"), spec, ENC)


def test_wrong_target_modules_fail_clearly_and_leave_the_lm_alone():
    lm, tok = tiny_lm("opt")
    before = snapshot(lm)
    method = LoRA(LoRAConfig(target_modules=["c_attn"]), lm_spec(lm), ENC)
    with pytest.raises(ConfigError, match=r"c_attn.*q_proj"):
        method.attach(lm)
    assert_same_lm(before, snapshot(lm))
    # a comma-separated string works like a list; other linear layers can be targeted
    model = MultimodalLM(lm, tok, LoRA(LoRAConfig(target_modules="fc1,fc2", r=2), lm_spec(lm), ENC))
    assert sum(p.numel() for p in model.method.lora.parameters()) == lora_size(tiny_lm("opt")[0], 2, ("fc1", "fc2"))
    with pytest.raises(RuntimeError, match="already attached"):
        model.method.attach(lm)


def test_parameter_count_opt125m_on_meta():
    from benchmark.experiments.params import count_on_meta

    r, hidden, layers = 8, 768, 12
    expected = (768 * 768 + 768) + layers * 2 * r * (hidden + hidden)  # grid projection + LoRA on q, v
    assert count_on_meta("lora", "opt-125m", "vit_base_patch16_224")["trainable"] == expected == 885_504
    pooled = count_on_meta(
        "lora", "opt-125m", "vit_base_patch16_224", ["method_options.feature=pooled", "method_options.r=4"]
    )
    assert pooled["trainable"] == (768 * 768 + 768) + layers * 2 * 4 * (hidden + hidden)
