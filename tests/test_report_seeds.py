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
