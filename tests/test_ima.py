"""The implicit multimodal alignment analysis (``bench report ima``, :mod:`benchmark.experiments.ima`):
the cosine and pooling maths against hand-computed cases, which positions are perceptual for every
registered method (soft prompts on neither side, eP-ALM's slot only from its first injection layer,
n/a for Flamingo and the controls), the stored artefact read back, the correlations with their
p-values, the sweep option and the command on a tiny finished run."""

from __future__ import annotations

import json
import math
import shutil
from types import SimpleNamespace

import numpy as np
import pytest
import torch
from method_checks import tiny_run_args
from test_method_contract import NAMES, build, features
from tiny_models import tiny_run_setup

from benchmark.cli import main
from benchmark.errors import ConfigError
from benchmark.experiments.ima import (
    Layout,
    alignment_curves,
    cosine_matrix,
    expected_tokens,
    layer_mean,
    layout_of,
    load_pooled,
    plan_ima,
    pool,
    run_ima,
)
from benchmark.experiments.sweep_spec import ima_option
from benchmark.registry import METHODS
from reports.ima import correlate, correlation_rows

R2 = 1 / math.sqrt(2)
EPALM_TINY = ["--set", "method_options.num_layer_tokens=2", "--set", "method_options.num_injection_layers=2"]


@pytest.fixture(scope="module", autouse=True)
def one_thread():
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


# -- the maths ------------------------------------------------------------------------------------
def test_cosines_all_pairs_matched_and_references_by_hand():
    # P_1 = (1, 0), P_2 = (0, 1); T_1 = (1, 1), T_2 = (1, 0); one hidden state
    p = np.array([[[1.0, 0.0]], [[0.0, 1.0]]])
    t = np.array([[[1.0, 1.0]], [[1.0, 0.0]]])
    assert np.allclose(cosine_matrix(p[:, 0], t[:, 0]), [[R2, 1.0], [R2, 0.0]], atol=1e-6)
    curves = alignment_curves(p, t, entry_layer=0)
    pairs = [R2, 1.0, R2, 0.0]  # every (i, j), matched and not
    mean = sum(pairs) / 4
    assert curves["ima"][0] == pytest.approx(mean, abs=1e-6)  # 0.6036
    assert curves["ima_std"][0] == pytest.approx(math.sqrt(sum((v - mean) ** 2 for v in pairs) / 4), abs=1e-6)
    assert curves["matched"][0] == pytest.approx((R2 + 0.0) / 2, abs=1e-6)  # own pairs only: 0.3536
    assert curves["matched_std"][0] == pytest.approx(R2 / 2, abs=1e-6)
    assert curves["ima0"][0] == pytest.approx(mean, abs=1e-6)  # entry layer 0 = this layer
    assert curves["pp"][0] == pytest.approx(0.0, abs=1e-6)  # i != j: cos(P_1, P_2)
    assert curves["tt"][0] == pytest.approx(R2, abs=1e-6)
    assert curves["pp_std"][0] == pytest.approx(0.0, abs=1e-6)  # (1, 2) and (2, 1): the same value


def test_ima0_takes_the_perceptual_side_at_the_entry_layer_and_nan_propagates():
    # layer 0: no perceptual vector (NaN), layers 1 and 2 have one; text everywhere
    p = np.full((2, 3, 2), np.nan)
    p[:, 1] = [[1.0, 0.0], [1.0, 0.0]]
    p[:, 2] = [[0.0, 1.0], [0.0, 1.0]]
    t = np.array([[[1.0, 0.0]] * 3, [[1.0, 0.0]] * 3])
    curves = alignment_curves(p, t, entry_layer=1)
    assert math.isnan(curves["ima"][0]) and math.isnan(curves["matched"][0]) and math.isnan(curves["pp"][0])
    assert curves["ima"][1] == pytest.approx(1.0) and curves["ima"][2] == pytest.approx(0.0, abs=1e-9)
    # P at layer 1 against T at every layer, layer 0 included
    assert curves["ima0"] == pytest.approx([1.0, 1.0, 1.0])
    assert curves["tt"] == pytest.approx([1.0, 1.0, 1.0])
    assert layer_mean(curves["ima"]) == pytest.approx(0.5) and layer_mean([None, float("nan")]) is None


def test_pooling_by_hand():
    # sequence: [slot] [visual, visual] [soft prompt] [text, text]; row 0's last text position is padding
    layers, batch, seq = 3, 2, 6
    states = [torch.zeros(batch, seq, 2) for _ in range(layers)]
    for layer in range(layers):
        for b in range(batch):
            for s in range(seq):
                states[layer][b, s] = torch.tensor([100.0 * layer + 10 * b + s, float(s)])
    mask = torch.ones(batch, seq, dtype=torch.long)
    mask[0, 5] = 0
    layout = Layout(prefix=(1, 2), slot_from=1, text_start=4, soft_prompt=1)
    p, t = pool(states, mask, layout)
    # layer 0: positions 1 and 2; from layer 1 the slot (0) too; the soft prompt (3) never
    assert p[0, 0].tolist() == [1.5, 1.5] and p[1, 0].tolist() == [11.5, 1.5]
    assert p[0, 1].tolist() == [101.0, 1.0] and p[1, 2].tolist() == [211.0, 1.0]
    # text: row 0 position 4 only, row 1 positions 4 and 5
    assert t[0, 2].tolist() == [204.0, 4.0] and t[1, 0].tolist() == [14.5, 4.5]
    assert layout.entry_layer == 0 and layout.tokens == 3 and layout.perceptual_at(0) == [1, 2]


# -- positions, method by method -------------------------------------------------------------------
def _text():
    """Two right-padded rows of 5 (row 1: 3 tokens then 2 pads; the tiny tokenizer's pad is 0),
    the last tokens the targets."""
    ids = torch.tensor([[5, 6, 7, 8, 9], [10, 11, 12, 0, 0]])
    mask = (ids != 0).long()
    labels = ids.masked_fill(mask == 0, -100)
    labels[:, :2] = -100
    return ids, mask, labels


def _pass(name: str, family: str = "llama"):
    model, tok = build(name, family)
    assert tok.pad_token_id == 0
    model.eval()
    states, full_mask, cond = model.hidden_states(features(name, 2), *_text())
    return model, states, full_mask, cond


@pytest.mark.parametrize("name", NAMES)
def test_every_method_declares_what_its_conditioning_holds(name):
    """The perceptual positions counted from a method's declarations (what decides n/a before any
    weight loads) are those its conditioning holds; soft prompts lie inside the prefix."""
    model, states, full_mask, cond = _pass(name)
    layout = layout_of(model.method, cond, model.uses_slot)
    assert layout.tokens == expected_tokens(model.method)
    n_prefix = 0 if cond.prefix is None else cond.prefix.shape[1]
    assert layout.text_start == int(model.uses_slot) + n_prefix == full_mask.shape[1] - 5
    assert len(states) == model.spec.num_layers + 1
    if METHODS.get(name).control is not None or name == "flamingo":
        assert layout.tokens == 0  # no perceptual token in the residual stream: n/a
    else:
        assert layout.tokens > 0


def test_soft_prompts_are_on_neither_side():
    model, states, full_mask, cond = _pass("depalm-qp")  # 3 queries, then 2 prompt tokens
    layout = layout_of(model.method, cond, model.uses_slot)
    assert layout.prefix == (0, 1, 2) and layout.text_start == 5 and layout.soft_prompt == 2
    model, states, full_mask, cond = _pass("promptfuse")  # the grid's 5 tokens, then 3 prompt vectors
    layout = layout_of(model.method, cond, model.uses_slot)
    assert layout.prefix == (0, 1, 2, 3, 4) and layout.text_start == 8
    p, t = pool(states, full_mask, layout)
    expected = states[2][1, 8:11].mean(0)  # row 1: 3 text tokens after the prompt, then padding
    assert torch.allclose(t[1, 2], expected) and torch.allclose(p[0, 2], states[2][0, :5].mean(0))
    model, *_, cond = _pass("blind")
    assert layout_of(model.method, cond, model.uses_slot).tokens == 0


def test_epalm_slot_is_the_written_token_from_its_first_injection_layer_and_nan_before():
    model, states, full_mask, cond = _pass("epalm")  # 3 prompt tokens, writes into layers 1 and 2 of 4
    assert sorted(cond.layer_writes) == [1, 2]
    layout = layout_of(model.method, cond, model.uses_slot)
    assert layout.prefix == () and layout.slot_from == 1 and layout.text_start == 4 and layout.entry_layer == 1
    # what each decoder layer reads (a pre-hook registered after the wrapper's) is what is returned
    from benchmark.backbones.lm import decoder_layers

    read = {}

    def reader(i):
        def hook(module, args, kwargs):
            read[i] = args[0] if args else kwargs["hidden_states"]

        return hook

    handles = [
        layer.register_forward_pre_hook(reader(i), with_kwargs=True) for i, layer in enumerate(decoder_layers(model.lm))
    ]
    try:
        again, _, _ = model.hidden_states(features("epalm", 2), *_text())
    finally:
        for handle in handles:
            handle.remove()
    for i in range(model.spec.num_layers):
        assert torch.allclose(again[i], read[i]), i
    for layer, token in cond.layer_writes.items():
        assert torch.allclose(states[layer][:, 0], token)
    p, t = pool(states, full_mask, layout)
    assert torch.isnan(p[:, 0]).all() and torch.isfinite(p[:, 1:]).all() and torch.isfinite(t).all()
    assert torch.allclose(p[:, 1], cond.layer_writes[1])
    curves = alignment_curves(p.numpy(), t.numpy(), layout.entry_layer)
    assert math.isnan(curves["ima"][0]) and all(math.isfinite(v) for v in curves["ima"][1:])
    assert all(math.isfinite(v) for v in curves["ima0"])


def test_a_last_state_of_another_width_is_nan():
    """OPT-350m-like LMs project the last hidden state to another width: it cannot be compared."""
    model, states, full_mask, cond = _pass("limber", family="opt-proj")
    assert states[-1].shape[-1] != states[0].shape[-1]
    p, t = pool(states, full_mask, layout_of(model.method, cond, model.uses_slot))
    assert torch.isnan(p[:, -1]).all() and torch.isnan(t[:, -1]).all() and torch.isfinite(p[:, :-1]).all()


# -- correlations --------------------------------------------------------------------------------
def test_correlation_with_p_values_by_hand():
    import itertools

    from scipy.stats import t as student

    # centred x: -2 -1 0 1 2, centred y: -1 -2 1 0 2 -> r = 8 / 10; y is a permutation of ranks: rho = r
    out = correlate([1.0, 2.0, 3.0, 4.0, 5.0], [2.0, 1.0, 4.0, 3.0, 5.0])
    assert out["pearson_r"] == pytest.approx(0.8) and out["spearman_rho"] == pytest.approx(0.8)
    # five runs: exact p, the share of the 120 pairings whose |r| reaches 0.8 (x and y are ranks, so
    # Pearson and Spearman agree); the t approximation would say 0.104
    rs = [float(np.corrcoef([1, 2, 3, 4, 5], perm)[0, 1]) for perm in itertools.permutations([2, 1, 4, 3, 5])]
    exact = sum(abs(r) >= 0.8 - 1e-9 for r in rs) / len(rs)
    assert out["pearson_p"] == pytest.approx(exact) and out["spearman_p"] == pytest.approx(exact)
    assert out["runs"] == 5 and "exact" in out["note"]
    # three runs in perfect rank order: exact two-sided p 2/6, not the approximation's 0
    three = correlate([1.0, 2.0, 3.0], [1.0, 2.0, 4.0])
    assert three["spearman_rho"] == pytest.approx(1.0) and three["spearman_p"] == pytest.approx(1 / 3)
    # more than EXACT_MAX_RUNS runs: scipy's approximations (t for both r and rho here: no ties)
    x = [float(v) for v in range(10)]
    y = [0.0, 2.0, 1.0, 3.0, 5.0, 4.0, 7.0, 6.0, 9.0, 8.0]
    many = correlate(x, y)
    r = float(np.corrcoef(x, y)[0, 1])
    p = 2 * student.sf(abs(r) * math.sqrt(8) / math.sqrt(1 - r * r), 8)
    assert many["pearson_p"] == pytest.approx(p, rel=1e-6) and many["spearman_p"] == pytest.approx(p, rel=1e-6)
    assert many["note"] == ""
    few = correlate([1.0, 2.0], [3.0, 4.0])
    assert few["pearson_r"] is None and few["spearman_p"] is None and "at least 3" in few["note"]
    flat = correlate([1.0, 1.0, 1.0], [1.0, 2.0, 3.0])
    assert flat["pearson_r"] is None and "constant" in flat["note"]


def test_correlation_rows_group_by_task_and_leave_out_na_runs():
    def rec(task, ima, value, available=True):
        return {"task": task, "metric": "acc", "value": value, "available": available, "scalar": {"ima": ima}}

    records = [rec("a", 0.1, 10), rec("a", 0.2, 30), rec("a", 0.3, 20), rec("a", None, 50, False), rec("b", 0.5, 1)]
    rows = {(r["task"], r["scalar"]): r for r in correlation_rows(records)}
    assert rows[("a", "ima")]["runs"] == 3 and rows[("a", "ima")]["spearman_rho"] == pytest.approx(0.5)
    assert rows[("b", "ima")]["pearson_r"] is None and rows[("a", "ima0")]["runs"] == 0


def test_correlation_rows_add_one_row_per_entry_kind_only_when_the_runs_mix_them():
    def rec(ima, value, entry):
        return {
            "task": "a",
            "metric": "acc",
            "value": value,
            "available": True,
            "scalar": {"ima": ima},
            "entry_layer": entry,
        }

    # prefixes (entry 0): alignment and accuracy rise together; eP-ALM-like runs (entry 17): low IMA, high accuracy
    prefixes = [rec(0.5, 60, 0), rec(0.6, 65, 0), rec(0.7, 70, 0), rec(0.8, 75, 0)]
    inner = [rec(0.03, 78, 17), rec(0.04, 77, 17), rec(0.05, 79, 17)]
    rows = {(r["scalar"], r["entry"]): r for r in correlation_rows(prefixes + inner)}
    everything = rows[("ima", "anywhere (all runs)")]
    assert everything["runs"] == 7 and everything["spearman_rho"] < 0  # the mix alone reverses the sign
    assert rows[("ima", "at the input (layer 0)")]["runs"] == 4
    assert rows[("ima", "at the input (layer 0)")]["spearman_rho"] == pytest.approx(1.0)
    assert rows[("ima", "at inner layers")]["runs"] == 3
    only_prefixes = correlation_rows(prefixes)
    assert [(r["scalar"], r["entry"]) for r in only_prefixes] == [
        (s, "anywhere (all runs)") for s in ("ima", "ima0", "matched")
    ]


# -- the sweep option ------------------------------------------------------------------------------
def test_sweep_option():
    assert ima_option(None) is None and ima_option(False) is None
    assert ima_option(True) == {"examples": 200} and ima_option({"examples": 50}) == {"examples": 50}
    for bad in ({"examples": 1}, {"examples": "many"}, {"n": 5}, "yes"):
        with pytest.raises(ConfigError, match="`ima` must be"):
            ima_option(bad, "s.yaml")


# -- a finished tiny run -------------------------------------------------------------------------
@pytest.fixture(scope="module")
def finished(tmp_path_factory):
    setup = tiny_run_setup(tmp_path_factory.mktemp("ima"))
    out = setup["root"] / "runs"
    args = tiny_run_args("epalm", setup["lm"], setup["encoder"], setup["data"], setup["cache"], out, "ep", *EPALM_TINY)
    assert main([*args, "--set", "eval.batch_size=4"]) == 0
    return {**setup, "run": out / "ep", "out": out}


def _as_method(finished, tmp_path, method):
    """A copy of the finished run folder recorded as another method (the plan decides n/a from the
    config alone, before any weight loads)."""
    folder = tmp_path / method
    shutil.copytree(finished["run"], folder, ignore=shutil.ignore_patterns("checkpoints", "ima", "tracking.json"))
    metrics = json.loads((folder / "metrics.json").read_text())
    metrics["run"] = metrics["config"]["run_name"] = method
    metrics["method"] = metrics["config"]["method"] = method
    metrics["config"]["method_options"] = {}
    (folder / "metrics.json").write_text(json.dumps(metrics))
    return folder


def test_artefact_round_trip_and_mlflow(finished, monkeypatch):
    plan = plan_ima(finished["run"], 200)
    record, note = run_ima(plan, recompute=True, batch_size=2, progress=False)
    assert note.startswith("computed") and "logged to MLflow run" in note
    assert record["available"] and record["n"] == 3 and record["subset"] == "whole split"  # the tiny val split
    assert record["entry_layer"] == 1 and record["perceptual_tokens"] == 1 and record["soft_prompt_tokens"] == 10
    p, t = load_pooled(plan.pooled_path)
    assert p.shape == t.shape == (3, 5, 32) and p.dtype == np.float32
    assert np.isnan(p[:, 0]).all() and np.isfinite(p[:, 1:]).all()
    stored = json.loads(plan.json_path.read_text())
    again = alignment_curves(p, t, stored["entry_layer"])
    for key, values in again.items():
        assert [None if math.isnan(v) else v for v in values] == stored[key], key
    assert stored["ima"][0] is None and stored["scalar"]["ima"] == pytest.approx(layer_mean(again["ima"]))
    # read back without loading anything
    monkeypatch.setattr("benchmark.engine.context.build_context", lambda *a, **k: pytest.fail("recomputed"))
    back, note = run_ima(plan, log_mlflow=False)
    assert note.startswith("read back") and back["scalar"] == record["scalar"]
    from benchmark.engine.tracking import mlflow_client

    info = json.loads((finished["run"] / "tracking.json").read_text())
    client = mlflow_client(info["tracking_uri"])
    logged = {a.path for a in client.list_artifacts(info["run_id"], "ima")}
    assert logged == {"ima/val-n200.json", "ima/val-n200.safetensors"}
    assert client.get_run(info["run_id"]).data.metrics["ima/ima"] == pytest.approx(record["scalar"]["ima"])


def test_flamingo_and_controls_are_na_before_anything_loads(finished, tmp_path, monkeypatch):
    monkeypatch.setattr("benchmark.engine.context.build_context", lambda *a, **k: pytest.fail("loaded a model"))
    for method, why in (("flamingo", "no perceptual token"), ("blind", "control"), ("text-oracle", "control")):
        plan = plan_ima(_as_method(finished, tmp_path, method), 50)
        record, _ = run_ima(plan, log_mlflow=False)
        assert not record["available"] and why in record["reason"] and record["scalar"]["ima"] is None
        assert json.loads(plan.json_path.read_text())["available"] is False and not plan.pooled_path.exists()


def test_sweep_cell_runs_the_analysis(finished):
    from benchmark.experiments.sweep import SweepWorker

    lines = []
    worker = SimpleNamespace(spec=SimpleNamespace(name="s", ima={"examples": 2}), log=lines.append)
    cell = SimpleNamespace(name="ep", config=SimpleNamespace(run_dir=finished["run"]))
    SweepWorker._implicit_alignment(worker, cell)
    assert (finished["run"] / "ima" / "val-n2.json").is_file() and "ep: IMA " in lines[0]
    assert "logged to MLflow run" in lines[0]
    worker.spec.ima = None
    SweepWorker._implicit_alignment(worker, cell)
    assert len(lines) == 1


def test_command(finished, tmp_path, capsys):
    na = _as_method(finished, tmp_path, "flamingo")
    out = tmp_path / "report"
    args = ["report", "ima", "--run", str(finished["run"]), "--run", str(na), "--examples", "3", "--out", str(out)]
    assert main([*args, "--no-mlflow"]) == 0
    printed = capsys.readouterr().out
    assert "ima: ep: IMA " in printed and "ima: flamingo: n/a" in printed
    for name in ("ima.md", "ima-summary.md", "ima-summary.csv", "ima-correlation.csv", "ima-epalm.png"):
        assert (out / name).is_file(), name
    layers = (out / "ima-layers" / "ep.csv").read_text().splitlines()
    assert layers[0].startswith("layer,ima,ima_std,ima0") and len(layers) == 1 + 5
    summary = (out / "ima-summary.md").read_text()
    assert "n/a: flamingo puts no perceptual token" in summary
    record = json.loads((finished["run"] / "ima" / "val-n3.json").read_text())
    assert f"{record['scalar']['ima']:.4f}" in summary
    index = (out / "ima.md").read_text()
    assert "suite's addition" in index and "n/a: 1 run(s) with both numbers" in index
    # bad requests fail in one line before anything loads
    assert main(["report", "ima", "--run", str(finished["run"]), "--examples", "1", "--out", str(out)]) == 2
    assert main(["report", "ima", "--out", str(out)]) == 2
    assert main(["report", "--run", str(finished["run"]), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "at least 2 examples" in err and "needs --run" in err and "only `bench report ima`" in err


def test_command_on_the_finished_cells_of_a_sweep(finished, tmp_path, capsys):
    import yaml

    from benchmark.experiments.sweep_spec import expand, load_spec

    sweep = tmp_path / "s.yaml"
    grid = {"method": ["epalm"], "lm": [finished["lm"]], "encoder": [finished["encoder"]]}
    sweep.write_text(yaml.safe_dump({"name": "s", "output_dir": str(tmp_path / "sw"), "grid": grid}))
    out = tmp_path / "report"
    assert main(["report", "ima", "--sweep-file", str(sweep), "--out", str(out), "--no-mlflow"]) == 2
    assert "no finished cell" in capsys.readouterr().err
    (cell,) = expand(load_spec(sweep))
    run_ima(plan_ima(finished["run"], 3), log_mlflow=False, progress=False)
    shutil.copytree(finished["run"], cell.config.run_dir)  # a finished cell, with its stored IMA for 3 examples
    args = ["report", "ima", "--sweep-file", str(sweep), "--examples", "3", "--out", str(out), "--no-mlflow"]
    assert main(args) == 0
    printed = capsys.readouterr().out
    assert (
        f"ima: {cell.name}: IMA " in printed
        and "read back" in printed
        and "1 finished cell(s)" in (out / "ima.md").read_text()
    )


def test_exact_p_values_are_scipys_permutation_test_in_one_product():
    """The exact p-values (up to EXACT_MAX_RUNS runs) are scipy's exact pairings permutation test of
    Pearson's r and of Spearman's rho, ties included, computed without n! calls of scipy."""
    from scipy import stats

    from reports.ima import exact_pairings_p

    rng = np.random.default_rng(0)
    # scipy permutes both samples ((n!)^2 pairings), so its reference is affordable up to 4 runs only
    for x, y in [
        (rng.normal(size=4), rng.normal(size=4)),
        (np.array([1.0, 1.0, 2.0, 5.0]), np.array([0.2, 0.1, 0.1, 0.9])),  # ties
        (np.arange(4.0), np.array([0.0, 1.0, 3.0, 2.0])),
    ]:
        out = correlate(list(x), list(y))
        for key, statistic in (("pearson_p", stats.pearsonr), ("spearman_p", stats.spearmanr)):
            reference = stats.permutation_test(
                (x, y),
                lambda a, b, f=statistic: f(a, b).statistic,
                permutation_type="pairings",
                n_resamples=np.inf,
                alternative="two-sided",
            ).pvalue
            assert out[key] == pytest.approx(reference, abs=1e-12), (key, x, y)
    assert exact_pairings_p(np.arange(8.0), rng.normal(size=8)) <= 1.0  # 8! pairings in one product
