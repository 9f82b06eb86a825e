"""One finished run as one row, whichever way it was read: from its run folder's ``metrics.json``
(``bench table``, ``bench compare``) or from MLflow (``bench report``).

A row holds the run's grid coordinates (method, task, LM, encoder, data fraction, seed), its
headline test metric and value, every test metric, its parameter counts (trainable, frozen LM),
prefix tokens, timings, out-of-distribution scores and, when the run recorded them, its per-example
headline scores (``example_scores.jsonl``: one ``{"uid", "score"}`` line per test example, the file in
the run folder or the MLflow artifact; None for a run without it) and its implicit-alignment record
(``ima``: the ``ima/<split>-n<N>.json`` :mod:`benchmark.experiments.ima` writes into the run folder and
logs to the run's MLflow run, read by :func:`read_ima_record`; the one with the most examples when
several were stored, :func:`choose_ima_record`; None for a run without one). A method that declares ``needs_encoder =
False`` sees no media (the blind control, the text oracle): its encoder is shown as ``-`` from either
source. Which bound a control gives (lower or upper) is its ``control`` declaration (:func:`control_kind`).
:func:`runs_frame` turns rows into the pandas DataFrame every table is written from.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from benchmark.errors import DataError
from benchmark.experiments.ima import FOLDER as IMA_FOLDER  # the run folder's and the MLflow artifact's folder
from benchmark.experiments.ima import read_record as read_ima_record  # the check of a stored record
from benchmark.experiments.sweep_spec import RESULT_NEUTRAL
from reports.tables import Column, frac, integer, num, text

EXAMPLE_SCORES = "example_scores.jsonl"  # written by the run (benchmark.engine.evaluation.example_scores)
NO_ENCODER = "-"
NOT_REPORTED = "-"  # a metric the run's task does not have ("n/a": it has it but could not compute it)


def is_control(method: str) -> bool:
    """True when ``method`` declares ``needs_encoder = False`` (it never sees the media); False for
    a method that is not registered here (e.g. a plugin not installed where the report is made)."""
    from benchmark.registry import METHODS

    return method in METHODS and not METHODS.get(method).needs_encoder


def control_kind(method: str) -> str | None:
    """The bound ``method`` declares as a control (its class attribute ``control``): ``"lower"`` (the
    blind control), ``"upper"`` (the text oracle), None for any other method and for a method that
    is not registered here."""
    from benchmark.registry import METHODS

    return getattr(METHODS.get(method), "control", None) if method in METHODS else None


def read_example_scores(path: str | Path) -> dict[str, float]:
    """uid -> score from an ``example_scores.jsonl`` (one ``{"uid": str, "score": number}`` per line)."""
    path = Path(path)
    out: dict[str, float] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"{path}: cannot read the per-example scores ({type(exc).__name__}: {exc})") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            uid, score = record["uid"], record["score"]
            if not isinstance(uid, str) or isinstance(score, bool) or not isinstance(score, (int, float)):
                raise TypeError
            score = float(score)
            if score != score or score in (float("inf"), float("-inf")) or uid in out:
                raise ValueError
        except (ValueError, KeyError, TypeError):
            raise DataError(
                f'{path}:{number}: expected one {{"uid": text, "score": finite number}} per line, '
                f"each uid once; got {line[:80]!r}"
            ) from None
        out[uid] = score
    if not out:
        raise DataError(f'{path}: no per-example scores (expected one {{"uid", "score"}} per line)')
    return out


def choose_ima_record(records: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The record a report shows of one run's stored IMA records (one per number of examples N): the
    one with the most examples (the first of equals, in the order given); None when there is none."""
    return max(records, key=lambda r: r["examples"]) if records else None


def _encoder(method: str, encoder: str | None, regime: str | None = None) -> str:
    """The encoder label; ``"<encoder> (trained)"`` for a run that trained its encoder (Frozen's
    ``train_encoder``), so it never groups with frozen-encoder runs."""
    if not encoder or is_control(method):
        return NO_ENCODER
    return f"{encoder} (trained)" if regime == "trained" else encoder


def _numbers(values: dict[str, Any]) -> dict[str, float | None]:
    """The numeric (or None: not computable) entries of a metrics mapping; notes are dropped."""
    return {
        k: (None if v is None else float(v))
        for k, v in values.items()
        if v is None or (isinstance(v, (int, float)) and not isinstance(v, bool))
    }


@dataclass
class RunRow:
    run_id: str  # the MLflow run id, or the run folder's path
    method: str
    task: str
    lm: str
    encoder: str  # "-" for a method without perception
    fraction: float
    seed: int
    metric: str  # the task's headline metric
    value: float | None  # its test score (None: the evaluated split has no public answers)
    lm_params: int
    trainable: int
    ood: dict[tuple[str, str], float] = field(default_factory=dict)  # (task, variant or "clean") -> value
    name: str = ""  # the run's name (its folder's name)
    metrics: dict[str, float | None] = field(default_factory=dict)  # every test metric (None: not computable)
    n_eval: int | None = None  # test examples scored (not logged to MLflow)
    prefix_tokens: int | None = None  # tokens the method adds to the LM's input (not logged to MLflow)
    train_step_s: float | None = None
    eval_example_s: float | None = None
    # when the run started (MLflow start time; the folder's metrics.json mtime), seconds; not compared
    started: float = field(default=0.0, compare=False)
    # uid -> the headline metric of that test example (example_scores.jsonl); None: not recorded
    example_scores: dict[str, float] | None = field(default=None, repr=False)
    # the implicit-alignment record (read_ima_record, choose_ima_record); None: none stored
    ima: dict[str, Any] | None = field(default=None, repr=False)
    # torch's intra-op threads during the run (run_record.json's hardware.torch_threads, the MLflow tag
    # hardware.torch_threads); None: not recorded. Results at one seed can differ with it (float
    # sums in another order): reports note settings whose runs mix thread counts.
    torch_threads: int | None = field(default=None, compare=False)
    # every other setting the run trained and was scored with ({dotted config key: value as text},
    # without the seed and the keys that do not change a result, :func:`run_settings`); None: not
    # recorded. A configuration's seeds must agree on them (:func:`mixed_settings`).
    settings: dict[str, str] | None = field(default=None, compare=False, repr=False)

    @classmethod
    def from_metrics_json(cls, path: str | Path) -> RunRow:
        """The row of a finished run folder: its ``metrics.json`` and the ``eval/*.json`` records
        ``bench eval`` or a sweep's ``evaluate_on`` wrote beside it (out-of-distribution scores), the
        per-example scores (``example_scores.jsonl``) when the run wrote them, and its IMA record
        (``ima/*.json``, with ``run_dir`` added) when it holds one."""
        path = Path(path)
        try:
            data = json.loads(path.read_text())
            metric = data["metric"]
            metrics = _numbers(data.get("metrics") or {})
            params = data.get("parameters") or {}
            timings = data.get("timings") or {}
            ood = {}
            for record_path in sorted((path.parent / "eval").glob("*.json")):
                if record_path.name.endswith(".results.json"):
                    continue
                record = json.loads(record_path.read_text())
                if isinstance(record, dict) and record.get("metric") == metric and record.get("value") is not None:
                    ood[(record["task"], record.get("variant") or "clean")] = float(record["value"])
            return cls(
                run_id=str(path.parent),
                method=data["method"],
                task=data["task"],
                lm=data["lm"],
                encoder=_encoder(data["method"], data.get("encoder"), data.get("encoder_regime")),
                fraction=float(data.get("data_fraction", 1.0)),
                seed=int(data.get("seed", 0)),
                metric=metric,
                value=metrics.get(metric),
                lm_params=int(params.get("lm", 0)),
                trainable=int(params.get("trainable", 0)),
                ood=ood,
                name=data.get("run") or path.parent.name,
                metrics=metrics,
                n_eval=data.get("n_eval"),
                prefix_tokens=data.get("prefix_tokens"),
                train_step_s=timings.get("train_step_s"),
                eval_example_s=timings.get("eval_example_s"),
                started=path.stat().st_mtime,
                torch_threads=_recorded_threads(path.parent),
                settings=run_settings(data["config"]) if isinstance(data.get("config"), dict) else None,
                example_scores=(
                    read_example_scores(path.parent / EXAMPLE_SCORES)
                    if (path.parent / EXAMPLE_SCORES).is_file()
                    else None
                ),
                ima=choose_ima_record(
                    [
                        {**read_ima_record(p), "run_dir": str(path.parent)}
                        for p in sorted((path.parent / IMA_FOLDER).glob("*.json"))
                    ]
                ),
            )
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise DataError(f"{path}: not a finished run's metrics.json ({type(exc).__name__}: {exc})") from None

    @classmethod
    def from_mlflow(cls, run: Any) -> RunRow | None:
        """The row of an MLflow run (tags, ``config.*`` params, ``test/*``, ``time/*``, ``params/*``
        and ``ood/<task>/<variant>/<metric>`` metrics); None for a run that is not a scored run of the
        suite (a sweep's parent run, an unscored split). Per-example scores and the IMA record are
        not read here (:func:`reports.collect.load_runs` downloads the artifacts)."""
        tags, params, logged = run.data.tags, run.data.params, run.data.metrics
        metric = tags.get("metric")
        if metric is None or f"test/{metric}" not in logged:
            return None
        ood = {}
        for key, value in logged.items():
            parts = key.split("/")
            if parts[0] == "ood" and len(parts) == 4 and parts[3] == metric:
                ood[(parts[1], parts[2])] = value
        method = tags.get("method") or params.get("config.method")
        return cls(
            run_id=run.info.run_id,
            method=method,
            task=tags.get("task") or params.get("config.task"),
            lm=tags.get("lm") or params.get("config.lm"),
            encoder=_encoder(method, tags.get("encoder") or params.get("config.encoder"), tags.get("encoder_regime")),
            fraction=float(tags.get("data_fraction") or params.get("config.data.fraction")),
            seed=int(tags.get("seed") or params.get("config.seed")),
            metric=metric,
            value=logged[f"test/{metric}"],
            lm_params=int(logged.get("params/lm", 0)),
            trainable=int(logged.get("params/trainable", 0)),
            ood=ood,
            name=run.info.run_name or "",
            metrics={k.removeprefix("test/"): v for k, v in logged.items() if k.startswith("test/")},
            train_step_s=logged.get("time/train_step_s"),
            eval_example_s=logged.get("time/eval_example_s"),
            started=(run.info.start_time or 0) / 1000.0,
            torch_threads=_threads(tags.get("hardware.torch_threads")),
            settings=run_settings({k[len("config.") :]: v for k, v in params.items() if k.startswith("config.")})
            or None,
        )


def _threads(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _recorded_threads(run_dir: Path) -> int | None:
    """``hardware.torch_threads`` of a run folder's ``run_record.json``; None when it has none."""
    try:
        record = json.loads((run_dir / "run_record.json").read_text())
        return _threads((record.get("hardware") or {}).get("torch_threads"))
    except (OSError, ValueError, AttributeError):
        return None


def mixed_threads(rows: list[RunRow]) -> list[str]:
    """A note per (task, LM, data fraction) whose runs recorded different torch thread counts: the
    same code, data and seed can train differently with another count (a sum taken in another
    order, amplified by training; ``docs/diagnostics.md`` measured 60.80 against 70.20 for one MAPL
    run), so such a setting compares runs made under different conditions. Runs that recorded no
    count are not counted."""
    settings: dict[tuple, dict[int, int]] = {}
    for r in rows:
        if r.torch_threads is not None:
            counts = settings.setdefault((r.task, r.lm, r.fraction), {})
            counts[r.torch_threads] = counts.get(r.torch_threads, 0) + 1
    notes = []
    for (task, lm, fraction), counts in sorted(settings.items(), key=lambda kv: str(kv[0])):
        if len(counts) > 1:
            mix = ", ".join(f"{n} run(s) with {t}" for t, n in sorted(counts.items()))
            notes.append(
                f"{task} ({lm}, fraction {fraction:g}): the runs used different torch thread counts ({mix}); "
                "results at one seed can differ with the thread count alone"
            )
    return notes


# keys that differ between the seeds of one configuration without changing what is compared: the
# seed itself, where the run was written and logged (the sweep's RESULT_NEUTRAL keys), and the
# evaluation batch size (predictions are invariant to it, tests/test_eval_invariance.py)
SETTING_NEUTRAL = frozenset({"seed", *RESULT_NEUTRAL, "eval.batch_size"})


def run_settings(config: dict[str, Any]) -> dict[str, str]:
    """A run's config (nested, as ``metrics.json`` records it, or dotted, as MLflow's ``config.*``
    params hold it) as ``{dotted key: text}`` without :data:`SETTING_NEUTRAL`; values as MLflow
    logs them (``str``), so that both sources read alike."""
    from benchmark.engine.tracking import flatten_params

    return {k: str(v) for k, v in flatten_params(config).items() if k not in SETTING_NEUTRAL}


def mixed_settings(rows: list[RunRow]) -> None:
    """Refuse a configuration (method, task, LM, encoder, data fraction) whose runs differ in any
    other setting (the learning rate, the steps, a method option, ...): its seeds would be averaged
    as repeats of one recipe. Only keys that both runs recorded are compared (a key added to the
    config since the older run is not a difference), and not the encoder of a method that sees no
    media (its runs are one configuration, encoder ``-``); runs without recorded settings are skipped.
    Raises :class:`DataError` naming the configuration, the first differing key and its values."""
    groups: dict[tuple, list[RunRow]] = {}
    for r in rows:
        if r.settings is not None:
            groups.setdefault((r.task, r.lm, r.encoder, r.fraction, r.method), []).append(r)
    for (task, lm, encoder, fraction, method), runs in sorted(groups.items(), key=lambda kv: str(kv[0])):
        first = runs[0]
        for other in runs[1:]:
            shared = sorted(set(first.settings) & set(other.settings))
            if encoder == NO_ENCODER:  # a control sees no media: the encoder it was configured with is unused
                shared = [k for k in shared if k != "encoder"]
            differing = [k for k in shared if first.settings[k] != other.settings[k]]
            if differing:
                key = differing[0]
                values = {}
                for r in runs:
                    if key in r.settings:
                        values.setdefault(r.settings[key], []).append(f"seed {r.seed} ({r.name or r.run_id})")
                listed = "; ".join(f"{value}: {', '.join(which)}" for value, which in values.items())
                more = (
                    f" (and {len(differing) - 1} more key(s): {', '.join(differing[1:4])})"
                    if len(differing) > 1
                    else ""
                )
                raise DataError(
                    f"{method} on {task} ({lm}, {encoder}, fraction {fraction:g}): its runs differ in {key} "
                    f"({listed}){more}; the seeds of one configuration must share every other setting: "
                    "report these runs apart (another --sweep or run folder) or rerun them alike"
                )


def unique_seeds(rows: list[RunRow]) -> tuple[list[RunRow], list[str]]:
    """One run per (configuration, seed): a configuration whose seed was run more than once (a rerun,
    a second sweep with the same seeds) would otherwise count one seed as several repeats. The latest
    run of each seed is kept; the notes say which configurations had duplicates and how many."""
    groups: dict[tuple, list[RunRow]] = {}
    for r in rows:
        groups.setdefault((r.task, r.lm, r.encoder, r.fraction, r.method, r.seed), []).append(r)
    kept, notes = [], []
    for key, runs in groups.items():
        runs = sorted(runs, key=lambda r: r.started)
        kept.append(runs[-1])
        if len(runs) > 1:
            task, lm, encoder, fraction, method, seed = key
            notes.append(
                f"{method} on {task} ({lm}, {encoder}, fraction {fraction:g}): seed {seed} has {len(runs)} "
                f"finished runs; only the latest ({runs[-1].name or runs[-1].run_id}) is counted"
            )
    keep = {id(r) for r in kept}
    return [r for r in rows if id(r) in keep], sorted(notes)


def sort_rows(rows: list[RunRow]) -> list[RunRow]:
    """By task, LM, method, data fraction and seed."""
    return sorted(rows, key=lambda r: (r.task, r.lm, r.method, r.fraction, r.seed))


def read_run_folders(root: str | Path) -> list[RunRow]:
    """A row per finished run folder under ``root`` (one holding ``metrics.json``), sorted."""
    root = Path(root)
    if not root.is_dir():
        raise DataError(f"no runs folder at {root}: expected run folders holding metrics.json")
    rows = [RunRow.from_metrics_json(path) for path in sorted(root.glob("*/metrics.json"))]
    if not rows:
        raise DataError(f"no finished runs under {root}: expected {root}/<run>/metrics.json")
    return sort_rows(rows)


def runs_frame(rows: list[RunRow]) -> pd.DataFrame:
    """One DataFrame row per run: every scalar field of :class:`RunRow`, then a ``test/<metric>``
    column per test metric and an ``ood/<task>/<variant>`` column per out-of-distribution target.

    A ``test/`` column holds the run's value, None where the run could not compute it (e.g. SPICE
    offline) and ``pd.NA`` where the run does not report that metric at all (another task's metric);
    an ``ood/`` column is NaN where the run was not scored on that target."""
    scalars = [f.name for f in dataclasses.fields(RunRow) if f.name not in ("metrics", "ood", "example_scores", "ima")]
    frame = pd.DataFrame([{name: getattr(r, name) for name in scalars} for r in rows], columns=scalars)
    for key in dict.fromkeys(k for r in rows for k in r.metrics):
        values = [r.metrics.get(key, pd.NA) for r in rows]
        frame[f"test/{key}"] = pd.Series(values, index=frame.index, dtype=object)
    for target in dict.fromkeys(t for r in rows for t in r.ood):
        frame["ood/{}/{}".format(*target)] = [r.ood.get(target, float("nan")) for r in rows]
    return frame


# secondary metrics shown when present: caption metrics besides the headline, retrieval recall and
# the recall@1 a random ranking gets (repeated captions make it more than 1 / the number of images)
EXTRA_METRICS = (
    "Bleu_4",
    "METEOR",
    "ROUGE_L",
    "CIDEr",
    "SPICE",
    "t2i_recall_at_1",
    "t2i_chance_at_1",
    "i2t_recall_at_1",
    "i2t_chance_at_1",
)


def _count(v: Any) -> str:
    return text(v if v is None or v != v else int(v))


def _metric(v: Any) -> str:
    return NOT_REPORTED if v is pd.NA else num()(v)


def _ms(v: Any) -> str:
    return num(1)(v if v is None or v != v else 1000 * v)


def run_columns(df: pd.DataFrame) -> list[Column]:
    """The shown columns of the per-run table of ``df`` (:func:`runs_frame`): coordinates, the
    headline score, its per-type breakdown (``<metric>/<type>``), secondary caption and retrieval
    metrics where present, test examples, trainable parameters, prefix tokens and timings. A missing
    value is ``n/a``; a metric a run does not report is ``-``."""
    headline = set(df["metric"]) if len(df) else set()
    tested = [c.removeprefix("test/") for c in df.columns if c.startswith("test/")]
    sub_keys = sorted(k for k in tested if "/" in k and k.split("/")[0] in headline)
    sub_keys += [k for k in EXTRA_METRICS if k not in headline and k in tested]
    return [
        Column("task", "task"),
        Column("method", "method"),
        Column("lm", "LM"),
        Column("encoder", "encoder"),
        Column("fraction", "fraction", frac),
        Column("seed", "seed", _count),
        Column("metric", "metric"),
        Column("value", "score", num()),
        *[Column(f"test/{k}", k.split("/", 1)[-1], _metric) for k in sub_keys],
        Column("n_eval", "n eval", _count),
        Column("trainable", "trainable params", integer),
        Column("prefix_tokens", "prefix tokens", _count),
        Column("train_step_s", "train step (s)", num()),
        Column("eval_example_s", "eval (ms/example)", _ms),
    ]
