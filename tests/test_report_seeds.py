"""Reports count each seed once, say when a configuration was run twice with one seed, never create an
empty store, and refuse an --out that is a file."""

from __future__ import annotations

import dataclasses

from benchmark.cli import main
from reports.comparison import comparison_rows
from reports.report import build_report
from reports.rows import RunRow, unique_seeds


def _row(seed: int, value: float, started: float, name: str) -> RunRow:
    return RunRow(
        name, "epalm", "easy-vqa", "small", "enc", 0.1, seed, "vqa_accuracy", value, 100, 10, name=name, started=started
    )


def test_a_rerun_seed_counts_once_and_the_latest_run_wins():
    rows = [
        _row(0, 50.0, 1.0, "first"),
        _row(0, 70.0, 3.0, "rerun"),
        _row(0, 60.0, 2.0, "second"),
        _row(1, 80.0, 1.0, "s1"),
    ]
    kept, notes = unique_seeds(rows)
    assert [r.name for r in kept] == ["rerun", "s1"]
    assert len(notes) == 1 and "seed 0 has 3 finished runs" in notes[0] and "rerun" in notes[0]
    (summary,) = comparison_rows(kept)
    assert summary["n"] == 2 and summary["mean"] == 75.0
    assert unique_seeds(kept) == (kept, [])


def test_report_notes_duplicates_and_counts_distinct_seeds(tmp_path):
    rows = [_row(0, 50.0, 1.0, "a"), _row(0, 70.0, 2.0, "b")] + [
        dataclasses.replace(_row(s, 60.0 + s, 1.0, f"s{s}"), method="blind", encoder="-") for s in (0, 1)
    ]
    written = build_report(rows, tmp_path / "rep", "test")
    assert written["notes"] and "seed 0 has 2 finished runs" in written["notes"][0]
    index = (tmp_path / "rep" / "index.md").read_text()
    assert "seed 0 has 2 finished runs; only the latest (b) is counted" in index
    csv = (tmp_path / "rep" / "comparison.csv").read_text().splitlines()
    header = csv[0].split(",")
    epalm = next(line.split(",") for line in csv[1:] if ",epalm," in line)
    assert epalm[header.index("n")] == "1"


def test_report_never_creates_a_store_and_refuses_a_file_as_out(tmp_path, capsys):
    db = tmp_path / "mlflow.db"
    assert main(["report", "--tracking-uri", f"sqlite:///{db}", "--experiment", "x", "--out", str(tmp_path / "r")]) == 2
    assert "no MLflow store" in capsys.readouterr().err
    assert not db.exists() and not (tmp_path / "r").exists()
    target = tmp_path / "file.txt"
    target.write_text("keep me")
    rows = [_row(0, 50.0, 1.0, "a")]
    import pytest

    from benchmark.errors import ConfigError

    with pytest.raises(ConfigError, match="is a file"):
        build_report(rows, target, "test")
    assert target.read_text() == "keep me"


def test_seeds_trained_with_other_settings_are_refused_by_name(tmp_path, capsys):
    """Three tiny runs of one configuration, the third at another learning rate: read back from MLflow
    and from the run folders, each run has the same settings both ways; the report refuses the
    configuration in one line naming the key and the seeds, and writes nothing. Another evaluation
    batch size, or a config key only one run recorded, is no difference."""
    import re

    import pytest
    from test_run_e2e import args_for
    from tiny_models import tiny_run_setup

    from benchmark.errors import DataError
    from reports.collect import load_runs
    from reports.rows import mixed_settings, read_run_folders

    setup = tiny_run_setup(tmp_path / "tiny")
    out = tmp_path / "runs"
    uri = f"sqlite:///{tmp_path / 'mlflow.db'}"
    for seed, extra in [(0, []), (1, ["--set", "eval.batch_size=2"]), (2, ["--set", "train.lr=0.004"])]:
        args = args_for(setup, out, f"blind-{seed}", "--seed", str(seed), *extra, method_options=[])
        args[args.index("run") + 1 : args.index("run") + 1] = ["--method", "blind", "--tracking-uri", uri]
        assert main(args) == 0
    from_mlflow = {r.seed: r for r in load_runs(uri, "bench", with_example_scores=False, with_ima=False)}
    from_folders = {r.seed: r for r in read_run_folders(out)}
    assert set(from_mlflow) == set(from_folders) == {0, 1, 2}
    for seed in (0, 1, 2):
        assert from_mlflow[seed].settings == from_folders[seed].settings
        assert "train.lr" in from_folders[seed].settings and "seed" not in from_folders[seed].settings
    mixed_settings([from_folders[0], from_folders[1]])  # the evaluation batch size is no difference
    older = dataclasses.replace(
        from_folders[1], settings={k: v for k, v in from_folders[1].settings.items() if k != "train.schedule"}
    )
    mixed_settings([from_folders[0], older])  # a key the older run did not record is no difference
    other_encoder = dataclasses.replace(from_folders[1], settings={**from_folders[1].settings, "encoder": "vit"})
    assert from_folders[0].encoder == "-"
    mixed_settings([from_folders[0], other_encoder])  # blind sees no media: its configured encoder is unused
    with pytest.raises(DataError, match=r"differ in encoder"):
        mixed_settings([dataclasses.replace(r, method="epalm", encoder="e") for r in (from_folders[0], other_encoder)])
    lr = re.escape(from_folders[0].settings["train.lr"])
    with pytest.raises(DataError, match=rf"differ in train\.lr \({lr}: seed 0 .*seed 1 .*; 0\.004: seed 2"):
        mixed_settings(list(from_folders.values()))
    capsys.readouterr()
    report = tmp_path / "report"
    assert main(["report", "--runs", str(out), "--out", str(report)]) == 2
    err = capsys.readouterr().err.strip()
    assert "blind on easy-vqa" in err and "differ in train.lr" in err and len(err.splitlines()) == 1
    assert not report.exists()
