"""Batched open-ended generation over a split, then the task's metric.

Examples are sorted by prompt length before batching (less padding); predictions are returned in
the split's order. With several processes each takes a strided shard and the predictions are
gathered, so every process ends with the full set. With ``progress`` a bar counts this process's
examples (rate and ETA). :func:`example_scores` gives the headline metric per example (the run's
``example_scores.jsonl``, which reports bootstrap over test examples).
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


# headline metrics that are the mean of one score per example (VQA accuracy, GQA and video-QA
# accuracy): each example is scored alone by the task's own ``score``; CIDEr-D is scored per example
# with the corpus' document frequencies (pycocoevalcap's CIDEr is the mean of those)
EXAMPLE_MEAN_METRICS = ("vqa_accuracy", "accuracy")


def example_scores(task, predictions: dict[str, str], examples: list[Example], metrics: dict[str, Any]):
    """One ``{"uid", "score"}`` record per example: the headline metric of that example alone, on the
    headline's scale, such that their mean is the headline value (what ``bench report`` bootstraps).

    ``vqa_accuracy`` and ``accuracy``: the task's ``score`` of each example on its own (a missing
    prediction counts as the task counts it). ``CIDEr``: pycocoevalcap's per-image CIDEr-D with the
    document frequencies of all ``examples``, keyed by uid. Any other metric (corpus BLEU, METEOR),
    a failure, or scores whose mean differs from the headline (the task groups examples otherwise,
    e.g. several examples per image, or leaves some out) give None: no per-example scores, and
    reports fall back to the interval over seeds."""
    from benchmark.logs import get_logger

    metric, headline = task.metric, metrics.get(task.metric)
    if headline is None or not examples or metric not in (*EXAMPLE_MEAN_METRICS, "CIDEr"):
        return None
    try:
        if metric == "CIDEr":
            from pycocoevalcap.cider.cider import Cider

            from tasks.metrics.captions import ptb_tokenize

            gts = ptb_tokenize({ex.uid: list(ex.references) for ex in examples})
            res = ptb_tokenize({ex.uid: [predictions.get(ex.uid, "")] for ex in examples})
            scores = dict(zip(gts, (float(s) for s in Cider().compute_score(gts, res)[1])))
            tolerance = 1e-6 * max(1.0, abs(headline))
        else:
            scores = {
                ex.uid: float(task.score({ex.uid: predictions[ex.uid]} if ex.uid in predictions else {}, [ex])[metric])
                for ex in examples
            }
            tolerance = 0.0101  # each score and the headline are rounded to 2 decimals by the official code
    except Exception as exc:
        get_logger("eval").warning(f"no per-example {metric} scores ({type(exc).__name__}: {exc})")
        return None
    mean = sum(scores.values()) / len(scores)
    if len(scores) != len(examples) or abs(mean - float(headline)) > tolerance:
        get_logger("eval").warning(
            f"no per-example {metric} scores: their mean {mean:.4f} is not the headline {float(headline):.4f}"
        )
        return None
    return [{"uid": uid, "score": score} for uid, score in scores.items()]
