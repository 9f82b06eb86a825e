"""The file format shared by MSRVTT-QA and MSVD-QA (Xu et al. 2017, "Video Question Answering via
Gradually Refined Attention over Appearance and Motion"); registers no task.

``{train,val,test}_qa.json``: a list of ``{"answer": str, "id": int, "question": str, "video_id": int}``
(MSRVTT-QA also has ``category_id``). One answer per question; scored by normalised exact match
(:mod:`tasks.metrics.exact_match`), overall and per question word. Results:
``[{"id": int, "answer": str}]`` (no evaluation server; the format mirrors the question files).
"""

from __future__ import annotations

from pathlib import Path

from benchmark.errors import DataError
from tasks.base import Example, Task, require
from tasks.coco_vqa import read_json
from tasks.metrics.exact_match import exact_match_accuracy, question_type


class VideoQATask(Task):
    modality = "video"
    metric = "accuracy"
    splits = ("train", "val", "test")
    result_id_field = "id"
    result_text_field = "answer"

    def __init__(self, data_dir=None, val_images: float = 0.1, variant: str | None = None) -> None:
        super().__init__(data_dir, val_images, variant)
        self._cache: dict[str, list[Example]] = {}

    def video_path(self, video_id: int) -> tuple[str, str]:
        """(media id, file) of the clip ``video_id`` names."""
        raise NotImplementedError

    def media_files(self) -> list[Path]:
        """Files and folders besides the question files that loading needs (mappings, clips)."""
        raise NotImplementedError

    def required_files(self, split: str | None = None) -> list[Path]:
        root = self.require_root()
        names = self.splits if split is None else [split]
        return [root / f"{s}_qa.json" for s in names] + self.media_files()

    def load(self, split: str) -> list[Example]:
        self.check_split(split)
        if split not in self._cache:
            self.check_data(split)
            path = self.require_root() / f"{split}_qa.json"
            rows = read_json(path, 'a list of {"answer", "id", "question", "video_id"}', kind=list)
            out = []
            seen: set[int] = set()
            for i, r in enumerate(rows):
                where = f"{path}: record {i}"
                require(r, dict, where, 'an object {"answer", "id", "question", "video_id"}')
                for key in ("answer", "id", "question", "video_id"):
                    if key not in r:
                        raise DataError(f"{where} ({str(r)[:100]}) has no {key!r}")
                qid = require(r["id"], int, f"{where}: id", "an integer")
                if qid in seen:
                    raise DataError(f"{path}: id {qid} appears more than once")
                seen.add(qid)
                video_id = require(r["video_id"], int, f"{where}: video_id", "an integer")
                text = require(r["question"], str, f"{where}: question", "the question text (a string)")
                answer = str(require(r["answer"], (str, int, float), f"{where}: answer", "the answer (a string)"))
                media_id, file = self.video_path(video_id)
                out.append(
                    Example(
                        uid=str(qid),
                        media_id=media_id,
                        media_path=file,
                        prompt=self.prompt_template.format(question=text.strip()),
                        target=answer,
                        references=(answer,),
                        meta={"result_id": qid, "answer_type": question_type(text)},
                    )
                )
            self._cache[split] = out
        return list(self._cache[split])

    def score(self, predictions: dict[str, str], examples: list[Example]) -> dict[str, float]:
        return exact_match_accuracy(
            predictions, {e.uid: e.references[0] for e in examples}, {e.uid: e.meta["answer_type"] for e in examples}
        )
