"""MAGMA (Eichenberg, Black, Weinbach, Parcalabescu and Frank, "MAGMA -- Multimodal Augmentation of
Generative Models through Adapter-based Finetuning", Findings of EMNLP 2022).

Source: the paper and its code, github.com/Aleph-Alpha/magma (``magma/image_prefix.py``,
``magma/adapters.py``, ``magma/magma.py``, ``configs/MAGMA_v1.yml``, ``configs/MAGMA_v2.yml``).

Facts used:

* Prefix (``ImagePrefix``): the image encoder's grid of the last layer (CLIP RN50x16 without its
  attention pool: 12x12 = 144 tokens of width 3072) -> ``Linear(Dv, d)`` -> ``Dropout(0.1)`` ->
  ``LayerNorm(d)``, prepended to the text embeddings. ``Linear`` and ``LayerNorm`` use PyTorch's
  default initialisation, as in the code.
* Adapters (``Adapter``): a sequential bottleneck ``y = f + Up(ReLU(Down(f)))`` with
  ``Down: D -> D/4`` and ``Up: D/4 -> D`` applied to the feed-forward output ``f`` of EVERY LM block
  (the code wraps GPT-J's ``block.mlp`` as ``nn.Sequential(mlp, Adapter)``, i.e. before the
  residual add). Initialisation (``Adapter.init_weights``): weights AND biases ``normal(0, 1e-3)``,
  each clamped to ``[-2e-3, 2e-3]``; no LayerNorm inside the adapter (``add_layernorm=False``).
* MAGMA v1 (``configs/MAGMA_v1.yml``): FFN adapters only, downsample 4. MAGMA v2
  (``configs/MAGMA_v2.yml``): FFN adapters AND attention-output adapters (``AdapterWrapper``:
  ``a + Up(ReLU(Down(a)))`` on the attention output ``a``), both with downsample 8. The defaults
  here are v1; v2 is ``attention_adapters=true, adapter_downsample=8, attention_downsample=8``.
* With GPT-J-6B (D 4096, 28 layers) and RN50x16: adapters 28 x 8,393,728 = 235,024,384 and
  projection + LayerNorm 3072*4096 + 4096 + 2*4096 = 12,595,200 trainable parameters.

How it is done here: the adapters are built in ``__init__`` from the LM's width and depth (so
``bench params`` counts them on the meta device) and hold the method's parameters; ``attach``
installs forward hooks on each block's feed-forward module (``benchmark.backbones.lm.feed_forward``:
``layer.mlp`` for Llama/Gemma/GPT-J/GPT-2, ``layer.fc2`` for OPT) and, with
``attention_adapters``, on its attention module, that replace the module's output ``f`` by
``adapter(f)``; ``detach`` removes the hooks. The LM's own modules are never replaced. For Gemma-3
the FFN/attention output is taken before the block's post-FFN/post-attention RMSNorm (that is what
the module returns).

Deviations:

* The original also trains the image encoder (lr 2e-6); in this suite the encoder stays frozen and
  its features are cached, so only the projection, LayerNorm and adapters train.
* The original inserts the adapter modules into the LM (its checkpoints hold them under the LM's
  names); here they live in the method (``adapters.{i}``, ``attention_adapters.{i}``) and act
  through hooks, so a checkpoint holds only the method's tensors.
* The prefix width is the LM's input-embedding width ``d`` and the adapters' width the hidden
  width ``D`` (equal for GPT-J; they differ for OPT-350m).

Training recipe (``paper_recipe``, ``--recipe paper``; the shared recipe otherwise): AdamW lr 8e-4,
betas (0.9, 0.95), no weight decay, clip 1.0, 100 warm-up steps then DeepSpeed's WarmupDecayLR (linear
decay to min_lr 0), batch 256, bf16 (``train.py``, ``magma/config.py``, ``configs/MAGMA_v1.yml``).
Differences: WarmupDecayLR decays to 0 at ``lr_decay_iters`` (300,000, twice the 150,000 training
steps) where the suite decays at ``train.steps``; DeepSpeed's warm-up is logarithmic, the suite's
linear; the image encoder's own lr (2e-6) does not apply (it stays frozen here).

UNCONFIRMED choices (config fields): ``init_std`` (1e-3, from the code), ``init_clamp`` (clamp at
2 std, from the code), ``zero_bias`` (False: the code draws biases from the same normal; True gives
the common "zero bias" reading), ``prefix_dropout`` (0.1).
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import nn

from benchmark.backbones.specs import EncoderSpec, FeatureRequest, LMSpec
from benchmark.engine.recipe import Recipe
from benchmark.errors import ConfigError
from benchmark.registry import register_method
from benchmark.search_space import Choice
from methods.base import Conditioning, Method


@dataclass
class MAGMAConfig:
    """Options of MAGMA (``--set method_options.<field>=...``). Defaults: MAGMA v1."""

    adapter_downsample: int = 4  # FFN adapters: D -> D / this -> D
    attention_adapters: bool = False  # MAGMA v2: adapters on the attention output too
    attention_downsample: int = 8
    init_std: float = 1e-3  # adapters: normal(0, init_std) weights (and biases unless zero_bias)
    init_clamp: bool = True  # clamp initial adapter weights/biases to [-2 std, 2 std] (MAGMA's code)
    zero_bias: bool = False  # True: adapter biases start at 0 (MAGMA's code draws them like the weights)
    prefix_dropout: float = 0.1  # dropout between the projection and the LayerNorm


class BottleneckAdapter(nn.Module):
    """``y = x + Up(ReLU(Down(x)))`` (MAGMA's ``Adapter``, no LayerNorm)."""

    def __init__(self, dim: int, downsample: int, init_std: float, clamp: bool, zero_bias: bool) -> None:
        super().__init__()
        hidden = dim // downsample
        if hidden < 1:
            raise ConfigError(f"magma: downsample factor {downsample} leaves no adapter width for D={dim}")
        self.down = nn.Linear(dim, hidden)
        self.up = nn.Linear(hidden, dim)
        for linear in (self.down, self.up):
            for p, is_bias in ((linear.weight, False), (linear.bias, True)):
                with torch.no_grad():
                    if is_bias and zero_bias:
                        p.zero_()
                        continue
                    nn.init.normal_(p, std=init_std)
                    if clamp:
                        p.clamp_(-2 * init_std, 2 * init_std)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = x.to(self.down.weight.dtype)
        return x + self.up(torch.relu(self.down(h))).to(x.dtype)


def _replace_output(adapter: BottleneckAdapter):
    """A forward hook returning ``adapter(output)`` (the first element of a tuple output)."""

    def hook(module, args, output):
        if isinstance(output, tuple):
            return (adapter(output[0]),) + tuple(output[1:])
        return adapter(output)

    return hook


@register_method("magma")
class MAGMA(Method):
    """MAGMA: a projected encoder grid as prefix plus bottleneck adapters in every LM block."""

    search_space = {**Method.search_space, "method_options.adapter_downsample": Choice((2, 4, 8))}
    config_cls = MAGMAConfig
    paper_recipe = Recipe(
        betas=(0.9, 0.95),
        eps=1e-8,
        weight_decay=0.0,
        lr=8e-4,
        min_lr=0.0,
        warmup_steps=100,
        schedule="linear",
        batch_size=256,
        grad_clip=1.0,
        loss_tokens="answer",
        loss_reduction="token_mean",
        prompt_template="the caption alone after the image prefix; here the task's own prompt",
        preprocessing="configs/MAGMA_v1.yml: image_size 384 (CLIP RN50x16); here the encoder preset's own",
        sources={
            "betas": "train.py: AdamW(trainable_parameters, config.lr, betas=(0.9, 0.95), ...)",
            "eps": "train.py: torch AdamW's default eps",
            "weight_decay": "magma/config.py: weight_decay 0.00",
            "lr": "configs/MAGMA_v1.yml: lr 8.0e-4",
            "min_lr": "configs/MAGMA_v1.yml: min_lr 0.0",
            "warmup_steps": "magma/config.py: warmup_num_steps 100",
            "schedule": "magma/config.py: WarmupDecayLR (lr_decay_iters 300000 in configs/MAGMA_v1.yml)",
            "batch_size": "configs/MAGMA_v1.yml: batch_size 256 (global)",
            "grad_clip": "configs/MAGMA_v1.yml: gradient_clipping 1.0",
            "loss_tokens": "the LM loss on the caption tokens after the image prefix (image positions masked)",
            "loss_reduction": "transformers' causal-LM loss: mean over the labelled tokens",
            "label_smoothing": "transformers' causal-LM loss: no label smoothing",
            "lm_dropout": "GPT-J's dropout probabilities are 0: train or eval mode is the same",
        },
        citation="Eichenberg et al., Findings of EMNLP 2022; github.com/Aleph-Alpha/magma (train.py, configs/MAGMA_v1.yml)",
    )

    def __init__(self, config: MAGMAConfig, lm: LMSpec, encoder: EncoderSpec | None) -> None:
        super().__init__(config, lm, encoder)
        assert encoder is not None
        if config.adapter_downsample < 1 or (config.attention_adapters and config.attention_downsample < 1):
            raise ConfigError("magma: adapter_downsample and attention_downsample must be >= 1")
        if config.init_std < 0:
            raise ConfigError(f"magma: init_std must be >= 0, got {config.init_std}")
        self.projection = nn.Linear(encoder.grid_width, lm.embed_dim)
        self.dropout = nn.Dropout(config.prefix_dropout)
        self.norm = nn.LayerNorm(lm.embed_dim)

        def make(downsample: int) -> BottleneckAdapter:
            return BottleneckAdapter(lm.hidden_size, downsample, config.init_std, config.init_clamp, config.zero_bias)

        self.adapters = nn.ModuleList(make(config.adapter_downsample) for _ in range(lm.num_layers))
        self.attention_adapters = (
            nn.ModuleList(make(config.attention_downsample) for _ in range(lm.num_layers))
            if config.attention_adapters
            else None
        )
        self._handles: list = []

    @classmethod
    def feature_request(cls, config: MAGMAConfig) -> FeatureRequest:
        return FeatureRequest(grid=True)

    def prefix_length(self) -> int:
        return self.encoder_spec.grid_tokens

    def forward(self, features: dict[str, torch.Tensor] | None, batch_size: int) -> Conditioning:
        assert features is not None
        return Conditioning(prefix=self.norm(self.dropout(self.projection(features["grid"]))))

    # -- adapters inside the LM ------------------------------------------------------------------
    def attach(self, lm: nn.Module) -> None:
        from benchmark.backbones.lm import decoder_layers, feed_forward, self_attention

        if self._handles:
            raise RuntimeError("magma: adapters are already attached to an LM; detach them first")
        layers = decoder_layers(lm)
        if len(layers) != len(self.adapters):
            raise ConfigError(f"magma: built for {len(self.adapters)} LM layers, the LM has {len(layers)}")
        handles = []
        try:
            for i, layer in enumerate(layers):
                handles.append(feed_forward(layer).register_forward_hook(_replace_output(self.adapters[i])))
                if self.attention_adapters is not None:
                    attn = self_attention(layer)
                    handles.append(attn.register_forward_hook(_replace_output(self.attention_adapters[i])))
        except Exception:
            for handle in handles:
                handle.remove()
            raise
        self._handles = handles

    def detach(self, lm: nn.Module) -> None:
        for handle in self._handles:
            handle.remove()
        self._handles = []
