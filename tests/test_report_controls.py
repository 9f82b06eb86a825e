"""Every result between its two controls: the controls table (each configuration against the blind
control and the text oracle: method - control, the paired t-test by seed, the paired bootstrap and
McNemar's test by example, the verdict against the blind control), checked by hand on run folders
with known right/wrong patterns; and ``bench report --runs`` (rows from run folders instead of MLflow)."""

from __future__ import annotations

import csv
import json

import pytest
from markdown_tables import cells, records
from scipy.stats import binomtest, ttest_rel
from script_modules import load_script

from benchmark.cli import main
from reports.comparison import CONTROL_COLUMNS, compare_systems, control_rows, paired_rows, verdict
from reports.rows import read_run_folders
from reports.stats import Bootstrap, IntervalConfig
from reports.tables import pvalue

UIDS = [f"u{i:02d}" for i in range(40)]
FAST = IntervalConfig(resamples=400)  # the report's default is 2000
# (method, encoder, folder) -> seed -> the indices of the uids the run gets right (score 100; else 0)
RIGHT = {
    ("blind", "-", "controls"): {0: range(16), 1: range(14)},
    ("text-oracle", "-", "controls"): {0: range(36), 1: range(34)},
    ("epalm", "enc", "methods"): {0: range(30), 1: range(29)},  # clearly above blind, below the oracle
    ("mapl", "enc", "methods"): {0: range(2, 18), 1: range(1, 16)},  # as good as blind, other examples
    ("limber", "enc", "methods"): {0: range(6), 1: range(5)},  # below blind
    ("flamingo", "enc", "methods"): {0: range(26)},  # one seed: no t-test
}
RIGHT_BY_METHOD = {m: seeds for (m, _, _), seeds in RIGHT.items()}


def right(method: str, seed: int) -> set[str]:
    return {UIDS[i] for i in RIGHT_BY_METHOD[method][seed]}


def score(method: str, seed: int) -> float:
    return 100.0 * len(right(method, seed)) / len(UIDS)


def write_run(root, method: str, encoder: str, seed: int, fraction: float = 0.1) -> None:
    """A finished run folder as ``bench run`` leaves it: metrics.json and example_scores.jsonl."""
    name = f"{method}-f{fraction:g}-s{seed}"
    folder = root / name
    folder.mkdir(parents=True)
    hits = right(method, seed)
    scores = {u: 100.0 if u in hits else 0.0 for u in UIDS}
    (folder / "metrics.json").write_text(
        json.dumps(
            {
                "run": name,
                "method": method,
                "task": "easy-vqa",
                "lm": "smollm2-135m",
                "encoder": None if encoder == "-" else encoder,
                "seed": seed,
                "data_fraction": fraction,
                "metric": "vqa_accuracy",
                "n_eval": len(UIDS),
                "metrics": {"vqa_accuracy": sum(scores.values()) / len(UIDS)},
                "parameters": {"trainable": 1000, "lm": 134515008},
            }
        )
    )
    (folder / "example_scores.jsonl").write_text(
        "".join(json.dumps({"uid": u, "score": s}) + "\n" for u, s in scores.items())
    )


@pytest.fixture
def folders(tmp_path):
    """Two folders of run folders: the controls, and the methods (plus an epalm run at a fraction
    without controls, which gets no row)."""
    for (method, encoder, folder), seeds in RIGHT.items():
        for seed in seeds:
            write_run(tmp_path / folder, method, encoder, seed)
    write_run(tmp_path / "methods", "epalm", "enc", 0, fraction=0.5)
    return tmp_path / "controls", tmp_path / "methods"


def by_hand(method: str, control: str) -> dict:
    """The numbers of ``method`` against ``control`` worked out from the patterns alone."""
    seeds = sorted(set(RIGHT_BY_METHOD[method]) & set(RIGHT_BY_METHOD[control]))
    diffs = [score(method, s) - score(control, s) for s in seeds]
    only_method = sum(len(right(method, s) - right(control, s)) for s in seeds)
    only_control = sum(len(right(control, s) - right(method, s)) for s in seeds)
    t_p = (
        float(ttest_rel([score(method, s) for s in seeds], [score(control, s) for s in seeds]).pvalue)
        if len(seeds) > 1 and len(set(diffs)) > 1
        else None
    )
    mcnemar_p = float(binomtest(only_method, only_method + only_control, 0.5).pvalue)
    return {
        "diff": sum(diffs) / len(diffs),
        "a_only": only_method,
        "b_only": only_control,
        "t_p": t_p,
        "mc_p": mcnemar_p,
    }


def test_the_patterns_are_what_the_test_says():
    # the hand values the rows below are checked against, written out once
    epalm = by_hand("epalm", "blind")
    assert (epalm["diff"], epalm["a_only"], epalm["b_only"]) == (36.25, 29, 0)  # 30 - 16 and 29 - 14 right of 40
    assert epalm["mc_p"] == pytest.approx(2 * 0.5**29)
    assert epalm["t_p"] == pytest.approx(0.0219, abs=1e-4)  # differences 35 and 37.5: t = 29 on 1 df
    assert (by_hand("mapl", "blind")["a_only"], by_hand("mapl", "blind")["b_only"]) == (4, 3)
    assert by_hand("mapl", "blind")["t_p"] == pytest.approx(0.5)  # differences 0 and 2.5: t = 1 on 1 df
    assert by_hand("limber", "blind")["diff"] == -23.75 and by_hand("text-oracle", "blind")["t_p"] is None


def test_control_rows_by_hand(folders):
    rows = [r for folder in folders for r in read_run_folders(folder)]
    table = control_rows(rows, FAST)
    shown = {r["method"]: r for r in table}
    # no row for the blind control, one for the text oracle, none for the fraction without controls
    assert sorted(shown) == ["epalm", "flamingo", "limber", "mapl", "text-oracle"] and len(table) == 5
    assert table[-1]["method"] == "text-oracle" and {r["fraction"] for r in table} == {0.1}
    for method, row in shown.items():
        assert (row["lower_control"], row["encoder"]) == ("blind", "-" if method == "text-oracle" else "enc")
        assert row["mean"] == pytest.approx(sum(score(method, s) for s in RIGHT_BY_METHOD[method]) / row["n"])
        bounds = [("lower", "blind")] + ([("upper", "text-oracle")] if method != "text-oracle" else [])
        for bound, control in bounds:
            hand = by_hand(method, control)
            assert row[f"{bound}_control"] == control
            assert row[f"{bound}_mean_diff"] == pytest.approx(hand["diff"])  # method - control
            assert row[f"{bound}_boot_diff"] == pytest.approx(hand["diff"])  # every example scored by both
            assert (row[f"{bound}_mcnemar_a_only"], row[f"{bound}_mcnemar_b_only"]) == (hand["a_only"], hand["b_only"])
            assert row[f"{bound}_mcnemar_p"] == pytest.approx(hand["mc_p"])
            assert row[f"{bound}_p"] == (None if hand["t_p"] is None else pytest.approx(hand["t_p"]))
            assert 0 < row[f"{bound}_boot_p"] <= 1
            assert row[f"{bound}_boot_low"] <= row[f"{bound}_mean_diff"] <= row[f"{bound}_boot_high"]
            assert row[f"{bound}_n_examples"] == len(UIDS) * row[f"{bound}_n_pairs"]
    # the text oracle is compared with blind only: its upper fields are empty
    oracle = shown["text-oracle"]
    assert oracle["upper_control"] is None and oracle["upper_mean_diff"] is None and oracle["upper_boot_p"] is None
    assert oracle["lower_mean_diff"] == 50.0 and oracle["lower_p"] is None  # identical differences: no t statistic
    # one seed: no t-test, the bootstrap still runs
    assert shown["flamingo"]["lower_n_pairs"] == 1 and shown["flamingo"]["lower_p"] is None
    # verdicts on the by-example bootstrap p (common draws: a difference no resample reaches 0 gets 2 / (B + 1))
    smallest = 2 / (FAST.resamples + 1)
    for method in ("epalm", "flamingo", "text-oracle"):
        assert shown[method]["lower_boot_p"] == pytest.approx(smallest) and shown[method]["lower_boot_low"] > 0
        assert (shown[method]["lower_verdict"], shown[method]["lower_verdict_test"]) == (
            "above (p<0.05)",
            "paired bootstrap by example",
        )
    limber = shown["limber"]
    assert limber["lower_boot_p"] == pytest.approx(smallest) and limber["lower_boot_high"] < 0
    assert limber["lower_verdict"] == "below (p<0.05)"
    mapl = shown["mapl"]
    assert mapl["lower_boot_p"] > 0.2 and mapl["lower_verdict"] == f"not separable (p={pvalue(mapl['lower_boot_p'])})"
    # every method sits below the text oracle
    assert all(shown[m]["upper_mean_diff"] < 0 and shown[m]["upper_mcnemar_a_only"] == 0 for m in ("epalm", "mapl"))


def test_one_helper_for_both_tables_and_the_sign_convention(folders):
    """The controls table is compare_systems with A = the method: the paired-tests table (A, B sorted
    by name: blind before epalm) has the same tests with the sign flipped and McNemar's counts swapped."""
    rows = [r for folder in folders for r in read_run_folders(folder)]
    boot = Bootstrap(FAST)
    epalm = next(r for r in control_rows(rows, boot) if r["method"] == "epalm")
    pair = next(
        p for p in paired_rows(rows, boot) if (p["method_a"], p["method_b"], p["fraction"]) == ("blind", "epalm", 0.1)
    )
    assert epalm["lower_mean_diff"] == pytest.approx(-pair["mean_diff"]) and pair["mean_diff"] < 0
    assert (epalm["lower_boot_low"], epalm["lower_boot_high"]) == pytest.approx((-pair["boot_high"], -pair["boot_low"]))
    assert (epalm["lower_mcnemar_a_only"], epalm["lower_mcnemar_b_only"]) == (
        pair["mcnemar_b_only"],
        pair["mcnemar_a_only"],
    )
    assert (epalm["lower_p"], epalm["lower_boot_p"], epalm["lower_mcnemar_p"]) == pytest.approx(
        (pair["p"], pair["boot_p"], pair["mcnemar_p"])
    )
    runs = {m: {r.seed: r for r in rows if r.method == m and r.fraction == 0.1} for m in ("epalm", "blind")}
    assert compare_systems(runs["blind"], runs["epalm"], boot) == {
        k: v
        for k, v in pair.items()
        if k not in ("task", "lm", "fraction", "method_a", "encoder_a", "method_b", "encoder_b")
    }


def test_the_verdict_falls_back_to_the_t_test_by_seed(folders):
    rows = [r for folder in folders for r in read_run_folders(folder)]
    shown = {r["method"]: r for r in control_rows(rows, IntervalConfig(method="t"))}
    assert all(r["lower_boot_p"] is None and r["lower_mcnemar_p"] is None for r in shown.values())
    epalm = shown["epalm"]  # differences 35 and 37.5: t = 29 on 1 df, p = 0.022
    assert epalm["lower_p"] == pytest.approx(by_hand("epalm", "blind")["t_p"]) and epalm["lower_p"] < 0.05
    assert (epalm["lower_verdict"], epalm["lower_verdict_test"]) == ("above (p<0.05)", "paired t-test by seed")
    assert shown["limber"]["lower_verdict"] == "below (p<0.05)"
    assert shown["mapl"]["lower_verdict"] == "not separable (p=0.5000)"
    # no t statistic (one seed; identical differences) and no bootstrap: no verdict
    assert shown["flamingo"]["lower_verdict"] is None and shown["text-oracle"]["lower_verdict"] is None
    assert verdict({}) == (None, None)


def test_bench_report_from_run_folders_writes_the_controls_table(folders, tmp_path, capsys):
    controls, methods = folders
    out = tmp_path / "report"
    assert (
        main(["report", "--runs", str(controls), "--runs", str(methods), "--runs", str(controls), "--out", str(out)])
        == 0
    )
    assert "report: 12 runs" in capsys.readouterr().out  # 4 controls + 8 methods: the repeated folder read once
    md = (out / "controls.md").read_text()
    assert cells(md)[0] == [c.header for c in CONTROL_COLUMNS]
    shown = {r["method"]: r for r in records(md)}
    assert sorted(shown) == ["epalm", "flamingo", "limber", "mapl", "text-oracle"]
    epalm, hand = shown["epalm"], by_hand("epalm", "blind")
    assert (epalm["mean"], epalm["seeds"], epalm["method - blind"]) == ("73.75", "2", "36.25")
    assert (epalm["only method right (blind)"], epalm["only blind right"]) == ("29", "0")
    assert epalm["p McNemar (blind)"] == pvalue(hand["mc_p"]) and epalm["p t-test (blind)"] == pvalue(hand["t_p"])
    assert epalm["p bootstrap (blind)"] == pvalue(2 / 2001)  # the default 2000 resamples
    assert float(epalm["bootstrap 95% CI low (blind)"]) <= 36.25 <= float(epalm["bootstrap 95% CI high (blind)"])
    assert epalm["verdict (blind)"] == "above (p<0.05)"
    assert (epalm["method - oracle"], epalm["only method right (oracle)"], epalm["only oracle right"]) == (
        "-13.75",
        "0",
        "11",
    )
    limber = shown["limber"]
    assert (limber["method - blind"], limber["only blind right"], limber["verdict (blind)"]) == (
        "-23.75",
        "19",
        "below (p<0.05)",
    )
    assert shown["mapl"]["verdict (blind)"].startswith("not separable (p=")
    assert shown["flamingo"]["p t-test (blind)"] == "n/a"  # one seed
    oracle = shown["text-oracle"]
    assert (oracle["method - blind"], oracle["verdict (blind)"], oracle["method - oracle"]) == (
        "50.00",
        "above (p<0.05)",
        "n/a",
    )
    assert "method - control" in md and "Verdict against the blind control" in md and "below 0.05" in md
    assert "paired bootstrap's where both have per-example scores, else the by-seed paired t-test's" in md
    assert "its half-width is the CSV's lower_ci_half" in md and "CI ±" not in md  # no such column here
    table = list(csv.DictReader((out / "controls.csv").open()))
    assert {r["lower_verdict_test"] for r in table} == {"paired bootstrap by example"}
    assert r"\begin{tabular}" in (out / "controls.tex").read_text()
    index = (out / "index.md").read_text()
    assert f"finished runs in run folders {controls}, {methods}." in index
    section = index[index.index("## Against the controls") : index.index("## Paired tests")]
    assert "| epalm" in section and "Verdict against the blind control" in section
    assert "href='controls.md'" in (out / "index.html").read_text()
    assert (out / "comparison.md").is_file() and (out / "paired-tests.md").is_file()


def test_no_control_no_controls_table(tmp_path, capsys):
    write_run(tmp_path / "only", "epalm", "enc", 0)
    write_run(tmp_path / "only", "epalm", "enc", 1)
    assert main(["report", "--runs", str(tmp_path / "only"), "--out", str(tmp_path / "r"), "--interval", "t"]) == 0
    assert not (tmp_path / "r" / "controls.md").exists()
    assert "(no table: no configuration shares its task" in (tmp_path / "r" / "index.md").read_text()
    assert f"in run folder {tmp_path / 'only'}." in (tmp_path / "r" / "index.md").read_text()


def test_bad_runs_options_fail_in_one_line(folders, tmp_path, capsys):
    controls, _ = folders
    out = tmp_path / "never"
    for extra, message in [
        (["--tracking-uri", f"sqlite:///{tmp_path / 'mlflow.db'}"], "give either --runs RUNS_DIR or --tracking-uri"),
        (["--experiment", "x", "--sweep", "s"], "give either --runs RUNS_DIR or --experiment, --sweep, not both"),
        (["--sweep-file", "sweep.yaml"], "--runs reads run folders, not MLflow"),
        (["--run", str(controls / "blind-f0.1-s0")], "only `bench report ima` takes these (a report from run folders"),
    ]:
        assert main(["report", "--runs", str(controls), *extra, "--out", str(out)]) == 2
        err = capsys.readouterr().err
        assert message in err and len(err.strip().splitlines()) == 1
    (tmp_path / "empty").mkdir()
    assert main(["report", "--runs", str(controls), "--runs", str(tmp_path / "empty"), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"no finished runs under {tmp_path / 'empty'}" in err and len(err.strip().splitlines()) == 1
    assert main(["report", "ima", "--runs", str(controls), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "`bench report ima` takes --run RUN_DIR" in err and len(err.strip().splitlines()) == 1
    assert not out.exists() and not (tmp_path / "mlflow.db").exists()


def test_controls_summary_script_prints_the_report_numbers(folders):
    """scripts/controls_summary.py: one row per configuration, sorted by score, with the numbers of
    the comparison and controls tables (the same functions), the controls marked as such."""
    module = load_script("controls_summary")
    table = module.summary([str(folders[0]), str(folders[1])], fraction=0.1)
    got = records(table)
    assert [r["method"] for r in got] == ["text-oracle", "epalm", "flamingo", "mapl", "blind", "limber"]
    rows = read_run_folders(folders[0]) + read_run_folders(folders[1])
    expected = {c["method"]: c for c in control_rows([r for r in rows if r.fraction == 0.1])}
    for r in got:
        if r["method"] == "blind":
            assert r["vs blind"] == "control" and r["- blind [95% CI]"] == "-"
            continue
        c = expected[r["method"]]
        assert r["- blind [95% CI]"].startswith(f"{c['lower_boot_diff']:+.2f} [")
        assert r["vs blind"] == c["lower_verdict"].split(" (")[0]
    assert {r["method"]: r["vs blind"] for r in got}["limber"] == "below"
    assert {r["method"]: r["position"] for r in got}["text-oracle"] == "+1.00"
    alone = records(module.summary([str(folders[1])], fraction=0.1))  # no control ran: none is named
    assert {r["vs blind"] for r in alone} == {"no control"} and {r["position"] for r in alone} == {"n/a"}


def test_controls_summary_per_seed_lists_each_seed_in_order(folders):
    """scripts/controls_summary.py --per-seed: one row per configuration, sorted by mean score like the
    summary, with each seed's score in seed order and "n/a" for question types the runs did not record."""
    module = load_script("controls_summary")
    got = records(module.per_seed([str(folders[0]), str(folders[1])], fraction=0.1))
    summary = records(module.summary([str(folders[0]), str(folders[1])], fraction=0.1))
    assert [r["method"] for r in got] == [r["method"] for r in summary]
    rows = [r for r in read_run_folders(folders[0]) + read_run_folders(folders[1]) if r.fraction == 0.1]
    for r in got:
        runs = sorted((x for x in rows if x.method == r["method"]), key=lambda x: x.seed)
        assert r["seeds"] == " / ".join(str(x.seed) for x in runs)
        assert r["score"] == " / ".join(f"{x.value:.2f}" for x in runs)
        assert r["yes/no"] == " / ".join("n/a" for _ in runs)


def test_controls_summary_adds_the_question_types_the_runs_recorded(folders):
    """scripts/controls_summary.py: a task with question types of its own (moving-shapes' axis and
    direction) gets a column for each after easy-VQA's, with each seed's value; --task keeps one task."""
    module = load_script("controls_summary")
    for run in folders[1].iterdir():
        if run.name.startswith("epalm-f0.1-"):
            data = json.loads((run / "metrics.json").read_text())
            seed = data["seed"]
            data["metrics"].update(
                {"vqa_accuracy/question_type/axis": 50.0 + seed, "vqa_accuracy/question_type/direction": 25.0 + seed}
            )
            data["metrics"]["vqa_accuracy_unrounded/question_type/speed"] = 1.0  # another metric's: not a type
            (run / "metrics.json").write_text(json.dumps(data))
    dirs = [str(folders[0]), str(folders[1])]
    got = {r["method"]: r for r in records(module.per_seed(dirs, fraction=0.1))}
    assert list(got["epalm"])[-5:] == ["color", "shape", "yes/no", "axis", "direction"]
    seeds = [int(s) for s in got["epalm"]["seeds"].split(" / ")]
    assert got["epalm"]["axis"] == " / ".join(f"{50.0 + s:.2f}" for s in seeds)
    assert got["mapl"]["direction"] == " / ".join("n/a" for _ in got["mapl"]["seeds"].split(" / "))
    means = {r["method"]: r for r in records(module.summary(dirs, fraction=0.1))}
    assert means["epalm"]["direction"] == f"{25.0 + sum(seeds) / len(seeds):.2f}" and means["mapl"]["axis"] == "-"
    assert records(module.summary(dirs, fraction=0.1, task="moving-shapes")) == []
    assert len(records(module.summary(dirs, fraction=0.1, task="easy-vqa"))) == len(means)


def test_a_setting_whose_runs_mix_torch_thread_counts_is_noted(folders, tmp_path, capsys):
    """A run's torch thread count (run_record.json) can change its result at one seed: the report
    names a setting whose runs used several, and says nothing when they agree or were not recorded."""
    from reports.rows import mixed_threads

    controls, methods = folders
    assert mixed_threads(read_run_folders(controls) + read_run_folders(methods)) == []  # none recorded
    for i, run in enumerate(sorted(p for p in methods.iterdir() if "-f0.1-" in p.name)):
        (run / "run_record.json").write_text(json.dumps({"hardware": {"torch_threads": 2 if i == 0 else 1}}))
    for run in controls.iterdir():
        (run / "run_record.json").write_text(json.dumps({"hardware": {"torch_threads": 1}}))
    rows = read_run_folders(controls) + read_run_folders(methods)
    notes = mixed_threads(rows)
    assert len(notes) == 1 and "fraction 0.1" in notes[0] and "1 run(s) with 2" in notes[0]
    out = tmp_path / "report"
    code = main(["--quiet", "report", "--runs", str(controls), "--runs", str(methods), "--out", str(out)])
    assert code == 0 and notes[0] in (out / "index.md").read_text()


def test_paired_runs_script_compares_two_folders_of_the_same_method(folders, tmp_path):
    """scripts/paired_runs.py: an ablation (the same method name in a folder of its own) against the
    reference runs, with the numbers of ``compare_systems``; a folder of several methods needs one named."""
    module = load_script("paired_runs")
    ablation = tmp_path / "ablation"
    for seed in (0, 1):  # "epalm" in its own folder, scoring like mapl: the ablation loses
        write_run(ablation, "mapl", "enc", seed)
        data = json.loads((ablation / f"mapl-f0.1-s{seed}" / "metrics.json").read_text())
        (ablation / f"mapl-f0.1-s{seed}" / "metrics.json").write_text(json.dumps({**data, "method": "epalm"}))
    table = module.compare(f"{folders[1]}:epalm", str(ablation), "easy-vqa", "smollm2-135m", 0.1, "6", "1")
    row = records(table)[0]
    assert row["A"] == "6" and row["B"] == "1" and row["seeds"] == "0, 1"
    assert float(row["mean A (vqa_accuracy)"]) == pytest.approx((score("epalm", 0) + score("epalm", 1)) / 2)
    assert float(row["mean B"]) == pytest.approx((score("mapl", 0) + score("mapl", 1)) / 2)
    rows = {r.seed: r for r in read_run_folders(folders[1]) if r.method == "epalm" and r.fraction == 0.1}
    other = {r.seed: r for r in read_run_folders(ablation)}
    expected = compare_systems(rows, other, Bootstrap())
    assert row["A - B, paired t by seed"].startswith(f"{expected['mean_diff']:+.2f} ±")
    assert row["by example (bootstrap 95% CI)"].startswith(f"{expected['boot_diff']:+.2f} [")
    assert row["McNemar A-only/B-only"].startswith(f"{expected['mcnemar_a_only']}/{expected['mcnemar_b_only']}")
    with pytest.raises(SystemExit, match="name one as"):
        module.compare(str(folders[1]), str(ablation), "easy-vqa", "smollm2-135m", 0.1)
