"""The shared model wrapper: frozen LM + a method's trainable modules, for every decoder family.

Every method conditions the LM in some of these ways, and this module does the plumbing once:

* **Prefix embeddings** at the input: ``[slot?] [prefix] [text]``.
* **Layer writes**: a visual slot is reserved at position 0 of the sequence. Just before each
  injection layer runs, a forward pre-hook on that decoder layer overwrites the slot's hidden state
  with the method's projected token. In every layer before the first injection the hook also edits
  that layer's attention mask so that no other token attends to the slot (it does not exist yet);
  the slot sits first in a causal sequence, so it never sees text either. The placeholder at the
  input is a real token embedding (BOS), never a zero vector: RMSNorm's slope at 0 is 1/sqrt(eps),
  which turns a zero placeholder into infinite gradients in Llama/Gemma.
* **Blocked attention** inside the prefix (PromptFuse's BlindPrompt): the same per-forward mask
  edit, applied in every layer.
* **Modules inside the LM** (adapters, LoRA): the method's ``attach``/``detach``, called here.
* **Extra losses** (FROMAGe's retrieval): the method's ``extra_losses``, added to the LM loss.
* **The prompt**, for a method that reads it (``reads_prompt``, InstructBLIP's Q-Former): its
  tokens, left-aligned, passed as ``prompt=`` (:func:`prompt_tokens`); in training only the tokens
  before each row's target, so no target token reaches the method. Other methods get the features
  and the batch size only.
* **The LM loss** covers the target tokens or every text token (``loss_tokens``), summed per
  token or per sample (``loss_reduction``), optionally with label smoothing.
* **Training mode**: the frozen LM stays in eval mode (no dropout) unless ``lm_dropout`` is set (a
  paper recipe that trained with the LM's dropout on, as eP-ALM's official code does).
* **A trained encoder** (a method whose ``trains_encoder`` is True: Frozen's ``train_encoder``): the
  batch carries pixels instead of cached features, and :meth:`MultimodalLM.media_features` runs the
  method's encoder on them inside the forward (gradients reach it through the frozen LM).

Hooks work on the decoder-layer call signature shared by transformers' decoder families (OPT,
Llama, Gemma-3, Mistral, Qwen ...): ``layer(hidden_states, attention_mask=..., ...)``, with the mask
as None (causal, SDPA skip), a boolean (True = attend) or an additive float 4-D tensor.

Generation (greedy or beam search) runs its own loop over the LM with a ``DynamicCache``, passed under
the name the LM's ``forward`` takes (``cache`` in transformers releases that deprecate
``past_key_values``, ``past_key_values`` in older ones). Prompt batches are left-padded as
transformers does it, ``[pad..] [slot] [prefix] [prompt]``, so sliding windows (Gemma-3) cover the
same real tokens in every row; the slot's index is tracked per row.
Positions are the cumulative sum of the attention mask (pads take position 0, the slot 0 too).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field

import torch
import torch.nn.functional as F
from torch import nn
from transformers import DynamicCache

from benchmark.backbones.lm import decoder_layers, lm_spec
from benchmark.engine.feature_cache import PIXELS, live_features
from benchmark.engine.text import loss_labels
from methods.base import Conditioning, Method, PromptTokens


def cache_argument(lm: nn.Module) -> str:
    """The name of the KV-cache argument of ``lm.forward``: ``cache`` when it has one (transformers
    releases that deprecate ``past_key_values``), else ``past_key_values``."""
    try:
        params = inspect.signature(lm.forward).parameters
    except (TypeError, ValueError):
        return "past_key_values"
    return "cache" if "cache" in params else "past_key_values"


def prompt_tokens(
    ids: torch.Tensor, mask: torch.Tensor, pad_id: int, labels: torch.Tensor | None = None
) -> PromptTokens:
    """The prompt tokens of a text batch, left-aligned (each row's prompt last, ``pad_id`` before it)
    over the batch's longest prompt.

    Without ``labels`` (generation prompts) every token of ``mask`` is a prompt token; with them
    (right-padded training text, prompt + target + EOS) only the tokens before each row's first
    labelled token (``labels != -100``). A left-padded prompt batch comes back unchanged (trimmed to
    its longest prompt), and a training batch gives the very tensors its prompts give as a generation
    batch.
    """
    keep = mask.bool()
    if labels is not None:
        keep = keep & ((labels != -100).long().cumsum(-1) == 0)
    width = int(keep.sum(-1).max()) if keep.numel() else 0
    # a stable sort puts each row's other positions first and its prompt tokens last, in order
    order = torch.sort(keep.to(torch.int8), dim=1, stable=True).indices[:, keep.shape[1] - width :]
    kept = keep.gather(1, order)
    return PromptTokens(ids=ids.gather(1, order).masked_fill(~kept, pad_id), mask=kept.to(mask.dtype))


@dataclass
class _HookState:
    """What the layer hooks need to know about the forward pass in flight."""

    active: bool = False
    writes: dict[int, torch.Tensor] | None = None  # None: the slot is not in this forward's input
    past_len: int = 0  # tokens already in the KV cache before this forward
    slot_index: torch.Tensor | None = None  # (B,) absolute index of each row's slot
    blocks: torch.Tensor | None = None  # (B, n, 4) absolute (q0, q1, k0, k1) blocked spans
    masks: dict = field(default_factory=dict)  # edited masks of this forward, by the input mask's id


def causal_mask(q_len: int, past_len: int, device) -> torch.Tensor:
    """(1, 1, Q, K) boolean causal mask of ``q_len`` queries after ``past_len`` cached keys (what an
    attention mask of None means)."""
    q = torch.arange(past_len, past_len + q_len, device=device)[:, None]
    k = torch.arange(past_len + q_len, device=device)[None, :]
    return (k <= q)[None, None]


def hide_slot(mask: torch.Tensor | None, slot_index: torch.Tensor, q_len: int, past_len: int) -> torch.Tensor:
    """Return ``mask`` (None, boolean or additive float, shape (B, 1, Q, K)) with each row's slot key
    hidden from every query but the slot itself.

    ``slot_index`` (B,) is the slot's absolute index per row. Query rows left with nothing to
    attend to (padding) keep the slot key so softmax stays finite; their outputs are never used.
    """
    batch = slot_index.shape[0]
    device = slot_index.device
    k_len = past_len + q_len
    if mask is None:
        mask = causal_mask(q_len, past_len, device)
    if mask.shape[-1] != k_len:
        raise RuntimeError(
            f"attention mask covers {mask.shape[-1]} keys, expected {k_len}: layer injection needs every "
            "key in the cache (sliding-window caches that drop keys are not supported)"
        )
    out = mask.expand(batch, 1, q_len, k_len).clone()
    rows = torch.arange(batch, device=device)
    q_pos = torch.arange(past_len, k_len, device=device)
    hide = (q_pos[None, :] != slot_index[:, None])[:, None, :]  # (B, 1, Q)
    column = out[rows, :, :, slot_index]  # (B, 1, Q)
    if out.dtype == torch.bool:
        out[rows, :, :, slot_index] = column & ~hide
        empty = ~out.any(-1)
        out[rows, :, :, slot_index] = out[rows, :, :, slot_index] | empty
        return out
    neg = torch.finfo(out.dtype).min
    out[rows, :, :, slot_index] = torch.where(hide, torch.full_like(column, neg), column)
    empty = ~(out > neg / 2).any(-1)
    out[rows, :, :, slot_index] = torch.where(empty, torch.zeros_like(column), out[rows, :, :, slot_index])
    return out


def block_spans(mask: torch.Tensor | None, blocks: torch.Tensor, q_len: int, past_len: int) -> torch.Tensor:
    """Return ``mask`` (None, boolean or additive float, shape (B, 1, Q, K)) with attention from
    queries ``q0..q1-1`` to keys ``k0..k1-1`` removed, for each row's spans ``blocks`` (B, n, 4) of
    absolute indices."""
    batch = blocks.shape[0]
    device = blocks.device
    k_len = past_len + q_len
    if mask is None:
        mask = causal_mask(q_len, past_len, device)
    q = torch.arange(past_len, k_len, device=device).view(1, 1, -1, 1)
    k = torch.arange(k_len, device=device).view(1, 1, 1, -1)
    b = blocks[..., None, None]  # (B, n, 4, 1, 1)
    blocked = ((q >= b[:, :, 0]) & (q < b[:, :, 1]) & (k >= b[:, :, 2]) & (k < b[:, :, 3])).any(1)  # (B, Q, K)
    out = mask.expand(batch, 1, q_len, k_len)
    if out.dtype == torch.bool:
        return out & ~blocked[:, None]
    return torch.where(blocked[:, None], torch.full_like(out, torch.finfo(out.dtype).min), out)


class MultimodalLM(nn.Module):
    """A frozen causal LM conditioned by a method. Only ``self.method`` has trainable parameters."""

    def __init__(
        self,
        lm: nn.Module,
        tokenizer,
        method: Method,
        feature_norm: Sequence[str] = (),
        media_autocast: Callable[[], AbstractContextManager] = nullcontext,
    ) -> None:
        super().__init__()
        self.lm = lm
        self.tokenizer = tokenizer
        self.method = method
        # a live pass of a trained encoder (media_features): the features it LayerNorms (data.feature_norm) and
        # the precision it runs in (the run's autocast, as cached features are computed)
        self.feature_norm = tuple(feature_norm)
        self.media_autocast = media_autocast
        self.spec = lm_spec(lm)
        self.cache_arg = cache_argument(lm)  # read once per model
        self.lm.requires_grad_(False)
        self.lm.eval()
        self.lm_dropout = False  # True: the LM follows the wrapper's training mode (its dropout on)
        method.attach(lm)  # adapters / LoRA: the method's own (trainable) modules inside the LM
        self.injection_layers = sorted(method.injection_layers())
        self.uses_slot = bool(self.injection_layers)
        self._state = _HookState()
        layers = decoder_layers(lm)
        if self.injection_layers and self.injection_layers[-1] >= len(layers):
            raise ValueError(f"injection layer {self.injection_layers[-1]} but the LM has {len(layers)} layers")
        self._handles = []
        first = self.injection_layers[0] if self.uses_slot else 0
        for idx, layer in enumerate(layers):
            if method.edits_attention or idx < first or idx in self.injection_layers:
                self._handles.append(layer.register_forward_pre_hook(self._make_hook(idx, first), with_kwargs=True))
        self.pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
        self.eos_id = tokenizer.eos_token_id
        bos = tokenizer.bos_token_id
        self.placeholder_id = bos if bos is not None else self.eos_id

    def remove_hooks(self) -> None:
        """Detach this wrapper's hooks and the method's modules from the LM (so another method can
        wrap the same LM)."""
        for handle in self._handles:
            handle.remove()
        self._handles = []
        self.method.detach(self.lm)

    @contextmanager
    def plain_lm(self):
        """The frozen LM without the method's modules inside it (adapters, LoRA), for reference
        measurements; the method is attached again afterwards with its current weights."""
        self.method.detach(self.lm)
        try:
            yield self.lm
        finally:
            self.method.attach(self.lm)

    # -- training mode: the LM stays in eval mode (no dropout) unless lm_dropout -----------------
    def train(self, mode: bool = True):
        super().train(mode)
        if not (mode and self.lm_dropout):
            self.lm.eval()
        return self

    def trainable_parameters(self) -> list[nn.Parameter]:
        return [p for p in self.method.parameters() if p.requires_grad]

    def frozen_lm_parameter_count(self) -> int:
        """Parameters of the frozen LM, not counting modules a method attached inside it."""
        own = {id(p) for p in self.method.parameters()}
        return sum(p.numel() for p in self.lm.parameters() if id(p) not in own)

    # -- hooks ---------------------------------------------------------------------------------
    def _make_hook(self, idx: int, first: int):
        def hook(module, args, kwargs):
            state = self._state
            if not state.active:
                return None
            hidden = args[0] if args else kwargs["hidden_states"]
            if state.writes is not None and idx in state.writes:
                token = state.writes[idx].to(hidden.dtype).unsqueeze(1)  # (B, 1, D)
                where = state.slot_index.view(-1, 1, 1).expand(-1, 1, hidden.shape[-1])
                hidden = hidden.scatter(1, where, token)
            hides = idx < first  # the slot exists (as a key) but not yet for the text
            if hides or state.blocks is not None:
                # layers of one type share one mask object per forward: edit it once, not per layer
                mask = kwargs.get("attention_mask")
                key = (None if mask is None else id(mask), hides)
                if key not in state.masks:
                    q_len = hidden.shape[1]
                    edited = mask
                    if hides:
                        edited = hide_slot(edited, state.slot_index, q_len, state.past_len)
                    if state.blocks is not None:
                        edited = block_spans(edited, state.blocks, q_len, state.past_len)
                    state.masks[key] = edited
                kwargs["attention_mask"] = state.masks[key]
            if args:
                args = (hidden,) + tuple(args[1:])
            else:
                kwargs["hidden_states"] = hidden
            return args, kwargs

        return hook

    # -- the method's conditioning --------------------------------------------------------------
    def media_features(self, features: dict[str, torch.Tensor] | None) -> dict[str, torch.Tensor] | None:
        """The features the method reads. A batch of pixels (``{"pixels": ...}``: the run's
        :class:`~benchmark.engine.feature_cache.LiveMedia`, when the method trains its encoder) goes
        through the method's encoder here, inside the forward
        (:func:`~benchmark.engine.feature_cache.live_features`: with gradients in training, none in
        generation, under ``media_autocast`` in training and generation alike, the ``feature_norm``
        features LayerNorm-ed); cached features pass unchanged."""
        if features is None or PIXELS not in features:
            return features
        encoder = getattr(self.method, "encoder", None)
        if encoder is None:
            raise ValueError(f"method {self.method.name!r} got pixels but holds no encoder (attach_encoder)")
        request = self.method.feature_request(self.method.config)
        with self.media_autocast():
            return live_features(encoder, features[PIXELS], request, self.feature_norm)

    def condition(
        self,
        features: dict[str, torch.Tensor] | None,
        input_ids: torch.Tensor,
        attention_mask: torch.Tensor,
        labels: torch.Tensor | None = None,
    ) -> Conditioning:
        """The method's conditioning of a text batch: ``method(features, batch_size)``, plus
        ``prompt=`` (:func:`prompt_tokens`: the tokens before the target when ``labels`` are given,
        every token otherwise) for a method that reads the prompt."""
        batch = input_ids.shape[0]
        features = self.media_features(features)
        if not self.method.reads_prompt:
            return self.method(features, batch)
        return self.method(features, batch, prompt=prompt_tokens(input_ids, attention_mask, self.pad_id, labels))

    # -- sequence assembly ---------------------------------------------------------------------
    def embed_tokens(self, ids: torch.Tensor) -> torch.Tensor:
        return self.lm.get_input_embeddings()(ids)

    def _prefix_parts(self, cond: Conditioning, batch: int, device) -> list[torch.Tensor]:
        parts = []
        if self.uses_slot:
            slot = torch.full((batch, 1), self.placeholder_id, dtype=torch.long, device=device)
            parts.append(self.embed_tokens(slot))
        if cond.prefix is not None:
            dtype = parts[0].dtype if parts else self.lm.get_input_embeddings().weight.dtype
            parts.append((cond.prefix * self.spec.embed_scale).to(dtype))
        return parts

    def _assemble(self, cond: Conditioning, text_ids: torch.Tensor, text_mask: torch.Tensor):
        """Embeddings, 2-D attention mask, positions and slot index of the sequence.

        Text is right-padded (training) or left-padded (generation). Left padding is moved in front
        of the slot and prefix: ``[pad..] [slot] [prefix] [text]``.
        """
        batch, t_len = text_ids.shape
        parts = self._prefix_parts(cond, batch, text_ids.device)
        n_pre = sum(p.shape[1] for p in parts)
        embeds = torch.cat(parts + [self.embed_tokens(text_ids)], dim=1)
        mask = torch.cat([text_mask.new_ones(batch, n_pre), text_mask], dim=1)
        n_left = (text_mask.cumsum(-1) == 0).sum(-1)  # leading pads per row
        if bool(n_left.any()):
            ar = torch.arange(n_pre + t_len, device=text_ids.device)[None, :]
            left = n_left[:, None]
            # new position j takes old index: pads first, then slot/prefix, then the text
            order = torch.where(ar < left, ar + n_pre, torch.where(ar < left + n_pre, ar - left, ar))
            embeds = embeds.gather(1, order[..., None].expand(-1, -1, embeds.shape[-1]))
            mask = mask.gather(1, order)
        positions = (mask.long().cumsum(-1) - 1).clamp(min=0)
        return embeds, mask, positions, n_pre, n_left

    def _blocks(self, cond: Conditioning, start: torch.Tensor) -> torch.Tensor | None:
        """Absolute (B, n, 4) spans of ``cond.blocked``; ``start`` (B,) is where each row's slot (or
        prefix, without a slot) begins."""
        if not cond.blocked:
            return None
        if not self.method.edits_attention:
            raise ValueError(f"method {self.method.name!r} blocks attention but does not set edits_attention")
        spans = torch.tensor(cond.blocked, dtype=torch.long, device=start.device)  # (n, 4)
        prefix_start = start + int(self.uses_slot)
        return prefix_start.view(-1, 1, 1) + spans[None]

    def _run(self, writes, past_len: int, slot_index: torch.Tensor, blocks: torch.Tensor | None = None, **lm_kwargs):
        self._state = _HookState(active=True, writes=writes, past_len=past_len, slot_index=slot_index, blocks=blocks)
        try:
            return self.lm(**lm_kwargs)
        finally:
            self._state = _HookState()

    # -- training forward ----------------------------------------------------------------------
    def forward(
        self,
        features: dict[str, torch.Tensor] | None,
        input_ids: torch.Tensor,
        attention_mask: torch.Tensor,
        labels: torch.Tensor,
        loss_reduction: str = "token_mean",
        label_smoothing: float = 0.0,
        loss_tokens: str = "answer",
    ) -> torch.Tensor:
        """Next-token cross-entropy on the positions of the loss labels that are not -100: ``labels``
        with ``loss_tokens="answer"``, every text token after each row's first with ``"all"``
        (:func:`~benchmark.engine.text.loss_labels`). ``label_smoothing`` is torch's
        ``cross_entropy(label_smoothing=)``.

        ``input_ids`` are right-padded text (prompt + target + EOS); ``labels`` (the target tokens)
        align with them and are what the method's extra losses see; a method that reads the prompt gets
        the tokens before each row's first target token.
        """
        batch = input_ids.shape[0]
        features = self.media_features(features)  # once: the conditioning and extra losses read the same
        cond = self.condition(features, input_ids, attention_mask, labels)
        lm_labels = loss_labels(input_ids, attention_mask, labels, loss_tokens)
        # logits are needed only from the position before the first target token onwards; counted
        # from the end of the sequence, that does not depend on the positions before the text
        targets = (lm_labels != -100).any(0).nonzero()
        keep = lm_labels.shape[1] - int(targets[0]) + 1 if len(targets) else 2
        out, _, n_pre, _ = self.full_pass(cond, input_ids, attention_mask, logits_to_keep=keep)
        full_labels = torch.cat([lm_labels.new_full((batch, n_pre), -100), lm_labels], dim=1)
        logits = out.logits[:, :-1].float()
        shifted = full_labels[:, full_labels.shape[1] - keep + 1 :]
        token_loss = F.cross_entropy(
            logits.reshape(-1, logits.shape[-1]),
            shifted.reshape(-1),
            ignore_index=-100,
            reduction="none",
            label_smoothing=label_smoothing,
        )
        token_loss = token_loss.view(batch, -1)
        n_tokens = (shifted != -100).sum()
        if loss_reduction == "sample_sum":
            loss = token_loss.sum(1).mean()
        else:
            loss = token_loss.sum() / n_tokens.clamp(min=1)
        for extra in self.method.extra_losses(self, features, input_ids, attention_mask, labels).values():
            loss = loss + extra
        return loss

    # -- hidden states (analyses) --------------------------------------------------------------
    def full_pass(self, cond: Conditioning, input_ids: torch.Tensor, attention_mask: torch.Tensor, **lm_kwargs):
        """The LM's raw outputs on the whole sequence assembled for ``cond`` (prefix, layer writes and
        blocked spans applied, no cache): ``(outputs, mask, n_pre, start)`` with the sequence's
        attention mask, the number of positions before the text and each row's slot index. The
        training forward runs through it too (with ``logits_to_keep``), as do the analyses."""
        embeds, mask, positions, n_pre, start = self._assemble(cond, input_ids, attention_mask)
        out = self._run(
            cond.layer_writes or None,
            0,
            start,
            self._blocks(cond, start),
            inputs_embeds=embeds,
            attention_mask=mask,
            position_ids=positions,
            use_cache=False,
            **lm_kwargs,
        )
        return out, mask, n_pre, start

    @torch.no_grad()
    def hidden_states(
        self,
        features: dict[str, torch.Tensor] | None,
        input_ids: torch.Tensor,
        attention_mask: torch.Tensor,
        labels: torch.Tensor | None = None,
    ) -> tuple[list[torch.Tensor], torch.Tensor, Conditioning]:
        """Every layer's hidden states of one teacher-forced pass over right-padded text, on the
        sequence :meth:`forward` builds (``[slot] [prefix] [text] [pads]``): ``(states, mask, cond)``.

        ``states`` are the L+1 (B, S, D) tensors of the LM's ``output_hidden_states`` (index 0 the
        input embeddings, index L the last layer's output after the final norm); ``mask`` is the
        (B, S) attention mask of the whole sequence and ``cond`` the method's conditioning. The LM
        records at index l >= 1 what layer l-1 returned, before this wrapper's hook writes into the
        slot; at every layer l written into, ``states[l]`` holds the written token at the slot
        instead: the hidden state layer l reads."""
        cond = self.condition(features, input_ids, attention_mask, labels)
        out, mask, _, start = self.full_pass(
            cond, input_ids, attention_mask, output_hidden_states=True, logits_to_keep=1
        )
        states = list(out.hidden_states)
        for layer, token in cond.layer_writes.items():
            where = start.view(-1, 1, 1).expand(-1, 1, states[layer].shape[-1])
            states[layer] = states[layer].scatter(1, where, token.to(states[layer].dtype).unsqueeze(1))
        return states, mask, cond

    # -- generation ----------------------------------------------------------------------------
    @torch.no_grad()
    def generate(
        self,
        features: dict[str, torch.Tensor] | None,
        prompt_ids: torch.Tensor,
        prompt_mask: torch.Tensor,
        max_new_tokens: int = 5,
        num_beams: int = 1,
        length_penalty: float = 1.0,
        use_cache: bool = True,
        ignore_eos: bool = False,
    ) -> list[list[int]]:
        """Generate continuations of left-padded prompts; returns new token ids up to (not
        including) EOS for each row. ``ignore_eos`` (greedy only) always generates
        ``max_new_tokens`` tokens, for timing."""
        batch = prompt_ids.shape[0]
        cond = self.condition(features, prompt_ids, prompt_mask)  # once per batch, before beams expand
        embeds, mask, positions, _, slot_index = self._assemble(cond, prompt_ids, prompt_mask)
        writes = cond.layer_writes or None
        step = _Stepper(self, writes, embeds, mask, positions, slot_index, use_cache, self._blocks(cond, slot_index))
        if num_beams > 1:
            return self._beam_search(step, batch, max_new_tokens, num_beams, length_penalty)
        logits = step.first()
        done = torch.zeros(batch, dtype=torch.bool, device=prompt_ids.device)
        out: list[list[int]] = [[] for _ in range(batch)]
        for t in range(max_new_tokens):
            tokens = logits.argmax(-1)
            tokens = torch.where(done, torch.full_like(tokens, self.pad_id), tokens)
            for i, tok in enumerate(tokens.tolist()):
                if not done[i] and (tok != self.eos_id or ignore_eos):
                    out[i].append(tok)
            if not ignore_eos:
                done |= tokens == self.eos_id
            if bool(done.all()) or t == max_new_tokens - 1:
                break
            logits = step.next(tokens)
        return out

    def _beam_search(self, step: _Stepper, batch: int, max_new_tokens: int, num_beams: int, length_penalty: float):
        """Beam search with the KV cache. A hypothesis ends at EOS; its score is the sum of token
        log-probabilities over length**length_penalty (length counts the EOS). A row stops once it
        holds ``num_beams`` finished hypotheses (HF's ``early_stopping=True``)."""
        nb = num_beams
        logprobs = step.first().float().log_softmax(-1)  # (B, V)
        vocab = logprobs.shape[-1]
        scores, first = logprobs.topk(nb, dim=-1)  # (B, nb)
        step.expand(nb)
        beams = first.reshape(-1, 1)  # (B*nb, 1)
        scores = scores.reshape(-1)
        finished: list[list[tuple[float, list[int]]]] = [[] for _ in range(batch)]
        for t in range(1, max_new_tokens + 1):
            # move hypotheses that just produced EOS to `finished`; they keep running at -inf
            last = beams[:, -1]
            for flat in (last == self.eos_id).nonzero().flatten().tolist():
                b = flat // nb
                if len(finished[b]) < nb and scores[flat] > float("-inf"):
                    finished[b].append((float(scores[flat]) / (t**length_penalty), beams[flat, :-1].tolist()))
                scores[flat] = float("-inf")
            if all(len(f) >= nb for f in finished) or t == max_new_tokens:
                break
            logprobs = step.next(last).float().log_softmax(-1)
            total = (scores[:, None] + logprobs).view(batch, nb * vocab)
            best, idx = total.topk(nb, dim=-1)
            origin = (idx // vocab) + torch.arange(batch, device=idx.device)[:, None] * nb
            origin = origin.reshape(-1)
            beams = torch.cat([beams[origin], (idx % vocab).reshape(-1, 1)], dim=1)
            scores = best.reshape(-1)
            step.reorder(origin)
        results = []
        for b in range(batch):
            candidates = list(finished[b])
            for k in range(nb):
                flat = b * nb + k
                if scores[flat] > float("-inf"):
                    toks = beams[flat].tolist()
                    length = len(toks)
                    candidates.append((float(scores[flat]) / (length**length_penalty), toks))
            best_tokens = max(candidates, key=lambda c: c[0])[1] if candidates else []
            if self.eos_id in best_tokens:
                best_tokens = best_tokens[: best_tokens.index(self.eos_id)]
            results.append(best_tokens)
        return results


class _Stepper:
    """One decoding step at a time, with the KV cache or by recomputing the whole sequence."""

    def __init__(
        self, model: MultimodalLM, writes, embeds, mask, positions, slot_index, use_cache: bool, blocks=None
    ) -> None:
        self.m, self.writes, self.use_cache, self.slot_index = model, writes, use_cache, slot_index
        self.blocks = blocks  # spans inside the prefix: only forwards that include the prefix need them
        self.embeds, self.mask, self.positions = embeds, mask, positions
        self.cache = DynamicCache() if use_cache else None
        self.generated: torch.Tensor | None = None

    def first(self) -> torch.Tensor:
        out = self.m._run(
            self.writes,
            0,
            self.slot_index,
            self.blocks,
            inputs_embeds=self.embeds,
            attention_mask=self.mask,
            position_ids=self.positions,
            use_cache=self.use_cache,
            **{self.m.cache_arg: self.cache},
            logits_to_keep=1,
        )
        return out.logits[:, -1]

    def next(self, tokens: torch.Tensor) -> torch.Tensor:
        tokens = tokens.view(-1, 1)
        self.mask = torch.cat([self.mask, self.mask.new_ones(tokens.shape[0], 1)], dim=1)
        self.positions = torch.cat([self.positions, self.positions[:, -1:] + 1], dim=1)
        if self.use_cache:
            past = self.cache.get_seq_length()
            out = self.m._run(
                None,
                past,
                self.slot_index,
                input_ids=tokens,
                attention_mask=self.mask,
                position_ids=self.positions[:, -1:],
                use_cache=True,
                **{self.m.cache_arg: self.cache},
                logits_to_keep=1,
            )
            return out.logits[:, -1]
        self.generated = tokens if self.generated is None else torch.cat([self.generated, tokens], dim=1)
        embeds = torch.cat([self.embeds, self.m.embed_tokens(self.generated).to(self.embeds.dtype)], dim=1)
        out = self.m._run(
            self.writes,
            0,
            self.slot_index,
            self.blocks,
            inputs_embeds=embeds,
            attention_mask=self.mask,
            position_ids=self.positions,
            use_cache=False,
            logits_to_keep=1,
        )
        return out.logits[:, -1]

    def expand(self, n: int) -> None:
        """Repeat every row ``n`` times (beam search after the first step)."""
        self.mask = self.mask.repeat_interleave(n, 0)
        self.positions = self.positions.repeat_interleave(n, 0)
        self.embeds = self.embeds.repeat_interleave(n, 0)
        self.slot_index = self.slot_index.repeat_interleave(n, 0)
        if self.blocks is not None:
            self.blocks = self.blocks.repeat_interleave(n, 0)
        if self.writes is not None:
            self.writes = {k: v.repeat_interleave(n, 0) for k, v in self.writes.items()}
        if self.cache is not None:
            self.cache.batch_repeat_interleave(n)

    def reorder(self, index: torch.Tensor) -> None:
        """Keep rows ``index`` (beam search: the surviving beams' origins)."""
        self.mask = self.mask[index]
        self.positions = self.positions[index]
        self.embeds = self.embeds[index]
        self.slot_index = self.slot_index[index]
        if self.blocks is not None:
            self.blocks = self.blocks[index]
        if self.writes is not None:
            self.writes = {k: v[index] for k, v in self.writes.items()}
        if self.generated is not None:
            self.generated = self.generated[index]
        if self.cache is not None:
            self.cache.reorder_cache(index)
