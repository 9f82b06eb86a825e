"""LoRA with a linear prefix: the LLaVA-style baseline (a projection of the frozen encoder's tokens
into the LM's input space, plus low-rank adapters on the frozen LM).

Sources: LoRA (Hu et al., ICLR 2022: ``W x + (alpha / r) B A x``, ``A`` random, ``B`` zero at
init, so the adapted LM starts out identical to the frozen one) and LLaVA (Liu et al., NeurIPS
2023: the encoder's grid tokens through a trainable ``Linear(Dv, d)`` become a prefix of the text).
The LoRA layers come from the PEFT library: ``peft.inject_adapter_in_model(peft.LoraConfig(...),
lm)`` in :meth:`LoRA.attach`.

Facts and choices:

* Prefix: ``feature="grid"`` (default) projects every token of the last layer's grid
  (B, N, Dv) -> (B, N, d); ``feature="pooled"`` projects the pooled embedding to one token.
  LLaVA-1 takes CLIP's penultimate-layer patch tokens (no [CLS]); the suite's encoders expose the
  last layer's grid, all of it by default; ``patch_tokens_only`` drops the grid's leading
  [CLS]/register tokens (``EncoderSpec.grid_prefix_tokens``) as LLaVA does.
* LoRA defaults r=8, lora_alpha=16 (scale 2), lora_dropout 0.0, targets ``q_proj`` and ``v_proj``
  (the original LoRA setting; present in OPT, Llama, Gemma-3 and GPT-J; GPT-2 calls its fused
  projection ``c_attn``). PEFT's initialisation: ``A`` Kaiming-uniform, ``B`` zero.
* The wrapper keeps the LM, LoRA layers included, in eval mode during training, so a non-zero
  ``lora_dropout`` would have no effect: dropout inside the frozen LM is off by design.
* The LoRA matrices are modules of the LM after ``attach`` and are also registered in this
  method's ``lora`` ModuleDict (keys: the adapted module's path with "." -> "-"), so they are the
  method's parameters and its checkpoint holds exactly them and the projection. ``attach`` drops
  the ``peft_config`` attribute PEFT leaves on the model and re-freezes whatever PEFT toggled;
  ``detach`` puts each adapted layer's ``base_layer`` back in its parent, leaving the LM as it
  was. The LoRA weights stay in the method, and a later ``attach`` reuses them.
* LoRA parameters exist only after ``attach`` (``bench params`` attaches on the meta device); a
  checkpoint must therefore be loaded into a method that is attached to its LM (the shared wrapper
  attaches when it is built, before the trainer resumes).

UNCONFIRMED (config fields): r, lora_alpha, lora_dropout, target_modules, feature, patch_tokens_only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import torch
from torch import nn

from benchmark.backbones.specs import EncoderSpec, FeatureRequest, LMSpec
from benchmark.errors import ConfigError
from benchmark.registry import register_method
from benchmark.search_space import Choice
from methods.base import Conditioning, Method
from methods.modules import EncoderTokens

ADAPTER_NAME = "default"


@dataclass
class LoRAConfig:
    """Options of the LoRA baseline (``--set method_options.<field>=...``)."""

    r: int = 8
    lora_alpha: float = 16.0
    lora_dropout: float = 0.0  # inactive anyway: the frozen LM (LoRA layers included) stays in eval mode
    target_modules: list[str] = field(default_factory=lambda: ["q_proj", "v_proj"])
    feature: str = "grid"  # "grid": one prefix token per grid token; "pooled": one token
    patch_tokens_only: bool = False  # grid without its leading [CLS]/register tokens (LLaVA's "patch")


def _key(module_name: str) -> str:
    return module_name.replace(".", "-")


def _linear_names(lm: nn.Module) -> list[str]:
    """Distinct last names of the LM's linear-like leaf modules (what target_modules can match)."""
    names = set()
    for name, module in lm.named_modules():
        if isinstance(module, nn.Linear) or type(module).__name__ == "Conv1D":
            names.add(name.rsplit(".", 1)[-1])
    return sorted(names)


@register_method("lora")
class LoRA(Method):
    """A linear prefix from the encoder plus LoRA (PEFT) on the frozen LM."""

    search_space = {**Method.search_space, "method_options.r": Choice((4, 8, 16))}
    config_cls = LoRAConfig

    def __init__(self, config: LoRAConfig, lm: LMSpec, encoder: EncoderSpec | None) -> None:
        super().__init__(config, lm, encoder)
        assert encoder is not None
        self.tokens = EncoderTokens.of(encoder, config.feature, config.patch_tokens_only, "lora")
        if config.r < 1:
            raise ConfigError(f"lora: r must be >= 1, got {config.r}")
        if not 0.0 <= config.lora_dropout < 1.0:
            raise ConfigError(f"lora: lora_dropout must be in [0, 1), got {config.lora_dropout}")
        targets = config.target_modules
        if isinstance(targets, str):  # --set method_options.target_modules=q_proj,v_proj
            targets = [t.strip() for t in targets.split(",") if t.strip()]
        if not isinstance(targets, (list, tuple)) or not targets or not all(isinstance(t, str) for t in targets):
            raise ConfigError(f"lora: target_modules must be a non-empty list of module names, got {targets!r}")
        self._targets = list(targets)
        self.projection = nn.Linear(self.tokens.width, lm.embed_dim)
        self.lora = nn.ModuleDict()  # filled by attach: "<module path with ->" -> {lora_A, lora_B}
        self._adapted: list[tuple[nn.Module, str, nn.Module]] = []  # (parent, child name, LoRA layer)

    @classmethod
    def feature_request(cls, config: LoRAConfig) -> FeatureRequest:
        return EncoderTokens.request(config.feature)

    def prefix_length(self) -> int:
        return self.tokens.count

    def forward(self, features: dict[str, torch.Tensor] | None, batch_size: int) -> Conditioning:
        assert features is not None
        return Conditioning(prefix=self.projection(self.tokens.select(features)))

    # -- LoRA inside the LM ----------------------------------------------------------------------
    def attach(self, lm: nn.Module) -> None:
        import peft
        from peft.tuners.tuners_utils import BaseTunerLayer

        if self._adapted:
            raise RuntimeError("lora: already attached to an LM; detach it first")
        if any(isinstance(m, BaseTunerLayer) for m in lm.modules()):
            raise ConfigError("lora: the LM already holds PEFT adapter layers")
        flags = {id(p): p.requires_grad for p in lm.parameters()}
        had_peft_config = "peft_config" in vars(lm)
        old_peft_config = vars(lm).get("peft_config")
        peft_config = peft.LoraConfig(
            r=self.config.r,
            lora_alpha=self.config.lora_alpha,
            lora_dropout=self.config.lora_dropout,
            target_modules=list(self._targets),
            bias="none",
        )
        try:
            peft.inject_adapter_in_model(peft_config, lm, adapter_name=ADAPTER_NAME)
        except ValueError as exc:
            if "not found in the base model" not in str(exc) and "Target modules" not in str(exc):
                raise
            raise ConfigError(
                f"lora: none of target_modules={self._targets} is a linear module of {type(lm).__name__}; "
                f"its linear modules are named: {', '.join(_linear_names(lm))} "
                "(set method_options.target_modules=[...])"
            ) from None
        finally:
            if had_peft_config:  # PEFT leaves its config on the model: put back what was there
                lm.peft_config = old_peft_config
            elif "peft_config" in vars(lm):
                del lm.peft_config

        named = dict(lm.named_modules())
        adapted = []
        for name, module in named.items():
            if not isinstance(module, BaseTunerLayer):
                continue
            parent_name, _, child = name.rpartition(".")
            adapted.append((named[parent_name] if parent_name else lm, child, module))
            key = _key(name)
            if key in self.lora:  # re-attached: reuse this method's (possibly trained) LoRA weights
                module.lora_A[ADAPTER_NAME] = self.lora[key]["lora_A"]
                module.lora_B[ADAPTER_NAME] = self.lora[key]["lora_B"]
            else:
                self.lora[key] = nn.ModuleDict(
                    {"lora_A": module.lora_A[ADAPTER_NAME], "lora_B": module.lora_B[ADAPTER_NAME]}
                )
        self._adapted = adapted
        # PEFT toggles requires_grad across the whole LM: frozen weights stay exactly as they were
        own = {id(p) for p in self.lora.parameters()}
        for p in lm.parameters():
            if id(p) in own:
                p.requires_grad_(True)
            else:
                p.requires_grad_(flags.get(id(p), False))

    def detach(self, lm: nn.Module) -> None:
        for parent, child, module in reversed(self._adapted):
            setattr(parent, child, module.get_base_layer())
        self._adapted = []
