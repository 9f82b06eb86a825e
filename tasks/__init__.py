"""Tasks: one file per task, registered by name in :data:`benchmark.registry.TASKS`."""

from tasks import easy_vqa  # noqa: F401  (registers "easy-vqa")
