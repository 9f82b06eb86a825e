"""Tiny random backbones of the REAL classes, for fast tests everywhere in the suite.

* :func:`tiny_tokenizer`: a byte-level BPE ``PreTrainedTokenizerFast`` trained in code (vocab 320:
  256 bytes + 3 specials + merges of common VQA/caption words). Any text round-trips exactly;
  ``<s>`` is prepended like OPT/Gemma do (``add_bos=False`` gives a SmolLM2-like tokenizer).
* :func:`tiny_lm`: frozen ``OPTForCausalLM`` ("opt"; "opt-proj" has word_embed_proj_dim 16 != hidden
  32 and post-norm like OPT-350m), ``LlamaForCausalLM`` ("llama"), ``Gemma3ForCausalLM`` ("gemma3",
  sliding window 4, sliding and full attention layers, scaled embeddings) or ``GPTJForCausalLM``
  ("gptj": parallel attention + MLP, partial rotary (8 of 16 head dims), untied LM head with bias,
  eager attention: transformers has no SDPA path for GPT-J) with 4 layers, hidden 32.
* :func:`tiny_vit_encoder` / :func:`tiny_cnn_encoder`: frozen :class:`ImageEncoder` around a 4-block
  timm ViT (32x32 input, patch 8, width 32) and timm's ``test_efficientnet`` (64x64 input).

Everything is seeded and deterministic, and leaves the global RNG untouched.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

import torch
from PIL import Image

from benchmark.backbones.assets import state_digest
from benchmark.backbones.image import ImageEncoder
from benchmark.backbones.lm import prepare_lm

TINY_VOCAB = 320
LM_FAMILIES = ("opt", "opt-proj", "llama", "gemma3", "gptj")
NO_BOS_FAMILIES = ("llama", "gptj")  # their real tokenizers (SmolLM2, GPT-J's GPT-2 BPE) prepend no BOS

_WORDS = [
    "what",
    "is",
    "the",
    "color",
    "shape",
    "of",
    "this",
    "image",
    "picture",
    "photo",
    "does",
    "contain",
    "a",
    "an",
    "are",
    "there",
    "any",
    "how",
    "many",
    "yes",
    "no",
    "red",
    "green",
    "blue",
    "yellow",
    "black",
    "white",
    "gray",
    "brown",
    "orange",
    "teal",
    "circle",
    "rectangle",
    "triangle",
    "square",
    "question",
    "answer",
    "caption",
    "describe",
    "person",
    "man",
    "woman",
    "dog",
    "cat",
    "sitting",
    "standing",
    "on",
    "in",
    "with",
    "and",
    "to",
    "0",
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
    "ten",
    "one",
    "two",
    "three",
]


@functools.lru_cache(maxsize=2)
def _trained_tokenizer_json(add_bos: bool) -> str:
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors, trainers

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=TINY_VOCAB,
        special_tokens=["<pad>", "<s>", "</s>"],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    corpus = [" ".join(_WORDS[i:] + _WORDS[:i]) + "?" for i in range(0, len(_WORDS), 3)]
    tok.train_from_iterator(corpus * 4, trainer=trainer)
    if add_bos:
        tok.post_processor = processors.TemplateProcessing(
            single="<s> $A", pair="<s> $A <s> $B", special_tokens=[("<s>", tok.token_to_id("<s>"))]
        )
    return tok.to_str()


def tiny_tokenizer(add_bos: bool = True):
    """A fresh tiny fast tokenizer (pad 0, bos 1, eos 2); covers any text through byte fallback."""
    from tokenizers import Tokenizer
    from transformers import PreTrainedTokenizerFast

    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=Tokenizer.from_str(_trained_tokenizer_json(add_bos)),
        bos_token="<s>",
        eos_token="</s>",
        pad_token="<pad>",
    )
    tokenizer.padding_side = "right"
    return tokenizer


def _config(family: str, vocab: int):
    from transformers import Gemma3TextConfig, GPTJConfig, LlamaConfig, OPTConfig

    ids = dict(pad_token_id=0, bos_token_id=1, eos_token_id=2, vocab_size=vocab)
    if family in ("opt", "opt-proj"):
        proj = family == "opt-proj"
        return OPTConfig(
            hidden_size=32,
            num_hidden_layers=4,
            ffn_dim=64,
            num_attention_heads=4,
            max_position_embeddings=128,
            word_embed_proj_dim=16 if proj else 32,
            do_layer_norm_before=not proj,
            **ids,
        )
    if family == "llama":
        return LlamaConfig(
            hidden_size=32,
            intermediate_size=64,
            num_hidden_layers=4,
            num_attention_heads=4,
            num_key_value_heads=2,
            max_position_embeddings=128,
            tie_word_embeddings=True,
            **ids,
        )
    if family == "gemma3":
        return Gemma3TextConfig(
            hidden_size=32,
            intermediate_size=64,
            num_hidden_layers=4,
            num_attention_heads=4,
            num_key_value_heads=1,
            head_dim=8,
            query_pre_attn_scalar=8,
            sliding_window=4,
            layer_types=["sliding_attention", "full_attention", "sliding_attention", "full_attention"],
            max_position_embeddings=128,
            **ids,
        )
    if family == "gptj":
        return GPTJConfig(
            n_embd=32,
            n_layer=4,
            n_head=2,
            rotary_dim=8,
            n_inner=None,
            n_positions=128,
            activation_function="gelu_new",
            tie_word_embeddings=False,
            **ids,
        )
    raise ValueError(f"unknown tiny LM family {family!r}; choose from {LM_FAMILIES}")


def tiny_lm(family: str = "opt", seed: int = 0, attn_implementation: str = "sdpa"):
    """``(model, tokenizer)``: a frozen, eval-mode tiny random causal LM of the real class."""
    from transformers import AutoModelForCausalLM

    from benchmark.backbones.lm import attention_implementation

    tokenizer = tiny_tokenizer(add_bos=family not in NO_BOS_FAMILIES)
    config = _config(family, len(tokenizer))
    attn_implementation = attention_implementation(config, attn_implementation)  # GPT-J: eager
    config._attn_implementation = attn_implementation
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        model = AutoModelForCausalLM.from_config(config, attn_implementation=attn_implementation)
    return prepare_lm(model, tokenizer)


def tiny_vit_encoder(seed: int = 0) -> ImageEncoder:
    """A frozen 4-block ViT (img 32, patch 8 -> 16 patches + [CLS], width 32) with random weights."""
    import timm

    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        model = timm.create_model(
            "vit_tiny_patch16_224",
            pretrained=False,
            img_size=32,
            patch_size=8,
            depth=4,
            embed_dim=32,
            num_heads=2,
            num_classes=10,
        )
    return ImageEncoder(model, "tiny-vit", "random:" + state_digest(model))


def tiny_cnn_encoder(seed: int = 0) -> ImageEncoder:
    """A frozen timm ``test_efficientnet`` (5 stages + head conv, 64x64 input) with random weights."""
    import timm

    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        model = timm.create_model("test_efficientnet", pretrained=False, num_classes=10)
    return ImageEncoder(model, "tiny-cnn", "random:" + state_digest(model), {"input_size": (3, 64, 64)})


def tiny_images(n: int = 4, size: int = 48, seed: int = 0) -> list:
    """``n`` random RGB PIL images (different sizes from the encoders' inputs, to exercise resizing)."""
    import numpy as np
    from PIL import Image

    rng = np.random.default_rng(seed)
    return [Image.fromarray(rng.integers(0, 256, (size, size + 8, 3), dtype=np.uint8)) for _ in range(n)]


def write_easy_vqa_layout(root: Path) -> Path:
    """Write the easy-VQA package layout under ``root`` (``--data-dir``).

    A tiny copy of the package layout: 10 train images, 2 test images, 3 questions each."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "answers.txt").write_text(
        "\n".join(
            [
                "circle",
                "green",
                "red",
                "gray",
                "yes",
                "teal",
                "black",
                "rectangle",
                "yellow",
                "triangle",
                "brown",
                "blue",
                "no",
            ]
        )
        + "\n"
    )
    two = [("red", "circle"), ("blue", "triangle")]
    specs = {"train": two * 5, "test": two}
    for source, images in specs.items():
        (root / source / "images").mkdir(parents=True)
        questions = []
        for image_id, (color, shape) in enumerate(images):
            Image.new("RGB", (4, 4), color).save(root / source / "images" / f"{image_id}.png")
            questions += [
                ["is there a red shape?", "yes" if color == "red" else "no", image_id],
                ["what color is the shape?", color, image_id],
                ["what shape is in the image?", shape, image_id],
            ]
        (root / source / "questions.json").write_text(json.dumps(questions))
    return root


def save_tiny_backbones(root: Path, family: str = "llama") -> tuple[str, str]:
    """Write a tiny random LM (transformers folder with tokenizer) and a tiny ViT (timm's
    save_for_hf folder) under ``root``; returns their paths, usable as ``--lm`` and ``--encoder``."""
    import timm

    model, tokenizer = tiny_lm(family)
    lm_dir = root / f"tiny-{family}"
    model.save_pretrained(lm_dir)
    tokenizer.save_pretrained(lm_dir)
    args = dict(img_size=32, patch_size=8, depth=4, embed_dim=32, num_heads=2, num_classes=0)
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(0)
        vit = timm.create_model("vit_tiny_patch16_224", pretrained=False, **args)
    enc_dir = root / "tiny-vit"
    timm.models.save_for_hf(vit, enc_dir, model_args=args, safe_serialization=True)
    return str(lm_dir), str(enc_dir)


def tiny_run_setup(root: Path) -> dict:
    """What an end-to-end test of ``bench`` commands needs under ``root``: the tiny easy-VQA layout and
    the tiny backbones saved as local folders. Keys: root, data, lm, encoder, cache."""
    data = write_easy_vqa_layout(root / "data")
    lm, enc = save_tiny_backbones(root)
    return {"root": root, "data": str(data), "lm": lm, "encoder": enc, "cache": str(root / "cache")}
