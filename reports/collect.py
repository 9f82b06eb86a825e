"""Finished runs read back from MLflow (a local store or a server): the rows every report is made of.

Each row (:meth:`reports.rows.RunRow.from_mlflow`) is one finished run: its grid coordinates (method,
task, LM, encoder, data fraction, seed, from the run's tags and params), its test metrics, its
parameter counts (trainable and frozen LM, logged as ``params/*``) and its out-of-distribution scores
(``ood/<task>/<variant>/<metric>``, logged by sweeps) and, when the run logged the artifact
``example_scores.jsonl``, its headline metric per test example (what the bootstrap intervals
resample; a run without it, e.g. one recorded before the artifact existed, gets t intervals over
seeds). Only MLflow is read, so a report can be rebuilt anywhere the store is reachable.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from benchmark.errors import DataError
from reports.rows import EXAMPLE_SCORES, RunRow, read_example_scores


@contextlib.contextmanager
def _no_progress_bars() -> Iterator[None]:
    """MLflow draws a progress bar per artifact download: none while a report reads a hundred runs."""
    name = "MLFLOW_ENABLE_ARTIFACTS_PROGRESS_BAR"
    before = os.environ.get(name)
    os.environ[name] = "false"
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = before


def example_scores(client, run_id: str) -> dict[str, float] | None:
    """uid -> score from run ``run_id``'s ``example_scores.jsonl`` artifact; None when it has none."""
    if not any(f.path == EXAMPLE_SCORES for f in client.list_artifacts(run_id)):
        return None
    with tempfile.TemporaryDirectory(prefix="bench-report-") as tmp:
        return read_example_scores(Path(client.download_artifacts(run_id, EXAMPLE_SCORES, tmp)))


def load_runs(
    tracking_uri: str, experiment: str, sweep: str | None = None, with_example_scores: bool = True
) -> list[RunRow]:
    """Every FINISHED, scored run of ``experiment`` (of sweep ``sweep`` only, when given), with its
    per-example scores when ``with_example_scores`` and the run logged them."""
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
    if with_example_scores:
        with _no_progress_bars():
            for r in rows:
                r.example_scores = example_scores(client, r.run_id)
    if not rows:
        where = f" of sweep {sweep!r}" if sweep else ""
        raise DataError(f"no finished, scored runs{where} in experiment {experiment!r} at {tracking_uri}")
    return rows
