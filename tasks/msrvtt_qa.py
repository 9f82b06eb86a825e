"""The ``msrvtt-qa`` task: MSRVTT-QA (Xu et al. 2017), open-ended questions about MSR-VTT clips.

Questions: ``{train,val,test}_qa.json`` (158,581 / 12,278 / 72,821 questions; format in
:mod:`tasks.video_qa`); ``video_id`` N is MSR-VTT's ``video<N>``. Videos: all 10,000 MSR-VTT clips in
one folder, ``videos/video<N>.mp4`` (symlink the MSR-VTT release's TrainValVideo and TestVideo files
there). Metric: normalised exact match, overall and per question word.
"""

from __future__ import annotations

import os

from benchmark.registry import register_task
from tasks.video_qa import VideoQATask


@register_task("msrvtt-qa")
class MSRVTTQA(VideoQATask):
    """MSRVTT-QA: what/who/how/when/where questions about MSR-VTT clips (normalised exact match)."""

    layout = """\
train_qa.json                     [{"answer", "id", "question", "video_id", "category_id"}]
val_qa.json
test_qa.json
videos/video<N>.mp4               all 10,000 MSR-VTT clips"""
    get_data = (
        "Questions: https://github.com/xudejing/video-question-answering (MSRVTT-QA). Videos: the "
        "MSR-VTT release (see msrvtt-caption), all clips in videos/."
    )

    def media_files(self):
        return [self.require_root() / "videos"]

    def media_paths(self, split=None):
        return [self.require_root() / "videos"]

    def video_path(self, video_id: int):
        return f"msrvtt/video{video_id}", os.path.join(self.require_root(), "videos", f"video{video_id}.mp4")
