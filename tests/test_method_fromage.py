"""FROMAGe: the caption prefix, the [RET] text-only pass, the symmetric InfoNCE loss on a batch with
known answers, recall@k on hand-made cases, the trainable set, and caption and retrieval metrics
through ``bench run``. The shared method contract (meta build, gradients, attach/detach, KV-cached
generation, checkpoint round trip) is in ``test_method_contract.py``."""

from __future__ import annotations

import math

import pytest
import torch
from tiny_models import tiny_lm

import methods.fromage  # noqa: F401  (registers "fromage")
from benchmark.backbones.lm import lm_spec
from benchmark.backbones.specs import EncoderSpec
from benchmark.engine.model import MultimodalLM
from methods.fromage import FROMAGe, FROMAGeConfig
from tasks.metrics.retrieval import chance_recall_at_k, recall_at_k

ENC = EncoderSpec(layer_widths=(8, 12), grid_width=12, grid_tokens=5, pooled_width=12)


def build(family: str = "opt", **options):
    lm, tok = tiny_lm(family)
    torch.manual_seed(3)
    method = FROMAGe(FROMAGeConfig(**options), lm_spec(lm), ENC)
    return MultimodalLM(lm, tok, method), tok


def batch(tok, n: int = 4, seed: int = 0):
    g = torch.Generator().manual_seed(seed)
    ids = torch.randint(5, 60, (n, 8), generator=g)
    mask = torch.ones_like(ids)
    mask[1, 6:] = 0
    ids[mask == 0] = tok.pad_token_id
    labels = torch.full_like(ids, -100)
    labels[:, 4:6] = ids[:, 4:6]
    labels[0, 6:8] = ids[0, 6:8]
    labels[2:, 6:8] = ids[2:, 6:8]
    feats = {"pooled": torch.randn(n, 12, generator=g)}
    return feats, ids, mask, labels


# -- recall@k ---------------------------------------------------------------------------------------
def test_recall_at_k_hand_made_case():
    sim = torch.tensor(
        [
            [0.9, 0.1, 0.5, 0.0],  # relevant item 0 ranked 1st
            [0.9, 0.1, 0.5, 0.0],  # relevant item 2 ranked 2nd
            [0.2, 0.3, 0.4, 0.1],  # relevant item 3 ranked 4th (last)
        ]
    )
    rel = torch.zeros(3, 4, dtype=torch.bool)
    rel[0, 0] = rel[1, 2] = rel[2, 3] = True
    got = recall_at_k(sim, rel, ks=(1, 2, 3, 5))
    assert got == pytest.approx({1: 100 / 3, 2: 200 / 3, 3: 200 / 3, 5: 100.0})
    # several relevant items: the best-ranked one counts; ties keep index order
    rel2 = torch.tensor([[False, True, True, False]])
    assert recall_at_k(torch.tensor([[0.5, 0.5, 0.1, 0.9]]), rel2, ks=(1, 2, 3)) == {1: 0.0, 2: 0.0, 3: 100.0}
    with pytest.raises(ValueError, match="at least one relevant"):
        recall_at_k(sim, torch.zeros(3, 4, dtype=torch.bool))


def test_chance_recall_is_the_expected_recall_of_a_random_ranking():
    rel = torch.tensor([[True, False, False, False], [False, True, True, False], [True, True, True, True]])
    # one of 4 relevant: k/4; two of 4: 1 - C(2,k)/C(4,k) = 1/2, 5/6, 1; all relevant: 1
    got = chance_recall_at_k(rel, ks=(1, 2, 5))
    assert got == pytest.approx({1: 100 * (1 / 4 + 1 / 2 + 1) / 3, 2: 100 * (2 / 4 + 5 / 6 + 1) / 3, 5: 100.0})
    # the same as averaging recall@k over every ranking of the items (4! permutations)
    import itertools

    for k in (1, 2, 3):
        rates = [
            recall_at_k(torch.tensor([list(p)] * 3, dtype=torch.float), rel, ks=(k,))[k]
            for p in itertools.permutations(range(4))
        ]
        assert chance_recall_at_k(rel, ks=(k,))[k] == pytest.approx(sum(rates) / len(rates))
    with pytest.raises(ValueError, match="at least one relevant"):
        chance_recall_at_k(torch.zeros(2, 3, dtype=torch.bool))


# -- contrastive loss ---------------------------------------------------------------------------------
def test_contrastive_loss_on_a_batch_with_known_answers():
    model, _ = build()
    method = model.method
    with torch.no_grad():
        method.logit_scale.fill_(math.log(2.0))  # scale s = 2
    eye = torch.eye(3, 5)  # three orthonormal embeddings
    # matching pairs: logits 2*I; each row's CE = log(1 + 2 e^-2), both directions alike
    expected = math.log(1 + 2 * math.exp(-2.0))
    assert float(method.contrastive_loss(eye, eye).detach()) == pytest.approx(expected, rel=1e-6)
    # text 0 <-> image 1 swapped: rows 0 and 1 put their 2 on the wrong column
    swapped = eye[[1, 0, 2]]
    wrong = math.log(math.exp(2.0) + 2) - 0.0  # CE when the positive scores 0 and one negative scores 2
    expected_swapped = (2 * wrong + expected) / 3
    assert float(method.contrastive_loss(eye, swapped).detach()) == pytest.approx(expected_swapped, rel=1e-6)
    # the learned scale is clamped at max_logit_scale (100)
    with torch.no_grad():
        method.logit_scale.fill_(10.0)
    assert float(method._scale().detach()) == pytest.approx(100.0)


def test_initial_temperature_and_ret_row():
    model, _ = build()
    m = model.method
    assert float(m.logit_scale.detach().exp()) == pytest.approx(1 / 0.07)
    emb = model.lm.get_input_embeddings().weight
    assert torch.allclose(m.ret_embedding, emb.mean(0))


# -- [RET] pass ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("family", ["opt", "llama", "gemma3"])
def test_ret_pass_matches_unpadded_single_rows_and_extended_softmax(family):
    """The [RET] hidden state of a padded batch equals each row's alone, and the text-only LM term is
    the mean cross-entropy over every predicted token of "text [RET]" (FROMAGe's retrieval-mode loss),
    each token's softmax over the vocabulary and the [RET] column, worked out row by row by hand."""
    model, tok = build(family)
    m = model.method
    rows = [[5, 6, 7, 8, 9], [11, 12], [20, 21, 22]]
    with torch.no_grad():
        hidden, loss = m._ret_pass(model, rows, with_loss=True)
        assert m._ret_pass(model, rows)[1] is None  # evaluation: the hidden state only
        nll, count = 0.0, 0
        for i, row in enumerate(rows):
            h1, _ = m._ret_pass(model, [row])
            assert torch.allclose(hidden[i], h1[0], atol=1e-5)
            text = model.embed_tokens(torch.tensor([row]))
            ret = (m.ret_embedding * model.spec.embed_scale).view(1, 1, -1)
            out = model.lm(inputs_embeds=torch.cat([text, ret], 1), output_hidden_states=True)
            assert torch.allclose(hidden[i], out.hidden_states[-1][0, -1], atol=1e-5)
            targets = row[1:] + [out.logits.shape[-1]]  # the next token; [RET] is the extra last column
            for p, target in enumerate(targets):
                h = out.hidden_states[-1][0, p]
                logits = torch.cat([out.logits[0, p], (h @ m.ret_embedding)[None]])
                nll -= float(logits.log_softmax(-1)[target])
                count += 1
        assert count == 4 + 1 + 2 + 3  # tokens after each row's first, plus one [RET] per row
        assert float(loss) == pytest.approx(nll / count, abs=1e-5)


def test_ret_row_rescaled_to_mean_embedding_norm_after_a_step():
    from benchmark.engine.config import TrainConfig
    from benchmark.engine.trainer import optimizer_groups

    model, tok = build()
    m = model.method
    feats, ids, mask, labels = batch(tok)
    opt = torch.optim.AdamW(optimizer_groups(m, TrainConfig()), lr=0.5)
    model(feats, ids, mask, labels).backward()
    opt.step()
    mean_norm = float(model.lm.get_input_embeddings().weight.float().norm(dim=1).mean())
    assert float(m.ret_embedding.detach().norm()) != pytest.approx(mean_norm, rel=1e-3)  # the step moved it
    m.after_optimizer_step(model)
    assert float(m.ret_embedding.detach().norm()) == pytest.approx(mean_norm, rel=1e-5)
    # off by option
    model2, _ = build(rescale_ret_embedding=False)
    before = model2.method.ret_embedding.detach().clone()
    model2.method.after_optimizer_step(model2)
    assert torch.equal(model2.method.ret_embedding, before)


def test_training_rows_strip_eos_and_padding():
    model, tok = build()
    _, ids, mask, labels = batch(tok)
    rows = model.method._training_rows(ids, mask, labels)
    assert rows[1] == ids[1, :5].tolist()  # target 4..5, EOS at 5 -> prompt + first target token
    assert rows[0] == ids[0, :7].tolist()
    target_rows = FROMAGe(FROMAGeConfig(retrieval_text="target"), model.spec, ENC)._training_rows(ids, mask, labels)
    assert target_rows[0] == ids[0, 4:7].tolist()


# -- trainable set (that each gets a gradient and the LM none: the method contract) ---------------------
@pytest.mark.parametrize("family", ["opt", "llama", "gemma3"])
def test_fromage_parameters(family):
    model, tok = build(family)
    feats, ids, mask, labels = batch(tok)
    prefix = model.method(feats, 4).prefix
    assert prefix.shape == (4, 1, model.spec.embed_dim)
    names = {n for n, _ in model.method.named_parameters()}
    assert names == {
        "caption_proj.weight",
        "caption_proj.bias",
        "ret_embedding",
        "text_proj.weight",
        "text_proj.bias",
        "image_proj.weight",
        "image_proj.bias",
        "logit_scale",
    }
    assert set(model.method.state_dict()) == names


def test_retrieval_losses_add_to_the_caption_loss():
    model, tok = build()
    feats, ids, mask, labels = batch(tok)
    with torch.no_grad():
        total = model(feats, ids, mask, labels)
        extra = model.method.extra_losses(model, feats, ids, mask, labels)
        model_plain, _ = build(retrieval=False)
        model_plain.method.caption_proj.load_state_dict(model.method.caption_proj.state_dict())
        caption = model_plain(feats, ids, mask, labels)
    assert set(extra) == {"ret_lm", "contrastive"}
    assert float(total) == pytest.approx(float(caption + extra["ret_lm"] + extra["contrastive"]), rel=1e-5)
    assert set(model_plain.method.state_dict()) == {"caption_proj.weight", "caption_proj.bias"}


def test_count_matches_the_paper_with_opt_6_7b_and_clip_vit_l14():
    from benchmark.experiments.params import count_on_meta

    got = count_on_meta("fromage", "opt-6.7b", "clip-vit-l14")["trainable"]
    # Linear(1024, 4096) + Linear(4096, 256) + Linear(1024, 256) + [RET] row + temperature
    assert got == (1024 * 4096 + 4096) + (4096 * 256 + 256) + (1024 * 256 + 256) + 4096 + 1 == 5_513_729


def test_bench_run_fromage_on_easy_vqa_caption(tmp_path):
    """Caption training + CIDEr & co. + retrieval recall through ``bench run`` on tiny backbones."""
    import json

    from tiny_models import save_tiny_backbones, write_easy_vqa_layout

    from benchmark.cli import main

    data = write_easy_vqa_layout(tmp_path / "data")
    lm, enc = save_tiny_backbones(tmp_path)
    out = tmp_path / "out"
    assert (
        main(
            [
                "run",
                "--method",
                "fromage",
                "--task",
                "easy-vqa-caption",
                "--lm",
                lm,
                "--encoder",
                enc,
                "--data-dir",
                str(data),
                "--data-fraction",
                "1",
                "--steps",
                "3",
                "--batch-size",
                "4",
                "--cache-dir",
                str(tmp_path / "cache"),
                "--output-dir",
                str(out),
                "--run-name",
                "f",
                "--set",
                "train.eval_every=0",
                "--set",
                "eval.max_new_tokens=4",
            ]
        )
        == 0
    )
    m = json.loads((out / "f" / "metrics.json").read_text())
    assert m["metric"] == "CIDEr" and m["n_eval"] == 2
    metrics = m["metrics"]
    for key in ["Bleu_4", "METEOR", "ROUGE_L", "CIDEr", "t2i_recall_at_1", "i2t_recall_at_10"]:
        assert isinstance(metrics[key], float), key
    assert metrics["SPICE"] is None and "SPICE unavailable" in metrics["notes"]
    assert metrics["t2i_recall_at_10"] == 100.0  # 2 test images: every text finds its image in the top 10
    assert metrics["t2i_chance_at_10"] == 100.0 and 50.0 <= metrics["t2i_chance_at_1"] <= 100.0
    assert m["parameters"]["trainable"] == sum(
        n for n in [32 * 32 + 32, 32, 32 * 256 + 256, 32 * 256 + 256, 1]
    )  # tiny LM d=32, tiny ViT pooled 32
