"""The ``audiocaps`` task: AudioCaps audio captioning (Kim et al. 2019), read from the official CSVs.

``train.csv``, ``val.csv``, ``test.csv`` (github.com/cdjkim/audiocaps, ``dataset/``), header
``audiocap_id,youtube_id,start_time,caption``: one caption per row; val and test have five rows per
clip. AudioCaps distributes no audio: each row names a 10-second YouTube segment starting at
``start_time``. The suite expects the segments cut and saved as ``audio/<split>/<youtube_id>.wav``
(``.flac`` also read; any sample rate and channel count, resampled to 16 kHz mono). Clips that are no
longer on YouTube are the norm: ``bench data check`` counts them, and ``--set
data.missing_media=skip`` trains and scores without them (the run records how many were left out).
Splits: ``train`` (one example per caption), ``val``, ``test`` (scored at the end; one example per
clip with its five references). Results: ``[{"youtube_id": str, "caption": str}]``.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path

from benchmark.errors import DataError
from benchmark.registry import register_task
from tasks.base import file_name
from tasks.captioning import CaptionTask

COLUMNS = ("audiocap_id", "youtube_id", "start_time", "caption")
EXTENSIONS = (".wav", ".flac")


@register_task("audiocaps")
class AudioCaps(CaptionTask):
    """AudioCaps: describe the sound of a 10-second clip (pycocoevalcap BLEU/METEOR/ROUGE-L/CIDEr)."""

    modality = "audio"
    splits = ("train", "val", "test")
    prompt_template = "A sound of"
    result_id_field = "youtube_id"
    layout = """\
train.csv                          audiocap_id,youtube_id,start_time,caption
val.csv
test.csv
audio/train/<youtube_id>.wav       the 10 s segment from start_time (.wav or .flac)
audio/val/<youtube_id>.wav
audio/test/<youtube_id>.wav"""
    get_data = (
        "CSVs: https://github.com/cdjkim/audiocaps (dataset/). Audio: cut each YouTube segment "
        "[start_time, start_time + 10 s] yourself (e.g. with yt-dlp and ffmpeg)."
    )

    def required_files(self, split: str | None = None) -> list[Path]:
        root = self.require_root()
        out = []
        for s in self.splits if split is None else [split]:
            out += [root / f"{s}.csv", root / "audio" / s]
        return out

    def media_paths(self, split: str | None = None) -> list[Path]:
        root = self.require_root()
        return [root / "audio" / s for s in (self.splits if split is None else [split])]

    def _rows(self, split: str) -> list[dict]:
        path = self.require_root() / f"{split}.csv"
        try:
            with open(path, newline="", encoding="utf-8") as fh:
                reader = csv.DictReader(fh)
                if tuple(reader.fieldnames or ()) != COLUMNS:
                    raise DataError(f"{path} has columns {reader.fieldnames}; expected {','.join(COLUMNS)}")
                return list(reader)
        except OSError as exc:
            raise DataError(f"cannot read {path} ({exc})") from None
        except (UnicodeDecodeError, csv.Error) as exc:
            raise DataError(f"{path} is not a UTF-8 CSV file ({exc}); expected {','.join(COLUMNS)} rows") from None

    def _audio_path(self, split: str, youtube_id: str) -> str:
        base = os.path.join(self.require_root(), "audio", split, youtube_id)
        for ext in EXTENSIONS:
            if os.path.exists(base + ext):
                return base + ext
        return base + EXTENSIONS[0]

    def load(self, split: str):
        self.check_split(split)
        self.check_data(split)
        clips: dict[str, list] = {}
        for n, row in enumerate(self._rows(split), 2):  # line 1 is the header
            youtube_id = file_name(row["youtube_id"], f"{self.require_root() / f'{split}.csv'}:{n}: youtube_id")
            if row["caption"] is None:
                raise DataError(f"{self.require_root() / f'{split}.csv'}:{n}: the row has fewer than four columns")
            clips.setdefault(youtube_id, []).append((row["audiocap_id"], row["caption"]))
        media = [(yid, f"audiocaps/{split}/{yid}", self._audio_path(split, yid), caps) for yid, caps in clips.items()]
        return self.caption_examples(media, per_caption=split == "train")
