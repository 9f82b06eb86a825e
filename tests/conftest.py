"""Shared pytest fixtures: tiny random backbones of the real classes and an isolated cache.

The builders live in :mod:`tiny_models` (importable from any test as ``from tiny_models import ...``);
the fixtures here are thin wrappers. Every fixture builds fresh objects, so tests may mutate them.
"""

from __future__ import annotations

import pytest
from tiny_models import tiny_cnn_encoder, tiny_images, tiny_lm, tiny_tokenizer, tiny_vit_encoder


@pytest.fixture
def bench_cache(tmp_path, monkeypatch):
    """An empty suite cache directory, also exported as ``$BENCH_CACHE``."""
    path = tmp_path / "bench-cache"
    path.mkdir()
    monkeypatch.setenv("BENCH_CACHE", str(path))
    return path


@pytest.fixture
def tiny_opt():
    """``(model, tokenizer)``: frozen tiny OPTForCausalLM (hidden 32, 4 layers, vocab 320)."""
    return tiny_lm("opt")


@pytest.fixture
def tiny_opt_proj():
    """Tiny OPT with word_embed_proj_dim 16 != hidden 32 and post-norm (like OPT-350m)."""
    return tiny_lm("opt-proj")


@pytest.fixture
def tiny_llama():
    """Tiny LlamaForCausalLM (SmolLM2-like; its tokenizer adds no BOS)."""
    return tiny_lm("llama")


@pytest.fixture
def tiny_gemma3():
    """Tiny Gemma3ForCausalLM (sliding window 4, sliding + full layers, embed_scale sqrt(32))."""
    return tiny_lm("gemma3")


@pytest.fixture(params=["opt", "opt-proj", "llama", "gemma3"])
def tiny_lm_any(request):
    """Each tiny LM family in turn."""
    return tiny_lm(request.param)


@pytest.fixture
def tiny_tok():
    return tiny_tokenizer()


@pytest.fixture
def tiny_vit():
    """Frozen ImageEncoder around a 4-block ViT (32x32 input, 16 patches + [CLS], width 32)."""
    return tiny_vit_encoder()


@pytest.fixture
def tiny_cnn():
    """Frozen ImageEncoder around timm's test_efficientnet (64x64 input)."""
    return tiny_cnn_encoder()


@pytest.fixture
def images():
    """Four random 48x56 RGB PIL images."""
    return tiny_images()
