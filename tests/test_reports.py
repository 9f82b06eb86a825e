"""``bench table``: a comparison table from finished runs' metrics.json files."""

from __future__ import annotations

import json

import pytest

from benchmark.errors import DataError
from reports.tables import collect_runs, markdown_table


def fake_run(root, name, method, score, trainable):
    run = root / name
    run.mkdir(parents=True)
    (run / "metrics.json").write_text(
        json.dumps(
            {
                "run": name,
                "method": method,
                "task": "easy-vqa",
                "lm": "smollm2-135m",
                "encoder": "efficientnet-lite0",
                "seed": 0,
                "data_fraction": 0.1,
                "metric": "vqa_accuracy",
                "n_eval": 500,
                "metrics": {"vqa_accuracy": score, "vqa_accuracy/yes/no": score - 1, "vqa_accuracy_unrounded": score},
                "parameters": {"trainable": trainable, "lm": 134515008},
                "prefix_tokens": 11,
                "timings": {"train_step_s": 1.25, "eval_example_s": 0.0434},
            }
        )
    )


def test_table_rows_and_values(tmp_path):
    fake_run(tmp_path, "b", "blind", 55.5, 670464)
    fake_run(tmp_path, "a", "epalm", 83.8, 1839744)
    (tmp_path / "unfinished").mkdir()  # no metrics.json: ignored
    table = markdown_table(collect_runs(tmp_path)).splitlines()
    assert table[0].startswith("| task | method |") and "yes/no" in table[0]
    assert len(table) == 4
    blind, epalm = table[2], table[3]
    assert "| blind |" in blind and "| 55.50 | 54.50 |" in blind and "670,464" in blind
    assert "| epalm |" in epalm and "| 83.80 | 82.80 |" in epalm and "| 1.25 | 43.4 |" in epalm


def test_table_errors(tmp_path):
    with pytest.raises(DataError, match="no finished runs"):
        collect_runs(tmp_path)
    with pytest.raises(DataError, match="no runs folder"):
        collect_runs(tmp_path / "missing")


def test_caption_runs_show_caption_and_retrieval_metrics(tmp_path):
    run = tmp_path / "f"
    run.mkdir()
    (run / "metrics.json").write_text(
        json.dumps(
            {
                "run": "f",
                "method": "fromage",
                "task": "easy-vqa-caption",
                "lm": "smollm2-135m",
                "encoder": "efficientnet-lite0",
                "seed": 0,
                "data_fraction": 0.1,
                "metric": "CIDEr",
                "n_eval": 100,
                "metrics": {
                    "CIDEr": 4.1989,
                    "Bleu_4": 0.0221,
                    "METEOR": 0.4055,
                    "ROUGE_L": 0.8433,
                    "SPICE": None,
                    "notes": "SPICE unavailable: ...",
                    "t2i_recall_at_1": 12.5,
                },
                "parameters": {"trainable": 10, "lm": 1},
                "prefix_tokens": 1,
                "timings": {},
            }
        )
    )
    header, _, row = markdown_table(collect_runs(tmp_path)).splitlines()
    assert "| score | Bleu_4 | METEOR | ROUGE_L | SPICE | t2i_recall_at_1 | n eval |" in header
    assert "| 4.20 | 0.02 | 0.41 | 0.84 | n/a | 12.50 | 100 |" in row
