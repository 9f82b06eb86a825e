"""``bench table``: a comparison table from finished runs' metrics.json files (one RunRow per run folder)."""

from __future__ import annotations

import json

import pytest
from markdown_tables import cells, records

from benchmark.cli import main
from benchmark.errors import DataError
from reports.rows import RunRow, read_run_folders, run_columns, runs_frame
from reports.tables import to_markdown


def markdown_table(rows: list[RunRow]) -> str:
    frame = runs_frame(rows)
    return to_markdown(frame, run_columns(frame))


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


def test_table_rows_and_values(tmp_path, capsys):
    fake_run(tmp_path, "b", "blind", 55.5, 670464)
    fake_run(tmp_path, "a", "epalm", 83.8, 1839744)
    (tmp_path / "unfinished").mkdir()  # no metrics.json: ignored
    table = markdown_table(read_run_folders(tmp_path))
    assert len(table.splitlines()) == 4  # header, rule, two runs
    header = cells(table)[0]
    assert header[:2] == ["task", "method"] and header[header.index("score") + 1] == "yes/no"
    blind, epalm = records(table)
    assert blind["method"] == "blind" and (blind["score"], blind["yes/no"]) == ("55.50", "54.50")
    assert blind["trainable params"] == "670,464"
    assert blind["encoder"] == "-"  # blind declares needs_encoder = False: no encoder shown
    assert epalm["method"] == "epalm" and (epalm["score"], epalm["yes/no"]) == ("83.80", "82.80")
    assert (epalm["encoder"], epalm["train step (s)"], epalm["eval (ms/example)"]) == (
        "efficientnet-lite0",
        "1.25",
        "43.4",
    )
    assert (epalm["n eval"], epalm["prefix tokens"], epalm["seed"], epalm["fraction"]) == ("500", "11", "0", "0.1")
    assert main(["table", str(tmp_path)]) == 0
    assert capsys.readouterr().out == table


def test_row_from_metrics_json(tmp_path):
    fake_run(tmp_path, "a", "epalm", 83.8, 1839744)
    (tmp_path / "a" / "eval").mkdir()
    (tmp_path / "a" / "eval" / "easy-vqa@scale-0.5-test.json").write_text(
        json.dumps({"task": "easy-vqa", "variant": "scale-0.5", "metric": "vqa_accuracy", "value": 61.0})
    )
    (tmp_path / "a" / "eval" / "easy-vqa@scale-0.5-test.results.json").write_text("[]")
    row = RunRow.from_metrics_json(tmp_path / "a" / "metrics.json")
    assert (row.method, row.task, row.lm, row.encoder, row.fraction, row.seed) == (
        "epalm",
        "easy-vqa",
        "smollm2-135m",
        "efficientnet-lite0",
        0.1,
        0,
    )
    assert (row.metric, row.value, row.trainable, row.lm_params, row.n_eval, row.prefix_tokens) == (
        "vqa_accuracy",
        83.8,
        1839744,
        134515008,
        500,
        11,
    )
    assert row.metrics["vqa_accuracy/yes/no"] == pytest.approx(82.8) and row.ood == {("easy-vqa", "scale-0.5"): 61.0}
    assert (row.train_step_s, row.eval_example_s, row.name) == (1.25, 0.0434, "a")
    frame = runs_frame([row])
    assert frame.loc[0, "test/vqa_accuracy/yes/no"] == pytest.approx(82.8)
    assert frame.loc[0, "ood/easy-vqa/scale-0.5"] == 61.0 and frame.loc[0, "trainable"] == 1839744
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "metrics.json").write_text("{}")
    with pytest.raises(DataError, match="not a finished run's metrics.json"):
        RunRow.from_metrics_json(tmp_path / "bad" / "metrics.json")


def test_table_errors(tmp_path):
    with pytest.raises(DataError, match="no finished runs"):
        read_run_folders(tmp_path)
    with pytest.raises(DataError, match="no runs folder"):
        read_run_folders(tmp_path / "missing")


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
    header, row = cells(markdown_table(read_run_folders(tmp_path)))
    at = header.index("score")
    assert header[at : at + 7] == ["score", "Bleu_4", "METEOR", "ROUGE_L", "SPICE", "t2i_recall_at_1", "n eval"]
    assert row[at : at + 7] == ["4.20", "0.02", "0.41", "0.84", "n/a", "12.50", "100"]


def test_a_metric_a_run_does_not_report_is_a_dash_not_na(tmp_path):
    fake_run(tmp_path, "vqa", "epalm", 80.0, 10)
    run = tmp_path / "cap"
    run.mkdir()
    record = json.loads((tmp_path / "vqa" / "metrics.json").read_text())
    record.update(run="cap", task="easy-vqa-caption", metric="CIDEr", metrics={"CIDEr": 4.2, "SPICE": None})
    (run / "metrics.json").write_text(json.dumps(record))
    vqa, caption = records(markdown_table(read_run_folders(tmp_path)))  # sorted by task
    assert (caption["score"], caption["SPICE"], caption["yes/no"]) == ("4.20", "n/a", "-")
    assert (vqa["score"], vqa["SPICE"], vqa["yes/no"]) == ("80.00", "-", "79.00")
