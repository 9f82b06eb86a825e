"""BLIP-2 Q-Former: parameter counts (BLIP-2's and the presets', as ``bench params`` builds them), the
layer structure against a reference computed here from the module's own weights, the initialisation,
which encoder tokens it reads, dropout, the trainable set on tiny OPT/Llama/Gemma-3, ``init_from`` a
saved tiny BERT, option errors and the paper recipe.

InstructBLIP's ``qformer-instruct`` and the wrapper's prompt interface (``reads_prompt``): its counts
(the small setup, InstructBLIP Vicuna-7B), its query outputs against a reference built from its
weights and the LM's embedding table, the prompt tokens the wrapper passes (never a target token; the
same in training and generation), the question changing the prefix, truncation, and methods that do
not read the prompt called as before. The shared method contract (meta build, attach/detach,
KV-cached generation, checkpoint round trip, ``bench run``) is in ``test_method_contract.py``."""

from __future__ import annotations

import math

import pytest
import torch
import torch.nn.functional as F
from method_checks import names_with_gradient, random_features, text_batch
from tiny_models import tiny_cnn_encoder, tiny_images, tiny_lm, tiny_vit_encoder

import methods.qformer  # noqa: F401  (registers "qformer")
from benchmark.backbones.lm import lm_spec
from benchmark.backbones.specs import EncoderSpec, LMSpec
from benchmark.engine.model import MultimodalLM, prompt_tokens
from benchmark.engine.recipe import recipe_for
from benchmark.engine.text import TextCodec, left_pad
from benchmark.errors import ConfigError
from benchmark.experiments.params import count_on_meta
from methods.base import PromptTokens
from methods.qformer import PRESETS, QFormer, QFormerArch, QFormerConfig, bert_state_for_qformer
from methods.qformer_instruct import LMTokenEmbedding, QFormerInstruct, QFormerInstructConfig
from tasks.base import Example

ENC = EncoderSpec(layer_widths=(8, 12, 16), grid_width=12, grid_tokens=5, pooled_width=16, grid_prefix_tokens=1)
LM = LMSpec(hidden_size=32, embed_dim=24, num_layers=4, vocab_size=320)
SMALL = dict(hidden=16, layers=2, heads=2, ffn=24, cross_attention_freq=2, num_queries=3)


def build(seed: int = 0, lm: LMSpec = LM, enc: EncoderSpec = ENC, **options) -> QFormer:
    torch.manual_seed(seed)
    return QFormer(QFormerConfig(**{**SMALL, **options}), lm, enc)


def expected_count(arch: QFormerArch, dv: int, d: int, queries: int = 32) -> int:
    """The spec's formula: L(4h^2 + 2hf + f + 9h) + (L/freq)(2h^2 + 2 Dv h + 6h) + 2h (the Q-Former
    body), + queries + ln_vision + Linear(h, d)."""
    h, f, n = arch.hidden, arch.ffn, arch.layers
    cross_layers = len(range(0, n, arch.cross_attention_freq))
    body = n * (4 * h * h + 2 * h * f + f + 9 * h) + cross_layers * (2 * h * h + 2 * dv * h + 6 * h) + 2 * h
    return body + queries * h + 2 * dv + (h * d + d)


# -- parameter counts ------------------------------------------------------------------------------
def test_blip2_vit_l_opt_2_7b_count_as_bench_params_builds_it():
    counted = count_on_meta("qformer", "opt-2.7b", "clip-vit-l14", ["method_options.preset=base"])["trainable"]
    assert counted == pytest.approx(103_593_984, rel=0.01)
    assert counted == 103_593_984 == expected_count(PRESETS["base"], 1024, 2560)
    # the other BLIP-2 configurations of the spec, by the same formula (EVA ViT-g: Dv 1408)
    assert expected_count(PRESETS["base"], 1408, 2560) == 107_133_696  # ViT-g + OPT-2.7B, reported 107M
    assert expected_count(PRESETS["base"], 1408, 4096) == 108_314_880  # ViT-g + OPT-6.7B, reported 108M
    assert expected_count(PRESETS["base"], 1024, 2048) == 103_200_256  # ViT-L + FlanT5-XL, reported 103M


@pytest.mark.parametrize("preset,count", [("base", 104_428_096), ("lite", 14_724_928), ("tiny", 6_470_208)])
def test_preset_counts_on_smollm2_and_efficientnet_lite0(preset, count):
    options = [f"method_options.preset={preset}"] if preset != "tiny" else []  # tiny is the default
    assert count_on_meta("qformer", "smollm2-135m", "efficientnet-lite0", options)["trainable"] == count
    assert expected_count(PRESETS[preset], 1280, 576) == count


def test_explicit_sizes_override_the_preset():
    method = build(preset="base", hidden=None, layers=None, heads=None, ffn=None, cross_attention_freq=None)
    assert method.arch == PRESETS["base"]
    method = build(preset="base", layers=3, cross_attention_freq=None, hidden=24, heads=3, ffn=40)
    assert method.arch == QFormerArch(24, 3, 3, 40, 2)
    assert sum(p.numel() for p in method.parameters()) == expected_count(method.arch, 12, 24, queries=3)


# -- structure ------------------------------------------------------------------------------------
def test_base_structure_cross_attention_every_other_layer_and_no_text_path():
    with torch.device("meta"):
        method = QFormer(QFormerConfig(preset="base"), LM, ENC)
    layers = method.qformer.bert.encoder.layer
    assert len(layers) == 12
    assert [i for i, layer in enumerate(layers) if layer.has_cross_attention] == [0, 2, 4, 6, 8, 10]
    assert layers[0].crossattention.attention.key.in_features == ENC.grid_width  # K, V read the encoder width
    for layer in layers:  # the text FFN is deleted, the query FFN kept
        assert not hasattr(layer, "intermediate") and not hasattr(layer, "output")
        assert layer.intermediate_query.dense.out_features == 3072 and layer.output_query.dense.in_features == 3072
    config = method.qformer.bert.config
    assert (config.hidden_size, config.intermediate_size, config.num_attention_heads) == (768, 3072, 12)
    assert config.hidden_act == "gelu" and config.layer_norm_eps == 1e-12 and config.hidden_dropout_prob == 0.1
    assert method.qformer.query_tokens.shape == (1, 32, 768) and method.prefix_length() == 32
    assert method.qformer.ln_vision.normalized_shape == (ENC.grid_width,)


def _attention(x, kv, att, heads, keys=None):
    """BERT's multi-head attention with the module's weights: softmax(QK^T / sqrt(dh)) V; ``keys``
    (B, K) boolean: the keys that may be attended to (None: all)."""
    b, n, h = x.shape
    dh = h // heads

    def split(t):
        return t.view(b, -1, heads, dh).transpose(1, 2)

    q, k, v = split(att.query(x)), split(att.key(kv)), split(att.value(kv))
    scores = q @ k.transpose(-1, -2) / math.sqrt(dh)
    if keys is not None:
        scores = scores.masked_fill(~keys[:, None, None, :], float("-inf"))
    probs = scores.softmax(-1)
    return (probs @ v).transpose(1, 2).reshape(b, n, h)


def _post_ln(out, residual, block):
    return block.LayerNorm(block.dense(out) + residual)


def reference_query_outputs(method: QFormer, grid: torch.Tensor) -> torch.Tensor:
    """The Q-Former's query outputs computed step by step from its weights (LAVIS ``Qformer.py``):
    embedding LayerNorm on the queries, then per layer post-LN self-attention, cross-attention to
    ln_vision(image) where the layer has one, and the query FFN (GELU)."""
    core, heads = method.qformer, method.arch.heads
    image = core.ln_vision(grid)
    x = core.bert.layernorm(core.query_tokens.expand(grid.shape[0], -1, -1))
    for layer in core.bert.encoder.layer:
        att = layer.attention
        x = _post_ln(_attention(x, x, att.attention, heads), x, att.output)
        if layer.has_cross_attention:
            cross = layer.crossattention
            x = _post_ln(_attention(x, image, cross.attention, heads), x, cross.output)
        hidden = F.gelu(layer.intermediate_query.dense(x))
        x = layer.output_query.LayerNorm(layer.output_query.dense(hidden) + x)
    return x


@pytest.mark.parametrize("freq", [1, 2])
def test_query_outputs_match_a_reference_built_from_the_weights(freq):
    method = build(layers=3, cross_attention_freq=freq).eval()
    grid = random_features(ENC, 2)["grid"]
    with torch.no_grad():
        got = method.qformer(grid)
        assert torch.allclose(got, reference_query_outputs(method, grid), atol=1e-5)
        prefix = method({"grid": grid}, 2).prefix
        assert torch.allclose(prefix, method.proj(got), atol=1e-6) and prefix.shape == (2, 3, LM.embed_dim)


# -- initialisation --------------------------------------------------------------------------------
def test_initialisation_is_berts():
    torch.manual_seed(0)
    method = QFormer(QFormerConfig(preset="lite", num_queries=32), LM, ENC).requires_grad_(False)
    assert 0.018 < float(method.qformer.query_tokens.std()) < 0.022  # normal(0, 0.02)
    for name, module in method.qformer.bert.named_modules():
        if isinstance(module, torch.nn.Linear):
            assert 0.018 < float(module.weight.std()) < 0.022, name
            assert torch.equal(module.bias, torch.zeros_like(module.bias)), name
        if isinstance(module, torch.nn.LayerNorm):
            assert torch.equal(module.weight, torch.ones_like(module.weight)), name
    ln = method.qformer.ln_vision
    assert torch.equal(ln.weight, torch.ones_like(ln.weight)) and ln.eps == 1e-5
    bound = 1 / math.sqrt(method.arch.hidden)  # opt_proj: torch's default Linear init
    assert float(method.proj.weight.abs().max()) <= bound and float(method.proj.weight.std()) > 0.5 * bound / 3**0.5


# -- what it reads and how it trains ----------------------------------------------------------------
@pytest.mark.parametrize("make_encoder", [tiny_vit_encoder, tiny_cnn_encoder])
def test_prefix_on_real_tiny_encoders(make_encoder):
    enc = make_encoder()
    feats = enc(enc.preprocess(tiny_images(2))).select(QFormer.feature_request(QFormerConfig()))
    assert set(feats) == {"grid"}
    method = build(enc=enc.spec).eval()
    with torch.no_grad():
        cond = method(feats, 2)
    assert cond.prefix.shape == (2, 3, LM.embed_dim) and not cond.layer_writes and not cond.blocked


@pytest.mark.parametrize("patch_tokens_only", [False, True])
def test_every_grid_token_is_read_unless_patch_tokens_only(patch_tokens_only):
    method = build(patch_tokens_only=patch_tokens_only).eval()
    grid = random_features(ENC, 2)["grid"]
    moved = grid.clone()
    moved[:, 0] += torch.randn(2, ENC.grid_width)  # the [CLS]-like token
    moved_patch = grid.clone()
    moved_patch[:, -1] += torch.randn(2, ENC.grid_width)
    with torch.no_grad():
        base = method({"grid": grid}, 2).prefix
        cls_moves = not torch.allclose(method({"grid": moved}, 2).prefix, base)
        patch_moves = not torch.allclose(method({"grid": moved_patch}, 2).prefix, base)
    assert patch_moves and cls_moves == (not patch_tokens_only)


def test_each_example_is_conditioned_on_its_own_image_only():
    method = build().eval()
    grid = random_features(ENC, 3)["grid"]
    with torch.no_grad():
        together = method({"grid": grid}, 3).prefix
        alone = method({"grid": grid[1:2]}, 1).prefix
    assert torch.allclose(together[1:2], alone, atol=1e-6)
    assert not torch.allclose(together[0], together[1])


def test_dropout_in_training_only():
    method = build(dropout=0.1)
    grid = random_features(ENC, 2)["grid"]
    method.train()
    assert not torch.equal(method({"grid": grid}, 2).prefix, method({"grid": grid}, 2).prefix)
    method.eval()
    with torch.no_grad():
        assert torch.equal(method({"grid": grid}, 2).prefix, method({"grid": grid}, 2).prefix)


@pytest.mark.parametrize("family", ["opt", "llama", "gemma3"])
def test_only_the_q_former_queries_ln_vision_and_projection_train(family):
    lm, tok = tiny_lm(family)
    method = build(lm=lm_spec(lm))
    model = MultimodalLM(lm, tok, method)
    trained = names_with_gradient(model, random_features(ENC, 3), tok)
    names = {n for n, _ in method.named_parameters()}
    assert trained == {f"method.{n}" for n in names}
    assert all(p.grad.abs().sum() > 0 for p in method.parameters())
    assert not any(p.requires_grad or p.grad is not None for p in lm.parameters())
    assert set(method.state_dict()) == names
    assert {"qformer.query_tokens", "qformer.ln_vision.weight", "proj.weight"} <= names
    assert "qformer.bert.encoder.layer.0.crossattention.attention.key.weight" in names


# -- init_from: a local BERT ------------------------------------------------------------------------
@pytest.fixture(scope="module")
def tiny_bert(tmp_path_factory):
    from transformers import BertConfig, BertModel

    config = BertConfig(hidden_size=16, num_hidden_layers=2, num_attention_heads=2, intermediate_size=24, vocab_size=40)
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(7)
        bert = BertModel(config, add_pooling_layer=False)
        with torch.no_grad():  # away from BERT's init (LayerNorms 1/0), so that every copy is visible
            for p in bert.parameters():
                p.add_(torch.randn_like(p) * 0.1)
    folder = tmp_path_factory.mktemp("bert") / "tiny-bert"
    bert.save_pretrained(folder)
    return folder, {k: v.clone() for k, v in bert.state_dict().items()}


def test_init_from_a_local_bert_copies_self_attention_and_the_text_ffn_into_the_query_ffn(tiny_bert):
    folder, bert = tiny_bert
    method = build(seed=3, init_from=str(folder))
    plain = build(seed=3)  # the same draw without BERT: loading does not touch the run's RNG
    q = dict(method.qformer.bert.named_parameters())
    assert torch.equal(q["layernorm.weight"], bert["embeddings.LayerNorm.weight"])
    for i in range(2):
        pre = f"encoder.layer.{i}."
        for n in ("query", "key", "value"):
            assert torch.equal(q[f"{pre}attention.attention.{n}.weight"], bert[f"{pre}attention.self.{n}.weight"])
        assert torch.equal(q[f"{pre}attention.output.LayerNorm.bias"], bert[f"{pre}attention.output.LayerNorm.bias"])
        assert torch.equal(q[f"{pre}intermediate_query.dense.weight"], bert[f"{pre}intermediate.dense.weight"])
        assert torch.equal(q[f"{pre}output_query.dense.bias"], bert[f"{pre}output.dense.bias"])
        assert torch.equal(q[f"{pre}output_query.LayerNorm.weight"], bert[f"{pre}output.LayerNorm.weight"])
    fresh = dict(plain.qformer.bert.named_parameters())
    cross = [n for n in q if ".crossattention." in n]
    assert cross and all(torch.equal(q[n], fresh[n]) for n in cross)  # cross-attention stays random
    assert torch.equal(method.proj.weight, plain.proj.weight)
    assert torch.equal(method.qformer.query_tokens, plain.qformer.query_tokens)
    # every Q-Former tensor but cross-attention comes from BERT
    assert set(bert_state_for_qformer(bert, 2)) == {n for n in q if ".crossattention." not in n}


def test_init_from_is_checked_without_reading_weights_on_the_meta_device(tiny_bert, tmp_path):
    folder, _ = tiny_bert
    only_config = tmp_path / "config-only"
    only_config.mkdir()
    (only_config / "config.json").write_text((folder / "config.json").read_text())
    with torch.device("meta"):
        QFormer(QFormerConfig(**SMALL, init_from=str(only_config)), LM, ENC)  # no weights needed
    with pytest.raises(ConfigError, match="does not fit the Q-Former: hidden_size 16"):
        build(hidden=32, heads=2, init_from=str(folder))
    with pytest.raises(ConfigError, match="not a local BERT folder"):
        build(init_from=str(tmp_path / "absent"))
    gpt = tmp_path / "gpt"
    gpt.mkdir()
    (gpt / "config.json").write_text('{"model_type": "gpt2"}')
    with pytest.raises(ConfigError, match="'gpt2' model, not a BERT"):
        build(init_from=str(gpt))


# -- options and recipe ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "options,message",
    [
        ({"preset": "huge"}, "preset must be one of base, lite, tiny"),
        ({"hidden": 18, "heads": 4}, "not divisible by heads"),
        ({"num_queries": 0}, "num_queries must be at least 1"),
        ({"layers": 0}, "layers must be at least 1"),
        ({"dropout": 1.0}, r"dropout must be in \[0, 1\)"),
    ],
)
def test_impossible_options_fail_with_one_line(options, message):
    with pytest.raises(ConfigError, match=message):
        build(**options)


def test_paper_recipe_is_blip2_stage_2():
    recipe = recipe_for("qformer", "paper")
    assert recipe.published and recipe.lr == 1e-4 and recipe.min_lr == 1e-5 and recipe.warmup_steps == 2000
    assert recipe.weight_decay == 0.05 and recipe.batch_size == 64 and recipe.grad_clip == 0.0
    assert recipe.num_beams == 5 and recipe.lm_dropout and recipe.schedule == "cosine"
    assert "pretrain_stage2.yaml" in recipe.source("lr")


# == qformer-instruct (InstructBLIP) and the wrapper's prompt interface ===============================
TEXT_FFN_TINY = 2 * 256 * 1024 + 1024 + 3 * 256  # one layer's text FFN at h 256, f 1024 (dense + dense + LN)


def build_instruct(lm: LMSpec = LM, seed: int = 0, enc: EncoderSpec = ENC, **options) -> QFormerInstruct:
    torch.manual_seed(seed)
    return QFormerInstruct(QFormerInstructConfig(**{**SMALL, **options}), lm, enc)


def instruct_model(family: str = "llama", **options) -> tuple[MultimodalLM, object]:
    """``(model, tokenizer)``: a tiny LM wrapped with ``qformer-instruct`` (moved off its init), in
    eval mode."""
    lm, tok = tiny_lm(family)
    method = build_instruct(lm_spec(lm), **options)
    with torch.no_grad():
        for p in method.parameters():
            p.add_(torch.randn(p.shape, generator=torch.Generator().manual_seed(3)) * 0.05)
    return MultimodalLM(lm, tok, method).eval(), tok


class Spy:
    """Records each call of a method: its ``prompt=`` argument, the Q-Former's own input (the
    ``InstructBlipQFormerModel`` keyword arguments) and the prefix it returned."""

    def __init__(self, method) -> None:
        self.calls: list[dict] = []
        method.register_forward_hook(self._method, with_kwargs=True)
        if isinstance(method, QFormerInstruct):
            method.qformer.bert.register_forward_pre_hook(self._bert, with_kwargs=True)

    def _method(self, module, args, kwargs, out):
        self.calls.append({"args": args, "kwargs": kwargs, "prefix": out.prefix.detach().clone()})

    def _bert(self, module, args, kwargs):
        self.pending = {k: None if v is None else v.detach().clone() for k, v in kwargs.items()}

    def last(self) -> dict:
        call = self.calls[-1]
        return {**call, "bert": getattr(self, "pending", None)}


def ex(uid: str, prompt: str, target: str, media: str = "m0") -> Example:
    return Example(uid, media, None, prompt, target, (target,))


QUESTIONS = ["What color is the big shape on the left of the picture?", "Is it round?", "How many shapes?"]


# -- counts ---------------------------------------------------------------------------------------------
def test_instruct_count_at_the_small_setup_as_bench_params_builds_it():
    counted = count_on_meta("qformer-instruct", "smollm2-135m", "efficientnet-lite0")["trainable"]
    # qformer tiny + Linear(576, 256) on the LM's embeddings + 64 positions + the text FFN of every layer but
    # the last (whose instruction outputs nothing reads)
    assert counted == 6_470_208 + (576 * 256 + 256) + 64 * 256 + 3 * TEXT_FFN_TINY == 8_212_544
    # the spec's 8,738,624 counts that last text FFN too
    assert counted + TEXT_FFN_TINY == 8_738_624
    one_layer = ["method_options.layers=1"]  # one layer: no text FFN at all
    plain = count_on_meta("qformer", "smollm2-135m", "efficientnet-lite0", one_layer)["trainable"]
    instruct = count_on_meta("qformer-instruct", "smollm2-135m", "efficientnet-lite0", one_layer)["trainable"]
    assert instruct == plain + (576 * 256 + 256) + 64 * 256


def test_instructblip_vicuna_7b_count_and_the_suite_build_at_its_widths():
    from transformers import InstructBlipQFormerConfig, InstructBlipQFormerModel

    h, dv, d = 768, 1408, 4096  # BERT-base Q-Former, EVA ViT-g, Vicuna-7B
    with torch.device("meta"):
        bert = InstructBlipQFormerModel(InstructBlipQFormerConfig(vocab_size=30523, encoder_hidden_size=dv))
        ours = QFormerInstruct(
            QFormerInstructConfig(preset="base"),
            LMSpec(hidden_size=d, embed_dim=d, num_layers=32, vocab_size=32001),
            EncoderSpec(layer_widths=(dv,), grid_width=dv, grid_tokens=257, pooled_width=dv, grid_prefix_tokens=1),
        )
    # InstructBLIP: the whole Q-Former (word table 30,523 with [DEC], 512 positions) + 32 queries + ln_vision +
    # llm_proj
    instructblip = sum(p.numel() for p in bert.parameters()) + 32 * h + 2 * dv + (h * d + d)
    assert instructblip == 188_837_376
    # the suite at the same widths: Linear(D, h) on the LM's table instead of BERT's, 64 positions, and no text
    # FFN in the last layer
    text_ffn = 2 * h * 3072 + 3072 + 3 * h
    expected = instructblip - 30523 * h - 512 * h + (d * h + h) + 64 * h - text_ffn
    assert sum(p.numel() for p in ours.parameters()) == expected == 163_474_176


# -- structure and reference ------------------------------------------------------------------------------
def test_instruct_structure_text_path_and_lm_table_outside_the_method():
    lm, tok = tiny_lm("llama")
    method = build_instruct(lm_spec(lm), layers=3, cross_attention_freq=2)
    layers = method.qformer.bert.encoder.layer
    assert [i for i, layer in enumerate(layers) if layer.has_cross_attention] == [0, 2]
    for layer in layers[:-1]:  # text FFN and query FFN
        assert layer.intermediate.dense.out_features == 24 and layer.intermediate_query.dense.out_features == 24
    assert not any(True for _ in layers[-1].intermediate.parameters())  # the last layer's text FFN: none
    assert not any(True for _ in layers[-1].output.parameters())
    words = method.qformer.words
    assert isinstance(words, LMTokenEmbedding) and words.proj.in_features == lm_spec(lm).embed_dim
    assert method.qformer.bert.embeddings.position_embeddings.num_embeddings == 64
    MultimodalLM(lm, tok, method)  # attaches: binds the LM's table
    table = lm.get_input_embeddings().weight
    assert words._table[0] is lm.get_input_embeddings()
    assert all(p is not table for p in method.parameters()) and not any(t is table for t in method.buffers())
    assert not any("_table" in n or n.endswith("embed_tokens.weight") for n in method.state_dict())
    assert not table.requires_grad


def reference_instruct_outputs(method: QFormerInstruct, grid, prompt: PromptTokens, table) -> torch.Tensor:
    """The query outputs computed step by step from the weights (LAVIS ``Qformer.py`` with text input):
    word rows of the LM table -> Linear + positions counted from each row's first token, [queries ; text]
    -> LayerNorm; per layer post-LN self-attention over queries and unpadded text, cross-attention for the
    queries only, the query FFN on queries and the text FFN on text (none after the last layer)."""
    core, heads = method.qformer, method.arch.heads
    image = core.ln_vision(grid)
    n_q = core.query_tokens.shape[1]
    keys = torch.cat([torch.ones(grid.shape[0], n_q, dtype=torch.bool), prompt.mask.bool()], dim=1)
    positions = (prompt.mask.cumsum(-1) - 1).clamp(min=0)
    text = core.words.proj(table[prompt.ids]) + core.bert.embeddings.position_embeddings(positions)
    x = core.bert.embeddings.layernorm(torch.cat([core.query_tokens.expand(grid.shape[0], -1, -1), text], 1))
    layers = core.bert.encoder.layer
    for i, layer in enumerate(layers):
        att = layer.attention
        x = _post_ln(_attention(x, x, att.attention, heads, keys), x, att.output)
        q, t = x[:, :n_q], x[:, n_q:]
        if layer.has_cross_attention:
            cross = layer.crossattention
            q = _post_ln(_attention(q, image, cross.attention, heads), q, cross.output)
        q = layer.output_query.LayerNorm(layer.output_query.dense(F.gelu(layer.intermediate_query.dense(q))) + q)
        if i < len(layers) - 1:
            t = layer.output.LayerNorm(layer.output.dense(F.gelu(layer.intermediate.dense(t))) + t)
        x = torch.cat([q, t], 1)
    return x[:, :n_q]


@pytest.mark.parametrize("family", ["llama", "opt-proj", "gemma3"])
def test_instruct_query_outputs_match_a_reference_built_from_the_weights(family):
    model, tok = instruct_model(family, layers=3, cross_attention_freq=2)
    method = model.method
    grid = random_features(ENC, 3)["grid"]
    ids, mask = left_pad([[11, 12, 13, 14, 15], [21, 22], [31, 32, 33]], tok.pad_token_id)
    prompt = PromptTokens(ids, mask)
    table = model.lm.get_input_embeddings().weight  # the unscaled rows (Gemma's sqrt(D) is not applied)
    with torch.no_grad():
        got = method.qformer(grid, prompt)
        assert torch.allclose(got, reference_instruct_outputs(method, grid, prompt, table), atol=1e-5)
        prefix = method({"grid": grid}, 3, prompt=prompt).prefix
    assert torch.allclose(prefix, method.proj(got), atol=1e-6) and prefix.shape == (3, 3, model.spec.embed_dim)


# -- what the wrapper passes ------------------------------------------------------------------------------
def test_prompt_tokens_of_a_training_batch_equal_those_of_the_generation_batch():
    _, tok = tiny_lm("llama")
    codec = TextCodec(tok)
    examples = [ex(str(i), q, t) for i, (q, t) in enumerate(zip(QUESTIONS, ["red", "no", "three of them"]))]
    train = codec.train_batch(examples)  # right-padded prompt + target + EOS
    gen_ids, gen_mask = codec.prompt_batch(examples)  # left-padded prompts
    from_train = prompt_tokens(train["input_ids"], train["attention_mask"], tok.pad_token_id, train["labels"])
    from_gen = prompt_tokens(gen_ids, gen_mask, tok.pad_token_id)
    assert torch.equal(from_train.ids, gen_ids) and torch.equal(from_train.mask, gen_mask)
    assert torch.equal(from_gen.ids, gen_ids) and torch.equal(from_gen.mask, gen_mask)
    # no target or EOS token among them: each row is exactly its prompt
    for row, example in zip(range(3), examples):
        prompt, _ = codec.ids(example)
        assert from_train.ids[row][from_train.mask[row].bool()].tolist() == prompt
    # a generation batch padded wider than its longest prompt comes back trimmed
    wide_ids = torch.cat([torch.full((3, 2), tok.pad_token_id), gen_ids], 1)
    wide = prompt_tokens(wide_ids, torch.cat([torch.zeros(3, 2, dtype=gen_mask.dtype), gen_mask], 1), tok.pad_token_id)
    assert torch.equal(wide.ids, gen_ids) and torch.equal(wide.mask, gen_mask)


def test_the_target_never_reaches_the_method_in_training():
    model, tok = instruct_model()
    spy = Spy(model.method)
    codec = TextCodec(tok)
    feats = random_features(ENC, 3)
    seen, losses = [], []
    for targets in (["red", "no", "three"], ["a much longer answer than before", "yes", "blue and green"]):
        batch = codec.train_batch([ex(f"{i}{t}", q, t) for i, (q, t) in enumerate(zip(QUESTIONS, targets))])
        with torch.no_grad():
            losses.append(float(model(feats, **batch)))
        seen.append(spy.last())
    a, b = seen
    assert losses[0] != pytest.approx(losses[1])  # the targets did change what the LM is trained on
    assert torch.equal(a["kwargs"]["prompt"].ids, b["kwargs"]["prompt"].ids)
    for key in ("input_ids", "attention_mask", "position_ids"):  # the Q-Former's own input
        assert torch.equal(a["bert"][key], b["bert"][key]), key
    assert torch.equal(a["prefix"], b["prefix"])
    # and with the target tokens overwritten in place in one batch (same shapes), too
    batch = codec.train_batch([ex(f"x{i}", q, "red") for i, q in enumerate(QUESTIONS)])
    changed = dict(batch, input_ids=batch["input_ids"].where(batch["labels"] == -100, torch.tensor(7)))
    with torch.no_grad():
        model(feats, **batch)
        first = spy.last()
        model(feats, **changed)
    assert torch.equal(first["bert"]["input_ids"], spy.last()["bert"]["input_ids"])
    assert torch.equal(first["prefix"], spy.last()["prefix"])


def test_an_example_gets_the_same_conditioning_in_training_and_in_generation():
    model, tok = instruct_model()
    spy = Spy(model.method)
    codec = TextCodec(tok)
    examples = [ex(str(i), q, t) for i, (q, t) in enumerate(zip(QUESTIONS, ["red", "no", "three"]))]
    feats = random_features(ENC, 3)
    with torch.no_grad():
        model(feats, **codec.train_batch(examples))  # right-padded, prompt + target
        train = spy.last()
        for beams in (1, 3):  # the method runs once per batch, before the beams expand
            model.generate(feats, *codec.prompt_batch(examples), max_new_tokens=2, num_beams=beams)
            generation = spy.last()
            assert torch.equal(train["prefix"], generation["prefix"]), beams
            for key in ("input_ids", "attention_mask", "position_ids"):
                assert torch.equal(train["bert"][key], generation["bert"][key]), (beams, key)
        # alone (no padding at all) the second example's conditioning is its row in the batch
        model.generate({"grid": feats["grid"][1:2]}, *codec.prompt_batch(examples[1:2]), max_new_tokens=1)
    assert torch.allclose(spy.last()["prefix"], train["prefix"][1:2], atol=1e-5)


def test_the_question_changes_the_prefix():
    model, tok = instruct_model()
    spy = Spy(model.method)
    codec = TextCodec(tok)
    grid = random_features(ENC, 1)["grid"].expand(3, -1, -1)  # one image, three prompts
    prompts = ["What color is it?", "How many are there?", "What color is it?"]
    with torch.no_grad():
        model.generate({"grid": grid}, *codec.prompt_batch([ex(str(i), p, "x") for i, p in enumerate(prompts)]), 1)
    prefix = spy.last()["prefix"]
    assert not torch.allclose(prefix[0], prefix[1], atol=1e-3)  # another question, another prefix
    assert torch.allclose(prefix[0], prefix[2], atol=1e-6)  # the same question, the same prefix


def test_a_long_prompt_keeps_its_last_tokens():
    model, tok = instruct_model(max_instruction_tokens=4)
    grid = random_features(ENC, 1)["grid"].expand(3, -1, -1)
    ids = torch.tensor([[5, 6, 7, 8, 9, 10], [40, 41, 7, 8, 9, 10], [5, 6, 7, 8, 9, 11]])
    with torch.no_grad():
        prefix = model.condition({"grid": grid}, ids, torch.ones_like(ids)).prefix
    assert torch.allclose(prefix[0], prefix[1], atol=1e-6)  # they differ only before the last 4 tokens
    assert not torch.allclose(prefix[0], prefix[2], atol=1e-3)


def test_methods_that_do_not_read_the_prompt_are_called_as_before():
    lm, tok = tiny_lm("llama")
    model = MultimodalLM(lm, tok, build(lm=lm_spec(lm))).eval()
    spy = Spy(model.method)
    ids, mask, labels = text_batch(tok)
    feats = random_features(ENC, 3)
    with torch.no_grad():
        model(feats, ids, mask, labels)
        assert spy.calls[-1]["args"] == (feats, 3) and spy.calls[-1]["kwargs"] == {}
        model.generate(feats, ids, mask, max_new_tokens=1, num_beams=2)
        assert spy.calls[-1]["args"] == (feats, 3) and spy.calls[-1]["kwargs"] == {}
        assert torch.equal(model.condition(feats, ids, mask, labels).prefix, model.method(feats, 3).prefix)
    assert not QFormer.reads_prompt and QFormerInstruct.reads_prompt


def test_instruct_trains_its_text_path_and_refuses_what_it_cannot_do():
    model, tok = instruct_model()
    model.train()
    ids, mask, labels = text_batch(tok)
    model(random_features(ENC, 3), ids, mask, labels).backward()
    method = model.method
    assert all(p.grad is not None and p.grad.abs().sum() > 0 for p in method.parameters())
    assert method.qformer.words.proj.weight.grad.abs().sum() > 0
    assert not any(p.requires_grad or p.grad is not None for p in model.lm.parameters())
    with pytest.raises(ValueError, match="reads the prompt"):
        method(random_features(ENC, 3), 3)
    model.remove_hooks()  # detached: the LM's table is no longer held
    with pytest.raises(RuntimeError, match="attach the method to an LM first"):
        method(random_features(ENC, 1), 1, prompt=PromptTokens(torch.tensor([[5]]), torch.tensor([[1]])))
    with pytest.raises(ConfigError, match="init_from is not supported"):
        build_instruct(init_from="/somewhere")
    with pytest.raises(ConfigError, match="max_instruction_tokens must be at least 1"):
        build_instruct(max_instruction_tokens=0)
    assert recipe_for("qformer-instruct", "paper").published is False
