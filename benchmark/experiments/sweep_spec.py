"""The sweep file: a grid of runs in YAML, expanded into validated cells.

.. code-block:: yaml

    name: offline-example            # the sweep's name: its Optuna study and its MLflow parent run
    experiment: offline-sweep        # MLflow experiment of the parent and child runs
    output_dir: runs/offline-sweep   # one run folder per cell (default: runs/sweeps/<name>)
    storage: null                    # Optuna RDB URL shared by the workers (default sqlite:///<output_dir>/sweep.db)
    tracking_uri: null               # MLflow (default: sqlite:///<output_dir>/mlflow.db)
    config: base.yaml                # optional RunConfig YAML shared by every cell (relative to this file)
    base: {train: {steps: 60}}       # RunConfig fields shared by every cell
    set: [eval.max_examples=200]     # dotted overrides shared by every cell
    method_options: {epalm: {prompt_length: 10}}   # per-method options
    tuned: runs/tune                 # optional: a `bench tune` --output-dir; each method's best values apply
    grid:                            # or `grids:`, a list of such grids (their cells are united)
      method: [epalm, blind]
      task: [easy-vqa]
      lm: [smollm2-135m, gemma3-270m]
      encoder: [efficientnet-lite0]
      data_fraction: [0.01, 0.1]
      seed: [0, 1]
    evaluate_on:                     # out-of-distribution scoring after each cell of a training task
      easy-vqa: [easy-vqa@gaussian_noise-3, easy-vqa@scale-0.5]
    ima: true                        # or {examples: 200}: the implicit-alignment analysis after each cell

``ima`` runs :mod:`benchmark.experiments.ima` on each cell's finished run (stored in its folder,
logged to its MLflow run; n/a for methods without perceptual tokens in the LM); it does not change a
cell's config, so adding it to a sweep that has run analyses only the cells that still run
(``bench report ima --sweep-file FILE`` analyses every finished cell).

``config`` is read relative to the sweep file; ``output_dir`` and ``tuned`` are folders relative to the
working directory, like ``bench run --output-dir``. With ``tuned``, every method of the sweep needs a
finished study in that folder's ``best.json`` (as many counted trials as it was asked for); a method
missing from it, or still being tuned, is refused before anything trains rather than run with the
shared recipe beside tuned methods.

**A sweep never mixes configs.** Every cell carries its resolved config minus the keys that do not
change a result (:data:`RESULT_NEUTRAL`: where the run is written and tracked, what it is called and
where downloads are cached); :func:`config_fingerprint` is its hash. The sweep records it with each
cell's trial when it enqueues the cell, and a run folder records it in ``metrics.json`` (or, before
it finishes, in its checkpoints). A rerun whose file now gives an existing cell another config
(``train.steps`` edited in ``base:``, a new ``tuned:`` file, ...) is refused before anything trains,
naming the cell and the keys that differ; cells that are new to the file (one more seed) are added.

A cell is one value of every axis; its name is the run name ``bench run`` would give it, so cells
and run folders are the same thing. Every cell's config is built and planned (names, options, the
method/backbone/task combination and the data) before the first cell trains.
"""

from __future__ import annotations

import hashlib
import itertools
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from benchmark.engine.config import RunConfig, apply_overrides, update_dataclass
from benchmark.engine.recipe import explicit_keys, resolve_recipe
from benchmark.errors import ConfigError

AXES = {  # sweep axis -> RunConfig dotted key
    "method": "method",
    "task": "task",
    "lm": "lm",
    "encoder": "encoder",
    "data_fraction": "data.fraction",
    "seed": "seed",
}
SPEC_FIELDS = (
    "name",
    "experiment",
    "output_dir",
    "storage",
    "tracking_uri",
    "config",
    "base",
    "set",
    "method_options",
    "tuned",
    "grids",
    "evaluate_on",
    "ima",
)  # recorded by to_dict()
KEYS = {*SPEC_FIELDS, "grid", "heartbeat_s", "grace_s"}  # what a sweep file may hold


# RunConfig keys that do not change a run's result: where it is written and tracked, its name, the
# download cache. Everything else (budget, seed, data, options, evaluation settings) does.
RESULT_NEUTRAL = ("run_name", "output_dir", "tracking_uri", "experiment", "cache_dir")


def result_config(config: RunConfig | dict[str, Any]) -> dict[str, Any]:
    """``config`` (a RunConfig or its recorded dict) as ``{dotted key: value}`` without the
    :data:`RESULT_NEUTRAL` keys, with values as JSON reads them back (tuples become lists)."""
    from benchmark.engine.tracking import flatten_params

    data = config.to_dict() if isinstance(config, RunConfig) else config
    flat = flatten_params(json.loads(json.dumps(data, default=str)))
    # an empty section (no method options) adds no key
    return {k: v for k, v in flat.items() if k not in RESULT_NEUTRAL and v != {}}


def config_fingerprint(config: RunConfig | dict[str, Any]) -> str:
    """A short hash of :func:`result_config`: equal for configs that train the same run."""
    text = json.dumps(result_config(config), sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def nest(values: dict[str, Any]) -> dict[str, Any]:
    """``{"train.steps": 3, "lm": "x"}`` -> ``{"train": {"steps": 3}, "lm": "x"}``: dotted keys as the
    nested mapping a sweep file's ``base:`` (or a recorded config) is."""
    out: dict[str, Any] = {}
    for dotted, value in values.items():
        *parents, last = dotted.split(".")
        node = out
        for part in parents:
            node = node.setdefault(part, {})
        node[last] = value
    return out


def config_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """``["train.steps: 3 -> 5", ...]`` between two :func:`result_config` dicts: the comparison
    ``bench run --resume`` makes (:func:`benchmark.engine.config.config_differences`: method options
    with their defaults filled in, a field the old record lacks counts as its default), with the
    sweep's :data:`RESULT_NEUTRAL` keys left out."""
    from benchmark.engine.config import config_differences

    differences = config_differences(nest(old), nest(new), neutral=frozenset(RESULT_NEUTRAL))
    return [f"{key}: {before} -> {after}" for key, before, after in differences]


@dataclass
class Cell:
    name: str
    axes: dict[str, Any]
    config: RunConfig


@dataclass
class SweepSpec:
    name: str
    grids: list[dict[str, list[Any]]]
    experiment: str = "bench-sweep"
    output_dir: str = ""
    storage: str | None = None
    tracking_uri: str | None = None
    config: str | None = None
    base: dict[str, Any] = field(default_factory=dict)
    set: list[str] = field(default_factory=list)
    method_options: dict[str, dict[str, Any]] = field(default_factory=dict)
    tuned: str | None = None
    evaluate_on: dict[str, list[str]] = field(default_factory=dict)
    ima: dict[str, Any] | None = None  # {"examples": N}: the implicit-alignment analysis per cell; None: off
    heartbeat_s: float = 20.0  # a worker records a heartbeat this often while it runs a cell
    grace_s: float = 90.0  # a running cell without a heartbeat for this long is failed and retried
    source: str | None = None  # the file it was read from

    @property
    def storage_url(self) -> str:
        return self.storage or f"sqlite:///{(Path(self.output_dir) / 'sweep.db').resolve()}"

    @property
    def mlflow_uri(self) -> str:
        from benchmark.engine.tracking import default_tracking_uri

        return self.tracking_uri or default_tracking_uri(self.output_dir)

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in SPEC_FIELDS}


def _as_list(value: Any, where: str) -> list[Any]:
    values = value if isinstance(value, list) else [value]
    if not values:
        raise ConfigError(f"{where}: needs at least one value")
    return values


def ima_option(value: Any, source: str | None = None) -> dict[str, Any] | None:
    """The sweep file's ``ima``: absent or false -> None (off); true -> the default number of examples;
    ``{examples: N}`` with N >= 2."""
    from benchmark.experiments.ima import DEFAULT_EXAMPLES

    if value is None or value is False:
        return None
    if value is True:
        return {"examples": DEFAULT_EXAMPLES}
    if isinstance(value, dict) and set(value) <= {"examples"}:
        examples = value.get("examples", DEFAULT_EXAMPLES)
        if isinstance(examples, int) and not isinstance(examples, bool) and examples >= 2:
            return {"examples": examples}
    raise ConfigError(
        f"sweep file {source}: `ima` must be true, false or {{examples: N}} with N >= 2 validation examples; "
        f"got {value!r}"
    )


def parse_spec(data: dict[str, Any], source: str | None = None, base_dir: Path | None = None) -> SweepSpec:
    """A :class:`SweepSpec` from the YAML mapping, with every key and axis checked."""
    if not isinstance(data, dict):
        raise ConfigError(f"sweep file {source}: expected a mapping at the top level")
    unknown = set(data) - KEYS
    if unknown:
        raise ConfigError(
            f"sweep file {source}: unknown key(s) {', '.join(sorted(unknown))}; valid: {', '.join(sorted(KEYS))}"
        )
    name = data.get("name")
    if not name or not isinstance(name, str) or any(c in name for c in "#/\\ "):
        raise ConfigError(f"sweep file {source}: `name` must be a non-empty string without '#', '/' or spaces")
    if ("grid" in data) == ("grids" in data):
        raise ConfigError(
            f"sweep file {source}: give exactly one of `grid` (a mapping of axes) or `grids` (a list of them)"
        )
    raw_grids = [data["grid"]] if "grid" in data else data["grids"]
    if not isinstance(raw_grids, list) or not raw_grids:
        raise ConfigError(f"sweep file {source}: `grids` must be a non-empty list of axis mappings")
    grids = []
    for i, grid in enumerate(raw_grids):
        if not isinstance(grid, dict) or not grid:
            raise ConfigError(
                f"sweep file {source}: grid {i} must map at least one axis ({', '.join(AXES)}) to values"
                + (" (an empty grid would train only the default cell)" if isinstance(grid, dict) else "")
            )
        bad = set(grid) - set(AXES)
        if bad:
            raise ConfigError(
                f"sweep file {source}: grid {i} has unknown axis {', '.join(sorted(bad))}; axes: {', '.join(AXES)}"
            )
        grids.append({axis: _as_list(values, f"grid {i}.{axis}") for axis, values in grid.items()})
    base_dir = base_dir or Path(".")

    def rel(path: str | None) -> str | None:
        return None if path is None else str(path if Path(path).is_absolute() else base_dir / path)

    sets = data.get("set") or []
    if not isinstance(sets, list) or not all(isinstance(s, str) for s in sets):
        raise ConfigError(f"sweep file {source}: `set` must be a list of KEY=VALUE strings")
    evaluate_on = data.get("evaluate_on") or {}
    if not isinstance(evaluate_on, dict):
        raise ConfigError(f"sweep file {source}: `evaluate_on` must map a training task to a list of task[@variant]")
    return SweepSpec(
        name=name,
        grids=grids,
        experiment=str(data.get("experiment") or "bench-sweep"),
        output_dir=str(data.get("output_dir") or Path("runs") / "sweeps" / name),
        storage=data.get("storage"),
        tracking_uri=data.get("tracking_uri"),
        config=rel(data.get("config")),
        base=data.get("base") or {},
        set=list(sets),
        method_options=data.get("method_options") or {},
        tuned=data.get("tuned"),
        evaluate_on={k: _as_list(v, f"evaluate_on.{k}") for k, v in evaluate_on.items()},
        ima=ima_option(data.get("ima"), source),
        heartbeat_s=float(data.get("heartbeat_s", 20.0)),
        grace_s=float(data.get("grace_s", 90.0)),
        source=source,
    )


def load_spec(path: str | Path, storage: str | None = None, output_dir: str | None = None) -> SweepSpec:
    p = Path(path)
    if not p.is_file():
        raise ConfigError(f"sweep file {str(p)!r} does not exist")
    try:
        data = yaml.safe_load(p.read_text())
    except yaml.YAMLError as exc:
        raise ConfigError(f"sweep file {p}: not valid YAML ({exc})") from None
    spec = parse_spec(data, str(p), p.parent)
    if storage:
        spec.storage = storage
    if output_dir:
        spec.output_dir = output_dir
    return spec


def tuned_overrides(folder: str | None) -> dict[str, list[str]]:
    """{method: ["train.lr=...", ...]} from a `bench tune` folder's best.json (empty without one)."""
    if folder is None:
        return {}
    path = Path(folder) / "best.json"
    if not path.is_file():
        raise ConfigError(f"`tuned: {folder}` has no best.json: expected the output folder of `bench tune`")
    best = json.loads(path.read_text())
    from benchmark.search_space import as_overrides

    unfinished = [
        f"{m} ({e.get('trials', 0)} of {_budget(e)} trials)" for m, e in best.items() if e.get("trials", 0) < _budget(e)
    ]
    if unfinished:
        raise ConfigError(
            f"`tuned: {folder}`: the study of {', '.join(unfinished)} has not finished; "
            "run its `bench tune` command again to finish it"
        )
    return {method: as_overrides(entry["params"]) for method, entry in best.items()}


def _budget(entry: dict[str, Any]) -> int:
    """The trials a best.json entry's study was asked for: its ``budget``, or for a grid study written
    before ``budget`` was recorded, its number of grid points; 0 when neither says."""
    if "budget" in entry:
        return int(entry["budget"])
    from benchmark.experiments.tune import grid_size

    grid = entry.get("sampler", {}).get("grid")
    return grid_size(grid) if grid else 0


def check_tuned(spec: SweepSpec, cells: list[Cell], tuned: dict[str, list[str]]) -> None:
    """With ``tuned:`` (its :func:`tuned_overrides` given as ``tuned``), every method the sweep runs
    must have a tuned entry: a method left out would silently train with the shared recipe beside
    methods that were tuned."""
    if spec.tuned is None:
        return
    missing = sorted({c.config.method for c in cells} - set(tuned))
    if missing:
        raise ConfigError(
            f"`tuned: {spec.tuned}` has no tuned values for {', '.join(missing)}: "
            f"run `bench tune ... --methods {','.join(missing)} --output-dir {spec.tuned}` first"
        )


def expand(spec: SweepSpec) -> list[Cell]:
    """Every cell of every grid (duplicates across grids once), each with its full RunConfig."""
    tuned = tuned_overrides(spec.tuned)
    cells: dict[str, Cell] = {}
    for grid in spec.grids:
        axes = list(grid)
        for values in itertools.product(*(grid[a] for a in axes)):
            chosen = dict(zip(axes, values))
            config = RunConfig()
            file_data: dict[str, Any] = {}
            if spec.config:
                cfg_path = Path(spec.config)
                if not cfg_path.is_file():
                    raise ConfigError(f"sweep {spec.name}: config file {spec.config!r} does not exist")
                file_data = yaml.safe_load(cfg_path.read_text()) or {}
                update_dataclass(config, file_data)
            update_dataclass(config, json.loads(json.dumps(spec.base)))
            apply_overrides(config, list(spec.set))
            axis_overrides = [f"{AXES[a]}={v}" for a, v in chosen.items()]
            apply_overrides(config, axis_overrides)
            for key, value in (spec.method_options.get(config.method) or {}).items():
                config.method_options[key] = value
            apply_overrides(config, tuned.get(config.method, []))
            # the recipe (shared or the method's paper recipe) under everything the file sets, as `bench run` does
            explicit = explicit_keys(file_data, spec.base, list(spec.set), axis_overrides, tuned.get(config.method, []))
            config, _ = resolve_recipe(config, explicit)
            config.output_dir = spec.output_dir
            config.tracking_uri = spec.mlflow_uri
            config.experiment = spec.experiment
            config.run_name = None
            name = config.default_run_name()
            config.run_name = name
            cells.setdefault(name, Cell(name, {a: getattr_dotted(config, AXES[a]) for a in AXES}, config))
    check_tuned(spec, list(cells.values()), tuned)
    return list(cells.values())


def getattr_dotted(obj: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        obj = getattr(obj, part)
    return obj


def eval_targets(spec: SweepSpec, task: str) -> list[tuple[str, str | None]]:
    """(task, variant or None) pairs to score a run of ``task`` on after training."""
    out = []
    for target in spec.evaluate_on.get(task, []):
        name, _, variant = str(target).partition("@")
        out.append((name, variant or None))
    return out


def validate_cells(spec: SweepSpec, cells: list[Cell]) -> None:
    """Plan every cell (and check every out-of-distribution target) before anything trains."""
    from benchmark.engine.runner import plan_run
    from benchmark.registry import TASKS

    for cell in cells:
        try:
            plan_run(cell.config)
        except ConfigError as exc:
            raise ConfigError(f"sweep {spec.name}, cell {cell.name}: {exc}") from None
    for train_task in spec.evaluate_on:
        for task, variant in eval_targets(spec, train_task):
            task_cls = TASKS.get(task)
            if variant is not None and not task_cls.accepts_variant(variant):
                raise ConfigError(
                    f"sweep {spec.name}: evaluate_on {train_task}: task {task!r} has no variant {variant!r}"
                )
