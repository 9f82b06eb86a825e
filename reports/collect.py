"""Finished runs read back from MLflow (a local store or a server): the rows every report is made of.

Each row (:meth:`reports.rows.RunRow.from_mlflow`) is one finished run: its grid coordinates (method,
task, LM, encoder, data fraction, seed, from the run's tags and params), its test metrics, its
parameter counts (trainable and frozen LM, logged as ``params/*``) and its out-of-distribution scores
(``ood/<task>/<variant>/<metric>``, logged by sweeps) and, when the run logged the artifact
``example_scores.jsonl``, its headline metric per test example (what the bootstrap intervals
resample; a run without it, e.g. one recorded before the artifact existed, gets t intervals over
seeds), and, when the run logged an implicit-alignment record, that record (:func:`ima_record`).
Only MLflow is read, so a report can be rebuilt anywhere the store is reachable.

What :func:`benchmark.experiments.ima.log_to_mlflow` logs, and what is read back: the artifact folder
``ima/`` holds ``<split>-n<N>.json`` per number of examples N (the whole record: per-layer curves,
scalars, or n/a with its reason) and, for a run with numbers, the pooled vectors
``<split>-n<N>.safetensors`` (N x (L+1) x hidden size floats: never downloaded, the report does not
need them); the metrics ``ima/<curve>`` are the finite scalars of the record logged last (none for an
n/a record), a searchable copy of the JSON's ``scalar``. The report reads the JSON only; when a run
logged several, the one with the most examples (:func:`reports.rows.choose_ima_record`), whichever was
logged last.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from benchmark.errors import DataError
from reports.rows import (
    EXAMPLE_SCORES,
    IMA_FOLDER,
    RunRow,
    choose_ima_record,
    read_example_scores,
    read_ima_record,
)


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


def ima_record(client, run_id: str) -> dict | None:
    """Run ``run_id``'s implicit-alignment record from its ``ima/<split>-n<N>.json`` artifacts (each
    checked by :func:`reports.rows.read_ima_record`; the one with the most examples); None when it
    logged none."""
    names = sorted(
        f.path for f in client.list_artifacts(run_id, IMA_FOLDER) if not f.is_dir and f.path.endswith(".json")
    )
    if not names:
        return None
    with tempfile.TemporaryDirectory(prefix="bench-report-") as tmp:
        records = [
            read_ima_record(client.download_artifacts(run_id, name, tmp), f"MLflow run {run_id}, artifact {name}")
            for name in names
        ]
    return choose_ima_record(records)


def load_runs(
    tracking_uri: str,
    experiment: str,
    sweep: str | None = None,
    with_example_scores: bool = True,
    with_ima: bool = True,
) -> list[RunRow]:
    """Every FINISHED, scored run of ``experiment`` (of sweep ``sweep`` only, when given), with its
    per-example scores when ``with_example_scores`` and its IMA record when ``with_ima``, where the
    run logged them."""
    from benchmark.engine.tracking import mlflow_client

    client = mlflow_client(tracking_uri)
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
    with _no_progress_bars():
        for r in rows:
            if with_example_scores:
                r.example_scores = example_scores(client, r.run_id)
            if with_ima:
                r.ima = ima_record(client, r.run_id)
    if not rows:
        where = f" of sweep {sweep!r}" if sweep else ""
        raise DataError(f"no finished, scored runs{where} in experiment {experiment!r} at {tracking_uri}")
    return rows
