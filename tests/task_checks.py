"""Shared steps of the task tests: tiny backbones, a short ``bench run`` on a fixture folder, and
``bench score``/``bench data check`` through the command line."""

from __future__ import annotations

import json
from pathlib import Path

from tiny_models import save_tiny_backbones

from benchmark.cli import main

TINY_EPALM = ["--set", "method_options.num_layer_tokens=2", "--set", "method_options.num_injection_layers=2"]


def tiny_backbones(root: Path) -> dict[str, str]:
    lm, vit = save_tiny_backbones(root)
    return {"lm": lm, "image": vit, "video": f"frames4:{vit}", "audio": f"spectrogram:{vit}"}


def run_task(
    task: str, data_dir: Path, backbones: dict, modality: str, out: Path, name: str = "run", *extra: str
) -> tuple[int, dict | None]:
    """``bench run`` for 2 steps at batch 2; returns (exit code, metrics.json or None)."""
    args = [
        "run",
        "--task",
        task,
        "--data-dir",
        str(data_dir),
        "--lm",
        backbones["lm"],
        "--encoder",
        backbones[modality],
        "--data-fraction",
        "1",
        "--steps",
        "2",
        "--batch-size",
        "2",
        "--cache-dir",
        str(out / "cache"),
        "--output-dir",
        str(out),
        "--run-name",
        name,
        "--set",
        "train.warmup_steps=1",
        "--set",
        "eval.batch_size=4",
        "--set",
        "eval.val_max_examples=2",
        *TINY_EPALM,
        *extra,
    ]
    code = main(args)
    path = out / name / "metrics.json"
    return code, (json.loads(path.read_text()) if path.exists() else None)


def results_of(out: Path, name: str = "run") -> list[dict]:
    return json.loads((out / name / "results.json").read_text())


def score(
    task: str, data_dir: Path, split: str, records, tmp_path: Path, capsys, *extra: str
) -> tuple[int, dict | str]:
    path = tmp_path / f"{task}-{split}-predictions.json"
    path.write_text(json.dumps(records))
    code = main(
        [
            "score",
            "--task",
            task,
            "--data-dir",
            str(data_dir),
            "--split",
            split,
            "--predictions",
            str(path),
            "--json",
            *extra,
        ]
    )
    captured = capsys.readouterr()
    return code, (json.loads(captured.out) if code == 0 else captured.err)


def data_check(task: str, data_dir: Path, capsys) -> tuple[int, list[dict]]:
    code = main(["data", "check", "--task", task, "--data-dir", str(data_dir), "--json"])
    return code, json.loads(capsys.readouterr().out)
