"""``bench run --resume`` on damaged or forged checkpoints: nothing in a checkpoint ever runs, a damaged
newest checkpoint falls back to the newest one that verifies, and none verifying is one line."""

from __future__ import annotations

import hashlib
import json
import os

import pytest
import torch
from tiny_models import tiny_run_setup

from benchmark.cli import main


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    return tiny_run_setup(tmp_path_factory.mktemp("reliability"))


class _Payload:
    """Unpickling this runs a shell command that creates a marker file."""

    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


def _run(setup, out, *extra):
    return main(
        [
            "run",
            "--lm",
            setup["lm"],
            "--encoder",
            setup["encoder"],
            "--data-dir",
            setup["data"],
            "--steps",
            "4",
            "--batch-size",
            "4",
            "--cache-dir",
            setup["cache"],
            "--output-dir",
            str(out),
            "--run-name",
            "r",
            "--set",
            "train.checkpoint_every=2",
            "--set",
            "eval.batch_size=4",
            "--set",
            "method_options.num_layer_tokens=2",
            "--set",
            "method_options.num_injection_layers=2",
            *extra,
        ]
    )


def _forge(step_dir, marker):
    """Replace state.pt by a pickle that runs code, with checksums.json rewritten to match it."""
    torch.save(
        {"format": 2, "step": 4, "optimizer": _Payload(marker), "scheduler": {}, "rng": {}}, step_dir / "state.pt"
    )
    names = ("trainable.safetensors", "config.json", "state.pt")
    sums = {n: hashlib.sha256((step_dir / n).read_bytes()).hexdigest() for n in names}
    (step_dir / "checksums.json").write_text(json.dumps(sums))


def test_resume_refuses_a_forged_checkpoint_and_falls_back(setup, tmp_path, capsys):
    out = tmp_path / "out"
    assert _run(setup, out) == 0
    checkpoints = out / "r" / "checkpoints"
    assert sorted(p.name for p in checkpoints.iterdir()) == ["latest", "step-2", "step-4"]
    marker = tmp_path / "code-ran"
    (out / "r" / "metrics.json").unlink()  # as if killed after its last checkpoint: a finished run is never resumed
    _forge(checkpoints / "step-4", marker)
    capsys.readouterr()
    assert _run(setup, out, "--resume") == 0  # resumes from step 2, with a warning naming step 4
    err = capsys.readouterr().err
    assert "skipping damaged checkpoint step-4" in err and "posix.system" in err
    assert json.loads((out / "r" / "metrics.json").read_text())["resumed_from"] == 2
    assert not marker.exists()

    (out / "r" / "metrics.json").unlink()
    for step in ("step-2", "step-4"):  # now every checkpoint is forged: one line, exit code 2
        _forge(checkpoints / step, marker)
    assert _run(setup, out, "--resume") == 2
    err = capsys.readouterr().err
    (line,) = [x for x in err.splitlines() if x.startswith("error:")]  # progress bars may come before it
    assert err.endswith(line + "\n") and line.startswith("error: no checkpoint under") and "refusing" in line
    assert not marker.exists()
