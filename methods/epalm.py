"""eP-ALM (Shukor, Dancette and Cord, ICCV 2023): the reference method of this suite.

The [CLS] tokens of the encoder's last ``num_layer_tokens`` blocks (after the encoder's final norm)
are each projected by a Linear(Dv, D) (one per token, or one shared: the pt-L variant) and written
into the LM's late layers, two consecutive layers per token, shallowest token first: by default the
12 layers ending at L-2 (19..30 of 32 for OPT-2.7B/6.7B, 11..22 of 24 for OPT-350M). A soft prompt of
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
* Loss. The official loss sums token cross-entropy per sample, averages over the batch and scales
  by 0.1; here the trainer's ``loss_reduction``/``loss_weight`` choose that (``sample_sum``/0.1
  reproduces it) and the default trains on the answer tokens only.
* CNN encoders (offline EfficientNet presets) have stage outputs of different widths; the per-layer
  connectors handle that, and the shared connector zero-pads every token to the widest one.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import nn

from benchmark.backbones.specs import EncoderSpec, FeatureRequest, LMSpec
from benchmark.errors import ConfigError
from benchmark.registry import register_method
from benchmark.search_space import Int
from methods.base import Conditioning, Method, late_layers
from methods.modules import SoftPrompt


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
        if len(self._layers) < k:
            raise ConfigError(f"epalm: {len(self._layers)} injection layers cannot take {k} tokens")
        widths = tuple(encoder.layer_widths[-k:])
        self._widths = widths
        if config.shared_connector:
            self.connector = nn.Linear(max(widths), lm.hidden_size)
        else:
            self.connectors = nn.ModuleList(nn.Linear(w, lm.hidden_size) for w in widths)
        self.prompt = (
            SoftPrompt(config.prompt_length, lm.embed_dim, config.prompt_mlp) if config.prompt_length else None
        )
        # token j goes to the layers whose index in the list maps to it: 12 layers, 6 tokens -> 2 each
        n = len(self._layers)
        self._token_of_layer = {layer: (j * k) // n for j, layer in enumerate(self._layers)}

    @classmethod
    def feature_request(cls, config: EPALMConfig) -> FeatureRequest:
        return FeatureRequest(layers=config.num_layer_tokens)

    def injection_layers(self) -> list[int]:
        return list(self._layers)

    def prefix_length(self) -> int:
        return 1 + (self.config.prompt_length or 0)

    def _project(self, j: int, token: torch.Tensor) -> torch.Tensor:
        if self.config.shared_connector:
            pad = max(self._widths) - token.shape[-1]
            if pad:
                token = nn.functional.pad(token, (0, pad))
            return self.connector(token)
        return self.connectors[j](token)

    def forward(self, features: dict[str, torch.Tensor] | None, batch_size: int) -> Conditioning:
        assert features is not None
        projected = [self._project(j, features[f"layer.{j}"]) for j in range(self.config.num_layer_tokens)]
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
