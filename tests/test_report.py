"""``bench report``: every table and plot from runs with known values; the numbers (means, 95%
confidence intervals, paired tests, OOD gaps) checked against values worked out by hand, and the
runs read back from a real MLflow store."""

from __future__ import annotations

import csv
import dataclasses
import json
import math

import pytest
from markdown_tables import cells

from benchmark.cli import main
from benchmark.registry import METHODS
from reports.collect import load_runs
from reports.comparison import COMPARISON_COLUMNS, comparison_rows, ood_rows, paired_rows
from reports.plots import pareto_front
from reports.report import build_report
from reports.rows import RunRow, runs_frame
from reports.stats import paired_test, summarize

# Student t with 2 degrees of freedom has closed forms: CDF F(t) = 1/2 + t / (2 sqrt(2 + t^2)), so the
# 0.975 quantile is (2p - 1) / sqrt(2p(1 - p)) at p = 0.975 and the two-sided p-value of t is
# 1 - t / sqrt(2 + t^2).
T2 = 0.95 / math.sqrt(2 * 0.975 * 0.025)  # 4.302652...
NOISE = ("easy-vqa", "gaussian_noise-3")


def row(method, lm, lm_params, fraction, seed, value, trainable, ood=None):
    return RunRow(
        f"{method}-{lm}-{fraction}-{seed}",
        method,
        "easy-vqa",
        lm,
        "efficientnet-lite0" if method != "blind" else "-",
        fraction,
        seed,
        "vqa_accuracy",
        value,
        lm_params,
        trainable,
        dict(ood or {}),
    )


@pytest.fixture
def rows():
    out = []
    for seed, (e, b, o) in enumerate([(80, 70, 60), (82, 75, 61), (84, 77, 65)]):
        out.append(row("epalm", "small", 100, 0.1, seed, e, 1000, {NOISE: o}))
        out.append(row("blind", "small", 100, 0.1, seed, b, 10, {NOISE: b}))
        out.append(row("epalm", "small", 100, 0.5, seed, e + 5, 1000))
        out.append(row("blind", "small", 100, 0.5, seed, b + 1, 10))
        out.append(row("epalm", "large", 300, 0.1, seed, e + 8, 3000))
        out.append(row("blind", "large", 300, 0.1, seed, b + 2, 30))
    return out


def test_t_interval_by_hand():
    s = summarize([80.0, 82.0, 84.0])  # mean 82, sd 2
    assert (s.n, s.mean, s.sd) == (3, 82.0, pytest.approx(2.0))
    assert s.half_width == pytest.approx(T2 * 2 / math.sqrt(3))  # 4.968...
    assert (s.low, s.high) == (pytest.approx(82 - 4.96827, abs=1e-5), pytest.approx(82 + 4.96827, abs=1e-5))
    one = summarize([70.0])
    assert (one.mean, one.sd, one.half_width, one.low) == (70.0, None, None, None)


def test_paired_t_test_by_hand():
    # differences 10, 7, 7: mean 8, sd sqrt(3), standard error 1, t = 8
    test = paired_test({0: 80.0, 1: 82.0, 2: 84.0}, {0: 70.0, 1: 75.0, 2: 77.0})
    assert (test.n, test.mean_diff, test.t) == (3, pytest.approx(8.0), pytest.approx(8.0))
    assert test.p == pytest.approx(1 - 8 / math.sqrt(66))  # 0.015268...
    assert test.half_width == pytest.approx(T2)
    assert paired_test({0: 1.0}, {0: 0.5}).p is None  # one pair: no test
    assert paired_test({0: 1.0, 1: 2.0}, {0: 0.0, 1: 1.0}).p is None  # identical differences
    assert paired_test({0: 1.0, 5: 2.0}, {0: 0.0, 1: 1.0}).n == 1  # only shared seeds pair


def test_comparison_paired_and_ood_rows(rows):
    comp = {(r["lm"], r["fraction"], r["method"]): r for r in comparison_rows(rows)}
    e = comp[("small", 0.1, "epalm")]
    assert (e["n"], e["mean"], e["values"], e["seeds"], e["trainable"]) == (3, 82.0, "80.00 82.00 84.00", "0 1 2", 1000)
    assert e["ci_low"] == pytest.approx(82 - T2 * 2 / math.sqrt(3)) and e["ci_high"] == pytest.approx(
        82 + T2 * 2 / math.sqrt(3)
    )
    b = comp[("small", 0.1, "blind")]  # 70, 75, 77: mean 74, sd sqrt(13)
    assert b["mean"] == pytest.approx(74.0) and b["ci_half"] == pytest.approx(T2 * math.sqrt(13) / math.sqrt(3))
    assert comp[("large", 0.1, "epalm")]["mean"] == pytest.approx(90.0) and len(comp) == 6
    (pair,) = [p for p in paired_rows(rows) if p["lm"] == "small" and p["fraction"] == 0.1]
    assert (pair["method_a"], pair["method_b"]) == ("blind", "epalm")  # sorted: A = blind
    assert pair["mean_diff"] == pytest.approx(-8.0) and pair["p"] == pytest.approx(1 - 8 / math.sqrt(66))
    ood = {(r["method"], r["variant"]): r for r in ood_rows(rows)}
    noisy = ood[("epalm", "gaussian_noise-3")]  # 60, 61, 65 against 80, 82, 84: gaps -20, -21, -19
    assert (noisy["in_dist"], noisy["shifted"], noisy["gap"]) == (82.0, pytest.approx(62.0), pytest.approx(-20.0))
    assert noisy["gap_ci_half"] == pytest.approx(T2 * 1 / math.sqrt(3))
    assert ood[("blind", "gaussian_noise-3")]["gap"] == 0.0 and len(ood) == 2


def test_pareto_front_by_hand():
    points = [(10, 70.0), (1000, 82.0), (3000, 90.0), (30, 72.0), (2000, 80.0), (10, 65.0)]
    assert pareto_front(points) == [(10, 70.0), (30, 72.0), (1000, 82.0), (3000, 90.0)]


def test_report_writes_every_table_and_plot(rows, tmp_path):
    out = tmp_path / "report"
    written = build_report(rows, out, "test rows")
    for stem in ("comparison", "paired-tests", "ood"):
        for ext in ("md", "tex", "csv"):
            assert (out / f"{stem}.{ext}").stat().st_size > 0
    md = (out / "comparison.md").read_text()
    assert [
        "easy-vqa",
        "small",
        "100",
        "efficientnet-lite0",
        "0.1",
        "epalm",
        "1,000",
        "vqa_accuracy",
        "3",
        "82.00",
        "77.03",
        "86.97",
        "t over seeds (no per-example scores)",  # these rows have no per-example scores: the t fallback
        "74.00",  # lower: blind's mean; no text-oracle run, so no upper bound and no position
        "n/a",
        "n/a",
        "80.00 82.00 84.00",
    ] in cells(md)
    assert cells(md)[0] == [c.header for c in COMPARISON_COLUMNS]
    tex = (out / "comparison.tex").read_text()
    assert r"\begin{tabular}" in tex and r"vqa\_accuracy" in tex and "77.03 & 86.97" in tex
    table = list(csv.DictReader((out / "comparison.csv").open()))
    first = next(r for r in table if r["lm"] == "small" and r["fraction"] == "0.1" and r["method"] == "epalm")
    assert float(first["ci_low"]) == pytest.approx(82 - T2 * 2 / math.sqrt(3), abs=1e-12)
    paired = (out / "paired-tests.md").read_text()
    by_example = ["n/a"] * 7  # no per-example scores: no paired bootstrap, no McNemar
    shown = [row[:10] for row in cells(paired) if row[10:] == by_example]
    assert ["easy-vqa", "small", "0.1", "blind", "epalm", "3", "-8.00", "4.30", "-8.000", "0.0153"] in shown
    # differences -14, -11, -11: mean -12, standard error 1, t = -12, p = 1 - 12 / sqrt(146)
    assert ["easy-vqa", "small", "0.5", "blind", "epalm", "3", "-12.00", "4.30", "-12.000", "0.0069"] in shown
    assert [
        "epalm",
        "small",
        "0.1",
        "easy-vqa",
        "easy-vqa",
        "gaussian_noise-3",
        "3",
        "82.00",
        "62.00",
        "-20.00",
        "2.48",
    ] in cells((out / "ood.md").read_text())
    stems = {p.name for paths in written["plots"].values() for p in paths}
    assert {
        "scaling-easy-vqa-f0.1.png",
        "scaling-easy-vqa-f0.1.pdf",
        "data-efficiency-easy-vqa-small.png",
        "data-efficiency-easy-vqa-small.pdf",
        "ood-easy-vqa-small-f0.1.png",
        "ood-easy-vqa-small-f0.1.pdf",
        "frontier-easy-vqa-f0.1.png",
        "frontier-easy-vqa-f0.5.pdf",
    } <= stems
    assert "scaling-easy-vqa-f0.5.png" not in stems  # one LM size at fraction 0.5: no scaling line
    assert all((out / name).read_bytes()[:4] in (b"\x89PNG", b"%PDF") for name in stems)
    index = (out / "index.md").read_text()
    assert len([row for row in cells(index) if row[0] == "easy-vqa"]) == 6 + 3  # comparison and paired rows
    assert "![scaling-easy-vqa-f0.1](scaling-easy-vqa-f0.1.png)" in index and "## Paired tests" in index
    assert "scaling-easy-vqa-f0.1.png" in (out / "index.html").read_text()


def _log_run(client, exp, name, tags, metrics, status="FINISHED"):
    run = client.create_run(exp, run_name=name, tags=tags)
    for key, value in metrics.items():
        client.log_metric(run.info.run_id, key, value)
    client.set_terminated(run.info.run_id, status)
    return run.info.run_id


def test_runs_are_read_back_from_mlflow_and_reported(tmp_path, capsys):
    from benchmark.engine.tracking import mlflow_client

    uri = f"sqlite:///{tmp_path / 'mlflow.db'}"
    client = mlflow_client(uri)
    exp = client.create_experiment("rep", artifact_location=(tmp_path / "art").as_uri())
    parent = _log_run(client, exp, "sweep", {"sweep": "s", "sweep.role": "parent"}, {})
    base = {
        "task": "easy-vqa",
        "lm": "smollm2-135m",
        "encoder": "efficientnet-lite0",
        "metric": "vqa_accuracy",
        "data_fraction": "0.1",
        "sweep": "s",
        "mlflow.parentRunId": parent,
    }
    for seed, value in enumerate([70.0, 74.0]):
        _log_run(
            client,
            exp,
            f"e{seed}",
            {**base, "method": "epalm", "seed": str(seed)},
            {
                "test/vqa_accuracy": value,
                "params/trainable": 1234,
                "params/lm": 134515008,
                "ood/easy-vqa/pixelate-3/vqa_accuracy": value - 10,
                "ood/easy-vqa/pixelate-3/other": 1.0,
            },
        )
    _log_run(
        client, exp, "failed", {**base, "method": "epalm", "seed": "2"}, {"test/vqa_accuracy": 0.0}, status="FAILED"
    )
    _log_run(
        client, exp, "other sweep", {**base, "method": "epalm", "seed": "3", "sweep": "t"}, {"test/vqa_accuracy": 1.0}
    )
    rows = sorted(load_runs(uri, "rep", sweep="s"), key=lambda r: r.seed)
    assert [(r.method, r.seed, r.value, r.trainable, r.lm_params, r.fraction) for r in rows] == [
        ("epalm", 0, 70.0, 1234, 134515008, 0.1),
        ("epalm", 1, 74.0, 1234, 134515008, 0.1),
    ]
    assert rows[0].ood == {("easy-vqa", "pixelate-3"): 60.0}
    assert (
        main(["report", "--tracking-uri", uri, "--experiment", "rep", "--sweep", "s", "--out", str(tmp_path / "r")])
        == 0
    )
    assert "report: 2 runs" in capsys.readouterr().out
    (table,) = [r for r in cells((tmp_path / "r" / "comparison.md").read_text()) if r[0] == "easy-vqa"]
    assert table[8:10] == ["2", "72.00"]  # seeds, mean
    assert main(["report", "--tracking-uri", uri, "--experiment", "nope", "--out", str(tmp_path / "r2")]) == 2
    assert "no MLflow experiment 'nope'" in capsys.readouterr().err


def _suite_run(client, exp, method, seed, metrics, encoder="efficientnet-lite0"):
    """A finished run logged the way ``bench run`` logs one (tags, test/*, time/*, params/*)."""
    tags = {
        "method": method,
        "task": "easy-vqa",
        "lm": "smollm2-135m",
        "encoder": encoder,
        "metric": "vqa_accuracy",
        "data_fraction": "0.1",
        "seed": str(seed),
    }
    logged = {f"test/{k}": v for k, v in metrics.items()} | {
        "time/train_step_s": 1.25,
        "time/eval_example_s": 0.0434,
        "params/trainable": 1234,
        "params/lm": 134515008,
    }
    return _log_run(client, exp, f"{method}-{seed}", tags, logged)


def test_one_row_type_from_mlflow_and_from_metrics_json(tmp_path):
    from benchmark.engine.tracking import mlflow_client

    uri = f"sqlite:///{tmp_path / 'mlflow.db'}"
    client = mlflow_client(uri)
    exp = client.create_experiment("rows", artifact_location=(tmp_path / "art").as_uri())
    metrics = {"vqa_accuracy": 83.8, "vqa_accuracy/yes/no": 82.8}
    _suite_run(client, exp, "epalm", 0, metrics)
    (from_mlflow,) = load_runs(uri, "rows")
    folder = tmp_path / "runs" / "epalm-0"
    folder.mkdir(parents=True)
    (folder / "metrics.json").write_text(
        json.dumps(
            {
                "run": "epalm-0",
                "method": "epalm",
                "task": "easy-vqa",
                "lm": "smollm2-135m",
                "encoder": "efficientnet-lite0",
                "seed": 0,
                "data_fraction": 0.1,
                "metric": "vqa_accuracy",
                "n_eval": 500,
                "metrics": {**metrics, "notes": "text is not a metric"},
                "parameters": {"trainable": 1234, "lm": 134515008},
                "prefix_tokens": 11,
                "timings": {"train_step_s": 1.25, "eval_example_s": 0.0434},
            }
        )
    )
    from_json = RunRow.from_metrics_json(folder / "metrics.json")
    assert isinstance(from_mlflow, RunRow) and isinstance(from_json, RunRow)
    # the same run read both ways: the same row, but for what only the run folder records
    assert dataclasses.replace(from_json, run_id=from_mlflow.run_id, n_eval=None, prefix_tokens=None) == from_mlflow
    assert (from_json.n_eval, from_json.prefix_tokens, from_mlflow.metrics) == (500, 11, metrics)
    frame = runs_frame([from_mlflow, from_json])
    assert list(frame["test/vqa_accuracy/yes/no"]) == [82.8, 82.8] and list(frame["trainable"]) == [1234, 1234]


def test_the_control_is_the_method_that_declares_no_encoder(tmp_path, monkeypatch):
    from benchmark.engine.tracking import mlflow_client

    METHODS.names()  # the built-in methods are registered
    blind = METHODS.get("blind")
    assert blind.needs_encoder is False

    class SeeingBlind(blind):
        needs_encoder = True

    monkeypatch.setitem(METHODS._entries, "no-media", blind)  # another name, the same declaration
    monkeypatch.setitem(METHODS._entries, "blind", SeeingBlind)  # the name alone does not make a control
    uri = f"sqlite:///{tmp_path / 'mlflow.db'}"
    client = mlflow_client(uri)
    exp = client.create_experiment("ctl", artifact_location=(tmp_path / "art").as_uri())
    for method in ("no-media", "blind", "epalm", "not-installed-here"):
        _suite_run(client, exp, method, 0, {"vqa_accuracy": 50.0})
    encoders = {r.method: r.encoder for r in load_runs(uri, "ctl")}
    assert encoders == {
        "no-media": "-",
        "blind": "efficientnet-lite0",
        "epalm": "efficientnet-lite0",
        "not-installed-here": "efficientnet-lite0",
    }
