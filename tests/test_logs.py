"""Logging and progress: the line mode off a terminal (count, rate, ETA), tqdm on one, ``--quiet``."""

from __future__ import annotations

import io
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from tqdm import tqdm

import benchmark.cli.ls as ls_command
from benchmark import logs
from benchmark.cli import build_parser, main
from benchmark.logs import get_logger, progress, setup_logging

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def restore_logging():
    """Each test starts from plain ``setup_logging()`` and leaves the ``bench`` logger as it found it."""
    logger = logging.getLogger(logs.ROOT)
    saved = logger.level, list(logger.handlers), logger.propagate
    setup_logging()
    yield
    setup_logging()  # undoes what a quiet setup did outside the suite
    logger.setLevel(saved[0])
    logger.propagate = saved[2]
    logger.handlers[:] = saved[1]


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch):
    c = Clock()
    monkeypatch.setattr(logs, "_clock", c)
    return c


def test_off_a_terminal_a_line_every_every_s_with_rate_and_eta(clock, capsys):
    bar = progress(total=10, initial=4, desc="job", unit="item", every_s=5, area="test")
    clock.now += 1
    bar.update(2)  # 1 s since the start: less than every_s, no line
    assert capsys.readouterr().err == ""
    clock.now += 5
    bar.set_postfix("loss 0.5000")
    bar.update(2)  # 8/10 after 6 s; the rate counts only the 4 done here (not the initial 4)
    assert capsys.readouterr().err == "job:  80% 8/10 item [00:06, 1.50 s/item, ETA 00:03] (loss 0.5000)\n"
    clock.now += 2
    bar.update(1)  # 2 s since the last line: none
    clock.now += 8
    bar.update(1)  # done: the line comes from close, not twice
    assert capsys.readouterr().err == ""
    bar.close()
    assert capsys.readouterr().err == "job: 100% 10/10 item [00:16, 2.67 s/item] (loss 0.5000)\n"
    bar.close()  # a second close writes nothing
    assert capsys.readouterr().err == ""


def test_iterating_counts_items_and_fast_work_shows_items_per_second(clock, capsys):
    seen = []
    for x in progress(range(8), desc="eval", unit="example", every_s=60):
        seen.append(x)
        clock.now += 0.25
    assert seen == list(range(8))
    assert capsys.readouterr().err == "eval: 100% 8/8 example [00:02, 4.00 example/s]\n"


def test_update_to_and_unknown_total(clock, capsys):
    with progress(desc="cells", unit="cell", every_s=0) as bar:
        clock.now += 30
        bar.update_to(3)
        bar.update_to(3)  # no change, no line
        assert capsys.readouterr().err == "cells: 3 cell [00:30, 10.00 s/cell]\n"
    assert capsys.readouterr().err == ""  # close repeats no line that says the same


def test_work_that_was_all_done_before_shows_no_rate(clock, capsys):
    with progress(total=5, initial=5, desc="features", unit="media") as bar:
        bar.set_postfix("cached 5")
        clock.now += 1
    assert capsys.readouterr().err == "features: 100% 5/5 media [00:01] (cached 5)\n"


def test_disabled_or_empty_progress_writes_nothing(capsys):
    for _ in progress(range(3), desc="x", enabled=False, every_s=0):
        pass
    with progress(total=5, desc="y", every_s=0):
        pass  # nothing happened: no line
    assert capsys.readouterr().err == ""


def test_quiet_keeps_warnings_only_and_hides_progress(capsys):
    log = get_logger("test")
    setup_logging(quiet=True)
    log.info("an info line")
    log.warning("a warning")
    for _ in progress(range(3), desc="work", every_s=0):
        pass
    assert capsys.readouterr().err == "a warning\n"
    setup_logging(quiet=False)  # idempotent: one handler, level back to INFO
    log.info("visible again")
    assert capsys.readouterr().err == "visible again\n"


def test_quiet_also_turns_down_mlflow_and_hugging_face_progress_bars(monkeypatch):
    import transformers.utils.logging as hf_logging
    from huggingface_hub.utils import are_progress_bars_disabled

    for key in logs._QUIET_ENV:
        monkeypatch.delenv(key, raising=False)
    mlflow = logging.getLogger("mlflow")
    level = mlflow.level
    mlflow.setLevel(logging.INFO)
    bars = hf_logging.is_progress_bar_enabled(), are_progress_bars_disabled()
    try:
        setup_logging(quiet=True)
        assert mlflow.getEffectiveLevel() == logging.WARNING
        assert not hf_logging.is_progress_bar_enabled() and are_progress_bars_disabled()
        assert all(os.environ[k] == v for k, v in logs._QUIET_ENV.items())  # for libraries imported later
        setup_logging(quiet=False)  # back as it was
        assert mlflow.getEffectiveLevel() == logging.INFO
        assert (hf_logging.is_progress_bar_enabled(), are_progress_bars_disabled()) == bars
        assert not any(k in os.environ for k in logs._QUIET_ENV)
    finally:
        mlflow.setLevel(level)


def test_the_handler_writes_to_the_current_stderr(monkeypatch):
    stream = io.StringIO()
    monkeypatch.setattr("sys.stderr", stream)  # replaced after setup_logging ran
    get_logger("test").info("hello")
    assert stream.getvalue() == "hello\n"


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_a_tqdm_bar_and_log_lines_above_it(monkeypatch):
    stream = FakeTerminal()
    monkeypatch.setattr("sys.stderr", stream)
    with progress(total=4, desc="train", unit="step") as bar:
        assert isinstance(bar.bar, tqdm) and logs._active_bars == 1
        bar.update(2)
        get_logger("test").info("resumed from somewhere")
        bar.update(2)
    assert logs._active_bars == 0
    text = stream.getvalue()
    assert "resumed from somewhere\n" in text and "train: 100%" in text and "4/4" in text


@pytest.mark.parametrize(
    "argv",
    [["ls", "methods"], ["--quiet", "ls", "methods"], ["-q", "ls", "methods"], ["ls", "methods", "--quiet"]],
)
def test_bench_quiet_before_or_after_the_command(argv, monkeypatch, capsys):
    real = ls_command.run

    def noisy(args):
        get_logger("ls").info("an info line")
        get_logger("ls").warning("a warning")
        return real(args)

    monkeypatch.setattr(ls_command, "run", noisy)
    quiet = "--quiet" in argv or "-q" in argv
    assert build_parser().parse_args(argv).quiet is quiet
    assert main(argv) == 0
    out, err = capsys.readouterr()
    assert "epalm" in out  # results on stdout either way
    assert err == ("a warning\n" if quiet else "an info line\na warning\n")


def test_bench_quiet_in_a_subprocess(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.run(
        [sys.executable, "-m", "benchmark.cli", "--quiet", "ls", "methods"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=300,
    )
    assert proc.returncode == 0 and "epalm" in proc.stdout and proc.stderr == ""


def test_a_quiet_run_prints_its_result_and_nothing_else(tmp_path, capsys):
    from tiny_models import tiny_run_setup

    setup = tiny_run_setup(tmp_path / "setup")
    common = ["--method", "blind", "--lm", setup["lm"], "--encoder", setup["encoder"], "--data-dir", setup["data"]]
    common += ["--steps", "2", "--batch-size", "4", "--cache-dir", setup["cache"], "--output-dir", str(tmp_path / "o")]
    capsys.readouterr()
    assert main(["run", *common, "--run-name", "loud"]) == 0
    loud = capsys.readouterr()
    assert "train: 100% 2/2 step [" in loud.err and "eval: 100% 6/6 example [" in loud.err
    assert main(["--quiet", "run", *common, "--run-name", "quiet"]) == 0
    quiet = capsys.readouterr()
    assert quiet.err == "" and quiet.out.replace("/o/quiet", "/o/loud") == loud.out  # the same result line
