"""``bench sweep`` on tiny backbones: the grid, MLflow parent/child runs, resume after a kill, retry of
failed cells, two concurrent workers on SQLite (exactly once), evaluation targets, and bad files."""

from __future__ import annotations

import json

import pytest
import yaml
from markdown_tables import records
from sweep_fixtures import completed_trials, mlflow_runs, start_worker, write_sweep
from tiny_models import tiny_run_setup

from benchmark.cli import main
from benchmark.errors import ConfigError
from benchmark.experiments.sweep_spec import expand, load_spec

CELLS = {f"{m}_easy-vqa_{{lm}}_{{enc}}_f1_s{s}" for m in ("epalm", "blind") for s in (0, 1)}


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    return tiny_run_setup(tmp_path_factory.mktemp("sweep"))


def cell_names(spec_file) -> set[str]:
    return {c.name for c in expand(load_spec(spec_file))}


def test_grid_expands_to_named_cells_with_the_shared_config(setup, tmp_path):
    f = write_sweep(
        tmp_path / "s.yaml",
        setup,
        "grid",
        tmp_path / "out",
        grid=None,
        grids=[
            {"method": ["epalm", "blind"], "seed": [0, 1], "data_fraction": [0.5, 1.0]},
            {"method": "blind", "seed": 0, "data_fraction": 0.5},
        ],  # duplicate cell
        set=["train.lr=0.003"],
    )
    cells = expand(load_spec(f))
    assert len(cells) == 8  # the second grid's cell is already in the first
    epalm = next(c for c in cells if c.axes["method"] == "epalm")
    assert epalm.config.method_options == {"num_layer_tokens": 2, "num_injection_layers": 2}
    assert epalm.config.train.lr == 0.003 and epalm.config.train.steps == 4
    blind = next(c for c in cells if c.axes["method"] == "blind")
    assert blind.config.method_options == {}
    assert all(c.config.run_dir.parent == tmp_path / "out" for c in cells)
    assert len({c.name for c in cells}) == 8


def test_sweep_runs_every_cell_once_under_one_parent_then_skips_them(setup, tmp_path, capsys):
    out = tmp_path / "out"
    f = write_sweep(tmp_path / "s.yaml", setup, "twice", out)
    assert main(["sweep", str(f), "--max-cells", "1"]) == 0
    capsys.readouterr()
    assert main(["sweep", str(f), "--status"]) == 0
    status = capsys.readouterr().out
    states = [row["state"] for row in records(status)]
    assert sorted(states) == ["done", "waiting", "waiting", "waiting"] and "1/4 done" in status
    assert main(["sweep", str(f)]) == 0
    err = capsys.readouterr().err
    assert err.count("train: 100% 4/4 step [") == 3 and "sweep twice: 100% 4/4 cell [" in err
    assert main(["sweep", str(f)]) == 0  # nothing left: no cell trains again
    err = capsys.readouterr().err
    assert " runs " not in err and "train: " not in err
    parents, children = mlflow_runs(out)
    assert len(parents) == 1 and parents[0].info.status == "FINISHED"
    names = sorted(r.data.tags["sweep.cell"] for r in children)
    assert names == sorted(cell_names(f)) and len(names) == 4
    assert all(r.data.tags["mlflow.parentRunId"] == parents[0].info.run_id for r in children)
    assert all(r.info.status == "FINISHED" and "test/vqa_accuracy" in r.data.metrics for r in children)
    assert completed_trials(f"sqlite:///{out / 'sweep.db'}", "twice") == {n: 1 for n in names}
    summary = json.loads((out / "sweep-summary.json").read_text())
    assert set(summary["cells"]) == set(names)


def test_killed_worker_is_resumed_with_the_same_mlflow_run(setup, tmp_path, capsys):
    out = tmp_path / "out"
    f = write_sweep(tmp_path / "s.yaml", setup, "killed", out)
    worker = start_worker(f, env={"BENCH_FAULT_AT_STEP": "2"})  # dies like `kill -9` after step 2
    log, _ = worker.communicate(timeout=300)
    assert worker.returncode == 137, log
    parents, children = mlflow_runs(out)
    assert len(children) == 1 and children[0].info.status == "RUNNING"
    killed = children[0].data.tags["sweep.cell"]
    capsys.readouterr()
    assert main(["sweep", str(f)]) == 0  # this host: the dead worker's cell is failed and retried at once
    runs = [line.split(" runs ")[1] for line in capsys.readouterr().err.splitlines() if " runs " in line]
    assert runs[0].startswith(f"{killed} (attempt 1)") and len(runs) == 4  # the retry first, then the rest
    parents, children = mlflow_runs(out)
    assert sorted(r.data.tags["sweep.cell"] for r in children) == sorted(cell_names(f))
    assert all(r.info.status == "FINISHED" for r in children) and parents[0].info.status == "FINISHED"
    resumed = next(r for r in children if r.data.tags["sweep.cell"] == killed)
    assert resumed.data.tags.get("resumed") == "true"
    assert json.loads((out / killed / "metrics.json").read_text())["resumed_from"] == 2
    assert completed_trials(f"sqlite:///{out / 'sweep.db'}", "killed") == {n: 1 for n in cell_names(f)}


def test_failed_cell_is_reported_then_retried_by_the_next_run(setup, tmp_path, monkeypatch, capsys):
    import benchmark.engine.runner as runner

    out = tmp_path / "out"
    f = write_sweep(tmp_path / "s.yaml", setup, "retry", out, grid={"method": ["blind"], "seed": [0, 1]})
    real = runner.execute

    def flaky(config, resume=False, hooks=None):
        if config.seed == 1:
            raise RuntimeError("simulated failure")
        return real(config, resume, hooks)

    monkeypatch.setattr(runner, "execute", flaky)
    assert main(["sweep", str(f)]) == 1
    captured = capsys.readouterr()
    assert "failed (RuntimeError: simulated failure)" in captured.out and "1 failed" in captured.out
    parents, _ = mlflow_runs(out)
    assert parents[0].info.status == "FAILED"
    monkeypatch.setattr(runner, "execute", real)
    assert main(["sweep", str(f)]) == 0
    assert "retrying blind_easy-vqa" in capsys.readouterr().err
    _, children = mlflow_runs(out)
    done = sorted(r.data.tags["sweep.cell"] for r in children if r.info.status == "FINISHED")
    assert done == sorted(cell_names(f))
    parents, _ = mlflow_runs(out)
    assert parents[0].info.status == "FINISHED"


def test_two_workers_on_sqlite_run_each_cell_exactly_once(setup, tmp_path):
    out = tmp_path / "out"
    f = write_sweep(tmp_path / "s.yaml", setup, "pair", out)
    workers = [start_worker(f) for _ in range(2)]
    logs = [w.communicate(timeout=600)[0] for w in workers]
    assert [w.returncode for w in workers] == [0, 0], logs
    ran = [line for log in logs for line in log.splitlines() if " runs " in line]
    assert len(ran) == 4 and len({line.split(" runs ")[1] for line in ran}) == 4
    _, children = mlflow_runs(out)
    assert sorted(r.data.tags["sweep.cell"] for r in children) == sorted(cell_names(f))
    assert completed_trials(f"sqlite:///{out / 'sweep.db'}", "pair") == {n: 1 for n in cell_names(f)}


def test_evaluate_on_scores_shifted_variants_into_the_child_run(setup, tmp_path):
    out = tmp_path / "out"
    f = write_sweep(
        tmp_path / "s.yaml",
        setup,
        "ood",
        out,
        grid={"method": ["epalm"], "seed": [0]},
        evaluate_on={"easy-vqa": ["easy-vqa@gaussian_noise-3", "easy-vqa@gaussian_blur-2"]},
    )
    assert main(["sweep", str(f)]) == 0
    _, (child,) = mlflow_runs(out)
    assert {"ood/easy-vqa/gaussian_noise-3/vqa_accuracy", "ood/easy-vqa/gaussian_blur-2/vqa_accuracy"} <= set(
        child.data.metrics
    )
    cell = child.data.tags["sweep.cell"]
    record = json.loads((out / cell / "eval" / "easy-vqa@gaussian_blur-2-test.json").read_text())
    assert child.data.metrics["ood/easy-vqa/gaussian_blur-2/vqa_accuracy"] == pytest.approx(record["value"])


@pytest.mark.parametrize(
    "change, message",
    [
        ({"colour": 1}, "unknown key(s) colour"),
        ({"grid": {"method": ["epalm"], "size": [1]}}, "unknown axis size"),
        ({"grid": {"method": ["nosuchmethod"]}}, "nosuchmethod"),
        ({"evaluate_on": {"easy-vqa": ["easy-vqa@nosuchvariant"]}}, "no variant 'nosuchvariant'"),
    ],
)
def test_bad_sweep_files_fail_before_anything_runs(setup, tmp_path, capsys, change, message):
    out = tmp_path / "out"
    f = write_sweep(tmp_path / "s.yaml", setup, "bad", out)
    spec = yaml.safe_load(f.read_text())
    spec.update(change)
    f.write_text(yaml.safe_dump(spec))
    assert main(["sweep", str(f)]) == 2
    assert message in capsys.readouterr().err
    assert not (out / "sweep.db").exists() and not (out / "mlflow.db").exists()


def test_missing_sweep_file_and_bad_storage_are_clear(tmp_path, capsys, setup):
    assert main(["sweep", str(tmp_path / "none.yaml")]) == 2
    assert "does not exist" in capsys.readouterr().err
    f = write_sweep(tmp_path / "s.yaml", setup, "st", tmp_path / "out", storage="nosuchdb://x")
    with pytest.raises(ConfigError, match="cannot open the sweep storage"):
        from benchmark.experiments.storage import open_storage

        open_storage(load_spec(f).storage_url)
