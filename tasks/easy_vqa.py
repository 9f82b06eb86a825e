"""The ``easy-vqa`` task: questions about 64x64 images of one coloured shape.

Data: the ``easy-vqa==1.0`` PyPI package (MIT), read from its installed folder without importing it,
or the same layout under ``--data-dir``::

    answers.txt                   13 answers, one a line
    train/questions.json          [question, answer, image_id] triples (38,575)
    train/images/<image_id>.png   4,000 images
    test/questions.json           9,673 triples
    test/images/<image_id>.png    1,000 images

The package has no validation split; ``val`` holds out a share of the training *images* (with all
their questions), drawn with a fixed seed so that every run sees the same validation set.

Out-of-distribution variants (``--set data.variant=gaussian_noise-3``, or ``bench eval --variant all``):
the test images corrupted or redrawn as :mod:`tasks.image_shifts` describes; training and validation
images are never shifted. ``easy-vqa-caption`` inherits them.

Media descriptions (``meta["description"]``, read by the ``text-oracle`` control): the package
records no per-image ground truth (its generator's colour and shape are not saved), so each image's
colour and shape are read off all its questions and answers exactly as ``easy-vqa-caption`` reads
its captions (:class:`ImageEvidence`); what no answer establishes is left
out (:func:`image_description`). On the package data: train 3,542 of 4,000 images fully described
("a blue circle"), 251 by shape only ("a circle"), 168 by colour only ("a blue shape"), 39 by
neither ("a shape"), i.e. 91.4% of the 38,575 questions have a full description; test 880, 64, 40
and 16 of 1,000 images, 91.0% of the 9,673 questions. Every colour and shape answer agrees with its
image's description. Shifted variants keep the descriptions (their answers are unchanged).
"""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from benchmark.engine.data import split_by_group
from benchmark.errors import DataError
from benchmark.registry import register_task
from tasks.base import Example, Task
from tasks.image_shifts import VARIANTS
from tasks.metrics.vqa import vqa_accuracy

VAL_SEED = 1234  # fixed, independent of the run seed
SHIFTS_VERSION = 1  # bump when tasks/image_shifts.py changes: variant images are rewritten
YES_NO = frozenset({"yes", "no"})
SHAPES = frozenset({"circle", "rectangle", "triangle"})
GET_DATA = "Install the data with `pip install --no-deps easy-vqa==1.0`, or pass --data-dir DIR."


def package_data_dir() -> Path | None:
    """``easy_vqa/data`` of the installed package, found without importing it."""
    spec = importlib.util.find_spec("easy_vqa")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).resolve().parent / "data"


def variant_folder(root: Path, variant: str, paths: list[str]) -> str:
    """The folder holding ``paths`` (test images) under ``variant``: ``<cache>/variants/easy-vqa/
    <data hash>/<variant>-v1/``, written on first use into a temporary folder and renamed into place
    (concurrent runs are safe; a crash leaves no partial folder under the final name)."""
    import hashlib
    import shutil
    import uuid

    from benchmark.backbones.lm import default_cache_dir
    from benchmark.engine.media import load_image
    from tasks.image_shifts import shift_image

    data = hashlib.sha256(str(Path(root).resolve()).encode()).hexdigest()[:12]
    final = default_cache_dir() / "variants" / "easy-vqa" / data / f"{variant}-v{SHIFTS_VERSION}"
    if (final / "done").is_file():
        return str(final)
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = final.parent / f".{final.name}.tmp-{uuid.uuid4().hex[:8]}"
    tmp.mkdir()
    try:
        for path in paths:
            name = os.path.basename(path)
            shift_image(variant, load_image(path), Path(name).stem).save(tmp / name, format="PNG")
        (tmp / "done").write_text(f"{len(paths)} images\n")
        try:
            os.rename(tmp, final)
        except OSError:
            if not (final / "done").is_file():
                raise
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return str(final)


def question_type(answer: str) -> str:
    """``yes/no``, ``shape`` or ``color``, read off the answer (the 13 answers are disjoint)."""
    if answer in YES_NO:
        return "yes/no"
    return "shape" if answer in SHAPES else "color"


NEGATIONS = frozenset({"not", "no"})


@dataclass(frozen=True)
class Vocabulary:
    """The colour and shape words of ``answers.txt``."""

    colors: frozenset[str]
    shapes: frozenset[str]

    @classmethod
    def from_answers(cls, answers: set[str]) -> Vocabulary:
        return cls(frozenset(answers - SHAPES - YES_NO), frozenset(answers & SHAPES))


@dataclass
class ImageEvidence:
    """What an image's questions and answers say about its colour and shape."""

    colors: set[str] = field(default_factory=set)
    shapes: set[str] = field(default_factory=set)
    not_colors: set[str] = field(default_factory=set)
    not_shapes: set[str] = field(default_factory=set)

    def add(self, question: str, answer: str, vocab: Vocabulary) -> None:
        words = re.findall(r"[a-z]+", question.lower())
        colors = {w for w in words if w in vocab.colors}
        shapes = {w for w in words if w in vocab.shapes}
        if answer not in YES_NO:  # a wh-question: its answer and whatever it names hold
            (self.colors if answer in vocab.colors else self.shapes).add(answer)
            self.colors |= colors
            self.shapes |= shapes
        elif (answer == "yes") != bool(NEGATIONS & set(words)):  # the statement holds
            self.colors |= colors
            self.shapes |= shapes
        elif len(colors) + len(shapes) == 1:  # "not X": only excludes X
            self.not_colors |= colors
            self.not_shapes |= shapes

    def resolve(self, where: str) -> tuple[str | None, str | None]:
        """``(color, shape)``, None where there is no positive evidence; DataError on a conflict."""
        color = self._single("colour", self.colors, self.not_colors, where)
        shape = self._single("shape", self.shapes, self.not_shapes, where)
        return color, shape

    @staticmethod
    def _single(kind: str, positive: set[str], negative: set[str], where: str) -> str | None:
        if len(positive) > 1 or positive & negative:
            raise DataError(
                f"{where}: the questions and answers disagree on the {kind} "
                f"(is {sorted(positive)}, is not {sorted(negative)})"
            )
        return next(iter(positive), None)


def image_description(evidence: ImageEvidence) -> str:
    """The description of one image from what its questions and answers establish
    (:class:`ImageEvidence`): ``"a blue circle"``; ``"a blue shape"`` or
    ``"a circle"`` when only one of colour and shape is established; ``"a shape"`` when neither is or
    when the questions contradict each other on either."""
    try:
        color, shape = evidence.resolve("")
    except DataError:
        color = shape = None
    return " ".join(["a", *([color] if color else []), shape or "shape"])


@register_task("easy-vqa")
class EasyVQA(Task):
    """easy-VQA: yes/no, colour and shape questions about synthetic shape images (VQA accuracy).

    Each example's ``references`` are its single answer repeated ten times so that the official
    ten-answer VQA formula applies. Because the ten answers are identical, the official code then
    compares the prediction verbatim (after turning newlines/tabs into spaces and stripping), with
    no lower-casing or punctuation handling: accuracy is exact match, 100 or 0 per question.
    """

    modality = "image"
    metric = "vqa_accuracy"
    splits = ("train", "val", "test")
    variants = VARIANTS  # shifted test images for out-of-distribution evaluation (tasks/image_shifts.py)
    describes_media = True  # meta["description"]: the image's colour and shape read off its questions
    # questions ask a shape's colour, its kind (circle/rectangle/triangle) and whether one is present;
    # none asks about left/right or position, and a mirror keeps every shape's kind: hflip is safe.
    # Brightness/contrast within +-20% keep the hue, so the colour answers hold; color_jitter shifts
    # the hue (red -> brown/yellow) and random_resized_crop can cut a shape near the border away
    # (which changes "is there a ...?" and shape answers), so neither is declared.
    label_preserving_augmentations = ("hflip", "brightness_contrast")

    layout = """\
answers.txt                   the 13 answers, one a line
train/questions.json          [question, answer, image_id] triples
train/images/<image_id>.png
test/questions.json
test/images/<image_id>.png"""
    get_data = GET_DATA

    def __init__(self, data_dir: str | Path | None = None, val_images: float = 0.1, variant: str | None = None) -> None:
        super().__init__(data_dir, val_images, variant)
        self._parsed: dict[str, list[Example]] = {}  # source -> examples, parsed once

    def default_root(self) -> Path | None:
        return package_data_dir()

    def required_files(self, split: str | None = None) -> list[Path]:
        root = self.require_root()
        sources = ("train", "test") if split is None else (("test",) if split == "test" else ("train",))
        return [root / "answers.txt"] + [
            root / source / part for source in sources for part in ("questions.json", "images")
        ]

    def require_root(self) -> Path:
        root = self.root
        if root is None:
            raise DataError(f"easy-vqa data not found: the `easy_vqa` package is not installed. {GET_DATA}")
        return root

    def _read(self, source: str) -> list[list]:
        """The [question, answer, image_id] triples of ``train`` or ``test``, checked against
        answers.txt and the image folder's listing (no image is opened)."""
        root = self.root
        path = root / source / "questions.json"
        try:
            triples = json.loads(path.read_text())
        except (OSError, ValueError) as exc:
            raise DataError(f"cannot read {path}: {exc}. {GET_DATA}") from None
        if not isinstance(triples, list) or any(not isinstance(t, list) or len(t) != 3 for t in triples):
            raise DataError(f"{path} must hold [question, answer, image_id] triples. {GET_DATA}")
        answers = {line.strip() for line in (root / "answers.txt").read_text().splitlines()}
        unknown = sorted({str(t[1]) for t in triples} - answers)
        if unknown:
            raise DataError(f"{path} has answers not in answers.txt: {', '.join(unknown)}. {GET_DATA}")
        images_dir = root / source / "images"
        absent = sorted({f"{t[2]}.png" for t in triples} - set(os.listdir(images_dir)))
        if absent:
            raise DataError(
                f"{len(absent)} images referenced by {path} are missing from {images_dir} "
                f"(e.g. {', '.join(absent[:5])}). {GET_DATA}"
            )
        return triples

    def _examples(self, source: str) -> list[Example]:
        if source not in self._parsed:
            self._parsed[source] = self._build(source)
            if source == "test" and self.variant is not None:
                self._parsed[source] = self._shifted(self._parsed[source])
        return list(self._parsed[source])

    def _shifted(self, examples: list[Example]) -> list[Example]:
        """``examples`` pointing at the test images under ``self.variant`` (written once, see
        :func:`variant_folder`); media ids get an ``@variant`` suffix."""
        folder = variant_folder(self.root, self.variant, sorted({e.media_path for e in examples}))
        return [
            dataclasses.replace(
                e,
                media_id=f"{e.media_id}@{self.variant}",
                media_path=os.path.join(folder, os.path.basename(e.media_path)),
            )
            for e in examples
        ]

    def _descriptions(self, triples: list[list]) -> dict:
        """image id -> its ground-truth description (:func:`image_description`), read off all the
        image's questions and answers as easy-vqa-caption reads its captions."""
        answers = {line.strip() for line in (self.root / "answers.txt").read_text().splitlines()} - {""}
        vocab = Vocabulary.from_answers(answers)
        evidence: dict = {}
        for question, answer, image_id in triples:
            evidence.setdefault(image_id, ImageEvidence()).add(question, answer, vocab)
        return {image_id: image_description(facts) for image_id, facts in evidence.items()}

    def _build(self, source: str) -> list[Example]:
        images = os.path.join(self.root, source, "images")
        triples = self._read(source)
        descriptions = self._descriptions(triples)
        return [
            Example(
                uid=f"{source}-{i}",
                media_id=f"{source}/{image_id}",
                media_path=f"{images}{os.sep}{image_id}.png",
                prompt=self.prompt_template.format(question=question),
                target=answer,
                references=(answer,) * 10,
                meta={
                    "answer_type": "yes/no" if answer in YES_NO else "other",
                    "question_type": question_type(answer),
                    "description": descriptions[image_id],
                },
            )
            for i, (question, answer, image_id) in enumerate(triples)
        ]

    def load(self, split: str) -> list[Example]:
        """All examples of ``split`` in file order; ``val`` is carved from train by image id."""
        self.check_data()
        if split not in self.splits:
            raise DataError(f"easy-vqa has no split {split!r}; valid splits: {', '.join(self.splits)}")
        if split == "test":
            return self._examples("test")
        by_image = lambda e: e.media_id  # noqa: E731
        train, val = split_by_group(self._examples("train"), by_image, self.val_images, VAL_SEED)
        return train if split == "train" else val

    def score(self, predictions: dict[str, str], examples: list[Example]) -> dict[str, float]:
        """Official VQA accuracy (percent) overall, per answer type and per question type."""
        result = vqa_accuracy(
            predictions,
            {e.uid: e.references for e in examples},
            {e.uid: e.meta["answer_type"] for e in examples},
            {e.uid: e.meta["question_type"] for e in examples},
        )
        return {"vqa_" + k: v for k, v in result.items()}
