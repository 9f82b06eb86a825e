"""Invariant evaluation: a run's predictions do not depend on how the evaluation batches them.

The criterion is identical generated token ids (hence identical predicted strings) in fp32, not
bit-identical logits: with the masks and positions right, a prompt's logits in a left-padded batch
still differ from its logits alone by float rounding (up to 4e-7 on the tiny LMs), because matmuls
and SDPA over other shapes accumulate in another order.

* for every method on every tiny LM family, a left-padded batch of prompts of different lengths
  has each prompt's next-token logits to 1e-5 (a wrong mask or position moves them by far more) and
  generates, greedy and with beam search, the very tokens each prompt generates alone;
* ``bench eval`` of one trained tiny run gives the same predictions and accuracy for batch sizes 1,
  8 and 32 and for a shuffled order of the examples; each setting's record states it and goes to
  its own file, and the run's own settings keep the plain file name. (The measurement on the real
  backbones is in docs/diagnostics.md, "Invariant evaluation".)
"""

from __future__ import annotations

import json

import pytest
import torch
from method_checks import perturb, tiny_run_args, wrapper_outputs
from test_method_contract import NAMES, build, features, tiny
from tiny_models import LM_FAMILIES, save_tiny_backbones, write_easy_vqa_layout

from benchmark.cli import main
from benchmark.errors import ConfigError
from benchmark.experiments.ood import EvalSettings, plan_eval

EPALM_TINY = ["--set", "method_options.num_layer_tokens=2", "--set", "method_options.num_injection_layers=2"]
LENGTHS = [3, 7, 5, 9, 4, 9, 6, 2]  # prompt lengths of the batch: every row but two is left-padded


@pytest.fixture(scope="module", autouse=True)
def one_thread():
    """One intra-op thread (tiny tensors; see test_method_contract)."""
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


def left_padded_prompts(pad_id: int, seed: int = 5) -> tuple[torch.Tensor, torch.Tensor]:
    g = torch.Generator().manual_seed(seed)
    width = max(LENGTHS)
    ids = torch.full((len(LENGTHS), width), pad_id)
    mask = torch.zeros((len(LENGTHS), width), dtype=torch.long)
    for i, n in enumerate(LENGTHS):
        ids[i, width - n :] = torch.randint(5, 60, (n,), generator=g)
        mask[i, width - n :] = 1
    return ids, mask


@pytest.mark.parametrize("name,family", [(name, family) for name in NAMES for family in LM_FAMILIES])
def test_batched_generation_equals_one_prompt_at_a_time(name, family):
    model, tok = build(name, family)
    perturb(model.method, tiny(name).perturb)
    model.eval()
    ids, mask = left_padded_prompts(tok.pad_token_id)
    feats = features(name, len(LENGTHS))
    width = ids.shape[1]
    rows = [None if feats is None else {k: v[i : i + 1] for k, v in feats.items()} for i in range(len(LENGTHS))]
    with torch.no_grad():
        batched = wrapper_outputs(model, feats, ids, mask)[0].logits[:, -1]
        alone = [
            wrapper_outputs(model, rows[i], ids[i : i + 1, width - n :], mask[i : i + 1, width - n :])[0]
            for i, n in enumerate(LENGTHS)
        ]
    torch.testing.assert_close(batched, torch.cat([out.logits[:, -1] for out in alone]), atol=1e-5, rtol=1e-5)
    for beams in (1, 3):
        batched = model.generate(feats, ids, mask, max_new_tokens=6, num_beams=beams)
        alone = []
        for i, n in enumerate(LENGTHS):
            alone += model.generate(rows[i], ids[i : i + 1, width - n :], mask[i : i + 1, width - n :], 6, beams)
        assert batched == alone, f"{name} on {family}, {beams} beam(s)"


@pytest.fixture(scope="module")
def finished(tmp_path_factory):
    root = tmp_path_factory.mktemp("inv")
    lm, vit = save_tiny_backbones(root)
    data = write_easy_vqa_layout(root / "data")
    out = root / "runs"
    args = tiny_run_args("epalm", lm, vit, data, root / "cache", out, "run", *EPALM_TINY, "--set", "eval.batch_size=4")
    assert main(args) == 0
    return {"run": out / "run", "root": root}


def _eval(finished, capsys, *flags: str) -> tuple[dict, dict[str, str]]:
    """``bench eval`` of the run on the whole train split (27 questions of 3 prompt lengths) with
    ``flags``: its record and the predictions file's uid -> prediction."""
    run = finished["run"]
    assert main(["eval", "--run", str(run), "--split", "train", "--eval-examples", "0", "--json", *flags]) == 0
    (record,) = json.loads(capsys.readouterr().out)
    stem = "easy-vqa-train" + (
        ""
        if not flags
        else f"@bs{record['eval_config']['batch_size']}-{record['eval_config']['precision']}-beams1"
        + (f"-shuffle{record['eval_config']['shuffle']}" if record["eval_config"]["shuffle"] is not None else "")
    )
    assert json.loads((run / "eval" / f"{stem}.json").read_text()) == record
    lines = (run / "eval" / f"{stem}.jsonl").read_text().splitlines()
    return record, {p["uid"]: p["prediction"] for p in map(json.loads, lines)}


def test_predictions_do_not_depend_on_batch_size_or_order(finished, capsys, monkeypatch):
    monkeypatch.setenv("BENCH_CACHE", str(finished["root"] / "bench-cache"))
    own, own_preds = _eval(finished, capsys)  # the run's own settings: batch 4, bf16
    assert own["eval_config"]["batch_size"] == 4 and own["eval_config"]["precision"] == "bf16"
    assert own["n_eval"] == 27  # the train split less the images held out for validation
    runs = {}
    for flags in (["--batch-size", "1"], ["--batch-size", "8"], ["--batch-size", "32"], ["--shuffle", "3"]):
        record, preds = _eval(finished, capsys, *flags, "--precision", "fp32")
        assert record["eval_config"]["precision"] == "fp32" and record["n_eval"] == 27
        runs[" ".join(flags)] = (record, preds)
    reference_record, reference = runs["--batch-size 1"]
    # (the tiny run answers alike on every question; that generation itself is batch-invariant on prompts
    # with different answers is checked above, per method and LM family)
    for key, (record, preds) in runs.items():
        assert preds == reference, key
        assert record["metrics"] == reference_record["metrics"], key
    assert runs["--shuffle 3"][0]["eval_config"]["batch_size"] == 4  # shuffled, at the run's own batch size
    # the run's own precision (bf16 features) at batch 1 matches the run's own batching too
    record, preds = _eval(finished, capsys, "--batch-size", "1")
    assert preds == own_preds and record["metrics"] == own["metrics"]


def test_settings_name_their_files_and_are_checked(finished):
    run = finished["run"]
    assert plan_eval(run).suffix == ""
    same = EvalSettings(batch_size=4, precision="bf16", num_beams=1)  # the run's own: the plain name
    assert plan_eval(run, settings=same).suffix == ""
    plan = plan_eval(run, settings=EvalSettings(num_beams=3))
    assert plan.suffix == "@bs4-bf16-beams3" and plan.config.eval.num_beams == 3
    assert plan_eval(run, settings=EvalSettings(shuffle=0)).suffix == "@bs4-bf16-beams1-shuffle0"
    with pytest.raises(ConfigError, match="must be >= 1"):
        plan_eval(run, settings=EvalSettings(batch_size=0))
    with pytest.raises(ConfigError, match="precision must be one of"):
        plan_eval(run, settings=EvalSettings(precision="fp8"))
    if not torch.cuda.is_available():
        with pytest.raises(ConfigError, match="fp16 needs a CUDA device"):
            plan_eval(run, settings=EvalSettings(precision="fp16"))
