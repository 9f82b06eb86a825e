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
from typing import Any, ClassVar

from benchmark.errors import DataError
from tasks.base import Example, Task, describe_value, require
from tasks.metrics.vqa import vqa_accuracy


def _unique_object(pairs: list[tuple[str, Any]]) -> dict:
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        twice = next(key for key, _ in pairs if key in seen or seen.add(key))
        raise ValueError(f"key {twice!r} appears more than once")
    return out


def read_json(path: Path, what: str, kind: type = dict, unique_keys: bool = False) -> Any:
    """The JSON value in ``path``, which must be a ``kind`` (a dict unless told); any other content,
    invalid JSON, a file that is not UTF-8 or (with ``unique_keys``) an object with a repeated key
    raises :class:`DataError` naming the file and ``what`` was expected."""
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh, object_pairs_hook=_unique_object if unique_keys else None)
    except OSError as exc:
        raise DataError(f"cannot read {path} ({exc}); expected {what}") from None
    except ValueError as exc:
        raise DataError(f"{path} is not valid JSON ({exc}); expected {what}") from None
    if not isinstance(data, kind):
        raise DataError(f"{path} holds {describe_value(data)}; expected {what}")
    return data


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

    def media_paths(self, split: str | None = None) -> list[Path]:
        root = self.require_root()
        return list(
            dict.fromkeys(root / self.subtypes[name][2] for name in (self.splits if split is None else [split]))
        )

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
        q_path = root / q_file
        questions = read_json(q_path, 'a VQA questions file ({"questions": [...]})').get("questions")
        require(questions, list, f"{q_path}: 'questions'", "a list of questions (the official VQA questions format)")
        annotations = self._annotations(root / a_file) if a_file is not None else {}
        examples = []
        seen: set[int] = set()
        for i, q in enumerate(questions):
            where = f"{q_path}: question {i}"
            require(q, dict, where, 'an object {"question_id", "image_id", "question"}')
            for key in ("question_id", "image_id", "question"):
                if key not in q:
                    raise DataError(f"{where} ({str(q)[:100]}) has no {key!r}")
            qid = require(q["question_id"], int, f"{where}: question_id", "an integer")
            image_id = require(q["image_id"], int, f"{where}: image_id", "an integer (the COCO image id)")
            text = require(q["question"], str, f"{where}: question", "the question text (a string)")
            if image_id < 0:
                raise DataError(f"{where}: image_id is {image_id}; expected a COCO image id (>= 0)")
            if qid in seen:
                raise DataError(f"{q_path}: question_id {qid} appears more than once")
            seen.add(qid)
            meta = {"result_id": qid, "image_id": image_id, "answer_type": "", "question_type": ""}
            target, references = "", ()
            if a_file is not None:
                if qid not in annotations:
                    raise DataError(f"{root / a_file} has no annotation for question {qid} of {q_path}")
                ann = annotations[qid]
                references = ann["references"]
                target = ann["target"] or Counter(references).most_common(1)[0][0]
                meta.update(answer_type=ann["answer_type"], question_type=ann["question_type"])
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

    @staticmethod
    def _annotations(path: Path) -> dict[int, dict[str, Any]]:
        """question id -> checked fields of an official VQA annotations file."""
        anns = read_json(path, 'a VQA annotations file ({"annotations": [...]})').get("annotations")
        require(anns, list, f"{path}: 'annotations'", "a list of annotations (the official VQA format)")
        out: dict[int, dict[str, Any]] = {}
        for i, ann in enumerate(anns):
            where = f"{path}: annotation {i}"
            require(ann, dict, where, 'an object {"question_id", "answers", ...}')
            qid = require(ann.get("question_id"), int, f"{where}: question_id", "an integer")
            if qid in out:
                raise DataError(f"{path}: question_id {qid} is annotated more than once")
            answers = require(ann.get("answers"), list, f"{where} (question {qid}): answers", "a list of answers")
            if not answers:
                raise DataError(f"{where} (question {qid}): answers is empty; expected the human answers")
            references = []
            for k, a in enumerate(answers):
                require(a, dict, f"{where} (question {qid}): answer {k}", 'an object {"answer": str, ...}')
                references.append(require(a.get("answer"), str, f"{where} (question {qid}): answer {k}", "a string"))
            fields = {}
            for key in ("multiple_choice_answer", "answer_type", "question_type"):  # optional
                value = ann.get(key)
                fields[key] = (
                    "" if value is None else require(value, str, f"{where} (question {qid}): {key}", "a string")
                )
            out[qid] = {
                "references": tuple(references),
                "target": fields["multiple_choice_answer"],
                "answer_type": fields["answer_type"],
                "question_type": fields["question_type"],
            }
        return out

    def score(self, predictions: dict[str, str], examples: list[Example]) -> dict[str, float]:
        """Official VQA accuracy overall, per answer type and per question type (percent)."""
        result = vqa_accuracy(
            predictions,
            {e.uid: e.references for e in examples},
            {e.uid: e.meta["answer_type"] for e in examples},
            {e.uid: e.meta["question_type"] for e in examples},
        )
        return {"vqa_" + k: v for k, v in result.items()}
