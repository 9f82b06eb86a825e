"""Parameter counts built on the meta device: no weights are downloaded or allocated.

``bench params --method epalm --lm opt-2.7b --encoder vit_base_patch16_224`` builds the LM and the
encoder from their preset configs and the method from their widths, all on ``torch.device("meta")``.
"""

from __future__ import annotations

import torch

from benchmark.engine.config import build_method_config, parse_assignment, parse_scalar
from benchmark.registry import METHODS


def _options(overrides: list[str]) -> dict:
    options = {}
    for item in overrides or []:
        key, value = parse_assignment(item, "method_options.KEY=VALUE")
        options[key.removeprefix("method_options.")] = parse_scalar(value)
    return options


def count_on_meta(method: str, lm: str, encoder: str, overrides: list[str] | None = None) -> dict[str, int]:
    """{"trainable": method parameters, "total": method + frozen LM + frozen encoder}. A method that
    trains its encoder (Frozen's ``train_encoder``) counts the encoder's parameters as trainable."""
    from benchmark.backbones.factory import build_encoder_on_meta
    from benchmark.backbones.lm import build_lm_on_meta, lm_spec

    method_cls = METHODS.get(method)
    cfg = build_method_config(method_cls.config_cls, _options(overrides), method)
    lm_model = build_lm_on_meta(lm)
    total = sum(p.numel() for p in lm_model.parameters())
    enc_spec = None
    if method_cls.needs_encoder:
        enc = build_encoder_on_meta(encoder)
        enc_spec = enc.spec
        total += sum(p.numel() for p in enc.parameters())
    with torch.device("meta"):
        module = method_cls(cfg, lm_spec(lm_model), enc_spec)
        module.attach(lm_model)  # adapters / LoRA live inside the LM but belong to the method
    if enc_spec is not None and method_cls.trains_encoder(cfg):  # the encoder trains: its parameters are the method's
        from benchmark.engine.context import trainable_encoder

        module.attach_encoder(trainable_encoder(enc))
        total -= sum(p.numel() for p in enc.parameters())  # counted below, as trainable
    trainable = sum(p.numel() for p in module.parameters() if p.requires_grad)
    return {"trainable": int(trainable), "total": int(total + trainable)}


__all__ = ["count_on_meta"]
