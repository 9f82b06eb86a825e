"""A frozen LM block as a visual-token layer, after Pang, Wang, Lin and Wang (ICLR 2024): "Frozen
Transformers in Language Models Are Effective Visual Encoder Layers" (LM4VisualEncoding).

The paper appends ONE frozen LLaMA-7B block (its last, layer 31) to a ViT trained from scratch, between
two trained linear maps, with the block's rotary position embedding and causal mask removed: ``x =
blocks(x); x = Linear(Dv, 4096, bias=False)(x); x = LLaMA block(x); x = Linear(4096, Dv, bias=False)
(x); x = norm(x)`` (ziqipang/LM4VisualEncoding ``image_classification/models/vit_llama.py`` and
``pointcloud_classification/models/llama.py``: ``Attention.forward`` without rotary and without mask,
the block's own pre-attention and pre-FFN RMSNorms kept, the wrapper's final RMSNorm not loaded, so its
weight stays 1; mappers initialised trunc_normal(std 0.02), ``init_weights_vit_timm``).

Here the encoder is frozen and the block is taken from the suite's OWN frozen LM, so the idea becomes a
connector that costs no new frozen weights:

    grid (B, N, Dv) -> no-affine LayerNorm (``input_norm``) -> Linear(Dv, D, bias=False)
    -> a copy of the LM's decoder layer ``block_index`` (frozen), run bidirectionally without position
       encoding -> RMSNorm without weight (eps ``norm_eps``) -> Linear(D, d) -> N prefix tokens.

Trainable: the two linear maps, Dv*D + D*d + d: 1,069,632 on SmolLM2-135M + EfficientNet-Lite0
(1280*576 + 576*576 + 576). The block (3,540,096 frozen parameters for a SmolLM2-135M layer) is a copy
taken from the LM in :meth:`LMBlock.attach` (also on the meta device), held as non-persistent buffers:
not trained, not counted, not saved in a checkpoint (it is copied again from the LM when a run is
rebuilt), and in eval mode (no dropout) while the mappers train.

How the block runs:

* Bidirectional: an explicit all-zero additive attention mask (B, 1, N, N). transformers' SDPA path
  makes attention causal when the mask is None and more than one query is given (``is_causal =
  q_length > 1 and attention_mask is None and is_causal`` in ``integrations/sdpa_attention.py``), so
  None is never passed. Only the LM's ``sdpa`` and ``eager`` attention are accepted (others may not
  honour a 4-D mask).
* No position encoding: every token gets position 0, and rotary position embeddings are taken from the
  LM's own rotary module at position 0: cos 1, sin 0 (the identity) for the default RoPE; a scaled
  RoPE (e.g. YaRN) keeps only its constant attention scaling. OPT's learned positions live outside the
  layer and are not applied. Permuting the tokens permutes the outputs (tested).
* The LM's layer is copied, never called: the wrapper's hooks on the LM's layers are not involved, and
  the LM is left exactly as it was.

Choices (config fields; the paper's VQA setup and its random-block control are UNCONFIRMED: its
2D VQA code is not released):

* ``block_index`` (default -1, the last layer, as the paper's layer 31 of 32; negative counts from the
  end).
* ``input_norm`` (default True): CNN tokens are not normalised like a ViT's; the paper's ViT tokens
  enter the mapper without a norm.
* The output map is Linear(D, d) with a bias to the LM's input width d (the paper maps back to Dv
  without bias and feeds a classifier head); both maps are drawn trunc_normal(std 0.02), biases 0.
* ``norm_eps`` (1e-6, the paper's ``norm_eps``) for the weightless RMSNorm after the block.
* The control ``lm-block-reinit`` (also ``reinit=true``): the same copy re-initialised by the LM's own
  ``_init_weights`` (its family's initialisation: normal(0, initializer_range) matrices, norm weights
  reset), drawn on the CPU from ``reinit_seed`` so that every build holds the same block.
* ``paper_recipe`` is None: the paper trains a whole ViT from scratch on ImageNet (DeiT's recipe), not
  a connector between frozen models.
"""

from __future__ import annotations

import copy
import inspect
from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import nn

from benchmark.backbones.specs import EncoderSpec, FeatureRequest, LMSpec
from benchmark.errors import ConfigError
from benchmark.registry import register_method
from benchmark.search_space import Int
from methods.base import Conditioning, Method
from methods.modules import EncoderTokens, frozen_as_buffers

ATTENTION = ("sdpa", "eager")  # implementations that honour an explicit 4-D additive mask
_HOOK_DICTS = (
    "_forward_hooks",
    "_forward_hooks_with_kwargs",
    "_forward_hooks_always_called",
    "_forward_pre_hooks",
    "_forward_pre_hooks_with_kwargs",
    "_backward_hooks",
    "_backward_pre_hooks",
)


@dataclass
class LMBlockConfig:
    """Options of the LM-block connector (``--set method_options.<field>=...``)."""

    block_index: int = -1  # the LM layer copied; negative counts from the end (-1: the last)
    input_norm: bool = True  # no-affine LayerNorm on the encoder tokens before the first map
    patch_tokens_only: bool = False  # True: drop the grid's [CLS]-like tokens (the paper keeps them)
    norm_eps: float = 1e-6  # the weightless RMSNorm after the block
    reinit: bool = False  # the control: the copied block re-initialised
    reinit_seed: int = 0  # the re-initialisation's seed (reinit only)


def rotary_module(lm: nn.Module) -> nn.Module | None:
    """The LM's model-level rotary embedding (``model.rotary_emb`` in Llama/Gemma, ``transformer.
    rotary_emb`` in GPT-J), None when it has none (OPT)."""
    found = [m for m in lm.modules() if type(m).__name__.endswith("RotaryEmbedding")]
    return found[0] if found else None


def _trunc_normal_linear(layer: nn.Linear) -> nn.Linear:
    nn.init.trunc_normal_(layer.weight, std=0.02)
    if layer.bias is not None:
        nn.init.zeros_(layer.bias)
    return layer


@register_method("lm-block")
class LMBlock(Method):
    """A frozen decoder block of the LM, run bidirectionally without positions, between two trained
    linear maps from the encoder tokens to the prefix."""

    config_cls = LMBlockConfig
    search_space = {**Method.search_space, "method_options.block_index": Int(-4, -1)}

    def __init__(self, config: LMBlockConfig, lm: LMSpec, encoder: EncoderSpec | None) -> None:
        super().__init__(config, lm, encoder)
        assert encoder is not None
        if not -lm.num_layers <= int(config.block_index) < lm.num_layers:
            raise ConfigError(
                f"{self.name}: block_index {config.block_index} is outside the LM's {lm.num_layers} layers"
            )
        if not config.norm_eps > 0:
            raise ConfigError(f"{self.name}: norm_eps must be positive, got {config.norm_eps}")
        self.block_index = int(config.block_index) % lm.num_layers
        self.tokens = EncoderTokens.of(encoder, "grid", config.patch_tokens_only, self.name)
        self.proj_in = _trunc_normal_linear(nn.Linear(self.tokens.width, lm.hidden_size, bias=False))
        self.proj_out = _trunc_normal_linear(nn.Linear(lm.hidden_size, lm.embed_dim))
        self.block: nn.Module | None = None  # copied from the LM in attach()
        self.rotary: nn.Module | None = None
        self._rotary_kwargs: dict = {}
        self._takes_position_embeddings = False

    # -- the frozen block, copied from the LM ------------------------------------------------------
    def attach(self, lm: nn.Module) -> None:
        """Copy the LM's layer ``block_index`` (and its rotary module) the first time; later calls
        keep the copy (the LM is frozen, so it would be the same). The LM is not changed."""
        if self.block is not None:
            return
        from benchmark.backbones.lm import decoder_layers

        implementation = getattr(lm.config, "_attn_implementation", None) or "eager"
        if implementation not in ATTENTION:
            raise ConfigError(
                f"{self.name}: the LM's attention implementation {implementation!r} may ignore the explicit "
                f"bidirectional mask; load it with one of {', '.join(ATTENTION)}"
            )
        layers = decoder_layers(lm)
        block = copy.deepcopy(layers[self.block_index])
        for sub in block.modules():  # the wrapper's hooks on the LM's layer do not belong to the copy
            for name in _HOOK_DICTS:
                getattr(sub, name, {}).clear()
        device = next(block.parameters()).device
        if self.config.reinit and device.type != "meta":  # on the meta device there are no values to draw
            block.to("cpu")
            with torch.random.fork_rng(devices=[]):
                torch.manual_seed(int(self.config.reinit_seed))
                for sub in block.modules():
                    lm._init_weights(sub)
            block.to(device)
        params = inspect.signature(block.forward).parameters
        self._takes_position_embeddings = "position_embeddings" in params
        rotary = rotary_module(lm)
        if self._takes_position_embeddings:
            if rotary is None:
                raise ConfigError(f"{self.name}: the LM's layers take rotary embeddings but it has no rotary module")
            rotary = copy.deepcopy(rotary)
            if "layer_type" in inspect.signature(rotary.forward).parameters:  # Gemma-3: per attention type
                self._rotary_kwargs = {"layer_type": lm.config.layer_types[self.block_index]}
            self.rotary = frozen_as_buffers(rotary)
        self.block = frozen_as_buffers(block)

    def train(self, mode: bool = True):
        super().train(mode)
        if self.block is not None:
            self.block.eval()  # frozen: no dropout (OPT's 0.1) while the maps train
        return self

    def _block_dtype(self) -> torch.dtype:
        if self.block is None:
            raise RuntimeError(f"{self.name}: attach the method to its LM first (MultimodalLM does)")
        return next(b.dtype for b in self.block.buffers() if b.is_floating_point())

    def run_block(self, hidden: torch.Tensor) -> torch.Tensor:
        """The copied block on (B, N, D) ``hidden``: every token attends to every token, all at
        position 0."""
        if self.block is None:
            raise RuntimeError(f"{self.name}: attach the method to its LM first (MultimodalLM does)")
        batch, n = hidden.shape[:2]
        mask = hidden.new_zeros(batch, 1, n, n)  # additive, all visible: never None (SDPA would go causal)
        positions = torch.zeros(batch, n, dtype=torch.long, device=hidden.device)
        kwargs = {"attention_mask": mask, "position_ids": positions}
        if self._takes_position_embeddings:
            kwargs["position_embeddings"] = self.rotary(hidden, positions, **self._rotary_kwargs)
        out = self.block(hidden, **kwargs)
        return out[0] if isinstance(out, tuple) else out

    # -- the connector ---------------------------------------------------------------------------
    @classmethod
    def feature_request(cls, config: LMBlockConfig) -> FeatureRequest:
        return FeatureRequest(grid=True)

    def prefix_length(self) -> int:
        return self.tokens.count

    def forward(self, features: dict[str, torch.Tensor] | None, batch_size: int) -> Conditioning:
        assert features is not None
        x = self.tokens.select(features).to(self.proj_in.weight.dtype)
        if self.config.input_norm:
            x = F.layer_norm(x, x.shape[-1:])
        x = self.proj_in(x)
        x = self.run_block(x.to(self._block_dtype())).to(self.proj_out.weight.dtype)
        x = F.rms_norm(x, x.shape[-1:], eps=float(self.config.norm_eps))
        return Conditioning(prefix=self.proj_out(x))


@dataclass
class LMBlockReinitConfig(LMBlockConfig):
    """Options of the re-initialised-block control: those of ``lm-block``, with ``reinit`` on."""

    reinit: bool = True


@register_method("lm-block-reinit")
class LMBlockReinit(LMBlock):
    """The control: the same connector with the copied block re-initialised (a random frozen block)."""

    config_cls = LMBlockReinitConfig
