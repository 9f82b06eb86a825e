"""``bench report ima``: the implicit multimodal alignment (IMA) analysis of a finished run.

Shukor and Cord, "Implicit Multimodal Alignment: On the Generalization of Frozen LLMs to Multimodal
Inputs" (NeurIPS 2024); official code github.com/mshukor/ima-lmms, ``Analysing_LLMs/compute_sim.py``
(``compute_sim``, ``compute_sims_from_hs_across_layers``) and ``Analysing_LLMs/utils.py`` (which
positions are perceptual and which are text). What is computed, for one finished run folder:

1. **One teacher-forced pass.** The run's model is rebuilt through the run context
   (:func:`~benchmark.engine.context.build_context` with the trained tensors, as ``bench eval`` does)
   and reads a seeded subset of N examples (default 200, the official ``nb_elements``) of the task's
   validation split (:func:`~benchmark.engine.context.seeded_subset` with ``VAL_SUBSET_SEED``; all of
   them when the split is smaller), as training text: prompt, target, EOS
   (:meth:`~benchmark.engine.model.MultimodalLM.hidden_states`, ``output_hidden_states=True``). It
   runs in fp32 without autocast (as generation does), without gradients, ``batch_size`` examples at a
   time.
2. **Positions**, derived from the method's :class:`~methods.base.Conditioning` and the positions its
   :meth:`~methods.base.Method.soft_prompt_positions` declares:

   * perceptual: the prefix positions that are not soft prompt, at every hidden state l = 0..L; with
     layer writes (eP-ALM), the reserved slot from the first layer written into on (its hidden state
     there is the written token, as that layer reads it) and NaN before, where no perceptual token
     exists yet;
   * text: every text token (attention mask 1) after the slot and the prefix: the prompt (with the BOS
     when the tokenizer adds one), the target and EOS, teacher-forced. The official LLaVA path drops
     the system prompt before the image (``discard_first_text``); the suite's media always come
     first, so there is nothing before them to drop;
   * soft-prompt positions (eP-ALM's, DePALM's and PromptFuse's prompt) are on neither side;
   * a method with no perceptual token in the LM's residual stream (Flamingo: the image enters through
     gated cross-attention) and the controls (blind, text-oracle) get no numbers: IMA is n/a, never 0,
     with the reason recorded. This is decided on the meta device (the prefix length less the soft
     prompt), before any weight loads; the pass checks that the conditioning agrees.
3. **Pooling** per example e and hidden state l (``sim_mode`` "avg"): P_e^l is the mean of the
   perceptual positions, T_e^l the mean of the text positions. Index 0 is the input embeddings, index L
   the LM's ``last_hidden_state`` (after its final norm); where that entry has another width than the
   others (OPT-350m's ``project_out``), its pooled vectors are NaN.
4. **Curves** per hidden state l, with ``cos(a, b) = a.b / (|a| |b| + 1e-7)`` (``compute_sim``) in
   float64 on the stored float32 vectors, each a mean and a std (numpy's, ddof 0) over its pairs:

   * ``ima``: all N x N pairs (i, j) of cos(P_i^l, T_j^l) (matched and unmatched; ``img_layer=None``);
   * ``ima0``: all pairs of cos(P_i^e, T_j^l) with the perceptual side at its entry layer e: e = 0 for
     a prefix (the official ``imagelayer0`` mode, which the script labels IMA). With layer writes there
     is no perceptual token at the input; e is then the first layer written into (the connector's
     output as the LM first reads it, the analogue of a prefix at the input): the suite's choice,
     recorded as ``entry_layer``;
   * ``matched``: mean_i cos(P_i^l, T_i^l), each example's own pair only: **the suite's addition**,
     not in the official code;
   * ``pp`` and ``tt``: P-vs-P and T-vs-T, all pairs i != j at the same layer. The official references
     compare two different datasets or modalities (i < j over folders); one run has one task, so the
     suite compares distinct examples of it (suite adaptation).

   The scalar of each curve is its mean over the hidden states where it is finite (the official
   dashed ``axhline(np.mean(averages))``). The official plots ``range(32)`` of the 33 hidden states of
   a 32-layer LM, leaving out the final normed output; here every l = 0..L enters (suite choice).
5. **Storage**, in the run folder, each file atomically: ``ima/<split>-n<N>.safetensors`` (the pooled
   vectors only: ``perceptual`` and ``text``, N x (L+1) x D float32, NaN where no perceptual token),
   then ``ima/<split>-n<N>.json`` (per-layer numbers, scalars, positions and the subset; written last,
   it marks the result complete; an n/a result is this JSON alone). Both are logged under ``ima/`` to
   the run's MLflow run (its ``tracking.json``), with the finite scalars as metrics ``ima/<curve>``.
   A result already stored for the same N is read back instead of computed again (``recompute``
   forces a new pass); a finished run folder never changes, so it stays valid.
"""

from __future__ import annotations

import json
import math
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from benchmark.errors import ConfigError, DataError

DEFAULT_EXAMPLES = 200  # the official nb_elements
COSINE_EPS = 1e-7  # compute_sim: dot / (|a| |b| + 1e-7)
CURVES = ("ima", "ima0", "matched", "pp", "tt")
FOLDER = "ima"  # inside the run folder, and the MLflow artifact path
FORMAT = "ima/1"


# -- the maths, on pooled vectors -----------------------------------------------------------------
def cosine_matrix(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """(n, m) cosines between the rows of ``a`` (n, D) and ``b`` (m, D), in float64, as the official
    ``compute_sim``: ``a.b / (|a| |b| + 1e-7)``."""
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    norms = np.linalg.norm(a, axis=1)[:, None] * np.linalg.norm(b, axis=1)[None, :]
    return (a @ b.T) / (norms + COSINE_EPS)


def _stats(values: np.ndarray) -> tuple[float, float]:
    return float(np.mean(values)), float(np.std(values))


def _off_diagonal(square: np.ndarray) -> np.ndarray:
    return square[~np.eye(square.shape[0], dtype=bool)]


def alignment_curves(perceptual: np.ndarray, text: np.ndarray, entry_layer: int | None) -> dict[str, list[float]]:
    """Per hidden state l, the mean and std of each curve (``<curve>`` and ``<curve>_std``) from the
    pooled vectors ``perceptual`` and ``text`` (N, L+1, D), NaN where a side has no vector (every
    example NaN at that layer) or N < 2 leaves no pair i != j:

    * ``ima``: cos(P_i^l, T_j^l) over all N x N pairs; ``ima0``: cos(P_i^e, T_j^l), e = ``entry_layer``;
    * ``matched``: cos(P_i^l, T_i^l) over i (the suite's addition);
    * ``pp`` / ``tt``: cos(P_i^l, P_j^l) / cos(T_i^l, T_j^l) over i != j.
    """
    n, layers = perceptual.shape[0], perceptual.shape[1]
    out: dict[str, list[float]] = {key: [] for c in CURVES for key in (c, f"{c}_std")}

    def present(block: np.ndarray) -> bool:
        return bool(np.isfinite(block).all())

    entry = perceptual[:, entry_layer] if entry_layer is not None else None
    for layer in range(layers):
        p, t = perceptual[:, layer], text[:, layer]
        values: dict[str, tuple[float, float]] = {}
        if present(p) and present(t):
            pt = cosine_matrix(p, t)
            values["ima"] = _stats(pt)
            values["matched"] = _stats(np.diag(pt))
        if present(p) and n > 1:
            values["pp"] = _stats(_off_diagonal(cosine_matrix(p, p)))
        if present(t) and n > 1:
            values["tt"] = _stats(_off_diagonal(cosine_matrix(t, t)))
        if entry is not None and present(entry) and present(t):
            values["ima0"] = _stats(cosine_matrix(entry, t))
        for curve in CURVES:
            mean, std = values.get(curve, (math.nan, math.nan))
            out[curve].append(mean)
            out[f"{curve}_std"].append(std)
    return out


def layer_mean(values: list[float | None]) -> float | None:
    """The mean of the finite values (None for NaN, or when none is finite)."""
    finite = [v for v in values if v is not None and math.isfinite(v)]
    return float(np.mean(finite)) if finite else None


# -- which positions are perceptual ---------------------------------------------------------------
@dataclass(frozen=True)
class Layout:
    """Where a batch's tokens sit in the sequence :class:`~benchmark.engine.model.MultimodalLM`
    assembles for right-padded text, ``[slot] [prefix] [text] [pads]``.

    prefix: sequence indices of the perceptual prefix tokens (soft-prompt positions left out).
    slot_from: the first hidden state whose slot holds a perceptual token (the first layer written
        into); None without layer writes.
    text_start: the first text position (everything before it is slot or prefix).
    soft_prompt: how many soft-prompt positions were left out.
    """

    prefix: tuple[int, ...]
    slot_from: int | None
    text_start: int
    soft_prompt: int

    def perceptual_at(self, layer: int) -> list[int]:
        """Sequence indices of the perceptual tokens at hidden state ``layer`` (the slot is index 0)."""
        slot = [0] if self.slot_from is not None and layer >= self.slot_from else []
        return slot + list(self.prefix)

    @property
    def entry_layer(self) -> int | None:
        """The first hidden state holding a perceptual token (None: none ever does)."""
        if self.prefix:
            return 0
        return self.slot_from

    @property
    def tokens(self) -> int:
        """Perceptual positions once every one exists."""
        return len(self.prefix) + int(self.slot_from is not None)


def layout_of(method, cond, uses_slot: bool) -> Layout:
    """The :class:`Layout` of a batch conditioned by ``cond`` (a :class:`~methods.base.Conditioning`);
    ``uses_slot``: the wrapper reserved the slot (the method writes into layers)."""
    n_prefix = 0 if cond.prefix is None else int(cond.prefix.shape[1])
    soft = sorted(set(int(i) for i in method.soft_prompt_positions()))
    if any(i < 0 or i >= n_prefix for i in soft):
        raise ValueError(
            f"method {method.name!r} declares soft-prompt positions {soft} outside its {n_prefix}-token prefix"
        )
    offset = int(uses_slot)
    prefix = tuple(offset + i for i in range(n_prefix) if i not in soft)
    slot_from = min(cond.layer_writes) if (uses_slot and cond.layer_writes) else None
    return Layout(prefix=prefix, slot_from=slot_from, text_start=offset + n_prefix, soft_prompt=len(soft))


def expected_tokens(method) -> int:
    """Perceptual positions a method puts into the LM's residual stream, from its declarations alone
    (a meta-device build works): the prefix length (slot included) less the soft-prompt positions."""
    return int(method.prefix_length()) - len(set(method.soft_prompt_positions()))


def pool(states, mask, layout: Layout):
    """Pooled (B, L+1, D) perceptual and text vectors (float32 torch tensors) of one batch's hidden
    ``states`` (L+1 tensors (B, S, D)) and whole-sequence ``mask`` (B, S): the mean over the perceptual
    positions (NaN where there are none) and over the text tokens. A hidden state of another width than
    the input embeddings' is NaN on both sides."""
    import torch

    width = states[0].shape[-1]
    weights = mask.to(torch.float32).clone()
    weights[:, : layout.text_start] = 0
    weights = weights / weights.sum(1, keepdim=True)
    batch = states[0].shape[0]
    nan = torch.full((batch, width), float("nan"))
    perceptual, text = [], []
    for layer, hidden in enumerate(states):
        if hidden.shape[-1] != width:
            perceptual.append(nan)
            text.append(nan)
            continue
        hidden = hidden.float()
        text.append(torch.einsum("bs,bsd->bd", weights, hidden).cpu())
        where = layout.perceptual_at(layer)
        perceptual.append(hidden[:, where].mean(1).cpu() if where else nan)
    return torch.stack(perceptual, 1), torch.stack(text, 1)


# -- a finished run -------------------------------------------------------------------------------
@dataclass
class ImaPlan:
    """A checked request for one run folder's IMA; ``reason`` is why it is n/a (None: computable)."""

    run_dir: Path
    config: Any  # the run's RunConfig
    examples: int
    split: str
    reason: str | None
    tokens: int  # perceptual positions (0 when n/a)

    @property
    def stem(self) -> str:
        return f"{self.split}-n{self.examples}"

    @property
    def json_path(self) -> Path:
        return self.run_dir / FOLDER / f"{self.stem}.json"

    @property
    def pooled_path(self) -> Path:
        return self.run_dir / FOLDER / f"{self.stem}.safetensors"


def plan_ima(run_dir: str | Path, examples: int = DEFAULT_EXAMPLES) -> ImaPlan:
    """Check everything before any weight loads: ``run_dir`` holds a finished run (``metrics.json``
    with its config, a whole ``trainable.safetensors``), ``examples`` is at least 2 and the task has a
    validation split; decide whether the method puts perceptual tokens into the LM (a control does
    not; otherwise counted on the meta device), else the plan carries the reason IMA is n/a; when it
    does, check that the validation split's files are there."""
    import torch

    from benchmark.backbones.lm import lm_spec_for
    from benchmark.engine.checkpoint import check_trainable_file
    from benchmark.engine.config import read_run_config
    from benchmark.engine.context import describe_method
    from benchmark.registry import TASKS

    if isinstance(examples, bool) or not isinstance(examples, int) or examples < 2:
        raise ConfigError(f"IMA needs at least 2 examples (pairs of distinct examples); got {examples!r}")
    run_dir = Path(run_dir)
    if not run_dir.is_dir():
        raise ConfigError(f"{run_dir} is not a folder: expected a finished run folder")
    config = read_run_config(run_dir)
    check_trainable_file(run_dir / "trainable.safetensors")
    task_cls = TASKS.get(config.task)
    task = task_cls(data_dir=config.data.data_dir, val_images=config.data.val_images, variant=config.data.variant)
    split = task.val_split
    task.check_split(split)
    described = describe_method(config)
    cls = described.method_cls
    if cls.control is not None:
        reason = f"{cls.name} is a control ({cls.control} bound) and puts no perceptual token into the LM"
        return ImaPlan(run_dir, config, examples, split, reason, 0)
    with torch.device("meta"):
        method = cls(described.method_config, lm_spec_for(config.lm), described.encoder_spec)
    tokens = expected_tokens(method)
    if tokens <= 0:
        reason = (
            f"{cls.name} puts no perceptual token into the LM's residual stream (its media enter another way, "
            "e.g. through cross-attention): the alignment of perceptual and text tokens is undefined"
        )
        return ImaPlan(run_dir, config, examples, split, reason, 0)
    task.check_data([split])
    return ImaPlan(run_dir, config, examples, split, None, tokens)


def run_summary(run_dir: Path) -> dict[str, Any]:
    """What a report shows beside a run's IMA, read from its ``metrics.json``: name, method, task, LM,
    encoder, seed, data fraction and the headline metric (``value`` None when not scored)."""
    metrics = json.loads((run_dir / "metrics.json").read_text(encoding="utf-8"))
    name = metrics.get("metric")
    value = (metrics.get("metrics") or {}).get(name) if metrics.get("scored", True) else None
    return {
        "run": metrics.get("run") or run_dir.name,
        "method": metrics.get("method"),
        "task": metrics.get("task"),
        "lm": metrics.get("lm"),
        "encoder": metrics.get("encoder"),
        "seed": metrics.get("seed"),
        "data_fraction": metrics.get("data_fraction"),
        "metric": name,
        "value": value,
        "metric_split": metrics.get("split"),
    }


def _finite_or_none(values: list[float]) -> list[float | None]:
    return [v if math.isfinite(v) else None for v in values]


def compute_ima(plan: ImaPlan, batch_size: int = 16, progress: bool = True) -> dict[str, Any]:
    """Run the pass for a computable ``plan``, write the pooled vectors and then the JSON record into
    the run folder (atomically), and return the record."""
    import torch
    from safetensors.torch import save_file

    from benchmark.backbones.lm import lm_spec
    from benchmark.engine.context import VAL_SUBSET_SEED, build_context, describe_method, seeded_subset
    from benchmark.engine.io import atomic_path, atomic_write_json
    from benchmark.engine.runner import with_media
    from benchmark.logs import progress as progress_bar
    from benchmark.registry import TASKS

    if plan.reason is not None:
        raise ValueError(f"IMA of {plan.run_dir} is n/a: {plan.reason}")
    if batch_size < 1:
        raise ConfigError(f"batch size must be >= 1, got {batch_size}")
    t0 = time.perf_counter()
    config = plan.config
    ctx = build_context(
        config,
        describe_method(config),
        trained_weights=plan.run_dir / "trainable.safetensors",
        area="ima",
        progress=progress,
    )
    task = TASKS.get(config.task)(
        data_dir=config.data.data_dir, val_images=config.data.val_images, variant=config.data.variant
    )
    examples = with_media(task, plan.split, task.load(plan.split), config.data.missing_media, ctx.log)
    subset = seeded_subset(examples, plan.examples, VAL_SUBSET_SEED)
    if len(subset) < 2:
        raise ConfigError(f"{config.task} {plan.split}: {len(subset)} example(s); IMA needs at least 2")
    features = ctx.features_for(subset)
    model, device = ctx.model, ctx.accelerator.device
    model.eval()
    ctx.codec.encode(subset)
    perceptual, text, layout = [], [], None
    with progress_bar(total=len(subset), desc="ima", unit="example", enabled=ctx.verbose, area="ima") as bar:
        for start in range(0, len(subset), batch_size):
            batch = subset[start : start + batch_size]
            enc = ctx.codec.train_batch(batch)
            feats = None
            if features is not None:
                feats = {k: v.to(device) for k, v in features.gather([ex.media_id for ex in batch]).items()}
            states, mask, cond = model.hidden_states(
                feats, enc["input_ids"].to(device), enc["attention_mask"].to(device), enc["labels"].to(device)
            )
            layout = layout_of(model.method, cond, model.uses_slot)
            if layout.tokens != plan.tokens:
                raise RuntimeError(
                    f"method {config.method!r}: its conditioning holds {layout.tokens} perceptual positions, "
                    f"its declarations (prefix_length, soft_prompt_positions) {plan.tokens}"
                )
            p, t = pool(states, mask, layout)
            perceptual.append(p)
            text.append(t)
            bar.update(len(batch))
    pooled_p = torch.cat(perceptual).contiguous()
    pooled_t = torch.cat(text).contiguous()
    spec = lm_spec(ctx.lm)
    with atomic_path(plan.pooled_path) as tmp:
        save_file({"perceptual": pooled_p, "text": pooled_t}, str(tmp), metadata={"format": FORMAT})
    curves = alignment_curves(pooled_p.numpy(), pooled_t.numpy(), layout.entry_layer)
    record = {
        "format": FORMAT,
        **run_summary(plan.run_dir),
        "available": True,
        "reason": None,
        "split": plan.split,
        "examples": plan.examples,
        "n": len(subset),
        "subset": f"seeded subset of {len(subset)} of {len(examples)} examples (seed {VAL_SUBSET_SEED})"
        if len(subset) < len(examples)
        else "whole split",
        "uids": [ex.uid for ex in subset],
        "num_layers": spec.num_layers,
        "hidden_size": int(pooled_p.shape[-1]),
        "perceptual_tokens": layout.tokens,
        "soft_prompt_tokens": layout.soft_prompt,
        "entry_layer": layout.entry_layer,
        "layers": list(range(pooled_p.shape[1])),
        **{k: _finite_or_none(v) for k, v in curves.items()},
        "scalar": {c: layer_mean(curves[c]) for c in CURVES},
        "pooled": plan.pooled_path.name,
        "seconds": time.perf_counter() - t0,
    }
    atomic_write_json(plan.json_path, record)
    return record


def na_record(plan: ImaPlan) -> dict[str, Any]:
    """The record of an n/a plan (no pass, no pooled vectors), written to the run folder."""
    from benchmark.engine.io import atomic_write_json

    record = {
        "format": FORMAT,
        **run_summary(plan.run_dir),
        "available": False,
        "reason": plan.reason,
        "split": plan.split,
        "examples": plan.examples,
        "scalar": {c: None for c in CURVES},
    }
    atomic_write_json(plan.json_path, record)
    return record


def load_pooled(path: str | Path) -> tuple[np.ndarray, np.ndarray]:
    """The stored pooled ``(perceptual, text)`` vectors (N, L+1, D) of an IMA result."""
    from safetensors.numpy import load_file

    tensors = load_file(str(path))
    return tensors["perceptual"], tensors["text"]


def read_record(path: str | Path, source: str | None = None) -> dict[str, Any]:
    """One stored implicit-alignment record (``ima/<split>-n<N>.json``), checked (by reports and by
    :func:`stored_record`): a JSON object of its ``FORMAT`` with ``available`` (true or false), ``examples``
    and ``scalar`` (one entry per curve, null where not finite) and, when available, ``layers`` and a
    list per curve and per curve's std as long as ``layers``. Read as stored (nulls stay None). An
    error names ``source`` (default: the path)."""
    path = Path(path)
    source = source or str(path)
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise DataError(f"{source}: cannot read the IMA record ({type(exc).__name__}: {exc})") from None
    ok = (
        isinstance(record, dict)
        and record.get("format") == FORMAT
        and isinstance(record.get("available"), bool)
        and isinstance(record.get("examples"), int)
        and isinstance(record.get("scalar"), dict)
        and all(c in record["scalar"] for c in CURVES)
    )
    if ok and record["available"]:
        layers = record.get("layers")
        ok = isinstance(layers, list) and all(
            isinstance(record.get(k), list) and len(record[k]) == len(layers) for c in CURVES for k in (c, f"{c}_std")
        )
    if not ok:
        raise DataError(
            f"{source}: not an IMA record (expected the JSON object `bench report ima` writes, format {FORMAT!r}, "
            "with available, examples, scalar and, when available, the per-layer curves)"
        )
    return record


def stored_record(plan: ImaPlan) -> dict[str, Any] | None:
    """The result stored for ``plan`` (its JSON, and its pooled vectors when available), or None when
    there is none, it is not a valid record (:func:`read_record`, the check reports apply) or it no longer fits the plan."""
    try:
        record = read_record(plan.json_path)
    except DataError:
        return None
    if record["available"] != (plan.reason is None):
        return None
    if record.get("available") and not plan.pooled_path.is_file():
        return None
    return record


def log_to_mlflow(plan: ImaPlan, record: dict[str, Any]) -> str:
    """Log the stored files under ``ima/`` and the finite scalars as ``ima/<curve>`` to the run's
    MLflow run (from its ``tracking.json``); returns what happened, in one line. A store that is gone or
    fails is reported, never raised: the files in the run folder are the result."""
    from benchmark.engine.tracking import _store_lock, check_tracking_store, load_tracking_info

    info = load_tracking_info(plan.run_dir) or {}
    run_id, uri = info.get("run_id"), info.get("tracking_uri")
    if not run_id or not uri:
        return "not logged to MLflow: the run folder has no tracking.json"
    files = [plan.pooled_path, plan.json_path] if record.get("available") else [plan.json_path]
    try:
        check_tracking_store(uri, must_exist=True)
        from mlflow.entities import Metric

        from benchmark.engine.tracking import mlflow_client

        with _store_lock(uri):
            client = mlflow_client(uri)
        for path in files:
            client.log_artifact(run_id, str(path), FOLDER)
        now = int(time.time() * 1000)
        scalars = [Metric(f"ima/{k}", float(v), now, 0) for k, v in record["scalar"].items() if v is not None]
        if scalars:
            client.log_batch(run_id, metrics=scalars)
    except Exception as exc:
        return f"not logged to MLflow ({uri}): {type(exc).__name__}: {exc}".splitlines()[0]
    return f"logged to MLflow run {run_id}"


def run_ima(
    plan: ImaPlan, recompute: bool = False, log_mlflow: bool = True, batch_size: int = 16, progress: bool = True
) -> tuple[dict[str, Any], str]:
    """The IMA record of ``plan``: read back when stored (unless ``recompute``), else computed (or, when
    n/a, written as such); then logged to MLflow when ``log_mlflow``. Returns (record, a note saying
    where it came from and where it was logged)."""
    record = None if recompute else stored_record(plan)
    source = "read back from " + str(plan.json_path) if record is not None else "computed"
    if record is None:
        record = na_record(plan) if plan.reason is not None else compute_ima(plan, batch_size, progress)
    logged = log_to_mlflow(plan, record) if log_mlflow else "not logged to MLflow (asked not to)"
    return {**record, "run_dir": str(plan.run_dir)}, f"{source}; {logged}"
