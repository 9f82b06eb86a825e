"""The LoRA baseline (linear prefix + PEFT LoRA on the frozen LM) on tiny random LMs of every family:
injection and removal, gradients, checkpoints, the identity at init, KV-cached generation, the
OPT-125m parameter count on the meta device, and one ``bench run``."""

from __future__ import annotations

import json

import pytest
import torch
from method_checks import (
    assert_cached_generation_matches,
    assert_same_lm,
    perturb,
    random_features,
    snapshot,
    text_batch,
    tiny_run_args,
    wrapper_outputs,
)
from tiny_models import save_tiny_backbones, tiny_lm, write_easy_vqa_layout

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
    method.zero_grad(set_to_none=True)
    perturb(method, 0.3)  # after some training every parameter gets a gradient
    model(feats(3), ids, mask, labels).backward()
    for name, p in method.named_parameters():
        assert p.grad is not None and torch.isfinite(p.grad).all() and p.grad.abs().sum() > 0, name
    own = {id(p) for p in method.parameters()}
    frozen = [(n, p) for n, p in model.lm.named_parameters() if id(p) not in own]
    assert len(frozen) == len(list(tiny_lm(family)[0].parameters()))
    for name, p in frozen:
        assert not p.requires_grad and p.grad is None, name
    # the checkpoint holds exactly the method's tensors (projection + LoRA A/B), none of the frozen LM
    state = method.state_dict()
    assert set(state) == {n for n, _ in method.named_parameters()}
    assert all(k.startswith("projection.") or k.split(".")[-2] in ("lora_A", "lora_B") for k in state)
    frozen_ptrs = {p.data_ptr() for _, p in frozen} | {b.data_ptr() for b in model.lm.buffers()}
    assert not frozen_ptrs & {t.data_ptr() for t in state.values()}
    assert sum(t.numel() for t in state.values()) == sum(p.numel() for p in model.trainable_parameters()) == expected


@pytest.mark.parametrize("family", FAMILIES)
def test_lora_starts_at_identity_and_detach_restores_the_lm(family):
    lm, tok = tiny_lm(family)
    ids, _, _ = text_batch(tok)
    with torch.no_grad():
        reference = lm(ids).logits
    before = snapshot(lm)
    model = MultimodalLM(lm, tok, LoRA(LoRAConfig(), lm_spec(lm), ENC))
    adapted = {n for n, m in lm.named_modules() if hasattr(m, "base_layer")}
    assert len(adapted) == 2 * model.spec.num_layers  # q_proj and v_proj of every block
    with torch.no_grad():
        assert torch.equal(lm(ids).logits, reference)  # B = 0: the LM is unchanged at init
        perturb(model.method, 0.3)
        changed = lm(ids).logits
    assert not torch.allclose(changed, reference)
    model.remove_hooks()
    assert_same_lm(before, snapshot(lm))
    with torch.no_grad():
        assert torch.equal(lm(ids).logits, reference)
    # attaching again reuses the method's (trained) LoRA weights
    model.method.attach(lm)
    with torch.no_grad():
        assert torch.equal(lm(ids).logits, changed)
    model.method.detach(lm)
    assert_same_lm(before, snapshot(lm))


@pytest.mark.parametrize("family", FAMILIES)
def test_checkpoint_round_trip(family, tmp_path):
    from benchmark.engine.checkpoint import load_trainable, save_trainable

    model, tok = build(family, seed=1)
    perturb(model.method, 0.3)
    model.eval()
    ids, mask, _ = text_batch(tok)
    logits = wrapper_outputs(model, feats(3), ids, mask)[0].logits
    save_trainable(tmp_path / "t.safetensors", model.method.state_dict())
    fresh, _ = build(family, seed=2)  # a fresh LM and a fresh method, attached by the wrapper
    fresh.eval()
    assert not torch.equal(wrapper_outputs(fresh, feats(3), ids, mask)[0].logits, logits)
    tensors, _ = load_trainable(tmp_path / "t.safetensors")
    fresh.method.load_state_dict(tensors)
    assert torch.equal(wrapper_outputs(fresh, feats(3), ids, mask)[0].logits, logits)


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("beams", [1, 3])
def test_generation_with_kv_cache_equals_without(family, beams):
    model, tok = build(family)
    perturb(model.method, 0.3)
    model.eval()
    assert_cached_generation_matches(model, feats(3), tok, beams=[beams], max_new_tokens=5)


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


# -- bench run end to end ----------------------------------------------------------------------------
def test_bench_run_end_to_end(tmp_path):
    from safetensors import safe_open

    from benchmark.backbones.factory import build_encoder_on_meta
    from benchmark.cli import main

    data = write_easy_vqa_layout(tmp_path / "data")
    lm_dir, enc_dir = save_tiny_backbones(tmp_path, "llama")
    out = tmp_path / "out"
    args = tiny_run_args(
        "lora",
        lm_dir,
        enc_dir,
        data,
        tmp_path / "cache",
        out,
        "lora",
        "--set",
        "train.eval_every=100",
        "--set",
        "eval.batch_size=8",
        "--set",
        "eval.max_examples=4",
    )
    assert main(args) == 0
    m = json.loads((out / "lora" / "metrics.json").read_text())
    lm, _ = tiny_lm("llama")  # q_proj 32 -> 32, v_proj 32 -> 16 (2 KV heads)
    spec, enc = lm_spec(lm), build_encoder_on_meta(enc_dir).spec
    expected = enc.grid_width * spec.embed_dim + spec.embed_dim + lora_size(lm, 8)
    assert m["parameters"]["trainable"] == expected
    assert m["parameters"]["lm"] == sum(p.numel() for p in lm.parameters())
    assert m["prefix_tokens"] == enc.grid_tokens
    reference = LoRA(LoRAConfig(), spec, enc)
    reference.attach(lm)
    with safe_open(str(out / "lora" / "trainable.safetensors"), "pt") as f:
        keys = set(f.keys())
        numel = sum(f.get_tensor(k).numel() for k in keys)
    assert keys == set(reference.state_dict()) and numel == expected
