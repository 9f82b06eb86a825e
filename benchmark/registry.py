"""Validated name registries for methods, tasks, language models and encoders.

Built-in entries register themselves when their module is imported. On the first lookup a registry
imports its built-in packages and every module in them (subpackages and ``_private`` modules
excepted), so a new method or task is one new file in ``methods/`` or ``tasks/`` with an
``@register_method("name")`` / ``@register_task("name")`` class: nothing to list anywhere. Outside
packages add entries without forking through entry points (as lm-evaluation-harness does for tasks)::

    [project.entry-points."bench.methods"]
    my-method = "my_pkg.my_method:MyMethod"

The entry point's name is the registered name and the loaded object is the entry. Methods and tasks
are named once, by their registration: the decorator (or the entry point) sets the class's ``name``.
An unknown name raises :class:`~benchmark.errors.UnknownNameError` listing the close matches.
"""

from __future__ import annotations

import difflib
import importlib
import pkgutil
from collections.abc import Callable, Iterator
from importlib.metadata import entry_points
from typing import Generic, TypeVar

from benchmark.errors import UnknownNameError

T = TypeVar("T")

ENTRY_POINT_PREFIX = "bench."


class Registry(Generic[T]):
    """A name -> entry mapping with lazy built-ins, entry-point plugins and helpful errors.

    builtin_modules: modules imported on the first lookup; of a package, every module in it too.
    names_classes: registering a class sets its ``name`` attribute to the registered name (methods
        and tasks), so the name is written once, in the decorator or the entry point.
    """

    def __init__(self, kind: str, builtin_modules: tuple[str, ...] = (), *, names_classes: bool = False) -> None:
        self.kind = kind
        self.group = ENTRY_POINT_PREFIX + kind
        self._builtin_modules = builtin_modules
        self._names_classes = names_classes
        self._entries: dict[str, T] = {}
        self._loaded = False

    # -- registration -------------------------------------------------------------------------
    def register(self, name: str, entry: T | None = None, *, overwrite: bool = False):
        """Register ``entry`` under ``name``; without ``entry`` it works as a decorator."""

        def _add(obj: T) -> T:
            key = self._normalise(name)
            if key in self._entries and not overwrite and self._entries[key] is not obj:
                raise ValueError(f"{self.kind[:-1]} {name!r} is already registered")
            self._name(obj, key)
            self._entries[key] = obj
            return obj

        if entry is not None:
            return _add(entry)
        return _add

    # -- lookup -------------------------------------------------------------------------------
    def get(self, name: str) -> T:
        self._ensure_loaded()
        key = self._normalise(name)
        if key not in self._entries:
            raise UnknownNameError(self.unknown_message(name))
        return self._entries[key]

    def __contains__(self, name: str) -> bool:
        self._ensure_loaded()
        return self._normalise(name) in self._entries

    def names(self) -> list[str]:
        self._ensure_loaded()
        return sorted(self._entries)

    def items(self) -> Iterator[tuple[str, T]]:
        self._ensure_loaded()
        for key in sorted(self._entries):
            yield key, self._entries[key]

    def unknown_message(self, name: str, extra_hint: str = "") -> str:
        names = self.names()
        close = difflib.get_close_matches(self._normalise(name), names, n=3, cutoff=0.5)
        singular = self.kind[:-1] if self.kind.endswith("s") else self.kind
        msg = f"unknown {singular} {name!r}."
        if close:
            msg += " Did you mean: " + ", ".join(close) + "?"
        msg += f" Known {self.kind}: " + ", ".join(names) + "."
        if extra_hint:
            msg += " " + extra_hint
        msg += f" (List them with `bench ls {self.kind}`.)"
        return msg

    # -- internals ----------------------------------------------------------------------------
    @staticmethod
    def _normalise(name: str) -> str:
        return name.strip().lower()

    def _name(self, obj: T, key: str) -> None:
        """Set a registered class's ``name`` to ``key``; a class that spells a different name itself
        is refused (the registration is the one place a name is written)."""
        if not (self._names_classes and isinstance(obj, type)):
            return
        own = vars(obj).get("name")
        if own not in (None, "", key):
            raise ValueError(f"{obj.__qualname__} is registered as {key!r} but sets name = {own!r}")
        obj.name = key

    def _ensure_loaded(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        for module in self._builtin_modules:
            import_with_submodules(module)
        for ep in entry_points(group=self.group):
            key = self._normalise(ep.name)
            if key not in self._entries:
                obj = ep.load()
                self._name(obj, key)
                self._entries[key] = obj


def import_with_submodules(name: str) -> None:
    """Import module ``name`` and, when it is a package, each module in it in sorted order
    (subpackages and ``_private`` modules excepted)."""
    module = importlib.import_module(name)
    for info in sorted(pkgutil.iter_modules(getattr(module, "__path__", [])), key=lambda m: m.name):
        if not info.ispkg and not info.name.startswith("_"):
            importlib.import_module(f"{name}.{info.name}")


METHODS: Registry = Registry("methods", ("methods",), names_classes=True)
TASKS: Registry = Registry("tasks", ("tasks",), names_classes=True)
LMS: Registry = Registry("lms", ("benchmark.backbones.lm_presets",))
ENCODERS: Registry = Registry("encoders", ("benchmark.backbones.encoder_presets",))

REGISTRIES: dict[str, Registry] = {r.kind: r for r in (METHODS, TASKS, LMS, ENCODERS)}


def register_method(name: str) -> Callable[[T], T]:
    """Class decorator: register a :class:`~methods.base.Method` as ``name`` and set its ``name``."""
    return METHODS.register(name)


def register_task(name: str) -> Callable[[T], T]:
    """Class decorator: register a task as ``name`` and set its ``name``."""
    return TASKS.register(name)
