"""The ``bench`` command line: listing, parameter counts, and clear errors before heavy work."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from tiny_models import save_tiny_backbones, write_easy_vqa_layout

from benchmark.cli import main
from benchmark.registry import Registry

REPO = Path(__file__).resolve().parents[1]


def run_cli(args, capsys):
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize(
    "kind,expected",
    [
        ("methods", ["epalm", "epalm-pt-l", "blind"]),
        ("tasks", ["easy-vqa"]),
        ("lms", ["opt-2.7b", "smollm2-135m", "gemma3-270m"]),
        ("encoders", ["vit_base_patch16_224", "efficientnet-lite0"]),
    ],
)
def test_ls(kind, expected, capsys):
    code, out, _ = run_cli(["ls", kind], capsys)
    assert code == 0
    names = [line.split()[0] for line in out.splitlines()]
    assert set(expected) <= set(names)


@pytest.mark.parametrize(
    "method,lm,encoder,expected,tol",
    [
        ("epalm", "opt-2.7b", "vit_base_patch16_224", 24.95e6, 0.01),
        ("epalm-pt-l", "opt-6.7b", "vit_large_patch16_224", 4.24e6, 0.01),
    ],
)
def test_params_reproduce_the_papers_counts(method, lm, encoder, expected, tol, capsys):
    code, out, _ = run_cli(["params", "--method", method, "--lm", lm, "--encoder", encoder, "--json"], capsys)
    assert code == 0
    counts = json.loads(out)
    assert set(counts) == {"trainable", "total"}
    assert abs(counts["trainable"] - expected) / expected < tol
    # exact decomposition for eP-ALM / OPT-2.7B + ViT-B/16: 6 x Linear(768, 2560) + MLP prompt
    if method == "epalm":
        assert counts["trainable"] == 6 * (768 * 2560 + 2560) + 10 * 2560 + 2 * (2560 * 2560 + 2560)
        assert 2.6e9 < counts["total"] < 2.8e9


@pytest.mark.parametrize(
    "flag,value,needle",
    [
        ("--method", "eplam", "Did you mean: epalm"),
        ("--task", "easy-vq", "Did you mean: easy-vqa"),
        ("--lm", "smollm-135m", "Did you mean: smollm2-135m"),
        ("--encoder", "efficientnet-lite9", "efficientnet-lite0"),
    ],
)
def test_unknown_names_fail_clearly_before_any_work(flag, value, needle, tmp_path, capsys):
    code, _, err = run_cli(["run", flag, value, "--output-dir", str(tmp_path / "out")], capsys)
    assert code == 2
    assert err.startswith("error: unknown") and needle in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()


def test_unknown_name_in_a_subprocess_has_no_traceback(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "benchmark.cli", "run", "--method", "epalmm", "--output-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert proc.returncode == 2
    assert "Did you mean: epalm" in proc.stderr and "Traceback" not in proc.stderr


def test_bad_config_value(tmp_path, capsys):
    code, _, err = run_cli(["run", "--data-fraction", "0", "--output-dir", str(tmp_path)], capsys)
    assert code == 2 and "data.fraction must be in (0, 1]" in err
    code, _, err = run_cli(["run", "--set", "train.lrr=1", "--output-dir", str(tmp_path)], capsys)
    assert code == 2 and "Did you mean: lr" in err
    code, _, err = run_cli(["run", "--set", "method_options.prompt_lenght=3", "--output-dir", str(tmp_path)], capsys)
    assert code == 2 and "prompt_length" in err


def test_missing_dataset_names_the_files(tmp_path, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    code, _, err = run_cli(["run", "--data-dir", str(empty), "--output-dir", str(tmp_path / "out")], capsys)
    assert code == 2
    for expected in ["train/questions.json", "test/questions.json", "answers.txt", "train/images"]:
        assert str(empty / expected) in err
    assert "pip install --no-deps easy-vqa==1.0" in err
    assert not (tmp_path / "out").exists()


def test_corrupt_image_fails_clearly_and_writes_nothing(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("BENCH_CACHE", str(tmp_path / "cache"))
    data = write_easy_vqa_layout(tmp_path / "data")
    bad = data / "train" / "images" / "3.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n not really a png")
    lm, enc = save_tiny_backbones(tmp_path)
    out = tmp_path / "out"
    code, _, err = run_cli(
        [
            "run",
            "--lm",
            lm,
            "--encoder",
            enc,
            "--data-dir",
            str(data),
            "--data-fraction",
            "1",
            "--steps",
            "2",
            "--output-dir",
            str(out),
            "--run-name",
            "r",
            "--set",
            "method_options.num_layer_tokens=2",
            "--set",
            "method_options.num_injection_layers=2",
        ],
        capsys,
    )
    assert code == 2
    assert str(bad) in err and "could not decode image" in err and "Traceback" not in err
    assert not (out / "r" / "metrics.json").exists() and not (out / "r" / "checkpoints").exists()


def test_fp16_without_cuda_is_refused(tmp_path, capsys):
    import torch

    if torch.cuda.is_available():
        pytest.skip("this machine has CUDA, so fp16 is allowed (the refusal is for CPU-only machines)")
    code, _, err = run_cli(["run", "--precision", "fp16", "--output-dir", str(tmp_path)], capsys)
    assert code == 2 and "fp16 needs a CUDA device" in err


def test_entry_point_plugins_register_outside_entries(tmp_path):
    """An installed distribution declaring ``bench.methods`` entry points adds methods by name."""
    pkg = tmp_path / "site"
    (pkg / "my_plugin").mkdir(parents=True)
    (pkg / "my_plugin" / "__init__.py").write_text(
        "from methods.blind import Blind\n\nclass MyMethod(Blind):\n    '''A plugin method.'''\n    name = 'my-method'\n"
    )
    dist = pkg / "my_plugin-0.1.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: my-plugin\nVersion: 0.1\n")
    (dist / "entry_points.txt").write_text("[bench.methods]\nmy-method = my_plugin:MyMethod\n")
    env = dict(os.environ, PYTHONPATH=f"{pkg}{os.pathsep}{REPO}")
    proc = subprocess.run(
        [sys.executable, "-m", "benchmark.cli", "ls", "methods"], capture_output=True, text=True, env=env, cwd=tmp_path
    )
    assert proc.returncode == 0, proc.stderr
    assert "my-method" in proc.stdout and "A plugin method." in proc.stdout


def test_registry_unknown_message_lists_close_matches():
    reg: Registry = Registry("widgets")
    reg.register("alpha-one", 1)
    reg.register("beta", 2)
    with pytest.raises(KeyError) as info:
        reg.get("alpha-on")
    assert "Did you mean: alpha-one?" in str(info.value) and "Known widgets: alpha-one, beta." in str(info.value)
    with pytest.raises(ValueError):
        reg.register("beta", 3)
