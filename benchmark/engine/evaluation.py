"""Batched open-ended generation over a split, then the task's metric.

Examples are sorted by prompt length before batching (less padding); predictions are returned in
the split's order. With several processes each takes a strided shard and the predictions are
gathered, so every process ends with the full set. With ``progress`` a bar counts this process's
examples (rate and ETA).
"""

from __future__ import annotations

from typing import Any

import torch

from benchmark.engine.config import EvalConfig
from benchmark.engine.text import TextCodec
from benchmark.logs import progress as progress_bar
from tasks.base import Example


def generate_predictions(
    model,
    examples: list[Example],
    features,
    codec: TextCodec,
    cfg: EvalConfig,
    device: torch.device,
    rank: int = 0,
    world: int = 1,
    progress: bool = False,
) -> dict[str, str]:
    """uid -> generated text for ``examples`` (all of them, gathered over processes)."""
    codec.encode(examples)
    mine = examples[rank::world]
    order = sorted(range(len(mine)), key=lambda i: len(codec.ids(mine[i])[0]))
    preds: dict[str, str] = {}
    n_batches = (len(order) + cfg.batch_size - 1) // cfg.batch_size
    with progress_bar(total=len(mine), desc="eval", unit="example", enabled=progress, area="eval") as bar:
        for b in range(n_batches):
            batch = [mine[i] for i in order[b * cfg.batch_size : (b + 1) * cfg.batch_size]]
            ids, mask = codec.prompt_batch(batch)
            feats = None
            if features is not None:
                feats = {k: v.to(device) for k, v in features.gather([ex.media_id for ex in batch]).items()}
            out = model.generate(
                feats,
                ids.to(device),
                mask.to(device),
                max_new_tokens=cfg.max_new_tokens,
                num_beams=cfg.num_beams,
                length_penalty=cfg.length_penalty,
            )
            for ex, toks in zip(batch, out):
                preds[ex.uid] = codec.decode(toks)
            bar.update(len(batch))
    if world > 1:
        from accelerate.utils import gather_object

        merged: dict[str, str] = {}
        for part in gather_object([preds]):
            merged.update(part)
        preds = merged
    return preds


def evaluate(
    model, task, examples, features, codec, cfg, device, rank=0, world=1, progress=False
) -> tuple[dict[str, Any], dict[str, str]]:
    """(metrics, predictions) of ``model`` on ``examples``; the model is put in eval mode. With
    ``task=None`` (a split without public answers) nothing is scored and metrics are empty."""
    was_training = model.training
    model.eval()
    try:
        preds = generate_predictions(model, examples, features, codec, cfg, device, rank, world, progress)
    finally:
        model.train(was_training)
    return (task.score(preds, examples) if task is not None else {}), preds
