"""``bench tune``: one Optuna study per method over the search space the method declares, with
pruning on the validation metric and the same number of trials for every method.

.. code-block:: text

    bench tune --methods epalm,limber,blind --trials 8 --output-dir runs/tune --steps 60 [--storage URL]

* The search space is the method's ``search_space`` (:mod:`benchmark.search_space`) minus every key
  the command fixes (``--set``/``--method-set``/run flags): what you fix is not tuned. ``--only
  train.lr`` (comma-separated keys) keeps only those keys of every method's space, each at the
  method's own range, the rest at the run's values: every method then searches the same dimensions;
  a key missing from a method's space is refused before any trial.
* ``--grid train.lr=5e-4,1e-3,2e-3`` (repeatable, one key each) searches exactly these values, every
  combination once (Optuna's ``GridSampler``), instead of TPE draws: with a handful of trials, TPE is
  still in its random start-up phase, so two methods would be tuned at different points and the
  comparison would measure the draw. The gridded keys are the only keys searched (the rest at the run's
  values, as with ``--only``); each value must lie in the method's declared range (a choice's values);
  ``--trials`` may be left out and, if given, must equal the number of combinations. Several workers on
  one method's grid study may run a point twice (Optuna's ``GridSampler`` does not lock points), so the
  reference study (``docs/reference/README.md``) tunes the learning rate alone this way with each
  method in one worker.
* A trial is a ``bench run`` scored on the **validation** split: each periodic validation is reported
  to the pruner (median pruner: a trial below the median of earlier trials at the same step stops),
  and the objective is the validation metric after the last step. No choice reads the test split:
  each trial is a whole ``bench run``, so it also scores its test subset (``--eval-examples``), which
  is recorded with the trial (user attribute ``test_<metric>``) for reference only.
* Every method's study stops at exactly ``--trials`` trials, whatever their fate (complete, pruned,
  failed on its own) and however many workers share the storage (finished trials plus other workers'
  running ones are counted after every trial), so no method gets a larger search budget. A re-run
  continues the studies up to the same count.
* A trial stopped from outside (SIGTERM or Ctrl-C at the end of a sitting, a killed worker whose
  heartbeat stopped) does not count: a re-run first runs its values again (enqueued once, whatever
  the number of workers), so a grid loses no point and a tuning spread over several sittings gives
  every method the same trials.
* Before the first trial, every method name, the fixed keys and every method's whole search space
  (its corners, and each value of a choice) are planned as runs, and the MLflow store is checked
  (:func:`benchmark.engine.tracking.check_tracking_store`): a mistake in the last method fails in
  one line before the first method trains, and nothing is created.
* Each trial is an MLflow child run of its method's study run; ``<output-dir>/best.json`` holds each
  method's best values as dotted overrides, which a sweep file reads with ``tuned: <output-dir>``.
"""

from __future__ import annotations

import json
import math
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmark.errors import BenchError, ConfigError
from benchmark.logs import get_logger

_log = get_logger("tune").info


def fixed_keys(overrides: list[str]) -> tuple[str, ...]:
    from benchmark.engine.config import parse_assignment

    return tuple(parse_assignment(item)[0] for item in overrides)


def _study_parent(storage, study, name: str, experiment: str, tracking_uri: str, output_dir: Path) -> str:
    """The MLflow run of one method's study, created once whatever the number of workers."""
    from benchmark.engine.tracking import Tracker
    from benchmark.experiments.storage import claim

    if claim(storage, f"{name}#mlflow-parent"):
        tracker = Tracker(output_dir / "_study", tracking_uri, experiment, name, output_dir=output_dir)
        run_id = tracker.start(params={"study": name}, tags={"tune.study": name, "tune.role": "study"})
        study.set_user_attr("parent_run_id", run_id)
        return run_id
    for _ in range(150):
        run_id = study.user_attrs.get("parent_run_id")
        if run_id:
            return run_id
        time.sleep(2)
        study = type(study)(study_name=study.study_name, storage=storage)
    raise ConfigError(f"study {name}: its MLflow run was never created (the worker creating it died)")


@dataclass
class MethodTuning:
    """One method's study, checked before any trial: its search space (without the fixed keys), the
    overrides every trial shares, where its trials go and the validation metric they report."""

    method: str
    overrides: list[str]  # the fixed keys: --set, the run flags and the method's --method-set
    config_path: str | None
    folder: Path  # <output-dir>/<method>: the trials' run folders
    space: dict[str, Any]
    tracking_uri: str
    experiment: str
    metric: str
    grid: dict[str, list[Any]] | None = None  # --grid: every combination of these values, once each

    def config_for(self, values: dict[str, Any], number: int | str):
        """The RunConfig of trial ``number`` with the searched ``values``."""
        from benchmark.engine.config import load_config
        from benchmark.search_space import as_overrides

        return load_config(
            self.config_path,
            [
                *self.overrides,
                f"method={self.method}",
                f"output_dir={self.folder}",
                f"run_name=trial-{number}",
                f"tracking_uri={self.tracking_uri}",
                f"experiment={self.experiment}",
                *as_overrides(values),
            ],
        )


def _checked_points(space: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Where a search space is checked: its low and high corners, and every value of a choice with
    more than two (at the low corner of the other keys)."""
    from benchmark.search_space import Choice

    def corner(d, which: str):
        return getattr(d, which) if hasattr(d, which) else d.values[0 if which == "low" else -1]

    low = {k: corner(d, "low") for k, d in space.items()}
    points = [("low corner", low), ("high corner", {k: corner(d, "high") for k, d in space.items()})]
    for key, dim in space.items():
        if isinstance(dim, Choice):
            points += [(f"value {key}={v}", {**low, key: v}) for v in dim.values[1:-1]]
    return points


def parse_grid(items: list[str]) -> dict[str, list[Any]]:
    """``["train.lr=5e-4,1e-3"]`` -> ``{"train.lr": [0.0005, 0.001]}`` (values read as YAML reads them);
    a key given twice, an empty value list or a repeated value is refused in one line."""
    from benchmark.engine.config import parse_assignment, parse_scalar

    grid: dict[str, list[Any]] = {}
    for item in items:
        key, text = parse_assignment(item, "KEY=V1,V2,... (e.g. train.lr=5e-4,1e-3,2e-3)")
        values = [parse_scalar(v.strip()) for v in text.split(",") if v.strip()]
        if key in grid:
            raise ConfigError(f"--grid {key}: given twice; give every value in one --grid {key}=V1,V2,...")
        if not values:
            raise ConfigError(f"--grid {key}: no values; expected {key}=V1,V2,...")
        if len(set(map(str, values))) != len(values):
            raise ConfigError(f"--grid {key}: a value is repeated in {text!r}; each point is run once")
        grid[key] = values
    return grid


def grid_size(grid: dict[str, list[Any]]) -> int:
    """The number of combinations of ``grid``'s values: the trials each method runs."""
    return math.prod(len(values) for values in grid.values())


def _as_number(value: Any) -> Any:
    """A numeric string as a float (YAML 1.1, which ``parse_scalar`` follows, reads ``3e-4`` as a
    string because it has no dot; a run's config coerces it the same way); anything else unchanged."""
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return value
    return value


def _grid_space(method: str, space: dict[str, Any], grid: dict[str, list[Any]]) -> dict[str, Any]:
    """The method's space as :class:`Choice` of the ``grid`` values, each checked against the key's
    declared range (a :class:`Float`/:class:`Int` range, or a choice's values)."""
    from benchmark.search_space import Choice, Float, Int

    out: dict[str, Any] = {}
    for key, values in grid.items():
        dim = space[key]
        if isinstance(dim, (Float, Int)):
            values = [_as_number(v) for v in values]
        if len(set(map(repr, values))) != len(values):
            raise ConfigError(f"--grid {key}: a value is repeated in {grid[key]!r}; each point is run once")
        for v in values:
            if isinstance(dim, (Float, Int)):
                ok = isinstance(v, (int, float)) and not isinstance(v, bool) and dim.low <= v <= dim.high
                if isinstance(dim, Int):
                    ok = ok and float(v).is_integer()
                declared = f"[{dim.low:g}, {dim.high:g}]"
            else:
                ok, declared = v in dim.values, "one of " + ", ".join(map(str, dim.values))
            if not ok:
                raise ConfigError(f"--grid {key}={v!r} is outside {method}'s declared range {declared}")
        out[key] = Choice(tuple(float(v) if isinstance(dim, Float) else v for v in values))
    return out


def prepare_method(
    method: str,
    output_dir: Path,
    overrides: list[str],
    config_path: str | None,
    only: tuple[str, ...] = (),
    grid: dict[str, list[Any]] | None = None,
) -> MethodTuning:
    """Check ``method``'s name, the fixed keys and every corner of its search space (each must plan a
    valid run), keeping only the keys ``only`` names when it names any (with a ``grid``, the gridded
    keys at exactly their values); a :class:`ConfigError` names what is wrong. Nothing is written."""
    from benchmark.engine.config import load_config
    from benchmark.engine.runner import plan_run
    from benchmark.engine.tracking import default_tracking_uri
    from benchmark.registry import TASKS
    from benchmark.search_space import method_search_space

    space = method_search_space(method, drop=fixed_keys(overrides))
    if grid and only and set(only) != set(grid):
        raise ConfigError(
            f"--only {','.join(only)} and --grid {','.join(grid)} name different keys; --grid alone searches its keys"
        )
    only = tuple(grid) if grid else only
    flag = "--grid" if grid else "--only"
    if only:
        missing = [k for k in only if k not in space]
        if missing:
            where = "fixed by the command" if set(missing) & set(fixed_keys(overrides)) else "not in its search space"
            raise ConfigError(
                f"{flag} {','.join(missing)}: {where} for {method} (its tunable keys: {', '.join(space) or 'none'})"
            )
        space = {k: space[k] for k in only}
    if grid:
        space = _grid_space(method, space, grid)
    base = load_config(config_path, [*overrides, f"method={method}"])
    tuning = MethodTuning(
        method=method,
        overrides=list(overrides),
        config_path=config_path,
        folder=output_dir / method,
        space=space,
        tracking_uri=base.tracking_uri or default_tracking_uri(output_dir),
        experiment=base.experiment if base.experiment != "bench" else "bench-tune",
        metric=TASKS.get(base.task).metric,  # the headline validation metric reported to the pruner
        grid={k: list(space[k].values) for k in grid} if grid else None,  # the values as the runs use them
    )
    # fail before any trial: the space's corners must make valid runs with a validation split
    for where, values in _checked_points(space):
        try:
            plan_run(tuning.config_for(values, "check"))
        except ConfigError as exc:
            raise ConfigError(
                f"the search space of {method} gives an invalid run at its {where} "
                f"({', '.join(f'{k}={v}' for k, v in values.items())}): {exc}. Fix the fixed options "
                "(--set/--method-set) or fix the offending key too."
            ) from None
    return tuning


FAILED = "failed"  # user attr of a trial that failed on its own (a BenchError): it counts
RETRY_OF = "retry_of"  # user attr of a trial that runs an interrupted trial's values again


def interrupted(trial) -> bool:
    """A trial stopped from outside (SIGTERM, Ctrl-C, a killed or vanished worker): FAIL without the
    :data:`FAILED` mark that a trial's own failure gets. It does not count against the budget."""
    from optuna.trial import TrialState

    return trial.state == TrialState.FAIL and FAILED not in trial.user_attrs


def counts(trial) -> bool:
    """Whether a trial counts against its method's budget: complete, pruned, or failed on its own."""
    return trial.state.is_finished() and not interrupted(trial)


def _enqueue_retries(study, storage, name: str) -> int:
    """Enqueue each interrupted trial's values once more (exactly once across workers), so that a
    tuning stopped mid-trial and run again tries the same values: with ``--grid``, the interrupted
    point is run, not dropped; with TPE, the interrupted draw. Stale trials of a worker that died
    without a word (no heartbeat for the grace period) are failed first, and count as interrupted."""
    import warnings

    import optuna
    from optuna.storages import fail_stale_trials

    from benchmark.experiments.storage import claim

    with warnings.catch_warnings():  # experimental, like the heartbeats it reads (open_storage)
        warnings.simplefilter("ignore", optuna.exceptions.ExperimentalWarning)
        fail_stale_trials(study)
    trials = study.get_trials(deepcopy=False)
    retried = {t.user_attrs.get(RETRY_OF) for t in trials}
    queued = 0
    for t in trials:
        if interrupted(t) and t.params and t.number not in retried and claim(storage, f"{name}#retry-{t.number}"):
            study.enqueue_trial(t.params, user_attrs={RETRY_OF: t.number})
            # the grid point it stands for (GridSampler reads it after the trial; enqueue_trial sets none)
            (waiting,) = [w for w in study.get_trials(deepcopy=False) if w.user_attrs.get(RETRY_OF) == t.number]
            for key in ("grid_id", "search_space"):
                if key in t.system_attrs:
                    storage.set_trial_system_attr(waiting._trial_id, key, t.system_attrs[key])
            queued += 1
    return queued


def tune_method(
    tuning: MethodTuning,
    n_trials: int,
    storage_url: str,
    study_prefix: str,
    prune: bool,
    seed: int,
    pruner=None,
) -> dict[str, Any]:
    """Run ``tuning``'s study up to ``n_trials`` trials; returns its best values and trial counts."""
    import optuna
    from optuna.trial import TrialState

    from benchmark.engine.runner import RunHooks, execute
    from benchmark.experiments.storage import open_storage
    from benchmark.search_space import suggest

    method, space, metric, config_for = tuning.method, tuning.space, tuning.metric, tuning.config_for
    tracking_uri, experiment, folder = tuning.tracking_uri, tuning.experiment, tuning.folder
    storage = open_storage(storage_url, heartbeat_s=30, grace_s=120)
    name = f"{study_prefix}-{method}"
    if pruner is None:
        pruner = (
            optuna.pruners.MedianPruner(n_startup_trials=2, n_warmup_steps=0) if prune else optuna.pruners.NopPruner()
        )
    study = optuna.create_study(
        study_name=name,
        storage=storage,
        direction="maximize",
        load_if_exists=True,
        sampler=(
            optuna.samplers.GridSampler({k: list(d.values) for k, d in tuning.space.items()}, seed=seed)
            if tuning.grid
            else optuna.samplers.TPESampler(seed=seed)
        ),
        pruner=pruner,
    )
    parent = _study_parent(storage, study, name, experiment, tracking_uri, folder)

    def objective(trial) -> float:
        values = suggest(trial, space)
        config = config_for(values, trial.number)

        def report(step: int, metrics: dict[str, float]) -> None:
            trial.report(metrics[metric], step)
            if step < config.train.steps and trial.should_prune():
                raise optuna.TrialPruned(f"pruned at step {step}: validation {metrics[metric]:.2f}")

        hooks = RunHooks(
            tags={"tune.study": name, "tune.trial": str(trial.number)},
            parent_run_id=parent,
            on_validation=report,
            validate_at_end=True,
            stop_exceptions=(optuna.TrialPruned,),
        )
        try:
            final = execute(config, hooks=hooks)
        except BenchError as exc:  # the trial's own failure (a diverging loss, ...): it counts
            trial.set_user_attr(FAILED, str(exc)[:500])
            raise
        if not final.val_history:
            raise ConfigError(f"trial {trial.number}: no validation split was scored; bench tune needs one")
        value = final.val_history[-1][1][final.metric]
        trial.set_user_attr("test_" + final.metric, final.metrics[final.metric])
        return value

    retries = _enqueue_retries(study, storage, name)
    done = sum(1 for t in study.get_trials(deepcopy=False) if counts(t))
    left = max(0, n_trials - done)
    _log(
        f"tune {name}: {done} of {n_trials} trials already done"
        + (f" ({retries} interrupted trial(s) run again first, with their values)" if retries else "")
        + f"; running {left}; search space: {', '.join(space)}"
    )

    def stop_at_budget(study, trial) -> None:
        # finished trials that count, plus other workers' running ones: no method gets more than n_trials
        trials = study.get_trials(deepcopy=False)
        if sum(1 for t in trials if counts(t) or t.state == TrialState.RUNNING) >= n_trials:
            study.stop()

    if left:
        study.optimize(objective, n_trials=left, catch=(BenchError,), callbacks=[stop_at_budget])
    trials = study.get_trials(deepcopy=False)
    states = {
        s.name.lower(): sum(1 for t in trials if t.state == s and (s != TrialState.FAIL or counts(t)))
        for s in (TrialState.COMPLETE, TrialState.PRUNED, TrialState.FAIL, TrialState.RUNNING)
    }
    states["interrupted"] = sum(1 for t in trials if interrupted(t))
    complete = [t for t in trials if t.state == TrialState.COMPLETE]
    if not complete:
        raise ConfigError(f"tune {name}: no trial completed ({states}); see the trials' errors above")
    best = max(complete, key=lambda t: t.value)
    summary = {
        "study": name,
        "params": best.params,
        "value": best.value,
        "trial": best.number,
        "trials": sum(1 for t in trials if counts(t)),
        "budget": n_trials,  # a sweep's `tuned:` refuses a study with fewer counted trials than this
        "states": states,
        "sampler": {"grid": tuning.grid} if tuning.grid else {"tpe": {"seed": seed}},
        "storage": storage_url,
        "mlflow_run_id": parent,
    }
    from benchmark.engine.tracking import mlflow_client

    client = mlflow_client(tracking_uri)
    for key, value in best.params.items():
        client.set_tag(parent, f"best.{key}", str(value))
    client.log_metric(parent, "best_value", best.value)
    client.log_metric(parent, "trials", summary["trials"])
    if not states["running"]:  # the last worker to finish closes the study's run
        client.set_terminated(parent, "FINISHED")
    return summary


def run_tuning(
    methods: list[str],
    n_trials: int | None,
    output_dir: str | Path,
    overrides: list[str],
    per_method: dict[str, list[str]],
    config_path: str | None,
    storage: str | None,
    study: str,
    prune: bool = True,
    seed: int = 0,
    pruner=None,
    only: tuple[str, ...] = (),
    grid: dict[str, list[Any]] | None = None,
) -> dict[str, Any]:
    """Tune every method in turn (``<output_dir>/best.json`` updated after each); every method name,
    fixed key and search space, and the MLflow store, are checked before the first trial."""
    from benchmark.engine.io import atomic_write_json, file_lock
    from benchmark.engine.tracking import check_tracking_store
    from benchmark.registry import METHODS

    if not methods:
        raise ConfigError("bench tune needs at least one method")
    if grid and n_trials is None:
        n_trials = grid_size(grid)
    if n_trials is None:
        raise ConfigError("bench tune needs --trials (or --grid, whose combinations are the trials)")
    if grid and n_trials != grid_size(grid):
        raise ConfigError(
            f"--trials {n_trials} with --grid of {grid_size(grid)} combinations: every method runs each point "
            f"once, so --trials must be {grid_size(grid)} (or left out)"
        )
    if n_trials < 1:
        raise ConfigError(f"--trials must be >= 1, got {n_trials}")
    output_dir = Path(output_dir)
    # every method, its fixed keys and its whole search space, then the MLflow store: before any trial
    for method in methods:
        METHODS.get(method)
    prepared = [
        prepare_method(method, output_dir, [*overrides, *per_method.get(method, [])], config_path, only, grid)
        for method in methods
    ]
    for uri in dict.fromkeys(t.tracking_uri for t in prepared):
        check_tracking_store(uri)
    storage_url = storage or f"sqlite:///{(output_dir / 'tune.db').resolve()}"
    best_file = output_dir / "best.json"
    best: dict[str, Any] = {}
    for tuning in prepared:
        method = tuning.method
        best[method] = tune_method(tuning, n_trials, storage_url, study, prune, seed, pruner)
        # read-merge-write under a lock: workers tuning other methods into the same folder keep theirs
        with file_lock(output_dir / "best.json.lock"):
            stored = json.loads(best_file.read_text()) if best_file.exists() else {}
            atomic_write_json(best_file, {**stored, method: best[method]})
        _log(
            f"tune {best[method]['study']}: best validation {best[method]['value']:.2f} with {best[method]['params']} "
            f"(trial {best[method]['trial']}; {best[method]['states']})"
        )
    return best
