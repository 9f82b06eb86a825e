"""The method interface.

A method is one file in ``methods/``: a config dataclass, a :class:`Method` subclass registered with
``@register_method("name")`` (which sets its ``name``), and a docstring naming its source and any
deviation. Registering it also puts it through the shared contract tests
(``tests/test_method_contract.py``). A method

* declares the encoder features it consumes (:meth:`Method.feature_request`), and whether it
  trains the encoder itself instead of reading cached features (:meth:`Method.trains_encoder`,
  opt-in: Frozen's ``train_encoder``),
* builds its trainable modules from the LM's and the encoder's widths (:class:`LMSpec`,
  :class:`EncoderSpec`) so it can be built on the meta device for ``bench params``,
* says how it conditions the frozen LM by returning a :class:`Conditioning` for a batch (from the
  encoder features; a method that sets ``reads_prompt`` also gets the batch's prompt tokens,
  :class:`PromptTokens`),
* optionally adds modules inside the frozen LM (:meth:`Method.attach`: adapters, LoRA), extra
  training losses (:meth:`Method.extra_losses`: FROMAGe's retrieval), a step after every optimizer
  step (:meth:`Method.after_optimizer_step`: FROMAGe's [RET] rescale) and extra evaluation metrics
  (:meth:`Method.extra_metrics`: retrieval recall),
* declares its paper's training recipe, with the source of each value (``paper_recipe``, a
  :class:`~benchmark.engine.recipe.Recipe`; None when nothing is published: ``--recipe paper`` then
  uses the shared recipe, marked as such).

The shared wrapper (:mod:`benchmark.engine.model`) does the plumbing: placing prefix embeddings, writing
tokens into chosen layers through hooks, attention masks, the KV cache and generation.

Modules a method adds inside the LM must also be registered as submodules of the method, so that
they are its trainable parameters and land in its checkpoints (and nothing of the frozen LM does).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

import torch
from torch import nn

from benchmark.backbones.specs import EncoderSpec, FeatureRequest, LMSpec
from benchmark.engine.recipe import Recipe
from benchmark.errors import ConfigError
from benchmark.search_space import Dimension, Float


@dataclass
class Conditioning:
    """How a method conditions the LM for one batch.

    prefix: (B, P, d) embeddings placed before the text, in the LM's *unscaled* input-embedding
        space (the wrapper applies the LM's embedding scale, e.g. Gemma's sqrt(D)).
    layer_writes: LM layer index -> (B, D) vector written into the reserved visual slot (position 0)
        just before that layer runs. The slot is hidden from every other token in the layers
        before the first write, so text never attends to it before the injection.
    """

    prefix: torch.Tensor | None = None
    layer_writes: dict[int, torch.Tensor] = field(default_factory=dict)
    blocked: list[tuple[int, int, int, int]] = field(default_factory=list)
    """Attention blocked in every layer, in prefix coordinates: ``(q0, q1, k0, k1)`` means prefix
    positions ``q0..q1-1`` do not attend to prefix positions ``k0..k1-1`` (PromptFuse's
    BlindPrompt). The method must set ``edits_attention = True`` to use it."""


@dataclass
class PromptTokens:
    """The LM prompt's tokens of a batch, as a method with ``reads_prompt = True`` receives them.

    ids: (B, T) token ids, left-aligned as generation prompts are: each row's prompt tokens last,
        the LM's pad id before them; T is the batch's longest prompt.
    mask: (B, T) 1 on prompt tokens, 0 on padding.

    The prompt is the text the LM reads before the target (:meth:`Method.prompt_text`, tokenised
    with the LM's BOS when its tokenizer adds one), never a target token: the same example gives the
    same row in training and in generation.
    """

    ids: torch.Tensor
    mask: torch.Tensor


class Method(nn.Module):
    """Base class: the trainable part of a run."""

    name: ClassVar[str] = ""  # set by @register_method (or the entry point): the registered name
    config_cls: ClassVar[type] = object
    needs_encoder: ClassVar[bool] = True
    edits_attention: ClassVar[bool] = False  # True: Conditioning.blocked may be non-empty
    # what `bench tune` may vary (dotted --set keys); methods extend it with their connector options
    search_space: ClassVar[dict[str, Dimension]] = {"train.lr": Float(1e-4, 1e-2, log=True)}
    # the paper's training recipe with a source per value (``--recipe paper``); None: none published
    paper_recipe: ClassVar[Recipe | None] = None
    # a control that bounds every result, as reports show it: "lower" (no perception: the language
    # prior, ``blind``), "upper" (perfect perception: the media's ground-truth description as text,
    # ``text-oracle``), None for a method under comparison
    control: ClassVar[str | None] = None
    # True: ``forward`` also takes ``prompt=`` (:class:`PromptTokens`), the batch's prompt tokens
    # (InstructBLIP's instruction-aware Q-Former); False: it never sees the text
    reads_prompt: ClassVar[bool] = False

    def __init__(self, config: Any, lm: LMSpec, encoder: EncoderSpec | None) -> None:
        super().__init__()
        if self.needs_encoder and encoder is None:
            raise ConfigError(f"method {self.name!r} needs an encoder")
        self.config = config
        self.lm_spec = lm
        self.encoder_spec = encoder

    @classmethod
    def check_task(cls, task_cls: type) -> None:
        """Raise :class:`ConfigError` when this method cannot run on tasks of ``task_cls``; called when
        a run is planned, before any data or weights load. Default: every task."""

    def prompt_text(self, example: Any) -> str:
        """The text the LM reads before the target for ``example`` (a :class:`~tasks.base.Example`);
        the text codec tokenises this. Default: the task's prompt."""
        return example.prompt

    @classmethod
    def feature_request(cls, config: Any) -> FeatureRequest:
        """The encoder features this method consumes (none by default)."""
        return FeatureRequest()

    @classmethod
    def trains_encoder(cls, config: Any) -> bool:
        """Whether this configuration trains the (image) encoder itself, as Frozen's
        ``train_encoder`` does. The engine then caches no features: it hands the method the encoder
        (:meth:`attach_encoder`) and runs it on the batch's pixels inside every forward, with
        gradients in training. Default: False (the encoder is frozen and its features cached)."""
        return False

    def attach_encoder(self, encoder: nn.Module) -> None:
        """Hold the encoder as the submodule ``self.encoder`` when :meth:`trains_encoder` is True:
        its parameters are then the method's (trained, counted, and saved in every checkpoint and
        ``trainable.safetensors``). The engine prepares it first
        (:func:`benchmark.engine.context.trainable_encoder`); called on the meta device too, by
        ``bench params``."""
        if not self.trains_encoder(self.config):
            raise ConfigError(f"method {self.name!r} does not train its encoder; it reads frozen features")
        self.encoder = encoder

    def injection_layers(self) -> list[int]:
        """LM layers this method writes into (empty: no reserved slot)."""
        return []

    def forward(self, features: dict[str, torch.Tensor] | None, batch_size: int) -> Conditioning:
        """The conditioning of a batch of ``batch_size`` examples from their encoder ``features``. A
        method with ``reads_prompt = True`` defines ``forward(features, batch_size, prompt=None)``
        and receives the batch's :class:`PromptTokens` as ``prompt`` from the wrapper."""
        raise NotImplementedError

    def prefix_length(self) -> int:
        """Number of positions the method adds to the LM's sequence (prefix plus slot)."""
        return 0

    def soft_prompt_positions(self) -> list[int]:
        """Positions of ``Conditioning.prefix`` (0 = its first vector) that hold learned soft-prompt
        vectors, not perceptual tokens (eP-ALM's and the blind control's prompt, DePALM's and
        PromptFuse's prompt tokens). The implicit-alignment analysis (``bench report ima``) leaves
        them out of both the perceptual and the text side. Default: none."""
        return []

    # -- optional extension points ---------------------------------------------------------------
    def attach(self, lm: nn.Module) -> None:
        """Add trainable modules inside the (already frozen) LM, e.g. adapters or LoRA. Called by
        the wrapper, also on the meta device by ``bench params``, and again after :meth:`detach`
        (reference timings): initialise values only the first time, so trained values survive.
        Default: nothing."""

    def detach(self, lm: nn.Module) -> None:
        """Undo :meth:`attach`, leaving the LM exactly as it was. Default: nothing."""

    def extra_losses(self, model, features, input_ids, attention_mask, labels) -> dict[str, torch.Tensor]:
        """Weighted losses added to the next-token loss in training (name -> scalar). ``model`` is
        the :class:`~benchmark.engine.model.MultimodalLM`; the batch is the right-padded training text.
        Default: none."""
        return {}

    def after_optimizer_step(self, model) -> None:
        """Called by the trainer after every optimizer step (``model`` is the
        :class:`~benchmark.engine.model.MultimodalLM`), e.g. to renormalise a parameter. Default:
        nothing."""

    def extra_metrics(self, model, examples, features, codec, device) -> dict[str, float]:
        """Metrics beyond the task's own, computed on the test examples after training (FROMAGe's
        retrieval recall). Default: none."""
        return {}


def late_layers(num_layers: int, count: int, end_offset: int = 2) -> list[int]:
    """The ``count`` consecutive layers ending at ``num_layers - end_offset`` (eP-ALM: 12 layers
    ending at L-2, i.e. 19..30 for 32 layers, 11..22 for 24)."""
    last = num_layers - end_offset
    first = last - count + 1
    if first < 0 or count < 1:
        raise ConfigError(f"cannot choose {count} injection layers ending at layer {last} of a {num_layers}-layer LM")
    return list(range(first, last + 1))
