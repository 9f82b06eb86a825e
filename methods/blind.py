"""The blind control: the same frozen LM and the same trainable soft prompt as eP-ALM, with no
perceptual input at all. Its score is the language prior a multimodal method must beat (MAPL's
"blind" baseline; eP-ALM's prompt without the [CLS] connectors)."""

from __future__ import annotations

from dataclasses import dataclass

from benchmark.backbones.specs import EncoderSpec, LMSpec
from benchmark.registry import register_method
from benchmark.search_space import Int
from methods.base import Conditioning, Method
from methods.modules import SoftPrompt


@dataclass
class BlindConfig:
    """Options of the blind control."""

    prompt_length: int = 10
    prompt_mlp: bool = True


@register_method("blind")
class Blind(Method):
    """No perception: a soft prompt only."""

    search_space = {**Method.search_space, "method_options.prompt_length": Int(5, 20, step=5)}
    config_cls = BlindConfig
    needs_encoder = False
    control = "lower"

    def __init__(self, config: BlindConfig, lm: LMSpec, encoder: EncoderSpec | None = None) -> None:
        super().__init__(config, lm, encoder)
        self.prompt = (
            SoftPrompt(config.prompt_length, lm.embed_dim, config.prompt_mlp) if config.prompt_length else None
        )

    def prefix_length(self) -> int:
        return self.config.prompt_length

    def soft_prompt_positions(self) -> list[int]:
        return list(range(self.config.prompt_length or 0))

    def forward(self, features, batch_size: int) -> Conditioning:
        return Conditioning(prefix=self.prompt(batch_size) if self.prompt is not None else None)
