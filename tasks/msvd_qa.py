"""The ``msvd-qa`` task: MSVD-QA (Xu et al. 2017), open-ended questions about MSVD (YouTube) clips.

Questions: ``{train,val,test}_qa.json`` (30,933 / 6,415 / 13,157; format in :mod:`tasks.video_qa`);
``video_id`` N is ``vid<N>`` in ``youtube_mapping.txt`` (lines ``<YouTube clip name> vid<N>``), and the
clip is ``YouTubeClips/<YouTube clip name>.avi`` of the MSVD release. Metric: normalised exact match.
"""

from __future__ import annotations

import os

from benchmark.errors import DataError
from benchmark.registry import register_task
from tasks.base import file_name
from tasks.video_qa import VideoQATask


@register_task("msvd-qa")
class MSVDQA(VideoQATask):
    """MSVD-QA: what/who/how/when/where questions about MSVD clips (normalised exact match)."""

    layout = """\
train_qa.json                     [{"answer", "id", "question", "video_id"}]
val_qa.json
test_qa.json
youtube_mapping.txt               <clip name> vid<N>, one a line
YouTubeClips/<clip name>.avi      the MSVD clips"""
    get_data = (
        "Questions and youtube_mapping.txt: https://github.com/xudejing/video-question-answering "
        "(MSVD-QA). Clips: YouTubeClips.tar from the MSVD corpus (Chen & Dolan 2011)."
    )

    def __init__(self, data_dir=None, val_images: float = 0.1, variant: str | None = None) -> None:
        super().__init__(data_dir, val_images, variant)
        self._names: dict[int, str] | None = None

    def media_files(self):
        root = self.require_root()
        return [root / "youtube_mapping.txt", root / "YouTubeClips"]

    def media_paths(self, split=None):
        return [self.require_root() / "YouTubeClips"]  # youtube_mapping.txt is read even when scoring

    def _mapping(self) -> dict[int, str]:
        if self._names is None:
            path = self.require_root() / "youtube_mapping.txt"
            names = {}
            for n, line in enumerate(path.read_text().splitlines(), 1):
                if not line.strip():
                    continue
                parts = line.split()
                if len(parts) != 2 or not parts[1].startswith("vid") or not parts[1][3:].isdigit():
                    raise DataError(f"{path}:{n}: expected '<clip name> vid<N>', got {line!r}")
                names[int(parts[1][3:])] = file_name(parts[0], f"{path}:{n}: clip name")
            self._names = names
        return self._names

    def video_path(self, video_id: int):
        mapping = self._mapping()
        if video_id not in mapping:
            raise DataError(f"video_id {video_id} (vid{video_id}) is not in youtube_mapping.txt")
        name = mapping[video_id]
        return f"msvd/{name}", os.path.join(self.require_root(), "YouTubeClips", f"{name}.avi")
