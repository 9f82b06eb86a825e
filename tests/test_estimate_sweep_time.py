"""scripts/estimate_sweep_time.py: a sweep file's compute from measured per-method costs (the arithmetic
behind the reference sweep's budget in docs/reference/README.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from script_modules import load_script


def write_run(folder: Path, method: str, step: float, example: float, fixed: float) -> None:
    folder.mkdir(parents=True)
    timings = {"train_step_s": step, "eval_example_s": example, "features_s": fixed, "lm_load_s": 0.0}
    (folder / "metrics.json").write_text(json.dumps({"method": method, "lm": "smollm2-135m", "timings": timings}))


SWEEP = """
name: est
base: {train: {steps: 10, batch_size: 4}, eval: {max_examples: 20}}
ima: {examples: 12}
evaluate_on: {easy-vqa: [easy-vqa@gaussian_noise-3]}
grids:
  - {method: [blind, epalm], lm: smollm2-135m, seed: [0, 1]}
  - {method: epalm, lm: gemma3-270m, seed: 0}
"""


def test_estimate_is_the_measured_costs_times_each_cells_work(tmp_path, capsys):
    script = load_script("estimate_sweep_time")
    write_run(tmp_path / "runs" / "a", "blind", step=1.0, example=0.5, fixed=3.0)
    write_run(tmp_path / "runs" / "b", "epalm", step=2.0, example=0.25, fixed=1.0)
    write_run(tmp_path / "runs" / "c", "epalm", step=4.0, example=0.75, fixed=5.0)  # median of two runs
    sweep = tmp_path / "s.yaml"
    sweep.write_text(SWEEP)
    assert script.main([str(sweep), "--timings", str(tmp_path / "runs"), "--lm-factor", "gemma3-270m=2"]) == 0
    out = capsys.readouterr().out
    # a cell: fixed + factor * ((steps + IMA batches / 3) * step + examples * (1 + OOD targets) * example)
    blind = 3.0 + (10 + 12 / 4 / 3) * 1.0 + 20 * 2 * 0.5
    epalm = 3.0 + (10 + 1) * 3.0 + 40 * 0.5
    gemma = 3.0 + 2 * ((10 + 1) * 3.0 + 40 * 0.5)
    total = 2 * blind + 2 * epalm + gemma
    assert "5 cells" in out
    assert f"sweep {total / 3600:.1f} worker-hours" in out
    assert f"{total / 3600 / 2:.1f} h of wall time on 2 workers" in out


def test_a_method_or_lm_without_measurements_is_refused(tmp_path):
    script = load_script("estimate_sweep_time")
    write_run(tmp_path / "runs" / "a", "blind", step=1.0, example=0.5, fixed=3.0)
    sweep = tmp_path / "s.yaml"
    sweep.write_text(SWEEP)
    with pytest.raises(SystemExit, match="no measured run of method 'epalm'"):
        script.main([str(sweep), "--timings", str(tmp_path / "runs")])
    write_run(tmp_path / "runs" / "b", "epalm", step=2.0, example=0.25, fixed=1.0)
    with pytest.raises(SystemExit, match="give --lm-factor gemma3-270m=F"):
        script.main([str(sweep), "--timings", str(tmp_path / "runs")])
