"""Overhead of a method over the plain frozen LM, measured as ratios in one process.

* Training step: the method's forward + backward + optimizer step through the wrapper, over the
  frozen LM's own forward + backward (gradient flowing to its input embeddings, as any method with
  an input prompt needs) at the same total sequence length.
* Generation: the method's batched greedy generation with the KV cache, over transformers'
  ``generate`` on the plain LM at the same prefix length and number of new tokens.

Encoder features are cached in real runs, so they are fixed random tensors here. Each figure is
the median of ``repeats`` interleaved measurements (method, reference, method, ...) after a
warm-up, so machine drift hits both sides alike.
"""

from __future__ import annotations

import platform
import statistics
import time

import torch

from benchmark.engine.config import build_method_config
from benchmark.registry import METHODS

PROMPT_TOKENS = 24  # text tokens per example in the measurement (an easy-VQA question + "Answer:")
TARGET_TOKENS = 3


def _time(fn, repeats: int) -> list[float]:
    out = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def _interleaved(a, b, repeats: int) -> tuple[float, float]:
    a(), b()  # warm-up
    ta, tb = [], []
    for _ in range(repeats):
        ta += _time(a, 1)
        tb += _time(b, 1)
    return statistics.median(ta), statistics.median(tb)


def measure_overheads(
    lm_name: str,
    encoder_name: str,
    methods: list[str],
    batch_size: int = 16,
    repeats: int = 5,
    new_tokens: int = 8,
    cache_dir=None,
) -> dict:
    from benchmark.backbones.factory import encoder_spec_for
    from benchmark.backbones.lm import lm_spec, load_lm
    from benchmark.engine.model import MultimodalLM

    torch.manual_seed(0)
    lm, tok = load_lm(lm_name, cache_dir=cache_dir)
    spec = lm_spec(lm)
    vocab = min(spec.vocab_size, len(tok)) if hasattr(tok, "__len__") else spec.vocab_size
    report = {
        "lm": lm_name,
        "encoder": encoder_name,
        "batch_size": batch_size,
        "prompt_tokens": PROMPT_TOKENS,
        "new_tokens": new_tokens,
        "repeats": repeats,
        "device": str(torch.device("cpu")),
        "threads": torch.get_num_threads(),
        "machine": platform.processor() or platform.machine(),
        "methods": {},
    }
    emb = lm.get_input_embeddings()
    for name in methods:
        cls = METHODS.get(name)
        cfg = build_method_config(cls.config_cls, {}, name)
        enc_spec = encoder_spec_for(encoder_name) if cls.needs_encoder else None
        method = cls(cfg, spec, enc_spec)
        model = MultimodalLM(lm, tok, method)
        request = cls.feature_request(cfg)
        feats = None
        if cls.needs_encoder:
            widths = enc_spec.layer_widths[-request.layers :] if request.layers else []
            feats = {f"layer.{i}": torch.randn(batch_size, w) for i, w in enumerate(widths)}
            if request.grid:
                feats["grid"] = torch.randn(batch_size, enc_spec.grid_tokens, enc_spec.grid_width)
            if request.pooled:
                feats["pooled"] = torch.randn(batch_size, enc_spec.pooled_width)
        extra = method.prefix_length()
        text = torch.randint(5, vocab, (batch_size, PROMPT_TOKENS + TARGET_TOKENS))
        mask = torch.ones_like(text)
        labels = text.clone()
        labels[:, :PROMPT_TOKENS] = -100
        opt = torch.optim.AdamW(model.trainable_parameters(), lr=1e-4)

        def method_step():
            loss = model(feats, text, mask, labels)
            loss.backward()
            opt.step()
            opt.zero_grad(set_to_none=True)

        ref_ids = torch.randint(5, vocab, (batch_size, extra + PROMPT_TOKENS + TARGET_TOKENS))

        def lm_step():  # the plain LM: without adapters/LoRA a method may have put inside it
            with model.plain_lm():
                e = emb(ref_ids).detach().requires_grad_(True)
                out = lm(inputs_embeds=e, use_cache=False, logits_to_keep=TARGET_TOKENS + 1)
                out.logits.float().logsumexp(-1).mean().backward()

        train_m, train_ref = _interleaved(method_step, lm_step, repeats)

        prompt = text[:, :PROMPT_TOKENS]
        pmask = torch.ones_like(prompt)
        gen_ref_ids = torch.randint(5, vocab, (batch_size, extra + PROMPT_TOKENS))

        def method_gen():
            model.generate(feats, prompt, pmask, max_new_tokens=new_tokens, ignore_eos=True)

        def lm_gen():
            with torch.no_grad(), model.plain_lm():
                lm.generate(
                    input_ids=gen_ref_ids,
                    attention_mask=torch.ones_like(gen_ref_ids),
                    max_new_tokens=new_tokens,
                    min_new_tokens=new_tokens,
                    do_sample=False,
                    num_beams=1,
                    pad_token_id=tok.pad_token_id,
                )

        gen_m, gen_ref = _interleaved(method_gen, lm_gen, repeats)
        report["methods"][name] = {
            "prefix_tokens": extra,
            "train_step_s": train_m,
            "lm_train_step_s": train_ref,
            "train_overhead": train_m / train_ref,
            "generate_s": gen_m,
            "lm_generate_s": gen_ref,
            "generate_overhead": gen_m / gen_ref,
        }
        model.remove_hooks()
    return report


PERF_COLUMNS = [  # (field of a method's entry, header, decimals)
    ("prefix_tokens", "prefix tokens", None),
    ("train_step_s", "train step (s)", 3),
    ("lm_train_step_s", "LM fwd+bwd (s)", 3),
    ("train_overhead", "train overhead", 3),
    ("generate_s", "generate (s)", 3),
    ("lm_generate_s", "LM generate (s)", 3),
    ("generate_overhead", "generation overhead", 3),
]


def format_report(report: dict) -> str:
    """One line of settings, then a Markdown table: one row per method, its times and overhead ratios."""
    import pandas as pd

    from reports.tables import Column, num, text, to_markdown

    frame = pd.DataFrame([{"method": name, **r} for name, r in report["methods"].items()])
    columns = [Column("method", "method")] + [
        Column(key, header, text if digits is None else num(digits)) for key, header, digits in PERF_COLUMNS
    ]
    settings = (
        f"LM {report['lm']}, encoder {report['encoder']}, batch {report['batch_size']}, "
        f"{report['prompt_tokens']} prompt tokens, {report['new_tokens']} new tokens, "
        f"median of {report['repeats']}, {report['threads']} threads"
    )
    return settings + "\n" + to_markdown(frame, columns).rstrip("\n")
