"""Tasks: one file per task, registered by name in :data:`benchmark.registry.TASKS`."""

from tasks import easy_vqa, easy_vqa_caption  # noqa: F401  (register "easy-vqa", "easy-vqa-caption")
