"""The task interface: what a task declares and what the engine asks of it.

A task is one file in ``tasks/`` that subclasses :class:`Task` and registers itself with
``@register_task("name")``. It names its modality, splits, prompt template, metric and the official
file layout it reads; it turns that layout into :class:`Example` records and scores predictions.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar


@dataclass(frozen=True)
class Example:
    """One supervised example.

    uid: unique within the task (e.g. the question id); keys predictions.
    media_id: identifies the image/clip (several questions share one image).
    media_path: file the encoder reads (None for text-only tasks).
    prompt: the text given to the LM before the target (already formatted by the task).
    target: the text the LM is trained to produce.
    references: the ground-truth answers used for scoring (ten human answers for VQAv2).
    meta: task-specific fields, e.g. ``answer_type`` used for stratified subsampling.
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

    def __init__(self, data_dir: str | Path | None = None, val_images: float = 0.1) -> None:
        self.data_dir = Path(data_dir) if data_dir is not None else None
        self.val_images = val_images

    @abstractmethod
    def check_data(self) -> None:
        """Raise :class:`~benchmark.errors.DataError` naming every expected file that is missing."""

    @abstractmethod
    def load(self, split: str) -> list[Example]:
        """All examples of ``split`` in a deterministic order."""

    @abstractmethod
    def score(self, predictions: dict[str, str], examples: list[Example]) -> dict[str, float]:
        """Metrics (in percent where the official code reports percent) for ``predictions``
        (uid -> generated text) over ``examples``; includes the key ``self.metric``."""

    def stratify_key(self, example: Example) -> str:
        """Key for stratified subsampling (answer type for VQA tasks)."""
        return str(example.meta.get("answer_type", ""))

    def describe(self) -> str:
        return (self.__doc__ or "").strip().splitlines()[0] if self.__doc__ else self.name
