"""DePALM (Vallaeys, Shukor, Cord and Verbeek, 2024): "Improved Baselines for Data-efficient
Perceptual Augmentation of LLMs" (arXiv 2403.13499), its two connectors at the LM's input (L0):

* ``depalm-qp`` (DePALM^{QP,L0}, the best average rank of the paper's table): the encoder tokens,
  projected, are joined by learned queries in a small Transformer; the query outputs, projected to
  the LM's width, are the prefix, followed by learned prompt tokens::

      grid (B, N, Dv) -> Linear(Dv, w) -> append Q learned queries (N(0, 1))
        -> L x nn.TransformerEncoderLayer(w, 8 heads, FFN w, GELU, dropout 0.1, post-norm, eps 1e-4)
        -> the Q query outputs -> Linear(w, d) -> [Q visual tokens, P prompt tokens (N(0, 1))] text

* ``depalm-pool`` (DePALM^{R-avgpool,L0}, the cheapest): every token projected, the patches pooled in
  2 x 2 groups, the projected [CLS] put first, RMSNorm, a Linear, then one prompt token::

      grid (B, 1 + s*s, Dv) -> Linear(Dv, d) -> [CLS'; pool 2 x 2 groups] -> RMSNorm(d, eps 1e-4)
        -> Linear(d, d) -> [1 + (s/2)^2 visual tokens, 1 prompt token] text

Source: the official code, facebookresearch/DePALM: ``config/run.yaml`` (defaults and the recipe),
``config/experiment/depalm.yaml`` + ``config/mod/insert_l0.yaml`` (QP,L0),
``config/experiment/depalm_resampler.yaml`` + ``resampler.type=avg_pool adapter.embed_dim=llm_dim``
(R-avgpool,L0, as in every ``experiments/*/..._depalm-R-avgpool-L0*.sh``),
``depalm/models/adapters/{prefix_tokens.py,common.py,resamplers.py}`` (``_build_connector``,
``TransformerFeatureExtractor``, ``TokensResampler``), ``depalm/models/finetuning.py`` and
``prefix_tokens.py`` (``LearnedPrefixTokensL0``: prompt tokens ``nn.init.normal_``, std 1, prepended to
the text embeddings; the visual tokens are inserted before them at layer 0, so the order is
visual, prompt, text), ``depalm/utils/utility.py`` (``get_norm_layer``: rms_norm eps 1e-4).

``depalm-qp`` facts: the encoder's last layer, every token ([CLS] included: ``keep_features`` only
applies without a transformer); ``Linear(Dv, 1024)`` (``adapter.embed_dim 1024``, with bias);
``query_tokens`` (1, 32, w) ``nn.init.normal_``, appended AFTER the tokens, the last 32 outputs kept;
4 separately built ``nn.TransformerEncoderLayer(d_model=w, nhead=8, dim_feedforward=w, dropout=0.1,
activation=GELU, layer_norm_eps=1e-4, batch_first=True, norm_first=False)``, no positional encoding,
no final norm; ``mlp.n_layers 1``: one ``Linear(w, d)`` and no activation before it; token_norm and
bias tuning off (``insert_l0.yaml``). Parameters with CLIP ViT-L/14 and a 4096-wide LM (LLaMA-7B in
the paper): 1,049,600 + 32,768 + 4 x 6,301,696 + 4,198,400 + 16 x 4096 = 30,553,088 with the
``faithful`` preset (``bench params --method depalm-qp --lm opt-6.7b --encoder clip-vit-l14 --set
method_options.preset=faithful``).

``depalm-qp`` presets (``method_options.preset``; ``width``, ``layers``, ``heads``, ``num_queries`` and
``prompt_length`` override it when set):

* ``faithful``: width 1024, 4 layers, 8 heads, 32 queries, 16 prompt tokens -- the defaults of
  ``config/experiment/depalm.yaml`` (``n_layers 4``, ``prompt_tuning.new_tokens 16``), the suite's
  specification. Offline setup (EfficientNet-Lite0 1280 -> SmolLM2-135M 576): 27,150,912.
* ``released``: width 1024, 2 layers, 8 heads, 32 queries, 1 prompt token -- what every released
  ``experiments/*/..._depalm-QP-L0*.sh`` script runs (``adapter.transformer.n_layers=2
  finetune.prompt_tuning.new_tokens=1``; ``mod/insert_l0.yaml`` also sets ``new_tokens: 1``):
  17,888,256 with CLIP ViT-L/14 -> 4096.
* ``lite`` (default; suite-defined for SmolLM2-135M + EfficientNet-Lite0 on 2 CPU cores): width
  256, otherwise ``faithful``: 2,076,480 at the offline setup.

``depalm-pool`` facts: ``Linear(Dv, d)`` (``embed_dim=llm_dim``) on all tokens, the [CLS] included
and kept (``drop_cls false``, ``project_cls true``, ``duplicate_cls 1``: one copy, first); 4 tokens
per group (``reduction_fact 4`` on ``tokens_grid [16, 16]``: 2 x 2 blocks in raster order, blocks in
raster order); ``normalize true`` -> RMSNorm(d, eps 1e-4); ``mlp.n_layers 1`` -> ``Linear(d, d)``,
no activation (``adapter.activation null``); 1 prompt token (``new_tokens: 1``, ``init_first``).
Parameters: ``Dv*d + d + d + d*d + d + P*d``: 20,987,904 with CLIP ViT-L/14 -> 4096; 1,071,360 at
the offline setup.

How the official code pools (``pooling="official"``, default): ``TokensResampler`` reshapes each
group to ``(B*G, 4, d)`` and applies ``nn.AvgPool1d(4)``, which pools the LAST axis -- the channels --
not the 4 tokens: each output token is the concatenation of the group's 4 tokens, each averaged over
runs of 4 consecutive channels (``(B*G, 4, d/4)`` reshaped to ``(B, G, d)``). This is what the
released code and scripts run, so it is the default. ``pooling="tokens"`` is the 2 x 2 average of
the tokens that the paper's name describes (``F.adaptive_avg_pool2d`` to ``ceil(s/2)``).

Deviations and choices (both methods):

* Features: the suite's grid is the encoder's last layer after its final norm -- as DePALM's feature
  extractor applies the encoder's own final norm (``norm: auto``: CLIP's ``post_layernorm``). A CNN
  grid is LayerNormed (no affine) by the suite first (``data.feature_norm=auto``).
* Position: DePALM inserts the visual tokens into the hidden states entering LM layer 0 and the
  prompt into the input embeddings; here both are the prefix at the input embeddings, in the same
  order (identical for LLaMA, which adds nothing between the two; the positions are the suite's).
* ``depalm-pool`` on a grid without [CLS] (CNNs): ``cls_token="auto"`` uses the pooled embedding in
  its place, through the same ``Linear(Dv, d)`` (it needs the pooled width to equal the grid's); the
  7 x 7 EfficientNet grid is odd: ``pooling="official"`` pads it to 8 x 8 by repeating the last row
  and column (edge replication), ``"tokens"`` pools adaptively to 4 x 4 (windows of 2 or 3): 16
  groups, 17 visual tokens. Both are suite choices (the official code asserts that the patch count
  divides by 4). A grid
  whose patch count is not a square is refused (ConfigError); more than one leading non-patch token
  (registers): the first is the [CLS], the others are dropped.
* ``patch_tokens_only`` (``depalm-qp``, default False as in the official code) drops the [CLS].
* Training recipe (``paper_recipe``, ``config/run.yaml``, the same for every connector): AdamW lr
  8e-4, weight decay 0.1, eps 1e-4, torch's betas, cosine to 8e-4 x 1e-4 after a linear warm-up over
  20% of training (here 30 of the suite's default 150 steps; the official warm-up starts at the
  minimum lr, the suite's at lr / warmup_steps), clipping 0.8, label smoothing 2e-3, the loss on the
  answer only, batch 16 per GPU, 3 beams, the whole model in ``train()`` mode. The released scripts change the learning
  rate per dataset (VQAv2: 4e-4 for QP,L0, 1e-3 for R-avgpool,L0) and generate at most 50 new tokens;
  the suite keeps each task's own answer length.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import nn

from benchmark.backbones.specs import EncoderSpec, FeatureRequest, LMSpec
from benchmark.engine.recipe import Recipe
from benchmark.errors import ConfigError
from benchmark.registry import register_method
from benchmark.search_space import Choice, Int
from methods.base import Conditioning, Method
from methods.modules import EncoderTokens, SoftPrompt

QP_PRESETS: dict[str, dict[str, int]] = {
    "faithful": {"width": 1024, "layers": 4, "heads": 8, "num_queries": 32, "prompt_length": 16},
    "released": {"width": 1024, "layers": 2, "heads": 8, "num_queries": 32, "prompt_length": 1},
    "lite": {"width": 256, "layers": 4, "heads": 8, "num_queries": 32, "prompt_length": 16},
}
POOLINGS = ("official", "tokens")
CLS_SOURCES = ("auto", "cls", "pooled", "none")

_RUN = "config/run.yaml"
PAPER_RECIPE = Recipe(
    betas=(0.9, 0.999),
    eps=1e-4,
    weight_decay=0.1,
    lr=8e-4,
    min_lr=8e-8,
    warmup_steps=30,
    schedule="cosine",
    batch_size=16,
    grad_clip=0.8,
    loss_tokens="answer",
    loss_reduction="token_mean",
    label_smoothing=2e-3,
    lm_dropout=True,
    num_beams=3,
    prompt_template="the dataset's instruction template around the prompt (config/dataset/*.yaml); here the task's own prompt",
    preprocessing="the encoder's own transform with random augmentation in training (random_augment yes); here the encoder preset's own, unaugmented",
    sources={
        "betas": f"{_RUN}: AdamW args set none (depalm/optim/optimizer.py): torch's default",
        "eps": f"{_RUN}: training.optimizer.args.eps 1e-4",
        "weight_decay": f"{_RUN}: training.optimizer.args.weight_decay 0.1",
        "lr": f"{_RUN}: training.optimizer.args.lr 8e-4 (released scripts: VQAv2 4e-4 QP-L0, 1e-3 R-avgpool-L0)",
        "min_lr": f"{_RUN}: scheduler lr_min_fact 1e-4, i.e. 8e-4 x 1e-4",
        "warmup_steps": f"{_RUN}: scheduler warmup_fract 0.2, i.e. 30 of the suite's default 150 steps",
        "schedule": f"{_RUN}: scheduler cosine (depalm/optim/cosine_scheduler.py, linear warm-up then cosine)",
        "batch_size": f"{_RUN}: dataset.splits.train.batch_size 16 (per GPU)",
        "grad_clip": f"{_RUN}: training.clip_norm 0.8",
        "loss_tokens": f"{_RUN}: training.loss_label_only true (depalm/depalmodel.py masks the prompt)",
        "loss_reduction": "depalm/utils/patchs.py: nn.CrossEntropyLoss (mean over the labelled tokens)",
        "label_smoothing": f"{_RUN}: training.loss_smothing 2e-3 (depalm/utils/patchs.py)",
        "lm_dropout": "depalm/depalmodel.py: self.depalm_model.train() on the whole model, the frozen LM included",
        "num_beams": f"{_RUN}: llm.generation.args num_beams 3, do_sample false",
        "max_new_tokens": f"{_RUN}: max_new_tokens 50; kept: the task's own answer length",
        "length_penalty": "transformers' generate default length_penalty 1.0",
        "prompt_template": "depalm/depalmodel.py tokenize_input: instruction.format(prompt=...)",
        "preprocessing": f"{_RUN}: dataset.splits.train.random_augment yes",
    },
    citation="Vallaeys et al., 2024 (arXiv 2403.13499); github.com/facebookresearch/DePALM (config/run.yaml)",
)


def _positive(value, name: str, method: str, least: int = 1) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < least:
        raise ConfigError(f"{method}: {name} must be an integer >= {least}, got {value!r}")
    return value


def _prompt(length: int, dim: int) -> SoftPrompt | None:
    """``length`` learned prompt vectors N(0, 1) (``LearnedPrefixTokensL0``: ``nn.init.normal_``), or None."""
    return SoftPrompt(length, dim, mlp=False) if length else None


def _with_prompt(visual: torch.Tensor, prompt: SoftPrompt | None) -> torch.Tensor:
    if prompt is None:
        return visual
    return torch.cat([visual, prompt(visual.shape[0]).to(visual.dtype)], dim=1)


# -- QP,L0 ----------------------------------------------------------------------------------------
@dataclass
class DePALMQPConfig:
    """Options of DePALM QP,L0 (``--set method_options.<field>=...``)."""

    preset: str = "lite"  # faithful | released | lite (see the module docstring)
    width: int | None = None  # the query transformer's width (adapter.embed_dim; None: the preset's)
    layers: int | None = None  # TransformerEncoderLayers (None: the preset's)
    heads: int | None = None
    num_queries: int | None = None  # learned queries = visual prefix tokens
    prompt_length: int | None = None  # learned prompt tokens after the visual ones (0: none)
    dropout: float = 0.1
    patch_tokens_only: bool = False  # True: drop the grid's [CLS]-like tokens (the official code keeps them)


def resolve_qp(config: DePALMQPConfig, method: str) -> dict[str, int]:
    """The preset's shape, each value overridden by its field when set; integers checked."""
    if config.preset not in QP_PRESETS:
        raise ConfigError(f"{method}: preset must be one of {', '.join(QP_PRESETS)}, got {config.preset!r}")
    shape = dict(QP_PRESETS[config.preset])
    for key in shape:
        value = getattr(config, key)
        if value is not None:
            shape[key] = value
    for key, value in shape.items():
        _positive(value, key, method, least=0 if key == "prompt_length" else 1)
    if shape["width"] % shape["heads"]:
        raise ConfigError(f"{method}: width={shape['width']} is not divisible by heads={shape['heads']}")
    return shape


@register_method("depalm-qp")
class DePALMQP(Method):
    """DePALM QP,L0: learned queries through a Transformer over the projected encoder tokens, then a
    prompt."""

    search_space = {
        **Method.search_space,
        "method_options.num_queries": Int(8, 32, step=8),
        "method_options.layers": Int(1, 4),
        "method_options.prompt_length": Choice((0, 1, 16)),
    }
    config_cls = DePALMQPConfig
    paper_recipe = PAPER_RECIPE

    def __init__(self, config: DePALMQPConfig, lm: LMSpec, encoder: EncoderSpec | None) -> None:
        super().__init__(config, lm, encoder)
        assert encoder is not None
        shape = resolve_qp(config, self.name)
        if not 0.0 <= float(config.dropout) < 1.0:
            raise ConfigError(f"{self.name}: dropout must be in [0, 1), got {config.dropout}")
        self.shape = shape
        w = shape["width"]
        self.tokens = EncoderTokens.of(encoder, "grid", config.patch_tokens_only, self.name)
        self.input_proj = nn.Linear(self.tokens.width, w)
        self.queries = nn.Parameter(torch.empty(1, shape["num_queries"], w))
        nn.init.normal_(self.queries)
        # built one by one (not deep-copied), as TransformerFeatureExtractor does
        self.blocks = nn.ModuleList(
            nn.TransformerEncoderLayer(
                d_model=w,
                nhead=shape["heads"],
                dim_feedforward=w,
                dropout=float(config.dropout),
                activation="gelu",
                layer_norm_eps=1e-4,
                batch_first=True,
                norm_first=False,
            )
            for _ in range(shape["layers"])
        )
        self.output_proj = nn.Linear(w, lm.embed_dim)
        self.prompt = _prompt(shape["prompt_length"], lm.embed_dim)

    @classmethod
    def feature_request(cls, config: DePALMQPConfig) -> FeatureRequest:
        return FeatureRequest(grid=True)

    def prefix_length(self) -> int:
        return self.shape["num_queries"] + self.shape["prompt_length"]

    def soft_prompt_positions(self) -> list[int]:
        return list(range(self.shape["num_queries"], self.prefix_length()))  # the prompt after the queries

    def forward(self, features: dict[str, torch.Tensor] | None, batch_size: int) -> Conditioning:
        assert features is not None
        x = self.input_proj(self.tokens.select(features).to(self.input_proj.weight.dtype))
        x = torch.cat([x, self.queries.to(x.dtype).expand(x.shape[0], -1, -1)], dim=1)
        for block in self.blocks:
            x = block(x)
        visual = self.output_proj(x[:, -self.shape["num_queries"] :])
        return Conditioning(prefix=_with_prompt(visual, self.prompt))


# -- R-avgpool,L0 ---------------------------------------------------------------------------------
@dataclass
class DePALMPoolConfig:
    """Options of DePALM R-avgpool,L0 (``--set method_options.<field>=...``)."""

    pooling: str = "official"  # "official": the released code's channel pooling + concatenation; "tokens": 2x2 mean
    cls_token: str = "auto"  # first visual token: "cls" (grid's [CLS]), "pooled" (pooled embedding), "none"; auto
    prompt_length: int = 1  # learned prompt tokens after the visual ones (0: none)


@register_method("depalm-pool")
class DePALMPool(Method):
    """DePALM R-avgpool,L0: every token projected, pooled in 2 x 2 groups after the [CLS], RMSNorm and
    a Linear, then one prompt token."""

    search_space = {
        **Method.search_space,
        "method_options.pooling": Choice(POOLINGS),
        "method_options.prompt_length": Choice((0, 1, 16)),
    }
    config_cls = DePALMPoolConfig
    paper_recipe = PAPER_RECIPE

    def __init__(self, config: DePALMPoolConfig, lm: LMSpec, encoder: EncoderSpec | None) -> None:
        super().__init__(config, lm, encoder)
        assert encoder is not None
        if config.pooling not in POOLINGS:
            raise ConfigError(f"{self.name}: pooling must be one of {', '.join(POOLINGS)}, got {config.pooling!r}")
        if config.cls_token not in CLS_SOURCES:
            raise ConfigError(
                f"{self.name}: cls_token must be one of {', '.join(CLS_SOURCES)}, got {config.cls_token!r}"
            )
        _positive(config.prompt_length, "prompt_length", self.name, least=0)
        d = lm.embed_dim
        self.patches = EncoderTokens.of(encoder, "grid", True, self.name)
        n = self.patches.count
        self.side = math.isqrt(n)
        if self.side * self.side != n:
            raise ConfigError(
                f"{self.name}: the encoder's {n} patch tokens are not a square grid; 2 x 2 pooling needs an s x s grid"
            )
        self.out_side = math.ceil(self.side / 2)
        if config.pooling == "official" and d % 4:
            raise ConfigError(f"{self.name}: pooling=official averages runs of 4 channels; d={d} is not divisible by 4")
        cls = config.cls_token
        if cls == "auto":
            cls = "cls" if encoder.grid_prefix_tokens >= 1 else "pooled"
        if cls == "cls" and encoder.grid_prefix_tokens < 1:
            raise ConfigError(f"{self.name}: cls_token=cls but the encoder's grid has no [CLS]; use pooled or none")
        if cls == "pooled" and encoder.pooled_width != encoder.grid_width:
            raise ConfigError(
                f"{self.name}: cls_token=pooled shares the token projection, so the pooled width "
                f"({encoder.pooled_width}) must equal the grid width ({encoder.grid_width}); use cls or none"
            )
        self.cls_source = cls
        self.proj = nn.Linear(encoder.grid_width, d)
        self.norm = nn.RMSNorm(d, eps=1e-4)
        self.out = nn.Linear(d, d)
        self.prompt = _prompt(int(config.prompt_length), d)

    @classmethod
    def feature_request(cls, config: DePALMPoolConfig) -> FeatureRequest:
        # "auto" may resolve to the pooled embedding; the request cannot see the encoder, so ask for it
        return FeatureRequest(grid=True, pooled=config.cls_token in ("auto", "pooled"))

    def visual_tokens(self) -> int:
        return self.out_side * self.out_side + (self.cls_source != "none")

    def prefix_length(self) -> int:
        return self.visual_tokens() + int(self.config.prompt_length)

    def soft_prompt_positions(self) -> list[int]:
        return list(range(self.visual_tokens(), self.prefix_length()))  # the prompt after the visual tokens

    def pool(self, patches: torch.Tensor) -> torch.Tensor:
        """(B, s*s, d) projected patch tokens in raster order -> (B, ceil(s/2)^2, d)."""
        b, _, d = patches.shape
        grid = patches.transpose(1, 2).reshape(b, d, self.side, self.side)
        if self.config.pooling == "tokens":
            return F.adaptive_avg_pool2d(grid, self.out_side).flatten(2).transpose(1, 2)
        if self.side % 2:  # odd grid: repeat the last row and column (suite choice)
            grid = F.pad(grid, (0, 1, 0, 1), mode="replicate")
        o = self.out_side
        groups = grid.permute(0, 2, 3, 1).reshape(b, o, 2, o, 2, d).transpose(2, 3).reshape(b * o * o, 4, d)
        # nn.AvgPool1d(4) on (B*G, 4, d) pools the channels; the 4 pooled tokens are concatenated
        return F.avg_pool1d(groups, 4).reshape(b, o * o, d)

    def forward(self, features: dict[str, torch.Tensor] | None, batch_size: int) -> Conditioning:
        assert features is not None
        grid = features["grid"].to(self.proj.weight.dtype)
        x = self.proj(grid)
        tokens = self.pool(x[:, self.patches.skip :])
        if self.cls_source == "cls":
            tokens = torch.cat([x[:, :1], tokens], dim=1)
        elif self.cls_source == "pooled":
            tokens = torch.cat([self.proj(features["pooled"].to(grid.dtype)).unsqueeze(1), tokens], dim=1)
        # in float32, as LlamaRMSNorm computes it (and the fused kernel needs one dtype under autocast)
        visual = self.out(self.norm(tokens.float()).to(tokens.dtype))
        return Conditioning(prefix=_with_prompt(visual, self.prompt))
