"""``bench compare``: every method x fraction with one shared budget, reuse of finished cells,
early validation of every cell, and the Markdown table."""

from __future__ import annotations

import json

import pytest
from tiny_models import tiny_run_setup

import methods.fromage  # noqa: F401  (registers "fromage")
from benchmark.cli import main
from benchmark.errors import ConfigError
from benchmark.experiments.compare import method_overrides


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


def test_compare_runs_every_cell_then_reuses_them(setup, tmp_path, capsys):
    out = tmp_path / "runs"
    table = tmp_path / "docs" / "comparison.md"
    assert main(compare_args(setup, out, "--table", str(table))) == 0
    names = sorted(p.parent.name for p in out.glob("*/metrics.json"))
    assert names == sorted(f"{m}-f{f}" for m in ("epalm", "blind", "fromage") for f in ("0.5", "1"))
    runs = {n: json.loads((out / n / "metrics.json").read_text()) for n in names}
    # equal budget: only method and fraction differ between cells
    for run in runs.values():
        assert run["config"]["train"]["steps"] == 3 and run["config"]["train"]["batch_size"] == 4
    assert runs["epalm-f0.5"]["config"]["data"]["fraction"] == 0.5
    assert runs["epalm-f1"]["config"]["method_options"] == {"num_layer_tokens": 2, "num_injection_layers": 2}
    assert runs["blind-f1"]["config"]["method_options"] == {}
    assert "t2i_recall_at_1" in runs["fromage-f1"]["metrics"]
    doc = table.read_text()
    assert doc.startswith("# Method comparison") and "bench compare --methods epalm,blind,fromage" in doc
    assert doc.count("| easy-vqa | ") == 6 and "trainable params" in doc and "prefix tokens" in doc
    # a second call reuses all six finished cells (no training)
    capsys.readouterr()
    assert main(compare_args(setup, out)) == 0
    err = capsys.readouterr().err
    assert err.count("reusing finished run") == 6 and "step 1/3" not in err


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
