"""The headline table of ``bench report`` (one row per method, one column per task, LM and data
fraction; each cell the comparison table's mean and interval with a mark of the controls table's
verdict against the blind control), checked by hand on the run folders of
:mod:`test_report_controls` (known right/wrong patterns per method) plus runs at a second LM with its
own controls, a second encoder and a trained encoder."""

from __future__ import annotations

import csv
import json

import pytest
from markdown_tables import cells, records
from test_report_controls import FAST, RIGHT, RIGHT_BY_METHOD, score, write_run

from benchmark.cli import main
from reports.comparison import (
    HEADLINE_FIELDS,
    comparison_rows,
    control_rows,
    headline_rows,
    headline_table,
    system_encoder,
)
from reports.rows import read_run_folders
from reports.stats import Bootstrap, IntervalConfig

S10 = "easy-vqa · smollm2-135m · 10%"
S50 = "easy-vqa · smollm2-135m · 50%"  # only epalm, no control: no mark
BIG = "easy-vqa · a-big-lm · 10%"  # named to sort before smollm2 by name, after it by size
BIG_PARAMS = 1_000_000_000


def mean(method: str) -> float:
    seeds = RIGHT_BY_METHOD[method]
    return sum(score(method, s) for s in seeds) / len(seeds)


def position(method: str) -> float:
    """(mean - blind) / (oracle - blind) in a setting whose runs follow the patterns."""
    return (mean(method) - mean("blind")) / (mean("text-oracle") - mean("blind"))


def patch(run, **changes) -> None:
    """Change fields of a run folder's metrics.json (``trainable``: its parameters' trainable count)."""
    path = run / "metrics.json"
    data = json.loads(path.read_text())
    if "trainable" in changes:
        data["parameters"]["trainable"] = changes.pop("trainable")
    if "lm_params" in changes:
        data["parameters"]["lm"] = changes.pop("lm_params")
    data.update(changes)
    path.write_text(json.dumps(data))


@pytest.fixture
def folders(tmp_path):
    """As test_report_controls: the controls and the methods at fraction 0.1, and an epalm run at 0.5
    without controls."""
    for (method, encoder, folder), seeds in RIGHT.items():
        for seed in seeds:
            write_run(tmp_path / folder, method, encoder, seed)
    write_run(tmp_path / "methods", "epalm", "enc", 0, fraction=0.5)
    return tmp_path / "controls", tmp_path / "methods"


@pytest.fixture
def big_lm(tmp_path):
    """A second LM with its own controls, where epalm (limber's patterns) is below blind and has
    another trainable count."""
    root = tmp_path / "big"
    for method in ("blind", "text-oracle", "limber"):
        for seed in (0, 1):
            write_run(root, method, "-" if method in ("blind", "text-oracle") else "enc", seed)
            changes = {"lm": "a-big-lm", "lm_params": BIG_PARAMS}
            if method == "limber":
                changes.update(method="epalm", trainable=3000)
            patch(root / f"{method}-f0.1-s{seed}", **changes)
    return root


def headline(rows, intervals=FAST):
    boot = Bootstrap(intervals)  # one set of draws for both tables, as bench report
    comparison, controls = comparison_rows(rows, boot), control_rows(rows, boot)
    return comparison, controls, headline_rows(comparison, controls)


def shown(table) -> dict[str, dict]:
    frame, columns = headline_table(table)
    out = {}
    for _, row in frame.iterrows():
        out[row["label"]] = {c.header: c.fmt(row[c.key]) for c in columns}
    return out


def expected_cell(c: dict, mark: str) -> str:
    return f"{c['mean']:.2f} [{c['ci_low']:.2f}, {c['ci_high']:.2f}]" + (f" {mark}" if mark else "")


def test_rows_cells_and_marks_by_hand(folders):
    rows = [r for folder in folders for r in read_run_folders(folder)]
    comparison, controls, table = headline(rows)
    frame, columns = headline_table(table)
    assert [c.header for c in columns] == ["method", S10, S50, "trainable params"]
    # the oracle first, the methods by position (epalm 0.725, flamingo 0.55, mapl 0.025, limber -0.475), blind last
    assert list(frame["label"]) == ["text-oracle", "epalm", "flamingo", "mapl", "limber", "blind"]
    positions = {c["label"]: c["mean_position"] for c in table}
    for method in ("epalm", "flamingo", "mapl", "limber"):
        assert positions[method] == pytest.approx(position(method))
    assert positions["epalm"] == pytest.approx(0.725) and positions["limber"] == pytest.approx(-0.475)
    assert (positions["text-oracle"], positions["blind"]) == (1.0, 0.0)
    # each cell is the comparison row's numbers and the controls row's verdict, by hand
    config = {(c["method"], c["fraction"]): c for c in comparison}
    verdict = {c["method"]: c["lower_verdict"] for c in controls}
    assert (verdict["epalm"], verdict["limber"]) == ("above (p<0.05)", "below (p<0.05)")
    assert verdict["mapl"].startswith("not separable (p=")
    got = shown(table)
    for method, mark in [("epalm", "▲"), ("flamingo", "▲"), ("mapl", "="), ("limber", "▼")]:
        c = config[(method, 0.1)]
        assert c["mean"] == pytest.approx(mean(method))
        assert got[method][S10] == expected_cell(c, mark)
        assert got[method]["trainable params"] == "1,000"
    assert (
        got["epalm"][S10]
        == f"73.75 [{config[('epalm', 0.1)]['ci_low']:.2f}, {config[('epalm', 0.1)]['ci_high']:.2f}] ▲"
    )
    # the controls: numbers, no mark (the oracle's verdict against blind is kept in the long rows, unmarked)
    assert got["text-oracle"][S10] == expected_cell(config[("text-oracle", 0.1)], "")
    assert got["blind"][S10] == expected_cell(config[("blind", 0.1)], "")
    oracle = next(c for c in table if c["method"] == "text-oracle")
    assert (oracle["lower_verdict"], oracle["mark"], oracle["control"]) == ("above (p<0.05)", "", "upper")
    # the fraction without controls: its own column, a cell without a mark; '-' where nothing ran
    assert got["epalm"][S50] == expected_cell(config[("epalm", 0.5)], "")
    assert {got[m][S50] for m in got if m != "epalm"} == {"-"}
    # the long rows: one per cell run, the fields the CSV holds
    assert len(table) == 7 and all(tuple(c) == HEADLINE_FIELDS for c in table)


def test_several_settings_and_a_count_that_varies(folders, big_lm):
    rows = [r for folder in (*folders, big_lm) for r in read_run_folders(folder)]
    comparison, controls, table = headline(rows)
    frame, columns = headline_table(table)
    # tasks, then LMs by size (smollm2-135m's 134,515,008 before 1e9, though "a-big-lm" sorts first), then fractions
    assert [c.header for c in columns] == ["method", S10, S50, BIG, "trainable params"]
    got = shown(table)
    # epalm: above blind at the small LM, below at the big one (limber's patterns); position (0.725 - 0.475) / 2
    epalm = {c["setting"]: c for c in table if c["method"] == "epalm"}
    assert epalm[BIG]["position"] == pytest.approx(position("limber"))
    assert epalm[S10]["mean_position"] == pytest.approx((position("epalm") + position("limber")) / 2)
    assert list(frame["label"]) == ["text-oracle", "flamingo", "epalm", "mapl", "limber", "blind"]
    big = {c["method"]: c for c in comparison if c["lm"] == "a-big-lm"}
    assert got["epalm"][BIG] == expected_cell(big["epalm"], "▼") and got["epalm"][S10].endswith(" ▲")
    assert got["text-oracle"][BIG] == expected_cell(big["text-oracle"], "")
    assert got["blind"][BIG] == expected_cell(big["blind"], "") and got["mapl"][BIG] == "-"
    # the big LM's controls are its own: its bounds, not the small LM's
    assert (big["epalm"]["lower"], big["epalm"]["upper"]) == (mean("blind"), mean("text-oracle"))
    verdict = next(c for c in controls if c["lm"] == "a-big-lm" and c["method"] == "epalm")
    assert epalm[BIG]["lower_verdict"] == verdict["lower_verdict"] == "below (p<0.05)"
    # 1,000 trainable at the small LM, 3,000 at the big one: varies; one count elsewhere
    assert got["epalm"]["trainable params"] == "varies"
    assert got["text-oracle"]["trainable params"] == got["flamingo"]["trainable params"] == "1,000"


def test_encoders_are_named_only_when_the_methods_use_two(folders, tmp_path):
    controls, methods = folders
    trained = tmp_path / "trained"
    for seed in (0, 1):  # epalm again, with a trained encoder: a row of its own
        write_run(trained, "epalm", "enc", seed)
        patch(trained / f"epalm-f0.1-s{seed}", encoder_regime="trained")
    rows = [r for folder in (controls, methods, trained) for r in read_run_folders(folder)]
    labels = list(headline_table(headline(rows)[2])[0]["label"])
    assert labels[0] == "text-oracle" and labels[-1] == "blind"
    assert set(labels) == {"text-oracle", "epalm", "epalm (trained encoder)", "flamingo", "mapl", "limber", "blind"}
    # a second encoder: every method names its own, the controls do not
    other = tmp_path / "other"
    for seed in (0, 1):
        write_run(other, "mapl", "enc2", seed)
    rows += read_run_folders(other)
    _, _, table = headline(rows)
    got = shown(table)
    assert set(got) == {
        "text-oracle",
        "epalm · enc",
        "epalm · enc (trained)",
        "flamingo · enc",
        "mapl · enc",
        "mapl · enc2",
        "limber · enc",
        "blind",
    }
    assert {c["encoder"] for c in table if c["label"] == "mapl · enc2"} == {"enc2"}
    assert got["mapl · enc2"][S10] == got["mapl · enc"][S10]  # the same patterns: the same numbers
    assert got["epalm · enc (trained)"][S10].endswith(" ▲")


def test_video_and_audio_wrappers_of_an_encoder_keep_its_row(folders, tmp_path):
    """frames:enc and spectrogram:enc are enc reading video and audio: the same system, so epalm keeps
    one row (named as before) with a column per task; a second image encoder is still told apart, its
    own wrapper counted with it."""
    controls, methods = folders
    wrapped = tmp_path / "wrapped"
    for method, encoder, task in [
        ("epalm", "frames:enc", "moving-shapes"),
        ("epalm", "spectrogram:enc", "tones"),
        ("mapl", "frames16:enc", "moving-shapes"),
    ]:
        for seed in (0, 1):
            write_run(wrapped / task, method, encoder, seed)
            patch(wrapped / task / f"{method}-f0.1-s{seed}", task=task)
    rows = [
        r
        for folder in (controls, methods, wrapped / "moving-shapes", wrapped / "tones")
        for r in read_run_folders(folder)
    ]
    _, _, table = headline(rows)
    frame, columns = headline_table(table)
    video, audio = "moving-shapes · smollm2-135m · 10%", "tones · smollm2-135m · 10%"
    assert [c.header for c in columns] == ["method", S10, S50, video, audio, "trainable params"]
    got = shown(table)
    assert set(got) == {"text-oracle", "epalm", "flamingo", "mapl", "limber", "blind"}
    # epalm's row: its image, video and audio cells, each keeping the encoder it ran with
    assert {c["setting"]: c["encoder"] for c in table if c["label"] == "epalm"} == {
        S10: "enc",
        S50: "enc",
        video: "frames:enc",
        audio: "spectrogram:enc",
    }
    assert got["epalm"][video].startswith("73.75 [") and not got["epalm"][video].endswith(("▲", "▼", "="))
    assert got["mapl"][video] != "-" and got["mapl"][audio] == "-" and got["limber"][video] == "-"
    # a second image encoder and its video wrapper: one row of their own, the encoders named
    other = tmp_path / "other"
    for encoder, task in [("enc2", "easy-vqa"), ("frames:enc2", "moving-shapes")]:
        for seed in (0, 1):
            write_run(other / task, "mapl", encoder, seed)
            patch(other / task / f"mapl-f0.1-s{seed}", task=task)
    rows += [r for task in ("easy-vqa", "moving-shapes") for r in read_run_folders(other / task)]
    got = shown(headline(rows)[2])
    assert {"epalm · enc", "mapl · enc", "mapl · enc2"} <= set(got) and not any(":" in label for label in got)
    assert got["mapl · enc2"][video] == got["mapl · enc"][video] != "-"


def test_the_modality_wrappers_are_the_backbones_own():
    from benchmark.backbones.audio import SPECTROGRAM_PREFIX
    from benchmark.backbones.video import FRAMES_PREFIX

    for name in ("frames:enc", "frames16:enc", f"{SPECTROGRAM_PREFIX}enc"):
        assert system_encoder(name) == "enc"
        assert FRAMES_PREFIX.match(name) or name.startswith(SPECTROGRAM_PREFIX)
    assert system_encoder("frames:enc (trained)") == "enc (trained)"
    assert system_encoder("framesx:enc") == "framesx:enc" and FRAMES_PREFIX.match("framesx:enc") is None
    assert system_encoder("enc") == "enc" and system_encoder("-") == "-"


def test_no_test_no_mark_and_no_interval_under_t(folders):
    """Intervals and verdicts by Student t: flamingo's one seed has neither an interval nor a test."""
    rows = [r for folder in folders for r in read_run_folders(folder)]
    _, controls, table = headline(rows, IntervalConfig(method="t"))
    assert next(c for c in controls if c["method"] == "flamingo")["lower_verdict"] is None
    got = shown(table)
    assert got["flamingo"][S10] == "65.00 [n/a]"
    assert got["epalm"][S10].endswith(" ▲") and got["mapl"][S10].endswith(" =")  # by-seed t-test verdicts


def test_bench_report_writes_the_headline_first(folders, big_lm, tmp_path, capsys):
    controls, methods = folders
    out = tmp_path / "report"
    args = ["report", "--runs", str(controls), "--runs", str(methods), "--runs", str(big_lm), "--out", str(out)]
    assert main([*args, "--bootstrap-resamples", "400"]) == 0
    md = (out / "headline.md").read_text()
    assert cells(md)[0] == ["method", S10, S50, BIG, "trainable params"]
    table = records(md)
    assert [r["method"] for r in table] == ["text-oracle", "flamingo", "epalm", "mapl", "limber", "blind"]
    assert "Marks against the blind control" in md and "Verdict against the blind control" in md
    assert "Intervals: hierarchical bootstrap over seeds and test examples" in md  # the comparison's note
    assert "A cell from one seed shows test-set sampling only" in md and "comparison table" in md
    # the CSV: one line per cell, the numbers of comparison.csv and the verdicts of controls.csv
    lines = list(csv.DictReader((out / "headline.csv").open()))
    assert list(lines[0]) == list(HEADLINE_FIELDS) and len(lines) == 7 + 3
    key = ("method", "encoder", "lm", "fraction")
    comparison = {tuple(r[k] for k in key): r for r in csv.DictReader((out / "comparison.csv").open())}
    verdicts = {tuple(r[k] for k in key): r for r in csv.DictReader((out / "controls.csv").open())}
    for line in lines:
        c = comparison[tuple(line[k] for k in key)]
        assert [float(line[k]) for k in ("mean", "ci_low", "ci_high")] == [
            float(c[k]) for k in ("mean", "ci_low", "ci_high")
        ]
        assert line["n"] == c["n"] and line["trainable"] == c["trainable"]
        v = verdicts.get(tuple(line[k] for k in key))
        assert line["lower_verdict"] == (v["lower_verdict"] if v else "")
    by_cell = {(r["method"], r["lm"], r["fraction"]): r for r in lines}
    epalm = by_cell[("epalm", "smollm2-135m", "0.1")]
    assert (float(epalm["mean"]), epalm["mark"], epalm["lower_verdict"]) == (73.75, "▲", "above (p<0.05)")
    assert epalm["lower_verdict_test"] == "paired bootstrap by example"
    assert float(epalm["mean_position"]) == pytest.approx((0.725 - 0.475) / 2)
    assert (by_cell[("mapl", "smollm2-135m", "0.1")]["mark"], by_cell[("epalm", "a-big-lm", "0.1")]["mark"]) == (
        "=",
        "▼",
    )
    assert (
        by_cell[("blind", "a-big-lm", "0.1")]["mark"] == "" and by_cell[("epalm", "smollm2-135m", "0.5")]["mark"] == ""
    )
    cell = table[2][S10]
    assert cell == f"73.75 [{float(epalm['ci_low']):.2f}, {float(epalm['ci_high']):.2f}] ▲"
    tex = (out / "headline.tex").read_text()
    assert r"\begin{tabular}" in tex and r"$\blacktriangle$" in tex and r"$\blacktriangledown$" in tex
    assert "▲" not in tex and "·" not in tex and r"smollm2-135m $\cdot$ 10\%" in tex
    # listed first: the first section and the first table of index.md, the first link of index.html
    index = (out / "index.md").read_text()
    assert index.split("## ")[1].startswith("Headline") and index.index("## Headline") < index.index("## Comparison")
    assert cells(index)[0] == ["method", S10, S50, BIG, "trainable params"]
    page = (out / "index.html").read_text()
    assert page.index("href='headline.md'") < page.index("href='comparison.md'") < page.index("href='controls.md'")
    assert "(4 tables x" in capsys.readouterr().out  # headline, comparison, controls, paired tests; no OOD
