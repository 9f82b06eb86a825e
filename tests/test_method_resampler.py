"""The Perceiver-resampler prefix: parameter counts on the meta device (OpenFlamingo's resampler, the
offline presets), the resampler against an independent reading of OpenFlamingo's ``helpers.py``,
the prefix's shape and projections, presets and width options, patch tokens only, and per-example
isolation. The shared method contract (meta build, detach, KV-cached generation, checkpoint round
trip, ``bench run``) is in ``test_method_contract.py``."""

from __future__ import annotations

import pytest
import torch
from method_checks import random_features, text_batch, wrapper_outputs
from tiny_models import tiny_lm

from benchmark.backbones.lm import lm_spec
from benchmark.backbones.specs import EncoderSpec, LMSpec
from benchmark.engine.config import build_method_config
from benchmark.engine.model import MultimodalLM
from benchmark.errors import ConfigError
from benchmark.experiments.params import count_on_meta
from methods.resampler import PerceiverResampler, Resampler, ResamplerConfig

# one [CLS]-like token, then 4 patch tokens of width 16
ENC = EncoderSpec(layer_widths=(8, 12, 16), grid_width=16, grid_tokens=5, pooled_width=16, grid_prefix_tokens=1)
SMALL = {"num_latents": 4, "heads": 2, "dim_head": 8}


def perceiver_params(width: int, depth: int, latents: int = 64, inner: int = 512, ff_mult: int = 4) -> int:
    """OpenFlamingo's PerceiverResampler by formula: per layer two media/latent LayerNorms, to_q,
    to_kv, to_out (no biases) and the FeedForward (LayerNorm + two Linears without bias); the
    latents and the final LayerNorm."""
    attention = 4 * width + width * inner + width * 2 * inner + inner * width
    ffw = 2 * width + 2 * ff_mult * width * width
    return depth * (attention + ffw) + latents * width + 2 * width


def test_formula_reproduces_the_spec():
    assert perceiver_params(1024, 6) == 63_019_008  # OpenFlamingo's resampler on CLIP ViT-L/14
    assert perceiver_params(1024, 6) == 6 * (8 * 1024**2 + 2054 * 1024) + 64 * 1024 + 2 * 1024
    assert perceiver_params(576, 6) == 23_061_888
    with torch.device("meta"):
        module = PerceiverResampler(1024, depth=6, dim_head=64, heads=8, num_latents=64, ff_mult=4)
    assert sum(p.numel() for p in module.parameters()) == 63_019_008


def test_parameter_counts_as_bench_params_computes_them():
    # OpenFlamingo's resampler (CLIP ViT-L/14, 256 patch tokens of 1024) -> Linear(1024, 4096) prefix
    assert (
        count_on_meta("resampler", "opt-6.7b", "clip-vit-l14", ["method_options.preset=openflamingo"])["trainable"]
        == perceiver_params(1024, 6) + 1024 * 4096 + 4096
        == 67_217_408
    )
    # offline setup: EfficientNet-Lite0 (49 x 1280) -> SmolLM2-135M (576)
    lite = count_on_meta("resampler", "smollm2-135m", "efficientnet-lite0")["trainable"]
    assert lite == 1280 * 576 + 576 + perceiver_params(576, 2) == 8_450_496
    faithful = count_on_meta("resampler", "smollm2-135m", "efficientnet-lite0", ["method_options.preset=openflamingo"])
    assert faithful["trainable"] == perceiver_params(1280, 6) + 1280 * 576 + 576 == 95_240_256
    deep = count_on_meta("resampler", "smollm2-135m", "efficientnet-lite0", ["method_options.perceiver_depth=6"])
    assert deep["trainable"] == 1280 * 576 + 576 + 23_061_888


def reference_perceiver(module: PerceiverResampler, media: torch.Tensor, heads: int) -> torch.Tensor:
    """OpenFlamingo's ``PerceiverResampler.forward`` for one image of one frame, written out with
    einsum and the detached row maximum as ``helpers.py`` does, on ``module``'s weights."""
    latents = module.latents.unsqueeze(0).expand(media.shape[0], -1, -1)
    for attn, ff in module.layers:
        x = attn.norm_media(media)
        lat = attn.norm_latents(latents)
        q = attn.to_q(lat)
        k, v = attn.to_kv(torch.cat((x, lat), dim=-2)).chunk(2, dim=-1)

        def split(t):
            return t.view(t.shape[0], t.shape[1], heads, -1).permute(0, 2, 1, 3)

        q, k, v = split(q) * attn.scale, split(k), split(v)
        sim = torch.einsum("bhid,bhjd->bhij", q, k)
        sim = sim - sim.amax(dim=-1, keepdim=True).detach()
        out = torch.einsum("bhij,bhjd->bhid", sim.softmax(dim=-1), v)
        latents = attn.to_out(out.permute(0, 2, 1, 3).reshape(media.shape[0], -1, q.shape[1] * q.shape[3])) + latents
        latents = ff(latents) + latents
    return module.norm(latents)


def test_resampler_follows_openflamingo():
    torch.manual_seed(0)
    module = PerceiverResampler(24, depth=3, dim_head=8, heads=3, num_latents=5, ff_mult=4)
    with torch.no_grad():  # move the norms away from identity so that each one matters
        for p in module.parameters():
            if p.ndim == 1:
                p.add_(torch.randn_like(p) * 0.3)
    media = torch.randn(2, 7, 24)
    out = module(media)
    assert out.shape == (2, 5, 24)
    torch.testing.assert_close(out, reference_perceiver(module, media, heads=3), rtol=1e-5, atol=1e-5)
    # torch.randn latents (std 1), FeedForward: LayerNorm -> Linear(no bias) -> GELU -> Linear(no bias)
    big = PerceiverResampler(64, depth=1, dim_head=64, heads=8, num_latents=64, ff_mult=4)
    assert 0.9 < big.latents.std().item() < 1.1
    ff = big.layers[0][1]
    assert [type(m).__name__ for m in ff] == ["LayerNorm", "Linear", "GELU", "Linear"]
    assert ff[1].bias is None and ff[3].bias is None and ff[1].out_features == 256
    assert all(lin.bias is None for lin in (big.layers[0][0].to_q, big.layers[0][0].to_kv, big.layers[0][0].to_out))


def build(family: str = "llama", seed: int = 1, **options):
    lm, tok = tiny_lm(family)
    torch.manual_seed(seed)
    cfg = build_method_config(ResamplerConfig, {**SMALL, **options}, "resampler")
    return MultimodalLM(lm, tok, Resampler(cfg, lm_spec(lm), ENC)), tok


@pytest.mark.parametrize("family", ["opt", "opt-proj", "llama"])
def test_prefix_shape_and_projections(family):
    model, _ = build(family)
    method, spec = model.method, model.spec
    prefix = method(random_features(ENC, 2), 2).prefix
    assert prefix.shape == (2, 4, spec.embed_dim) and method.prefix_length() == 4
    # lite: Linear(Dv, d) first, resampler at width d, no output projection
    assert method.visual.width == spec.embed_dim and method.output_projection is None
    if spec.embed_dim == ENC.grid_width:  # opt-proj: d = Dv = 16, nothing to project
        assert method.visual.input_projection is None
    else:
        assert method.visual.input_projection.in_features == ENC.grid_width
    # the prefix is the final LayerNorm's output
    torch.testing.assert_close(prefix.mean(-1), torch.zeros(2, 4), atol=1e-5, rtol=0)
    faithful, _ = build(family, preset="openflamingo")
    assert faithful.method.visual.input_projection is None and faithful.method.visual.width == ENC.grid_width
    if spec.embed_dim == ENC.grid_width:
        assert faithful.method.output_projection is None
    else:
        assert faithful.method.output_projection.out_features == spec.embed_dim
    assert len(faithful.method.visual.perceiver.layers) == 6
    forced, _ = build(family, output_projection=True)
    assert forced.method.output_projection.in_features == spec.embed_dim


def test_width_options_and_errors():
    spec = LMSpec(hidden_size=32, embed_dim=16, num_layers=4, vocab_size=320)

    def make(**options):
        return Resampler(build_method_config(ResamplerConfig, {**SMALL, **options}, "resampler"), spec, ENC)

    assert make(perceiver_dim=40).visual.width == 40 and make(perceiver_dim=40).output_projection.in_features == 40
    assert make(perceiver_dim="encoder").visual.input_projection is None
    assert make(perceiver_dim="lm").visual.width == 16
    assert make(preset="openflamingo").visual.perceiver.latents.shape == (4, 16)  # SMALL's latents win
    with pytest.raises(ConfigError, match="preset must be one of"):
        make(preset="huge")
    with pytest.raises(ConfigError, match="perceiver_dim must be"):
        make(perceiver_dim="wide")
    with pytest.raises(ConfigError, match="perceiver_depth must be a positive integer"):
        make(perceiver_depth=0)
    with pytest.raises(ConfigError, match="output_projection=false needs"):
        make(perceiver_dim=40, output_projection=False)


def test_reads_patch_tokens_only_and_keeps_examples_apart():
    model, _ = build()
    method = model.method.eval()
    feats = random_features(ENC, 3)
    with torch.no_grad():
        prefix = method(feats, 3).prefix
        cls_moved = {"grid": feats["grid"].clone()}
        cls_moved["grid"][:, 0] += 5.0  # the [CLS]-like token is not read
        assert torch.equal(method(cls_moved, 3).prefix, prefix)
        other = {"grid": feats["grid"].clone()}
        other["grid"][1] = torch.randn(ENC.grid_tokens, ENC.grid_width)  # example 2's image changes
        moved = method(other, 3).prefix
        assert torch.equal(moved[0], prefix[0]) and torch.equal(moved[2], prefix[2])
        assert not torch.allclose(moved[1], prefix[1])
    with_cls, _ = build(patch_tokens_only=False)
    with torch.no_grad():
        a = with_cls.method(feats, 3).prefix
        assert not torch.equal(with_cls.method(cls_moved, 3).prefix, a)


def test_training_step_and_lm_logits_per_example():
    model, tok = build()
    ids, mask, labels = text_batch(tok)
    feats = random_features(ENC, 3)
    model.train()
    model(feats, ids, mask, labels).backward()
    for name, p in model.method.named_parameters():
        assert p.grad is not None and p.grad.abs().sum() > 0, name
    assert all(p.grad is None for p in model.lm.parameters())
    model.eval()
    other = {"grid": feats["grid"].clone()}
    other["grid"][1] += torch.randn(ENC.grid_tokens, ENC.grid_width)
    with torch.no_grad():
        logits = wrapper_outputs(model, feats, ids, mask)[0].logits
        moved = wrapper_outputs(model, other, ids, mask)[0].logits
    assert torch.equal(moved[0], logits[0]) and not torch.allclose(moved[1], logits[1])
