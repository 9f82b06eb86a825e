"""The VQA file format shared by VQAv2 and OK-VQA (registers no task).

Questions file: ``{"info", "task_type", "data_type", "data_subtype", "license", "questions": [{"image_id",
"question", "question_id"}]}``. Annotations file: ``{"info", "license", "data_subtype", "annotations":
[{"question_id", "image_id", "question_type", "answer_type", "multiple_choice_answer", "answers":
[{"answer", "answer_confidence", "answer_id"}] x 10}]}`` (OK-VQA's answers also carry ``raw_answer``; the
official evaluation code reads ``answer``). Images: COCO's ``<folder>/COCO_<folder>_<12-digit id>.jpg``.

:class:`COCOVQATask` turns one subtype's files into examples: uid = the question id as a string,
``meta["result_id"]`` = the integer question id (the official results format is
``[{"question_id": int, "answer": str}]``), target = ``multiple_choice_answer`` (or, where a file
has none, the most frequent of the ten answers, first in file order on ties), references = the ten
answers; ``answer_type`` and ``question_type`` go to ``meta`` (stratified subsampling and per-type
accuracy). Scoring is the official VQA accuracy (:mod:`tasks.metrics.vqa`).
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path
from typing import ClassVar

from benchmark.errors import DataError
from tasks.base import Example, Task
from tasks.metrics.vqa import vqa_accuracy


def read_json(path: Path, what: str) -> dict:
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except OSError as exc:
        raise DataError(f"cannot read {path} ({exc}); expected {what}") from None
    except ValueError as exc:
        raise DataError(f"{path} is not valid JSON ({exc}); expected {what}") from None


def coco_image_path(root: Path, folder: str, image_id: int) -> str:
    return os.path.join(root, folder, f"COCO_{folder}_{int(image_id):012d}.jpg")


class COCOVQATask(Task):
    """Base of the VQA-format tasks: ``subtypes`` maps a split to (questions file, annotations file or
    None, image folder)."""

    metric = "vqa_accuracy"
    subtypes: ClassVar[dict[str, tuple[str, str | None, str]]] = {}

    def __init__(self, data_dir=None, val_images: float = 0.1, variant: str | None = None) -> None:
        super().__init__(data_dir, val_images, variant)
        self._cache: dict[str, list[Example]] = {}

    def required_files(self, split: str | None = None) -> list[Path]:
        root = self.require_root()
        out: list[Path] = []
        for name in self.splits if split is None else [split]:
            questions, annotations, images = self.subtypes[name]
            out += [root / questions] + ([root / annotations] if annotations else []) + [root / images]
        return list(dict.fromkeys(out))

    def has_references(self, split: str) -> bool:
        return self.subtypes[split][1] is not None

    def load(self, split: str) -> list[Example]:
        self.check_split(split)
        if split not in self._cache:
            self.check_data(split)
            self._cache[split] = self._read(split)
        return list(self._cache[split])

    def _read(self, split: str) -> list[Example]:
        root = self.require_root()
        q_file, a_file, folder = self.subtypes[split]
        questions = read_json(root / q_file, 'a VQA questions file ({"questions": [...]})').get("questions")
        if not isinstance(questions, list):
            raise DataError(f"{root / q_file} has no 'questions' list: expected the official VQA questions format")
        annotations = {}
        if a_file is not None:
            anns = read_json(root / a_file, 'a VQA annotations file ({"annotations": [...]})').get("annotations")
            if not isinstance(anns, list):
                raise DataError(f"{root / a_file} has no 'annotations' list: expected the official VQA format")
            annotations = {a["question_id"]: a for a in anns}
        examples = []
        for q in questions:
            try:
                qid, image_id, text = q["question_id"], q["image_id"], q["question"]
            except (KeyError, TypeError):
                raise DataError(
                    f"{root / q_file}: question {str(q)[:100]} lacks question_id/image_id/question"
                ) from None
            meta = {"result_id": qid, "image_id": image_id, "answer_type": "", "question_type": ""}
            target, references = "", ()
            if a_file is not None:
                if qid not in annotations:
                    raise DataError(f"{root / a_file} has no annotation for question {qid} of {root / q_file}")
                ann = annotations[qid]
                references = tuple(a["answer"] for a in ann["answers"])
                target = ann.get("multiple_choice_answer") or Counter(references).most_common(1)[0][0]
                meta.update(answer_type=ann.get("answer_type", ""), question_type=ann.get("question_type", ""))
            examples.append(
                Example(
                    uid=str(qid),
                    media_id=f"{folder}/{image_id}",
                    media_path=coco_image_path(root, folder, image_id),
                    prompt=self.prompt_template.format(question=text.strip()),
                    target=target,
                    references=references,
                    meta=meta,
                )
            )
        return examples

    def score(self, predictions: dict[str, str], examples: list[Example]) -> dict[str, float]:
        """Official VQA accuracy overall, per answer type and per question type (percent)."""
        result = vqa_accuracy(
            predictions,
            {e.uid: e.references for e in examples},
            {e.uid: e.meta["answer_type"] for e in examples},
            {e.uid: e.meta["question_type"] for e in examples},
        )
        return {"vqa_" + k: v for k, v in result.items()}
