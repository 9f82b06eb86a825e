"""Hyper-parameter search spaces that methods declare, and their Optuna distributions.

A method lists what ``bench tune`` may vary as ``search_space = {dotted config key: dimension}``
(``train.lr``, ``method_options.prompt_length``, ...); :class:`methods.base.Method` declares the
learning rate every method shares and each method adds its own connector options. The keys are
the same dotted overrides ``bench run --set`` takes, so a trial's values are applied exactly like
a user's overrides and the best ones can feed a sweep unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Union

from benchmark.errors import ConfigError


@dataclass(frozen=True)
class Float:
    low: float
    high: float
    log: bool = False

    def distribution(self):
        from optuna.distributions import FloatDistribution

        return FloatDistribution(self.low, self.high, log=self.log)


@dataclass(frozen=True)
class Int:
    low: int
    high: int
    step: int = 1

    def distribution(self):
        from optuna.distributions import IntDistribution

        return IntDistribution(self.low, self.high, step=self.step)


@dataclass(frozen=True)
class Choice:
    values: tuple

    def distribution(self):
        from optuna.distributions import CategoricalDistribution

        return CategoricalDistribution(list(self.values))


Dimension = Union[Float, Int, Choice]


def method_search_space(method: str, drop: tuple[str, ...] = ()) -> dict[str, Dimension]:
    """The search space ``method`` declares (its own plus the shared ``train.*`` keys), without
    the keys in ``drop``; an error names the method if the space is empty."""
    from benchmark.registry import METHODS

    space = {k: v for k, v in METHODS.get(method).search_space.items() if k not in drop}
    if not space:
        raise ConfigError(f"method {method!r} declares no search space left to tune (dropped: {', '.join(drop)})")
    for key in space:
        if not (key.startswith("train.") or key.startswith("method_options.")):
            raise ConfigError(f"{method}.search_space key {key!r} must start with train. or method_options.")
    return space


def suggest(trial, space: dict[str, Dimension]) -> dict[str, Any]:
    """Values for every key of ``space`` from an Optuna trial (names are the dotted keys)."""
    out: dict[str, Any] = {}
    for key, dim in space.items():
        if isinstance(dim, Float):
            out[key] = trial.suggest_float(key, dim.low, dim.high, log=dim.log)
        elif isinstance(dim, Int):
            out[key] = trial.suggest_int(key, dim.low, dim.high, step=dim.step)
        else:
            out[key] = trial.suggest_categorical(key, list(dim.values))
    return out


def as_overrides(values: dict[str, Any]) -> list[str]:
    """``{"train.lr": 0.001}`` -> ``["train.lr=0.001"]`` (what ``--set`` takes)."""
    import json

    return [f"{k}={json.dumps(v) if isinstance(v, (list, dict)) else v}" for k, v in values.items()]
