"""Linear probes of a frozen encoder's features: how much of each image's colour and shape (or each
clip's colour, shape, axis and direction of motion) they carry, feature by feature.

    .venv/bin/python scripts/probe_features.py [--encoder efficientnet-lite0]
    .venv/bin/python scripts/probe_features.py --task moving-shapes [--full-grid]

With ``--task easy-vqa-caption`` (the default) the labels are that task's (each image's colour and
shape, read off all of its questions and answers; images without positive evidence for both are left
out). With ``--task moving-shapes`` they are each clip's four answers (colour, shape, axis,
direction) and the encoder defaults to ``frames:efficientnet-lite0``, the image encoder over 8
frames, every feature averaged over time (what the reference study's video cells read).
``--full-grid`` adds the last stage's whole token grid, flattened position by position (``grid``:
what LiMBeR reads, where ``grid-mean`` keeps no position). The features are the
ones the suite's methods read, from the feature cache (the encoder runs only for images not cached
yet), in the suite's default precision and normalisation (``compute_features`` with the default
``RunConfig``): the per-layer summary tokens of every stage, ``layer.0`` (shallowest) to
``layer.{N-1}`` (deepest; eP-ALM reads the deepest six), the pooled embedding, and the last stage's
token grid averaged over its positions (``grid-mean``).

Each probe is a multinomial logistic regression (scikit-learn, L2, C=1, lbfgs, standardised inputs)
fitted on the training images and scored on the test images (accuracy, %). "majority" is the accuracy
of always answering the training images' most frequent value: the floor a probe is measured against.
Prints one Markdown table.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def probe_accuracy(train_x: np.ndarray, train_y: list[str], test_x: np.ndarray, test_y: list[str]) -> float:
    """Test accuracy (%) of a standardised multinomial logistic regression fitted on the training rows."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    model = make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=5000))
    model.fit(train_x, train_y)
    return 100.0 * float(np.mean(model.predict(test_x) == np.asarray(test_y)))


def majority_accuracy(train_y: list[str], test_y: list[str]) -> float:
    """Test accuracy (%) of always answering the most frequent training value."""
    value = Counter(train_y).most_common(1)[0][0]
    return 100.0 * float(np.mean(np.asarray(test_y) == value))


def probe_table(
    train: dict[str, np.ndarray],
    test: dict[str, np.ndarray],
    train_labels: dict[str, list[str]],
    test_labels: dict[str, list[str]],
) -> str:
    """One Markdown row per feature (``train``/``test``: name -> [images, dim]) and a "majority" row;
    one column per label kind (``train_labels``/``test_labels``: kind -> one value per image)."""
    kinds = list(train_labels)
    lines = [
        "| feature | dim | " + " | ".join(f"{k} (test acc, %)" for k in kinds) + " |",
        "|---|---|" + "---|" * len(kinds),
    ]
    for name in train:
        accs = [probe_accuracy(train[name], train_labels[k], test[name], test_labels[k]) for k in kinds]
        lines.append(f"| {name} | {train[name].shape[1]} | " + " | ".join(f"{a:.1f}" for a in accs) + " |")
    majority = [majority_accuracy(train_labels[k], test_labels[k]) for k in kinds]
    lines.append("| majority | - | " + " | ".join(f"{a:.1f}" for a in majority) + " |")
    return "\n".join(lines)


def caption_labels(target: str) -> tuple[str, str]:
    """``(colour, shape)`` of an easy-vqa-caption target ``"a <colour> <shape>"``."""
    words = target.split()
    if len(words) < 3 or words[0] != "a":
        raise ValueError(f"not an easy-vqa-caption target: {target!r}")
    return " ".join(words[1:-1]), words[-1]


def clip_labels(examples) -> dict[str, dict[str, str]]:
    """media id -> {question type: answer} of a question-per-example task (moving-shapes)."""
    labels: dict[str, dict[str, str]] = {}
    for ex in examples:
        labels.setdefault(ex.media_id, {})[ex.meta["question_type"]] = ex.target
    return labels


def encoder_features(encoder: str, examples, full_grid: bool = False) -> dict[str, np.ndarray]:
    """name -> [len(examples), dim] float32: every per-layer summary token, the pooled embedding and
    the position-averaged grid of ``examples``' images, as the suite's methods read them (three
    requests, the ones methods make, so that their cached features are reused)."""
    from benchmark.backbones.factory import build_encoder_on_meta
    from benchmark.backbones.lm import default_cache_dir
    from benchmark.backbones.specs import FeatureRequest
    from benchmark.engine.config import RunConfig
    from benchmark.engine.context import compute_features, new_accelerator

    config = RunConfig(encoder=encoder)
    described = build_encoder_on_meta(encoder)
    accelerator = new_accelerator(config)
    media_ids = [ex.media_id for ex in examples]
    out: dict[str, np.ndarray] = {}
    requests = (
        FeatureRequest(layers=len(described.spec.layer_widths)),
        FeatureRequest(pooled=True),
        FeatureRequest(grid=True),
    )
    for request in requests:
        table = compute_features(
            config,
            encoder,
            described.spec,
            described.fingerprint,
            request,
            examples,
            accelerator,
            default_cache_dir(),
            progress=True,
        )
        for name, value in table.gather(media_ids).items():
            if name == "grid":
                if full_grid:
                    out["grid"] = value.float().reshape(len(examples), -1).numpy()
                name, value = "grid-mean", value.mean(dim=1)
            out[name] = value.float().reshape(len(examples), -1).numpy()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--task", default="easy-vqa-caption", choices=("easy-vqa-caption", "moving-shapes"))
    parser.add_argument("--encoder", default=None, help="default: efficientnet-lite0 (frames:... for video)")
    parser.add_argument("--full-grid", action="store_true", help="also probe the whole flattened grid")
    args = parser.parse_args(argv)

    from benchmark.registry import TASKS

    video = args.task == "moving-shapes"
    encoder = args.encoder or ("frames:efficientnet-lite0" if video else "efficientnet-lite0")
    task = TASKS.get(args.task)()
    kinds = ("color", "shape", "axis", "direction") if video else ("colour", "shape")
    splits = {}
    for split in ("train", "test"):
        loaded = task.load(split)
        examples = list({ex.media_id: ex for ex in loaded}.values())  # one per image or clip
        if video:
            by_clip = clip_labels(loaded)
            labels = {k: [by_clip[ex.media_id][k] for ex in examples] for k in kinds}
        else:
            pairs = [caption_labels(ex.target) for ex in examples]
            labels = {"colour": [c for c, _ in pairs], "shape": [s for _, s in pairs]}
        splits[split] = (encoder_features(encoder, examples, args.full_grid), labels)
    (train, train_labels), (test, test_labels) = splits["train"], splits["test"]
    n_train, n_test = len(train_labels[kinds[0]]), len(test_labels[kinds[0]])
    media = "clips" if video else "images"
    print(f"{encoder}: {n_train} training {media}, {n_test} test {media} ({args.task}'s labels)\n")
    print(probe_table(train, test, train_labels, test_labels))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
