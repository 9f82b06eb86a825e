"""Tasks: one file per task, registered by name in :data:`benchmark.registry.TASKS`.

The registry imports every module of this package on its first lookup (except ``base``, the
``metrics`` subpackage and ``_private`` modules), so a new task is one new file with an
``@register_task`` class, and registration sets its ``name``: nothing to add here.
"""
