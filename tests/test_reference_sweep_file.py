"""examples/reference.yaml: the reference study keeps every registered method in its core grid (a method
registered later must be added to it), both controls in every grid, three seeds everywhere, one budget,
and cells that expand under the tuning folder it names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from benchmark.errors import ConfigError
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


def test_each_ablation_is_epalms_core_cells_with_one_option_changed(tmp_path):
    """examples/reference-ablation-*.yaml: the same three cells as eP-ALM's core cells (budget, data,
    seeds, tuned learning rate, evaluation), differing only in the ablated method option."""
    from benchmark.experiments.sweep_spec import result_config

    tuned = tmp_path / "tune"
    tuned.mkdir()
    methods = {m for grid in yaml.safe_load(FILE.read_text())["grids"] for m in grid["method"]}
    (tuned / "best.json").write_text(json.dumps({m: {"params": {"train.lr": 0.001}} for m in methods}))

    def cells(path: Path):
        data = yaml.safe_load(path.read_text())
        return data, {c.name: c for c in expand(parse_spec({**data, "tuned": str(tuned)}, str(path), path.parent))}

    data, core = cells(FILE)
    ablated = {"1cls": {"num_layer_tokens": 1}, "early": {"injection_layers": list(range(12))}}
    for variant, options in ablated.items():
        path = FILE.parent / f"reference-ablation-epalm-{variant}.yaml"
        abl_data, abl = cells(path)
        assert abl_data["ima"] == data["ima"] and abl_data["evaluate_on"] == data["evaluate_on"]
        assert len(abl) == 3 and set(abl) <= set(core)  # same cells (names), in a folder of their own
        for name, cell in abl.items():
            mine, theirs = result_config(cell.config), result_config(core[name].config)
            differing = {k for k in mine.keys() | theirs.keys() if mine.get(k) != theirs.get(k)}
            assert differing == {f"method_options.{k}" for k in options}, differing
            assert cell.config.output_dir != core[name].config.output_dir


def test_a_sweep_refuses_a_tuned_folder_that_misses_a_method_or_an_unfinished_study(tmp_path):
    """`tuned:` applies to every method or the sweep does not start: a method without an entry would
    train with the shared recipe beside tuned ones; a study with fewer counted trials than its grid
    (another worker, or a stopped sitting, still owes trials) is not a result yet."""
    data = yaml.safe_load(FILE.read_text())
    methods = sorted({m for grid in data["grids"] for m in grid["method"]})
    tuned = tmp_path / "tune"
    tuned.mkdir()
    grid = {"grid": {"train.lr": [0.0003, 0.001, 0.003]}}
    best = {m: {"params": {"train.lr": 0.001}, "trials": 3, "budget": 3, "sampler": grid} for m in methods}

    def spec(entries):
        (tuned / "best.json").write_text(json.dumps(entries))
        return parse_spec({**data, "tuned": str(tuned)}, str(FILE), FILE.parent)

    assert len(expand(spec(best))) == 141
    with pytest.raises(
        ConfigError, match=r"has no tuned values for blind, lora: run `bench tune \.\.\. --methods blind,lora"
    ):
        expand(spec({m: e for m, e in best.items() if m not in ("blind", "lora")}))
    old = {
        m: {k: v for k, v in e.items() if k != "budget"} for m, e in best.items()
    }  # before `budget`: the grid says 3
    old["epalm"]["trials"] = 2
    with pytest.raises(ConfigError, match=r"the study of epalm \(2 of 3 trials\) has not finished"):
        expand(spec(old))
