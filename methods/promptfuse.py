"""PromptFuse and BlindPrompt (Liang, Zhao and Schütze, 2022): "Modular and Parameter-Efficient
Multimodal Fusion with Prompting".

The frozen encoder's features are handed to the frozen LM as they are, together with N learned prompt
vectors; the prompt vectors are the only trainable tensors (about 15K parameters per modality: 20 x
768 for a 768-wide LM, ``bench params --method promptfuse --lm opt-125m --encoder
vit_base_patch16_224`` gives 15,360). BlindPrompt is the variant whose prompt vectors are masked
from attending to the modality tokens.

Sequence layout (a choice, UNCONFIRMED as the paper's order: in a causal LM the order decides who
sees whom, and this is the order in which the prompt can read the modality)::

    [modality tokens (M)] [prompt (N)] [text]

so the prompt vectors can read the modality tokens (PromptFuse) and the text reads both. BlindPrompt
blocks prompt -> modality attention in every LM layer (``Conditioning.blocked = [(M, M+N, 0, M)]``);
the text still attends to the modality tokens and to the prompt.

Modality tokens. ``feature="grid"`` (default): every token of the encoder's last-layer grid (M =
``grid_tokens``, [CLS] included unless ``patch_tokens_only``); ``feature="pooled"``: the pooled
embedding as one token (M = 1). Each token is

1. normalised with a LayerNorm without affine parameters (the encoders' outputs have arbitrary
   scales; nothing trainable may fix that),
2. mapped to the LM's input-embedding width d by a FIXED, NOT TRAINED matrix (``feature_map``):
   ``"identity"`` (needs Dv == d, as in the paper's setting, where both are 768 wide), ``"random"`` (a
   seeded random matrix with orthonormal columns when Dv >= d, orthonormal rows when Dv < d, drawn on
   the CPU from ``feature_map_seed``), ``"auto"`` (default: identity when Dv == d, else random).
   UNCONFIRMED: the paper has no projection at all, so a fixed map is the faithful reading where the
   widths differ;
3. rescaled to unit root-mean-square per token (a no-op after the identity map) and multiplied by
   the typical size of the LM's input embeddings: the root-mean-square of the elements of
   ``lm.get_input_embeddings().weight`` (its unscaled word embeddings), measured in :meth:`attach`
   (``modality_scale`` overrides it with a number). UNCONFIRMED: it keeps the modality tokens at the
   norm of an ordinary token embedding, so the frozen LM is not fed vectors far larger or smaller
   than any word it knows.

The map and the scale are non-persistent buffers: derived deterministically from the seed and the
LM, never trained, never in checkpoints (``method.state_dict()`` holds only the prompt).

Prompt vectors: a plain Embedding(N, d) (``prompt_length``; ``prompt_mlp`` re-parameterises it
through Linear-Tanh-Linear as eP-ALM does, off by default). ``prompt_init="embedding_rms"``
(default, UNCONFIRMED: the paper does not document its initialisation) redraws them
in :meth:`attach` from N(0, s^2) with s the embeddings' element RMS, so they start at the size of
real token embeddings; ``"normal"`` keeps torch's N(0, 1). The re-draw uses the global RNG, which
the runner seeds before building the method.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import nn

from benchmark.backbones.specs import EncoderSpec, FeatureRequest, LMSpec
from benchmark.errors import ConfigError
from benchmark.registry import register_method
from benchmark.search_space import Int
from methods.base import Conditioning, Method
from methods.modules import EncoderTokens, SoftPrompt

FEATURE_MAPS = ("auto", "identity", "random")
PROMPT_INITS = ("embedding_rms", "normal")


@dataclass
class PromptFuseConfig:
    """Options of PromptFuse / BlindPrompt (``--set method_options.<field>=...``)."""

    prompt_length: int = 20  # N learned prompt vectors
    prompt_mlp: bool = False  # True: Embedding -> Linear -> Tanh -> Linear (not in the paper)
    prompt_init: str = "embedding_rms"  # "embedding_rms": N(0, rms(embeddings)^2) at attach; "normal": N(0, 1)
    feature: str = "grid"  # "grid": every grid token; "pooled": the pooled embedding as one token
    patch_tokens_only: bool = False  # grid: drop the [CLS]-like tokens (EncoderSpec.grid_prefix_tokens)
    feature_map: str = "auto"  # fixed map Dv -> d: "auto" | "identity" | "random"
    feature_map_seed: int = 0
    modality_scale: float | None = None  # None: element RMS of the LM's input embeddings


def _building_on_meta() -> bool:
    """True inside ``with torch.device("meta")`` (``bench params``, the run plan's validation)."""
    return torch.empty(0).device.type == "meta"


def fixed_map(dv: int, d: int, kind: str, seed: int, shape_only: bool = False) -> torch.Tensor:
    """The fixed (Dv, d) matrix of ``feature_map`` ``kind``: identity, or a random matrix with
    orthonormal columns (Dv >= d) or rows (Dv < d) drawn on the CPU from ``seed`` (explicit CPU
    generator and device, whatever the default device). ``shape_only``: validate ``kind`` and return
    an empty meta tensor of the right shape (meta-device builds count parameters only; a QR of
    4096 x 1024 costs seconds)."""
    if kind == "auto":
        kind = "identity" if dv == d else "random"
    if kind == "identity":
        if dv != d:
            raise ConfigError(
                f"promptfuse: feature_map=identity needs the encoder width ({dv}) to equal the LM's "
                f"embedding width ({d}); use feature_map=random or auto"
            )
    elif kind != "random":
        raise ConfigError(f"promptfuse: feature_map must be one of {FEATURE_MAPS}, got {kind!r}")
    if shape_only:
        return torch.empty(dv, d, device="meta")
    if kind == "identity":
        return torch.eye(d, device="cpu")
    gen = torch.Generator(device="cpu").manual_seed(int(seed))
    gauss = torch.randn(max(dv, d), min(dv, d), generator=gen, device="cpu")
    q, r = torch.linalg.qr(gauss)  # (max, min) with orthonormal columns
    q = q * torch.sign(torch.diagonal(r)).unsqueeze(0)  # unique (Haar-distributed) choice of signs
    return (q if dv >= d else q.T).contiguous()


@register_method("promptfuse")
class PromptFuse(Method):
    """PromptFuse: frozen modality tokens through a fixed map, plus N trained prompt vectors."""

    search_space = {**Method.search_space, "method_options.prompt_length": Int(5, 40, step=5)}
    config_cls = PromptFuseConfig

    def __init__(self, config: PromptFuseConfig, lm: LMSpec, encoder: EncoderSpec | None) -> None:
        super().__init__(config, lm, encoder)
        assert encoder is not None
        if config.feature_map not in FEATURE_MAPS:
            raise ConfigError(f"{self.name}: feature_map must be one of {FEATURE_MAPS}, got {config.feature_map!r}")
        if config.prompt_init not in PROMPT_INITS:
            raise ConfigError(f"{self.name}: prompt_init must be one of {PROMPT_INITS}, got {config.prompt_init!r}")
        if config.prompt_length < 1:
            raise ConfigError(f"{self.name}: prompt_length must be at least 1, got {config.prompt_length}")
        self.tokens = EncoderTokens.of(encoder, config.feature, config.patch_tokens_only, self.name)
        self._modality_tokens, width = self.tokens.count, self.tokens.width
        self.prompt = SoftPrompt(config.prompt_length, lm.embed_dim, config.prompt_mlp)
        on_meta = _building_on_meta()  # bench params / run-plan validation: shapes only
        matrix = fixed_map(width, lm.embed_dim, config.feature_map, config.feature_map_seed, shape_only=on_meta)
        self.register_buffer("feature_map", matrix, persistent=False)
        scale = 1.0 if config.modality_scale is None else float(config.modality_scale)
        self.register_buffer("modality_scale", torch.tensor(scale), persistent=False)

    @classmethod
    def feature_request(cls, config: PromptFuseConfig) -> FeatureRequest:
        return EncoderTokens.request(config.feature)

    @property
    def modality_tokens(self) -> int:
        return self._modality_tokens

    def prefix_length(self) -> int:
        return self._modality_tokens + self.config.prompt_length

    def soft_prompt_positions(self) -> list[int]:
        return list(range(self._modality_tokens, self.prefix_length()))  # the prompt after the modality tokens

    # -- the LM's embedding size, measured once ------------------------------------------------
    def attach(self, lm: nn.Module) -> None:
        weight = lm.get_input_embeddings().weight.detach()
        rms = weight.float().pow(2).mean().sqrt()
        if self.config.modality_scale is None:
            self.modality_scale = rms.to(self.modality_scale.device)
        if self.config.prompt_init == "embedding_rms" and not getattr(self, "_prompt_started", False):
            self._prompt_started = True  # once: attaching again (after detach) keeps trained values
            emb = self.prompt.embedding.weight
            with torch.no_grad():
                emb.normal_()
                emb.mul_(rms.to(device=emb.device, dtype=emb.dtype))

    # -- conditioning --------------------------------------------------------------------------
    def modality(self, features: dict[str, torch.Tensor]) -> torch.Tensor:
        """(B, M, d) modality tokens: LayerNorm (no affine) -> fixed map -> unit RMS -> x scale."""
        x = self.tokens.select(features)
        x = F.layer_norm(x.float(), x.shape[-1:])
        x = x @ self.feature_map.float()
        x = x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + 1e-6)
        return x * self.modality_scale.float()

    def forward(self, features: dict[str, torch.Tensor] | None, batch_size: int) -> Conditioning:
        assert features is not None
        prompt = self.prompt(batch_size)
        modality = self.modality(features).to(prompt.dtype)
        return Conditioning(prefix=torch.cat([modality, prompt], dim=1), blocked=self.blocked_spans())

    def blocked_spans(self) -> list[tuple[int, int, int, int]]:
        return []


@register_method("promptfuse-blind")
class BlindPrompt(PromptFuse):
    """BlindPrompt: PromptFuse whose prompt vectors cannot attend to the modality tokens (in any
    layer); the text still attends to both."""

    edits_attention = True

    def blocked_spans(self) -> list[tuple[int, int, int, int]]:
        m, n = self._modality_tokens, self.config.prompt_length
        return [(m, m + n, 0, m)]
