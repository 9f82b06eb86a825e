"""The ``easy-vqa-caption`` task: caption each easy-VQA image as ``"a <color> <shape>"``.

Same data as :mod:`tasks.easy_vqa` (the ``easy-vqa==1.0`` package or the same layout under
``--data-dir``), same media ids and image paths (so the image-feature cache is shared), and the same
validation images: ``val`` is carved from the training images with easy-vqa's ``split_by_group``,
share and seed.

The package has no captions; each image's colour and shape are read off *all* its questions and
answers. Only positive evidence sets a value:

* a colour or shape answer ("what color is the shape?" -> blue, "what shape is present?" -> circle);
* a colour or shape named in an answered wh-question ("what is the color of the triangle?" -> red
  also says triangle; "what is the blue shape?" -> rectangle also says blue);
* a yes/no question naming a colour or shape whose statement holds: the answer is "yes" and the
  question has no "not"/"no", or the answer is "no" and it has one ("is no gray shape present?"
  no -> gray). A statement that does not hold ("is there a red shape?" no, "does the image not
  contain a gray shape?" yes) only says what the image is *not*: it sets nothing, but contradicting
  it is an error like two different positive values (:class:`DataError`).

Images whose colour or shape has no positive evidence get no caption and are left out (counted in
:attr:`EasyVQACaption.skipped`). On the real package data, 3,542 of the 4,000 training images
(88.6%; 290 lack a colour, 207 a shape) and 880 of the 1,000 test images (88.0%) get a caption; no
image has conflicting evidence. Eliminating colours ruled out by negative answers would add only
36 training images, so it is not done.

The reading (:class:`tasks.easy_vqa.ImageEvidence`) lives in :mod:`tasks.easy_vqa`, whose media
descriptions it also gives. Each example's media description here (``meta["description"]``, read by
the ``text-oracle`` control) is its caption.

Scoring is :func:`tasks.metrics.captions.caption_metrics` (pycocoevalcap's BLEU, METEOR, ROUGE-L,
CIDEr-D; SPICE when its jars are present), headline metric CIDEr.
"""

from __future__ import annotations

import os
from pathlib import Path

from benchmark.engine.data import split_by_group
from benchmark.errors import DataError
from benchmark.registry import register_task
from tasks.base import Example
from tasks.easy_vqa import VAL_SEED, EasyVQA, ImageEvidence, Vocabulary
from tasks.metrics.captions import CaptionScores, caption_metrics, require_java


def caption_of(color: str, shape: str) -> str:
    return f"a {color} {shape}"


@register_task("easy-vqa-caption")
class EasyVQACaption(EasyVQA):
    """easy-VQA captions: describe the one coloured shape, "a blue circle" (COCO metrics, CIDEr).

    One example per captioned image; ``skipped`` maps ``train``/``test`` to the number of images left
    out for lack of evidence (filled when that source is first read).
    """

    modality = "image"
    metric = "CIDEr"
    splits = ("train", "val", "test")
    prompt_template = "A picture of"
    max_new_tokens = 5  # "a light blue rectangle" and its end-of-text fit

    def __init__(self, data_dir: str | Path | None = None, val_images: float = 0.1, variant: str | None = None) -> None:
        super().__init__(data_dir, val_images, variant)
        self.skipped: dict[str, int] = {}
        self._media_order: dict[str, list[str]] = {}  # source -> every image's media id, file order

    result_id_field = "image_id"
    result_text_field = "caption"

    def check_data(self, split=None) -> None:
        """The easy-VQA files, and Java for the caption metrics (so a run fails before training)."""
        super().check_data(split)
        require_java()

    def _vocabulary(self) -> Vocabulary:
        answers = {line.strip() for line in (self.root / "answers.txt").read_text().splitlines()}
        return Vocabulary.from_answers(answers - {""})

    def _build(self, source: str) -> list[Example]:
        """One example per captioned image, in order of the image's first question."""
        vocab = self._vocabulary()
        evidence: dict[int, ImageEvidence] = {}
        for question, answer, image_id in self._read(source):
            evidence.setdefault(image_id, ImageEvidence()).add(question, answer, vocab)
        images = os.path.join(self.root, source, "images")
        questions = self.root / source / "questions.json"
        examples = []
        for image_id, facts in evidence.items():
            color, shape = facts.resolve(f"{questions}, image {image_id}")
            if color is not None and shape is not None:
                examples.append(self._example(source, image_id, images, color, shape))
        self._media_order[source] = [f"{source}/{image_id}" for image_id in evidence]
        self.skipped[source] = len(evidence) - len(examples)
        return examples

    def _example(self, source: str, image_id: int, images: str, color: str, shape: str) -> Example:
        caption = caption_of(color, shape)
        return Example(
            uid=f"{source}-img{image_id}",
            media_id=f"{source}/{image_id}",
            media_path=f"{images}{os.sep}{image_id}.png",
            prompt=self.prompt_template,
            target=caption,
            references=(caption,),
            meta={"color": color, "shape": shape, "caption": caption, "description": caption},
        )

    def val_media_ids(self) -> set[str]:
        """The held-out training images: easy-vqa's carve over *all* training images (captioned or
        not), so both tasks validate on the same images."""
        self._examples("train")
        media_ids = self._media_order["train"]
        _, held_out = split_by_group(media_ids, lambda media_id: media_id, self.val_images, VAL_SEED)
        return set(held_out)

    def load(self, split: str) -> list[Example]:
        """All examples of ``split`` in file order; ``val`` is carved from train by image id."""
        self.check_data()
        if split not in self.splits:
            raise DataError(f"{self.name} has no split {split!r}; valid splits: {', '.join(self.splits)}")
        if split == "test":
            return self._examples("test")
        held_out = self.val_media_ids()
        return [e for e in self._examples("train") if (e.media_id in held_out) == (split == "val")]

    def score(self, predictions: dict[str, str], examples: list[Example]) -> CaptionScores:
        """pycocoevalcap's metrics (fractions) of ``predictions`` over ``examples``; a missing
        prediction counts as the empty caption. SPICE is None (with ``notes``) when unavailable."""
        return caption_metrics(predictions, {e.uid: list(e.references) for e in examples})

    def stratify_key(self, example: Example) -> str:
        return str(example.meta["shape"])
