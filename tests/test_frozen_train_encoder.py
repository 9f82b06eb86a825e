"""Frozen's trained-encoder regime (``method_options.train_encoder=true``): the encoder trains through the
frozen LM (the LM does not), BatchNorm statistics stay frozen, the unused classifier head is neither
trained nor saved, no feature is cached, the live features equal the cached ones at initialisation,
resume is exact, ``bench eval`` rebuilds the very trained model, the run is marked ``trained`` and
reports never group it with frozen-encoder runs, and what it cannot do is refused in one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
from PIL import Image
from safetensors.torch import load_file
from tiny_models import tiny_cnn_encoder, tiny_images, tiny_lm, tiny_run_setup

import benchmark.engine.context as context
import benchmark.engine.runner as runner
import methods.frozen  # noqa: F401  (registers "frozen")
from benchmark.backbones.lm import lm_spec
from benchmark.cli import main
from benchmark.engine.config import RunConfig
from benchmark.engine.context import describe_method, trainable_encoder
from benchmark.engine.feature_cache import PIXELS, LiveMedia, extract_features, live_features
from benchmark.engine.model import MultimodalLM
from benchmark.errors import ConfigError
from methods.frozen import Frozen, FrozenConfig
from reports.comparison import comparison_rows, config_key
from reports.rows import RunRow


def trained_frozen(lm, tok, seed: int = 0):
    """A Frozen method that trains the tiny CNN (classifier head of 10 classes), in its wrapper."""
    encoder = trainable_encoder(tiny_cnn_encoder(seed))
    torch.manual_seed(seed)
    method = Frozen(FrozenConfig(train_encoder=True), lm_spec(lm), encoder.spec)
    method.attach_encoder(encoder)
    return MultimodalLM(lm, tok, method, feature_norm=["pooled"]), encoder


def text(batch: int = 2):
    g = torch.Generator().manual_seed(0)
    ids = torch.randint(5, 60, (batch, 6), generator=g)
    labels = ids.clone()
    labels[:, :3] = -100
    return ids, torch.ones_like(ids), labels


def bn_state(encoder) -> dict[str, torch.Tensor]:
    return {k: v.clone() for k, v in encoder.model.state_dict().items() if "running" in k or "num_batches" in k}


def test_a_step_trains_the_encoder_not_the_lm_and_keeps_batchnorm_statistics():
    lm, tok = tiny_lm("opt")
    model, encoder = trained_frozen(lm, tok)
    lm_before = {k: v.clone() for k, v in lm.state_dict().items()}
    enc_before = {k: p.detach().clone() for k, p in encoder.named_parameters()}
    stats_before = bn_state(encoder)
    assert stats_before and any("running_mean" in k for k in stats_before)
    # the unused classifier head is not a parameter (not trained, counted or saved); everything else is
    head = encoder.model.get_classifier()
    assert not list(head.parameters()) and not any("classifier" in k for k in model.method.state_dict())
    own = {n for n, _ in model.method.named_parameters()}
    assert own == {"proj.weight", "proj.bias"} | {f"encoder.{n}" for n in enc_before}
    assert all(p.requires_grad for p in model.trainable_parameters())
    assert not any(p.requires_grad for p in lm.parameters())

    model.train()
    assert not encoder.training and not any(m.training for m in encoder.modules())  # BatchNorm in eval mode
    optimizer = torch.optim.AdamW(model.trainable_parameters(), lr=1e-2)
    pixels = encoder.preprocess(tiny_images(2))
    for _ in range(2):
        loss = model({PIXELS: pixels}, *text())
        loss.backward()
        assert all(p.grad is not None and p.grad.abs().sum() > 0 for p in encoder.parameters())
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
    assert all(not torch.equal(p.detach(), enc_before[n]) for n, p in encoder.named_parameters())
    assert all(torch.equal(v, lm_before[k]) for k, v in lm.state_dict().items())
    stats_after = bn_state(encoder)
    assert stats_after.keys() == stats_before.keys()
    assert all(torch.equal(stats_after[k], stats_before[k]) for k in stats_before)


def test_live_features_equal_the_cached_ones_and_generation_needs_no_gradient(tmp_path):
    lm, tok = tiny_lm("opt")
    model, encoder = trained_frozen(lm, tok)
    paths = []
    for i, image in enumerate(tiny_images(3)):
        paths.append(tmp_path / f"{i}.png")
        image.save(paths[-1])
    media = [(f"m{i}", p) for i, p in enumerate(paths)]
    request = Frozen.feature_request(FrozenConfig())
    table = extract_features(encoder, request, media, cache=None, progress=False).normalised(["pooled"])
    live = LiveMedia(encoder, media)
    batch = live.gather(["m2", "m0"])
    assert set(batch) == {PIXELS} and len(live) == 3 and (live.computed, live.from_cache) == (0, 0)
    torch.testing.assert_close(batch[PIXELS], encoder.preprocess([Image.open(paths[i]) for i in (2, 0)]))
    features = live_features(encoder, batch[PIXELS], request, ["pooled"])
    assert set(features) == {"pooled"} and features["pooled"].requires_grad  # grad mode on: it trains
    torch.testing.assert_close(features["pooled"].detach(), table.gather(["m2", "m0"])["pooled"])
    with torch.no_grad():
        assert not live_features(encoder, batch[PIXELS], request, ["pooled"])["pooled"].requires_grad

    model.eval()
    ids = torch.randint(5, 60, (2, 5), generator=torch.Generator().manual_seed(1))
    mask = torch.ones_like(ids)
    from_pixels = model.generate(batch, ids, mask, max_new_tokens=3)
    assert from_pixels == model.generate(table.gather(["m2", "m0"]), ids, mask, max_new_tokens=3)
    with pytest.raises(KeyError, match="not among the 3 media"):
        live.gather(["elsewhere"])


def test_what_the_regime_cannot_do_is_one_line_before_any_weight():
    def config(**changes) -> RunConfig:
        cfg = RunConfig(method="frozen", method_options={"train_encoder": True})
        for key, value in changes.items():
            setattr(cfg, key, value)
        return cfg

    assert describe_method(config()).encoder_regime == "trained"
    assert describe_method(config(method_options={})).encoder_regime == "frozen"
    assert describe_method(config(method="blind", method_options={})).encoder_regime is None
    for encoder, modality in (("frames2:efficientnet-lite0", "video"), ("spectrogram:efficientnet-lite0", "audio")):
        with pytest.raises(ConfigError, match=f"trains an image encoder; encoder '{encoder}' reads {modality}"):
            describe_method(config(encoder=encoder))
    views = config()
    views.data.augment_views, views.data.augmentations = 2, ["hflip"]
    with pytest.raises(ConfigError, match="takes no augmented views"):
        describe_method(views)
    # the option is Frozen's: another method refuses it by name; a method that reads frozen features takes no encoder
    with pytest.raises(ConfigError, match="train_encoder"):
        describe_method(config(method="limber"))
    with pytest.raises(ConfigError, match="train_encoder must be true or false"):
        Frozen(FrozenConfig(train_encoder="yes"), lm_spec(tiny_lm("opt")[0]), tiny_cnn_encoder().spec)
    lm, _ = tiny_lm("opt")
    encoder = tiny_cnn_encoder()
    with pytest.raises(ConfigError, match="does not train its encoder"):
        Frozen(FrozenConfig(), lm_spec(lm), encoder.spec).attach_encoder(encoder)


def test_reports_label_the_trained_encoder_and_never_group_it_with_frozen_runs(tmp_path):
    def row(name: str, regime: str | None) -> RunRow:
        record = {
            "method": "frozen",
            "task": "easy-vqa",
            "lm": "smollm2-135m",
            "encoder": "efficientnet-lite0",
            "data_fraction": 1.0,
            "seed": 0,
            "metric": "vqa_accuracy",
            "metrics": {"vqa_accuracy": 50.0},
            "parameters": {"trainable": 1, "lm": 2},
        }
        if regime is not None:
            record["encoder_regime"] = regime
        (tmp_path / name).mkdir()
        (tmp_path / name / "metrics.json").write_text(json.dumps(record))
        return RunRow.from_metrics_json(tmp_path / name / "metrics.json")

    trained, frozen, old = row("t", "trained"), row("f", "frozen"), row("o", None)
    assert trained.encoder == "efficientnet-lite0 (trained)" and frozen.encoder == old.encoder == "efficientnet-lite0"
    assert config_key(trained) != config_key(frozen) == config_key(old)
    rows = comparison_rows([trained, frozen])
    assert sorted((r["encoder"], r["n"]) for r in rows) == [
        ("efficientnet-lite0", 1),
        ("efficientnet-lite0 (trained)", 1),
    ]


# -- end to end: bench run, --resume and bench eval on tiny backbones ----------------------------------
@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    import timm

    root = tmp_path_factory.mktemp("frozen-te")
    found = tiny_run_setup(root)
    folders = {}
    for seed in (0, 1):  # two encoders of one architecture (a classifier head that no feature uses)
        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(seed)
            cnn = timm.create_model("test_efficientnet", pretrained=False, num_classes=10)
        folders[seed] = root / f"tiny-cnn-{seed}"
        timm.models.save_for_hf(cnn, folders[seed], model_args={"num_classes": 10}, safe_serialization=True)
    return {**found, "encoder": str(folders[0]), "other_encoder": str(folders[1])}


def run_args(setup, out: Path, name: str, *extra: str) -> list[str]:
    return [
        "run",
        *("--method", "frozen", "--lm", setup["lm"], "--encoder", setup["encoder"], "--data-dir", setup["data"]),
        *("--data-fraction", "1", "--steps", "4", "--batch-size", "4", "--cache-dir", setup["cache"]),
        *("--output-dir", str(out), "--run-name", name, "--eval-examples", "4"),
        *("--set", "train.eval_every=2", "--set", "train.checkpoint_every=2", "--set", "eval.val_max_examples=3"),
        *("--set", "eval.batch_size=4", "--set", "train.lr=0.01", "--set", "train.warmup_steps=1"),
        *extra,
    ]


TRAIN = ("--set", "method_options.train_encoder=true")


class Killed(BaseException):
    """Stands in for ``kill -9`` (the trainer's test hook calls ``os._exit``)."""


@pytest.fixture
def spied(monkeypatch):
    """Every context ``build_context`` builds (bench run and bench eval)."""
    built = []
    real = context.build_context

    def build(*args, **kwargs):
        built.append(real(*args, **kwargs))
        return built[-1]

    monkeypatch.setattr(context, "build_context", build)
    monkeypatch.setattr(runner, "build_context", build)
    return built


def test_bench_run_resume_and_eval_of_a_trained_encoder(setup, tmp_path, monkeypatch, spied, capsys):
    import timm

    out = tmp_path / "out"
    assert main(run_args(setup, out, "straight", *TRAIN)) == 0
    m = json.loads((out / "straight" / "metrics.json").read_text())
    run_ctx = spied[-1]
    assert m["encoder_regime"] == "trained" and m["config"]["method_options"] == {"train_encoder": True}
    # nothing cached, nothing computed ahead: the encoder ran on every batch
    assert set(m["features"]) == {"live_media"} and m["features"]["live_media"] > 0  # nothing cached
    assert not (Path(setup["cache"]) / "features").exists()
    head_free = timm.create_model("test_efficientnet", pretrained=False, num_classes=0)
    encoder_params = sum(p.numel() for p in head_free.parameters())
    pooled = run_ctx.description.encoder_spec.pooled_width
    width = run_ctx.lm.get_input_embeddings().embedding_dim
    linear = pooled * 2 * width + 2 * width  # Linear(Dv, n*d), n = 2
    assert m["parameters"]["trainable"] == linear + encoder_params
    assert len(m["val_history"]) == 1 and len(m["train_losses"]) == 4

    # trainable.safetensors holds the trained encoder (not the folder's weights) with unchanged BatchNorm statistics
    saved = load_file(str(out / "straight" / "trainable.safetensors"))
    pretrained = load_file(str(Path(setup["encoder"]) / "model.safetensors"))
    encoder_keys = {k.removeprefix("encoder.model.") for k in saved if k.startswith("encoder.model.")}
    assert encoder_keys == {k for k in pretrained if not k.startswith("classifier.")}
    assert not torch.equal(saved["encoder.model.conv_stem.weight"], pretrained["conv_stem.weight"])
    stats = [k for k in encoder_keys if "running_" in k]
    assert stats and all(torch.equal(saved[f"encoder.model.{k}"], pretrained[k]) for k in stats)

    from benchmark.engine.tracking import mlflow_client

    client = mlflow_client(f"sqlite:///{out / 'mlflow.db'}")
    (record,) = client.search_runs([client.get_experiment_by_name("bench").experiment_id])
    assert record.data.tags["encoder_regime"] == "trained"
    assert record.data.params["method_config.train_encoder"] == "True"
    assert RunRow.from_mlflow(record).encoder.endswith(" (trained)")

    # killed right after step 3 (checkpoint at 2), then resumed: the same training and the same tensors
    monkeypatch.setenv("BENCH_FAULT_AT_STEP", "3")

    def die(code):
        raise Killed(code)

    monkeypatch.setattr(runner.os, "_exit", die)  # the trainer's os is the same module
    with pytest.raises(Killed):
        main(run_args(setup, out, "killed", *TRAIN))
    monkeypatch.delenv("BENCH_FAULT_AT_STEP")
    assert main(run_args(setup, out, "killed", *TRAIN, "--resume")) == 0
    resumed = json.loads((out / "killed" / "metrics.json").read_text())
    assert resumed["resumed_from"] == 2
    for key in ("train_losses", "val_history", "metrics", "parameters"):
        assert resumed[key] == m[key], key
    again = load_file(str(out / "killed" / "trainable.safetensors"))
    assert again.keys() == saved.keys() and all(torch.equal(again[k], saved[k]) for k in saved)

    # bench eval rebuilds the very model: the trained encoder's tensors, the same loss, the same predictions
    capsys.readouterr()
    assert main(["eval", "--run", str(out / "straight"), "--json"]) == 0
    (evaluated,) = json.loads(capsys.readouterr().out)
    eval_ctx = spied[-1]
    loaded = eval_ctx.method.state_dict()
    assert loaded.keys() == saved.keys() and all(torch.equal(loaded[k].cpu(), saved[k]) for k in saved)
    assert evaluated["value"] == m["metrics"][m["metric"]] and evaluated["metrics"] == m["metrics"]
    lines = (out / "straight" / "eval" / "easy-vqa-test.jsonl").read_text().splitlines()
    run_lines = (out / "straight" / "predictions.jsonl").read_text().splitlines()
    assert [json.loads(x)["prediction"] for x in lines] == [json.loads(x)["prediction"] for x in run_lines]
    image = Path(setup["data"]) / "test" / "images" / "0.png"
    batch = LiveMedia(eval_ctx.method.encoder, [("a", image)]).gather(["a", "a"])
    losses = []
    for ctx in (run_ctx, eval_ctx):  # the class's forward: accelerate wrapped the trained one in its autocast
        ctx.model.eval()
        with torch.no_grad():
            losses.append(MultimodalLM.forward(ctx.model, batch, *text()))
    assert torch.equal(losses[0], losses[1])

    # another encoder (same widths) is refused for this run, in one line, before the LM loads
    assert main(["eval", "--run", str(out / "straight"), "--encoder", setup["other_encoder"]]) != 0
    assert "evaluated with that encoder only" in capsys.readouterr().err


def test_the_default_regime_still_caches_and_reports_apart(setup, tmp_path):
    out = tmp_path / "out"
    assert main(run_args(setup, out, "frozen", "--set", "train.eval_every=0")) == 0
    m = json.loads((out / "frozen" / "metrics.json").read_text())
    assert m["encoder_regime"] == "frozen" and m["features"]["computed"] + m["features"]["from_cache"] > 0
    saved = load_file(str(out / "frozen" / "trainable.safetensors"))
    assert set(saved) == {"proj.weight", "proj.bias"}
    assert RunRow.from_metrics_json(out / "frozen" / "metrics.json").encoder == m["encoder"] == setup["encoder"]


def test_a_trained_encoder_run_never_shares_its_default_folder_with_the_frozen_one():
    frozen = RunConfig(method="frozen")
    trained = RunConfig(method="frozen", method_options={"train_encoder": True})
    assert frozen.default_run_name() != trained.default_run_name()
    assert "_trained-encoder_" in trained.default_run_name()
    assert RunConfig(method="frozen", method_options={"train_encoder": False}).default_run_name() == (
        frozen.default_run_name()
    )
