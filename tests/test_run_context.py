"""One run context: ``bench run`` and ``bench eval`` build their accelerator, LM and method through the
same :func:`~benchmark.engine.context.build_context`; ``execute`` returns a :class:`RunResult` whose
``to_dict()`` is what ``metrics.json`` holds; scoring a run's own split again reproduces it."""

from __future__ import annotations

import json

import pytest
import torch
from method_checks import tiny_run_args
from tiny_models import tiny_run_setup

import benchmark.engine.context as context
import benchmark.engine.runner as runner
from benchmark.cli import main
from benchmark.engine.context import EVAL_SUBSET_SEED, RunContext, seeded_subset, subset_note
from benchmark.engine.runner import RunResult
from benchmark.experiments.ood import EvalRecord, format_table

EPALM_TINY = ["--set", "method_options.num_layer_tokens=2", "--set", "method_options.num_injection_layers=2"]


@pytest.fixture
def spied(monkeypatch):
    """Every ``build_context`` call (its arguments and context) and every ``execute`` result."""
    calls: list[dict] = []
    results: list[RunResult] = []
    real_build, real_execute = context.build_context, runner.execute

    def build(config, description, trained_weights=None, area="run", progress=True):
        ctx = real_build(config, description, trained_weights, area, progress)
        calls.append({"area": area, "trained_weights": trained_weights, "ctx": ctx})
        return ctx

    def execute(*args, **kwargs):
        results.append(real_execute(*args, **kwargs))
        return results[-1]

    # runner holds the builder by name: it must be the very function bench eval calls through the module
    assert runner.build_context is context.build_context
    monkeypatch.setattr(context, "build_context", build)
    monkeypatch.setattr(runner, "build_context", build)
    monkeypatch.setattr(runner, "execute", execute)
    return calls, results


def test_run_and_eval_share_one_context_builder(tmp_path, spied, capsys, monkeypatch):
    calls, results = spied
    setup = tiny_run_setup(tmp_path)
    monkeypatch.setenv("BENCH_CACHE", str(tmp_path / "bench-cache"))
    out = tmp_path / "runs"
    args = tiny_run_args(
        "epalm",
        setup["lm"],
        setup["encoder"],
        setup["data"],
        setup["cache"],
        out,
        "run",
        *EPALM_TINY,
        "--set",
        "eval.batch_size=4",
        "--eval-examples",
        "4",
    )
    assert main(args) == 0
    capsys.readouterr()

    # bench run: one context, a fresh method, and a typed result that is metrics.json
    ((run_call,), (result,)) = calls, results
    assert run_call["area"] == "run" and run_call["trained_weights"] is None
    assert isinstance(run_call["ctx"], RunContext) and isinstance(result, RunResult)
    on_disk = json.loads((out / "run" / "metrics.json").read_text())
    assert list(on_disk) == [*result.to_dict(), "config", "record"]
    assert json.loads(json.dumps(result.to_dict())) == {k: on_disk[k] for k in result.to_dict()}
    assert RunResult.from_dict(on_disk).to_dict() == json.loads(json.dumps(result.to_dict()))
    assert result.n_eval == 4 and result.eval_subset == subset_note(4, 6) and result.value is not None
    trained = {k: v.clone() for k, v in run_call["ctx"].method.state_dict().items()}

    # bench eval of the clean split: the same builder, now holding the run's trained tensors
    assert main(["eval", "--run", str(out / "run"), "--json"]) == 0
    (record,) = json.loads(capsys.readouterr().out)
    assert len(calls) == 2 and len(results) == 1
    eval_call = calls[1]
    assert eval_call["area"] == "eval" and eval_call["trained_weights"] == out / "run" / "trainable.safetensors"
    loaded = eval_call["ctx"].method.state_dict()
    assert set(loaded) == set(trained) and all(torch.equal(loaded[k], trained[k]) for k in trained)
    assert type(eval_call["ctx"].model) is type(run_call["ctx"].model)

    # ... and it reproduces the run's own test metric on the same seeded subset, with the same predictions
    assert record["value"] == result.metrics[result.metric] and record["metrics"] == result.metrics
    assert record["n_eval"] == result.n_eval and record["eval_subset"] == result.eval_subset
    saved = json.loads((out / "run" / "eval" / "easy-vqa-test.json").read_text())
    assert saved == record and EvalRecord.from_dict(saved).to_dict() == saved
    lines = (out / "run" / "eval" / "easy-vqa-test.jsonl").read_text().splitlines()
    run_lines = (out / "run" / "predictions.jsonl").read_text().splitlines()
    assert [json.loads(x)["prediction"] for x in lines] == [json.loads(x)["prediction"] for x in run_lines]
    assert [json.loads(x)["uid"] for x in lines] == [json.loads(x)["uid"] for x in run_lines]


def test_seeded_subset_is_deterministic_ordered_and_whole_when_not_smaller():
    items = list(range(20))
    a = seeded_subset(items, 5, EVAL_SUBSET_SEED)
    assert a == seeded_subset(items, 5, EVAL_SUBSET_SEED) and a == sorted(a) and len(set(a)) == 5
    assert a != seeded_subset(items, 5, EVAL_SUBSET_SEED + 1)
    assert seeded_subset(items, 0, 1) is items and seeded_subset(items, 20, 1) is items
    assert (
        subset_note(5, 20) == "seeded subset of 5 of 20 examples (seed 4321)" and subset_note(20, 20) == "whole split"
    )


def test_eval_table_is_markdown_with_unparsed_values():
    base = dict(
        run="r",
        method="epalm",
        trained_on="easy-vqa",
        task="easy-vqa",
        split="test",
        metric="vqa_accuracy",
        metrics={},
        n_eval=6,
        eval_subset="whole split",
        encoder=None,
        eval_config={},
        seconds=0.1,
    )
    table = format_table([EvalRecord(variant="clean", value=50.0, **base), EvalRecord(variant="x", value=None, **base)])
    header, rule, clean, shifted = table.splitlines()
    assert [c.strip() for c in header.strip("|").split("|")] == ["task", "variant", "split", "metric", "value", "n"]
    assert set(rule) <= set("|:-")
    assert [c.strip() for c in clean.strip("|").split("|")] == [
        "easy-vqa",
        "clean",
        "test",
        "vqa_accuracy",
        "50.00",
        "6",
    ]
    assert [c.strip() for c in shifted.strip("|").split("|")][4] == "n/a"
