"""Tokenisation of examples into training and generation batches.

Training text is the prompt (the method's ``prompt_text`` of the example: the task's ``prompt``, or
for the text oracle its media's description before it) then ``" " + target`` then EOS, right-padded; the batch's ``labels`` are
the target tokens. With ``train.loss_tokens=all`` the loss covers every text token instead
(:func:`loss_labels`). Generation prompts are left-padded (the model wrapper keeps its slot and prefix before the
padding). A BOS token is prepended when the tokenizer adds one by default (OPT, Llama, Gemma).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import torch

from benchmark.backbones.lm import adds_bos
from tasks.base import Example


def left_pad(rows: Sequence[Sequence[int]], pad_id: int, device=None) -> tuple[torch.Tensor, torch.Tensor]:
    """Token-id rows as a left-padded (B, T) id tensor and its attention mask (1 = token)."""
    length = max(len(r) for r in rows)
    ids = torch.full((len(rows), length), pad_id, dtype=torch.long, device=device)
    mask = torch.zeros((len(rows), length), dtype=torch.long, device=device)
    for i, r in enumerate(rows):
        if r:
            ids[i, length - len(r) :] = torch.tensor(r, device=device)
            mask[i, length - len(r) :] = 1
    return ids, mask


def loss_labels(
    input_ids: torch.Tensor, attention_mask: torch.Tensor, labels: torch.Tensor, loss_tokens: str = "answer"
) -> torch.Tensor:
    """The labels the LM loss is computed on, for right-padded training text.

    ``answer``: ``labels`` as they are (the target tokens). ``all``: every text token except each
    row's first, padding never: the first token has no text before it (with a BOS it is the BOS,
    which, as in eP-ALM's official loss, is never a target: its HF-style shift drops it)."""
    if loss_tokens == "answer":
        return labels
    if loss_tokens != "all":
        raise ValueError(f"loss_tokens must be 'answer' or 'all', got {loss_tokens!r}")
    out = input_ids.masked_fill(attention_mask == 0, -100)
    out[:, 0] = -100
    return out


class TextCodec:
    """Turns examples into id tensors, caching the tokenisation of each example."""

    def __init__(
        self,
        tokenizer,
        max_prompt_tokens: int = 96,
        max_target_tokens: int = 32,
        prompt_of: Callable[[Example], str] | None = None,
    ) -> None:
        self.tok = tokenizer
        # the prompt text of an example (the method's ``prompt_text``); None: ``example.prompt``
        self.prompt_of = prompt_of
        self.max_prompt_tokens = max_prompt_tokens
        self.max_target_tokens = max_target_tokens
        self.pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
        self.eos_id = tokenizer.eos_token_id
        self.bos: list[int] = [tokenizer.bos_token_id] if adds_bos(tokenizer) else []
        self._cache: dict[str, tuple[list[int], list[int]]] = {}

    def encode(self, examples: Sequence[Example]) -> None:
        """Tokenise (and cache) every example not seen yet, in one batched tokenizer call."""
        todo = [ex for ex in examples if ex.uid not in self._cache]
        if not todo:
            return
        prompt_of = self.prompt_of or (lambda ex: ex.prompt)
        prompts = self.tok([prompt_of(ex) for ex in todo], add_special_tokens=False).input_ids
        targets = self.tok([" " + ex.target for ex in todo], add_special_tokens=False).input_ids
        for ex, p, t in zip(todo, prompts, targets):
            p = self.bos + p[-(self.max_prompt_tokens - len(self.bos)) :]
            t = t[: self.max_target_tokens - 1] + [self.eos_id]
            self._cache[ex.uid] = (p, t)

    def ids(self, example: Example) -> tuple[list[int], list[int]]:
        if example.uid not in self._cache:
            self.encode([example])
        return self._cache[example.uid]

    def train_batch(self, examples: Sequence[Example]) -> dict[str, torch.Tensor]:
        rows = [self.ids(ex) for ex in examples]
        length = max(len(p) + len(t) for p, t in rows)
        ids = torch.full((len(rows), length), self.pad_id, dtype=torch.long)
        labels = torch.full((len(rows), length), -100, dtype=torch.long)
        mask = torch.zeros((len(rows), length), dtype=torch.long)
        for i, (p, t) in enumerate(rows):
            n = len(p) + len(t)
            ids[i, :n] = torch.tensor(p + t)
            labels[i, len(p) : n] = torch.tensor(t)
            mask[i, :n] = 1
        return {"input_ids": ids, "attention_mask": mask, "labels": labels}

    def prompt_batch(self, examples: Sequence[Example]) -> tuple[torch.Tensor, torch.Tensor]:
        return left_pad([self.ids(ex)[0] for ex in examples], self.pad_id)

    def decode(self, ids: list[int]) -> str:
        """The generated answer: decoded text up to the first line break, stripped (a model that
        runs on past its answer, e.g. into a new "Question:", keeps only the answer)."""
        text = self.tok.decode(ids, skip_special_tokens=True).strip()
        return text.split("\n", 1)[0].strip()
