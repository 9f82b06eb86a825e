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
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from benchmark.errors import ConfigError

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

    def validate(self) -> None:
        if self.precision not in PRECISIONS:
            raise ConfigError(f"train.precision must be one of {PRECISIONS}, got {self.precision!r}")
        if self.loss_reduction not in ("token_mean", "sample_sum"):
            raise ConfigError("train.loss_reduction must be 'token_mean' or 'sample_sum'")
        for name in ("steps", "batch_size", "grad_accum"):
            if getattr(self, name) < 1:
                raise ConfigError(f"train.{name} must be >= 1, got {getattr(self, name)}")
        if self.lr <= 0:
            raise ConfigError(f"train.lr must be positive, got {self.lr}")


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
        if self.num_beams < 1 or (self.max_new_tokens is not None and self.max_new_tokens < 1) or self.batch_size < 1:
            raise ConfigError("eval.num_beams, eval.max_new_tokens and eval.batch_size must be >= 1")


@dataclass
class DataConfig:
    """Which data a run sees."""

    fraction: float = 0.1  # of the training split, seeded, stratified by answer type
    data_dir: str | None = None
    val_images: float = 0.1  # share of training images held out for validation (tasks without val)
    eval_split: str | None = None  # the split scored at the end (default: the task's test split)
    missing_media: str = "error"  # examples whose media file is missing: "error" or "skip" them
    variant: str | None = None  # a task's named evaluation variant (e.g. an image corruption)

    def validate(self) -> None:
        if not 0.0 < self.fraction <= 1.0:
            raise ConfigError(f"data.fraction must be in (0, 1], got {self.fraction}")
        if self.missing_media not in ("error", "skip"):
            raise ConfigError(f"data.missing_media must be 'error' or 'skip', got {self.missing_media!r}")


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
    method_options: dict[str, Any] = field(default_factory=dict)
    train: TrainConfig = field(default_factory=TrainConfig)
    eval: EvalConfig = field(default_factory=EvalConfig)
    data: DataConfig = field(default_factory=DataConfig)

    def validate(self) -> None:
        self.train.validate()
        self.eval.validate()
        self.data.validate()

    def default_run_name(self) -> str:
        frac = f"{self.data.fraction:g}"
        return f"{self.method}_{self.task}_{self.lm}_{self.encoder}_f{frac}_s{self.seed}".replace("/", "-").replace(
            ":", "-"
        )

    @property
    def run_dir(self) -> Path:
        return Path(self.output_dir) / (self.run_name or self.default_run_name())

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


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
        if isinstance(value, str) and value.strip().lower() in ("true", "1", "yes", "false", "0", "no"):
            return value.strip().lower() in ("true", "1", "yes")
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


def apply_overrides(config: RunConfig, overrides: list[str]) -> RunConfig:
    """Apply ``a.b.c=value`` strings. ``method_options.*`` keys are free-form here and checked
    against the method's own config dataclass when the method is built."""
    for item in overrides:
        dotted, raw = parse_assignment(item, "KEY=VALUE (a dotted config key, e.g. train.lr=1e-3)")
        parts = dotted.split(".")
        value = parse_scalar(raw)
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
    if path is not None:
        p = Path(path)
        if not p.is_file():
            raise ConfigError(f"config file {str(p)!r} does not exist")
        data = yaml.safe_load(p.read_text()) or {}
        if not isinstance(data, dict):
            raise ConfigError(f"config file {str(p)!r} must hold a mapping at the top level")
        update_dataclass(config, data)
    apply_overrides(config, overrides or [])
    return config


def build_method_config(config_cls: type, options: dict[str, Any], method: str) -> Any:
    """Instantiate a method's config dataclass from ``method_options`` with validation."""
    cfg = config_cls()
    try:
        update_dataclass(cfg, options, where="method_options.")
    except ConfigError as exc:
        raise ConfigError(f"{exc} (options of method {method!r})") from None
    return cfg
