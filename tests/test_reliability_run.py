"""``bench run`` and ``bench eval`` on bad inputs and bad endings, on tiny backbones (6 steps, a
checkpoint every 2): resume refuses a changed config (naming the keys) and never touches a finished
run; one run per folder (the lock, taken over from a dead holder); every ending after the MLflow run
opens (SIGTERM, an exception, a NaN loss) ends it KILLED or FAILED; bad values, a dead tracking server
and truncated weights fail in one line before any data or model is loaded. Each test also checks that
nothing already written is lost or half-written."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_run_e2e import REPO, args_for, metrics_of
from tiny_models import tiny_run_setup

from benchmark.cli import main
from benchmark.engine.io import exclusive_lock


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    return tiny_run_setup(tmp_path_factory.mktemp("reliability-run"))


@pytest.fixture(scope="module")
def finished(setup, tmp_path_factory):
    """A finished run ``done`` under its own output folder (left unmodified by the tests)."""
    out = tmp_path_factory.mktemp("finished") / "out"
    assert main(args_for(setup, out, "done")) == 0
    return out


@pytest.fixture
def no_heavy_work(monkeypatch):
    """Loading the LM or any data split fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError("heavy work started before the error")

    monkeypatch.setattr("benchmark.backbones.lm.load_lm", refuse)
    monkeypatch.setattr("benchmark.engine.runner.load_data", refuse)


def files_of(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (relative path -> bytes)."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def error_line(err: str) -> str:
    """The one ``error:`` line of stderr, which must end it (progress lines may come before)."""
    (line,) = [x for x in err.splitlines() if x.startswith("error:")]
    assert err.endswith(line + "\n"), err
    return line


def mlflow_runs(out: Path) -> list:
    from benchmark.engine.tracking import mlflow_client

    client = mlflow_client(f"sqlite:///{out / 'mlflow.db'}")
    exp = client.get_experiment_by_name("bench")
    return client.search_runs([exp.experiment_id])


def killed_at_step_3(setup, out: Path, name: str) -> Path:
    """A run killed (like ``kill -9``) right after step 3: its latest checkpoint is step 2."""
    cmd = [sys.executable, "-m", "benchmark.cli", *args_for(setup, out, name)]
    env = dict(os.environ, BENCH_FAULT_AT_STEP="3")
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=REPO)
    _, stderr = proc.communicate(timeout=300)
    assert proc.returncode == 137, stderr[-2000:]
    run_dir = out / name
    assert (run_dir / "checkpoints" / "latest").read_text().strip() == "step-2"
    assert not (run_dir / "metrics.json").exists()
    assert json.loads((run_dir / ".lock").read_text())["pid"] == proc.pid  # left by the dead process
    return run_dir


# -- 1. resume: one config per run folder; a finished run is never modified ---------------------------------
def test_resume_refuses_a_changed_config_naming_the_keys(setup, tmp_path, capsys):
    out = tmp_path / "out"
    run_dir = killed_at_step_3(setup, out, "k")
    before = files_of(run_dir)
    capsys.readouterr()
    # each attempt below takes over the dead run's lock (then removes it): compare everything else
    del before[".lock"]

    assert main(args_for(setup, out, "k", "--resume", "--lr", "0.5", "--seed", "3", "--data-fraction", "0.5")) == 2
    line = error_line(capsys.readouterr().err)
    assert line.startswith(f"error: cannot resume {run_dir}") and "checkpoint step-2" in line
    assert "data.fraction: 1.0 -> 0.5" in line and "seed: 0 -> 3" in line and "train.lr: 0.002 -> 0.5" in line

    assert main(args_for(setup, out, "k", "--resume", "--set", "method_options.prompt_length=5")) == 2
    line = error_line(capsys.readouterr().err)
    assert "method_options.prompt_length: 10 -> 5" in line and "train.lr" not in line

    assert main(args_for(setup, out, "k", "--resume", "--steps", "9")) == 2  # the lr schedule spans train.steps
    assert "train.steps: 6 -> 9" in error_line(capsys.readouterr().err)
    assert files_of(run_dir) == before  # nothing written by the refused attempts

    # fields that change no result may differ; an option given at its default equals one left out
    neutral = ["--set", "train.log_every=1", "--set", "method_options.prompt_length=10", "--experiment", "bench"]
    assert main(args_for(setup, out, "k", "--resume", *neutral)) == 0
    assert metrics_of(out, "k")["resumed_from"] == 2


def test_a_finished_run_is_never_modified(setup, finished, capsys):
    run_dir = finished / "done"
    before = files_of(run_dir)
    capsys.readouterr()
    for extra in (["--resume", "--steps", "9", "--seed", "5"], ["--resume"], []):
        assert main(args_for(setup, finished, "done", *extra)) == 2
        line = error_line(capsys.readouterr().err)
        assert f"{run_dir} " in line and "finished run (metrics.json)" in line
        if extra:
            assert "never modified" in line
    assert files_of(run_dir) == before
    (run,) = mlflow_runs(finished)
    assert run.info.status == "FINISHED"


def test_resume_without_a_checkpoint_starts_from_step_0_with_a_warning(setup, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(args_for(setup, out, "fresh", "--resume")) == 0
    err = capsys.readouterr().err
    assert f"no checkpoint in {out / 'fresh'}: starting from step 0" in err
    assert metrics_of(out, "fresh")["resumed_from"] is None


# -- 2 + 3. one run per folder; SIGTERM ends the MLflow run KILLED, resumable -------------------------------
def test_second_run_is_refused_and_sigterm_ends_the_first_killed(setup, tmp_path, capsys):
    out = tmp_path / "out"
    marker = tmp_path / "paused"
    env = dict(os.environ, BENCH_PAUSE_AT_STEP="3", BENCH_PAUSE_FILE=str(marker))
    cmd = [sys.executable, "-m", "benchmark.cli", *args_for(setup, out, "busy", "--set", "train.log_every=1")]
    first = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=REPO)
    try:
        deadline = time.monotonic() + 180
        while not marker.exists():  # the first run is now in training, after step 3, its MLflow run open
            assert first.poll() is None and time.monotonic() < deadline, first.communicate()[1][-2000:]
            time.sleep(0.2)
        run_dir = out / "busy"
        before = files_of(run_dir)
        (running,) = mlflow_runs(out)
        assert running.info.status == "RUNNING"

        capsys.readouterr()
        t0 = time.perf_counter()
        assert main(args_for(setup, out, "busy")) == 2  # the same command at once: refused
        line = error_line(capsys.readouterr().err)
        assert time.perf_counter() - t0 < 30
        assert f"run folder {run_dir} is in use" in line and f"pid {first.pid} " in line
        assert main(args_for(setup, out, "busy", "--resume")) == 2
        assert f"pid {first.pid} " in error_line(capsys.readouterr().err)
        assert files_of(run_dir) == before

        first.send_signal(signal.SIGTERM)
        _, stderr = first.communicate(timeout=120)
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()
    assert first.returncode == 143, stderr[-2000:]
    assert stderr.rstrip().endswith("terminated (SIGTERM)")
    (run,) = mlflow_runs(out)
    assert run.info.status == "KILLED"
    assert not (run_dir / "metrics.json").exists() and not (run_dir / ".lock").exists()
    assert (run_dir / "checkpoints" / "latest").read_text().strip() == "step-2"
    assert files_of(run_dir / "checkpoints") == {
        k[len("checkpoints/") :]: v for k, v in before.items() if k.startswith("checkpoints/")
    }

    assert main(args_for(setup, out, "busy", "--set", "train.log_every=1", "--resume")) == 0  # the lock is free
    assert metrics_of(out, "busy")["resumed_from"] == 2
    (run,) = mlflow_runs(out)  # the same MLflow run, reopened and finished
    assert run.info.status == "FINISHED" and run.data.tags["resumed"] == "true"


def test_a_held_lock_refuses_a_stale_one_is_taken_over(setup, tmp_path, capsys, no_heavy_work):
    out = tmp_path / "out"
    run_dir = out / "held"
    with exclusive_lock(run_dir / ".lock"):  # held by this test's process
        assert main(args_for(setup, out, "held")) == 2
        line = error_line(capsys.readouterr().err)
        assert f"run folder {run_dir} is in use" in line and f"pid {os.getpid()} on host {socket.gethostname()}" in line
        assert (run_dir / ".lock").exists()
    assert not (run_dir / ".lock").exists()  # removed on release

    # a lock file left by a process on another host is refused: this host cannot tell whether it runs
    (run_dir / ".lock").write_text(json.dumps({"pid": 1, "host": "elsewhere", "since": "then"}))
    assert main(args_for(setup, out, "held")) == 2
    assert "pid 1 on host elsewhere since then" in error_line(capsys.readouterr().err)
    assert json.loads((run_dir / ".lock").read_text())["host"] == "elsewhere"


def test_a_lock_left_by_a_dead_process_is_taken_over(setup, tmp_path, capsys):
    out = tmp_path / "out"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    run_dir = out / "stale"
    run_dir.mkdir(parents=True)
    (run_dir / ".lock").write_text(json.dumps({"pid": dead.pid, "host": socket.gethostname(), "since": "then"}))
    assert main(args_for(setup, out, "stale")) == 0
    assert f"pid {dead.pid} on host" in capsys.readouterr().err  # the warning names the dead holder
    assert not (run_dir / ".lock").exists() and (run_dir / "metrics.json").exists()


# -- 3. an exception after the MLflow run opened ends it FAILED ---------------------------------------------
def test_an_exception_after_start_ends_the_mlflow_run_failed(setup, tmp_path, monkeypatch, capsys):
    out = tmp_path / "out"

    def read_only(*args, **kwargs):
        raise PermissionError(13, "Read-only file system", str(out / "w" / "metrics.json"))

    monkeypatch.setattr("benchmark.engine.tracking.write_run_outputs", read_only)
    with pytest.raises(PermissionError):
        main(args_for(setup, out, "w"))
    (run,) = mlflow_runs(out)
    assert run.info.status == "FAILED"
    assert not (out / "w" / "metrics.json").exists() and not (out / "w" / ".lock").exists()
    assert (out / "w" / "checkpoints" / "latest").read_text().strip() == "step-6"
    assert not [p for p in (out / "w").rglob(".*tmp*")]  # no temporary file left behind

    # a diverging loss (exit code 3) also ends it FAILED
    monkeypatch.undo()
    args = args_for(setup, out, "nan", "--lr", "1e30", "--set", "train.grad_clip=0", "--set", "train.warmup_steps=0")
    assert main(args) == 3
    runs = {r.info.run_name: r.info.status for r in mlflow_runs(out)}
    assert runs == {"w": "FAILED", "nan": "FAILED"}


# -- 4 + 6. bad values and a dead tracking store: one line, before any data or model ---------------------
BAD_VALUES = [
    (["--set", "train.steps=true"], "train.steps: expected int, got 'true'"),
    (["--steps", "0"], "train.steps must be >= 1"),
    (["--set", "eval.max_examples=-5"], "eval.max_examples must be >= 0"),
    (["--eval-examples", "-5"], "eval.max_examples must be >= 0"),
    (["--set", "train.warmup_steps=-5"], "train.warmup_steps must be >= 0"),
    (["--set", "train.log_every=0"], "train.log_every must be >= 1"),
    (["--set", "train.min_lr=0.01"], "train.min_lr (0.01) must not be above train.lr (0.002)"),
    (["--lr", "nan"], "train.lr must be a finite number, got nan"),
    (["--lr", "inf"], "train.lr must be a finite number, got inf"),
    (["--set", "train.grad_clip=-inf"], "train.grad_clip must be a finite number"),
    (["--seed", "-1"], "seed must be >= 0, got -1"),
    (["--set", "data.val_images=1.5"], "data.val_images must be in [0, 1)"),
]


@pytest.mark.parametrize(("extra", "message"), BAD_VALUES, ids=[" ".join(e) for e, _ in BAD_VALUES])
def test_bad_values_fail_in_one_line_before_any_work(setup, tmp_path, capsys, no_heavy_work, extra, message):
    out = tmp_path / "out"
    assert main(args_for(setup, out, "bad", *extra)) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and message in err and err.count("\n") == 1, err
    assert not out.exists()


@pytest.mark.parametrize("name", ["../x", "a/b", "..", "a..b", "a\\b", "."])
def test_run_names_with_a_path_are_refused(setup, tmp_path, capsys, no_heavy_work, name):
    out = tmp_path / "out"
    assert main(args_for(setup, out, name)) == 2
    err = capsys.readouterr().err
    assert err == f"error: run_name {name!r} is not a plain folder name (no path separator, no '..'); " + (
        "use --output-dir to choose where run folders go\n"
    )
    assert not out.exists() and not (tmp_path / "x").exists()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (b"train: {steps: 3\n", "is not valid YAML at line 2, column 1"),
        (b"- 1\n- 2\n", "must hold a mapping of config fields at the top level, got list"),
        (b"just words\n", "got str"),
        (b"\xff\xfe\x00", "is not valid YAML: UnicodeDecodeError"),
    ],
)
def test_a_malformed_config_file_is_one_line(setup, tmp_path, capsys, no_heavy_work, text, message):
    path = tmp_path / "run.yaml"
    path.write_bytes(text)
    assert main(args_for(setup, tmp_path / "out", "bad", "--config", str(path))) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: config file {str(path)!r} ") and message in err and err.count("\n") == 1


def test_a_config_file_never_runs_code(setup, tmp_path, capsys, no_heavy_work):
    marker = tmp_path / "code-ran"
    path = tmp_path / "run.yaml"
    path.write_text(f'train: !!python/object/apply:os.system ["touch {marker}"]\n')
    assert main(args_for(setup, tmp_path / "out", "bad", "--config", str(path))) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: config file {str(path)!r} is not valid YAML at line 1") and err.count("\n") == 1
    assert "python/object/apply:os.system" in err and not marker.exists()


def test_a_dead_tracking_server_fails_first_and_fast(setup, tmp_path, capsys, no_heavy_work):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens there once closed
    out = tmp_path / "out"
    t0 = time.perf_counter()
    assert main(args_for(setup, out, "t", "--tracking-uri", f"http://127.0.0.1:{port}")) == 2
    assert time.perf_counter() - t0 < 15
    line = error_line(capsys.readouterr().err)
    assert line.startswith(f"error: cannot reach the MLflow tracking server http://127.0.0.1:{port} within 10s")
    assert not out.exists()

    blocker = tmp_path / "a-file"
    blocker.write_text("")
    assert main(args_for(setup, out, "t", "--tracking-uri", f"sqlite:///{blocker}/mlflow.db")) == 2
    assert "is not a writable folder" in error_line(capsys.readouterr().err)
    assert not out.exists()


# -- 7. bench eval on truncated weights ---------------------------------------------------------------------
def test_eval_on_truncated_weights_is_one_line_before_the_lm(finished, tmp_path, capsys, no_heavy_work):
    run_dir = tmp_path / "copy"
    shutil.copytree(finished / "done", run_dir)
    weights = run_dir / "trainable.safetensors"
    data = weights.read_bytes()
    weights.write_bytes(data[: len(data) // 2])
    before = files_of(run_dir)
    capsys.readouterr()
    assert main(["eval", "--run", str(run_dir)]) == 2
    line = error_line(capsys.readouterr().err)
    assert line == (
        f"error: trainable weights file {weights} cannot be read: truncated "
        f"({len(data) // 2} bytes; its header describes {len(data)})"
    )
    assert files_of(run_dir) == before and not (run_dir / "eval").exists()

    weights.write_bytes(b"\x00" * 4)  # too short for a header
    assert main(["eval", "--run", str(run_dir)]) == 2
    assert "too short for a safetensors header" in error_line(capsys.readouterr().err)
