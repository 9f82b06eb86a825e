"""``bench perf`` measures both overhead ratios in one process (structure only: timings are
reported, never asserted)."""

from __future__ import annotations

import json

from tiny_models import save_tiny_backbones

from benchmark.cli import main


def test_perf_reports_both_ratios(tmp_path, capsys, monkeypatch):
    lm, enc = save_tiny_backbones(tmp_path)
    # the tiny LM has 4 layers: eP-ALM's default 12 injection layers do not fit, the blind control does
    code = main(
        [
            "perf",
            "--lm",
            lm,
            "--encoder",
            enc,
            "--methods",
            "blind",
            "--batch-size",
            "2",
            "--repeats",
            "1",
            "--new-tokens",
            "2",
            "--json",
        ]
    )
    assert code == 0
    report = json.loads(capsys.readouterr().out)
    row = report["methods"]["blind"]
    assert row["prefix_tokens"] == 10
    for key in (
        "train_overhead",
        "generate_overhead",
        "train_step_s",
        "lm_train_step_s",
        "generate_s",
        "lm_generate_s",
    ):
        assert row[key] > 0
    assert row["train_overhead"] == row["train_step_s"] / row["lm_train_step_s"]
