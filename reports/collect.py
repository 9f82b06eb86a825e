"""Finished runs read back from MLflow (a local store or a server): the rows every report is made of.

Each row is one finished run: its grid coordinates (method, task, LM, encoder, data fraction, seed,
from the run's tags and params), its headline test metric, its parameter counts (trainable and
frozen LM, logged as ``params/*``) and its out-of-distribution scores (``ood/<task>/<variant>/<metric>``,
logged by sweeps). Only MLflow is read, so a report can be rebuilt anywhere the store is reachable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from benchmark.errors import DataError


@dataclass
class RunRow:
    run_id: str
    method: str
    task: str
    lm: str
    encoder: str
    fraction: float
    seed: int
    metric: str
    value: float
    lm_params: int
    trainable: int
    ood: dict[tuple[str, str], float] = field(default_factory=dict)  # (task, variant or "clean") -> value
    name: str = ""


def _row(run: Any) -> RunRow | None:
    tags, params, metrics = run.data.tags, run.data.params, run.data.metrics
    metric = tags.get("metric")
    if metric is None or f"test/{metric}" not in metrics:
        return None  # not a scored run of the suite (a sweep parent, an unscored split)
    ood = {}
    for key, value in metrics.items():
        parts = key.split("/")
        if parts[0] == "ood" and len(parts) == 4 and parts[3] == metric:
            ood[(parts[1], parts[2])] = value
    method = tags.get("method") or params.get("config.method")
    encoder = tags.get("encoder") or params.get("config.encoder") or "-"
    if method == "blind":
        encoder = "-"  # no perception: the encoder setting is not used
    return RunRow(
        run_id=run.info.run_id,
        method=method,
        task=tags.get("task") or params.get("config.task"),
        lm=tags.get("lm") or params.get("config.lm"),
        encoder=encoder,
        fraction=float(tags.get("data_fraction") or params.get("config.data.fraction")),
        seed=int(tags.get("seed") or params.get("config.seed")),
        metric=metric,
        value=metrics[f"test/{metric}"],
        lm_params=int(metrics.get("params/lm", 0)),
        trainable=int(metrics.get("params/trainable", 0)),
        ood=ood,
        name=run.info.run_name or "",
    )


def load_runs(tracking_uri: str, experiment: str, sweep: str | None = None) -> list[RunRow]:
    """Every FINISHED, scored run of ``experiment`` (of sweep ``sweep`` only, when given)."""
    from mlflow.tracking import MlflowClient

    client = MlflowClient(tracking_uri=tracking_uri)
    exp = client.get_experiment_by_name(experiment)
    if exp is None:
        raise DataError(f"no MLflow experiment {experiment!r} at {tracking_uri}")
    query = "attributes.status = 'FINISHED'"
    if sweep:
        query += f" and tags.sweep = '{sweep}'"
    runs, token = [], None
    while True:
        page = client.search_runs([exp.experiment_id], filter_string=query, max_results=1000, page_token=token)
        runs += page
        token = page.token
        if not token:
            break
    rows = [r for r in (_row(run) for run in runs) if r is not None]
    if not rows:
        where = f" of sweep {sweep!r}" if sweep else ""
        raise DataError(f"no finished, scored runs{where} in experiment {experiment!r} at {tracking_uri}")
    return rows
