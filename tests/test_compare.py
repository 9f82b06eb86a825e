"""``bench compare``: every method x fraction with one shared budget, run as a one-grid sweep (its
cells, MLflow parent and child runs, reuse of finished cells), early validation of every cell, and
the Markdown table made from the runs' rows."""

from __future__ import annotations

import dataclasses
import json

import pytest
import yaml
from markdown_tables import records
from tiny_models import tiny_run_setup

import methods.fromage  # noqa: F401  (registers "fromage")
from benchmark.cli import main
from benchmark.engine.config import RunConfig
from benchmark.errors import ConfigError
from benchmark.experiments.compare import comparison_spec, method_options, method_overrides
from reports.collect import load_runs
from reports.rows import read_run_folders


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    return tiny_run_setup(tmp_path_factory.mktemp("compare"))


def compare_args(setup, out, *extra):
    return [
        "compare",
        "--methods",
        "epalm,blind,fromage",
        "--fractions",
        "0.5,1",
        "--lm",
        setup["lm"],
        "--encoder",
        setup["encoder"],
        "--data-dir",
        setup["data"],
        "--steps",
        "3",
        "--batch-size",
        "4",
        "--cache-dir",
        setup["cache"],
        "--output-dir",
        str(out),
        "--set",
        "train.eval_every=0",
        "--set",
        "eval.batch_size=4",
        "--method-set",
        "epalm.num_layer_tokens=2",
        "--method-set",
        "epalm.num_injection_layers=2",
        *extra,
    ]


def cell_name(setup, method: str, fraction: float) -> str:
    """The sweep's name of a cell: the run name ``bench run`` gives that config."""
    config = RunConfig(method=method, lm=setup["lm"], encoder=setup["encoder"])
    config.data.fraction = fraction
    return config.default_run_name()


def test_compare_runs_every_cell_then_reuses_them(setup, tmp_path, capsys):
    from benchmark.engine.tracking import mlflow_client

    out = tmp_path / "runs"
    table = tmp_path / "docs" / "comparison.md"
    assert main(compare_args(setup, out, "--table", str(table))) == 0
    names = sorted(p.parent.name for p in out.glob("*/metrics.json"))
    assert names == sorted(cell_name(setup, m, f) for m in ("epalm", "blind", "fromage") for f in (0.5, 1.0))
    runs = {
        (m, f): json.loads((out / cell_name(setup, m, f) / "metrics.json").read_text())
        for m in ("epalm", "blind", "fromage")
        for f in (0.5, 1.0)
    }
    # equal budget: only method and fraction differ between cells
    for run in runs.values():
        assert run["config"]["train"]["steps"] == 3 and run["config"]["train"]["batch_size"] == 4
    assert runs[("epalm", 0.5)]["config"]["data"]["fraction"] == 0.5
    assert runs[("epalm", 1.0)]["config"]["method_options"] == {"num_layer_tokens": 2, "num_injection_layers": 2}
    assert runs[("blind", 1.0)]["config"]["method_options"] == {}
    assert "t2i_recall_at_1" in runs[("fromage", 1.0)]["metrics"]
    # the sweep file it ran: one grid, the flags as base, --set as set, --method-set as method_options
    spec = yaml.safe_load((out / "compare.yaml").read_text())
    assert spec["grid"] == {"data_fraction": [0.5, 1.0], "method": ["epalm", "blind", "fromage"]}
    assert spec["base"]["train"] == {"steps": 3, "batch_size": 4} and spec["base"]["lm"] == setup["lm"]
    assert spec["set"] == ["train.eval_every=0", "eval.batch_size=4"]
    assert spec["method_options"] == {"epalm": {"num_layer_tokens": 2, "num_injection_layers": 2}}
    # MLflow: the sweep's parent run and one child run per cell, read back as the same rows as the folders
    uri = f"sqlite:///{out.resolve() / 'mlflow.db'}"
    client = mlflow_client(uri)
    exp = client.get_experiment_by_name("bench")
    (parent,) = client.search_runs([exp.experiment_id], filter_string="tags.`sweep.role` = 'parent'")
    children = client.search_runs([exp.experiment_id], filter_string="tags.`sweep.cell` != ''")
    assert sorted(r.data.tags["sweep.cell"] for r in children) == names
    assert {r.data.tags["mlflow.parentRunId"] for r in children} == {parent.info.run_id}
    from_mlflow = {r.name: r for r in load_runs(uri, "bench", sweep="compare")}
    for row in read_run_folders(out):
        assert (
            dataclasses.replace(row, run_id=from_mlflow[row.name].run_id, n_eval=None, prefix_tokens=None)
            == (from_mlflow[row.name])
        )
    doc = table.read_text()
    assert doc.startswith("# Method comparison") and "bench compare --methods epalm,blind,fromage" in doc
    shown = records(doc[doc.index("| task") :])
    assert len(shown) == 6 and all(r["task"] == "easy-vqa" for r in shown)
    assert {(r["method"], r["fraction"]) for r in shown} == {
        (m, f) for m in ("epalm", "blind", "fromage") for f in ("0.5", "1")
    }
    assert all(r["trainable params"] and r["prefix tokens"] for r in shown)
    assert {r["encoder"] for r in shown if r["method"] == "blind"} == {"-"}
    # a second call reuses all six finished cells (no training) and prints the same table
    capsys.readouterr()
    assert main(compare_args(setup, out)) == 0
    captured = capsys.readouterr()
    assert "train: " not in captured.err and "6/6" in captured.err
    assert records(captured.out[captured.out.index("| task") :]) == shown


def test_compare_validates_every_cell_before_training(setup, tmp_path, capsys):
    out = tmp_path / "runs"
    args = compare_args(setup, out)
    args[args.index("--methods") + 1] = "epalm,nosuchmethod"
    assert main(args) == 2
    assert "nosuchmethod" in capsys.readouterr().err and not out.exists()


def test_method_overrides_are_checked():
    assert method_overrides(["epalm.prompt_length=3"], ["epalm", "blind"]) == {
        "epalm": ["method_options.prompt_length=3"],
        "blind": [],
    }
    with pytest.raises(ConfigError, match="not in --methods"):
        method_overrides(["mapl.x=1"], ["epalm"])
    with pytest.raises(ConfigError, match="METHOD.KEY=VALUE"):
        method_overrides(["epalm=3"], ["epalm"])
    with pytest.raises(ConfigError, match="expected METHOD.KEY=VALUE"):
        method_overrides(["epalm.prompt_length"], ["epalm"])
    assert method_options(["epalm.prompt_length=3", "epalm.injection_layers=[1, 2]"], ["epalm", "blind"]) == {
        "epalm": {"prompt_length": 3, "injection_layers": [1, 2]}
    }


def test_comparison_spec_is_one_grid_sweep_file(tmp_path):
    from benchmark.experiments.sweep_spec import parse_spec

    data = comparison_spec(
        ["epalm", "blind"],
        [0.01, 0.1],
        tmp_path / "out",
        {"train.steps": 100, "lm": "smollm2-135m", "experiment": "mine", "tracking_uri": "sqlite:///x.db"},
        ["eval.max_examples=50"],
        ["epalm.prompt_length=20"],
        "base.yaml",
    )
    assert data["grid"] == {"data_fraction": [0.01, 0.1], "method": ["epalm", "blind"]}
    assert data["base"] == {"train": {"steps": 100}, "lm": "smollm2-135m"}  # the sweep's own keys left out
    assert (data["experiment"], data["tracking_uri"]) == ("mine", "sqlite:///x.db")
    assert data["config"] == str((tmp_path.cwd() / "base.yaml").resolve())
    spec = parse_spec(data, "compare.yaml", tmp_path / "elsewhere")
    assert (spec.name, spec.output_dir, spec.set, spec.method_options) == (
        "compare",
        str(tmp_path / "out"),
        ["eval.max_examples=50"],
        {"epalm": {"prompt_length": 20}},
    )
    assert comparison_spec(["epalm"], [0.1], "o", sets=["experiment=x"])["experiment"] == "x"
    assert comparison_spec(["epalm"], [0.1], "o")["experiment"] == RunConfig().experiment
    with pytest.raises(ConfigError, match="at least one method"):
        comparison_spec([], [0.1], "o")
    with pytest.raises(ConfigError, match="expected KEY=VALUE"):
        comparison_spec(["epalm"], [0.1], "o", sets=["train.steps"])
