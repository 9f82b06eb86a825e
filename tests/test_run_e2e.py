"""``bench run`` end to end on tiny random backbones saved as local folders (the same code path as
hub ids and presets): outputs, MLflow records, the feature cache, determinism, resume after a kill,
divergence handling, and ``accelerate launch`` with two CPU processes."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest
from tiny_models import tiny_run_setup

from benchmark.cli import main

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    return tiny_run_setup(tmp_path_factory.mktemp("e2e"))


# the tiny LM has 4 layers and the tiny ViT 4 blocks: eP-ALM with 2 tokens into 2 layers
EPALM_TINY = ["--set", "method_options.num_layer_tokens=2", "--set", "method_options.num_injection_layers=2"]


def args_for(setup, out, name, *extra, method_options=EPALM_TINY):
    return [
        "run",
        "--lm",
        setup["lm"],
        "--encoder",
        setup["encoder"],
        "--data-dir",
        setup["data"],
        "--data-fraction",
        "1",
        "--steps",
        "6",
        "--batch-size",
        "4",
        "--cache-dir",
        setup["cache"],
        "--output-dir",
        str(out),
        "--run-name",
        name,
        "--set",
        "train.eval_every=3",
        "--set",
        "train.checkpoint_every=2",
        "--set",
        "train.warmup_steps=2",
        "--set",
        "eval.batch_size=4",
        *method_options,
        *extra,
    ]


def metrics_of(out: Path, name: str) -> dict:
    return json.loads((out / name / "metrics.json").read_text())


def test_run_writes_outputs_and_mlflow_record(setup, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(args_for(setup, out, "a")) == 0
    stdout = capsys.readouterr().out
    assert "test vqa_accuracy =" in stdout
    m = metrics_of(out, "a")
    assert m["n_eval"] == 6 and m["metric"] == "vqa_accuracy" and 0 <= m["metrics"]["vqa_accuracy"] <= 100
    assert m["parameters"]["trainable"] > 0 and m["prefix_tokens"] == 11
    assert len(m["train_losses"]) == 6 and len(m["val_history"]) == 1
    # the gradient norm before clipping, every step
    assert [s for s, _ in m["train_grad_norms"]] == [1, 2, 3, 4, 5, 6]
    assert all(math.isfinite(g) and g > 0 for _, g in m["train_grad_norms"])
    assert m["config"]["train"]["steps"] == 6 and m["record"]["versions"]["torch"]
    preds = [json.loads(line) for line in (out / "a" / "predictions.jsonl").read_text().splitlines()]
    assert len(preds) == 6 and {"uid", "prediction", "references"} <= set(preds[0])
    assert (out / "a" / "trainable.safetensors").exists()
    results = json.loads((out / "a" / "results.json").read_text())  # the official results format
    assert [set(r) for r in results] == [{"question_id", "answer"}] * 6
    assert {r["question_id"]: r["answer"] for r in results} == {p["uid"]: p["prediction"] for p in preds}

    from benchmark.engine.tracking import mlflow_client

    client = mlflow_client(f"sqlite:///{out / 'mlflow.db'}")
    exp = client.get_experiment_by_name("bench")
    (run,) = client.search_runs([exp.experiment_id])
    assert run.info.status == "FINISHED"
    assert run.data.params["config.train.steps"] == "6"
    assert "test/vqa_accuracy" in run.data.metrics and "params/trainable" in run.data.metrics
    assert len(client.get_metric_history(run.info.run_id, "train/loss")) >= 1
    logged = {h.step: h.value for h in client.get_metric_history(run.info.run_id, "train/grad_norm")}
    assert logged and all(logged[step] == pytest.approx(dict(m["train_grad_norms"])[step]) for step in logged)
    assert "git.commit" in run.data.tags
    artifacts = {a.path for a in client.list_artifacts(run.info.run_id)}
    assert {"metrics.json", "predictions.jsonl"} <= artifacts


def test_same_seed_same_metrics_and_feature_cache_reuse(setup, tmp_path, monkeypatch):
    out = tmp_path / "out"
    assert main(args_for(setup, out, "first")) == 0

    def no_encoder(*args, **kwargs):
        raise AssertionError("a fully cached run must not load the encoder")

    monkeypatch.setattr("benchmark.backbones.factory.load_encoder", no_encoder)
    assert main(args_for(setup, out, "second")) == 0
    a, b = metrics_of(out, "first"), metrics_of(out, "second")
    assert a["metrics"] == b["metrics"] and a["train_losses"] == b["train_losses"]
    assert (
        b["features"]["computed"] == 0
        and b["features"]["from_cache"] == a["features"]["computed"] + a["features"]["from_cache"]
    )
    # every layer token is cached, so a method option taking fewer layers reuses the cache too
    fewer = ["--set", "method_options.num_layer_tokens=1", "--set", "method_options.num_injection_layers=2"]
    assert main(args_for(setup, out, "fewer", method_options=fewer)) == 0
    assert metrics_of(out, "fewer")["features"]["computed"] == 0
    assert main(args_for(setup, out, "other-seed", "--seed", "1")) == 0
    assert metrics_of(out, "other-seed")["train_losses"] != a["train_losses"]


def test_gradient_norms_are_measured_before_clipping_and_measuring_changes_nothing(setup, tmp_path):
    out = tmp_path / "out"
    for name, clip in (("off", "0"), ("huge", "1e9"), ("tight", "1e-4")):
        assert main(args_for(setup, out, name, "--set", f"train.grad_clip={clip}", "--set", "train.eval_every=0")) == 0
    off, huge, tight = (metrics_of(out, n) for n in ("off", "huge", "tight"))
    # no clipping (measured with max_norm inf) trains exactly as a clip that never fires
    assert off["train_losses"] == huge["train_losses"] and off["train_grad_norms"] == huge["train_grad_norms"]
    # a clip that fires: the recorded norms are the unclipped ones (all far above 1e-4), and it trains otherwise
    assert all(g > 1e-2 for _, g in tight["train_grad_norms"])
    assert tight["train_grad_norms"][0] == off["train_grad_norms"][0]  # step 1: the same gradient, before clipping
    assert tight["train_losses"][1:] != off["train_losses"][1:]


def test_killed_run_resumes_to_the_same_final_metrics(setup, tmp_path):
    out = tmp_path / "out"
    assert main(args_for(setup, out, "straight")) == 0
    cmd = [sys.executable, "-m", "benchmark.cli", *args_for(setup, out, "killed")]
    env = dict(os.environ, BENCH_FAULT_AT_STEP="5")  # dies like a kill right after step 5 (checkpoint at 4)
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=REPO)
    assert proc.returncode == 137, proc.stderr[-2000:]
    assert not (out / "killed" / "metrics.json").exists()
    assert (out / "killed" / "checkpoints" / "latest").read_text().strip() == "step-4"
    assert main(args_for(setup, out, "killed", "--resume")) == 0
    straight, resumed = metrics_of(out, "straight"), metrics_of(out, "killed")
    assert resumed["resumed_from"] == 4
    assert resumed["metrics"] == straight["metrics"]
    assert resumed["train_losses"] == straight["train_losses"]
    assert resumed["train_grad_norms"] == straight["train_grad_norms"]
    assert resumed["val_history"] == straight["val_history"]


def test_existing_run_folder_is_not_overwritten(setup, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(args_for(setup, out, "x")) == 0
    before = (out / "x" / "metrics.json").read_bytes()
    capsys.readouterr()
    assert main(args_for(setup, out, "x")) == 2
    assert "already holds a finished run" in capsys.readouterr().err
    assert (out / "x" / "metrics.json").read_bytes() == before


def test_blind_control_runs_without_an_encoder(setup, tmp_path):
    out = tmp_path / "out"
    assert (
        main(args_for(setup, out, "blind", "--method", "blind", "--encoder", "no-such-encoder", method_options=[])) == 0
    )
    m = metrics_of(out, "blind")
    assert m["encoder"] is None and m["features"] is None and m["prefix_tokens"] == 10


def test_impossible_options_fail_before_any_work(setup, tmp_path, capsys):
    out = tmp_path / "out"
    code = main(args_for(setup, out, "six", method_options=["--set", "method_options.num_injection_layers=2"]))
    err = capsys.readouterr().err
    assert code == 2 and "num_layer_tokens=6 but the encoder exposes 4 layers" in err
    code = main(args_for(setup, out, "deep", method_options=["--set", "method_options.num_layer_tokens=2"]))
    err = capsys.readouterr().err
    assert code == 2 and "cannot choose 12 injection layers" in err
    assert not out.exists()


def test_diverging_loss_stops_with_a_clear_message(setup, tmp_path, capsys):
    out = tmp_path / "out"
    code = main(
        args_for(setup, out, "nan", "--lr", "1e30", "--set", "train.grad_clip=0", "--set", "train.warmup_steps=0")
    )
    err = capsys.readouterr().err
    assert code == 3 and "loss became" in err and "training stopped" in err
    assert not (out / "nan" / "metrics.json").exists()


def test_gradient_accumulation_and_bf16(setup, tmp_path):
    out = tmp_path / "out"
    assert main(args_for(setup, out, "acc", "--grad-accum", "2", "--precision", "bf16")) == 0
    assert len(metrics_of(out, "acc")["train_losses"]) == 6


def test_accelerate_launch_two_cpu_processes(setup, tmp_path):
    out = tmp_path / "out"
    # accelerate's multi-process launcher (torchrun); with no GPU the processes use gloo on the CPU
    cmd = [
        sys.executable,
        "-m",
        "accelerate.commands.launch",
        "--multi_gpu",
        "--num_processes",
        "2",
        "--num_machines",
        "1",
        "--mixed_precision",
        "no",
        "--dynamo_backend",
        "no",
        "-m",
        "benchmark.cli",
        *args_for(setup, out, "ddp"),
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    m = metrics_of(out, "ddp")
    assert m["processes"] == 2 and m["n_eval"] == 6
    preds = (out / "ddp" / "predictions.jsonl").read_text().splitlines()
    assert len(preds) == 6  # gathered from both processes, written once
