"""Tasks: one file per task, registered by name in :data:`benchmark.registry.TASKS`.

Every module of this package except ``base`` (and the ``metrics`` subpackage) is imported, so a new
task is one new file with an ``@register_task`` class: nothing to add here.
"""

import importlib
import pkgutil

for _module in sorted(m.name for m in pkgutil.iter_modules(__path__)):
    if _module not in ("base", "metrics") and not _module.startswith("_"):
        importlib.import_module(f"{__name__}.{_module}")
