"""Helpers shared by the method tests: random batches and features (for any :class:`FeatureRequest`),
the wrapper's raw LM outputs, the cached vs uncached generation check, LM snapshots for
attach/detach, and the tiny ``bench run`` arguments."""

from __future__ import annotations

from collections.abc import Sequence

import torch

from benchmark.backbones.specs import EncoderSpec, FeatureRequest


def text_batch(tok, batch: int = 3, length: int = 7, seed: int = 0):
    """Right-padded ``(input_ids, attention_mask, labels)``: row 0 ends in two pads, labels cover the
    second half of each row."""
    g = torch.Generator().manual_seed(seed)
    ids = torch.randint(5, 60, (batch, length), generator=g)
    mask = torch.ones_like(ids)
    mask[0, length - 2 :] = 0
    ids[mask == 0] = tok.pad_token_id
    labels = ids.clone()
    labels[:, : length // 2] = -100
    labels[mask == 0] = -100
    return ids, mask, labels


def random_features(
    spec: EncoderSpec, batch: int, seed: int = 0, keys: Sequence[str] = ("grid",)
) -> dict[str, torch.Tensor]:
    """Random ``grid`` (B, N, Dv) and/or ``pooled`` (B, Dv) features shaped by ``spec``, drawn in the
    order of ``keys`` from one seeded generator."""
    g = torch.Generator().manual_seed(seed)
    shapes = {"grid": (batch, spec.grid_tokens, spec.grid_width), "pooled": (batch, spec.pooled_width)}
    return {key: torch.randn(*shapes[key], generator=g) for key in keys}


def requested_features(
    request: FeatureRequest, spec: EncoderSpec, batch: int, seed: int = 0
) -> dict[str, torch.Tensor]:
    """Random features for ``request`` shaped by ``spec`` (the keys of :meth:`FeatureRequest.keys`:
    ``layer.i`` tokens of the deepest ``request.layers`` layer widths, ``grid``, ``pooled``), drawn
    from one seeded generator; None when the request is empty (an encoder-free method)."""
    if request.empty:
        return None
    g = torch.Generator().manual_seed(seed)
    widths = spec.layer_widths[len(spec.layer_widths) - request.layers :] if request.layers else ()
    out = {f"layer.{i}": torch.randn(batch, w, generator=g) for i, w in enumerate(widths)}
    if request.grid:
        out["grid"] = torch.randn(batch, spec.grid_tokens, spec.grid_width, generator=g)
    if request.pooled:
        out["pooled"] = torch.randn(batch, spec.pooled_width, generator=g)
    return out


def wrapper_outputs(model, features, ids, mask, labels=None, **lm_kwargs):
    """The LM's raw outputs on the wrapper's full sequence (prefix, layer writes and blocked spans
    applied, no cache) and the number of positions before the text. The method's conditioning is the
    wrapper's (``model.condition``): a method that reads the prompt gets the tokens before ``labels``'
    first target, or every token without ``labels``."""
    cond = model.condition(features, ids, mask, labels)
    out, _, n_pre, _ = model.full_pass(cond, ids, mask, **lm_kwargs)
    return out, n_pre


def assert_cached_generation_matches(model, features, tok, beams: Sequence[int] = (1, 3), max_new_tokens: int = 5):
    """Generation with the KV cache equals generation without it, on a batch with a right-padded
    prompt row turned full and a left-padded row, and generates something for every row."""
    ids, mask, _ = text_batch(tok, length=6)
    mask[0] = 1
    mask[1, :2] = 0  # left-padded row
    ids[mask == 0] = tok.pad_token_id
    for n in beams:
        with_cache = model.generate(features, ids, mask, max_new_tokens=max_new_tokens, num_beams=n, use_cache=True)
        without = model.generate(features, ids, mask, max_new_tokens=max_new_tokens, num_beams=n, use_cache=False)
        assert with_cache == without and all(len(row) > 0 for row in with_cache)


def perturb(method, scale: float, seed: int = 3) -> None:
    """Move every parameter away from its initial value, as training would."""
    g = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for p in method.parameters():
            p.add_(torch.randn(p.shape, generator=g) * scale)


def snapshot(lm) -> dict:
    """Everything attach/detach could change on an LM: modules, parameters and flags, hooks,
    attributes and config."""
    return {
        "modules": [(n, type(m)) for n, m in lm.named_modules()],
        "params": {n: (p.detach().clone(), p.requires_grad) for n, p in lm.named_parameters()},
        "hooks": sum(len(m._forward_hooks) + len(m._forward_pre_hooks) for m in lm.modules()),
        "attrs": set(vars(lm)),
        "config": lm.config.to_dict(),
    }


def assert_same_lm(before: dict, after: dict) -> None:
    assert after["modules"] == before["modules"]
    assert list(after["params"]) == list(before["params"])
    for name, (value, flag) in before["params"].items():
        assert torch.equal(after["params"][name][0], value) and after["params"][name][1] == flag, name
    assert after["hooks"] == before["hooks"] and after["attrs"] == before["attrs"]
    assert after["config"] == before["config"]


def tiny_run_args(method: str, lm: str, encoder: str, data, cache, out, run_name: str, *extra: str) -> list[str]:
    """``bench run`` arguments for 3 steps at batch 4 on the tiny easy-VQA layout, plus ``extra``."""
    return [
        "run",
        "--method",
        method,
        "--lm",
        lm,
        "--encoder",
        encoder,
        "--data-dir",
        str(data),
        "--data-fraction",
        "1",
        "--steps",
        "3",
        "--batch-size",
        "4",
        "--cache-dir",
        str(cache),
        "--output-dir",
        str(out),
        "--run-name",
        run_name,
        "--set",
        "train.warmup_steps=1",
        *extra,
    ]


def names_with_gradient(model, features, tok) -> set[str]:
    """One training backward pass of ``model`` on :func:`text_batch` with ``features``: the names of
    the parameters that got a gradient (the loss is checked finite first)."""
    model.train()
    ids, mask, labels = text_batch(tok)
    loss = model(features, ids, mask, labels)
    loss.backward()
    assert torch.isfinite(loss)
    return {n for n, p in model.named_parameters() if p.grad is not None}
