"""``bench report`` from MLflow alone carries the implicit multimodal alignment (IMA): records logged
the way :func:`benchmark.experiments.ima.log_to_mlflow` logs them (hand-made pooled vectors, the real
record format), read back from a temporary MLflow store after the run folders are gone, give the IMA
section of the report (plots, per-layer tables, summary, correlations checked against a hand
computation); an n/a run (Flamingo-like) is n/a, never 0, and drops out of the correlation; a run
without any record is named, and a report without records has no IMA section."""

from __future__ import annotations

import csv
import itertools
import json
import math
import shutil

import numpy as np
import pytest
from markdown_tables import records as md_records

from benchmark.cli import main
from benchmark.engine.io import atomic_write_json
from benchmark.errors import DataError
from benchmark.experiments.ima import (
    CURVES,
    FORMAT,
    ImaPlan,
    _finite_or_none,
    alignment_curves,
    layer_mean,
    log_to_mlflow,
    na_record,
    run_summary,
)
from reports.collect import load_runs
from reports.report import build_report
from reports.rows import RunRow, read_ima_record
from reports.stats import IntervalConfig

EXPERIMENT = "imarep"
N, LAYERS, WIDTH = 4, 4, 6  # examples, hidden states (L + 1), hidden size
NA_REASON = "flamingo puts no perceptual token into the LM's residual stream (its media enter another way)"


def _pooled(rng: np.random.Generator, entry_layer: int) -> tuple[np.ndarray, np.ndarray]:
    """Pooled (N, L+1, D) perceptual and text vectors, P NaN before ``entry_layer`` (eP-ALM's slot)."""
    shift = rng.normal(size=WIDTH)
    perceptual = (rng.normal(size=(N, LAYERS, WIDTH)) + shift).astype(np.float32)
    text = (rng.normal(size=(N, LAYERS, WIDTH)) + shift * rng.uniform(0.2, 1.5)).astype(np.float32)
    perceptual[:, :entry_layer] = np.nan
    return perceptual, text


def _log_ima(run_dir, perceptual, text, entry_layer: int, examples: int) -> dict:
    """Store a computed record in ``run_dir`` as ``compute_ima`` does and log it with ``log_to_mlflow``."""
    from safetensors.numpy import save_file

    plan = ImaPlan(run_dir, None, examples, "val", None, 1)
    plan.json_path.parent.mkdir(parents=True, exist_ok=True)
    save_file({"perceptual": perceptual, "text": text}, str(plan.pooled_path), metadata={"format": FORMAT})
    curves = alignment_curves(perceptual, text, entry_layer)
    record = {
        "format": FORMAT,
        **run_summary(run_dir),
        "available": True,
        "reason": None,
        "split": "val",
        "examples": examples,
        "n": len(perceptual),
        "subset": "whole split",
        "uids": [f"q{i}" for i in range(len(perceptual))],
        "num_layers": LAYERS - 1,
        "hidden_size": WIDTH,
        "perceptual_tokens": 1,
        "soft_prompt_tokens": 0,
        "entry_layer": entry_layer,
        "layers": list(range(LAYERS)),
        **{k: _finite_or_none(v) for k, v in curves.items()},
        "scalar": {c: layer_mean(curves[c]) for c in CURVES},
        "pooled": plan.pooled_path.name,
        "seconds": 0.5,
    }
    atomic_write_json(plan.json_path, record)
    assert log_to_mlflow(plan, record).startswith("logged to MLflow run")
    return record


def _run(client, uri, exp, root, method, seed, value):
    """A finished suite run in MLflow (tags, test/*, params/*) and its run folder (metrics.json,
    tracking.json), as ``bench run`` leaves them."""
    tags = {
        "method": method,
        "task": "easy-vqa",
        "lm": "smollm2-135m",
        "encoder": "efficientnet-lite0",
        "metric": "vqa_accuracy",
        "data_fraction": "0.1",
        "seed": str(seed),
    }
    name = f"{method}-{seed}"
    run_id = client.create_run(exp, run_name=name, tags=tags).info.run_id
    for key, v in {"test/vqa_accuracy": value, "params/trainable": 1000, "params/lm": 134515008}.items():
        client.log_metric(run_id, key, v)
    client.set_terminated(run_id, "FINISHED")  # the IMA comes after the run, as a sweep's `ima:` does
    run_dir = root / name
    run_dir.mkdir(parents=True)
    metrics = {k: tags[k] for k in ("method", "task", "lm", "encoder", "metric")}
    metrics |= {"run": name, "seed": seed, "data_fraction": 0.1, "metrics": {"vqa_accuracy": value}}
    (run_dir / "metrics.json").write_text(json.dumps(metrics))
    (run_dir / "tracking.json").write_text(json.dumps({"run_id": run_id, "tracking_uri": uri}))
    return run_id, run_dir


def _hand_ima(perceptual: np.ndarray, text: np.ndarray) -> float:
    """The all-pairs same-layer IMA scalar by hand: per hidden state where P exists, the mean over
    every (i, j) of P_i.T_j / (|P_i| |T_j| + 1e-7); then the mean over those hidden states."""
    per_layer = []
    for layer in range(perceptual.shape[1]):
        p, t = perceptual[:, layer].astype(np.float64), text[:, layer].astype(np.float64)
        if np.isnan(p).any():
            continue
        cos = [a @ b / (np.linalg.norm(a) * np.linalg.norm(b) + 1e-7) for a in p for b in t]
        per_layer.append(np.mean(cos))
    return float(np.mean(per_layer))


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """Five finished runs: two eP-ALM-like (P NaN at the input, entry layer 1; the first also logged a
    smaller record of 2 examples, last), one MAPL-like prefix (entry layer 0), a Flamingo n/a record,
    and one run without any IMA record. The run folders are deleted at the end: only MLflow remains."""
    from benchmark.engine.tracking import mlflow_client

    tmp = tmp_path_factory.mktemp("ima-mlflow")
    uri = f"sqlite:///{tmp / 'mlflow.db'}"
    client = mlflow_client(uri)
    exp = client.create_experiment(EXPERIMENT, artifact_location=(tmp / "art").as_uri())
    root = tmp / "runs"
    rng = np.random.default_rng(3)
    pooled, records, ids = {}, {}, {}
    for method, seed, value, entry in (("epalm", 0, 60.0, 1), ("epalm", 1, 72.0, 1), ("mapl", 0, 75.0, 0)):
        name = f"{method}-{seed}"
        ids[name], run_dir = _run(client, uri, exp, root, method, seed, value)
        pooled[name] = (*_pooled(rng, entry), value)
        records[name] = _log_ima(run_dir, *pooled[name][:2], entry, N)
    p, t, _ = pooled["epalm-0"]
    small = _log_ima(root / "epalm-0", p[:2], t[:2], 1, 2)  # logged last: MLflow's ima/* metrics are its
    ids["flamingo-0"], na_dir = _run(client, uri, exp, root, "flamingo", 0, 55.0)
    na = na_record(ImaPlan(na_dir, None, N, "val", NA_REASON, 0))
    assert log_to_mlflow(ImaPlan(na_dir, None, N, "val", NA_REASON, 0), na).startswith("logged to MLflow run")
    ids["limber-0"], _ = _run(client, uri, exp, root, "limber", 0, 50.0)
    from_folder = {name: RunRow.from_metrics_json(root / name / "metrics.json") for name in ids}
    shutil.rmtree(root)
    return {
        "uri": uri,
        "tmp": tmp,
        "client": client,
        "ids": ids,
        "pooled": pooled,
        "records": records,
        "small": small,
        "na": na,
        "from_folder": from_folder,
    }


def test_what_log_to_mlflow_logs_is_read_back_from_mlflow_alone(store):
    client, ids = store["client"], store["ids"]
    logged = {a.path for a in client.list_artifacts(ids["epalm-0"], "ima")}
    assert logged == {"ima/val-n4.json", "ima/val-n4.safetensors", "ima/val-n2.json", "ima/val-n2.safetensors"}
    assert {a.path for a in client.list_artifacts(ids["flamingo-0"], "ima")} == {"ima/val-n4.json"}
    metrics = client.get_run(ids["epalm-0"]).data.metrics
    assert metrics["ima/ima"] == pytest.approx(store["small"]["scalar"]["ima"])  # the record logged last
    assert not any(k.startswith("ima/") for k in client.get_run(ids["flamingo-0"]).data.metrics)  # n/a: no metric

    rows = {r.name: r for r in load_runs(store["uri"], EXPERIMENT)}
    assert set(rows) == set(ids)
    for name, record in store["records"].items():
        assert rows[name].ima == record  # the whole record, as stored; the one with the most examples
    assert rows["epalm-0"].ima["examples"] == N and rows["epalm-0"].ima["scalar"] != store["small"]["scalar"]
    assert rows["flamingo-0"].ima == store["na"] and rows["flamingo-0"].ima["available"] is False
    assert rows["limber-0"].ima is None
    assert all(r.ima is None for r in load_runs(store["uri"], EXPERIMENT, with_ima=False))
    # a run folder gives the same record (with its folder added)
    for name, row in store["from_folder"].items():
        expected = rows[name].ima
        assert (row.ima and {k: v for k, v in row.ima.items() if k != "run_dir"}) == expected, name


def test_the_report_has_the_ima_section_with_plots_and_correlations_by_hand(store, capsys):

    out = store["tmp"] / "report"
    args = ["report", "--tracking-uri", store["uri"], "--experiment", EXPERIMENT, "--out", str(out)]
    assert main([*args, "--interval", "t"]) == 0
    assert "report: IMA of 4 of 5 runs" in capsys.readouterr().out
    ima = out / "ima"
    for name in ("ima.md", "ima-summary.md", "ima-summary.tex", "ima-summary.csv", "ima-correlation.csv"):
        assert (ima / name).is_file(), name
    for method in ("epalm", "mapl"):
        assert (ima / f"ima-{method}.png").stat().st_size > 0 and (ima / f"ima-{method}.pdf").is_file()
    assert not list(ima.glob("ima-flamingo.*")) and not list(ima.glob("ima-limber.*"))
    assert sorted(p.name for p in (ima / "ima-layers").glob("*.csv")) == ["epalm-0.csv", "epalm-1.csv", "mapl-0.csv"]

    # per layer: eP-ALM's all-pairs IMA is NaN (n/a) at the input, before its first injection layer
    with open(ima / "ima-layers" / "epalm-0.csv") as f:
        layers = list(csv.DictReader(f))
    assert len(layers) == LAYERS and layers[0]["ima"] == "" and layers[0]["tt"] != ""
    p, t = (a[:, 2].astype(np.float64) for a in store["pooled"]["epalm-0"][:2])
    cos = (p @ t.T) / (np.outer(np.linalg.norm(p, axis=1), np.linalg.norm(t, axis=1)) + 1e-7)
    assert float(layers[2]["ima"]) == pytest.approx(cos.mean(), rel=1e-9)
    assert md_records((ima / "ima-layers" / "epalm-0.md").read_text())[0]["IMA"] == "n/a"

    # the correlation of each run's IMA with its test score (from MLflow), by hand
    names = ["epalm-0", "epalm-1", "mapl-0"]
    x = np.array([_hand_ima(*store["pooled"][n][:2]) for n in names])
    y = np.array([store["pooled"][n][2] for n in names])
    r = float(
        ((x - x.mean()) * (y - y.mean())).sum() / math.sqrt(((x - x.mean()) ** 2).sum() * ((y - y.mean()) ** 2).sum())
    )
    # three runs: the exact permutation p, the share of the 3! pairings whose |r| reaches the observed one
    perms = [np.corrcoef(x, np.array(q))[0, 1] for q in itertools.permutations(y)]
    p_value = sum(abs(v) >= abs(r) - 1e-12 for v in perms) / len(perms)
    rank = lambda v: np.argsort(np.argsort(v)).astype(float)  # noqa: E731 (no ties here)
    rho = float(np.corrcoef(rank(x), rank(y))[0, 1])
    with open(ima / "ima-correlation.csv") as f:
        by_entry = {(row["scalar"], row["entry"]): row for row in csv.DictReader(f)}
    rows = {scalar: row for (scalar, entry), row in by_entry.items() if entry == "anywhere (all runs)"}
    # eP-ALM writes into inner layers, MAPL is a prefix: each scalar also has a row per kind
    assert by_entry[("ima", "at inner layers")]["runs"] == "2"
    assert by_entry[("ima", "at the input (layer 0)")]["runs"] == "1"
    row = rows["ima"]
    assert (row["task"], row["metric"], row["runs"]) == ("easy-vqa", "vqa_accuracy", "3")  # not flamingo, not limber
    assert float(row["pearson_r"]) == pytest.approx(r, rel=1e-9, abs=1e-12)
    assert float(row["pearson_p"]) == pytest.approx(p_value, rel=1e-6)
    assert float(row["spearman_rho"]) == pytest.approx(rho) and abs(rho) < 1
    assert rows["matched"]["runs"] == "3" and rows["ima0"]["runs"] == "3"

    # the summary: the layer means; Flamingo n/a (never 0) with its reason; limber absent
    summary = {rec["run"]: rec for rec in md_records((ima / "ima-summary.md").read_text())}
    assert list(summary) == ["epalm-0", "epalm-1", "flamingo-0", "mapl-0"]  # by method, then seed
    for n, xi in zip(names, x):
        assert summary[n]["IMA"] == f"{xi:.4f}" and summary[n]["status"] == "ok"
    flamingo = summary["flamingo-0"]
    assert all(flamingo[h] == "n/a" for h in ("IMA", "IMA0", "matched (suite)", "P vs P", "T vs T"))
    assert flamingo["status"] == f"n/a: {NA_REASON}" and flamingo["value"] == "55.00"
    with open(ima / "ima-summary.csv") as f:
        (na_csv,) = [row for row in csv.DictReader(f) if row["run"] == "flamingo-0"]
    assert na_csv["ima"] == na_csv["matched"] == ""

    # the index pages: the section, its notes, the runs without a record, the tables and the plots
    index = (out / "index.md").read_text()
    section = index[index.index("## Implicit multimodal alignment (IMA)") :]
    assert "4 of 5 runs carry an IMA record" in section and "[ima/ima.md](ima/ima.md)" in section
    assert "all pairs" in section and "entry layer" in section and "the suite's addition" in section
    assert "(Flamingo) and the controls are n/a, never 0" in section and "P is NaN there" in section
    assert "1 run(s) without an IMA record" in section and "limber-0." in section
    assert "![ima-epalm](ima/ima-epalm.png) ([PDF](ima/ima-epalm.pdf))" in section
    assert "- [epalm-0](ima/ima-layers/epalm-0.md)" in section
    assert f"{r:.3f}" in section and f"n/a: {NA_REASON}" in section
    page = (out / "index.html").read_text()
    assert "<h2>Implicit multimodal alignment (IMA)</h2>" in page and "src='ima/ima-mapl.png'" in page
    assert "href='ima/ima-correlation.csv'" in page and "the suite&#x27;s addition" in page
    assert "limber-0" in page and "href='ima/ima.md'" in page
    assert "1 run(s) without an IMA record" in (ima / "ima.md").read_text()


def test_a_report_without_ima_records_has_no_section(store, tmp_path):
    rows = load_runs(store["uri"], EXPERIMENT, with_ima=False)
    written = build_report(rows, tmp_path / "plain", "test", IntervalConfig(method="t"))
    assert written["ima"] is None and not (tmp_path / "plain" / "ima").exists()
    assert "Implicit multimodal alignment" not in (tmp_path / "plain" / "index.md").read_text()
    assert "IMA" not in (tmp_path / "plain" / "index.html").read_text()


def test_a_malformed_record_is_refused_in_one_line(tmp_path):
    from benchmark.engine.tracking import mlflow_client

    bad = tmp_path / "ima" / "val-n4.json"
    bad.parent.mkdir()
    bad.write_text(json.dumps({"format": FORMAT, "available": True, "examples": 4, "scalar": {"ima": 0.1}}))
    with pytest.raises(DataError, match="val-n4.json: not an IMA record"):
        read_ima_record(bad)
    uri = f"sqlite:///{tmp_path / 'mlflow.db'}"
    client = mlflow_client(uri)
    exp = client.create_experiment(EXPERIMENT, artifact_location=(tmp_path / "art").as_uri())
    run_id, _ = _run(client, uri, exp, tmp_path / "runs", "epalm", 0, 60.0)
    client.log_artifact(run_id, str(bad), "ima")
    with pytest.raises(DataError, match=f"MLflow run {run_id}, artifact ima/val-n4.json: not an IMA record"):
        load_runs(uri, EXPERIMENT)
    bad.write_text("{")
    with pytest.raises(DataError, match="cannot read the IMA record"):
        read_ima_record(bad)
