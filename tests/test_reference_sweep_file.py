"""examples/reference.yaml: the reference study keeps every registered method in its core grid (a method
registered later must be added to it), both controls in every grid, three seeds everywhere, one budget,
and cells that expand under the tuning folder it names."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from benchmark.experiments.sweep_spec import expand, parse_spec
from benchmark.registry import METHODS

FILE = Path(__file__).resolve().parents[1] / "examples" / "reference.yaml"
# not in a sweep of its own: it loads the Q-Former of a finished `qformer` run (init_from)
NEEDS_ANOTHER_RUN = {"minigpt4"}


def test_the_core_grid_has_every_registered_method_and_every_grid_both_controls_and_three_seeds():
    data = yaml.safe_load(FILE.read_text())
    core = data["grids"][0]
    assert set(core["method"]) == set(METHODS.names()) - NEEDS_ANOTHER_RUN
    assert core["task"] == "easy-vqa" and core["data_fraction"] == 0.1
    for grid in data["grids"]:
        assert grid["seed"] == [0, 1, 2] and next(iter(grid)) == "seed"  # seeds outermost: seed 0 of all first
        assert "blind" in grid["method"]
        assert "text-oracle" in grid["method"] or grid["task"] == "tones"  # tones has no media description


def test_every_cell_expands_with_the_tuned_learning_rate_and_one_budget(tmp_path):
    data = yaml.safe_load(FILE.read_text())
    methods = {m for grid in data["grids"] for m in grid["method"]}
    tuned = tmp_path / "tune"
    tuned.mkdir()
    best = {m: {"params": {"train.lr": 0.001 if i % 2 else 0.0003}} for i, m in enumerate(sorted(methods))}
    (tuned / "best.json").write_text(json.dumps(best))
    spec = parse_spec({**data, "tuned": str(tuned)}, str(FILE), FILE.parent)
    cells = expand(spec)
    assert len(cells) == sum(len(g["seed"]) * len(g["method"]) for g in data["grids"])
    for cell in cells:
        assert cell.config.train.steps == 100 and cell.config.train.batch_size == 16
        assert cell.config.eval.max_examples == 500
        assert cell.config.train.lr == best[cell.config.method]["params"]["train.lr"]
