"""Building blocks shared by several methods (soft prompts, ...)."""

from __future__ import annotations

import torch
from torch import nn


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
