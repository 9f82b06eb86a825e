"""Flamingo (Alayrac et al., "Flamingo: a Visual Language Model for Few-Shot Learning", NeurIPS 2022) as
OpenFlamingo builds it (Awadalla et al. 2023): a Perceiver Resampler on the frozen encoder's tokens,
and GATED XATTN-DENSE blocks inserted inside the frozen LM, before every n-th decoder layer.

Sources: mlfoundations/open_flamingo ``open_flamingo/src/helpers.py`` (``GatedCrossAttentionBlock``,
``MaskedCrossAttention``, ``FeedForward``, ``PerceiverResampler``; after lucidrains/flamingo-pytorch),
``open_flamingo/src/flamingo_lm.py`` (``FlamingoLayer``, ``FlamingoLMMixin.init_flamingo``),
``open_flamingo/src/flamingo.py``, ``open_flamingo/src/factory.py``, ``open_flamingo/train/train.py``,
``open_flamingo/train/train_utils.py``, ``open_flamingo/eval/evaluate.py``, ``README.md``. The
resampler is :class:`methods.resampler.PerceiverResampler` (see that module for its facts).

Facts used:

* GATED XATTN-DENSE (``GatedCrossAttentionBlock(dim=D, dim_visual=P)``, 8 heads of 64, ff_mult 4):
  ``x = x + tanh(attn_gate) * MaskedCrossAttention(x, latents)`` with ``LayerNorm(x)``,
  ``q = Linear(D, 512, no bias)``, ``k, v = Linear(P, 1024, no bias)(latents)``, softmax,
  ``Linear(512, D, no bias)``; then ``x = x + tanh(ff_gate) * FeedForward(x)`` (LayerNorm -> Linear(D,
  4D) -> GELU -> Linear(4D, D), no biases). ``attn_gate`` and ``ff_gate`` are one-element parameters
  initialised to 0.0, so at initialisation every block adds exactly 0 and the LM's logits are the
  plain LM's, bit for bit. Parameters per block: ``8 D^2 + 1028 D + 1024 P + 2``.
* Placement (``init_flamingo``): a block runs BEFORE decoder layer ``i`` (0-based) when
  ``(i + 1) % cross_attn_every_n_layers == 0``: every 4th layer gives blocks before layers 3, 7,
  11, ...; every block reads the same resampled latents.
* Media masking (``only_attend_immediate_media``): a text token attends to the latents of the most
  recent image before it. The suite's examples have one image, placed before the first text token
  (no ``<image>`` token is needed): every position of a row attends to the 64 latents of its own
  row's image and of no other row; no position is "before the image", so none has its
  cross-attention zeroed.
* No prefix tokens: the residual stream holds only the text (``prefix_length() == 0``); the image
  enters through the cross-attention alone.
* Cached generation: the cross-attention reads only the current tokens and the latents, which do
  not change over the generation steps (OpenFlamingo's ``use_cached_media``), so the KV cache of
  the LM works unchanged.
* With OPT-2.7B (D 2560, 32 layers, every 4th: 8 blocks) and CLIP ViT-L/14 (256 patch tokens of
  1024): 63,019,008 (resampler) + 8 x 56,109,058 = 511,891,472 trainable (``bench params --method
  flamingo --lm opt-2.7b --encoder clip-vit-l14 --set method_options.preset=openflamingo``). At
  OpenFlamingo-9B's widths (MPT-7B, D 4096, every 4th) the same formula gives 1,178,834,960.

How it is done here: the resampler and the blocks are built in ``__init__`` from the LM's width and
depth (so ``bench params`` counts them on the meta device) and hold the method's parameters.
``forward`` runs the resampler and keeps the (B, 64, P) latents on the method (it returns an empty
:class:`~methods.base.Conditioning`); ``attach`` puts a forward pre-hook on each chosen decoder layer
that replaces the layer's input hidden states ``x`` by ``block(x, latents)``; ``detach`` removes the
hooks and forgets the latents. The LM's modules are never replaced. The hook sees the rows the LM
runs: beam search runs ``num_beams`` rows per example, example ``b``'s beams at rows ``b * nb ...
b * nb + nb - 1`` (``_Stepper.expand`` repeats every row in place, ``_Stepper.reorder`` only moves
beams within their example), so a forward of ``k * B`` rows uses each example's latents
``repeat_interleave(k)``: row ``r`` reads example ``r // k``. Left padding needs nothing: pads are
hidden from the text by the LM's own mask. The latents are those of the method's last ``forward``;
an LM forward with no latents set fails, one with a row count that is not a multiple of theirs too.

Presets (``method_options.preset``; any shape field set explicitly overrides the preset):

* ``openflamingo``: resampler at the encoder's width (no input projection), depth 6, 64 latents,
  8 heads of 64, ff_mult 4 (blocks: the same heads and ff_mult, ``dim_visual`` = the encoder's width),
  a block before every 4th layer (OpenFlamingo-9B's interval; 3B: every layer, 4B: every 2nd, by
  ``cross_attn_every_n_layers``). Offline setup (EfficientNet-Lite0 1280 -> SmolLM2-135M, D 576, 30
  layers: 7 blocks): 94,502,400 + 7 x 4,557,058 = 126,401,806 (94% of the LM).
* ``lite`` (default; suite-defined, for SmolLM2-135M + EfficientNet-Lite0 on 2 CPU cores):
  ``Linear(Dv, D)`` (with bias) first, the resampler at width ``D``, depth 2, 64 latents, 8 heads of
  64, ff_mult 4; blocks with ``dim_visual = D`` before every 4th layer. Offline setup: 737,856 +
  7,712,640 + 7 x 3,836,162 = 35,303,630 (26% of the LM: Flamingo is heavy at small D, where the
  blocks' feed-forward, 8 D^2 each, dominates).

Deviations and choices:

* OpenFlamingo adds the tokens ``<image>`` and ``<|endofchunk|>`` (and ``<PAD>`` when missing) and
  trains their input-embedding rows (the whole embedding matrix is marked trainable, its gradient
  masked to those rows unless ``--freeze_lm_embeddings``). The suite's media position is fixed (before
  the text), so no token is added and the LM's embeddings stay frozen: 0 extra parameters.
* The resampler's width option ``perceiver_dim``: ``"encoder"`` (OpenFlamingo), ``"lm"`` (the LM's
  hidden width ``D``) or a number; any width other than the encoder's puts a ``Linear(Dv, P)`` (with
  bias) before the resampler (the suite's, to keep ``lite`` small). The blocks read width ``P``.
* The blocks' and the resampler's heads, head width and ff_mult are one set of options, as in
  OpenFlamingo, which builds both with the defaults 8 x 64 and 4.
* The blocks compute in their own parameters' dtype (the LM's hidden states are cast to it and the
  result back). The suite keeps both in fp32 (bf16 runs autocast), so a block at 0 gates returns the
  hidden states bit for bit (tested in fp32 and under bf16 autocast).
* The attention uses torch's softmax; the official code subtracts the detached row maximum first,
  which softmax does internally (same values up to rounding).
* A CNN grid is LayerNormed by the suite (``data.feature_norm=auto``) before the method sees it.

UNCONFIRMED in the specification (``../shared/docs/methods-extensions.md``), as config fields or
choices: the cross-attention interval of DeepMind's Flamingo-9B / 80B (every 4th / 7th layer, from
the paper) is ``cross_attn_every_n_layers`` (the ``openflamingo`` preset's 4 is OpenFlamingo-9B's,
confirmed by its README and model card); whether OpenFlamingo's patch tokens pass open_clip's
``ln_post`` depends on the open_clip version: the suite's ``clip-vit-l14`` grid is after ``ln_post``
(the resampler's ``norm_media`` normalises its input in either case).

Training recipe (``paper_recipe``, ``--recipe paper``; the shared recipe otherwise): OpenFlamingo's
``train.py`` defaults, AdamW lr 1e-4 (torch's betas and eps), weight decay 0.1, 5,000 warm-up steps then
a constant rate, batch 128, gradient clipping 1.0, the LM loss on every text token; evaluation with
3 beams and length penalty 0 (``evaluate.py``). Differences: OpenFlamingo applies the weight decay
only to the gated blocks (the resampler has 0; the suite has one weight decay for every trainable
parameter); each of its steps also takes an MMC4 batch of 128 (interleaved documents) besides the
LAION batch; it trains in fp32 by default.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import nn

from benchmark.backbones.specs import EncoderSpec, FeatureRequest, LMSpec
from benchmark.engine.recipe import Recipe
from benchmark.errors import ConfigError
from benchmark.registry import register_method
from benchmark.search_space import Choice, Int
from methods.base import Conditioning, Method
from methods.resampler import PERCEIVER_PRESETS, VisualResampler, feed_forward, multi_head_attention, resolve_preset

FLAMINGO_PRESETS: dict[str, dict] = {
    name: {**shape, "cross_attn_every_n_layers": 4} for name, shape in PERCEIVER_PRESETS.items()
}


class MaskedCrossAttention(nn.Module):
    """Text queries attend to the visual latents of their own row (OpenFlamingo's
    ``MaskedCrossAttention`` for one image before the text: no position is masked)."""

    def __init__(self, dim: int, dim_visual: int, dim_head: int, heads: int) -> None:
        super().__init__()
        self.scale = dim_head**-0.5
        self.heads = heads
        inner = dim_head * heads
        self.norm = nn.LayerNorm(dim)
        self.to_q = nn.Linear(dim, inner, bias=False)
        self.to_kv = nn.Linear(dim_visual, inner * 2, bias=False)
        self.to_out = nn.Linear(inner, dim, bias=False)

    def forward(self, x: torch.Tensor, media: torch.Tensor) -> torch.Tensor:
        q = self.to_q(self.norm(x)) * self.scale
        k, v = self.to_kv(media).chunk(2, dim=-1)
        return self.to_out(multi_head_attention(q, k, v, self.heads))


class GatedCrossAttentionBlock(nn.Module):
    """GATED XATTN-DENSE: tanh-gated cross-attention, then a tanh-gated feed-forward; both gates 0 at
    initialisation."""

    def __init__(self, dim: int, dim_visual: int, dim_head: int, heads: int, ff_mult: int) -> None:
        super().__init__()
        self.attn = MaskedCrossAttention(dim, dim_visual, dim_head, heads)
        self.attn_gate = nn.Parameter(torch.tensor([0.0]))
        self.ff = feed_forward(dim, ff_mult)
        self.ff_gate = nn.Parameter(torch.tensor([0.0]))

    def forward(self, x: torch.Tensor, media: torch.Tensor) -> torch.Tensor:
        x = self.attn(x, media) * self.attn_gate.tanh() + x
        return self.ff(x) * self.ff_gate.tanh() + x


@dataclass
class FlamingoConfig:
    """Options of Flamingo (``--set method_options.<field>=...``). A shape field left None takes the
    preset's value."""

    preset: str = "lite"  # "lite" (suite-defined, offline setup) or "openflamingo"
    perceiver_dim: int | str | None = None  # "encoder" (Dv), "lm" (D) or a number; != Dv: Linear(Dv, P) first
    perceiver_depth: int | None = None
    num_latents: int | None = None
    heads: int | None = None  # resampler and gated blocks
    dim_head: int | None = None  # resampler and gated blocks
    ff_mult: int | None = None  # resampler and gated blocks
    cross_attn_every_n_layers: int | None = None  # a block before decoder layer i when (i + 1) % n == 0
    patch_tokens_only: bool = True  # drop the grid's [CLS]-like tokens, as OpenFlamingo reads patch tokens


@register_method("flamingo")
class Flamingo(Method):
    """Flamingo: Perceiver-resampled visual latents read by gated cross-attention blocks inside the LM."""

    search_space = {
        **Method.search_space,
        "method_options.cross_attn_every_n_layers": Choice((2, 4, 6)),
        "method_options.perceiver_depth": Int(1, 4),
    }
    config_cls = FlamingoConfig
    paper_recipe = Recipe(
        betas=(0.9, 0.999),
        eps=1e-8,
        weight_decay=0.1,
        lr=1e-4,
        warmup_steps=5000,
        schedule="constant",
        batch_size=128,
        grad_clip=1.0,
        loss_tokens="all",
        loss_reduction="token_mean",
        num_beams=3,
        length_penalty=0.0,
        prompt_template=(
            "open_flamingo/eval/models/open_flamingo.py: '<image>Question:{q} Short answer:{a}<|endofchunk|>' (VQA), "
            "'<image>Output:{caption}<|endofchunk|>' (captioning), with in-context shots; here the task's own prompt"
        ),
        preprocessing="open_clip ViT-L-14 (openai) transform, 224 px; here the encoder preset's own",
        sources={
            "betas": "train/train.py: torch.optim.AdamW(..., lr=args.learning_rate): torch's default betas",
            "eps": "train/train.py: torch AdamW's default eps",
            "weight_decay": "train/train.py: --weight_decay 0.1, applied to the gated_cross_attn parameters only",
            "lr": "train/train.py: --learning_rate 1e-4",
            "warmup_steps": "train/train.py: --warmup_steps 5000",
            "schedule": "train/train.py: --lr_scheduler constant (get_constant_schedule_with_warmup)",
            "batch_size": "train/train.py: --batch_size_laion 128 (and --batch_size_mmc4 128 in the same step)",
            "grad_clip": "train/train_utils.py: clip_grad_norm_(model.parameters(), 1.0)",
            "loss_tokens": "train/train_utils.py: labels are every text token but pads and <image> (LAION captions)",
            "loss_reduction": "transformers' causal-LM loss: mean over the labelled tokens",
            "label_smoothing": "transformers' causal-LM loss: no label smoothing",
            "num_beams": "eval/evaluate.py: evaluate_captioning / evaluate_vqa num_beams=3",
            "length_penalty": "eval/evaluate.py: evaluate_captioning / evaluate_vqa length_penalty=0.0",
            "max_new_tokens": "eval/evaluate.py: 20 (captioning) / 5 (VQA): here the task's own",
        },
        citation="Alayrac et al., NeurIPS 2022; Awadalla et al. 2023, github.com/mlfoundations/open_flamingo",
    )

    def __init__(self, config: FlamingoConfig, lm: LMSpec, encoder: EncoderSpec | None) -> None:
        super().__init__(config, lm, encoder)
        assert encoder is not None
        shape = resolve_preset(config, FLAMINGO_PRESETS, "flamingo")
        every = shape["cross_attn_every_n_layers"]
        self.xattn_layers = [i for i in range(lm.num_layers) if (i + 1) % every == 0]
        if not self.xattn_layers:
            raise ConfigError(
                f"flamingo: cross_attn_every_n_layers={every} puts no block in a {lm.num_layers}-layer LM"
            )
        self.num_layers = lm.num_layers
        self.visual = VisualResampler(shape, encoder, lm.hidden_size, config.patch_tokens_only, "flamingo")
        self.blocks = nn.ModuleList(
            GatedCrossAttentionBlock(
                lm.hidden_size, self.visual.width, shape["dim_head"], shape["heads"], shape["ff_mult"]
            )
            for _ in self.xattn_layers
        )
        self._handles: list = []
        self._latents: torch.Tensor | None = None  # (B, num_latents, P) of the last forward
        self._expanded: dict[int, torch.Tensor] = {}  # rows -> latents repeated for that many rows

    @classmethod
    def feature_request(cls, config: FlamingoConfig) -> FeatureRequest:
        return FeatureRequest(grid=True)

    def prefix_length(self) -> int:
        return 0  # no prefix tokens: the image enters through the cross-attention only

    def forward(self, features: dict[str, torch.Tensor] | None, batch_size: int) -> Conditioning:
        assert features is not None
        self._latents = self.visual(features)
        self._expanded = {}
        return Conditioning()

    def latents_for(self, rows: int) -> torch.Tensor:
        """The visual latents for an LM forward of ``rows`` rows: the last forward's (B, M, P), each
        example's repeated ``rows // B`` times in place (beam search's rows)."""
        if self._latents is None:
            raise RuntimeError(
                "flamingo: the LM ran with the gated cross-attention attached but no visual latents; "
                "call the method on the batch's features first (MultimodalLM does)"
            )
        batch = self._latents.shape[0]
        if rows == batch:
            return self._latents
        if rows % batch:
            raise RuntimeError(f"flamingo: the LM runs {rows} rows but the visual latents cover {batch} examples")
        if rows not in self._expanded:
            self._expanded[rows] = self._latents.repeat_interleave(rows // batch, dim=0)
        return self._expanded[rows]

    # -- gated cross-attention inside the LM -------------------------------------------------------
    def _hook(self, block: GatedCrossAttentionBlock):
        def hook(module, args, kwargs):
            hidden = args[0] if args else kwargs["hidden_states"]
            dtype = block.attn_gate.dtype
            latents = self.latents_for(hidden.shape[0]).to(dtype)
            hidden = block(hidden.to(dtype), latents).to(hidden.dtype)
            if args:
                return (hidden,) + tuple(args[1:]), kwargs
            kwargs["hidden_states"] = hidden
            return args, kwargs

        return hook

    def attach(self, lm: nn.Module) -> None:
        from benchmark.backbones.lm import decoder_layers

        if self._handles:
            raise RuntimeError("flamingo: the gated cross-attention is already attached to an LM; detach it first")
        layers = decoder_layers(lm)
        if len(layers) != self.num_layers:
            raise ConfigError(f"flamingo: built for {self.num_layers} LM layers, the LM has {len(layers)}")
        self._handles = [
            layers[i].register_forward_pre_hook(self._hook(block), with_kwargs=True)
            for i, block in zip(self.xattn_layers, self.blocks)
        ]

    def detach(self, lm: nn.Module) -> None:
        for handle in self._handles:
            handle.remove()
        self._handles = []
        self._latents = None
        self._expanded = {}
