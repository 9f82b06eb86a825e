"""COCO Karpathy, MSR-VTT and AudioCaps captions from their official files: examples (one per
caption to train, one per item to score), short runs on image, video and audio, results in the
COCO format, `bench score`, and the missing-audio policy."""

from __future__ import annotations

import json
import shutil

import pytest
from official_fixtures import write_audiocaps, write_coco_karpathy, write_msrvtt
from task_checks import data_check, results_of, run_task, score, tiny_backbones

from benchmark.errors import DataError
from benchmark.registry import TASKS

WRITERS = {
    "coco-karpathy": (write_coco_karpathy, "image"),
    "msrvtt-caption": (write_msrvtt, "video"),
    "audiocaps": (write_audiocaps, "audio"),
}


@pytest.fixture(scope="module")
def backbones(tmp_path_factory):
    return tiny_backbones(tmp_path_factory.mktemp("bb"))


def test_karpathy_examples(tmp_path):
    root = write_coco_karpathy(tmp_path / "data")
    task = TASKS.get("coco-karpathy")(data_dir=root)
    train = task.load("train")  # train + restval, one example per caption
    assert [e.uid for e in train] == ["9-0", "9-1", "25-2", "30-3"]
    assert train[3].media_path == str(root / "val2014" / "COCO_val2014_000000000030.jpg")
    test = task.load("test")
    assert [e.uid for e in test] == ["73", "74"] and len(test[0].references) == 3
    assert test[0].meta["result_id"] == 73 and [e.uid for e in task.load("val")] == ["42"]


def test_msrvtt_and_audiocaps_examples(tmp_path):
    msrvtt = TASKS.get("msrvtt-caption")(data_dir=write_msrvtt(tmp_path / "m"))
    assert [e.media_id for e in msrvtt.load("train")] == ["msrvtt/video0", "msrvtt/video0", "msrvtt/video1"]
    assert [e.uid for e in msrvtt.load("val")] == ["video2"]
    test = msrvtt.load("test")
    assert test[0].media_path.endswith("TestVideo/video7010.mp4") and test[0].references == (
        "a dog runs in a park",
        "a dog is running",
    )
    audio = TASKS.get("audiocaps")(data_dir=write_audiocaps(tmp_path / "a"))
    assert [e.uid for e in audio.load("train")] == ["r1nicOVtvkQ-91139", "UDGBjjwyaqE-58146", "Hlq7sGqJl0k-11542"]
    test = audio.load("test")
    assert [e.uid for e in test] == ["7fmOlUlwoNg", "6BJ455B1aAs"] and len(test[1].references) == 2
    assert test[0].media_path.endswith("audio/test/7fmOlUlwoNg.wav")


def test_score_uses_every_reference(tmp_path, capsys):
    root = write_coco_karpathy(tmp_path / "data")
    # each prediction is one of its image's references, word for word
    records = [
        {"image_id": 73, "caption": "A pair of dogs on a sofa."},
        {"image_id": 74, "caption": "A cat sitting on a laptop."},
    ]
    code, result = score("coco-karpathy", root, "test", records, tmp_path, capsys)
    assert code == 0, result
    m = result["metrics"]
    assert m["ROUGE_L"] == pytest.approx(1.0) and m["Bleu_1"] == pytest.approx(1.0, abs=1e-6)
    assert m["SPICE"] is None and "SPICE unavailable" in m["notes"]
    code, err = score("coco-karpathy", root, "test", records[:1], tmp_path, capsys)
    assert code == 2 and "no prediction for 1 of 2" in err
    code, result = score("coco-karpathy", root, "test", records[:1], tmp_path, capsys, "--partial")
    assert code == 0 and result["n_scored"] == 1


def test_score_reads_only_the_ground_truth(tmp_path, capsys):
    root = write_coco_karpathy(tmp_path / "data")
    for folder in ("train2014", "val2014"):  # scoring never opens an image
        shutil.rmtree(root / folder)
    assert sorted(p.name for p in root.iterdir()) == ["dataset_coco.json"]
    records = [{"image_id": 73, "caption": "Two dogs on a couch."}, {"image_id": 74, "caption": "A cat."}]
    code, result = score("coco-karpathy", root, "test", records, tmp_path, capsys)
    assert code == 0, result
    assert result["n_scored"] == 2
    with pytest.raises(DataError, match="train2014"):  # training still needs the images
        TASKS.get("coco-karpathy")(data_dir=root).check_data("train")


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda img: img.update(filepath="../outside"), "filepath is '../outside'; expected a plain file name"),
        (lambda img: img.update(cocoid="73"), r"cocoid is a string \("),
        (lambda img: img.update(sentences=[{"sentid": 1, "raw": 5}]), r"raw is an int \(5\)"),
        (lambda img: img.update(cocoid=9), "cocoid 9 appears more than once"),
    ],
)
def test_malformed_karpathy_file_is_one_line_error(change, message, tmp_path):
    root = write_coco_karpathy(tmp_path / "data")
    path = root / "dataset_coco.json"
    data = json.loads(path.read_text())
    change(data["images"][-1])
    path.write_text(json.dumps(data))
    with pytest.raises(DataError, match=message) as info:
        TASKS.get("coco-karpathy")(data_dir=root).load("test")
    assert str(path) in str(info.value) and "\n" not in str(info.value)


def test_video_and_clip_ids_never_leave_the_data_folder(tmp_path):
    root = write_msrvtt(tmp_path / "m")
    path = root / "test_videodatainfo.json"
    data = json.loads(path.read_text())
    data["videos"][0]["video_id"] = "../../video7010"
    path.write_text(json.dumps(data))
    with pytest.raises(DataError, match="video_id is '../../video7010'; expected a plain file name"):
        TASKS.get("msrvtt-caption")(data_dir=root).load("test")
    data["videos"][0]["video_id"] = data["videos"][1]["video_id"]
    path.write_text(json.dumps(data))
    with pytest.raises(DataError, match="video_id video7011 appears more than once"):
        TASKS.get("msrvtt-caption")(data_dir=root).load("test")
    root = write_audiocaps(tmp_path / "a")
    csv_path = root / "test.csv"
    csv_path.write_text("audiocap_id,youtube_id,start_time,caption\n1,../secret,0,a dog barks\n")
    with pytest.raises(DataError, match="test.csv:2: youtube_id is '../secret'"):
        TASKS.get("audiocaps")(data_dir=root).load("test")
    csv_path.write_bytes(b"audiocap_id,youtube_id,start_time,caption\n1,x,0,\xff\n")
    with pytest.raises(DataError, match="is not a UTF-8 CSV file"):
        TASKS.get("audiocaps")(data_dir=root).load("test")


@pytest.mark.parametrize("name", list(WRITERS))
def test_short_runs_write_coco_style_results(name, backbones, tmp_path):
    writer, modality = WRITERS[name]
    root = writer(tmp_path / "data")
    code, metrics = run_task(name, root, backbones, modality, tmp_path)
    assert code == 0 and metrics["metric"] == "CIDEr" and metrics["n_eval"] == 2
    assert metrics["metrics"]["CIDEr"] >= 0.0 and metrics["config"]["eval"]["max_new_tokens"] == 30
    field = TASKS.get(name).result_id_field
    results = results_of(tmp_path)
    assert len(results) == 2 and all(set(r) == {field, "caption"} for r in results)


def test_missing_audio_fails_before_training_or_is_skipped(backbones, tmp_path):
    root = write_audiocaps(tmp_path / "data", skip_audio=("6BJ455B1aAs",))
    code, _ = run_task("audiocaps", root, backbones, "audio", tmp_path, "strict")
    assert code == 2 and not (tmp_path / "strict" / "metrics.json").exists()
    code, metrics = run_task(
        "audiocaps", root, backbones, "audio", tmp_path, "skip", "--set", "data.missing_media=skip"
    )
    assert code == 0 and metrics["n_eval"] == 1


@pytest.mark.parametrize("name", list(WRITERS))
def test_data_check_names_every_file(name, tmp_path, capsys):
    code, (report,) = data_check(name, tmp_path, capsys)
    missing = {p.removeprefix(str(tmp_path) + "/") for s in report["splits"] for p in s["missing_files"]}
    expected = {
        "coco-karpathy": {"dataset_coco.json", "train2014", "val2014"},
        "msrvtt-caption": {"train_val_videodatainfo.json", "test_videodatainfo.json", "TrainValVideo", "TestVideo"},
        "audiocaps": {"train.csv", "val.csv", "test.csv", "audio/train", "audio/val", "audio/test"},
    }[name]
    assert code == 1 and missing == expected
