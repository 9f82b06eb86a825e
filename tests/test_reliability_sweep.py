"""Sweeps and studies refuse what would mix or waste work, before anything trains (tiny backbones)."""

from __future__ import annotations

import json

import pytest
import yaml
from sweep_fixtures import TINY_OPTIONS, completed_trials, write_sweep
from tiny_models import tiny_run_setup

from benchmark.cli import main


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    return tiny_run_setup(tmp_path_factory.mktemp("reliability-sweep"))


def test_empty_grid_is_an_error(setup, tmp_path, capsys):
    out = tmp_path / "out"
    f = write_sweep(tmp_path / "s.yaml", setup, "empty", out, grid={})
    assert main(["sweep", str(f)]) == 2
    err = capsys.readouterr().err
    assert "grid 0 must map at least one axis" in err and "empty grid" in err
    assert not out.exists() or not any(out.iterdir())
    spec = yaml.safe_load(f.read_text())
    spec.pop("grid")
    spec["grids"] = [{"seed": [0]}, {}]
    f.write_text(yaml.safe_dump(spec))
    assert main(["sweep", str(f)]) == 2
    assert "grid 1 must map at least one axis" in capsys.readouterr().err


def tree(root) -> set[str]:
    """Every path under ``root`` (files and folders), relative to it."""
    return {str(p.relative_to(root)) for p in root.rglob("*")}


def closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def trial_count(storage: str, name: str) -> int:
    import optuna

    return len(optuna.load_study(study_name=name, storage=storage).get_trials(deepcopy=False))


def test_a_changed_config_is_refused_before_anything_trains_new_cells_are_added(setup, tmp_path, capsys):
    import optuna

    out = tmp_path / "out"
    storage = f"sqlite:///{out / 'sweep.db'}"
    grid = {"method": ["blind", "epalm"], "seed": [0]}
    f = write_sweep(tmp_path / "s.yaml", setup, "mix", out, grid=grid, steps=3)
    assert main(["sweep", str(f), "--max-cells", "1"]) == 0  # blind done, epalm waiting
    (blind,) = [p.parent for p in out.glob("*/metrics.json")]
    recorded = (blind / "metrics.json").read_text()
    assert trial_count(storage, "mix") == 2
    capsys.readouterr()

    def refused(message: str, *parts: str) -> None:
        assert main(["sweep", str(f)]) == 2
        captured = capsys.readouterr()
        lines = captured.err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: sweep "), captured.err
        for part in (message, *parts, "new `name:`", "new `output_dir:`"):
            assert part in lines[0], lines[0]
        assert "train: " not in captured.err and " runs " not in captured.err
        # nothing trained, enqueued or lost
        assert (blind / "metrics.json").read_text() == recorded
        assert sorted(p.parent.name for p in out.glob("*/metrics.json")) == [blind.name]
        assert trial_count(storage, "mix") == 2

    # the waiting cell's options changed: known from the trial the sweep enqueued
    options = {"epalm": {**TINY_OPTIONS["epalm"], "prompt_length": 3}}
    write_sweep(f, setup, "mix", out, grid=grid, steps=3, method_options=options)
    refused("cell epalm_easy-vqa_", "the sweep storage", "method_options.prompt_length: 10 -> 3")
    # the shared budget changed: every cell, the finished one first
    write_sweep(f, setup, "mix", out, grid=grid, steps=5)
    refused(f"the file changes the config of cell {blind.name} (and 1 more cell(s))", "train.steps: 3 -> 5")
    # a new sweep name over the same folders: known from the finished run folder's metrics.json
    write_sweep(f, setup, "mix2", out, grid=grid, steps=5)
    refused(f"cell {blind.name} as recorded in {blind / 'metrics.json'} (old -> new)", "train.steps: 3 -> 5")
    assert "mix2" not in optuna.get_all_study_names(storage)
    # the dry run checks the same, and a config that does not change a result is no change
    assert main(["sweep", str(f), "--dry-run"]) == 2
    assert "train.steps: 3 -> 5" in capsys.readouterr().err
    write_sweep(f, setup, "mix", out, grid=grid, steps=3, experiment="renamed")
    assert main(["sweep", str(f), "--dry-run"]) == 0
    # the old config plus a new seed: the new cells are added, the finished one is kept
    write_sweep(f, setup, "mix", out, grid={"method": ["blind"], "seed": [0, 1]}, steps=3)
    capsys.readouterr()
    assert main(["sweep", str(f)]) == 0
    err = capsys.readouterr().err
    assert err.count(" runs ") == 1 and "_s1 (attempt 0)" in err
    assert (blind / "metrics.json").read_text() == recorded
    assert completed_trials(storage, "mix") == {blind.name: 1, blind.name[:-1] + "1": 1}


def test_a_killed_cells_checkpoint_records_its_config(tmp_path):
    import torch

    from benchmark.engine.checkpoint import save_checkpoint
    from benchmark.engine.config import RunConfig
    from benchmark.experiments.sweep import recorded_run_config
    from benchmark.experiments.sweep_spec import config_changes, config_fingerprint, result_config

    config = RunConfig(output_dir=str(tmp_path))
    assert recorded_run_config(config.run_dir) is None
    save_checkpoint(config.run_dir, 2, {"w": torch.zeros(1)}, config.to_dict(), {}, {})
    where, recorded = recorded_run_config(config.run_dir)
    assert where.name == "config.json" and recorded == json.loads(json.dumps(config.to_dict()))  # tuples: lists
    moved = RunConfig(output_dir="elsewhere", run_name="x", cache_dir="c", tracking_uri="sqlite:///m.db")
    moved.experiment = "other"
    assert config_fingerprint(moved) == config_fingerprint(recorded)  # where it is written is no change
    longer = RunConfig()
    longer.train.steps += 1
    longer.method_options = {"prompt_length": 3}
    assert config_changes(result_config(recorded), result_config(longer)) == [
        "method_options.prompt_length: 10 -> 3",
        f"train.steps: {config.train.steps} -> {config.train.steps + 1}",
    ]


def test_status_and_dry_run_of_a_sweep_never_started_create_nothing(setup, tmp_path, capsys):
    out = tmp_path / "out"
    f = write_sweep(tmp_path / "s.yaml", setup, "fresh", out)
    before = tree(tmp_path)
    assert main(["sweep", str(f), "--status"]) == 0
    shown = capsys.readouterr().out
    assert f"sweep fresh has not started (no storage at {out / 'sweep.db'}); 4 cells" in shown
    assert main(["sweep", str(f), "--dry-run"]) == 0
    assert "4 cells, all valid" in capsys.readouterr().out
    assert tree(tmp_path) == before and not out.exists()


def test_a_dead_tracking_server_fails_sweep_and_tune_fast_creating_nothing(setup, tmp_path, capsys):
    import time

    uri = f"http://127.0.0.1:{closed_port()}"
    out = tmp_path / "out"
    f = write_sweep(tmp_path / "s.yaml", setup, "dead", out, tracking_uri=uri)
    before = tree(tmp_path)
    for args in (
        ["sweep", str(f)],
        ["sweep", str(f), "--dry-run"],
        ["tune", "--methods", "blind", "--trials", "1", "--output-dir", str(out), "--tracking-uri", uri]
        + ["--lm", setup["lm"], "--data-dir", setup["data"], "--cache-dir", setup["cache"]],
    ):
        t0 = time.perf_counter()
        assert main(args) == 2, args
        assert time.perf_counter() - t0 < 30
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and err[0].startswith(f"error: cannot reach the MLflow tracking server {uri}"), err
        assert tree(tmp_path) == before


def test_tune_checks_every_method_and_its_whole_space_before_the_first_trial(setup, tmp_path, capsys):
    out = tmp_path / "tune"
    common = ["--trials", "1", "--output-dir", str(out), "--lm", setup["lm"], "--encoder", setup["encoder"]]
    common += ["--data-dir", setup["data"], "--cache-dir", setup["cache"], "--steps", "2", "--batch-size", "4"]
    common += ["--set", "train.eval_every=1"]
    assert main(["tune", "--methods", "blind,nosuch", *common]) == 2
    err = capsys.readouterr().err
    assert "unknown method 'nosuch'" in err and "train: " not in err
    # the second method's space is impossible on the tiny LM (eP-ALM injects into 6..12 of its 4 layers)
    assert main(["tune", "--methods", "blind,epalm", *common]) == 2
    err = capsys.readouterr().err
    assert "search space of epalm gives an invalid run at its low corner" in err and "train: " not in err
    # a fixed key that is no config key
    assert main(["tune", "--methods", "blind", *common, "--set", "train.nosuch=1"]) == 2
    assert "nosuch" in capsys.readouterr().err
    assert not out.exists()


def test_compare_with_another_budget_in_the_same_folder_is_refused_and_keeps_its_file(setup, tmp_path, capsys):
    out = tmp_path / "runs"

    def compare(steps: int) -> int:
        return main(
            ["compare", "--methods", "blind", "--fractions", "1", "--output-dir", str(out), "--steps", str(steps)]
            + ["--lm", setup["lm"], "--data-dir", setup["data"], "--cache-dir", setup["cache"], "--batch-size", "4"]
            + ["--set", "train.eval_every=0", "--set", "eval.batch_size=4"]
        )

    assert compare(2) == 0
    written = (out / "compare.yaml").read_text()
    (finished,) = out.glob("*/metrics.json")
    recorded = finished.read_text()
    capsys.readouterr()
    assert compare(3) == 2
    err = capsys.readouterr().err
    assert "train.steps: 2 -> 3" in err and "bench compare: a new --output-dir" in err and "train: " not in err
    assert (out / "compare.yaml").read_text() == written and finished.read_text() == recorded


def test_a_config_field_added_since_a_run_counts_as_its_default():
    from benchmark.engine.config import RunConfig
    from benchmark.experiments.sweep_spec import config_changes, result_config

    new = result_config(RunConfig())
    old = {k: v for k, v in new.items() if k != "train.steps"}  # recorded before train.steps existed
    assert config_changes(old, new) == []
    longer = RunConfig()
    longer.train.steps += 1
    assert config_changes(old, result_config(longer)) == [
        f"train.steps: {RunConfig().train.steps} -> {RunConfig().train.steps + 1}"
    ]


def test_a_sweep_applies_the_paper_recipe_under_what_the_file_sets(setup, tmp_path):
    """`recipe: paper` in a sweep resolves each cell's method recipe, as `bench run --recipe paper` does,
    and a value the file sets explicitly still wins."""
    from benchmark.engine.recipe import recipe_for
    from benchmark.experiments.sweep_spec import expand, load_spec

    f = write_sweep(tmp_path / "s.yaml", setup, "recipes", tmp_path / "out", grid={"method": ["limber", "blind"]})
    spec = yaml.safe_load(f.read_text())
    spec["base"]["recipe"] = "paper"
    f.write_text(yaml.safe_dump(spec))
    cells = {c.config.method: c.config for c in expand(load_spec(f))}
    limber = recipe_for("limber", "paper")
    assert tuple(cells["limber"].train.betas) == tuple(limber.betas) == (0.9, 0.95)
    assert cells["limber"].train.weight_decay == limber.weight_decay == 0.0
    assert cells["limber"].train.steps == spec["base"]["train"]["steps"]  # the file's explicit value wins
    assert cells["limber"].recipe == "paper"
