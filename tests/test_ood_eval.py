"""`bench eval`: a finished run scored again on its own test split (the same numbers), on shifted
variants and on another task; everything checked before any weight is loaded."""

from __future__ import annotations

import json

import pytest
from method_checks import tiny_run_args
from tiny_models import save_tiny_backbones, write_easy_vqa_layout

from benchmark.cli import main
from benchmark.errors import ConfigError, DataError
from benchmark.experiments.ood import plan_eval

EPALM_TINY = ["--set", "method_options.num_layer_tokens=2", "--set", "method_options.num_injection_layers=2"]


@pytest.fixture(scope="module")
def finished(tmp_path_factory):
    root = tmp_path_factory.mktemp("xeval")
    lm, vit = save_tiny_backbones(root)
    data = write_easy_vqa_layout(root / "data")
    out = root / "runs"
    args = tiny_run_args("epalm", lm, vit, data, root / "cache", out, "run", *EPALM_TINY, "--set", "eval.batch_size=4")
    assert main(args) == 0
    return {"run": out / "run", "data": data, "vit": vit, "root": root}


def test_own_split_reproduces_the_run(finished, capsys, monkeypatch):
    monkeypatch.setenv("BENCH_CACHE", str(finished["root"] / "bench-cache"))
    assert main(["eval", "--run", str(finished["run"]), "--json", "--variant", "clean,contrast-5"]) == 0
    clean, shifted = json.loads(capsys.readouterr().out)
    own = json.loads((finished["run"] / "metrics.json").read_text())
    assert clean["value"] == own["metrics"]["vqa_accuracy"] and clean["n_eval"] == own["n_eval"]
    saved = json.loads((finished["run"] / "eval" / "easy-vqa-test.json").read_text())
    assert saved["metrics"] == own["metrics"]
    # the run's own settings, stated in the record (the plain file name: no settings suffix)
    assert saved["eval_config"]["batch_size"] == 4 and saved["eval_config"]["precision"] == "bf16"
    assert saved["eval_config"]["num_beams"] == 1 and saved["eval_config"]["shuffle"] is None
    preds = [json.loads(line) for line in (finished["run"] / "eval" / "easy-vqa-test.jsonl").read_text().splitlines()]
    assert {p["uid"]: p["prediction"] for p in preds} == {
        json.loads(line)["uid"]: json.loads(line)["prediction"]
        for line in (finished["run"] / "predictions.jsonl").read_text().splitlines()
    }
    assert shifted["variant"] == "contrast-5" and (finished["run"] / "eval" / "easy-vqa@contrast-5-test.json").is_file()


def test_another_task(finished, capsys):
    assert (
        main(
            [
                "eval",
                "--run",
                str(finished["run"]),
                "--task",
                "easy-vqa-caption",
                "--data-dir",
                str(finished["data"]),
                "--json",
            ]
        )
        == 0
    )
    (record,) = json.loads(capsys.readouterr().out)
    assert record["trained_on"] == "easy-vqa" and record["task"] == "easy-vqa-caption" and record["metric"] == "CIDEr"


def test_checks_before_loading(finished, tmp_path):
    with pytest.raises(DataError, match="not a finished run folder"):
        plan_eval(tmp_path)
    with pytest.raises(ConfigError, match="no variant 'nope'"):
        plan_eval(finished["run"], variants="nope")
    with pytest.raises(DataError, match="has no split .dev."):
        plan_eval(finished["run"], split="dev")
    with pytest.raises(ConfigError, match="is video; encoder .* reads image .*frames:"):
        plan_eval(finished["run"], task="moving-shapes")
    with pytest.raises(ConfigError, match="gives features"):
        plan_eval(finished["run"], encoder="efficientnet-lite0")
    # the run's own image encoder over frames has the same widths: accepted
    plan = plan_eval(
        finished["run"], task="moving-shapes", encoder=f"frames:{finished['vit']}", data_dir=str(tmp_path / "ms")
    )
    assert plan.config.encoder.startswith("frames:") and plan.split == "test"
