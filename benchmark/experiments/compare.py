"""Method comparison at an equal training budget: a one-grid sweep (methods x data fractions), then a table.

``bench compare --methods epalm,blind,mapl --fractions 0.01,0.1 --output-dir runs/compare --table
docs/comparison.md`` writes the sweep file ``<output-dir>/compare.yaml`` (one grid, ``data_fraction x
method``; the shared run flags as its ``base:``, ``--set`` as its ``set:``, ``--method-set
METHOD.KEY=VALUE`` as its ``method_options:``, ``--config`` as its ``config:``) and runs it with
:func:`benchmark.experiments.sweep.run_sweep`. Every cell therefore has the same steps, batch size,
learning rate, seed, LM, encoder and evaluation subset (only ``method`` and ``data.fraction`` differ),
and is a sweep cell: its run folder is named as ``bench run`` names it, its MLflow run is a child of
the sweep's parent run, a finished cell is skipped, a failed one is retried and a killed one resumed
on the next call (or by more workers: ``bench sweep <output-dir>/compare.yaml``). Every cell is
validated before the first one trains, before anything is written. The comparison table is then
made from the finished cells' rows (:class:`reports.rows.RunRow`), one row per run (one seed per
cell, so no interval; a note under the table says so and how ``bench report`` makes them); a cell
that failed is listed under it.
"""

from __future__ import annotations

import platform
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from benchmark.engine.config import RunConfig, parse_assignment, parse_scalar
from benchmark.errors import ConfigError
from benchmark.experiments.sweep_spec import nest

SWEEP_NAME = "compare"
SWEEP_FILE = "compare.yaml"
SPEC_KEYS = ("tracking_uri", "experiment")  # run settings that are the sweep's own in a sweep file


@dataclass
class ComparisonResult:
    sweep_file: Path
    rows: list[Any] = field(default_factory=list)  # reports.rows.RunRow of every finished cell
    failed: dict[str, str] = field(default_factory=dict)  # cell (run folder) name -> error


def method_overrides(items: list[str], methods: list[str]) -> dict[str, list[str]]:
    """``METHOD.KEY=VALUE`` strings -> {method: ["method_options.KEY=VALUE", ...]}."""
    out: dict[str, list[str]] = {m: [] for m in methods}
    for item in items:
        head, value = parse_assignment(item, "METHOD.KEY=VALUE, e.g. epalm.prompt_length=20")
        method, dot, key = head.partition(".")
        if not dot or not key:
            raise ConfigError(f"--method-set: expected METHOD.KEY=VALUE, e.g. epalm.prompt_length=20, got {item!r}")
        if method not in out:
            raise ConfigError(
                f"--method-set {item!r} names method {method!r}, which is not in --methods {','.join(methods)}"
            )
        out[method].append(f"method_options.{key}={value}")
    return out


def method_options(items: list[str], methods: list[str]) -> dict[str, dict[str, Any]]:
    """``METHOD.KEY=VALUE`` strings -> a sweep file's ``method_options:`` {method: {KEY: value}}
    (values read as YAML, as ``--set`` reads them)."""
    out: dict[str, dict[str, Any]] = {}
    for method, overrides in method_overrides(items, methods).items():
        for item in overrides:
            key, value = parse_assignment(item)
            out.setdefault(method, {})[key.removeprefix("method_options.")] = parse_scalar(value)
    return out


def comparison_spec(
    methods: list[str],
    fractions: list[float],
    output_dir: str | Path,
    base: dict[str, Any] | None = None,
    sets: list[str] | None = None,
    per_method: list[str] | None = None,
    config_path: str | None = None,
) -> dict[str, Any]:
    """The sweep file (as a mapping) of a comparison: one grid ``data_fraction x method``.

    ``base`` maps dotted RunConfig keys to the run flags' values (``{"train.steps": 100}``); its
    ``tracking_uri`` and ``experiment``, which a sweep file sets for all its cells, become the sweep's
    own (the experiment defaults to ``bench run``'s)."""
    if not methods or not fractions:
        raise ConfigError("bench compare needs at least one method and one data fraction")
    base = dict(base or {})
    own = {key: base.pop(key) for key in SPEC_KEYS if key in base}
    for item in sets or []:
        key, value = parse_assignment(item)
        if key in SPEC_KEYS:
            own[key] = parse_scalar(value)
    spec: dict[str, Any] = {
        "name": SWEEP_NAME,
        "experiment": own.get("experiment") or RunConfig.experiment,
        "output_dir": str(output_dir),
        "tracking_uri": own.get("tracking_uri"),
    }
    if config_path:
        spec["config"] = str(Path(config_path).resolve())  # a sweep file reads config: relative to itself
    spec["base"] = nest(base)
    spec["set"] = [item for item in sets or [] if parse_assignment(item)[0] not in SPEC_KEYS]
    spec["method_options"] = method_options(per_method or [], methods)
    spec["grid"] = {"data_fraction": [float(f) for f in fractions], "method": list(methods)}
    return spec


def run_comparison(
    methods: list[str],
    fractions: list[float],
    output_dir: str | Path,
    base: dict[str, Any] | None = None,
    sets: list[str] | None = None,
    per_method: list[str] | None = None,
    config_path: str | None = None,
) -> ComparisonResult:
    """Validate every cell, write ``<output_dir>/compare.yaml`` and run it as a sweep; returns the
    finished cells' rows and the failed cells' errors."""
    import yaml

    from benchmark.engine.io import atomic_write_text
    from benchmark.experiments.sweep import preflight, run_sweep
    from benchmark.experiments.sweep_spec import expand, parse_spec
    from reports.rows import RunRow, sort_rows

    data = comparison_spec(methods, fractions, output_dir, base, sets, per_method, config_path)
    path = Path(output_dir) / SWEEP_FILE
    spec = parse_spec(data, str(path))
    preflight(spec, expand(spec))  # every cell, the MLflow store, earlier configs: before anything is written
    atomic_write_text(path, yaml.safe_dump(data, sort_keys=False))
    spec, progress = run_sweep(str(path))
    result = ComparisonResult(path)
    for name, cell in progress.cells.items():
        if cell.state == "done":
            result.rows.append(RunRow.from_metrics_json(Path(spec.output_dir) / name / "metrics.json"))
        else:
            result.failed[name] = cell.error or cell.state
    result.rows = sort_rows(result.rows)
    return result


def comparison_document(result: ComparisonResult, command: str) -> str:
    """Markdown: how the table was made, the table (one row per finished cell), and any failed cells."""
    from reports.rows import run_columns, runs_frame
    from reports.tables import to_markdown

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
        f"Run as the one-grid sweep `{result.sweep_file}` (`bench sweep {result.sweep_file}` resumes it).",
        "",
    ]
    if result.rows:
        from reports.stats import IntervalConfig

        frame = runs_frame(result.rows)
        bootstrap = IntervalConfig().describe(sorted({r.metric for r in result.rows})).removeprefix("Intervals: ")
        lines += [
            to_markdown(frame, run_columns(frame)),
            "Intervals: none in this table (one run per row, a single seed per cell: the scores are point "
            "estimates). `bench report` over the sweep's MLflow store gives each configuration's interval, by "
            f"default: {bootstrap}",
            "",
        ]
    if result.failed:
        lines += ["Failed cells:", ""] + [f"- {name}: {err}" for name, err in result.failed.items()] + [""]
    return "\n".join(lines)
