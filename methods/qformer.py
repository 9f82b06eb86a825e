"""BLIP-2's Q-Former (Li, Li, Savarese and Hoi, ICML 2023): "BLIP-2: Bootstrapping Language-Image
Pre-training with Frozen Image Encoders and Large Language Models".

A small BERT-style Transformer reads the frozen encoder's tokens through cross-attention and hands
``num_queries`` learned query outputs, projected to the LM's input width, to the frozen LM as a prefix:

    grid (B, N, Dv) -> ln_vision = LayerNorm(Dv) (new, trainable)
    query_tokens (1, n_q, h) -> Q-Former: LayerNorm + dropout, then L layers of
        bidirectional self-attention over the queries -> [cross-attention to the image tokens, in the
        layers with ``layer % cross_attention_freq == 0``] -> the query FFN (``intermediate_query`` /
        ``output_query``), all post-LN (eps 1e-12), GELU, dropout 0.1
    -> (B, n_q, h) -> proj = Linear(h, d) -> n_q prefix tokens before the text.

The Q-Former is transformers' ``Blip2QFormerModel`` (``use_qformer_text_input=False``: the query path
only, as ``blip2_opt.py`` keeps it after deleting the text FFN, the word and position embeddings and
the ``cls`` head); ``ln_vision``, ``query_tokens`` and ``proj`` are this file's. Trainable = Q-Former
query path + queries + ln_vision + projection, BLIP-2's stage-2 set.

Facts used, from the official code (salesforce/LAVIS ``lavis/models/blip2_models/{blip2.py,
blip2_opt.py,blip2_qformer.py,Qformer.py}``, ``lavis/projects/blip2/train/pretrain_stage2.yaml``,
``lavis/runners/runner_base.py``):

* ``init_Qformer``: bert-base-uncased config with ``encoder_width = Dv``, cross-attention every
  ``cross_attention_freq = 2`` layers, 32 queries drawn normal(0, ``initializer_range`` 0.02);
  ``ln_vision = LayerNorm(Dv)`` (computed in fp32); ``opt_proj = nn.Linear(768, D)`` (torch's default
  init); the prefix is ``cat([query outputs, text embeddings])``, every query position masked out of
  the loss.
* Presets (``method_options.preset``): ``base`` is BLIP-2's (BERT-base: h 768, 12 layers, 12 heads,
  FFN 3072, freq 2). ``lite`` (384 / 6 / 6 / 1536 / 2) and ``tiny`` (256 / 4 / 4 / 1024 / 1) are
  SUITE-DEFINED sizes, not from a paper. Default ``tiny``: ``base`` is 104.4M trainable parameters on
  SmolLM2-135M + EfficientNet-Lite0 (77.6% of the LM), ``tiny`` 6.47M. Any of ``hidden``, ``layers``,
  ``heads``, ``ffn``, ``cross_attention_freq`` overrides the preset's value.
* Counts reproduced by ``bench params`` (the stage-2 trainable set): ``--lm opt-2.7b --encoder
  clip-vit-l14 --set method_options.preset=base`` gives 103,593,984 (BLIP-2 ViT-L + OPT-2.7B,
  reported 104M); with ViT-g (Dv 1408) the same formula gives 107,133,696 (reported 107M).

Deviations and choices:

* Training: one stage, the LM loss on the task's training split, from RANDOM initialisation (BERT's
  ``_init_weights``: Linear weights normal(0, 0.02) with zero bias, LayerNorm 1/0; transformers'
  ``Blip2QFormerModel`` does the same). BLIP-2's numbers rest on two-stage pre-training on 129M
  images (stage 1: ITC + ITM + image-grounded generation on the Q-Former alone; stage 2: this LM
  loss), started from bert-base-uncased weights; none of that is available offline, and the paper
  reports a large drop without stage 1 (its ablation; not re-checked here). Stage 1 is not
  implemented.
* ``init_from`` (default none): a LOCAL folder of a transformers BERT checkpoint (no download). Its
  embedding LayerNorm initialises the Q-Former's input LayerNorm, each layer's self-attention (and
  output LayerNorm) the Q-Former's, and each layer's text FFN the query FFN (``blip2_qformer.py``
  copies every ``*_query`` parameter from the one without ``_query``); cross-attention stays random,
  as in LAVIS, where bert-base-uncased has none. The BERT's sizes must equal the Q-Former's. The
  folder is read every time the method is built, also when a finished run is rebuilt (``bench
  eval``), where the run's trained tensors then replace everything.
* Encoder tokens: BLIP-2 feeds every token of the ViT's penultimate block, [CLS] included, without
  the final norm (EVA ViT-g ``depth=39``, CLIP ViT-L ``layers=23``). The suite's grid is the last
  layer after the encoder's final norm (CNNs: the head's feature map, normalised per
  ``data.feature_norm``); all its tokens are read ([CLS] included; ``patch_tokens_only`` drops it).
* Training recipe (``paper_recipe``, ``--recipe paper``), BLIP-2 stage 2: AdamW betas (0.9, 0.999),
  weight decay 0.05, lr 1e-4 with a 2000-step warm-up, cosine to 1e-5, batch 64 (per GPU in the
  config; the number of GPUs is not in the config), no gradient clipping, the frozen OPT's dropout on
  in training (``blip2_opt.py`` freezes its parameters, not its train mode), 5 beams at evaluation.
  Differences: LAVIS exempts biases, LayerNorms and other 1-D parameters from weight decay (the suite
  decays every trainable tensor), warms up from 1e-6 (the suite from 0) and steps its cosine once per
  epoch over 10 epochs (the suite per step over ``train.steps``).

InstructBLIP's instruction-aware Q-Former (the question's tokens enter the Q-Former beside the
queries) is ``qformer-instruct`` (:mod:`methods.qformer_instruct`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import torch
import torch.nn.functional as F
from torch import nn

from benchmark.backbones.specs import EncoderSpec, FeatureRequest, LMSpec
from benchmark.engine.recipe import Recipe
from benchmark.errors import ConfigError
from benchmark.registry import register_method
from benchmark.search_space import Choice, Float, Int
from methods.base import Conditioning, Method
from methods.modules import EncoderTokens

INITIALIZER_RANGE = 0.02  # bert-base-uncased's initializer_range (query tokens and every Linear)
LAYER_NORM_EPS = 1e-12  # BERT's LayerNorm eps (the Q-Former's own LayerNorms)


@dataclass(frozen=True)
class QFormerArch:
    """The Q-Former's sizes: width, depth, heads, FFN width and cross-attention frequency."""

    hidden: int
    layers: int
    heads: int
    ffn: int
    cross_attention_freq: int


PRESETS: dict[str, QFormerArch] = {
    "base": QFormerArch(768, 12, 12, 3072, 2),  # BLIP-2: bert-base-uncased, cross-attention every 2nd layer
    "lite": QFormerArch(384, 6, 6, 1536, 2),  # suite-defined
    "tiny": QFormerArch(256, 4, 4, 1024, 1),  # suite-defined: every layer cross-attends
}


@dataclass
class QFormerConfig:
    """Options of the Q-Former (``--set method_options.<field>=...``)."""

    preset: str = "tiny"  # base (BLIP-2's BERT-base) | lite | tiny (suite-defined sizes)
    hidden: int | None = None  # None: the preset's
    layers: int | None = None
    heads: int | None = None
    ffn: int | None = None
    cross_attention_freq: int | None = None
    num_queries: int = 32  # learned queries = prefix tokens
    dropout: float = 0.1  # BERT's hidden and attention dropout
    patch_tokens_only: bool = False  # True: drop the grid's [CLS]-like tokens (BLIP-2 reads them all)
    init_from: str | None = None  # a local transformers BERT folder (self-attention + FFN weights)


def resolve_arch(config: QFormerConfig, method: str) -> QFormerArch:
    """The preset's sizes with the explicitly given fields in their place, checked."""
    if config.preset not in PRESETS:
        raise ConfigError(f"{method}: preset must be one of {', '.join(PRESETS)}, got {config.preset!r}")
    base = PRESETS[config.preset]
    values = {
        name: int(getattr(config, name)) if getattr(config, name) is not None else getattr(base, name)
        for name in ("hidden", "layers", "heads", "ffn", "cross_attention_freq")
    }
    for name, value in values.items():
        if value < 1:
            raise ConfigError(f"{method}: {name} must be at least 1, got {value}")
    if values["hidden"] % values["heads"]:
        raise ConfigError(f"{method}: hidden={values['hidden']} is not divisible by heads={values['heads']}")
    if int(config.num_queries) < 1:
        raise ConfigError(f"{method}: num_queries must be at least 1, got {config.num_queries}")
    if not 0.0 <= float(config.dropout) < 1.0:
        raise ConfigError(f"{method}: dropout must be in [0, 1), got {config.dropout}")
    return QFormerArch(**values)


def ln_vision_fp32(ln: nn.LayerNorm, image_tokens: torch.Tensor) -> torch.Tensor:
    """``ln_vision`` as LAVIS's LayerNorm runs it: in fp32, cast back to the weight's dtype."""
    weight = ln.weight
    return F.layer_norm(image_tokens.float(), weight.shape, weight.float(), ln.bias.float(), ln.eps).to(weight.dtype)


def vision_norm_and_queries(encoder_width: int, num_queries: int, hidden: int) -> tuple[nn.LayerNorm, nn.Parameter]:
    """``ln_vision`` (torch's default eps 1e-5, as LAVIS's LayerNorm) and the learned ``query_tokens``
    (1, num_queries, hidden), drawn from N(0, 0.02) as BLIP-2 initialises them."""
    queries = nn.Parameter(torch.zeros(1, num_queries, hidden))
    nn.init.normal_(queries, mean=0.0, std=INITIALIZER_RANGE)
    return nn.LayerNorm(encoder_width), queries


def qformer_config(arch: QFormerArch, encoder_width: int, dropout: float) -> dict:
    """The Q-Former configuration fields BLIP-2's and InstructBLIP's transformers classes share."""
    return {
        "hidden_size": arch.hidden,
        "num_hidden_layers": arch.layers,
        "num_attention_heads": arch.heads,
        "intermediate_size": arch.ffn,
        "hidden_act": "gelu",
        "hidden_dropout_prob": dropout,
        "attention_probs_dropout_prob": dropout,
        "initializer_range": INITIALIZER_RANGE,
        "layer_norm_eps": LAYER_NORM_EPS,
        "cross_attention_frequency": arch.cross_attention_freq,
        "encoder_hidden_size": encoder_width,
    }


class QFormerCore(nn.Module):
    """``ln_vision`` -> the Q-Former's query path (transformers' ``Blip2QFormerModel``) with its
    learned ``query_tokens``: (B, N, Dv) encoder tokens -> (B, n_q, h) query outputs."""

    def __init__(self, arch: QFormerArch, encoder_width: int, num_queries: int, dropout: float) -> None:
        super().__init__()
        from transformers import Blip2QFormerConfig, Blip2QFormerModel

        self.arch = arch
        self.ln_vision, self.query_tokens = vision_norm_and_queries(encoder_width, num_queries, arch.hidden)
        self.bert = Blip2QFormerModel(
            Blip2QFormerConfig(**qformer_config(arch, encoder_width, dropout), use_qformer_text_input=False)
        )

    def forward(self, image_tokens: torch.Tensor) -> torch.Tensor:
        image = ln_vision_fp32(self.ln_vision, image_tokens)
        queries = self.query_tokens.expand(image.shape[0], -1, -1)
        return self.bert(query_embeds=queries, encoder_hidden_states=image).last_hidden_state


def bert_state_for_qformer(bert_state: dict[str, torch.Tensor], layers: int) -> dict[str, torch.Tensor]:
    """The tensors of a transformers ``BertModel`` state dict that initialise a ``Blip2QFormerModel``
    (LAVIS's ``init_Qformer`` + ``blip2_qformer.py``): the embedding LayerNorm, each layer's
    self-attention and its output, and each layer's text FFN copied into the query FFN. The
    cross-attention tensors are not among them (BERT has none)."""
    out = {
        "layernorm.weight": bert_state["embeddings.LayerNorm.weight"],
        "layernorm.bias": bert_state["embeddings.LayerNorm.bias"],
    }
    for i in range(layers):
        src, dst = f"encoder.layer.{i}.", f"encoder.layer.{i}."
        pairs = [(f"attention.self.{n}", f"attention.attention.{n}") for n in ("query", "key", "value")]
        pairs += [("attention.output.dense", "attention.output.dense")]
        pairs += [("attention.output.LayerNorm", "attention.output.LayerNorm")]
        pairs += [("intermediate.dense", "intermediate_query.dense")]  # the query FFN from the text FFN
        pairs += [("output.dense", "output_query.dense"), ("output.LayerNorm", "output_query.LayerNorm")]
        for a, b in pairs:
            for t in ("weight", "bias"):
                out[f"{dst}{b}.{t}"] = bert_state[f"{src}{a}.{t}"]
    return out


def load_bert_into(core: QFormerCore, folder: str, method: str, load_weights: bool) -> None:
    """Check that ``folder`` holds a local transformers BERT of the Q-Former's sizes and, with
    ``load_weights``, initialise ``core.bert`` from it (:func:`bert_state_for_qformer`)."""
    path = Path(folder).expanduser()
    config_file = path / "config.json"
    if not config_file.is_file():
        raise ConfigError(
            f"{method}: init_from={folder!r} is not a local BERT folder (no {config_file}); "
            "BERT weights are never downloaded"
        )
    try:
        config = json.loads(config_file.read_text())
    except ValueError:
        raise ConfigError(f"{method}: {config_file} is not valid JSON") from None
    if config.get("model_type") != "bert":
        raise ConfigError(f"{method}: init_from={folder!r} holds a {config.get('model_type')!r} model, not a BERT")
    arch = core.arch
    wanted = {
        "hidden_size": arch.hidden,
        "num_hidden_layers": arch.layers,
        "num_attention_heads": arch.heads,
        "intermediate_size": arch.ffn,
        "hidden_act": "gelu",
    }
    differ = [f"{k} {config.get(k)!r} (the Q-Former's: {v!r})" for k, v in wanted.items() if config.get(k) != v]
    if differ:
        raise ConfigError(f"{method}: the BERT in {folder!r} does not fit the Q-Former: " + ", ".join(differ))
    if not load_weights:
        return
    from transformers import BertModel

    with torch.random.fork_rng(devices=[]):  # loading may initialise unused heads: keep the run's RNG
        bert = BertModel.from_pretrained(str(path), local_files_only=True, add_pooling_layer=False)
    tensors = bert_state_for_qformer(bert.state_dict(), arch.layers)
    missing, unexpected = core.bert.load_state_dict(tensors, strict=False)
    assert not unexpected and all(".crossattention." in k for k in missing), (missing, unexpected)


@register_method("qformer")
class QFormer(Method):
    """BLIP-2's Q-Former: learned queries cross-attend to the encoder tokens; their outputs, projected
    to the LM's input width, are the prefix."""

    config_cls = QFormerConfig
    search_space = {
        "train.lr": Float(1e-5, 3e-3, log=True),
        "method_options.num_queries": Int(8, 32, step=8),
        "method_options.preset": Choice(("tiny", "lite")),
    }
    paper_recipe = Recipe(
        betas=(0.9, 0.999),
        eps=1e-8,
        weight_decay=0.05,
        lr=1e-4,
        min_lr=1e-5,
        warmup_steps=2000,
        schedule="cosine",
        batch_size=64,
        grad_clip=0.0,
        loss_tokens="answer",
        loss_reduction="token_mean",
        lm_dropout=True,
        num_beams=5,
        prompt_template=(
            "VQA: 'Question: {} Short answer:' (vqav2_zeroshot_opt_eval.yaml); captions: 'a photo of ' "
            "(caption_coco_ft.yaml); here the task's own prompt"
        ),
        preprocessing="224 px, blip2_image_train augmentation (pretrain_stage2.yaml); here the encoder preset's own",
        sources={
            "betas": "lavis/runners/runner_base.py: AdamW(betas=(0.9, beta2)), beta2 0.999 unless run_cfg sets it",
            "eps": "lavis/runners/runner_base.py: torch AdamW's default eps",
            "weight_decay": "pretrain_stage2.yaml: weight_decay 0.05 (runner_base.py exempts biases and 1-D tensors)",
            "lr": "pretrain_stage2.yaml: init_lr 1e-4",
            "min_lr": "pretrain_stage2.yaml: min_lr 1e-5",
            "warmup_steps": "pretrain_stage2.yaml: warmup_steps 2000 (from warmup_lr 1e-6)",
            "schedule": "pretrain_stage2.yaml: linear_warmup_cosine_lr (cosine stepped per epoch, 10 epochs)",
            "batch_size": "pretrain_stage2.yaml: batch_size_train 64 (per GPU)",
            "grad_clip": "lavis/tasks/base_task.py: train_epoch steps the optimizer without gradient clipping",
            "loss_tokens": "blip2_opt.py: query, prompt and pad positions get -100; the caption tokens carry the loss",
            "loss_reduction": "blip2_opt.py: the OPT causal-LM loss, mean over the labelled tokens",
            "label_smoothing": "blip2_opt.py: the OPT causal-LM loss, no label smoothing",
            "lm_dropout": (
                "blip2_opt.py freezes OPT's parameters but not its train mode (only the ViT gets disabled_train): "
                "OPT's dropout 0.1 is on in training"
            ),
            "num_beams": "vqav2_zeroshot_opt_eval.yaml and caption_coco_ft.yaml: num_beams 5",
            "max_new_tokens": "VQA max_len 10, captions max_len 30: the task's own answer length here",
        },
        citation="Li et al., ICML 2023; github.com/salesforce/LAVIS (lavis/projects/blip2/train/pretrain_stage2.yaml)",
    )

    def __init__(self, config: QFormerConfig, lm: LMSpec, encoder: EncoderSpec | None) -> None:
        super().__init__(config, lm, encoder)
        assert encoder is not None
        self.tokens = EncoderTokens.of(encoder, "grid", config.patch_tokens_only, self.name)
        self.arch = resolve_arch(config, self.name)
        self.qformer = QFormerCore(self.arch, self.tokens.width, int(config.num_queries), float(config.dropout))
        self.proj = nn.Linear(self.arch.hidden, lm.embed_dim)
        if config.init_from:
            load_bert_into(self.qformer, config.init_from, self.name, load_weights=not self.proj.weight.is_meta)

    @classmethod
    def feature_request(cls, config: QFormerConfig) -> FeatureRequest:
        return FeatureRequest(grid=True)

    def prefix_length(self) -> int:
        return int(self.config.num_queries)

    def forward(self, features: dict[str, torch.Tensor] | None, batch_size: int) -> Conditioning:
        assert features is not None
        queries = self.qformer(self.tokens.select(features))
        return Conditioning(prefix=self.proj(queries.to(self.proj.weight.dtype)))
