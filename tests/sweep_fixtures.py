"""Helpers for the sweep tests: a sweep file over tiny backbones, and MLflow/Optuna read-backs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]

# the tiny LM has 4 layers and the tiny ViT 4 blocks: eP-ALM with 2 tokens into 2 layers
TINY_OPTIONS = {"epalm": {"num_layer_tokens": 2, "num_injection_layers": 2}}


def write_sweep(path: Path, setup: dict, name: str, out: Path, storage: str | None = None, **extra) -> Path:
    grid = extra.pop("grid", {"method": ["epalm", "blind"], "seed": [0, 1]})
    steps = extra.pop("steps", 4)
    spec = {
        "name": name,
        "experiment": "sweep-test",
        "output_dir": str(out),
        "base": {
            "lm": setup["lm"],
            "encoder": setup["encoder"],
            "cache_dir": setup["cache"],
            "train": {"steps": steps, "batch_size": 4, "eval_every": 0, "checkpoint_every": 1, "warmup_steps": 1},
            "eval": {"batch_size": 4},
            "data": {"data_dir": setup["data"], "fraction": 1.0},
        },
        "method_options": TINY_OPTIONS,
        **({"grid": grid} if grid is not None else {}),
        "heartbeat_s": 1,
        "grace_s": 3,
        **extra,
    }
    if storage:
        spec["storage"] = storage
    path.write_text(yaml.safe_dump(spec))
    return path


def start_worker(sweep_file: Path, *args: str, env: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "benchmark.cli", "sweep", str(sweep_file), *args],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def mlflow_runs(out: Path, experiment: str = "sweep-test"):
    """(parent runs, child runs) of the sweep's MLflow experiment."""
    from benchmark.engine.tracking import mlflow_client

    client = mlflow_client(f"sqlite:///{out.resolve() / 'mlflow.db'}")
    exp = client.get_experiment_by_name(experiment)
    runs = client.search_runs([exp.experiment_id], max_results=1000)
    parents = [r for r in runs if r.data.tags.get("sweep.role") == "parent"]
    children = [r for r in runs if "sweep.cell" in r.data.tags]
    return parents, children


def completed_trials(storage: str, name: str) -> dict[str, int]:
    """cell -> number of COMPLETE trials."""
    import optuna
    from optuna.trial import TrialState

    study = optuna.load_study(study_name=name, storage=storage)
    counts: dict[str, int] = {}
    for t in study.get_trials(deepcopy=False):
        if t.state == TrialState.COMPLETE:
            counts[t.user_attrs["cell"]] = counts.get(t.user_attrs["cell"], 0) + 1
    return counts
