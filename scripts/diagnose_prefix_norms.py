"""What each method feeds the frozen LM at initialisation, with raw and with normalised encoder features.

For every method and ``data.feature_norm`` in (none, auto): build the run exactly as ``bench run`` does
(``plan_run`` -> ``load_data`` -> ``build_context``, the method's modules drawn after seeding), take
the features of the first ``--examples`` training examples and report

* ``feat norm``: the mean L2 norm of the feature tokens the method reads (grid tokens, pooled vector,
  layer tokens), and ``feat cos``: the mean cosine similarity between two different images' features
  (1.0: every image looks the same to a linear map);
* ``prefix norm``: the mean L2 norm of one prefix token (or of one layer write, for eP-ALM), against
  ``emb norm``, the mean L2 norm of the LM's input embeddings of the tokens of the training prompts
  (in the same unscaled space as the prefix);
* ``prefix cos``: the mean cosine similarity between two different images' prefixes (flattened);
  near 1 the LM sees (almost) the same prefix whatever the image (eP-ALM's prefix is its soft
  prompt, the same for every image by design);
* for methods that write into the LM's layers (eP-ALM): ``write norm`` and ``write cos`` of the
  vectors written into the visual slot, against ``hidden norm``, the median L2 norm of the text
  tokens' hidden states at the input of the same layers (the plain LM on the same prompts; the
  median, because a few tokens carry the LM's massive activations: the mean is ~2,000 on SmolLM2).

Usage (the numbers in docs/diagnostics.md):

    .venv/bin/python scripts/diagnose_prefix_norms.py --methods epalm,mapl,limber,fromage,promptfuse,magma,lora
"""

from __future__ import annotations

import argparse
import time

import pandas as pd
import torch
import torch.nn.functional as F

from benchmark.engine.config import load_config
from benchmark.engine.context import build_context
from benchmark.engine.runner import load_data, plan_run


def mean_offdiag_cos(x: torch.Tensor) -> float:
    """Mean cosine similarity between the rows of ``x`` (B, N), over distinct pairs."""
    x = F.normalize(x.float().flatten(1), dim=-1)
    sim = x @ x.T
    b = sim.shape[0]
    return float((sim.sum() - sim.diagonal().sum()) / (b * (b - 1)))


def measure(method: str, feature_norm: str, n: int, fraction: float) -> dict:
    config = load_config(
        None,
        [f"method={method}", f"data.feature_norm={feature_norm}", f"data.fraction={fraction}", "train.precision=fp32"],
    )
    plan = plan_run(config)
    data = load_data(plan)
    ctx = build_context(config, plan.description, progress=False)
    examples = data.train[:n]
    table = ctx.features_for(examples)
    feats = table.gather([ex.media_id for ex in examples])
    codec, model = ctx.codec, ctx.model
    batch = codec.train_batch(examples)
    with torch.no_grad():
        emb = model.embed_tokens(batch["input_ids"])[batch["attention_mask"].bool()]
        cond = model.condition(feats, batch["input_ids"], batch["attention_mask"], batch.get("labels"))
    row = {"method": method, "feature_norm": feature_norm}
    row["features"] = ",".join(feats)
    read = torch.cat([t.float().flatten(1) for t in feats.values()], dim=1)
    tokens = torch.cat([t.float().reshape(-1, t.shape[-1]) for t in feats.values() if t.dim() == 3] or [read])
    row["feat norm"] = float(tokens.norm(dim=-1).mean())
    row["feat cos"] = mean_offdiag_cos(read)
    row["emb norm"] = float(emb.float().norm(dim=-1).mean())
    if cond.prefix is not None:
        prefix = cond.prefix.float()
        row["prefix tokens"] = prefix.shape[1]
        row["prefix norm"] = float(prefix.norm(dim=-1).mean())
        row["prefix / emb"] = row["prefix norm"] / row["emb norm"]
        row["prefix cos"] = mean_offdiag_cos(prefix)
    if cond.layer_writes:
        layers = sorted(cond.layer_writes)
        writes = torch.stack([cond.layer_writes[k].float() for k in layers], dim=1)
        with torch.no_grad():
            hidden = model.lm(
                input_ids=batch["input_ids"], attention_mask=batch["attention_mask"], output_hidden_states=True
            ).hidden_states
        real = batch["attention_mask"].bool()
        row["write layers"] = f"{layers[0]}-{layers[-1]}"
        row["write norm"] = float(writes.norm(dim=-1).mean())
        row["hidden norm"] = float(torch.stack([hidden[k][real].float().norm(dim=-1).median() for k in layers]).mean())
        row["write cos"] = mean_offdiag_cos(writes)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--methods", default="epalm,mapl,limber,fromage,promptfuse,magma,lora")
    parser.add_argument("--feature-norms", default="none,auto")
    parser.add_argument("--examples", type=int, default=64)
    parser.add_argument("--fraction", type=float, default=0.1)
    args = parser.parse_args()
    t0 = time.perf_counter()
    rows = [
        measure(m, fn, args.examples, args.fraction)
        for m in args.methods.split(",")
        for fn in args.feature_norms.split(",")
    ]
    pd.set_option("display.width", 200)
    print(pd.DataFrame(rows).to_markdown(index=False, floatfmt=".3f"))
    print(f"\nwall time {time.perf_counter() - t0:.0f} s, torch threads {torch.get_num_threads()}")


if __name__ == "__main__":
    main()
