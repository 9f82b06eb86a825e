"""The ``coco-karpathy`` task: COCO captions in Karpathy & Fei-Fei's split, read from
``dataset_coco.json`` (as distributed with NeuralTalk) and the COCO image folders.

``dataset_coco.json``: ``{"dataset": "coco", "images": [{"filepath": "train2014" | "val2014",
"filename": "COCO_val2014_000000391895.jpg", "imgid", "split": "train" | "restval" | "val" | "test",
"sentids", "sentences": [{"raw", "tokens", "imid", "sentid"}], "cocoid"}]}``; images at
``<data>/<filepath>/<filename>``. Splits: ``train`` = train + restval (113,287 images; one example per
caption), ``val`` and ``test`` (5,000 images each; one example per image with its ~5 references;
``test`` is scored at the end). Results: ``[{"image_id": cocoid, "caption": str}]``.
"""

from __future__ import annotations

import os
from pathlib import Path

from benchmark.errors import DataError
from benchmark.registry import register_task
from tasks.base import file_name, require
from tasks.captioning import CaptionTask
from tasks.coco_vqa import read_json

SPLITS = {"train": ("train", "restval"), "val": ("val",), "test": ("test",)}


@register_task("coco-karpathy")
class COCOKarpathy(CaptionTask):
    """COCO captions, Karpathy split: describe the image (pycocoevalcap BLEU/METEOR/ROUGE-L/CIDEr)."""

    modality = "image"
    splits = ("train", "val", "test")
    result_id_field = "image_id"
    layout = """\
dataset_coco.json                                Karpathy's split (NeuralTalk's caption_datasets.zip)
train2014/COCO_train2014_<12-digit id>.jpg       COCO images (folders or symlinks)
val2014/COCO_val2014_<12-digit id>.jpg"""
    get_data = (
        "dataset_coco.json: https://cs.stanford.edu/people/karpathy/deepimagesent/caption_datasets.zip. "
        "Images: https://cocodataset.org/#download (train2014, val2014)."
    )

    def __init__(self, data_dir=None, val_images: float = 0.1, variant: str | None = None) -> None:
        super().__init__(data_dir, val_images, variant)
        self._images: list | None = None

    def required_files(self, split: str | None = None) -> list[Path]:
        root = self.require_root()
        return [root / "dataset_coco.json", root / "train2014", root / "val2014"]

    def media_paths(self, split: str | None = None) -> list[Path]:
        root = self.require_root()
        return [root / "train2014", root / "val2014"]

    def _all(self) -> list:
        if self._images is None:
            self.check_data()
            data = read_json(
                self.require_root() / "dataset_coco.json", 'Karpathy\'s dataset_coco.json ({"images": [...]})'
            )
            path = self.require_root() / "dataset_coco.json"
            if not isinstance(data.get("images"), list):
                raise DataError(f"{path} has no 'images' list: expected Karpathy's format")
            seen: set[int] = set()
            for i, img in enumerate(data["images"]):
                where = f"{path}: image {i}"
                require(img, dict, where, 'an object {"filepath", "filename", "split", "sentences", "cocoid"}')
                for key in ("filepath", "filename", "sentences", "cocoid"):
                    if key not in img:
                        raise DataError(f"{where} has no {key!r}")
                cocoid = require(img["cocoid"], int, f"{where}: cocoid", "an integer (the COCO image id)")
                if cocoid in seen:
                    raise DataError(f"{path}: cocoid {cocoid} appears more than once")
                seen.add(cocoid)
                file_name(img["filepath"], f"{where}: filepath")
                file_name(img["filename"], f"{where}: filename")
                sentences = require(img["sentences"], list, f"{where}: sentences", "a list of captions")
                for k, sent in enumerate(sentences):
                    require(sent, dict, f"{where}: sentence {k}", 'an object {"raw", "sentid", ...}')
                    if "sentid" not in sent:
                        raise DataError(f"{where}: sentence {k} has no 'sentid'")
                    require(sent.get("raw"), str, f"{where}: sentence {k}: raw", "the caption (a string)")
            self._images = data["images"]
        return self._images

    def load(self, split: str):
        self.check_split(split)
        root = self.require_root()
        media = []
        for img in self._all():
            if img.get("split") not in SPLITS[split]:
                continue
            try:
                captions = [(s["sentid"], s["raw"]) for s in img["sentences"]]
                path = os.path.join(root, img["filepath"], img["filename"])
                media.append((int(img["cocoid"]), f"{img['filepath']}/{img['cocoid']}", path, captions))
            except KeyError as exc:
                raise DataError(f"dataset_coco.json: image {img.get('imgid')} has no {exc.args[0]!r}") from None
        return self.caption_examples(media, per_caption=split == "train")
