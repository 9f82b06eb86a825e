"""Typed run configuration: dataclasses, YAML loading, dotted overrides, and a flat record.

A run is fully described by :class:`RunConfig`. It loads from YAML (``--config run.yaml``), takes
dotted overrides (``--set train.lr=1e-3 --set method_options.prompt_length=20``) and is recorded
whole with every run so that any run can be repeated from its record.

Every value is coerced to its field's declared type (resolved with ``typing.get_type_hints``):
``list[...]``/``tuple[...]`` fields take a YAML list or comma-separated text and are checked item by
item, ``X | None`` fields take ``none``/``null``, and a value that does not fit fails with one line
naming the field and the expected type. :func:`parse_assignment` is the one ``KEY=VALUE`` parser of
every command-line option.
"""

from __future__ import annotations

import dataclasses
import json
import math
import os
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from benchmark.engine.recipe import explicit_keys, resolve_recipe  # defaults < recipe < YAML < --set
from benchmark.errors import ConfigError, DataError

PRECISIONS = ("fp32", "bf16", "fp16")


@dataclass
class TrainConfig:
    """Optimisation settings shared by every method (one trainer for all)."""

    # defaults: the offline quick start (easy-VQA, SmolLM2-135M, 2 CPU cores, about 4 minutes a run)
    steps: int = 150
    batch_size: int = 16
    grad_accum: int = 1
    lr: float = 2e-3
    min_lr: float = 1e-5
    weight_decay: float = 0.02
    warmup_steps: int = 10
    grad_clip: float = 1.0
    precision: str = "bf16"  # autocast; 1.5x faster than fp32 on CPUs with AVX512-BF16
    eval_every: int = 50
    log_every: int = 10
    checkpoint_every: int = 50
    loss_reduction: str = "token_mean"  # or "sample_sum" (eP-ALM: sum over tokens, mean over batch)
    loss_weight: float = 1.0
    # what a method's paper recipe may set (benchmark/engine/recipe.py); these defaults are the shared recipe
    betas: tuple[float, float] = (0.9, 0.999)  # AdamW
    eps: float = 1e-8  # AdamW
    schedule: str = "cosine"  # after the linear warm-up: "cosine" to min_lr, "constant", or "linear" to min_lr
    param_groups: list[dict[str, Any]] = field(default_factory=list)  # [{name, match: [name prefixes], lr}]
    loss_tokens: str = "answer"  # "answer": target tokens only; "all": every text token after the first
    label_smoothing: float = 0.0
    lm_dropout: bool = False  # True: the frozen LM runs in train mode (its dropout on) while training

    def validate(self) -> None:
        if self.precision not in PRECISIONS:
            raise ConfigError(f"train.precision must be one of {PRECISIONS}, got {self.precision!r}")
        if self.loss_reduction not in ("token_mean", "sample_sum"):
            raise ConfigError("train.loss_reduction must be 'token_mean' or 'sample_sum'")
        _check_finite(self, "train.")
        for name in ("steps", "batch_size", "grad_accum", "log_every"):
            if getattr(self, name) < 1:
                raise ConfigError(f"train.{name} must be >= 1, got {getattr(self, name)}")
        for name in ("warmup_steps", "eval_every", "checkpoint_every", "weight_decay", "grad_clip", "min_lr"):
            if getattr(self, name) < 0:
                raise ConfigError(f"train.{name} must be >= 0, got {getattr(self, name)}")
        if self.lr <= 0:
            raise ConfigError(f"train.lr must be positive, got {self.lr}")
        if self.min_lr > self.lr:
            raise ConfigError(f"train.min_lr ({self.min_lr:g}) must not be above train.lr ({self.lr:g})")
        if self.loss_weight <= 0:
            raise ConfigError(f"train.loss_weight must be positive, got {self.loss_weight}")


@dataclass
class EvalConfig:
    """Generation and scoring settings."""

    batch_size: int = 64
    max_new_tokens: int | None = None  # None: the task's own (Task.max_new_tokens: 5 for VQA, 30 for captions)
    num_beams: int = 1
    length_penalty: float = 1.0
    max_examples: int = 500  # seeded subset of the evaluation split; 0 = the whole split
    val_max_examples: int = 200  # periodic validation subset; 0 = the whole validation split

    def validate(self) -> None:
        _check_finite(self, "eval.")
        if self.num_beams < 1 or (self.max_new_tokens is not None and self.max_new_tokens < 1) or self.batch_size < 1:
            raise ConfigError("eval.num_beams, eval.max_new_tokens and eval.batch_size must be >= 1")
        for name in ("max_examples", "val_max_examples"):
            if getattr(self, name) < 0:
                raise ConfigError(f"eval.{name} must be >= 0 (0 = the whole split), got {getattr(self, name)}")


FEATURE_NORMS = ("auto", "layernorm", "none")


@dataclass
class DataConfig:
    """Which data a run sees."""

    fraction: float = 0.1  # of the training split, seeded, stratified by answer type
    data_dir: str | None = None
    val_images: float = 0.1  # share of training images held out for validation (tasks without val)
    eval_split: str | None = None  # the split scored at the end (default: the task's test split)
    missing_media: str = "error"  # examples whose media file is missing: "error" or "skip" them
    variant: str | None = None  # a task's named evaluation variant (e.g. an image corruption)
    # K augmented views per training image, cached like the clean features; epoch e reads view e mod K
    # (0 = off; validation and test never read a view). See benchmark/engine/augment.py.
    augment_views: int = 0
    augmentations: list[str] = field(default_factory=list)  # names from augment.AUGMENTATIONS
    # LayerNorm (no affine) over each grid token and the pooled vector before any method sees them:
    # "auto" when the encoder's are not already normalised (CNNs such as EfficientNet; the suite's
    # choice, docs/diagnostics.md), "layernorm" always, "none" never. Layer tokens are always normalised.
    feature_norm: str = "auto"

    def validate(self) -> None:
        if not 0.0 < self.fraction <= 1.0:
            raise ConfigError(f"data.fraction must be in (0, 1], got {self.fraction}")
        if not 0.0 <= self.val_images < 1.0:
            raise ConfigError(f"data.val_images must be in [0, 1), got {self.val_images}")
        if self.missing_media not in ("error", "skip"):
            raise ConfigError(f"data.missing_media must be 'error' or 'skip', got {self.missing_media!r}")
        if self.feature_norm not in FEATURE_NORMS:
            raise ConfigError(f"data.feature_norm must be one of {', '.join(FEATURE_NORMS)}, got {self.feature_norm!r}")
        if self.augment_views < 0:
            raise ConfigError(f"data.augment_views must be >= 0 (0 = off), got {self.augment_views}")
        from benchmark.engine.augment import AUGMENTATIONS

        unknown = [name for name in self.augmentations if name not in AUGMENTATIONS]
        if unknown:
            raise ConfigError(f"data.augmentations: unknown {unknown}; known: {', '.join(AUGMENTATIONS)}")
        if self.augment_views > 0 and not self.augmentations:
            raise ConfigError("data.augment_views > 0 needs data.augmentations (e.g. --set data.augmentations=[hflip])")


@dataclass
class RunConfig:
    """Everything that defines one run."""

    method: str = "epalm"
    task: str = "easy-vqa"
    lm: str = "smollm2-135m"
    encoder: str = "efficientnet-lite0"
    seed: int = 0
    output_dir: str = "runs"
    run_name: str | None = None
    cache_dir: str | None = None  # default: $BENCH_CACHE or ~/.cache/mm-adapt-bench
    tracking_uri: str | None = None  # default: a local MLflow store under output_dir
    experiment: str = "bench"
    recipe: str = "shared"  # "shared" (one recipe for every method) or "paper" (the method's own; recipe.py)
    method_options: dict[str, Any] = field(default_factory=dict)
    train: TrainConfig = field(default_factory=TrainConfig)
    eval: EvalConfig = field(default_factory=EvalConfig)
    data: DataConfig = field(default_factory=DataConfig)

    def validate(self) -> None:
        """Every value checked in one line each, before any data or model is loaded: ranges (no
        negative seed, step count or subset size; no NaN or infinite number; ``train.min_lr`` not
        above ``train.lr``) and a run name that is one plain folder name."""
        if self.seed < 0:
            raise ConfigError(f"seed must be >= 0, got {self.seed}")
        if self.run_name is not None:
            check_run_name(self.run_name)
        self.train.validate()
        self.eval.validate()
        self.data.validate()

    def default_run_name(self) -> str:
        frac = f"{self.data.fraction:g}"
        # a trained-encoder run (Frozen's ``train_encoder``) never shares a folder with its frozen-encoder twin
        regime = "_trained-encoder" if self.method_options.get("train_encoder") is True else ""
        name = f"{self.method}_{self.task}_{self.lm}_{self.encoder}{regime}_f{frac}_s{self.seed}"
        return name.replace("/", "-").replace(":", "-")

    @property
    def run_dir(self) -> Path:
        return Path(self.output_dir) / (self.run_name or self.default_run_name())

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def _check_finite(section: Any, where: str) -> None:
    """Refuse a NaN or infinite value in any float field of ``section`` (``--lr nan``, ``inf``)."""
    for f in dataclasses.fields(section):
        value = getattr(section, f.name)
        if isinstance(value, float) and not math.isfinite(value):
            raise ConfigError(f"{where}{f.name} must be a finite number, got {value}")


def check_run_name(name: str) -> None:
    """A run name is one folder name inside ``output_dir``: not empty, no path separator, no ``..``
    (``--run-name ../x`` would write outside the output folder), no NUL."""
    separators = {"/", "\\", os.sep} | ({os.altsep} if os.altsep else set())
    if (
        not name.strip()
        or name in (".", "..")
        or ".." in name
        or "\0" in name
        or any(sep in name for sep in separators)
    ):
        raise ConfigError(
            f"run_name {name!r} is not a plain folder name (no path separator, no '..'); "
            "use --output-dir to choose where run folders go"
        )


# -- one config per run folder ------------------------------------------------------------------
# Fields a resumed run may change: where the run folder, caches and tracking live, and how often
# the loss is logged. None of them changes a trained tensor, a prediction or a metric.
RESUME_NEUTRAL_KEYS = frozenset(
    {"output_dir", "run_name", "cache_dir", "tracking_uri", "experiment", "train.log_every"}
)


def _resolved(config: dict[str, Any]) -> dict[str, Any]:
    """``config`` as JSON values, with ``method_options`` replaced by every field of the method's
    config (defaults included), so an option given at its default equals one left out."""
    import json

    from benchmark.engine.io import json_default

    plain = json.loads(json.dumps(config, default=json_default))
    try:
        from benchmark.registry import METHODS

        method_cls = METHODS.get(plain.get("method"))
        options = build_method_config(method_cls.config_cls, dict(plain.get("method_options") or {}), plain["method"])
        plain["method_options"] = json.loads(json.dumps(dataclasses.asdict(options), default=json_default))
    except Exception:  # an unknown method or option: compare the options as written
        pass
    return plain


def config_differences(
    saved: dict[str, Any], new: dict[str, Any], neutral: frozenset[str] = RESUME_NEUTRAL_KEYS
) -> list[tuple[str, Any, Any]]:
    """``(dotted key, saved value, new value)`` for every field where two run configs (``to_dict()``
    form, or read back from JSON) differ, sorted by key; a key only one side has counts as a difference
    (its other value is reported as ``"<absent>"``).

    Resuming a run folder must not turn it into a hybrid of two configs, so every field counts except
    ``neutral`` (by default :data:`RESUME_NEUTRAL_KEYS`: the output folder and run name, the cache
    folder, the tracking URI and experiment, and ``train.log_every``; none of them changes a result).
    ``train.steps`` counts too: the learning-rate schedule (warm-up, then cosine decay to
    ``train.min_lr`` at ``train.steps``) is laid over the whole run, so a run continued to more steps
    would match neither the old nor the new config. ``method_options`` are compared resolved (every
    field of the method's config, defaults included), and a field the saved config lacks (one added to
    the code since it was recorded) counts as its default value. Sweeps use the same comparison with
    their own ``neutral`` keys (:func:`benchmark.experiments.sweep_spec.config_changes`)."""
    from benchmark.engine.tracking import flatten_params

    old, now = flatten_params(_resolved(saved)), flatten_params(_resolved(new))
    defaults = flatten_params(_resolved(RunConfig().to_dict()))
    absent = "<absent>"

    def before(key: str) -> Any:
        return old.get(key, defaults.get(key, absent))

    return [
        (key, before(key), now.get(key, absent))
        for key in sorted(set(old) | set(now))
        if key not in neutral and before(key) != now.get(key, absent)
    ]


# ---------------------------------------------------------------------------------------------
NONE_WORDS = ("none", "null", "~")


class _Mismatch(Exception):
    """A value does not fit a type; the message (possibly empty) says which part."""


def _type_name(annotation: Any) -> str:
    """``list[int]``, ``int or None``, ``one of 'a', 'b'``: how a type reads in an error message."""
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if annotation is Any:
        return "any value"
    if annotation is type(None):
        return "None"
    if origin in (typing.Union, types.UnionType):
        return " or ".join(_type_name(a) for a in args)
    if origin is typing.Literal:
        return "one of " + ", ".join(repr(a) for a in args)
    if origin in (list, tuple, dict):
        inner = ", ".join("..." if a is Ellipsis else _type_name(a) for a in args)
        return f"{origin.__name__}[{inner}]" if args else origin.__name__
    return getattr(annotation, "__name__", str(annotation))


def _items(value: Any) -> list[Any]:
    """A list/tuple field's items: a YAML list, a comma-separated string, or one scalar."""
    if isinstance(value, (list, tuple)):
        return list(value)
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    if isinstance(value, dict) or value is None:
        raise _Mismatch("")
    return [value]


def _convert(value: Any, annotation: Any) -> Any:
    """``value`` as ``annotation`` (element by element for containers); raises :class:`_Mismatch`."""
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if annotation is Any or annotation is object:
        return value
    if annotation is type(None):
        if value is None or (isinstance(value, str) and value.strip().lower() in NONE_WORDS):
            return None
        raise _Mismatch("")
    if origin in (typing.Union, types.UnionType):
        if type(None) in args and (value is None or (isinstance(value, str) and value.strip().lower() in NONE_WORDS)):
            return None
        options = [a for a in args if a is not type(None)]
        if len(options) == 1:  # Optional[X]: X's own message is the clearest
            return _convert(value, options[0])
        for option in options:
            try:
                return _convert(value, option)
            except _Mismatch:
                continue
        raise _Mismatch("")
    if origin is typing.Literal:
        if value in args:
            return value
        raise _Mismatch("")
    if origin is list or annotation is list:
        element = args[0] if args else Any
        return [_element(item, element, i) for i, item in enumerate(_items(value))]
    if origin is tuple or annotation is tuple:
        items = _items(value)
        if not args or (len(args) == 2 and args[1] is Ellipsis):
            element = args[0] if args else Any
            return tuple(_element(item, element, i) for i, item in enumerate(items))
        if len(items) != len(args):
            raise _Mismatch(f" ({len(items)} items, expected {len(args)})")
        return tuple(_element(item, a, i) for i, (item, a) in enumerate(zip(items, args)))
    if origin is dict or annotation is dict:
        if not isinstance(value, dict):
            raise _Mismatch("")
        key_type, value_type = args if args else (Any, Any)
        return {_element(k, key_type, k): _element(v, value_type, k) for k, v in value.items()}
    if annotation is bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in ("true", "1", "yes", "on", "false", "0", "no", "off"):
            return value.strip().lower() in ("true", "1", "yes", "on")
        raise _Mismatch("")
    if annotation is int:
        if isinstance(value, bool) or not isinstance(value, (int, float, str)):
            raise _Mismatch("")
        if isinstance(value, int):
            return value
        if isinstance(value, str):
            try:
                return int(value.strip())
            except ValueError:
                pass
            try:
                value = float(value)
            except ValueError:
                raise _Mismatch("") from None
        if not value.is_integer():  # 3.0 is 3; 3.5 is not an int
            raise _Mismatch("")
        return int(value)
    if annotation is float:
        if isinstance(value, bool) or not isinstance(value, (int, float, str)):
            raise _Mismatch("")
        try:
            return float(value)
        except ValueError:
            raise _Mismatch("") from None
    if annotation is str:
        if isinstance(value, (list, tuple, dict)) or value is None:
            raise _Mismatch("")
        return str(value)
    return value  # another declared type: the method checks it itself


def _element(item: Any, annotation: Any, index: Any) -> Any:
    try:
        return _convert(item, annotation)
    except _Mismatch as exc:
        raise _Mismatch(f" (item {index!r}: {item!r} is not {_type_name(annotation)}{exc})") from None


def _coerce(value: Any, annotation: Any, where: str) -> Any:
    """Convert a YAML/CLI value to the declared (resolved) field type, element by element for
    ``list``/``tuple``/``dict`` fields; a value that does not fit raises one :class:`ConfigError` line
    naming the field and the expected type. A list or tuple field takes a YAML list or a
    comma-separated string."""
    try:
        return _convert(value, annotation)
    except _Mismatch as exc:
        raise ConfigError(f"{where}: expected {_type_name(annotation)}, got {value!r}{exc}") from None


def parse_assignment(text: str, form: str = "KEY=VALUE") -> tuple[str, str]:
    """Split ``KEY=VALUE`` at its first ``=`` into the stripped key and the raw value text; the one
    parser of every ``--set``/``--method-set`` style option. ``form`` names the expected shape in the
    error (``ConfigError: expected KEY=VALUE, got 'x'``)."""
    key, sep, value = str(text).partition("=")
    key = key.strip()
    if not sep or not key:
        raise ConfigError(f"expected {form}, got {text!r}")
    return key, value


def parse_scalar(text: str) -> Any:
    """Parse a command-line value the way YAML would (numbers, booleans, lists, null)."""
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError:
        return text


def update_dataclass(obj: Any, values: dict[str, Any], where: str = "") -> Any:
    """Set fields of a (nested) dataclass from a mapping, validating names and types."""
    fields = {f.name: f for f in dataclasses.fields(obj)}
    hints = typing.get_type_hints(type(obj))
    for key, value in values.items():
        path = f"{where}{key}"
        if key not in fields:
            import difflib

            close = difflib.get_close_matches(key, list(fields), n=3)
            hint = f" Did you mean: {', '.join(close)}?" if close else ""
            raise ConfigError(f"unknown config field {path!r}.{hint} Valid: {', '.join(fields)}")
        current = getattr(obj, key)
        if dataclasses.is_dataclass(current):
            if not isinstance(value, dict):
                raise ConfigError(f"{path}: expected a mapping of fields, got {value!r}")
            update_dataclass(current, value, where=path + ".")
        else:
            setattr(obj, key, _coerce(value, hints[key], path))
    return obj


def _is_scalar_field(config: Any, parts: list[str]) -> bool:
    """Whether the dotted field ``parts`` of the (nested) dataclass ``config`` is declared one scalar
    type (``str``, ``int``, ``float`` or ``bool``, optionally ``| None``), which :func:`_convert` reads
    from text itself; False for containers, unions of several types and unknown paths
    (``update_dataclass`` names those)."""
    obj = config
    for i, part in enumerate(parts):
        if not dataclasses.is_dataclass(obj) or part not in {f.name for f in dataclasses.fields(obj)}:
            return False
        if i < len(parts) - 1:
            obj = getattr(obj, part)
            continue
        annotation = typing.get_type_hints(type(obj))[part]
        union = typing.get_origin(annotation) in (typing.Union, types.UnionType)
        options = set(typing.get_args(annotation)) - {type(None)} if union else {annotation}
        return len(options) == 1 and options <= {str, int, float, bool}
    return False


def apply_overrides(config: RunConfig, overrides: list[str]) -> RunConfig:
    """Apply ``a.b.c=value`` strings. ``method_options.*`` keys are free-form here and checked
    against the method's own config dataclass when the method is built."""
    for item in overrides:
        dotted, raw = parse_assignment(item, "KEY=VALUE (a dotted config key, e.g. train.lr=1e-3)")
        parts = dotted.split(".")
        # a scalar field converts the text as typed: YAML 1.1 would turn `run_name=off` into False
        # ("False") and `seed=010` into 8 (octal)
        value = raw.strip() if _is_scalar_field(config, parts) else parse_scalar(raw)
        if parts[0] == "method_options" and len(parts) == 2:
            config.method_options[parts[1]] = value
            continue
        nested: dict[str, Any] = {parts[-1]: value}
        for part in reversed(parts[:-1]):
            nested = {part: nested}
        update_dataclass(config, nested)
    return config


def load_config(path: str | Path | None = None, overrides: list[str] | None = None) -> RunConfig:
    config = RunConfig()
    data: dict[str, Any] = {}
    if path is not None:
        p = Path(path)
        if not p.is_file():
            raise ConfigError(f"config file {str(p)!r} does not exist")
        try:
            data = yaml.safe_load(p.read_text(encoding="utf-8"))
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            where = getattr(exc, "problem_mark", None)
            at = f" at line {where.line + 1}, column {where.column + 1}" if where is not None else ""
            problem = getattr(exc, "problem", None) or type(exc).__name__
            raise ConfigError(f"config file {str(p)!r} is not valid YAML{at}: {problem}") from None
        data = {} if data is None else data
        if not isinstance(data, dict):
            raise ConfigError(
                f"config file {str(p)!r} must hold a mapping of config fields at the top level, "
                f"got {type(data).__name__}"
            )
        update_dataclass(config, data)
    apply_overrides(config, overrides or [])
    return resolve_recipe(config, explicit_keys(data, overrides or []))[0]


def build_method_config(config_cls: type, options: dict[str, Any], method: str) -> Any:
    """Instantiate a method's config dataclass from ``method_options`` with validation."""
    cfg = config_cls()
    try:
        update_dataclass(cfg, options, where="method_options.")
    except ConfigError as exc:
        raise ConfigError(f"{exc} (options of method {method!r})") from None
    return cfg


def read_run_config(run_dir: Path) -> RunConfig:
    """The config a finished run folder recorded in its ``metrics.json`` (``bench eval``, connector
    transfer); a run from before ``data.feature_norm`` existed read raw features, and still does."""
    metrics, weights = run_dir / "metrics.json", run_dir / "trainable.safetensors"
    missing = [str(p) for p in (metrics, weights) if not p.is_file()]
    if missing:
        raise DataError(
            f"{run_dir} is not a finished run folder: missing {', '.join(missing)} "
            "(bench run writes both when it finishes)"
        )
    try:
        recorded = json.loads(metrics.read_text())["config"]
    except (ValueError, KeyError, TypeError):
        raise DataError(f"{metrics} holds no run config; it was not written by bench run") from None
    if not isinstance(recorded, dict):
        raise DataError(f"{metrics} holds no run config; it was not written by bench run")
    config = update_dataclass(RunConfig(), recorded)
    if "feature_norm" not in recorded.get("data", {}):  # a run from before data.feature_norm read raw features
        config.data.feature_norm = "none"
    return config
