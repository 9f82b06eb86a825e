"""Linear probes of a frozen image encoder's features: how much of each image's colour and shape they
carry, feature by feature, on easy-VQA's images.

    .venv/bin/python scripts/probe_features.py [--encoder efficientnet-lite0]

The labels are the ``easy-vqa-caption`` task's (each image's colour and shape, read off all of its
questions and answers; images without positive evidence for both are left out). The features are the
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


def encoder_features(encoder: str, examples) -> dict[str, np.ndarray]:
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
                name, value = "grid-mean", value.mean(dim=1)
            out[name] = value.float().reshape(len(examples), -1).numpy()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--encoder", default="efficientnet-lite0")
    args = parser.parse_args(argv)

    from benchmark.registry import TASKS

    task = TASKS.get("easy-vqa-caption")()
    splits = {}
    for split in ("train", "test"):
        examples = list({ex.media_id: ex for ex in task.load(split)}.values())  # one per image
        labels = [caption_labels(ex.target) for ex in examples]
        splits[split] = (
            encoder_features(args.encoder, examples),
            {"colour": [c for c, _ in labels], "shape": [s for _, s in labels]},
        )
    (train, train_labels), (test, test_labels) = splits["train"], splits["test"]
    n_train, n_test = len(train_labels["colour"]), len(test_labels["colour"])
    print(f"{args.encoder}: {n_train} training images, {n_test} test images (easy-vqa-caption's labels)\n")
    print(probe_table(train, test, train_labels, test_labels))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
