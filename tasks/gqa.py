"""The ``gqa`` task: GQA balanced questions (Hudson & Manning 2019) on Visual Genome images, read from
the official files, scored by the official evaluation (:mod:`tasks.metrics.gqa`).

Question files (``questions1.2.zip``, unzipped into the data folder): ``{tier}_balanced_questions.json``
for train, val, testdev, test and challenge, plus ``submission_all_questions.json``; each maps a
question id to ``{"imageId", "question", "answer", "fullAnswer", "isBalanced", "types": {"structural",
"semantic", "detailed"}, "groups": {"global", "local"}, "entailed", "equivalent", "semantic", ...}``
(test, challenge and submission have no answers). Images (``images.zip``): ``images/<imageId>.jpg``.

Splits: ``train``, ``val``, ``testdev`` (scored at the end, as papers report), and ``test``,
``challenge``, ``submission`` without answers (a run writes the official predictions file,
``[{"questionId": str, "prediction": str}]``, for the evaluation server). Training target: the short
``answer``. The headline metric is the official accuracy (exact string match); ``consistency`` is
computed when every entailed question of a correct answer is in the scored file.
"""

from __future__ import annotations

import os
from pathlib import Path

from benchmark.errors import DataError
from benchmark.registry import register_task
from tasks.base import Example, Task, file_name, require
from tasks.coco_vqa import read_json
from tasks.metrics.gqa import gqa_scores

FILES = {
    "train": "train_balanced_questions.json",
    "val": "val_balanced_questions.json",
    "testdev": "testdev_balanced_questions.json",
    "test": "test_balanced_questions.json",
    "challenge": "challenge_balanced_questions.json",
    "submission": "submission_all_questions.json",
}
ANSWERED = ("train", "val", "testdev")


@register_task("gqa")
class GQA(Task):
    """GQA: compositional questions about real images, one answer each (official GQA accuracy)."""

    modality = "image"
    metric = "accuracy"
    splits = tuple(FILES)
    train_split, val_split, test_split = "train", "val", "testdev"
    result_id_field = "questionId"
    result_text_field = "prediction"
    layout = """\
train_balanced_questions.json       from questions1.2.zip
val_balanced_questions.json
testdev_balanced_questions.json
test_balanced_questions.json        (no answers: results for the server)
challenge_balanced_questions.json   (no answers)
submission_all_questions.json       (no answers)
images/<imageId>.jpg                from images.zip"""
    get_data = "Questions and images: https://cs.stanford.edu/people/dorarad/gqa/download.html"

    def __init__(self, data_dir=None, val_images: float = 0.1, variant: str | None = None) -> None:
        super().__init__(data_dir, val_images, variant)
        self._questions: dict[str, dict] = {}
        self._examples: dict[str, list[Example]] = {}

    def required_files(self, split: str | None = None) -> list[Path]:
        root = self.require_root()
        names = self.splits if split is None else [split]
        return [root / FILES[s] for s in names] + [root / "images"]

    def media_paths(self, split: str | None = None) -> list[Path]:
        return [self.require_root() / "images"]

    def has_references(self, split: str) -> bool:
        return split in ANSWERED

    def questions(self, split: str) -> dict:
        if split not in self._questions:
            self.check_data(split)
            path = self.require_root() / FILES[split]
            # unique_keys: a repeated question id would otherwise silently keep only the last question
            data = read_json(path, "a GQA questions file (an object: questionId -> question)", unique_keys=True)
            answered = self.has_references(split)
            for qid, q in data.items():
                where = f"{path}: question {qid}"
                require(q, dict, where, 'an object {"imageId", "question", "answer", ...}')
                for key in ("imageId", "question") + (("answer",) if answered else ()):
                    if key not in q:
                        raise DataError(f"{where} has no {key!r}")
                file_name(q["imageId"], f"{where}: imageId")  # the image must lie inside images/
                require(q["question"], str, f"{where}: question", "the question text (a string)")
                if answered:
                    require(q["answer"], str, f"{where}: answer", "the answer (a string)")
                require(q.get("types", {}), dict, f"{where}: types", 'an object {"structural", "semantic", ...}')
            self._questions[split] = data
        return self._questions[split]

    def load(self, split: str) -> list[Example]:
        self.check_split(split)
        if split not in self._examples:
            images = os.path.join(self.require_root(), "images")
            answered = self.has_references(split)
            out = []
            for qid, q in self.questions(split).items():  # checked by questions()
                image, text = str(q["imageId"]), q["question"]
                answer = q["answer"] if answered else ""
                types = q.get("types", {})
                out.append(
                    Example(
                        uid=str(qid),
                        media_id=f"gqa/{image}",
                        media_path=f"{images}{os.sep}{image}.jpg",
                        prompt=self.prompt_template.format(question=text.strip()),
                        target=answer,
                        references=(answer,) if answered else (),
                        meta={
                            "result_id": str(qid),
                            "split": split,
                            "answer_type": types.get("structural", ""),
                            "semantic": types.get("semantic", ""),
                        },
                    )
                )
            self._examples[split] = out
        return list(self._examples[split])

    def score(self, predictions: dict[str, str], examples: list[Example]) -> dict:
        """The official GQA metrics over ``examples`` (a missing prediction counts as the empty string)."""
        split = examples[0].meta["split"] if examples else self.test_split
        questions = self.questions(split)
        chosen = {e.uid: questions[e.uid] for e in examples}
        preds = {e.uid: predictions.get(e.uid, "") for e in examples}
        return gqa_scores(preds, chosen)
