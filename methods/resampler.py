"""Perceiver-resampler prefix: Flamingo's Perceiver Resampler (Alayrac et al., NeurIPS 2022) alone,
its 64 latents projected to the LM's input-embedding width and placed before the text as a prefix
(no cross-attention inside the LM; that is ``flamingo``, which imports the resampler from here).

Sources: the module follows the official code, mlfoundations/open_flamingo
``open_flamingo/src/helpers.py`` (``PerceiverResampler``, ``PerceiverAttention``, ``FeedForward``;
"taken from" lucidrains/flamingo-pytorch, whose resampler is the same), as built by
``open_flamingo/src/flamingo.py`` (``PerceiverResampler(dim=vis_dim)``). The prefix use is a suite
baseline (``../shared/docs/methods-extensions.md``, "Perceiver-resampler prefix"); no paper trains
it alone, so there is no ``paper_recipe`` (``--recipe paper`` gives the shared recipe, marked so).

Facts used (OpenFlamingo's defaults, the ``openflamingo`` preset):

* Input: all patch tokens of the encoder's last layer, without [CLS] (OpenFlamingo reads open_clip's
  ``output_tokens``: CLIP ViT-L/14 gives 256 x 1024); ``patch_tokens_only`` drops the grid's leading
  ``EncoderSpec.grid_prefix_tokens`` (none for CNNs).
* ``latents``: ``nn.Parameter(torch.randn(num_latents, dim))`` (standard normal), 64 of them.
* Each of ``depth`` (6) layers: ``PerceiverAttention`` -- ``LayerNorm`` on the media and, separately,
  on the latents; ``q = to_q(latents)``, ``k, v = to_kv(cat(media, latents))`` (the latents are keys
  and values too), 8 heads of 64, ``q`` scaled by ``dim_head ** -0.5``, softmax, ``to_out``; every
  Linear without bias; residual -- then ``FeedForward`` = ``LayerNorm -> Linear(dim, 4 dim, no bias)
  -> GELU -> Linear(4 dim, dim, no bias)``, residual. A final ``LayerNorm``. PyTorch's default
  initialisation everywhere else, as in the code.
* The optional frame and media-time embeddings are None in OpenFlamingo (one image, one frame): not
  built. Parameters: ``depth * (8 P^2 + 2054 P) + (num_latents + 2) P`` at width ``P`` with 8 x 64
  heads and ff_mult 4: 63,019,008 at P = 1024.

The prefix: ``Linear(P, d)`` (with bias) from the resampler's width to the LM's input-embedding width
``d``, only when they differ (``output_projection``); 64 prefix tokens.

Presets (``method_options.preset``; every field left unset takes the preset's value):

* ``openflamingo``: width = the encoder's width (no input projection), depth 6, 64 latents, 8 heads
  of 64, ff_mult 4. CLIP ViT-L/14 -> a 4096-wide LM: 63,019,008 + 4,198,400 = 67,217,408 trainable
  (``bench params --method resampler --lm opt-6.7b --encoder clip-vit-l14 --set
  method_options.preset=openflamingo``). At the offline setup (EfficientNet-Lite0 1280 -> SmolLM2-135M
  576) 95,240,256, 71% of the LM.
* ``lite`` (default; suite-defined, for SmolLM2-135M + EfficientNet-Lite0 on 2 CPU cores):
  ``Linear(Dv, d)`` (with bias) first, then the resampler at width ``d``, depth 2, 64 latents, 8
  heads of 64, ff_mult 4, no output projection: 737,856 + 7,712,640 = 8,450,496 at the offline setup.

Deviations and choices:

* The width option ``perceiver_dim``: ``"encoder"`` (OpenFlamingo: the encoder's width ``Dv``),
  ``"lm"`` (the LM's input-embedding width ``d``) or a number; any width other than ``Dv`` puts a
  ``Linear(Dv, P)`` (with bias) before the resampler. The input projection is the suite's, not
  OpenFlamingo's (it exists only to keep the ``lite`` preset small).
* A CNN grid (EfficientNet) is not normalised like a ViT's; the suite's ``data.feature_norm=auto``
  LayerNorms it before any method sees it, so no extra norm is added here (the resampler's own
  ``norm_media`` then normalises again, with its affine parameters).
* UNCONFIRMED (specification): whether OpenFlamingo's patch tokens pass open_clip's ``ln_post``
  (version-dependent); the suite's ``clip-vit-l14`` grid is after ``ln_post``.
* The attention is computed as ``softmax(q k^T)`` with torch's softmax; the official code subtracts
  the detached row maximum first, which softmax does internally (same values up to rounding).
* With ``P = d`` (``lite``) there is no output projection (the spec's ``lite`` count): the prefix is
  the final LayerNorm's output, unit variance per token times the learned gain.
  ``output_projection=true`` adds a ``Linear(P, d)`` anyway (a suite choice, not OpenFlamingo's).
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import nn

from benchmark.backbones.specs import EncoderSpec, FeatureRequest, LMSpec
from benchmark.errors import ConfigError
from benchmark.registry import register_method
from benchmark.search_space import Choice, Int
from methods.base import Conditioning, Method
from methods.modules import EncoderTokens

# the resampler's shape per preset; "perceiver_dim": "encoder" (Dv), "lm" (the LM's width) or a number
PERCEIVER_PRESETS: dict[str, dict] = {
    "openflamingo": {
        "perceiver_dim": "encoder",
        "perceiver_depth": 6,
        "num_latents": 64,
        "heads": 8,
        "dim_head": 64,
        "ff_mult": 4,
    },
    "lite": {"perceiver_dim": "lm", "perceiver_depth": 2, "num_latents": 64, "heads": 8, "dim_head": 64, "ff_mult": 4},
}


def resolve_preset(config, presets: dict[str, dict], method: str) -> dict:
    """The shape options of ``config``: its preset's values, overridden by every field that is not
    None; positive integers checked."""
    if config.preset not in presets:
        raise ConfigError(f"{method}: preset must be one of {', '.join(presets)}, got {config.preset!r}")
    shape = dict(presets[config.preset])
    for key in shape:
        value = getattr(config, key)
        if value is not None:
            shape[key] = value
    for key, value in shape.items():
        if key != "perceiver_dim" and (not isinstance(value, int) or isinstance(value, bool) or value < 1):
            raise ConfigError(f"{method}: {key} must be a positive integer, got {value!r}")
    return shape


def perceiver_width(value, encoder_width: int, lm_width: int, method: str) -> int:
    """``perceiver_dim`` as a number: "encoder" -> ``encoder_width``, "lm" -> ``lm_width``."""
    if value == "encoder":
        return encoder_width
    if value == "lm":
        return lm_width
    if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
        return value
    raise ConfigError(f"{method}: perceiver_dim must be 'encoder', 'lm' or a positive integer, got {value!r}")


def feed_forward(dim: int, mult: int) -> nn.Sequential:
    """OpenFlamingo's ``FeedForward``: LayerNorm -> Linear(dim, mult*dim, no bias) -> GELU ->
    Linear(mult*dim, dim, no bias)."""
    inner = int(dim * mult)
    return nn.Sequential(
        nn.LayerNorm(dim), nn.Linear(dim, inner, bias=False), nn.GELU(), nn.Linear(inner, dim, bias=False)
    )


def multi_head_attention(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, heads: int) -> torch.Tensor:
    """``softmax(q k^T) v`` per head; (B, Q, H*d) queries (already scaled), (B, K, H*d) keys and
    values -> (B, Q, H*d)."""
    batch, q_len, inner = q.shape
    dim_head = inner // heads
    q = q.view(batch, q_len, heads, dim_head).transpose(1, 2)
    k = k.view(batch, k.shape[1], heads, dim_head).transpose(1, 2)
    v = v.view(batch, v.shape[1], heads, dim_head).transpose(1, 2)
    attn = torch.matmul(q, k.transpose(-1, -2)).softmax(dim=-1)
    return torch.matmul(attn, v).transpose(1, 2).reshape(batch, q_len, inner)


class PerceiverAttention(nn.Module):
    """Latents attend to ``[media; latents]`` (OpenFlamingo's ``PerceiverAttention``)."""

    def __init__(self, dim: int, dim_head: int, heads: int) -> None:
        super().__init__()
        self.scale = dim_head**-0.5
        self.heads = heads
        inner = dim_head * heads
        self.norm_media = nn.LayerNorm(dim)
        self.norm_latents = nn.LayerNorm(dim)
        self.to_q = nn.Linear(dim, inner, bias=False)
        self.to_kv = nn.Linear(dim, inner * 2, bias=False)
        self.to_out = nn.Linear(inner, dim, bias=False)

    def forward(self, media: torch.Tensor, latents: torch.Tensor) -> torch.Tensor:
        media = self.norm_media(media)
        latents = self.norm_latents(latents)
        q = self.to_q(latents) * self.scale
        k, v = self.to_kv(torch.cat([media, latents], dim=1)).chunk(2, dim=-1)
        return self.to_out(multi_head_attention(q, k, v, self.heads))


class PerceiverResampler(nn.Module):
    """``num_latents`` learned latents resample (B, N, dim) tokens to (B, num_latents, dim)
    (OpenFlamingo's ``PerceiverResampler`` for one image of one frame)."""

    def __init__(self, dim: int, depth: int, dim_head: int, heads: int, num_latents: int, ff_mult: int) -> None:
        super().__init__()
        self.latents = nn.Parameter(torch.randn(num_latents, dim))
        self.layers = nn.ModuleList(
            nn.ModuleList([PerceiverAttention(dim, dim_head, heads), feed_forward(dim, ff_mult)]) for _ in range(depth)
        )
        self.norm = nn.LayerNorm(dim)

    def forward(self, media: torch.Tensor) -> torch.Tensor:
        latents = self.latents.to(media.dtype).unsqueeze(0).expand(media.shape[0], -1, -1)
        for attn, ff in self.layers:
            latents = attn(media, latents) + latents
            latents = ff(latents) + latents
        return self.norm(latents)


class VisualResampler(nn.Module):
    """The encoder's grid tokens -> [``Linear(Dv, P)`` when ``P != Dv``] -> :class:`PerceiverResampler`
    at width ``P``: (B, num_latents, P) visual latents. Shared by ``resampler`` and ``flamingo``."""

    def __init__(self, shape: dict, encoder: EncoderSpec, lm_width: int, patch_tokens_only: bool, method: str):
        super().__init__()
        self.tokens = EncoderTokens.of(encoder, "grid", patch_tokens_only, method)
        self.width = perceiver_width(shape["perceiver_dim"], self.tokens.width, lm_width, method)
        self.input_projection = nn.Linear(self.tokens.width, self.width) if self.width != self.tokens.width else None
        self.perceiver = PerceiverResampler(
            self.width,
            shape["perceiver_depth"],
            shape["dim_head"],
            shape["heads"],
            shape["num_latents"],
            shape["ff_mult"],
        )

    def forward(self, features: dict[str, torch.Tensor]) -> torch.Tensor:
        dtype = self.perceiver.latents.dtype
        x = self.tokens.select(features).to(dtype)
        if self.input_projection is not None:
            x = self.input_projection(x)
        return self.perceiver(x)


@dataclass
class ResamplerConfig:
    """Options of the resampler prefix (``--set method_options.<field>=...``). A shape field left
    None takes the preset's value."""

    preset: str = "lite"  # "lite" (suite-defined, offline setup) or "openflamingo" (OpenFlamingo's resampler)
    perceiver_dim: int | str | None = None  # "encoder" (Dv), "lm" (d) or a number; != Dv: Linear(Dv, P) first
    perceiver_depth: int | None = None
    num_latents: int | None = None  # = prefix tokens
    heads: int | None = None
    dim_head: int | None = None
    ff_mult: int | None = None
    output_projection: bool | None = None  # Linear(P, d) on the latents; None: only when P != d
    patch_tokens_only: bool = True  # drop the grid's [CLS]-like tokens, as OpenFlamingo reads patch tokens


@register_method("resampler")
class Resampler(Method):
    """A Perceiver Resampler's latents, projected to the LM's input space, as the prefix."""

    search_space = {
        **Method.search_space,
        "method_options.perceiver_depth": Int(1, 4),
        "method_options.num_latents": Choice((16, 32, 64)),
    }
    config_cls = ResamplerConfig

    def __init__(self, config: ResamplerConfig, lm: LMSpec, encoder: EncoderSpec | None) -> None:
        super().__init__(config, lm, encoder)
        assert encoder is not None
        shape = resolve_preset(config, PERCEIVER_PRESETS, "resampler")
        self.num_latents = shape["num_latents"]
        self.visual = VisualResampler(shape, encoder, lm.embed_dim, config.patch_tokens_only, "resampler")
        project = config.output_projection
        if project is None:
            project = self.visual.width != lm.embed_dim
        if not project and self.visual.width != lm.embed_dim:
            raise ConfigError(
                f"resampler: output_projection=false needs perceiver_dim equal to the LM's input width "
                f"{lm.embed_dim}, got {self.visual.width}"
            )
        self.output_projection = nn.Linear(self.visual.width, lm.embed_dim) if project else None

    @classmethod
    def feature_request(cls, config: ResamplerConfig) -> FeatureRequest:
        return FeatureRequest(grid=True)

    def prefix_length(self) -> int:
        return self.num_latents

    def forward(self, features: dict[str, torch.Tensor] | None, batch_size: int) -> Conditioning:
        assert features is not None
        latents = self.visual(features)
        if self.output_projection is not None:
            latents = self.output_projection(latents)
        return Conditioning(prefix=latents)
