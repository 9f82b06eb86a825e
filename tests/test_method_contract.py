"""The contract every registered method keeps, run over ``METHODS.names()`` (as PEFT's
``PeftCommonTester`` runs over every tuner): a new method gets these tests by registering.

On tiny random LMs of the real classes (:mod:`tiny_models`) and random features shaped by an
:class:`EncoderSpec`, for each method and LM family:

* it builds on ``torch.device("meta")`` from the specs, and counts there what the real build trains;
  nothing of the frozen LM is trainable, one training step reaches every method parameter and no
  LM parameter, and the checkpoint (``state_dict``) holds exactly the trainable tensors;
* attach/detach leaves the LM bit-identical (modules, parameters, hooks, attributes, config and
  logits), and attaching again keeps the method's trained values;
* generation with the KV cache equals generation without it (greedy and beam search);
* its ``state_dict`` saved with ``save_trainable`` and loaded into a fresh method gives identical
  outputs;

and once per method, a tiny ``bench run`` on a local tiny Llama and ViT (3 steps, 4 eval examples)
whose reported counts agree with ``bench params`` (``count_on_meta``) and the real build.

Method-specific behaviour stays in ``tests/test_method_<name>.py``.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field

import pytest
import torch
from method_checks import (
    assert_cached_generation_matches,
    assert_same_lm,
    perturb,
    requested_features,
    snapshot,
    text_batch,
    tiny_run_args,
    wrapper_outputs,
)
from tiny_models import LM_FAMILIES, tiny_lm, tiny_run_setup

from benchmark.backbones.lm import freeze, lm_spec
from benchmark.backbones.specs import EncoderSpec, LMSpec
from benchmark.engine.config import build_method_config
from benchmark.engine.model import MultimodalLM
from benchmark.errors import ConfigError
from benchmark.registry import METHODS, Registry

# encoder widths other than the LMs' hidden width (32), a pooled width other than the grid's, so that a
# method mixing them up fails; one [CLS]-like token at the start of the grid
ENC = EncoderSpec(layer_widths=(8, 12, 16), grid_width=16, grid_tokens=5, pooled_width=24, grid_prefix_tokens=1)


@dataclass(frozen=True)
class Tiny:
    """How the contract runs one method on the tiny backbones.

    options: ``method_options`` it needs to fit them (4 LM layers, 3 encoder layers) or to stay fast.
    perturb: scale of the random move of every parameter before the checks, standing in for training.
    """

    options: dict = field(default_factory=dict)
    perturb: float = 0.05


_EPALM = {"num_layer_tokens": 2, "num_injection_layers": 2, "prompt_length": 3}
# A registered method without an entry runs with its defaults; one that cannot fails
# test_tiny_options_are_known (and every test that builds it) with a pointer to this table.
TINY: dict[str, Tiny] = {
    "epalm": Tiny(_EPALM),
    "epalm-pt-l": Tiny(_EPALM),
    "c-abstractor": Tiny({"hidden_size": 8, "depth": 1, "num_queries": 4}),  # 2 x 2 patch grid: M <= 4
    "depalm-qp": Tiny({"width": 16, "heads": 2, "layers": 2, "num_queries": 3, "prompt_length": 2}),
    "lora": Tiny(perturb=0.3),  # B = 0 at init: move it well away
    # tanh gates = 0 at init: move them well away; blocks before layers 1 and 3 of the 4
    "flamingo": Tiny({"num_latents": 4, "heads": 2, "dim_head": 8, "cross_attn_every_n_layers": 2}, perturb=0.3),
    "resampler": Tiny({"num_latents": 4, "heads": 2, "dim_head": 8}),
    "magma": Tiny({"attention_adapters": True}),  # v2: FFN and attention adapters
    "mapl": Tiny({"width": 16, "heads": 2, "ffn_dim": 24, "layers": 2, "num_queries": 3}),
    "qformer": Tiny({"hidden": 16, "layers": 2, "heads": 2, "ffn": 24, "cross_attention_freq": 2, "num_queries": 3}),
    "qformer-instruct": Tiny(
        {"hidden": 16, "layers": 2, "heads": 2, "ffn": 24, "cross_attention_freq": 2, "num_queries": 3}
    ),
    # no qformer run exists here: the frozen random-Q-Former control (seeded, so every build holds the same one)
    "minigpt4": Tiny({"random_qformer": True, "hidden": 16, "layers": 2, "heads": 2, "ffn": 24, "num_queries": 3}),
    "promptfuse": Tiny({"prompt_length": 3}),
    "promptfuse-blind": Tiny({"prompt_length": 3}),
}
NAMES = METHODS.names()
PER_FAMILY = [(name, family) for name in NAMES for family in LM_FAMILIES]


@pytest.fixture(scope="module", autouse=True)
def one_thread():
    """One intra-op thread while this module runs: on tensors this small, more threads only add
    synchronisation (generation measured 25-35x slower with two threads on a busy 2-core machine)."""
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


def tiny(name: str) -> Tiny:
    return TINY.get(name, Tiny())


def tiny_config(name: str):
    return build_method_config(METHODS.get(name).config_cls, dict(tiny(name).options), name)


def build_method(name: str, lm: LMSpec, encoder: EncoderSpec | None = ENC):
    """The method ``name`` with its tiny options, for ``lm`` and ``encoder`` (None for encoder-free
    methods); a method that cannot be built with its defaults fails with a pointer to ``TINY``."""
    cls = METHODS.get(name)
    try:
        return cls(tiny_config(name), lm, encoder if cls.needs_encoder else None)
    except ConfigError as exc:
        if name in TINY:
            raise
        pytest.fail(
            f"method {name!r} does not fit the tiny backbones with its defaults ({exc}): add its options to TINY"
        )


def build(name: str, family: str, seed: int = 1):
    """``(model, tokenizer)``: a fresh tiny LM of ``family`` wrapped with a fresh method (seeded)."""
    lm, tok = tiny_lm(family)
    torch.manual_seed(seed)
    return MultimodalLM(lm, tok, build_method(name, lm_spec(lm))), tok


def features(name: str, batch: int, seed: int = 0):
    """Random features of what ``name`` requests, shaped by ``ENC`` (None: it requests nothing)."""
    return requested_features(METHODS.get(name).feature_request(tiny_config(name)), ENC, batch, seed)


def test_every_method_is_named_by_its_registration():
    assert NAMES and len(set(NAMES)) == len(NAMES)
    for name in NAMES:
        assert METHODS.get(name).name == name


def test_registration_names_the_class_and_refuses_a_second_spelling(monkeypatch):
    from methods.blind import Blind

    widgets = Registry("widgets", names_classes=True)

    @widgets.register("plain")
    class Plain(Blind):
        """Inherits Blind's name until registration sets its own."""

    assert Plain.name == "plain" and Blind.name == "blind"

    with pytest.raises(ValueError, match="registered as 'other' but sets name = 'mine'"):

        @widgets.register("other")
        class Spelled(Blind):
            name = "mine"

    # an entry-point plugin is named by its entry point, like a decorated class
    class Plugin(Blind):
        """A plugin."""

    class EntryPoint:
        name = "my-plugin"

        def load(self):
            return Plugin

    monkeypatch.setattr("benchmark.registry.entry_points", lambda group: [EntryPoint()])
    assert widgets.get("my-plugin") is Plugin and Plugin.name == "my-plugin"


def test_tiny_options_are_known():
    """Every TINY entry names a registered method and valid options; every method builds."""
    assert set(TINY) <= set(NAMES), set(TINY) - set(NAMES)
    for name in NAMES:
        build_method(name, LMSpec(hidden_size=32, embed_dim=16, num_layers=4, vocab_size=320))


# -- meta build, parameter count, what trains ------------------------------------------------------
@pytest.mark.parametrize("name,family", PER_FAMILY)
def test_meta_build_counts_what_the_real_build_trains(name, family):
    from transformers import AutoModelForCausalLM

    model, tok = build(name, family)
    lm, method = model.lm, model.method
    with torch.device("meta"):
        meta_lm = freeze(AutoModelForCausalLM.from_config(lm.config))
        meta = build_method(name, lm_spec(meta_lm))
        meta.attach(meta_lm)  # modules inside the LM (adapters, LoRA) belong to the method
    assert all(t.is_meta for t in [*meta.parameters(), *meta.buffers(), *meta_lm.parameters()])
    counted = sum(p.numel() for p in meta.parameters() if p.requires_grad)
    trainable = model.trainable_parameters()
    assert counted == sum(p.numel() for p in trainable) == sum(p.numel() for p in method.parameters())
    assert counted > 0
    # nothing of the frozen LM is trainable or part of the method
    own = {id(p) for p in method.parameters()}
    frozen = [p for p in lm.parameters() if id(p) not in own]
    untouched = list(tiny_lm(family)[0].parameters())
    assert len(frozen) == len(untouched)
    assert model.frozen_lm_parameter_count() == sum(p.numel() for p in untouched)
    assert not any(p.requires_grad for p in frozen)
    # the checkpoint holds exactly the method's trainable tensors, none of the frozen LM's
    state = method.state_dict()
    assert set(state) == {n for n, p in method.named_parameters() if p.requires_grad}
    lm_ptrs = {p.data_ptr() for p in frozen} | {b.data_ptr() for b in lm.buffers()}
    assert not lm_ptrs & {t.data_ptr() for t in state.values()}
    # one training step (after a move away from the initialisation, as training makes): every method
    # parameter gets a finite non-zero gradient, no LM parameter gets one
    perturb(method, tiny(name).perturb)
    model.train()
    ids, mask, labels = text_batch(tok)
    loss = model(features(name, 3), ids, mask, labels)
    assert torch.isfinite(loss)
    loss.backward()
    for n, p in method.named_parameters():
        assert p.grad is not None and torch.isfinite(p.grad).all() and p.grad.abs().sum() > 0, n
    assert all(p.grad is None for p in frozen)


# -- attach / detach ---------------------------------------------------------------------------
@pytest.mark.parametrize("name,family", PER_FAMILY)
def test_detach_restores_the_lm_and_attaching_again_keeps_trained_values(name, family):
    lm, tok = tiny_lm(family)
    ids, mask, _ = text_batch(tok)
    with torch.no_grad():
        reference = lm(ids, attention_mask=mask).logits
    before = snapshot(lm)
    torch.manual_seed(1)
    model = MultimodalLM(lm, tok, build_method(name, lm_spec(lm)))
    perturb(model.method, tiny(name).perturb)
    model.eval()
    feats = features(name, 3)
    with torch.no_grad():
        trained = wrapper_outputs(model, feats, ids, mask)[0].logits
    model.remove_hooks()
    assert_same_lm(before, snapshot(lm))
    with torch.no_grad():
        assert torch.equal(lm(ids, attention_mask=mask).logits, reference)
    again = MultimodalLM(lm, tok, model.method).eval()  # attach again: the trained values stay
    with torch.no_grad():
        assert torch.equal(wrapper_outputs(again, feats, ids, mask)[0].logits, trained)
    with again.plain_lm() as plain, torch.no_grad():  # detached for reference measurements
        assert torch.equal(plain(ids, attention_mask=mask).logits, reference)
    with torch.no_grad():
        assert torch.equal(wrapper_outputs(again, feats, ids, mask)[0].logits, trained)
    again.remove_hooks()
    assert_same_lm(before, snapshot(lm))
    with torch.no_grad():
        assert torch.equal(lm(ids, attention_mask=mask).logits, reference)


# -- KV cache ----------------------------------------------------------------------------------
@pytest.mark.parametrize("name,family", PER_FAMILY)
def test_generation_with_kv_cache_equals_without(name, family):
    model, tok = build(name, family)
    if family == "gemma3":  # the prompts (6 tokens and the prefix) outrun the sliding window
        assert model.lm.config.sliding_window < 6
    perturb(model.method, tiny(name).perturb)
    model.eval()
    assert_cached_generation_matches(model, features(name, 3), tok, beams=(1, 3), max_new_tokens=6)


# -- checkpoint --------------------------------------------------------------------------------
@pytest.mark.parametrize("name,family", PER_FAMILY)
def test_checkpoint_round_trip(name, family, tmp_path):
    from benchmark.engine.checkpoint import load_trainable, save_trainable

    model, tok = build(name, family, seed=1)
    perturb(model.method, tiny(name).perturb)
    model.eval()
    feats = features(name, 3)
    ids, mask, _ = text_batch(tok)
    with torch.no_grad():
        logits = wrapper_outputs(model, feats, ids, mask)[0].logits
    save_trainable(tmp_path / "t.safetensors", model.method.state_dict())
    fresh, _ = build(name, family, seed=2)  # a fresh LM and a fresh method, attached by the wrapper
    fresh.eval()
    with torch.no_grad():
        assert not torch.equal(wrapper_outputs(fresh, feats, ids, mask)[0].logits, logits)
        tensors, _ = load_trainable(tmp_path / "t.safetensors")
        fresh.method.load_state_dict(tensors)
        assert torch.equal(wrapper_outputs(fresh, feats, ids, mask)[0].logits, logits)


# -- bench run ---------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def backbones(tmp_path_factory):
    """The tiny easy-VQA layout, a tiny Llama and a tiny ViT saved as folders, one feature cache
    (every method reads the same frozen features)."""
    return tiny_run_setup(tmp_path_factory.mktemp("contract-e2e"))


@pytest.mark.parametrize("name", NAMES)
def test_bench_run_end_to_end(name, backbones, capsys):
    from safetensors import safe_open

    from benchmark.backbones.factory import build_encoder_on_meta
    from benchmark.cli import main
    from benchmark.experiments.params import count_on_meta

    options = [f"method_options.{key}={value}" for key, value in tiny(name).options.items()]
    out = backbones["root"] / "out"  # one output folder (and MLflow store) for every method's run
    args = tiny_run_args(
        name,
        backbones["lm"],
        backbones["encoder"],
        backbones["data"],
        backbones["cache"],
        out,
        name,
        "--set",
        "train.eval_every=0",
        "--set",
        "eval.max_examples=4",
        "--set",
        "eval.batch_size=4",
        "--set",
        "eval.max_new_tokens=3",
        *[arg for option in options for arg in ("--set", option)],
    )
    assert main(args) == 0
    m = json.loads((out / name / "metrics.json").read_text())
    assert m["method"] == name and len(m["train_losses"]) == 3 and m["n_eval"] == 4
    assert all(math.isfinite(loss) for _, loss in m["train_losses"])
    assert isinstance(m["metrics"][m["metric"]], float)
    # what the run reports agrees with `bench params` (meta device) and with the real build
    lm, tok = tiny_lm("llama")  # the saved tiny Llama
    lm_params = sum(p.numel() for p in lm.parameters())
    counted = count_on_meta(name, backbones["lm"], backbones["encoder"], options)
    method = build_method(name, lm_spec(lm), build_encoder_on_meta(backbones["encoder"]).spec)
    MultimodalLM(lm, tok, method)
    assert m["parameters"]["trainable"] == counted["trainable"] == sum(p.numel() for p in method.parameters())
    assert m["parameters"]["lm"] == lm_params
    assert m["prefix_tokens"] == method.prefix_length()
    with safe_open(str(out / name / "trainable.safetensors"), "pt") as f:
        names = f.keys()  # (a safe_open file is not iterable)
        shapes = {k: tuple(f.get_slice(k).get_shape()) for k in names}
    assert shapes == {k: tuple(t.shape) for k, t in method.state_dict().items()}
    # the trained run loads back (bench eval, a sweep's evaluate_on and IMA read it so) and scores the
    # same test questions the same
    capsys.readouterr()
    assert main(["eval", "--run", str(out / name), "--eval-examples", "4", "--json"]) == 0
    (record,) = json.loads(capsys.readouterr().out)
    assert record["value"] == m["metrics"][m["metric"]]
