"""MiniGPT-4 as a connector-transfer protocol: a tiny ``qformer`` run trained with ``bench run`` on a
tiny Llama, then a ``minigpt4`` run from it with a tiny Gemma-3 (another LM family): only the new
projection trains and is saved, and the frozen Q-Former equals the run's; one-line errors for a missing
run, a run of another method, another encoder and tensors that do not fit; the random-Q-Former control
(seeded, frozen, eval mode) the shared contract tests build; counts as ``bench params`` gives them."""

from __future__ import annotations

import json
import shutil

import pytest
import torch
from method_checks import names_with_gradient, random_features, tiny_run_args
from safetensors import safe_open
from tiny_models import tiny_lm, tiny_run_setup

import methods.minigpt4  # noqa: F401  (registers "minigpt4")
from benchmark.backbones.factory import build_encoder_on_meta
from benchmark.backbones.lm import lm_spec
from benchmark.backbones.specs import EncoderSpec, LMSpec
from benchmark.cli import main
from benchmark.engine.checkpoint import load_trainable
from benchmark.engine.model import MultimodalLM
from benchmark.engine.recipe import recipe_for
from benchmark.errors import ConfigError, DataError
from benchmark.experiments.params import count_on_meta
from methods.minigpt4 import MiniGPT4, MiniGPT4Config

ENC = EncoderSpec(layer_widths=(8, 12, 16), grid_width=12, grid_tokens=5, pooled_width=16, grid_prefix_tokens=1)
LM = LMSpec(hidden_size=32, embed_dim=24, num_layers=4, vocab_size=320)
RANDOM = dict(random_qformer=True, hidden=16, layers=2, heads=2, ffn=24, num_queries=3)
QFORMER = {"hidden": 16, "layers": 2, "heads": 2, "ffn": 24, "num_queries": 3}


def sets(options: dict) -> list[str]:
    return [arg for key, value in options.items() for arg in ("--set", f"method_options.{key}={value}")]


def build(seed: int = 0, lm: LMSpec = LM, enc: EncoderSpec = ENC, **options) -> MiniGPT4:
    torch.manual_seed(seed)
    return MiniGPT4(MiniGPT4Config(**options), lm, enc)


# -- without a run: errors and the random control ---------------------------------------------------
def test_a_run_or_the_random_control_must_be_chosen():
    with pytest.raises(ConfigError, match="needs method_options.qformer_run=RUN"):
        build()
    with pytest.raises(ConfigError, match="not both"):
        build(qformer_run="somewhere", random_qformer=True)
    with pytest.raises(ConfigError, match="init_from does not apply"):
        build(**RANDOM, init_from="bert")
    with pytest.raises(ConfigError, match="is not a folder"):
        build(qformer_run="/no/such/run")


def test_random_control_is_frozen_seeded_and_only_the_projection_trains():
    a, b, c = build(seed=0, **RANDOM), build(seed=1, **RANDOM), build(seed=0, **RANDOM, random_seed=1)
    frozen_a, frozen_b, frozen_c = (dict(m.qformer.named_buffers()) for m in (a, b, c))
    assert all(torch.equal(frozen_a[k], frozen_b[k]) for k in frozen_a)  # whatever the run's seed
    assert any(not torch.equal(frozen_a[k], frozen_c[k]) for k in frozen_a)  # another random_seed
    assert not torch.equal(a.proj.weight, b.proj.weight)  # the projection is the run's own draw
    assert {n for n, _ in a.named_parameters()} == set(a.state_dict()) == {"proj.weight", "proj.bias"}
    assert "query_tokens" in frozen_a and "ln_vision.weight" in frozen_a
    a.train()
    assert a.training and not a.qformer.training and not a.qformer.bert.training  # no dropout when frozen
    grid = random_features(ENC, 2)["grid"]
    assert torch.equal(a({"grid": grid}, 2).prefix, a({"grid": grid}, 2).prefix)


@pytest.mark.parametrize("family", ["opt", "llama", "gemma3"])
def test_random_control_trains_the_projection_only(family):
    lm, tok = tiny_lm(family)
    method = build(lm=lm_spec(lm), **RANDOM)
    frozen = {k: v.clone() for k, v in method.qformer.named_buffers()}
    model = MultimodalLM(lm, tok, method)
    trained = names_with_gradient(model, random_features(ENC, 3), tok)
    assert trained == {"method.proj.weight", "method.proj.bias"}
    assert sum(p.numel() for p in model.trainable_parameters()) == 16 * lm_spec(lm).embed_dim + lm_spec(lm).embed_dim
    assert all(torch.equal(v, frozen[k]) for k, v in method.qformer.named_buffers())


def test_counts_as_bench_params_builds_them():
    count = count_on_meta("minigpt4", "smollm2-135m", "efficientnet-lite0", ["method_options.random_qformer=true"])
    count = count["trainable"]
    assert count == 256 * 576 + 576 == 148_032  # on the default tiny Q-Former
    base = ["method_options.random_qformer=true", "method_options.preset=base"]
    assert count_on_meta("minigpt4", "smollm2-135m", "efficientnet-lite0", base)["trainable"] == 442_944
    # MiniGPT-4's llama_proj from a BERT-base Q-Former into a 4096-wide LM (Vicuna-7B there, OPT-6.7B here)
    big = count_on_meta("minigpt4", "opt-6.7b", "clip-vit-l14", base)["trainable"]
    assert big == 768 * 4096 + 4096 == 3_149_824


def test_paper_recipe_is_minigpt4_stage_1():
    recipe = recipe_for("minigpt4", "paper")
    assert recipe.published and recipe.lr == 1e-4 and recipe.min_lr == 8e-5 and recipe.warmup_steps == 5000
    assert recipe.weight_decay == 0.05 and recipe.batch_size == 64 and recipe.grad_clip == 0.0
    assert "minigpt4_stage1_pretrain.yaml" in recipe.source("lr")


# -- the protocol: a qformer run, then minigpt4 with another LM ---------------------------------------
@pytest.fixture(scope="module")
def transfer(tmp_path_factory):
    """A finished tiny ``qformer`` run (tiny Llama + tiny ViT) and a ``minigpt4`` run from it with a
    tiny Gemma-3 saved as a folder."""
    setup = tiny_run_setup(tmp_path_factory.mktemp("minigpt4"))
    root = setup["root"]
    gemma, tok = tiny_lm("gemma3")
    gemma_dir = root / "tiny-gemma3"
    gemma.save_pretrained(gemma_dir)
    tok.save_pretrained(gemma_dir)
    out = root / "out"
    common = ["--set", "train.eval_every=0", "--set", "eval.max_examples=4", "--set", "eval.max_new_tokens=3"]
    args = tiny_run_args("qformer", setup["lm"], setup["encoder"], setup["data"], setup["cache"], out, "qformer")
    assert main([*args, *common, *sets(QFORMER)]) == 0
    qformer_run = out / "qformer"
    options = {"qformer_run": str(qformer_run)}
    args = tiny_run_args("minigpt4", str(gemma_dir), setup["encoder"], setup["data"], setup["cache"], out, "minigpt4")
    assert main([*args, *common, *sets(options)]) == 0
    return {**setup, "qformer_run": qformer_run, "minigpt4_run": out / "minigpt4", "gemma": str(gemma_dir)}


def test_only_the_new_projection_trains_and_is_saved(transfer):
    m = json.loads((transfer["minigpt4_run"] / "metrics.json").read_text())
    assert m["method"] == "minigpt4" and m["prefix_tokens"] == 3
    d = 32  # the tiny Gemma-3's input width
    assert m["parameters"]["trainable"] == 16 * d + d
    with safe_open(str(transfer["minigpt4_run"] / "trainable.safetensors"), "pt") as f:
        names = f.keys()  # (a safe_open file is not iterable)
        shapes = {k: tuple(f.get_slice(k).get_shape()) for k in names}
    assert shapes == {"proj.weight": (d, 16), "proj.bias": (d,)}
    options = ["method_options.qformer_run=" + str(transfer["qformer_run"])]
    assert count_on_meta("minigpt4", transfer["gemma"], transfer["encoder"], options)["trainable"] == 16 * d + d


def test_the_frozen_q_former_is_the_runs(transfer):
    qformer, _ = load_trainable(transfer["qformer_run"] / "trainable.safetensors")
    assert {k for k in qformer if not k.startswith("qformer.")} == {"proj.weight", "proj.bias"}
    encoder = build_encoder_on_meta(transfer["encoder"]).spec
    gemma, _ = tiny_lm("gemma3")
    # the minigpt4 run as it rebuilds itself from its record (bench eval does the same)
    recorded = json.loads((transfer["minigpt4_run"] / "metrics.json").read_text())["config"]["method_options"]
    method = build(seed=5, lm=lm_spec(gemma), enc=encoder, **recorded)
    frozen = dict(method.qformer.named_buffers())
    assert set(frozen) == {k.removeprefix("qformer.") for k in qformer if k.startswith("qformer.")}
    for key, value in frozen.items():
        assert torch.equal(value, qformer[f"qformer.{key}"]), key
    trained_proj = qformer["proj.weight"]  # the qformer run's own projection, to the tiny Llama
    assert trained_proj.shape == (32, 16) and not torch.equal(method.proj.weight, trained_proj)


def test_bench_eval_rebuilds_the_transferred_run(transfer, capsys, monkeypatch):
    """``bench eval`` rebuilds the run from its record (the Q-Former read from the qformer run again,
    the projection from its checkpoint) and predicts exactly what the run predicted."""
    monkeypatch.setenv("BENCH_CACHE", str(transfer["root"] / "bench-cache"))
    run = transfer["minigpt4_run"]
    own = json.loads((run / "metrics.json").read_text())
    capsys.readouterr()
    assert main(["eval", "--run", str(run), "--json"]) == 0
    [record] = json.loads(capsys.readouterr().out)
    assert record["method"] == "minigpt4" and record["value"] == own["metrics"][own["metric"]]
    [evaluated] = (run / "eval").glob("*.jsonl")

    def predictions(path):
        return {r["uid"]: r["prediction"] for r in map(json.loads, path.read_text().splitlines())}

    assert predictions(evaluated) == predictions(run / "predictions.jsonl") and len(predictions(evaluated)) == 4


def test_a_run_of_another_method_or_encoder_is_refused(transfer, tmp_path, capsys):
    encoder = build_encoder_on_meta(transfer["encoder"]).spec
    gemma = lm_spec(tiny_lm("gemma3")[0])
    other = tmp_path / "limber-run"
    shutil.copytree(transfer["qformer_run"], other)
    record = json.loads((other / "metrics.json").read_text())
    record["config"]["method"] = "limber"
    (other / "metrics.json").write_text(json.dumps(record))
    with pytest.raises(ConfigError, match="is a 'limber' run, not a 'qformer' run"):
        build(lm=gemma, enc=encoder, qformer_run=str(other))
    with pytest.raises(ConfigError, match="was trained on encoder .* this run's encoder differs"):
        build(lm=gemma, enc=ENC, qformer_run=str(transfer["qformer_run"]))
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(DataError, match="not a finished run folder"):
        build(lm=gemma, enc=encoder, qformer_run=str(empty))
    with pytest.raises(ConfigError, match="hidden come.* from the qformer run"):
        build(lm=gemma, enc=encoder, qformer_run=str(transfer["qformer_run"]), hidden=16)
    # a record whose options do not describe its tensors
    wrong = tmp_path / "wrong-options"
    shutil.copytree(transfer["qformer_run"], wrong)
    record = json.loads((wrong / "metrics.json").read_text())
    record["config"]["method_options"]["ffn"] = 20
    (wrong / "metrics.json").write_text(json.dumps(record))
    with torch.device("meta"), pytest.raises(DataError, match="do not fit the run's recorded options"):
        MiniGPT4(MiniGPT4Config(qformer_run=str(wrong)), gemma, encoder)  # found before any weight loads
    # through the command line: one line, exit status 2, nothing trained
    out = tmp_path / "out"
    args = tiny_run_args(
        "minigpt4", transfer["gemma"], transfer["encoder"], transfer["data"], transfer["cache"], out, "refused"
    )
    capsys.readouterr()
    assert main([*args, *sets({"qformer_run": str(other)})]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "not a 'qformer' run" in err[0]
    assert not (out / "refused" / "metrics.json").exists()
