"""Read a pipe-Markdown table back into cells, so tests check a table's content whatever its padding."""

from __future__ import annotations


def cells(markdown: str) -> list[list[str]]:
    """Every table line of ``markdown`` as its stripped cells: the header first, the ``|---|`` line dropped."""
    rows = []
    for line in markdown.splitlines():
        line = line.strip()
        if not line.startswith("|"):
            continue
        row = [c.strip() for c in line.strip("|").split("|")]
        if all(c and set(c) <= set(":-") for c in row):
            continue
        rows.append(row)
    return rows


def records(markdown: str) -> list[dict[str, str]]:
    """The body rows of the (first) table in ``markdown`` as {header: cell}."""
    header, *body = cells(markdown)
    assert all(len(row) == len(header) for row in body), "ragged Markdown table"
    return [dict(zip(header, row)) for row in body]
