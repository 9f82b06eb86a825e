"""The task interface: what a task declares and what the engine asks of it.

A task is one file in ``tasks/`` that subclasses :class:`Task` and registers itself with
``@register_task("name")``. It names its modality, splits, prompt template, metric and the official
file layout it reads (``layout``, ``get_data``); it turns that layout into :class:`Example` records,
scores predictions, and converts predictions to and from the official results format (the file a
benchmark server or the official evaluation code reads).

Where the data lives: ``--data-dir`` (``data.data_dir``), else the environment variable
:attr:`Task.env_var` (``BENCH_DATA_<NAME>``, e.g. ``BENCH_DATA_VQAV2``), else the task's own default
(:meth:`Task.default_root`, e.g. an installed package).
"""

from __future__ import annotations

import json
import os
import re
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from benchmark.errors import ConfigError, DataError


def describe_value(value: Any) -> str:
    """How a malformed value reads in an error message: ``a list``, ``an int (3)``, ``null``."""
    if value is None:
        return "null"
    kind = {bool: "a boolean", int: "an int", float: "a number", str: "a string", list: "a list", dict: "an object"}
    name = kind.get(type(value), f"a {type(value).__name__}")
    shown = json.dumps(value, default=str)[:60] if isinstance(value, (bool, int, float, str)) else ""
    return f"{name} ({shown})" if shown else name


def require(value: Any, kind: type | tuple[type, ...], where: str, expected: str) -> Any:
    """``value`` when it is a ``kind`` (a boolean is never an int); else :class:`DataError`
    ``"<where> is <what it is>; expected <expected>"``."""
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if isinstance(value, kinds) and (bool in kinds or not isinstance(value, bool)):
        return value
    raise DataError(f"{where} is {describe_value(value)}; expected {expected}")


def file_name(value: Any, where: str) -> str:
    """``value`` (a string or an integer id) as one file or folder name under the data folder: not
    empty, ``.`` or ``..``, absolute, nor holding ``/``, ``\\`` or NUL, so a path built from it never
    leaves the folder; anything else raises :class:`DataError`."""
    name = require(value, (str, int), where, "a file name")
    name = str(name)
    if not name or name in (".", "..") or "/" in name or "\\" in name or "\0" in name or os.path.isabs(name):
        raise DataError(f"{where} is {name!r}; expected a plain file name (no '/', '..' or absolute path)")
    return name


@dataclass(frozen=True)
class Example:
    """One supervised example.

    uid: unique within the task (e.g. the question id); keys predictions.
    media_id: identifies the image/clip (several questions share one image).
    media_path: file the encoder reads (None for text-only tasks).
    prompt: the text given to the LM before the target (already formatted by the task).
    target: the text the LM is trained to produce.
    references: the ground-truth answers used for scoring (ten human answers for VQAv2); empty for
        splits whose answers are not public (VQAv2 test-dev): those are only written as results.
    meta: task-specific fields, e.g. ``answer_type`` used for stratified subsampling,
        ``result_id``: the id under which the official results format names this example, and
        ``description``: the ground-truth description of the media as text, in tasks that declare
        :attr:`Task.describes_media` (the text-oracle control reads it instead of the media).
    """

    uid: str
    media_id: str
    media_path: str | None
    prompt: str
    target: str
    references: tuple[str, ...]
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


class Task(ABC):
    """Base class of every task."""

    name: ClassVar[str] = ""
    modality: ClassVar[str] = "image"  # "image", "video", "audio" or "text"
    metric: ClassVar[str] = ""  # the headline metric key in ``score`` output
    splits: ClassVar[tuple[str, ...]] = ("train", "val", "test")
    train_split: ClassVar[str] = "train"
    val_split: ClassVar[str] = "val"
    test_split: ClassVar[str] = "test"
    prompt_template: ClassVar[str] = "Question: {question} Answer:"
    max_new_tokens: ClassVar[int] = 5  # generation length when eval.max_new_tokens is not set
    # the expected files under the data folder, as shown by README and `bench data check`
    layout: ClassVar[str] = ""
    # where to get the files (URLs, pip packages), printed with every missing-data error
    get_data: ClassVar[str] = ""
    # the official results format: a JSON list of {result_id_field: id, result_text_field: text}
    result_id_field: ClassVar[str] = "question_id"
    result_text_field: ClassVar[str] = "answer"
    # named evaluation-time variants (e.g. image corruptions); ``data.variant`` picks one
    variants: ClassVar[tuple[str, ...]] = ()
    # True for data the suite generates on first use (nothing to fetch; `bench data check` never generates)
    generated: ClassVar[bool] = False
    # the augmentations (benchmark/engine/augment.py) that keep this task's labels true; a run with
    # data.augment_views > 0 may only ask for these
    label_preserving_augmentations: ClassVar[tuple[str, ...]] = ()
    # True: every loaded example's ``meta["description"]`` describes its media as text (the upper-bound
    # control, ``text-oracle``, reads it instead of the media); False: no descriptions
    describes_media: ClassVar[bool] = False
    # False: only the ground truth is read (``bench score``), so missing media folders are not an error
    needs_media: bool = True

    def __init__(self, data_dir: str | Path | None = None, val_images: float = 0.1, variant: str | None = None) -> None:
        if data_dir is None and os.environ.get(self.env_var()):
            data_dir = os.environ[self.env_var()]
        self.data_dir = Path(data_dir) if data_dir is not None else None
        self.val_images = val_images
        if variant is not None and not self.accepts_variant(variant):
            known = ", ".join(self.variants) or "none"
            raise ConfigError(f"task {self.name!r} has no variant {variant!r}; its variants: {known}")
        self.variant = variant

    # -- where the data is -------------------------------------------------------------------
    @classmethod
    def env_var(cls) -> str:
        """``BENCH_DATA_<NAME>``: the data folder when ``--data-dir`` is not given."""
        return "BENCH_DATA_" + re.sub(r"[^A-Za-z0-9]+", "_", cls.name).upper().strip("_")

    def default_root(self) -> Path | None:
        """The data folder when neither ``--data-dir`` nor :meth:`env_var` is set (None: required)."""
        return None

    @property
    def root(self) -> Path | None:
        return self.data_dir.resolve() if self.data_dir is not None else self.default_root()

    def require_root(self) -> Path:
        root = self.root
        if root is None:
            raise DataError(
                f"task {self.name!r} needs its data folder: pass --data-dir DIR or set "
                f"${self.env_var()}. Expected layout:\n{self.layout.strip()}\n{self.get_data}".rstrip()
            )
        return root

    def required_files(self, split: str | None = None) -> list[Path]:
        """The annotation files and media folders that ``split`` needs (every split's when None),
        as absolute paths under :attr:`root`. Media files themselves are counted by
        :meth:`data_report`, not listed here."""
        return []

    def media_paths(self, split: str | None = None) -> list[Path]:
        """The media folders among :meth:`required_files` (images, clips): what training and
        evaluation read, but scoring a predictions file against the ground truth does not."""
        return []

    def annotation_files(self, split: str | None = None) -> list[Path]:
        """:meth:`required_files` without the media folders: all that scoring needs."""
        media = set(self.media_paths(split))
        return [p for p in self.required_files(split) if p not in media]

    def missing_files(self, split: str | None = None) -> list[Path]:
        """Expected files of ``split`` that are absent (annotation files only when
        :attr:`needs_media` is False)."""
        expected = self.required_files(split) if self.needs_media else self.annotation_files(split)
        return [p for p in expected if not p.exists()]

    def check_data(self, split: str | Sequence[str] | None = None) -> None:
        """Raise :class:`~benchmark.errors.DataError` naming every expected file that is missing
        for ``split`` (a split, several splits, or every split when None)."""
        self.require_root()
        splits = [split] if split is None or isinstance(split, str) else list(split)
        missing = list(dict.fromkeys(p for s in splits for p in self.missing_files(s)))
        if missing:
            listed = "\n".join(f"  {p}" for p in missing)
            raise DataError(
                f"{self.name}: {len(missing)} expected file(s) missing under {self.root}:\n"
                f"{listed}\nExpected layout:\n{self.layout.strip()}\n{self.get_data}".rstrip()
            )

    def splits_present(self) -> list[str]:
        """The splits whose files are all present."""
        return [s for s in self.splits if not self.missing_files(s)]

    # -- examples and scores -------------------------------------------------------------------
    @abstractmethod
    def load(self, split: str) -> list[Example]:
        """All examples of ``split`` in a deterministic order."""

    @abstractmethod
    def score(self, predictions: dict[str, str], examples: list[Example]) -> dict[str, float]:
        """Metrics (in percent where the official code reports percent) for ``predictions``
        (uid -> generated text) over ``examples``; includes the key ``self.metric``."""

    def has_references(self, split: str) -> bool:
        """Whether ``split`` has public ground truth (False: predictions are only written as results)."""
        return True

    def check_split(self, split: str) -> None:
        if split not in self.splits:
            raise DataError(f"{self.name} has no split {split!r}; valid splits: {', '.join(self.splits)}")

    def stratify_key(self, example: Example) -> str:
        """Key for stratified subsampling (answer type for VQA tasks)."""
        return str(example.meta.get("answer_type", ""))

    @classmethod
    def accepts_variant(cls, variant: str) -> bool:
        return variant in cls.variants

    def describe(self) -> str:
        return (self.__doc__ or "").strip().splitlines()[0] if self.__doc__ else self.name

    # -- the official results format -----------------------------------------------------------
    def result_id(self, example: Example) -> Any:
        """The id of ``example`` in the official results format (``meta["result_id"]``, else uid)."""
        return example.meta.get("result_id", example.uid)

    def results_records(self, predictions: dict[str, str], examples: list[Example]) -> list[dict[str, Any]]:
        """The official results file's entries for ``examples`` (one per result id, split order)."""
        out, seen = [], set()
        for ex in examples:
            rid = self.result_id(ex)
            if rid in seen or ex.uid not in predictions:
                continue
            seen.add(rid)
            out.append({self.result_id_field: rid, self.result_text_field: predictions[ex.uid]})
        return out

    def predictions_from_results(
        self, records: Any, examples: list[Example], where: str = "predictions"
    ) -> dict[str, str]:
        """uid -> text from an official results list; raises :class:`DataError` on a malformed entry,
        a duplicated id or an id that is not in ``examples``. Ids are matched as strings, so a
        question id written as ``"42"`` matches ``42``."""
        idf, textf = self.result_id_field, self.result_text_field
        expected = f'a JSON list of {{"{idf}": ..., "{textf}": "..."}} objects'
        if not isinstance(records, list):
            raise DataError(f"{where}: expected {expected}, got {type(records).__name__}")
        uids_of: dict[str, list[str]] = {}
        for ex in examples:
            uids_of.setdefault(str(self.result_id(ex)), []).append(ex.uid)
        out: dict[str, str] = {}
        seen: set[str] = set()
        for i, rec in enumerate(records):
            if not isinstance(rec, dict) or idf not in rec or textf not in rec or not isinstance(rec[textf], str):
                raise DataError(f"{where}: entry {i} is {str(rec)[:120]!r}; expected {expected}")
            rid = str(rec[idf])
            if rid in seen:
                raise DataError(f"{where}: {idf} {rid} appears more than once")
            seen.add(rid)
            if rid not in uids_of:
                raise DataError(f"{where}: {idf} {rid} is not in the {self.name} split being scored")
            for uid in uids_of[rid]:
                out[uid] = rec[textf]
        return out
