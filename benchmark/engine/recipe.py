"""Training recipes: one shared recipe for controlled comparisons, and each method's paper recipe.

A :class:`Recipe` holds every optimisation, loss and generation setting a paper fixes: AdamW's
``betas``, ``eps`` and ``weight_decay``; the learning rate, its warm-up and the schedule after it
(``cosine`` to ``min_lr``, ``constant``, or ``linear`` to ``min_lr``); learning rates of their own for
named groups of parameters (:class:`ParamGroup`, chosen by parameter-name prefix); the batch size and
gradient clipping; which tokens carry the loss (``answer`` or ``all`` text tokens), its reduction and
weight, label smoothing; whether the frozen LM's dropout is on in training; and the generation
settings (beams, answer length, length penalty). Two notes say what the paper did where the suite
does not follow it per method (the prompt template and the image preprocessing). Every value has a
source (:meth:`Recipe.source`).

* :data:`SHARED` is the one documented recipe for controlled comparisons: the suite's defaults
  (:class:`~benchmark.engine.config.TrainConfig` and :class:`~benchmark.engine.config.EvalConfig`), the
  same for every method, so differences between methods trained with it come from the methods.
* A method's paper recipe is declared in its own file: the ``paper_recipe`` class attribute of its
  :class:`~methods.base.Method` subclass, a :class:`Recipe` naming the source of each value it sets. A
  method without a published recipe leaves ``paper_recipe = None``; asking for its paper recipe then
  gives the shared values, marked ``published=False`` with every source saying so. A value a paper
  does not give keeps the shared value, and its source says that too.

``--recipe paper|shared`` (``RunConfig.recipe``, default ``shared``) chooses. The precedence, lowest
first, is applied in one function, :func:`resolve_recipe` (called by
:func:`~benchmark.engine.config.load_config`)::

    built-in defaults  <  recipe  <  YAML config (--config)  <  --set and the run flags

so a value the user gives explicitly always wins, even one equal to a default: only the config keys
the user did not give (:func:`explicit_keys`) take the recipe's value. The resolved values are written
into the run's config (``train.*``, ``eval.*``), which every run records whole beside
``config.recipe``: ``metrics.json``, ``run_record.json`` and the MLflow params (e.g.
``config.train.betas``). ``bench recipe --method M --recipe paper --json`` prints a recipe with its
sources.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from benchmark.errors import ConfigError

RECIPES = ("shared", "paper")
SCHEDULES = ("cosine", "constant", "linear")
LOSS_TOKENS = ("answer", "all")
LOSS_REDUCTIONS = ("token_mean", "sample_sum")

# the recipe's config values and the config key each one sets
CONFIG_KEYS: dict[str, str] = {
    "betas": "train.betas",
    "eps": "train.eps",
    "weight_decay": "train.weight_decay",
    "lr": "train.lr",
    "min_lr": "train.min_lr",
    "warmup_steps": "train.warmup_steps",
    "schedule": "train.schedule",
    "param_groups": "train.param_groups",
    "batch_size": "train.batch_size",
    "grad_clip": "train.grad_clip",
    "loss_tokens": "train.loss_tokens",
    "loss_reduction": "train.loss_reduction",
    "loss_weight": "train.loss_weight",
    "label_smoothing": "train.label_smoothing",
    "lm_dropout": "train.lm_dropout",
    "num_beams": "eval.num_beams",
    "max_new_tokens": "eval.max_new_tokens",
    "length_penalty": "eval.length_penalty",
}
NOTES = ("prompt_template", "preprocessing")
SHARED_SOURCE = "shared recipe: the suite's default (benchmark/engine/config.py)"


@dataclass(frozen=True)
class ParamGroup:
    """Trainable parameters whose name (relative to the method, e.g. ``prompt.embedding.weight``)
    starts with one of ``match``, trained at learning rate ``lr`` (scheduled like the others). A
    parameter goes to the first group that matches it; the ones no group matches train at
    ``train.lr``."""

    name: str
    match: tuple[str, ...]
    lr: float

    def __post_init__(self) -> None:
        if not self.name or not self.match or not all(isinstance(m, str) and m for m in self.match):
            raise ConfigError(f"param group {self.name!r}: needs a name and at least one parameter-name prefix")
        if not self.lr > 0:
            raise ConfigError(f"param group {self.name!r}: lr must be positive, got {self.lr}")

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "match": list(self.match), "lr": self.lr}

    @classmethod
    def from_value(cls, value: Any, where: str = "train.param_groups") -> ParamGroup:
        """A group from a config entry ``{name, match, lr}`` (``match``: a prefix or a list of them)."""
        if isinstance(value, ParamGroup):
            return value
        if (
            not isinstance(value, Mapping)
            or set(value) - {"name", "match", "lr"}
            or not {"name", "match", "lr"} <= set(value)
        ):
            raise ConfigError(f"{where}: each group is a mapping with exactly name, match and lr, got {value!r}")
        match = value["match"]
        match = (match,) if isinstance(match, str) else tuple(match)
        try:
            lr = float(value["lr"])
        except (TypeError, ValueError):
            raise ConfigError(f"{where}: lr of group {value['name']!r} is not a number: {value['lr']!r}") from None
        return cls(str(value["name"]), tuple(str(m) for m in match), lr)


@dataclass(frozen=True)
class Recipe:
    """One training recipe; the defaults are the shared recipe's values, equal to the defaults of
    ``TrainConfig`` and ``EvalConfig`` (``tests/test_recipes.py`` checks; this module imports nothing of
    the config module, which calls :func:`resolve_recipe`).

    ``sources`` maps a field to where its value comes from (a file of the official code, a section of
    the paper); :meth:`source` answers for every field."""

    # optimizer: AdamW
    betas: tuple[float, float] = (0.9, 0.999)
    eps: float = 1e-8
    weight_decay: float = 0.02
    # learning rate: linear warm-up over warmup_steps, then the schedule
    lr: float = 2e-3
    min_lr: float = 1e-5
    warmup_steps: int = 10
    schedule: str = "cosine"
    param_groups: tuple[ParamGroup, ...] = ()
    batch_size: int = 16
    grad_clip: float = 1.0
    # loss
    loss_tokens: str = "answer"
    loss_reduction: str = "token_mean"
    loss_weight: float = 1.0
    label_smoothing: float = 0.0
    lm_dropout: bool = False
    # generation
    num_beams: int = 1
    max_new_tokens: int | None = None
    length_penalty: float = 1.0
    # notes: what the paper did where the suite keeps one behaviour for every method
    prompt_template: str = "the task's own prompt (tasks/*), the same for every method"
    preprocessing: str = "the encoder preset's resize, crop and normalisation; features computed once, no augmentation"
    # provenance
    sources: Mapping[str, str] = field(default_factory=dict)
    citation: str = ""  # where the recipe as a whole comes from
    name: str = "shared"  # "shared" or "paper"
    method: str = ""  # the registered method it was resolved for
    published: bool = True  # False: the method has no published recipe (shared values stand in)

    def __post_init__(self) -> None:
        known = set(CONFIG_KEYS) | set(NOTES)
        unknown = set(self.sources) - known
        if unknown:
            raise ConfigError(f"recipe sources name unknown fields: {', '.join(sorted(unknown))}")
        check_values(
            self.schedule, self.loss_tokens, self.loss_reduction, self.label_smoothing, self.betas, self.eps, "recipe"
        )
        for group in self.param_groups:
            if not isinstance(group, ParamGroup):
                raise ConfigError(f"recipe param_groups must be ParamGroup entries, got {group!r}")

    def source(self, name: str) -> str:
        """Where the value of field ``name`` comes from."""
        if name in self.sources:
            return self.sources[name]
        if self.name == "shared":
            return SHARED_SOURCE
        if not self.published:
            return f"no published recipe for {self.method or 'this method'}: the shared value"
        return "not given by the paper or its code: the shared value"

    def config_value(self, name: str) -> Any:
        """Field ``name`` as the config holds it (param groups as mappings)."""
        value = getattr(self, name)
        if name == "param_groups":
            return [group.to_dict() for group in value]
        if name == "betas":
            return tuple(float(b) for b in value)
        return value

    def to_json(self) -> dict[str, Any]:
        """The recipe as nested JSON: ``optimizer`` (name, betas, eps, weight_decay), the schedule,
        ``param_groups`` (one entry per group with its ``lr``), the loss and generation settings, the
        notes and ``sources`` (every field's)."""
        return {
            "method": self.method,
            "recipe": self.name,
            "published": self.published,
            "citation": self.citation,
            "optimizer": {
                "name": "AdamW",
                "betas": list(self.config_value("betas")),
                "eps": self.eps,
                "weight_decay": self.weight_decay,
            },
            "lr": self.lr,
            "min_lr": self.min_lr,
            "warmup_steps": self.warmup_steps,
            "schedule": self.schedule,
            "param_groups": self.config_value("param_groups"),
            "batch_size": self.batch_size,
            "grad_clip": self.grad_clip,
            "loss_tokens": self.loss_tokens,
            "loss_reduction": self.loss_reduction,
            "loss_weight": self.loss_weight,
            "label_smoothing": self.label_smoothing,
            "lm_dropout": self.lm_dropout,
            "num_beams": self.num_beams,
            "max_new_tokens": self.max_new_tokens,
            "length_penalty": self.length_penalty,
            "prompt_template": self.prompt_template,
            "preprocessing": self.preprocessing,
            "sources": {name: self.source(name) for name in (*CONFIG_KEYS, *NOTES)},
        }


def check_values(
    schedule: str, loss_tokens: str, loss_reduction: str, label_smoothing: float, betas, eps: float, where: str
) -> None:
    """One line per value a recipe or a train config may not hold."""
    if schedule not in SCHEDULES:
        raise ConfigError(f"{where}: schedule must be one of {', '.join(SCHEDULES)}, got {schedule!r}")
    if loss_tokens not in LOSS_TOKENS:
        raise ConfigError(f"{where}: loss_tokens must be one of {', '.join(LOSS_TOKENS)}, got {loss_tokens!r}")
    if loss_reduction not in LOSS_REDUCTIONS:
        raise ConfigError(
            f"{where}: loss_reduction must be one of {', '.join(LOSS_REDUCTIONS)}, got {loss_reduction!r}"
        )
    if not 0.0 <= label_smoothing < 1.0:
        raise ConfigError(f"{where}: label_smoothing must be in [0, 1), got {label_smoothing}")
    if len(tuple(betas)) != 2 or not all(0.0 <= float(b) < 1.0 for b in betas):
        raise ConfigError(f"{where}: betas must be two numbers in [0, 1), got {betas!r}")
    if not eps > 0:
        raise ConfigError(f"{where}: eps must be positive, got {eps}")


def param_groups_of(train: Any) -> list[ParamGroup]:
    """``train.param_groups`` as :class:`ParamGroup` entries, checked (names unique, every lr not
    below ``train.min_lr``)."""
    groups = [ParamGroup.from_value(value) for value in train.param_groups]
    names = [g.name for g in groups]
    if len(set(names)) != len(names):
        raise ConfigError(f"train.param_groups: group names must be unique, got {names}")
    for g in groups:
        if g.lr < train.min_lr:
            raise ConfigError(
                f"train.param_groups: group {g.name!r} lr {g.lr:g} is below train.min_lr {train.min_lr:g}"
            )
    return groups


def check_train_options(train: Any) -> None:
    """Check the recipe fields of a ``TrainConfig`` (schedule, loss tokens, betas, groups ...)."""
    check_values(
        train.schedule, train.loss_tokens, train.loss_reduction, train.label_smoothing, train.betas, train.eps, "train"
    )
    param_groups_of(train)


SHARED = Recipe(
    name="shared",
    citation="the suite's defaults (benchmark/engine/config.py): one recipe for every method, for controlled comparisons",
)


def recipe_for(method: str, which: str = "shared") -> Recipe:
    """The ``which`` recipe ("shared" or "paper") of the registered method ``method``."""
    if which not in RECIPES:
        raise ConfigError(f"recipe must be one of {', '.join(RECIPES)}, got {which!r}")
    if which == "shared":
        return dataclasses.replace(SHARED, method=method)
    from benchmark.registry import METHODS

    cls = METHODS.get(method)
    declared = getattr(cls, "paper_recipe", None)
    if declared is None:
        return dataclasses.replace(
            SHARED,
            name="paper",
            method=method,
            published=False,
            citation=f"{method} has no published training recipe: the shared recipe's values stand in",
        )
    if not isinstance(declared, Recipe):
        raise ConfigError(f"method {method!r}: paper_recipe must be a Recipe or None, got {type(declared).__name__}")
    return dataclasses.replace(declared, name="paper", method=method, published=True)


def explicit_keys(*layers: Mapping[str, Any] | Sequence[str] | None) -> set[str]:
    """The dotted config keys the user gave: each layer is a YAML mapping (nested sections) or a list
    of ``KEY=VALUE`` overrides (``--set`` and the run flags)."""
    from benchmark.engine.tracking import flatten_params

    keys: set[str] = set()
    for layer in layers:
        if not layer:
            continue
        if isinstance(layer, Mapping):
            keys |= set(flatten_params(layer))  # a section's own name is not a leaf
        else:
            keys |= {str(item).partition("=")[0].strip() for item in layer}  # already parsed by the config
    return keys


def _given(dotted: str, explicit: set[str]) -> bool:
    """True when the user gave ``dotted`` or a whole section above it (``train`` covers ``train.lr``)."""
    parts = dotted.split(".")
    return any(".".join(parts[:i]) in explicit for i in range(1, len(parts) + 1))


def resolve_recipe(config: Any, explicit: Iterable[str] | None = None) -> tuple[Any, Recipe]:
    """``(RunConfig with the recipe applied, the recipe)``: the one place where the precedence
    ``defaults < recipe < YAML < --set/flags`` is applied. Every recipe value whose config key is not
    in ``explicit`` (:func:`explicit_keys` of the YAML and the overrides; None: nothing explicit) is
    written into a copy of ``config``; the recipe fields of the result are checked."""
    recipe = recipe_for(config.method, config.recipe)
    given = set(explicit or ())
    resolved = copy.deepcopy(config)
    for name, dotted in CONFIG_KEYS.items():
        if not _given(dotted, given):
            section, key = dotted.split(".")
            setattr(getattr(resolved, section), key, recipe.config_value(name))
    check_train_options(resolved.train)
    return resolved, recipe
