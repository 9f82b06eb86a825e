"""What the captioning tasks share (registers no task): training examples are one per reference
caption, evaluation examples one per image/clip with all its references; the official results
format is COCO's (``[{<id field>: id, "caption": str}]``); scores are pycocoevalcap's
(:func:`tasks.metrics.captions.caption_metrics`, headline CIDEr; SPICE only where its jars are
present, otherwise ``None`` with a note). Captions are trained on as written (whitespace collapsed);
the PTB tokenizer lower-cases and drops punctuation before scoring anyway.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from tasks.base import Example, Task
from tasks.metrics.captions import CaptionScores, caption_metrics, require_java


def clean_caption(text: str) -> str:
    return " ".join(str(text).split())


class CaptionTask(Task):
    metric = "CIDEr"
    prompt_template = "A picture of"
    max_new_tokens = 30
    result_text_field = "caption"

    def check_data(self, split=None) -> None:
        super().check_data(split)
        require_java()

    def caption_examples(
        self, media: Iterable[tuple[Any, str, str, list[tuple[str, str]]]], per_caption: bool
    ) -> list[Example]:
        """Examples from ``(result id, media id, media path, [(caption id, caption), ...])``: one per
        caption when ``per_caption`` (training), else one per media item with every caption as a reference."""
        out = []
        for rid, media_id, path, captions in media:
            refs = tuple(clean_caption(c) for _, c in captions)
            if per_caption:
                out += [
                    Example(
                        uid=f"{rid}-{cid}",
                        media_id=media_id,
                        media_path=path,
                        prompt=self.prompt_template,
                        target=ref,
                        references=refs,
                        meta={"result_id": rid},
                    )
                    for (cid, _), ref in zip(captions, refs)
                ]
            else:
                out.append(
                    Example(
                        uid=str(rid),
                        media_id=media_id,
                        media_path=path,
                        prompt=self.prompt_template,
                        target=refs[0] if refs else "",
                        references=refs,
                        meta={"result_id": rid},
                    )
                )
        return out

    def score(self, predictions: dict[str, str], examples: list[Example]) -> CaptionScores:
        """pycocoevalcap's metrics over the media items of ``examples`` (training-style examples of the
        same item are merged; a missing prediction counts as the empty caption)."""
        refs: dict[str, list[str]] = {}
        preds: dict[str, str] = {}
        for e in examples:
            key = str(e.meta.get("result_id", e.uid))
            refs.setdefault(key, list(e.references))
            if e.uid in predictions and key not in preds:
                preds[key] = predictions[e.uid]
        return caption_metrics(preds, refs)
