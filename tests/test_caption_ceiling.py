"""scripts/caption_ceiling.py: a caption run's CIDEr against the ceiling of its test set."""

import json

import pytest
from markdown_tables import records
from script_modules import load_script

from tasks.metrics.captions import caption_metrics

REFS = {
    "a": ["two high beeps"],
    "b": ["one low beep"],
    "c": ["three bursts of noise"],
    "d": ["two low beeps"],
}


def write_run(root, name, predictions, cider=None, exact=None):
    folder = root / name
    folder.mkdir()
    rows = [{"uid": u, "prediction": predictions[u], "references": refs} for u, refs in REFS.items()]
    (folder / "predictions.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    metrics = {"CIDEr": cider, **({} if exact is None else {"exact_caption": exact})}
    (folder / "metrics.json").write_text(
        json.dumps({"task": "tones", "method": name, "seed": 0, "metric": "CIDEr", "metrics": metrics})
    )
    return folder


def test_a_perfect_run_reaches_the_ceiling_and_a_constant_one_does_not(tmp_path):
    module = load_script("caption_ceiling")
    constant = {u: "two high beeps" for u in REFS}
    cider = caption_metrics(constant, REFS)["CIDEr"]
    runs = [
        write_run(tmp_path, "oracle", {u: r[0] for u, r in REFS.items()}, exact=100.0),
        write_run(tmp_path, "blind", constant, cider=cider),
    ]
    got = {r["method"]: r for r in records(module.ceiling_table(runs))}
    assert got["oracle"]["share of ceiling"] == "1.000" and got["oracle"]["exact caption %"] == "100.0"
    assert got["oracle"]["CIDEr (recorded)"] == "n/a"  # a run without a recorded CIDEr says so
    assert got["blind"]["ceiling"] == got["oracle"]["ceiling"] == got["oracle"]["CIDEr (scored here)"]
    assert got["blind"]["CIDEr (scored here)"] == got["blind"]["CIDEr (recorded)"] == f"{cider:.3f}"
    assert float(got["blind"]["share of ceiling"]) < 0.5 and got["blind"]["exact caption %"] == "n/a"


def test_a_folder_that_is_not_a_finished_run_is_refused(tmp_path):
    from benchmark.errors import DataError

    module = load_script("caption_ceiling")
    with pytest.raises(DataError, match="expected a finished run folder with metrics.json"):
        module.ceiling_table([tmp_path])
