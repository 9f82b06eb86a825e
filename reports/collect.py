"""Finished runs read back from MLflow (a local store or a server): the rows every report is made of.

Each row (:meth:`reports.rows.RunRow.from_mlflow`) is one finished run: its grid coordinates (method,
task, LM, encoder, data fraction, seed, from the run's tags and params), its test metrics, its
parameter counts (trainable and frozen LM, logged as ``params/*``) and its out-of-distribution scores
(``ood/<task>/<variant>/<metric>``, logged by sweeps). Only MLflow is read, so a report can be rebuilt
anywhere the store is reachable.
"""

from __future__ import annotations

from benchmark.errors import DataError
from reports.rows import RunRow


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
    rows = [r for r in (RunRow.from_mlflow(run) for run in runs) if r is not None]
    if not rows:
        where = f" of sweep {sweep!r}" if sweep else ""
        raise DataError(f"no finished, scored runs{where} in experiment {experiment!r} at {tracking_uri}")
    return rows
