"""Frozen language models: name resolution, loading, meta-device construction and specs.

A name is a preset (``opt-2.7b``, ``smollm2-135m``...), a Hugging Face hub id (contains "/"), a
local model directory, or a local ``.gguf`` file. Loaded models are frozen (``requires_grad_(False)``,
``eval()``); tokenizers always have a pad token (the EOS token when the checkpoint defines none).

BOS handling differs between families and is left to the tokenizer: OPT prepends ``</s>`` (id 2),
Gemma prepends ``<bos>``, SmolLM2 prepends nothing. :func:`adds_bos` tells which; text pipelines
must tokenise with the tokenizer's own special-token handling and never add a second BOS.
"""

from __future__ import annotations

import os
from pathlib import Path

import torch
from torch import nn

from benchmark.backbones.lm_presets import LMPreset
from benchmark.backbones.specs import LMSpec
from benchmark.errors import ConfigError, UnknownNameError
from benchmark.registry import LMS

# attribute paths of the decoder-layer list, tried in order
_LAYER_PATHS = (
    "model.decoder.layers",  # OPT
    "model.layers",  # Llama, Mistral, Qwen, Gemma, Phi-3...
    "model.language_model.layers",  # text towers of multimodal wrappers
    "transformer.h",  # GPT-2, GPT-J, Bloom, Falcon
    "transformer.layers",
    "gpt_neox.layers",  # Pythia
    "decoder.layers",
    "layers",
)


def default_cache_dir() -> Path:
    """``$BENCH_CACHE``, else ``~/.cache/mm-adapt-bench``."""
    env = os.environ.get("BENCH_CACHE")
    return Path(env).expanduser() if env else Path.home() / ".cache" / "mm-adapt-bench"


def resolve_lm(name: str) -> LMPreset:
    """The preset for ``name``; hub ids, local directories and ``.gguf`` files get an ad-hoc one."""
    if name in LMS:
        return LMS.get(name)
    path = Path(name).expanduser()
    if path.is_dir():
        return LMPreset(name=name, source="local", hub_id=str(path), description=f"local model {path}")
    if path.is_file() and path.suffix == ".gguf":
        return LMPreset(name=name, source="gguf", hub_id=str(path), description=f"local GGUF {path}")
    if name.startswith((".", "/", "~")) or name.endswith(".gguf"):
        raise ConfigError(f"LM path {name!r} does not exist (expected a model directory or a .gguf file)")
    if "/" in name:
        return LMPreset(name=name, source="hub", hub_id=name, description=f"hub model {name}")
    raise UnknownNameError(LMS.unknown_message(name, "Or give a hub id (org/name) or a local directory."))


def lm_config(name: str):
    """The transformers config of ``name``: from the preset dict (no download) or the hub/directory."""
    from transformers import AutoConfig

    preset = resolve_lm(name)
    if preset.config:
        cfg = dict(preset.config)
        return AutoConfig.for_model(cfg.pop("model_type"), **cfg)
    if preset.source == "gguf":  # a user's .gguf file: read its header
        path = Path(preset.hub_id)
        return AutoConfig.from_pretrained(str(path.parent), gguf_file=path.name)
    config = AutoConfig.from_pretrained(preset.hub_id)
    _check_text_only(config, name)
    return config


def _check_text_only(config, name: str) -> None:
    if getattr(config, "text_config", None) is not None and config.model_type != "gemma3_text":
        raise ConfigError(
            f"{name!r} is a multimodal checkpoint ({config.model_type}); the suite conditions a text-only "
            "decoder. Use its text-only variant (e.g. google/gemma-3-270m or google/gemma-3-1b-pt)."
        )


def build_lm_on_meta(name: str) -> nn.Module:
    """The full-size architecture on the meta device (no weights, no download for presets)."""
    from transformers import AutoModelForCausalLM

    config = lm_config(name)
    with torch.device("meta"):
        model = AutoModelForCausalLM.from_config(config)
    return freeze(model)


def freeze(model: nn.Module) -> nn.Module:
    model.requires_grad_(False)
    return model.eval()


def prepare_lm(model: nn.Module, tokenizer) -> tuple[nn.Module, object]:
    """Freeze ``model``; give ``tokenizer`` a pad token (EOS when missing) and right padding.

    Padding side differs between checkpoints (Gemma's tokenizer pads left); the suite normalises to
    right padding, and batched generation sets ``padding_side="left"`` explicitly where it needs it.
    """
    freeze(model)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    tokenizer.padding_side = "right"
    gen = getattr(model, "generation_config", None)
    if gen is not None and gen.pad_token_id is None:
        gen.pad_token_id = tokenizer.pad_token_id
    return model, tokenizer


def adds_bos(tokenizer) -> bool:
    """Whether the tokenizer prepends its BOS token to plain text by itself."""
    ids = tokenizer("a")["input_ids"]
    return tokenizer.bos_token_id is not None and len(ids) > 0 and ids[0] == tokenizer.bos_token_id


def model_source(name: str, cache_dir: str | os.PathLike | None = None) -> str:
    """What ``from_pretrained`` should read for ``name`` (converting an offline GGUF on first use)."""
    from benchmark.backbones import gguf

    preset = resolve_lm(name)
    cache = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    if preset.source == "gguf" and preset.gguf is not None:
        return str(gguf.ensure_converted(preset.gguf, cache, what=f"the LM preset {preset.name!r}"))
    if preset.source == "gguf":
        return str(gguf.ensure_converted_file(preset.hub_id, cache))
    return preset.hub_id


def load_lm(
    name: str,
    cache_dir: str | os.PathLike | None = None,
    dtype: torch.dtype = torch.float32,
    attn_implementation: str = "sdpa",
):
    """Load ``name`` as a frozen causal LM and its tokenizer: ``(model, tokenizer)``.

    Hub models come from the Hugging Face cache (network on first use); offline GGUF presets are
    converted once into ``cache_dir`` (default :func:`default_cache_dir`).
    """
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer

    source = model_source(name, cache_dir)
    config = AutoConfig.from_pretrained(source)
    _check_text_only(config, name)
    tokenizer = AutoTokenizer.from_pretrained(source)
    model = AutoModelForCausalLM.from_pretrained(
        source, config=config, dtype=dtype, attn_implementation=attention_implementation(config, attn_implementation)
    )
    return prepare_lm(model, tokenizer)


def attention_implementation(config, requested: str = "sdpa") -> str:
    """``requested``, or "eager" when it is "sdpa" and the causal-LM class of ``config`` has no SDPA
    path (GPT-J in transformers 5 refuses ``attn_implementation="sdpa"``)."""
    if requested != "sdpa":
        return requested
    from transformers.models.auto.modeling_auto import MODEL_FOR_CAUSAL_LM_MAPPING

    try:
        model_class = MODEL_FOR_CAUSAL_LM_MAPPING[type(config)]
    except (KeyError, ValueError):
        return requested  # not a built-in class: let from_pretrained decide
    return requested if getattr(model_class, "_supports_sdpa", False) else "eager"


def decoder_layers(model: nn.Module) -> nn.ModuleList:
    """The list of decoder blocks (OPT ``model.decoder.layers``, Llama/Gemma ``model.layers``,
    GPT-2 ``transformer.h``...)."""
    for path in _LAYER_PATHS:
        obj = model
        for attr in path.split("."):
            obj = getattr(obj, attr, None)
            if obj is None:
                break
        if isinstance(obj, nn.ModuleList) and len(obj) > 0:
            return obj
    raise ConfigError(
        f"cannot find the decoder layers of {type(model).__name__}; looked for "
        + ", ".join(_LAYER_PATHS)
        + ". Supported families: OPT, Llama/Mistral/Qwen/Gemma, GPT-2/GPT-J, GPT-NeoX."
    )


def feed_forward(layer: nn.Module) -> nn.Module:
    """The module of a decoder block whose OUTPUT is the block's feed-forward (MLP) output before it
    is added to the residual stream (where MAGMA's adapters go; hook it with a forward hook).

    ``layer.mlp`` for Llama/Mistral/Qwen/Gemma/GPT-2/GPT-J/GPT-NeoX, ``layer.fc2`` for OPT (which applies
    ``fc2``, dropout, then the residual add; it has no ``mlp`` module). Gemma 2/3 pass the MLP output
    through ``post_feedforward_layernorm`` before the residual add, so an edit of ``layer.mlp``'s output
    there is normalised with it. Raises :class:`ConfigError` when the block has no such module, or when
    its MLP adds the residual itself (Bloom's ``mlp(hidden, residual)``).
    """
    import inspect

    mlp = getattr(layer, "mlp", None)
    if isinstance(mlp, nn.Module):
        if "residual" in inspect.signature(mlp.forward).parameters:
            raise ConfigError(
                f"{type(layer).__name__}.mlp ({type(mlp).__name__}) adds the residual stream itself; its output "
                "is not the feed-forward output alone"
            )
        return mlp
    fc2 = getattr(layer, "fc2", None)  # OPT
    if isinstance(fc2, nn.Module):
        return fc2
    raise ConfigError(
        f"cannot find the feed-forward module of {type(layer).__name__}; looked for .mlp (Llama, Gemma, GPT-2, "
        "GPT-J, GPT-NeoX...) and .fc2 (OPT)"
    )


def self_attention(layer: nn.Module) -> nn.Module:
    """The self-attention module of a decoder block (its output, or the first element of its output
    tuple, is the attention output before the residual add): ``self_attn`` (OPT, Llama, Mistral, Qwen,
    Gemma), ``attn`` (GPT-2, GPT-J) or ``attention`` (GPT-NeoX)."""
    for name in ("self_attn", "attn", "attention"):
        module = getattr(layer, name, None)
        if isinstance(module, nn.Module):
            return module
    raise ConfigError(
        f"cannot find the attention module of {type(layer).__name__}; looked for .self_attn (OPT, Llama, "
        "Gemma...), .attn (GPT-2, GPT-J) and .attention (GPT-NeoX)"
    )


def embed_scale_of(model: nn.Module) -> float:
    """The factor the input embedding module multiplies by (Gemma: sqrt(D)), else 1.0."""
    emb = model.get_input_embeddings()
    scalar = getattr(emb, "scalar_embed_scale", None)  # plain float next to Gemma 3's buffer
    if scalar is not None:
        return float(scalar)
    scale = getattr(emb, "embed_scale", None)
    if scale is None:
        return 1.0
    if isinstance(scale, torch.Tensor):
        if scale.is_meta:
            raise ConfigError(f"{type(emb).__name__}.embed_scale is on the meta device; cannot read it")
        return float(scale.item())
    return float(scale)


def lm_spec(model: nn.Module) -> LMSpec:
    """Widths and depths of a loaded (or meta) causal LM."""
    config = model.config
    emb = model.get_input_embeddings()
    return LMSpec(
        hidden_size=int(config.hidden_size),
        embed_dim=int(emb.embedding_dim),
        num_layers=len(decoder_layers(model)),
        vocab_size=int(emb.num_embeddings),
        embed_scale=embed_scale_of(model),
        family=str(config.model_type),
    )


def lm_spec_for(name: str) -> LMSpec:
    """:func:`lm_spec` of the meta-built ``name`` (no weights)."""
    return lm_spec(build_lm_on_meta(name))
