"""The shape of the tree: no import cycle anywhere (function-level imports included), one CLI module
per command, and a README architecture section that names only paths that exist."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from benchmark import cli

REPO = Path(__file__).resolve().parents[1]
PACKAGES = ("benchmark", "methods", "tasks", "reports")


def _modules() -> dict[str, Path]:
    mods = {}
    for pkg in PACKAGES:
        for path in (REPO / pkg).rglob("*.py"):
            name = ".".join(path.relative_to(REPO).with_suffix("").parts)
            mods[name.removesuffix(".__init__")] = path
    return mods


def import_graph() -> dict[str, set[str]]:
    """module -> the suite's modules it imports, anywhere in its body."""
    mods = _modules()

    def owner(name: str) -> str | None:
        while name and name not in mods:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {m: set() for m in mods}
    for mod, path in mods.items():
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                targets = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
            else:
                continue
            for target in targets:
                found = owner(target)
                if found is not None and found != mod:
                    graph[mod].add(found)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycle_anywhere():
    assert cycles(import_graph()) == []


def test_engine_does_not_import_commands_or_experiments():
    """The engine is the bottom layer: experiments and commands build on it, never the reverse."""
    graph = import_graph()
    wrong = {
        (m, t)
        for m, targets in graph.items()
        if m.startswith("benchmark.engine")
        for t in targets
        if t.startswith(("benchmark.cli", "benchmark.experiments", "reports"))
    }
    assert not wrong


def test_one_cli_module_per_command():
    modules = {p.stem for p in (REPO / "benchmark" / "cli").glob("*.py")} - {"__init__", "__main__", "flags"}
    assert set(cli.COMMANDS) == modules
    parser = cli.build_parser()
    for name in cli.COMMANDS:  # every command parses its own --help-free minimum
        assert name in parser._subparsers._group_actions[0].choices


def test_readme_architecture_names_existing_paths():
    readme = (REPO / "README.md").read_text()
    section = readme.split("## Architecture", 1)[1].split("\n## ", 1)[0]
    paths = set(re.findall(r"`((?:benchmark|methods|tasks|reports|tests|examples|docs|scripts)/[\w./-]*)`", section))
    assert len(paths) >= 10
    missing = sorted(p for p in paths if not (REPO / p.rstrip("/")).exists())
    assert not missing, f"README's architecture section names missing paths: {missing}"
