"""Method comparison at an equal training budget: every method x data fraction, one shared config.

``bench compare --methods epalm,blind,mapl --fractions 0.01,0.1 --output-dir runs/compare --table
docs/comparison.md`` trains and evaluates each cell with the same steps, batch size, learning rate,
seed, LM, encoder and evaluation subset (only ``method`` and ``data.fraction`` differ; per-method
options come from ``--method-set METHOD.KEY=VALUE``), then writes the comparison table. Cells whose
run folder already holds ``metrics.json`` are reused, so an interrupted comparison continues where it
stopped; a cell that fails is reported and the others still run.
"""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from benchmark.errors import BenchError, ConfigError


@dataclass
class ComparisonResult:
    runs: list[dict[str, Any]] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)  # run name -> error


def cell_name(method: str, fraction: float) -> str:
    return f"{method}-f{fraction:g}"


def method_overrides(items: list[str], methods: list[str]) -> dict[str, list[str]]:
    """``METHOD.KEY=VALUE`` strings -> {method: ["method_options.KEY=VALUE", ...]}."""
    out: dict[str, list[str]] = {m: [] for m in methods}
    for item in items:
        head, sep, value = item.partition("=")
        method, dot, key = head.partition(".")
        if not sep or not dot or not key:
            raise ConfigError(f"--method-set {item!r} must look like METHOD.KEY=VALUE, e.g. epalm.prompt_length=20")
        if method not in out:
            raise ConfigError(
                f"--method-set {item!r} names method {method!r}, which is not in --methods {','.join(methods)}"
            )
        out[method].append(f"method_options.{key}={value}")
    return out


def run_comparison(
    methods: list[str],
    fractions: list[float],
    output_dir: str | Path,
    overrides: list[str],
    per_method: list[str] | None = None,
    config_path: str | None = None,
) -> ComparisonResult:
    """Run (or reuse) every cell; validate every cell's config before the first one trains."""
    import json

    from benchmark.engine.config import load_config
    from benchmark.engine.runner import execute, plan_run

    if not methods or not fractions:
        raise ConfigError("bench compare needs at least one method and one data fraction")
    extra = method_overrides(per_method or [], methods)
    configs = []
    for fraction in fractions:
        for method in methods:
            cfg = load_config(
                config_path,
                [
                    *overrides,
                    f"method={method}",
                    f"data.fraction={fraction}",
                    f"output_dir={output_dir}",
                    f"run_name={cell_name(method, fraction)}",
                    *extra[method],
                ],
            )
            plan_run(cfg)  # names, options, data: fail before any training
            configs.append(cfg)
    result = ComparisonResult()
    for i, cfg in enumerate(configs, 1):
        done = cfg.run_dir / "metrics.json"
        print(
            f"[{i}/{len(configs)}] {cfg.run_dir.name}: " + ("reusing finished run" if done.exists() else "running"),
            file=sys.stderr,
            flush=True,
        )
        if done.exists():
            result.runs.append(json.loads(done.read_text()))
            continue
        try:
            result.runs.append(execute(cfg))
        except BenchError as exc:
            result.failed[cfg.run_dir.name] = str(exc)
            print(f"  failed: {exc}", file=sys.stderr, flush=True)
    return result


def comparison_document(result: ComparisonResult, command: str) -> str:
    """Markdown: how the table was made, the table, and any failed cells."""
    from reports.tables import markdown_table

    lines = [
        "# Method comparison at an equal training budget",
        "",
        f"Generated {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC on {platform.machine()} "
        f"({platform.system()}, Python {platform.python_version()}) by:",
        "",
        "```",
        command,
        "```",
        "",
    ]
    if result.runs:
        lines += [markdown_table(result.runs), ""]
    if result.failed:
        lines += ["Failed cells:", ""] + [f"- {name}: {err}" for name, err in result.failed.items()] + [""]
    return "\n".join(lines)
