"""scripts/run_config.py: a finished run's recorded config, as a ``bench run --config`` file, loads back
to the same RunConfig less where the run went; a folder that is not a finished run is refused in one line."""

from __future__ import annotations

import dataclasses
import json

import pytest
from script_modules import load_script

from benchmark.engine.config import RunConfig, load_config

run_config = load_script("run_config")


def test_the_recorded_config_loads_back_the_same_less_its_placement(tmp_path, capsys):
    original = RunConfig(method="fromage", seed=2, run_name="cell", output_dir="runs/x", experiment="e")
    original.train.lr, original.train.steps = 3e-3, 100
    original.method_options = {"retrieval": False}
    run = tmp_path / "cell"
    run.mkdir()
    (run / "metrics.json").write_text(json.dumps({"config": dataclasses.asdict(original)}))
    (run / "trainable.safetensors").write_bytes(b"")
    assert run_config.main([str(run)]) == 0
    (tmp_path / "cell.yaml").write_text(capsys.readouterr().out)
    loaded = load_config(tmp_path / "cell.yaml")
    for key in run_config.PLACEMENT:
        setattr(original, key, getattr(RunConfig(), key))
    assert loaded == original


def test_not_a_finished_run_is_refused_in_one_line(tmp_path):
    with pytest.raises(SystemExit, match=r"^error: .* is not a finished run folder: missing .*metrics.json"):
        run_config.main([str(tmp_path)])
