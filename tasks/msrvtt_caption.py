"""The ``msrvtt-caption`` task: MSR-VTT video captioning (Xu et al. 2016), read from the 2016
challenge release.

``train_val_videodatainfo.json`` and ``test_videodatainfo.json``: ``{"info", "videos": [{"video_id":
"video0", "split": "train" | "validate" | "test", "id", "category", "url", "start time", "end time"}],
"sentences": [{"video_id", "caption", "sen_id"}]}``; videos ``TrainValVideo/video<N>.mp4`` (0-7009) and
``TestVideo/video<N>.mp4`` (7010-9999). Splits: ``train`` (6,513 videos, one example per caption),
``val`` (``validate``, 497) and ``test`` (2,990; scored at the end), 20 captions per video. Results
(coco-caption style, keyed by the video id): ``[{"video_id": "video7010", "caption": str}]``.
"""

from __future__ import annotations

import os
from pathlib import Path

from benchmark.errors import DataError
from benchmark.registry import register_task
from tasks.base import file_name, require
from tasks.captioning import CaptionTask
from tasks.coco_vqa import read_json

SOURCES = {
    "train": ("train_val_videodatainfo.json", "TrainValVideo", "train"),
    "val": ("train_val_videodatainfo.json", "TrainValVideo", "validate"),
    "test": ("test_videodatainfo.json", "TestVideo", "test"),
}


@register_task("msrvtt-caption")
class MSRVTTCaption(CaptionTask):
    """MSR-VTT: describe the video clip, 20 references each (pycocoevalcap BLEU/METEOR/ROUGE-L/CIDEr)."""

    modality = "video"
    splits = ("train", "val", "test")
    prompt_template = "A video of"
    result_id_field = "video_id"
    layout = """\
train_val_videodatainfo.json      annotations of the 2016 challenge release
test_videodatainfo.json
TrainValVideo/video<N>.mp4        video0 ... video7009
TestVideo/video<N>.mp4            video7010 ... video9999"""
    get_data = (
        "MSR-VTT 10k (train_val_annotation.zip, test_videodatainfo.json, train_val_videos.zip, "
        "test_videos.zip) from the MSR-VTT challenge page, https://www.microsoft.com/en-us/research/"
        "publication/msr-vtt-a-large-video-description-dataset-for-bridging-video-and-language/"
    )

    def __init__(self, data_dir=None, val_images: float = 0.1, variant: str | None = None) -> None:
        super().__init__(data_dir, val_images, variant)
        self._files: dict[str, dict] = {}

    def required_files(self, split: str | None = None) -> list[Path]:
        root = self.require_root()
        out = []
        for s in self.splits if split is None else [split]:
            out += [root / SOURCES[s][0], root / SOURCES[s][1]]
        return list(dict.fromkeys(out))

    def media_paths(self, split: str | None = None) -> list[Path]:
        root = self.require_root()
        return list(dict.fromkeys(root / SOURCES[s][1] for s in (self.splits if split is None else [split])))

    def _file(self, name: str) -> dict:
        if name not in self._files:
            data = read_json(self.require_root() / name, 'MSR-VTT annotations ({"videos": [...], "sentences": [...]})')
            path = self.require_root() / name
            if not isinstance(data.get("videos"), list) or not isinstance(data.get("sentences"), list):
                raise DataError(f"{path} needs 'videos' and 'sentences' lists (the MSR-VTT 2016 format)")
            seen: set[str] = set()
            for i, v in enumerate(data["videos"]):
                require(v, dict, f"{path}: video {i}", 'an object {"video_id", "split", ...}')
                vid = file_name(v.get("video_id"), f"{path}: video {i}: video_id")
                if vid in seen:
                    raise DataError(f"{path}: video_id {vid} appears more than once")
                seen.add(vid)
            for i, sent in enumerate(data["sentences"]):
                where = f"{path}: sentence {i}"
                require(sent, dict, where, 'an object {"video_id", "caption", "sen_id"}')
                for key in ("video_id", "caption", "sen_id"):
                    if key not in sent:
                        raise DataError(f"{where} has no {key!r}")
                require(sent["caption"], str, f"{where}: caption", "the caption (a string)")
            self._files[name] = data
        return self._files[name]

    def load(self, split: str):
        self.check_split(split)
        self.check_data(split)
        file, folder, official = SOURCES[split]
        data = self._file(file)
        captions: dict[str, list] = {}
        for s in data["sentences"]:
            captions.setdefault(s["video_id"], []).append((s["sen_id"], s["caption"]))
        root = self.require_root()
        media = []
        for v in data["videos"]:
            if v.get("split") != official:
                continue
            vid = v["video_id"]
            if vid not in captions:
                raise DataError(f"{file}: video {vid} has no sentences")
            media.append((vid, f"msrvtt/{vid}", os.path.join(root, folder, f"{vid}.mp4"), captions[vid]))
        return self.caption_examples(media, per_caption=split == "train")
