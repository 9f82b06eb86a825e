"""eP-ALM (Shukor, Dancette and Cord, ICCV 2023): the reference method of this suite.

The [CLS] tokens of the encoder's last ``num_layer_tokens`` blocks (after the encoder's final norm)
are each projected by a Linear(Dv, D) (one per token, or one shared: the pt-L variant) and written
into the LM's late layers, two consecutive layers per token, shallowest token first: by default the
12 layers ending at L-2 (19..30 of 32 for OPT-2.7B/6.7B, 11..22 of 24 for OPT-350M). Token of the
j-th injection layer (:func:`token_of_layers`): the official ``models/opt.py`` formula
``min(j // step, k - 1)`` with ``step = n // k`` for ``n > k`` layers and 1 otherwise, so 12 layers
take 6 tokens two each, 13 layers give the last token three, and 4 layers take the first 4 of 6 tokens
(the deepest 2 are unused, as in the official code, and get no connector). A soft prompt of
10 learned tokens (re-parameterised through Linear-Tanh-Linear by default, a plain Embedding in
pt-L) is prepended to the text. Source: github.com/mshukor/eP-ALM and the paper's Section 3.

Deviations from the official code, on purpose (see the README's "Methods, exactly" and the model
wrapper, ``benchmark/engine/model.py``):

* Causal masking. The official code prepends the visual token at the first injection layer and
  leaves its attention row unmasked, so it sees future text during training. Here a visual slot is
  reserved at position 0 from the input on; it is hidden from every other token in the layers
  before the first injection (text cannot attend to it before it exists) and, being first in a
  causal sequence, it sees no text at all.
* Positions. The slot and the soft prompt take ordinary positions (0 and 1..P) and the text
  follows them; in the official OPT code the prompt has no positional embedding of its own.
* Loss. The official loss sums the token cross-entropy over every text token per sample (question,
  separator, answer, EOS; ``float32/vqa.py`` and ``models/opt.py``), averages over the batch and
  scales by 0.1, with the frozen OPT in train mode (dropout 0.1 on). ``--recipe paper`` does the same
  (``loss_tokens=all``, ``loss_reduction=sample_sum``, ``loss_weight=0.1``, ``lm_dropout=true``); the
  shared recipe trains on the answer tokens only, token-averaged, with the LM's dropout off.
* Training recipe (``paper_recipe``, from ``configs/image/ePALM_vqa.yaml`` and
  ``ePALM_pt_L_vqa.yaml``): AdamW (torch's betas and eps: the configs set none), weight decay 0.02,
  connectors at lr 2e-5 and the prompt at 1e-5 (pt-L: 2e-4 and 1e-3), cosine to min_lr 1e-6 (pt-L
  1e-5) after a warm-up, no gradient clipping, 3 beams. The official scheduler steps per epoch after
  4 warm-up "epochs" of 100 iterations each; here the warm-up is those 400 steps and the cosine runs
  per step over ``train.steps``.
* CNN encoders (offline EfficientNet presets) have stage outputs of different widths; the per-layer
  connectors handle that, and the shared connector zero-pads every token to the widest one.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import torch
from torch import nn

from benchmark.backbones.specs import EncoderSpec, FeatureRequest, LMSpec
from benchmark.engine.recipe import ParamGroup, Recipe
from benchmark.errors import ConfigError
from benchmark.registry import register_method
from benchmark.search_space import Int
from methods.base import Conditioning, Method, late_layers
from methods.modules import SoftPrompt


def token_of_layers(n_layers: int, k: int) -> list[int]:
    """The [CLS] token (0 = shallowest of the k) written at each of ``n_layers`` consecutive
    injection layers: the official ``min(j // step, k - 1)``, ``step = n_layers // k`` when
    ``n_layers > k`` else 1 (``models/opt.py`` of github.com/mshukor/eP-ALM)."""
    if n_layers < 1 or k < 1:
        raise ConfigError(f"epalm: cannot place {k} tokens into {n_layers} layers")
    step = n_layers // k if n_layers > k else 1
    return [min(j // step, k - 1) for j in range(n_layers)]


def _sources(vqa_config: str, lr: str, prompt_lr: str, min_lr: str) -> dict[str, str]:
    return {
        "betas": f"{vqa_config}: optimizer {{opt: adamW}} sets no betas, so torch's AdamW default",
        "eps": f"{vqa_config}: no opt_eps, so torch's AdamW default",
        "weight_decay": f"{vqa_config}: optimizer weight_decay 0.02",
        "lr": f"{vqa_config}: optimizer lr {lr}",
        "min_lr": f"{vqa_config}: schedular min_lr {min_lr}",
        "warmup_steps": "float32/vqa.py: warmup_epochs 4 x step_size 100 iterations of scheduler warm-up in epoch 0",
        "schedule": f"{vqa_config}: schedular sched cosine (timm CosineLRScheduler, stepped per epoch)",
        "param_groups": f"optim/optim_factory.py: parameters named 'prompt' at prompt_lr {prompt_lr}, the rest at lr",
        "batch_size": "paper and configs/image/ePALM_vqa.yaml: 64 per GPU (4 GPUs)",
        "grad_clip": "float32/vqa.py: loss.backward(); optimizer.step() with no gradient clipping",
        "loss_tokens": "float32/vqa.py: labels are every non-pad token of question + separator + answer + EOS",
        "loss_reduction": "float32/vqa.py: loss.sum() / batch size of per-sample token sums (models/opt.py)",
        "loss_weight": f"{vqa_config}: lm_loss_weight 0.1",
        "lm_dropout": "float32/vqa.py: model.train() on the whole model; the frozen OPT keeps dropout 0.1",
        "label_smoothing": "models/opt.py: CrossEntropyLoss without label smoothing",
        "num_beams": f"{vqa_config}: num_beams 3, do_sample False",
        "max_new_tokens": "float32/vqa.py generates up to max_length=30; kept: the task's own answer length",
        "length_penalty": "models/opt.py generate: transformers' default length_penalty 1.0",
        "prompt_template": "float32/vqa.py",
        "preprocessing": "float32/vqa.py: image_res 224, use_data_augmentation True (dataset/vqa.py)",
    }


_PROMPT = "question, separator ('</s>', or '?' + '</a>' with special_answer_token), answer, EOS"
_PREPROCESSING = "224 px with training-time data augmentation; the suite encodes each image once, unaugmented"


@dataclass
class EPALMConfig:
    """Options of eP-ALM (``--set method_options.<field>=...``)."""

    num_layer_tokens: int = 6  # [CLS] tokens of the last k encoder blocks
    shared_connector: bool = False  # pt-L: one Linear for every token
    prompt_length: int = 10
    prompt_mlp: bool = True  # Embedding -> Linear -> Tanh -> Linear; False: plain Embedding
    num_injection_layers: int = 12
    injection_end_offset: int = 2  # the injection layers end at L - this
    injection_layers: list[int] | None = None  # explicit layer indices (overrides the two above)


@register_method("epalm")
class EPALM(Method):
    """eP-ALM: per-layer [CLS] connectors written into late LM layers, plus a soft prompt."""

    search_space = {
        **Method.search_space,
        "method_options.prompt_length": Int(0, 20, step=5),
        "method_options.num_injection_layers": Int(6, 12, step=2),
    }  # >= the 6 [CLS] tokens
    config_cls = EPALMConfig
    paper_recipe = Recipe(
        betas=(0.9, 0.999),
        eps=1e-8,
        weight_decay=0.02,
        lr=2e-5,
        min_lr=1e-6,
        warmup_steps=400,
        schedule="cosine",
        param_groups=(
            ParamGroup("connector", ("connectors.", "connector."), 2e-5),
            ParamGroup("prompt", ("prompt.",), 1e-5),
        ),
        batch_size=64,
        grad_clip=0.0,
        loss_tokens="all",
        loss_reduction="sample_sum",
        loss_weight=0.1,
        lm_dropout=True,
        num_beams=3,
        prompt_template=_PROMPT,
        preprocessing=_PREPROCESSING,
        sources=_sources("configs/image/ePALM_vqa.yaml", "2e-5", "1e-5", "1e-6"),
        citation="Shukor et al., ICCV 2023; github.com/mshukor/eP-ALM (configs/image/ePALM_vqa.yaml, float32/vqa.py)",
    )

    def __init__(self, config: EPALMConfig, lm: LMSpec, encoder: EncoderSpec | None) -> None:
        super().__init__(config, lm, encoder)
        assert encoder is not None
        k = config.num_layer_tokens
        if k < 1 or k > len(encoder.layer_widths):
            raise ConfigError(f"epalm: num_layer_tokens={k} but the encoder exposes {len(encoder.layer_widths)} layers")
        self._layers = (
            sorted(set(int(i) for i in config.injection_layers))
            if config.injection_layers
            else late_layers(lm.num_layers, config.num_injection_layers, config.injection_end_offset)
        )
        if not self._layers or self._layers[0] < 0 or self._layers[-1] >= lm.num_layers:
            raise ConfigError(f"epalm: injection layers {self._layers} are outside 0..{lm.num_layers - 1}")
        # token j goes to the layers the official formula gives it: 12 layers, 6 tokens -> 2 each
        tokens = token_of_layers(len(self._layers), k)
        self._token_of_layer = dict(zip(self._layers, tokens))
        self._used = max(tokens) + 1  # fewer layers than tokens: the deepest tokens are unused
        widths = tuple(encoder.layer_widths[-k:])
        self._widths = widths
        if config.shared_connector:
            self.connector = nn.Linear(max(widths), lm.hidden_size)
        else:
            self.connectors = nn.ModuleList(nn.Linear(w, lm.hidden_size) for w in widths[: self._used])
        self.prompt = (
            SoftPrompt(config.prompt_length, lm.embed_dim, config.prompt_mlp) if config.prompt_length else None
        )

    @classmethod
    def feature_request(cls, config: EPALMConfig) -> FeatureRequest:
        return FeatureRequest(layers=config.num_layer_tokens)

    def injection_layers(self) -> list[int]:
        return list(self._layers)

    def prefix_length(self) -> int:
        return 1 + (self.config.prompt_length or 0)

    def soft_prompt_positions(self) -> list[int]:
        return list(range(self.config.prompt_length or 0))  # the whole prefix: the [CLS] tokens go to the slot

    def _project(self, j: int, token: torch.Tensor) -> torch.Tensor:
        if self.config.shared_connector:
            pad = max(self._widths) - token.shape[-1]
            if pad:
                token = nn.functional.pad(token, (0, pad))
            return self.connector(token)
        return self.connectors[j](token)

    def forward(self, features: dict[str, torch.Tensor] | None, batch_size: int) -> Conditioning:
        assert features is not None
        projected = [self._project(j, features[f"layer.{j}"]) for j in range(self._used)]
        writes = {layer: projected[j] for layer, j in self._token_of_layer.items()}
        prefix = self.prompt(batch_size) if self.prompt is not None else None
        return Conditioning(prefix=prefix, layer_writes=writes)


@dataclass
class EPALMPtLConfig(EPALMConfig):
    """eP-ALM pt-L defaults: one shared connector and a plain (not re-parameterised) prompt."""

    shared_connector: bool = True
    prompt_mlp: bool = False


@register_method("epalm-pt-l")
class EPALMPtL(EPALM):
    """eP-ALM pt-L: one shared connector and a plain soft prompt (the paper's 4.24M setting)."""

    config_cls = EPALMPtLConfig
    paper_recipe = dataclasses.replace(
        EPALM.paper_recipe,
        lr=2e-4,
        min_lr=1e-5,
        param_groups=(
            ParamGroup("connector", ("connectors.", "connector."), 2e-4),
            ParamGroup("prompt", ("prompt.",), 1e-3),
        ),
        sources={
            **_sources("configs/image/ePALM_pt_L_vqa.yaml", "2e-4", "1e-3", "1e-5"),
            "batch_size": "paper: 64 per GPU (4 GPUs); configs/image/ePALM_pt_L_vqa.yaml says batch_size_train 2",
        },
        citation="Shukor et al., ICCV 2023; github.com/mshukor/eP-ALM (configs/image/ePALM_pt_L_vqa.yaml)",
    )
