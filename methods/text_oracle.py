"""The text-oracle control: the same frozen LM and the same trainable soft prompt as the blind
control (:mod:`methods.blind`), with the media replaced by its ground-truth description as text,
``"Description: a red circle. "`` before the task's prompt. It measures what the frozen LM does with
perfect perception: the upper bound to the blind control's lower bound, so a method's score sits
between two numbers (reports give its ``position`` between them).

It runs only on tasks that declare ``describes_media`` (their examples carry
``meta["description"]``: easy-VQA, easy-vqa-caption, moving-shapes) and refuses any other task when
the run is planned, before anything loads. Like the blind control it reads no encoder features."""

from __future__ import annotations

from dataclasses import dataclass

from benchmark.errors import ConfigError
from benchmark.registry import register_method
from methods.blind import Blind, BlindConfig

PROMPT = "Description: {description}. {prompt}"


@dataclass
class TextOracleConfig(BlindConfig):
    """Options of the text oracle: those of the blind control (its soft prompt)."""


@register_method("text-oracle")
class TextOracle(Blind):
    """Perfect perception as text: the media's ground-truth description before the prompt, and the
    blind control's soft prompt."""

    config_cls = TextOracleConfig
    control = "upper"

    @classmethod
    def check_task(cls, task_cls: type) -> None:
        if not getattr(task_cls, "describes_media", False):
            raise ConfigError(
                f"method {cls.name!r} needs a task that describes its media as text; task {task_cls.name!r} does not"
            )

    def prompt_text(self, example) -> str:
        description = example.meta.get("description")
        if not description:
            raise ConfigError(f"method {self.name!r}: example {example.uid!r} has no media description")
        return PROMPT.format(description=description, prompt=example.prompt)
