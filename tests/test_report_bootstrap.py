"""Intervals that mean something: the hierarchical bootstrap over seeds and test examples (inside the
metric's range, degenerate when every example scores alike, reproducible), the paired bootstrap and
McNemar's exact test by example, the per-example scores a run writes and logs to MLflow, and the
method printed under every table."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
from markdown_tables import cells, records

from benchmark.cli import main
from benchmark.engine.evaluation import example_scores
from benchmark.engine.tracking import write_run_outputs
from benchmark.errors import ConfigError, DataError
from reports.collect import load_runs
from reports.comparison import PAIRED_COLUMNS, comparison_rows, paired_rows
from reports.report import build_report
from reports.rows import RunRow, read_example_scores
from reports.stats import (
    BOOTSTRAP,
    BOOTSTRAP_INDEPENDENT,
    BOOTSTRAP_ONE_SEED,
    NONE_ONE_SEED,
    T_FALLBACK,
    T_SEEDS,
    Bootstrap,
    IntervalConfig,
    config_interval,
    mcnemar,
    metric_range,
    paired_bootstrap,
    summarize,
)
from tasks.base import Example, Task
from tasks.metrics.vqa import vqa_accuracy

FAST = IntervalConfig(resamples=400)  # tests stay fast; the report's default is 2000
UIDS = [f"q{i:03d}" for i in range(200)]


def binary_scores(rng: np.random.Generator, p: float, n: int = len(UIDS)) -> dict[str, float]:
    """uid -> 100 (right, with probability ``p``) or 0."""
    return dict(zip(UIDS[:n], (100.0 * (rng.random(n) < p)).tolist()))


def runs_of(per_seed: dict[int, dict[str, float]], method="epalm", metric="vqa_accuracy") -> list[RunRow]:
    return [
        RunRow(
            f"{method}-{seed}",
            method,
            "easy-vqa",
            "small",
            "enc" if method != "blind" else "-",
            0.1,
            seed,
            metric,
            float(np.mean(list(scores.values()))) if scores else 50.0,
            100,
            10,
            example_scores=scores,
        )
        for seed, scores in per_seed.items()
    ]


def interval_of(per_seed, config=FAST, metric="vqa_accuracy"):
    values = {s: float(np.mean(list(v.values()))) for s, v in per_seed.items()}
    return config_interval(values, per_seed, metric, Bootstrap(config))


# -- the interval of one configuration ------------------------------------------------------------
def test_two_seeds_near_100_stay_inside_the_range_where_t_does_not():
    rng = np.random.default_rng(0)
    per_seed = {0: binary_scores(rng, 0.995), 1: binary_scores(rng, 0.92)}
    values = [float(np.mean(list(v.values()))) for v in per_seed.values()]
    t = summarize(values)
    assert t.high > 100  # the old interval: t(0.975, 1) = 12.71 runs past 100%
    iv = interval_of(per_seed)
    assert iv.method == BOOTSTRAP and iv.n_seeds == 2 and iv.n_examples == len(UIDS)
    assert 0 <= iv.low < iv.mean < iv.high <= 100
    # the t fallback (runs without per-example scores) is clipped to the range, and says so
    fallback = config_interval(dict(enumerate(values)), {0: None, 1: per_seed[1]}, "vqa_accuracy", Bootstrap(FAST))
    assert fallback.method == T_FALLBACK and fallback.high == 100.0 and fallback.low == pytest.approx(t.low)
    assert config_interval({0: 70.0}, {0: None}, "vqa_accuracy").method == NONE_ONE_SEED


def test_every_example_alike_gives_a_degenerate_interval():
    per_seed = {s: dict.fromkeys(UIDS, 100.0) for s in range(3)}
    iv = interval_of(per_seed)
    assert (iv.low, iv.mean, iv.high) == (100.0, 100.0, 100.0)
    caption = {s: dict.fromkeys(UIDS, 2.5) for s in range(2)}  # CIDEr-D on its own scale
    iv = interval_of(caption, metric="CIDEr")
    assert iv.low == pytest.approx(2.5, abs=1e-12) and iv.high == pytest.approx(2.5, abs=1e-12)


def test_seeds_that_answer_alike_give_the_interval_of_one_run():
    """Seeds and test examples are crossed: three runs answering every example alike are as
    uncertain about the test distribution as one run; independent draws per seed (nested) would
    shrink the interval by about sqrt(3)."""
    one = binary_scores(np.random.default_rng(1), 0.6)
    single = interval_of({0: one})
    assert single.method == BOOTSTRAP_ONE_SEED
    shared = interval_of({s: one for s in range(3)})
    assert (shared.low, shared.high) == pytest.approx((single.low, single.high), abs=1e-9)
    nested = interval_of({s: one for s in range(3)}, IntervalConfig(resamples=2000, examples="independent"))
    assert nested.method == BOOTSTRAP_INDEPENDENT
    ratio = (nested.high - nested.low) / (single.high - single.low)
    assert 0.45 < ratio < 0.75  # 1 / sqrt(3) = 0.58


def test_the_one_seed_bootstrap_matches_the_binomial_standard_error():
    per_seed = {0: binary_scores(np.random.default_rng(2), 0.7)}
    iv = interval_of(per_seed, IntervalConfig(resamples=4000))
    mean = iv.mean
    se = math.sqrt(mean * (100 - mean) / len(UIDS))
    assert (iv.high - iv.low) / (2 * 1.96 * se) == pytest.approx(1.0, abs=0.12)
    assert iv.low < mean < iv.high


def test_the_interval_grows_with_the_spread_between_seeds():
    rng = np.random.default_rng(3)
    close = interval_of({0: binary_scores(rng, 0.7), 1: binary_scores(rng, 0.7), 2: binary_scores(rng, 0.7)})
    apart = interval_of({0: binary_scores(rng, 0.4), 1: binary_scores(rng, 0.7), 2: binary_scores(rng, 0.95)})
    assert apart.high - apart.low > 2 * (close.high - close.low)
    assert apart.low < 55 and apart.high > 80  # the seeds' spread, not only the examples'


def test_the_same_seed_reproduces_the_report_and_a_new_configuration_changes_no_row():
    rng = np.random.default_rng(4)
    rows = runs_of({s: binary_scores(rng, 0.7) for s in range(3)}) + runs_of(
        {s: binary_scores(rng, 0.5) for s in range(3)}, method="blind"
    )
    first = comparison_rows(rows, FAST)
    assert comparison_rows(rows, FAST) == first
    extra = runs_of({s: binary_scores(rng, 0.9) for s in range(3)}, method="mapl")
    again = {r["method"]: r for r in comparison_rows(extra + rows, FAST)}
    assert [again[r["method"]]["ci_low"] for r in first] == [r["ci_low"] for r in first]
    other = comparison_rows(rows, IntervalConfig(resamples=400, seed=1))
    assert [r["ci_low"] for r in other] != [r["ci_low"] for r in first]
    assert {r["interval"] for r in first} == {BOOTSTRAP}
    t_only = comparison_rows(rows, IntervalConfig(method="t"))
    assert {r["interval"] for r in t_only} == {T_SEEDS} and t_only[0]["mean"] == first[0]["mean"]


def test_metric_ranges_and_interval_config_checks():
    assert metric_range("vqa_accuracy") == (0.0, 100.0) and metric_range("vqa_accuracy/yes/no") == (0.0, 100.0)
    assert metric_range("CIDEr") == (0.0, 10.0) and metric_range("Bleu_4") == (0.0, 1.0)
    assert metric_range("something-new") == (-math.inf, math.inf)
    for bad in ({"method": "wald"}, {"resamples": 10}, {"resamples": 2000.0}, {"examples": "some"}, {"seed": -1}):
        with pytest.raises(ConfigError, match="expected"):
            IntervalConfig(**bad)
    note = IntervalConfig().describe(["vqa_accuracy", "CIDEr"])
    assert "hierarchical bootstrap over seeds and test examples" in note and "2000 resamples" in note
    assert "[0, 100] for vqa_accuracy" in note and "[0, 10] for CIDEr" in note and "percentile 95%" in note


# -- paired comparisons by example -----------------------------------------------------------------
def test_mcnemar_by_hand():
    # 8 examples only A gets right, 2 only B: two-sided exact p = 2 * P(X <= 2), X ~ Bin(10, 1/2) = 112/1024
    a = {u: 100.0 for u in UIDS[:20]} | {u: 0.0 for u in UIDS[20:30]}
    b = {u: 100.0 for u in UIDS[:10]} | {u: 0.0 for u in UIDS[10:18]} | {u: 100.0 for u in UIDS[18:20]}
    b |= {u: 0.0 for u in UIDS[20:28]} | {u: 100.0 for u in UIDS[28:30]}
    test = mcnemar({0: a}, {0: b}, "vqa_accuracy")
    assert (test.n, test.a_only, test.b_only) == (30, 8, 2) and test.p == pytest.approx(112 / 1024)
    # VQA partial credit is wrong: 90 (three annotators agree) against 100
    soft = mcnemar({0: {"x": 90.0, "y": 100.0}}, {0: {"x": 100.0, "y": 100.0}}, "vqa_accuracy")
    assert (soft.a_only, soft.b_only, soft.p) == (0, 1, 1.0)
    assert mcnemar({0: a}, {0: a}, "vqa_accuracy").p == 1.0  # no discordant pair
    # pooled over seeds, paired by seed and uid (a seed or uid only one side has is left out)
    pooled = mcnemar({0: a, 1: a, 2: a}, {0: b, 1: b, 5: b}, "vqa_accuracy")
    assert (pooled.n, pooled.a_only, pooled.b_only) == (60, 16, 4)
    assert mcnemar({0: a}, {0: b}, "CIDEr") is None  # not an accuracy: no right or wrong


def test_paired_bootstrap_finds_a_clear_difference_and_none_between_identical_runs():
    rng = np.random.default_rng(5)
    b = {s: binary_scores(rng, 0.5) for s in range(3)}
    a = {s: {u: 100.0 if i % 4 == 0 else v for i, (u, v) in enumerate(b[s].items())} for s in range(3)}
    test = paired_bootstrap(a, b, "vqa_accuracy", Bootstrap(FAST))
    expected = np.mean([np.mean(list(a[s].values())) - np.mean(list(b[s].values())) for s in range(3)])
    assert test.mean_diff == pytest.approx(expected) and test.n_examples == 3 * len(UIDS) and test.n_seeds == 3
    assert 0 < test.low < test.mean_diff < test.high and test.p == pytest.approx(2 / 401)
    same = paired_bootstrap(b, {s: dict(v) for s, v in b.items()}, "vqa_accuracy", Bootstrap(FAST))
    assert (same.mean_diff, same.low, same.high, same.p) == (0.0, 0.0, 0.0, 1.0)
    # noise only: the p-value is not small
    noisy = {s: binary_scores(rng, 0.5) for s in range(3)}
    assert paired_bootstrap(noisy, b, "vqa_accuracy", Bootstrap(FAST)).p > 0.05


def test_the_paired_bootstrap_pairs_by_seed_and_uid():
    rng = np.random.default_rng(6)
    a = {s: binary_scores(rng, 0.7) for s in range(2)}
    b = {s: binary_scores(rng, 0.4) for s in range(2)}
    shuffled = {s: dict(reversed(list(v.items()))) for s, v in b.items()}  # the order of the records is irrelevant
    one = paired_bootstrap(a, b, "vqa_accuracy", Bootstrap(FAST))
    two = paired_bootstrap(a, shuffled, "vqa_accuracy", Bootstrap(FAST))
    assert (one.mean_diff, one.low, one.high, one.p) == pytest.approx((two.mean_diff, two.low, two.high, two.p))
    # the replicates of A minus those of B (common draws) are the replicates of the differences
    boot = Bootstrap(FAST)
    diffs = [(tuple(sorted(UIDS)), boot.arrays(a[s])[1] - boot.arrays(b[s])[1]) for s in range(2)]
    direct, _ = boot.draw([0, 1], diffs)
    assert np.allclose(direct, boot.replicates(a)[0] - boot.replicates(b)[0])
    # B lacks some examples and a seed: only what both scored is paired
    partial = {0: {u: b[0][u] for u in UIDS[:150]}, 7: b[1]}
    test = paired_bootstrap(a, partial, "vqa_accuracy", Bootstrap(FAST))
    assert (test.n_seeds, test.n_examples) == (1, 150)
    assert paired_bootstrap(a, {0: None}, "vqa_accuracy").n_examples == 0


# -- per-example scores: written by the evaluation step, read back from the run folder and MLflow --
class _VQA(Task):
    name = "tiny-vqa"
    metric = "vqa_accuracy"

    def load(self, split):
        return []

    def score(self, predictions, examples):
        result = vqa_accuracy(predictions, {e.uid: e.references for e in examples})
        return {"vqa_" + k: v for k, v in result.items()}


def _example(uid, answers):
    return Example(uid, uid, None, "Q:", answers[0], tuple(answers))


def test_example_scores_are_the_headline_per_example():
    task = _VQA()
    examples = [
        _example("a", ["red"] * 10),
        _example("b", ["blue"] * 3 + ["green"] * 7),  # three annotators: 90
        _example("c", ["cat"] * 10),
        _example("d", ["one"] * 10),  # no prediction: wrong
    ]
    preds = {"a": "red", "b": "blue", "c": "dog"}
    metrics = task.score(preds, examples)
    records = example_scores(task, preds, examples, metrics)
    assert {r["uid"]: r["score"] for r in records} == {"a": 100.0, "b": 90.0, "c": 0.0, "d": 0.0}
    assert metrics["vqa_accuracy"] == pytest.approx(47.5)
    # a headline the scores do not average to (the task groups examples otherwise): no scores
    assert example_scores(task, preds, examples, {"vqa_accuracy": 60.0}) is None
    assert example_scores(task, preds, examples, {}) is None


def test_cider_per_example_averages_to_the_corpus_cider():
    pytest.importorskip("pycocoevalcap")
    from tasks.metrics.captions import caption_metrics

    class Captions(_VQA):
        metric = "CIDEr"

        def score(self, predictions, examples):
            return caption_metrics(predictions, {e.uid: list(e.references) for e in examples})

    examples = [
        _example("1", ["a red circle", "a red round shape"]),
        _example("2", ["a blue square", "blue square shape"]),
        _example("3", ["a green triangle", "a small green triangle"]),
    ]
    preds = {"1": "a red circle", "2": "a green square", "3": "a triangle"}
    task = Captions()
    metrics = task.score(preds, examples)
    records = example_scores(task, preds, examples, metrics)
    scores = [r["score"] for r in records]
    assert np.mean(scores) == pytest.approx(metrics["CIDEr"]) and scores[0] > scores[2] > 0


def test_run_outputs_hold_the_example_scores(tmp_path):
    written = write_run_outputs(
        tmp_path, {"metric": "x"}, [{"uid": "a"}], {}, [{"uid": "a", "score": 100.0}, {"uid": "b", "score": 0.0}]
    )
    assert read_example_scores(written["example_scores"]) == {"a": 100.0, "b": 0.0}
    assert "example_scores" not in write_run_outputs(tmp_path / "old", {"metric": "x"}, [], {})
    assert not (tmp_path / "old" / "example_scores.jsonl").exists()
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"uid": "a", "score": "high"}\n')
    with pytest.raises(DataError, match="bad.jsonl:1: expected one"):
        read_example_scores(bad)


def _log_run(client, exp, method, seed, value, scores=None, tmp=None):
    tags = {
        "method": method,
        "task": "easy-vqa",
        "lm": "smollm2-135m",
        "encoder": "efficientnet-lite0",
        "metric": "vqa_accuracy",
        "data_fraction": "0.1",
        "seed": str(seed),
    }
    run = client.create_run(exp, run_name=f"{method}-{seed}", tags=tags)
    for key, v in {"test/vqa_accuracy": value, "params/trainable": 10, "params/lm": 100}.items():
        client.log_metric(run.info.run_id, key, v)
    if scores is not None:
        folder = tmp / run.info.run_id
        folder.mkdir(parents=True)
        path = folder / "example_scores.jsonl"
        path.write_text("".join(json.dumps({"uid": u, "score": s}) + "\n" for u, s in scores.items()))
        client.log_artifact(run.info.run_id, str(path))
    client.set_terminated(run.info.run_id, "FINISHED")


def test_scores_round_trip_through_mlflow_and_the_report_says_how(tmp_path, capsys):
    from benchmark.engine.tracking import mlflow_client

    uri = f"sqlite:///{tmp_path / 'mlflow.db'}"
    client = mlflow_client(uri)
    exp = client.create_experiment("boot", artifact_location=(tmp_path / "art").as_uri())
    rng = np.random.default_rng(7)
    logged = {}
    for seed in (0, 1):
        logged[("epalm", seed)] = binary_scores(rng, 0.98)
        logged[("blind", seed)] = binary_scores(rng, 0.5)
        for method in ("epalm", "blind"):
            scores = logged[(method, seed)]
            _log_run(client, exp, method, seed, float(np.mean(list(scores.values()))), scores, tmp_path / "files")
        _log_run(client, exp, "mapl", seed, 60.0 + 30 * seed)  # an older run: no per-example scores
    rows = load_runs(uri, "boot")
    assert {(r.method, r.seed): r.example_scores for r in rows if r.method != "mapl"} == logged
    assert all(r.example_scores is None for r in rows if r.method == "mapl")
    assert all(r.example_scores is None for r in load_runs(uri, "boot", with_example_scores=False))

    out = tmp_path / "report"
    assert main(["report", "--tracking-uri", uri, "--experiment", "boot", "--out", str(out)]) == 0
    capsys.readouterr()
    shown = {r["method"]: r for r in records((out / "comparison.md").read_text())}
    assert shown["epalm"]["interval"] == BOOTSTRAP and shown["mapl"]["interval"] == T_FALLBACK
    assert float(shown["epalm"]["95% CI high"]) <= 100.0 and float(shown["mapl"]["95% CI high"]) <= 100.0
    md = (out / "comparison.md").read_text()
    note = "Intervals: hierarchical bootstrap over seeds and test examples"
    assert note in md and "2000 resamples, percentile 95%, clipped to the metric's range ([0, 100]" in md
    assert note in (out / "index.md").read_text() and "hierarchical bootstrap" in (out / "comparison.tex").read_text()
    paired = {(r["A"], r["B"]): r for r in records((out / "paired-tests.md").read_text())}
    assert list(paired[("blind", "epalm")]) == [c.header for c in PAIRED_COLUMNS]
    by_example = paired[("blind", "epalm")]
    assert by_example["example pairs"] == str(2 * len(UIDS)) and float(by_example["p (bootstrap)"]) < 0.01
    assert float(by_example["p (McNemar)"]) < 1e-6 and int(by_example["only B right"]) > 100
    assert paired[("blind", "mapl")]["p (bootstrap)"] == "n/a"  # mapl has no per-example scores
    assert "McNemar's exact test (vqa_accuracy)" in (out / "paired-tests.md").read_text()
    assert "leaves seed-to-seed variation out" in (out / "paired-tests.md").read_text()  # what it cannot see

    # the t option: no bootstrap anywhere, and the note says so
    frame_rows = comparison_rows(rows, IntervalConfig(method="t"))
    assert {r["interval"] for r in frame_rows} == {T_SEEDS}
    written = build_report(rows, tmp_path / "t-report", "test", IntervalConfig(method="t"))
    assert written["table_notes"]["comparison"][0].startswith("Intervals: Student t over seeds")
    assert all(r["boot_p"] is None for r in paired_rows(rows, IntervalConfig(method="t")))

    # the same through the command line, and a bad value refused in one line before anything is read
    t_out = tmp_path / "t-cli"
    assert main(["report", "--tracking-uri", uri, "--experiment", "boot", "--out", str(t_out), "--interval", "t"]) == 0
    assert {r["interval"] for r in records((t_out / "comparison.md").read_text())} == {T_SEEDS}
    capsys.readouterr()
    bad = ["report", "--tracking-uri", uri, "--experiment", "boot", "--out", str(tmp_path / "bad")]
    assert main([*bad, "--bootstrap-resamples", "5"]) == 2
    assert "expected an integer >= 100" in capsys.readouterr().err and not (tmp_path / "bad").exists()


def test_error_bars_are_the_interval_ends_and_never_cross_the_range():
    from reports.plots import _err

    rows = [
        {"mean": 99.0, "ci_low": 97.0, "ci_high": 100.0, "ci_half": 1.5},
        {"mean": 50.0, "ci_low": None, "ci_high": None, "ci_half": None},
    ]
    assert _err(rows) == [[2.0, 0.0], [1.0, 0.0]]


# -- end to end: a tiny run writes and logs its per-example scores; the report bootstraps them -------
@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    from tiny_models import tiny_run_setup

    return tiny_run_setup(tmp_path_factory.mktemp("boot"))


def test_a_run_logs_its_example_scores_and_the_report_uses_them(setup, tmp_path, capsys):
    from method_checks import tiny_run_args

    out = tmp_path / "out"
    for seed in (0, 1):
        extra = ("--seed", str(seed), "--set", "train.eval_every=0", "--set", "method_options.prompt_length=3")
        args = tiny_run_args(
            "blind", setup["lm"], setup["encoder"], setup["data"], setup["cache"], out, f"s{seed}", *extra
        )
        assert main(args) == 0
    metrics = json.loads((out / "s0" / "metrics.json").read_text())
    scores = read_example_scores(out / "s0" / "example_scores.jsonl")
    uids = [json.loads(line)["uid"] for line in (out / "s0" / "predictions.jsonl").read_text().splitlines()]
    assert sorted(scores) == sorted(uids) and len(scores) == metrics["n_eval"]
    assert np.mean(list(scores.values())) == pytest.approx(metrics["metrics"]["vqa_accuracy"], abs=0.011)
    uri = f"sqlite:///{out / 'mlflow.db'}"
    rows = load_runs(uri, "bench")
    assert {r.seed: r.example_scores for r in rows}[0] == scores
    assert RunRow.from_metrics_json(out / "s0" / "metrics.json").example_scores == scores
    capsys.readouterr()
    assert main(["report", "--tracking-uri", uri, "--experiment", "bench", "--out", str(tmp_path / "r")]) == 0
    (row,) = [r for r in cells((tmp_path / "r" / "comparison.md").read_text()) if r[0] == "easy-vqa"]
    assert BOOTSTRAP in row and "2" in row
