"""Tracking: a run logged to a local MLflow store reads back whole, resumes as the same run."""

from __future__ import annotations

import json

import pytest

from benchmark.engine.tracking import (
    Tracker,
    default_tracking_uri,
    flatten_params,
    load_tracking_info,
    mlflow_client,
    run_record,
    write_run_outputs,
)


@pytest.fixture(scope="module")
def output_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("runs")  # one SQLite store shared by this module's tests


def test_run_record_fields():
    record = run_record({"method": "epalm", "train": {"lr": 1e-3}})
    assert record["config"] == {"method": "epalm", "train": {"lr": 1e-3}}
    assert {"torch", "transformers", "timm", "accelerate", "mlflow", "safetensors", "numpy", "python"} <= set(
        record["versions"]
    )
    assert record["versions"]["torch"] and record["versions"]["python"]
    assert set(record["git"]) == {"commit", "dirty"}  # None when not a git checkout
    if record["git"]["commit"] is not None:
        assert len(record["git"]["commit"]) == 40 and isinstance(record["git"]["dirty"], bool)
    hw = record["hardware"]
    assert hw["cpu_count"] >= 1 and hw["ram_bytes"] > 0 and hw["torch_threads"] >= 1
    assert "cuda_device_count" in hw and "platform" in hw
    assert record["hostname"] and "T" in record["start_time"]
    json.dumps(record)


def test_flatten_params():
    nested = {"method": "epalm", "train": {"lr": 1e-3, "opt": {"beta": 0.9}}, "method_options": {}}
    assert flatten_params(nested) == {"method": "epalm", "train.lr": 1e-3, "train.opt.beta": 0.9, "method_options": {}}


def test_logged_run_reads_back(output_dir):
    run_dir = output_dir / "run-a"
    config = {
        "method": "epalm",
        "train": {"lr": 1e-3, "steps": 3},
        "note": "x" * 7000,
        "method_options": {"bad key?": 1},
    }
    record = run_record(config)
    tracker = Tracker(run_dir, None, "bench-test", "run-a")
    assert tracker.tracking_uri == default_tracking_uri(output_dir)
    run_id = tracker.start(flatten_params(config), {"sweep": "s1"}, record=record)
    for step in (1, 2, 3):
        tracker.log_metrics({"loss": 1.0 / step, "lr": 1e-3, "skipped": "text"}, step=step)
    write_run_outputs(run_dir, {"config": config, "vqa_acc": 0.5}, [{"question_id": 1, "prediction": "yes"}], record)
    tracker.log_artifact(run_dir / "predictions.jsonl")
    tracker.log_artifact(run_dir / "metrics.json")
    tracker.finish("FINISHED")

    client = mlflow_client(tracker.tracking_uri)
    run = client.get_run(run_id)
    assert run.info.status == "FINISHED" and run.info.run_name == "run-a"
    assert run.data.params["train.lr"] == "0.001" and run.data.params["method"] == "epalm"
    assert run.data.params["method_options.bad key_"] == "1"  # key made valid
    assert len(run.data.params["note"]) == 6000 and run.data.params["note"].endswith("[truncated]")
    assert [(m.step, m.value) for m in client.get_metric_history(run_id, "loss")] == [(1, 1.0), (2, 0.5), (3, 1.0 / 3)]
    assert "skipped" not in run.data.metrics
    tags = run.data.tags
    assert tags["sweep"] == "s1" and tags["git.commit"] == str(record["git"]["commit"])
    assert tags["git.dirty"] == str(record["git"]["dirty"]) and tags["version.torch"] == record["versions"]["torch"]
    assert tags["hardware.torch_threads"] == str(record["hardware"]["torch_threads"])  # reports note a mix
    artifacts = {a.path for a in client.list_artifacts(run_id)}
    assert {"run_record.json", "predictions.jsonl", "metrics.json"} <= artifacts
    artifact_root = client.get_experiment(run.info.experiment_id).artifact_location
    assert artifact_root == (output_dir / "mlartifacts").resolve().as_uri()  # not ./mlruns in the cwd
    local = client.download_artifacts(run_id, "predictions.jsonl", str(output_dir / "dl"))
    with open(local, encoding="utf-8") as fh:
        assert json.loads(fh.readline()) == {"question_id": 1, "prediction": "yes"}
    assert json.loads((run_dir / "metrics.json").read_text())["vqa_acc"] == 0.5
    assert json.loads((run_dir / "run_record.json").read_text())["config"]["method"] == "epalm"


def test_resume_continues_same_run(output_dir):
    run_dir = output_dir / "run-b"
    params = {"train.lr": 1e-3}
    first = Tracker(run_dir, None, "bench-test", "run-b")
    run_id = first.start(params, {})
    first.log_metrics({"loss": 2.0}, step=1)
    first.finish("KILLED")
    assert load_tracking_info(run_dir)["run_id"] == run_id

    second = Tracker(run_dir, None, "bench-test", "run-b")
    assert second.saved_run_id() == run_id
    assert second.start(params, {}, run_id=second.saved_run_id()) == run_id
    second.log_metrics({"loss": 1.0}, step=2)
    second.finish()
    third = Tracker(run_dir, None, "bench-test", "run-b")
    assert third.start(params, {}, resume=True) == run_id  # the id saved in tracking.json
    third.finish()

    client = mlflow_client(second.tracking_uri)
    run = client.get_run(run_id)
    assert run.info.status == "FINISHED" and run.data.tags["resumed"] == "true"
    assert [m.step for m in client.get_metric_history(run_id, "loss")] == [1, 2]
    assert len(client.search_runs([run.info.experiment_id], "attributes.run_name = 'run-b'")) == 1


def test_inactive_tracker_does_nothing(tmp_path):
    for tracker in (
        Tracker(tmp_path / "r", None, "e", "r", enabled=False),
        Tracker(tmp_path / "r", None, "e", "r", is_main_process=False),
    ):
        assert tracker.start({"a": 1}, {}) is None
        tracker.log_metrics({"loss": 1.0}, step=1)
        tracker.finish()
    assert list(tmp_path.iterdir()) == []
