"""Training recipes: every method's paper and shared recipe, the precedence defaults < recipe < YAML <
--set, ``bench recipe --json``, and the trainer features the recipes use (AdamW betas/eps, named
parameter groups, schedules, loss tokens, label smoothing), checked on tiny models; the shared recipe
trains exactly as the trainer did before recipes existed; eP-ALM's official token-to-layer formula;
a tiny ``bench run --recipe paper`` records the resolved recipe in metrics.json and MLflow."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
import torch
import torch.nn.functional as F
from tiny_models import tiny_lm, tiny_run_setup

from benchmark.engine.config import EvalConfig, RunConfig, TrainConfig, load_config
from benchmark.engine.recipe import CONFIG_KEYS, SHARED, ParamGroup, Recipe, recipe_for, resolve_recipe
from benchmark.engine.text import TextCodec, loss_labels
from benchmark.engine.trainer import lr_factor
from benchmark.errors import ConfigError
from benchmark.registry import METHODS
from tasks.base import Example


def bench_json(capsys, *args: str) -> dict:
    from benchmark.cli import main

    assert main(list(args)) == 0
    return json.loads(capsys.readouterr().out)


# -- recipes -------------------------------------------------------------------------------------------
def test_shared_recipe_is_the_config_defaults():
    train, evaluation = TrainConfig(), EvalConfig()
    for name, dotted in CONFIG_KEYS.items():
        section, key = dotted.split(".")
        assert SHARED.config_value(name) == getattr(train if section == "train" else evaluation, key), name
    assert RunConfig().recipe == "shared"


@pytest.mark.parametrize("name", METHODS.names())
def test_every_method_resolves_both_recipes(name):
    for which in ("shared", "paper"):
        recipe = recipe_for(name, which)
        assert recipe.method == name and recipe.name == which
        config = load_config(None, [f"method={name}", f"recipe={which}"])
        for field, dotted in CONFIG_KEYS.items():
            section, key = dotted.split(".")
            assert getattr(getattr(config, section), key) == recipe.config_value(field), (name, field)
        data = recipe.to_json()
        assert set(data["sources"]) >= set(CONFIG_KEYS) and all(data["sources"].values())
    declared = METHODS.get(name).paper_recipe
    paper = recipe_for(name, "paper")
    assert paper.published == (declared is not None)
    if declared is None:  # no published recipe: the shared values, marked as such
        assert all("no published recipe" in paper.source(f) for f in CONFIG_KEYS)
        assert all(paper.config_value(f) == SHARED.config_value(f) for f in CONFIG_KEYS)


def test_unknown_recipe_and_bad_values_fail_in_one_line():
    with pytest.raises(ConfigError, match="recipe must be one of"):
        load_config(None, ["recipe=mine"])
    with pytest.raises(ConfigError, match="schedule must be one of"):
        load_config(None, ["train.schedule=step"])
    with pytest.raises(ConfigError, match="loss_tokens"):
        load_config(None, ["train.loss_tokens=prompt"])
    with pytest.raises(ConfigError, match="exactly name, match and lr"):
        load_config(None, ["train.param_groups=[{name: a, lr: 1e-3}]"])
    with pytest.raises(ConfigError, match="unknown fields"):
        Recipe(sources={"lrr": "typo"})


def test_cli_recipe_json(capsys):
    limber = bench_json(capsys, "recipe", "--method", "limber", "--recipe", "paper", "--json")
    assert limber["optimizer"]["betas"] == [0.9, 0.95] and limber["optimizer"]["weight_decay"] == 0.0
    assert limber["schedule"] == "linear" and limber["published"] is True
    assert "hf_main.py" in limber["sources"]["betas"]
    magma = bench_json(capsys, "recipe", "--method", "magma", "--recipe", "paper", "--json")
    assert magma["optimizer"]["betas"] == [0.9, 0.95] and magma["optimizer"]["weight_decay"] == 0.0
    epalm = bench_json(capsys, "recipe", "--method", "epalm", "--recipe", "paper", "--json")
    groups = epalm["param_groups"]
    assert len(groups) == 2 and len({g["lr"] for g in groups}) == 2
    assert epalm["num_beams"] == 3 and epalm["loss_tokens"] == "all" and epalm["label_smoothing"] == 0.0
    pt_l = bench_json(capsys, "recipe", "--method", "epalm-pt-l", "--recipe", "paper", "--json")
    assert {g["name"]: g["lr"] for g in pt_l["param_groups"]} == {"connector": 2e-4, "prompt": 1e-3}
    shared = bench_json(capsys, "recipe", "--method", "limber", "--json")
    assert shared["recipe"] == "shared" and shared["optimizer"]["betas"] == [0.9, 0.999]
    assert shared["param_groups"] == [] and shared["schedule"] == "cosine"


def test_precedence_defaults_recipe_yaml_set(tmp_path):
    paper = load_config(None, ["method=limber", "recipe=paper"])
    assert paper.train.betas == (0.9, 0.95) and paper.train.lr == 8e-4 and paper.train.weight_decay == 0.0
    # --set beats the recipe, even with the default's own value
    chosen = load_config(None, ["method=limber", "recipe=paper", "train.lr=1e-3", "train.weight_decay=0.02"])
    assert chosen.train.lr == 1e-3 and chosen.train.weight_decay == 0.02 and chosen.train.betas == (0.9, 0.95)
    # YAML beats the recipe; --set beats YAML
    yaml_file = tmp_path / "run.yaml"
    yaml_file.write_text("method: limber\nrecipe: paper\ntrain:\n  warmup_steps: 7\n  lr: 5.0e-4\n")
    from_yaml = load_config(yaml_file, ["train.lr=3e-4"])
    assert from_yaml.train.warmup_steps == 7 and from_yaml.train.lr == 3e-4 and from_yaml.train.schedule == "linear"
    # the function itself: explicit keys are kept, the rest is the recipe's
    base = RunConfig(method="epalm", recipe="paper")
    base.eval.num_beams = 5
    resolved, recipe = resolve_recipe(base, {"eval.num_beams"})
    assert resolved.eval.num_beams == 5 and resolved.train.loss_tokens == "all" and recipe.num_beams == 3
    assert base.train.loss_tokens == "answer"  # the input is not changed


# -- trainer pieces ------------------------------------------------------------------------------------
def test_schedules_by_hand():
    # warm-up 4 steps: (s + 1) / 4 whatever the schedule
    for schedule in ("cosine", "constant", "linear"):
        assert [lr_factor(s, 4, 14, 0.1, schedule) for s in range(4)] == [0.25, 0.5, 0.75, 1.0]
    # after it, over 10 steps to min ratio 0.1
    assert lr_factor(4, 4, 14, 0.1, "cosine") == pytest.approx(1.0)
    assert lr_factor(9, 4, 14, 0.1, "cosine") == pytest.approx(0.1 + 0.9 * 0.5)  # half-way: cos(pi/2) = 0
    assert lr_factor(14, 4, 14, 0.1, "cosine") == pytest.approx(0.1)
    assert lr_factor(6, 4, 14, 0.1, "cosine") == pytest.approx(0.1 + 0.45 * (1 + math.cos(math.pi * 0.2)))
    assert [lr_factor(s, 4, 14, 0.1, "constant") for s in (4, 9, 14, 100)] == [1.0, 1.0, 1.0, 1.0]
    assert lr_factor(4, 4, 14, 0.1, "linear") == pytest.approx(1.0)
    assert lr_factor(9, 4, 14, 0.1, "linear") == pytest.approx(0.55)
    assert lr_factor(14, 4, 14, 0.0, "linear") == pytest.approx(0.0)
    assert lr_factor(20, 4, 14, 0.0, "linear") == pytest.approx(0.0)  # past the end: stays at min


def examples(n: int = 6) -> list[Example]:
    words = ["red", "blue", "green", "circle", "square", "yes"]
    return [
        Example(f"u{i}", f"m{i}", None, f"What color is shape {i}?", words[i % len(words)], (words[i % len(words)],))
        for i in range(n)
    ]


def test_loss_tokens_all_labels_prompt_tokens_never_padding():
    _, tok = tiny_lm("llama")
    codec = TextCodec(tok)
    batch = codec.train_batch(examples(3))
    ids, mask, labels = batch["input_ids"], batch["attention_mask"], batch["labels"]
    assert bool((mask == 0).any())  # rows of different lengths: some padding
    assert torch.equal(loss_labels(ids, mask, labels, "answer"), labels)
    all_labels = loss_labels(ids, mask, labels, "all")
    for i in range(ids.shape[0]):
        prompt_len = len(codec.ids(examples(3)[i])[0])
        n = int(mask[i].sum())
        assert int(all_labels[i, 0]) == -100  # the first token has nothing before it
        assert torch.equal(all_labels[i, 1:n], ids[i, 1:n])  # prompt tokens included
        assert bool((labels[i, 1:prompt_len] == -100).all())  # ... which the answer labels leave out
        assert bool((all_labels[i, n:] == -100).all())  # padding never


def blind_model(prompt_length: int = 0):
    from benchmark.backbones.lm import lm_spec
    from benchmark.engine.model import MultimodalLM
    from methods.blind import Blind, BlindConfig

    lm, tok = tiny_lm("llama")
    torch.manual_seed(0)
    return MultimodalLM(lm, tok, Blind(BlindConfig(prompt_length=prompt_length), lm_spec(lm))), tok


def test_label_smoothing_and_all_tokens_match_torch_cross_entropy():
    model, tok = blind_model(prompt_length=0)  # no prefix: the wrapper's logits are the LM's own
    batch = TextCodec(tok).train_batch(examples(3))
    ids, mask, labels = batch["input_ids"], batch["attention_mask"], batch["labels"]
    with torch.no_grad():
        logits = model.lm(input_ids=ids, attention_mask=mask).logits[:, :-1].float()
        for tokens in ("answer", "all"):
            target = loss_labels(ids, mask, labels, tokens)[:, 1:]
            for smoothing in (0.0, 0.1):
                expected = F.cross_entropy(
                    logits.reshape(-1, logits.shape[-1]), target.reshape(-1), label_smoothing=smoothing
                )
                got = model(None, ids, mask, labels, label_smoothing=smoothing, loss_tokens=tokens)
                assert float(got) == pytest.approx(float(expected), rel=1e-5), (tokens, smoothing)
        plain = model(None, ids, mask, labels)
        assert float(model(None, ids, mask, labels, label_smoothing=0.1)) != pytest.approx(float(plain))


def make_trainer(tmp_path: Path, overrides: list[str], prompt_length: int = 4):
    from benchmark.engine.context import new_accelerator
    from benchmark.engine.trainer import Trainer

    config = load_config(
        None,
        [
            "method=blind",
            "train.steps=3",
            "train.batch_size=3",
            "train.warmup_steps=1",
            "train.precision=fp32",
            "train.eval_every=0",
            "train.checkpoint_every=0",
            *overrides,
        ],
    )
    model, tok = blind_model(prompt_length)
    trainer = Trainer(config, model, TextCodec(tok), examples(), None, new_accelerator(config), tmp_path)
    return trainer, model, config


def test_param_groups_get_their_own_lr_after_a_step(tmp_path):
    groups = "train.param_groups=[{name: table, match: [prompt.embedding.], lr: 1.0e-3}]"
    trainer, model, config = make_trainer(
        tmp_path, [groups, "train.lr=4e-3", "train.betas=[0.8, 0.9]", "train.eps=1e-6", "train.steps=10"]
    )
    trainer.fit()
    opt_groups = trainer.optimizer.param_groups
    assert [g["name"] for g in opt_groups] == ["table", "default"]
    names = {id(p): n for n, p in model.method.named_parameters()}
    assert [names[id(p)] for p in opt_groups[0]["params"]] == ["prompt.embedding.weight"]
    assert all(names[id(p)].startswith("prompt.mlp.") for p in opt_groups[1]["params"])
    assert [g["initial_lr"] for g in opt_groups] == [1e-3, 4e-3]
    assert all(g["betas"] == (0.8, 0.9) and g["eps"] == 1e-6 for g in opt_groups)
    # after the run every group sits at the same absolute min_lr (cosine to train.min_lr)
    assert [g["lr"] for g in opt_groups] == pytest.approx([config.train.min_lr] * 2)
    # half-way through: each group at its own lr times its own factor
    trainer2, _, _ = make_trainer(
        tmp_path / "b", [groups, "train.lr=4e-3", "train.steps=10", "train.schedule=constant"]
    )
    trainer2.fit()
    assert [g["lr"] for g in trainer2.optimizer.param_groups] == pytest.approx([1e-3, 4e-3])


def test_shared_recipe_trains_exactly_as_before(tmp_path):
    """The shared recipe (the defaults) against the trainer as it was before recipes: one AdamW over
    every trainable parameter with torch's betas and eps, linear warm-up then cosine, answer tokens,
    token mean, no label smoothing, the LM in eval mode."""
    from benchmark.engine.trainer import BatchSchedule

    trainer, model, config = make_trainer(tmp_path, ["recipe=shared"])
    result = trainer.fit()
    t = config.train
    reference, tok = blind_model(4)
    codec = TextCodec(tok)
    data = examples()
    params = reference.trainable_parameters()
    opt = torch.optim.AdamW(params, lr=t.lr, weight_decay=t.weight_decay)
    min_ratio = t.min_lr / t.lr

    def old_factor(s):  # the trainer's lr_factor before schedules existed
        if t.warmup_steps > 0 and s < t.warmup_steps:
            return (s + 1) / t.warmup_steps
        frac = min(1.0, (s - t.warmup_steps) / max(1, t.steps - t.warmup_steps))
        return min_ratio + (1.0 - min_ratio) * 0.5 * (1.0 + math.cos(math.pi * frac))

    sched = torch.optim.lr_scheduler.LambdaLR(opt, old_factor)
    order = BatchSchedule(len(data), t.batch_size, config.seed)
    reference.train()
    losses = []
    for step in range(t.steps):
        batch = codec.train_batch([data[i] for i in order.indices(step)])
        loss = reference(None, **batch, loss_reduction="token_mean")
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, t.grad_clip)
        opt.step()
        opt.zero_grad(set_to_none=True)
        sched.step()
        losses.append((step + 1, float(loss.detach())))
    assert result.losses == losses
    assert not model.lm.training  # lm_dropout off: the frozen LM stays in eval mode


def test_lm_dropout_puts_the_frozen_lm_in_train_mode(tmp_path):
    trainer, model, _ = make_trainer(tmp_path, ["train.lm_dropout=true", "train.steps=1"])
    trainer.fit()
    assert model.training and model.lm.training
    model.eval()
    assert not model.lm.training
    model.train()
    assert model.lm.training


def test_param_group_objects():
    g = ParamGroup.from_value({"name": "p", "match": "prompt.", "lr": "1e-3"})
    assert g == ParamGroup("p", ("prompt.",), 1e-3) and g.to_dict() == {"name": "p", "match": ["prompt."], "lr": 1e-3}
    with pytest.raises(ConfigError, match="lr must be positive"):
        ParamGroup("p", ("x",), 0.0)


# -- eP-ALM's token-to-layer assignment ----------------------------------------------------------------
def official_assignment(n_layers: int, k: int) -> list[int]:
    """eP-ALM's models/opt.py, written out: step = num_layers // num_vis_prefix if num_layers >
    num_vis_prefix else 1; vis_prefix_idx = min((idx - start) // step, len(vis_prefix) - 1)."""
    step = n_layers // k if n_layers > k else 1
    out = []
    for idx in range(n_layers):
        out.append(min(idx // step, k - 1))
    return out


@pytest.mark.parametrize(("n_layers", "k"), [(4, 6), (12, 6), (13, 6), (6, 6), (7, 3), (2, 2)])
def test_epalm_token_assignment_follows_the_official_formula(n_layers, k):
    from benchmark.backbones.specs import EncoderSpec, LMSpec
    from methods.epalm import EPALM, EPALMConfig, token_of_layers

    assert token_of_layers(n_layers, k) == official_assignment(n_layers, k)
    if n_layers % k == 0:  # a multiple: the assignment the suite used before, (j * k) // n
        assert token_of_layers(n_layers, k) == [(j * k) // n_layers for j in range(n_layers)]
    lm = LMSpec(hidden_size=16, embed_dim=16, num_layers=n_layers + 2, vocab_size=50)
    enc = EncoderSpec(layer_widths=(8,) * 6, grid_width=8, grid_tokens=4, pooled_width=8)
    method = EPALM(EPALMConfig(num_layer_tokens=k, num_injection_layers=n_layers, prompt_length=0), lm, enc)
    feats = {f"layer.{j}": torch.randn(2, 8) for j in range(k)}
    writes = method(feats, 2).layer_writes
    assert sorted(writes) == list(range(1, n_layers + 1))  # the n layers ending at L - 2
    assert len(method.connectors) == min(n_layers, k)  # tokens no layer takes have no connector
    for j, layer in enumerate(sorted(writes)):
        token = official_assignment(n_layers, k)[j]
        assert torch.equal(writes[layer], method.connectors[token](feats[f"layer.{token}"]))


# -- a tiny bench run with the paper recipe ------------------------------------------------------------
def test_bench_run_with_paper_recipe_records_it(tmp_path):
    from method_checks import tiny_run_args

    from benchmark.cli import main
    from benchmark.engine.tracking import mlflow_client

    setup = tiny_run_setup(tmp_path)
    out = tmp_path / "out"
    args = tiny_run_args(
        "limber",
        setup["lm"],
        setup["encoder"],
        setup["data"],
        setup["cache"],
        out,
        "paper",
        "--recipe",
        "paper",
        "--set",
        "train.eval_every=0",
        "--set",
        "eval.max_examples=4",
        "--set",
        "eval.batch_size=4",
        "--set",
        "eval.max_new_tokens=3",
    )
    assert main(args) == 0
    metrics = json.loads((out / "paper" / "metrics.json").read_text())
    config = metrics["config"]
    assert config["recipe"] == "paper"
    assert config["train"]["betas"] == [0.9, 0.95] and config["train"]["weight_decay"] == 0.0
    assert config["train"]["schedule"] == "linear" and config["train"]["lr"] == 8e-4
    assert config["train"]["batch_size"] == 4 and config["train"]["warmup_steps"] == 1  # the flags win
    client = mlflow_client(f"sqlite:///{out.resolve() / 'mlflow.db'}")
    (run,) = client.search_runs([client.get_experiment_by_name("bench").experiment_id])
    params = run.data.params
    assert params["config.recipe"] == "paper"
    assert json.loads(params["config.train.betas"].replace("(", "[").replace(")", "]")) == [0.9, 0.95]
    assert float(params["config.train.weight_decay"]) == 0.0 and params["config.train.schedule"] == "linear"
