"""Building blocks shared by several methods: soft prompts and the choice of encoder tokens."""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import nn

from benchmark.backbones.specs import EncoderSpec, FeatureRequest
from benchmark.errors import ConfigError


class SoftPrompt(nn.Module):
    """``length`` learned prompt vectors of width ``dim``.

    With ``mlp=True`` they are re-parameterised as eP-ALM does (and P-tuning v2 before it):
    Embedding(length, dim) -> Linear(dim, dim) -> Tanh -> Linear(dim, dim). With ``mlp=False`` the
    vectors are a plain Embedding(length, dim) (eP-ALM's pt-L variant).
    """

    def __init__(self, length: int, dim: int, mlp: bool = True) -> None:
        super().__init__()
        self.length = length
        self.embedding = nn.Embedding(length, dim)
        self.mlp = nn.Sequential(nn.Linear(dim, dim), nn.Tanh(), nn.Linear(dim, dim)) if mlp else None
        self.register_buffer("positions", torch.arange(length), persistent=False)

    def forward(self, batch_size: int) -> torch.Tensor:
        prompt = self.embedding(self.positions)
        if self.mlp is not None:
            prompt = self.mlp(prompt)
        return prompt.unsqueeze(0).expand(batch_size, -1, -1)


FEATURES = ("grid", "pooled")


@dataclass(frozen=True)
class EncoderTokens:
    """Which encoder tokens a method reads as a sequence: the last layer's grid (optionally without
    its leading [CLS]-like tokens, ``EncoderSpec.grid_prefix_tokens``) or the pooled embedding as
    one token. Shared by the prefix methods (LiMBeR, PromptFuse, LoRA) so that they agree."""

    feature: str  # "grid" | "pooled"
    skip: int  # leading grid tokens dropped
    count: int  # tokens read
    width: int  # width of each token

    @classmethod
    def of(cls, encoder: EncoderSpec, feature: str, patch_tokens_only: bool, method: str) -> EncoderTokens:
        if feature not in FEATURES:
            raise ConfigError(f"{method}: feature must be one of {', '.join(FEATURES)}, got {feature!r}")
        if feature == "pooled":
            return cls("pooled", 0, 1, encoder.pooled_width)
        skip = int(encoder.grid_prefix_tokens) if patch_tokens_only else 0
        if encoder.grid_tokens - skip < 1:
            raise ConfigError(f"{method}: the encoder's grid has no tokens left after dropping {skip}")
        return cls("grid", skip, encoder.grid_tokens - skip, encoder.grid_width)

    @staticmethod
    def request(feature: str) -> FeatureRequest:
        return FeatureRequest(grid=feature == "grid", pooled=feature == "pooled")

    def select(self, features: dict[str, torch.Tensor]) -> torch.Tensor:
        """(B, count, width) tokens from a batch's feature dict."""
        if self.feature == "pooled":
            return features["pooled"].unsqueeze(1)
        return features["grid"][:, self.skip :]


def frozen_as_buffers(module: nn.Module) -> nn.Module:
    """``module`` with every parameter turned into a non-persistent buffer (its buffers made
    non-persistent too), in eval mode: frozen weights a method holds without making them its
    parameters (they are not trained, not counted and not saved in its checkpoint) that still move
    with it (``.to``); gradients still flow through them to their inputs."""
    for sub in module.modules():
        for name, param in list(sub._parameters.items()):
            if param is None:
                continue
            del sub._parameters[name]
            sub.register_buffer(name, param.detach(), persistent=False)
        sub._non_persistent_buffers_set.update(sub._buffers)
    return module.eval()
