"""The README's task reference is the generated one, and every task documents its data."""

from pathlib import Path

import pytest

from benchmark.registry import TASKS
from reports.task_docs import END, START, replace_section, tasks_markdown

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_task_section_is_up_to_date():
    text = README.read_text()
    assert replace_section(text, tasks_markdown()) == text, (
        "README's task section is stale: run `python -m reports.task_docs README.md`"
    )


@pytest.mark.parametrize("name", TASKS.names())
def test_every_task_documents_modality_metric_layout_and_source(name):
    cls = TASKS.get(name)
    assert cls.modality in ("image", "video", "audio", "text")
    assert cls.metric and cls.layout.strip() and cls.get_data.strip() and cls.__doc__
    assert f"`{name}`" in tasks_markdown()


def test_replace_section_keeps_the_rest():
    text = f"intro\n{START}\nold\n{END}\noutro\n"
    assert replace_section(text, "new") == f"intro\n{START}\nnew\n{END}\noutro\n"
    with pytest.raises(ValueError):
        replace_section("no markers", "x")
