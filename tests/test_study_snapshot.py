"""``scripts/study_snapshot.py``: a tuning or a sweep saved as text and restored on a "new machine"
goes on where it stopped: finished trials and cells count, the MLflow runs take the next ones, and
the report reads the restored folder alone."""

from __future__ import annotations

import json

import optuna
import pytest
from script_modules import load_script
from test_tune import only_blind, tune_args
from tiny_models import tiny_run_setup

from benchmark.cli import main


def _script():
    return load_script("study_snapshot")


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    return tiny_run_setup(tmp_path_factory.mktemp("snapshot"))


def test_a_saved_tuning_restored_elsewhere_continues_with_its_trials(setup, tmp_path, capsys):
    snap = _script()
    out = tmp_path / "machine-a" / "tune"
    assert main(only_blind(tune_args(setup, out, 2))) == 0
    assert list(out.rglob("checkpoints"))  # the trials wrote checkpoints: the snapshot leaves them out
    saved = tmp_path / "repo" / "results" / "tune"
    manifest = snap.save(out, saved)
    assert {"tune.db.sql", "mlflow.db.sql", "best.json"} <= set(manifest["files"])
    assert list(out.rglob("trainable.safetensors"))
    assert not [f for f in manifest["files"] if "checkpoints" in f or f.endswith((".db", "lock", ".safetensors"))]
    assert "CREATE TABLE" in (saved / "tune.db.sql").read_text()  # text that git diffs
    # saving again replaces the snapshot whole
    assert snap.save(out, saved)["files"] == manifest["files"]

    restored = tmp_path / "machine-b" / "tune"
    with pytest.raises(SystemExit, match="holds no snapshot.json"):
        snap.restore(out, restored)
    snap.restore(saved, restored)
    assert "restore there for the report" in capsys.readouterr().err  # another path than the saved one
    assert json.loads((restored / "best.json").read_text()) == json.loads((out / "best.json").read_text())
    before = optuna.load_study(study_name="tune-blind", storage=f"sqlite:///{out / 'tune.db'}").get_trials()
    after = optuna.load_study(study_name="tune-blind", storage=f"sqlite:///{restored / 'tune.db'}").get_trials()
    assert [(t.params, t.value, t.state) for t in after] == [(t.params, t.value, t.state) for t in before]

    # the restored tuning goes on: its two trials count, a budget of three runs exactly one more
    capsys.readouterr()
    assert main(only_blind(tune_args(setup, restored, 2))) == 0
    assert "2 of 2 trials already done; running 0" in capsys.readouterr().err
    assert main(only_blind(tune_args(setup, restored, 3))) == 0
    assert "2 of 3 trials already done; running 1" in capsys.readouterr().err
    from benchmark.engine.tracking import mlflow_client

    client = mlflow_client(f"sqlite:///{restored.resolve() / 'mlflow.db'}")
    runs = client.search_runs([client.get_experiment_by_name("bench-tune").experiment_id])
    (study_run,) = [r for r in runs if r.data.tags.get("tune.role") == "study"]
    trial_runs = [r for r in runs if "tune.trial" in r.data.tags]
    assert len(trial_runs) == 3 and {r.data.tags["mlflow.parentRunId"] for r in trial_runs} == {study_run.info.run_id}
    assert study_run.data.metrics["trials"] == 3

    # a restore never writes into a folder that holds files
    with pytest.raises(SystemExit, match="already holds files"):
        snap.restore(saved, restored)


def test_a_large_file_is_refused_by_name(tmp_path):
    snap = _script()
    study = tmp_path / "study"
    (study / "cell").mkdir(parents=True)
    (study / "cell" / "metrics.json").write_text("{}")
    (study / "cell" / "features.npy").write_bytes(b"\0" * (snap.MAX_FILE_BYTES + 1))
    with pytest.raises(SystemExit, match=r"cell/features\.npy \(20\.0 MiB\)"):
        snap.save(study, tmp_path / "saved")
    assert not (tmp_path / "saved").exists()


def test_a_sweep_saved_and_restored_on_a_new_machine_runs_only_its_remaining_cells(setup, tmp_path):
    """The machine is lost after two of four cells; the snapshot restored at the same path goes on."""
    from sweep_fixtures import completed_trials, mlflow_runs, start_worker, write_sweep

    from reports.collect import load_runs

    snap = _script()
    out = tmp_path / "runs" / "sweep"
    f = write_sweep(tmp_path / "s.yaml", setup, "kept", out)
    # each machine is a process of its own: MLflow keeps a database open per process and URI
    first = start_worker(f, "--max-cells", "2")
    log = first.communicate(timeout=600)[0]
    assert first.returncode == 0, log
    saved = tmp_path / "repo" / "results" / "sweep"
    manifest = snap.save(out, saved)
    assert {"sweep.db.sql", "mlflow.db.sql"} <= set(manifest["files"])
    out.rename(tmp_path / "lost")  # the old machine, gone with its checkpoints and caches
    snap.restore(saved, out)
    worker = start_worker(f)
    log = worker.communicate(timeout=600)[0]
    assert worker.returncode == 0, log
    assert log.count("train: 100% 4/4 step [") == 2, log  # only the two cells that had not run
    parents, children = mlflow_runs(out)
    assert len(parents) == 1 and parents[0].info.status == "FINISHED"
    assert len(children) == 4 and all(r.info.status == "FINISHED" for r in children)
    assert set(completed_trials(f"sqlite:///{out / 'sweep.db'}", "kept").values()) == {1}
    import shutil

    shutil.rmtree(tmp_path / "lost")  # the report reads the restored folder alone
    rows = load_runs(f"sqlite:///{out / 'mlflow.db'}", "sweep-test", sweep="kept")
    assert len(rows) == 4 and all(r.example_scores for r in rows)
