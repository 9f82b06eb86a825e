"""``bench ls``: list registered names."""

from __future__ import annotations

HELP = "list registered names"


def add_arguments(p) -> None:
    p.add_argument("kind", choices=["methods", "tasks", "lms", "encoders"])


def run(args) -> int:
    from benchmark.registry import REGISTRIES

    registry = REGISTRIES[args.kind]
    for name, entry in registry.items():
        doc = getattr(entry, "description", None) or (getattr(entry, "__doc__", "") or "").strip().splitlines()[:1]
        doc = doc[0] if isinstance(doc, list) and doc else doc
        print(f"{name:28s} {doc or ''}")
    return 0
