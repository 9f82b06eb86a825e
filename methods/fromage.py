"""FROMAGe (Koh, Salakhutdinov and Fried, ICML 2023): captioning prefix plus [RET]-token retrieval.

Captioning: the pooled image embedding (CLIP ViT-L/14: 1024, before CLIP's projection) goes through
Linear(Dv, n*d) and the n tokens (n=1; 4 in a released variant) are a prefix at the LM input.

Retrieval: a new [RET] token is appended to each text ("caption [RET]") in a text-only pass of the
frozen LM. Its last hidden state goes through Linear(d, 256); the pooled image embedding through
Linear(Dv, 256); both are L2-normalised and compared with a learned temperature (initialised to
1/0.07 as exp of a learned log-scale), under the symmetric InfoNCE loss over the batch. Only the
[RET] embedding row of the vocabulary trains. Loss = caption CE + text-only CE on "caption [RET]" +
contrastive, each with weight 1 (options). Trainable with OPT-6.7B: 3 linears + [RET] row +
temperature = 5,513,729 (reported 5.51M). Evaluation adds text-to-image and image-to-text recall@1/5/10
on the test split's media (``extra_metrics``). Source: github.com/kohjingyu/fromage and the paper.

Choices and deviations (each an option where it matters):

* The [RET] row is one vector used as the new token's input embedding and as its output row (OPT,
  FROMAGe's LM, ties them). For LMs with an untied head (GPT-J) this still ties the new row: UNCONFIRMED
  what FROMAGe would do there. Its initial value is the mean of the LM's input embeddings (what
  transformers' ``resize_token_embeddings`` starts new rows from, without its noise).
* Text-only CE (``ret_lm``), as FROMAGe's retrieval-mode LM loss (``fromage/models.py``, transformers'
  mean loss): the mean cross-entropy over every predicted token of "text [RET]" in the batch (each
  row's text tokens after its first, then [RET]), with [RET] a column of the extended vocabulary in
  every position's softmax. [RET] thus carries about 1/T of the term (T tokens per text), and the
  text tokens' terms have a gradient too: through the [RET] row's output logit in their softmax.
* After every optimizer step the [RET] row is rescaled to the mean norm of the LM's input-embedding
  rows (``main.py`` normalises the trainable row after each step), through
  :meth:`after_optimizer_step`; ``rescale_ret_embedding=false`` turns it off.
* Training recipe (``paper_recipe``, ``--recipe paper``; the shared recipe otherwise), from ``main.py``'s
  defaults: AdamW lr 3e-4, betas (0.9, 0.95), eps 1e-8, no weight decay, 100 warm-up steps
  (GradualWarmupScheduler), then StepLR x0.1 every 10 x 2,000 steps, which is the end of the
  default 10 epochs of 2,000 steps: constant after the warm-up; batch 180, gradient clipping 1.0.
  Not followed: concatenating two captions with probability 0.5 in the captioning pass.
* Retrieval text (``retrieval_text``): "prompt_and_target" (default) uses the example's prompt and
  target, e.g. "A picture of a blue circle" on ``easy-vqa-caption`` and question + answer on VQA
  tasks; "target" uses the target alone. The last token before [RET] is the text's last token (no EOS).
* Relevance in recall@k: an image is a correct retrieval for a text when one of that image's own
  examples has exactly the same retrieval text (captions repeat on easy-VQA; with unique captions
  this is the usual one-image-per-caption definition).
* The temperature's scale is clamped at 100 (as CLIP does); FROMAGe leaves it unclamped.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import torch
import torch.nn.functional as F
from torch import nn

from benchmark.backbones.specs import EncoderSpec, FeatureRequest, LMSpec
from benchmark.engine.recipe import Recipe
from benchmark.engine.text import left_pad
from benchmark.errors import ConfigError
from benchmark.registry import register_method
from benchmark.search_space import Choice
from methods.base import Conditioning, Method
from tasks.metrics.retrieval import chance_recall_at_k, recall_at_k

RETRIEVAL_TEXTS = ("prompt_and_target", "target")


@dataclass
class FROMAGeConfig:
    """Options of FROMAGe (``--set method_options.<field>=...``)."""

    prefix_tokens: int = 1  # n visual tokens from the pooled embedding (4 in a released variant)
    retrieval: bool = True  # train and evaluate the [RET] retrieval head
    retrieval_dim: int = 256
    temperature: float = 0.07  # initial temperature: logit scale starts at 1/temperature
    max_logit_scale: float = 100.0
    ret_lm_loss_weight: float = 1.0  # text-only CE on "text [RET]"
    contrastive_loss_weight: float = 1.0
    retrieval_text: str = "prompt_and_target"
    recall_ks: list[int] = field(default_factory=lambda: [1, 5, 10])
    retrieval_batch_size: int = 32  # text-only passes per batch in evaluation
    rescale_ret_embedding: bool = True  # after every optimizer step: [RET] row norm = mean embedding row norm


@register_method("fromage")
class FROMAGe(Method):
    """FROMAGe: a linear prefix from the pooled image embedding, plus [RET]-token retrieval."""

    search_space = {**Method.search_space, "method_options.prefix_tokens": Choice((1, 4))}
    config_cls = FROMAGeConfig
    paper_recipe = Recipe(
        betas=(0.9, 0.95),
        eps=1e-8,
        weight_decay=0.0,
        lr=3e-4,
        warmup_steps=100,
        schedule="constant",
        batch_size=180,
        grad_clip=1.0,
        loss_tokens="answer",
        loss_reduction="token_mean",
        prompt_template="main.py: no input prompt by default (input_prompt None): the caption after the image",
        preprocessing="main.py: image_size 224 with CLIP's processor; here the encoder preset's own",
        sources={
            "betas": "main.py: --beta1 0.9, --beta2 0.95",
            "eps": "main.py: AdamW(..., eps=1e-8)",
            "weight_decay": "main.py: --weight-decay 0.0",
            "lr": "main.py: --lr 0.0003",
            "warmup_steps": "main.py: --lr-warmup-steps 100 (GradualWarmupScheduler)",
            "schedule": "main.py: StepLR(step_size=10 x 2000 steps, gamma 0.1) never fires in 10 epochs of 2000 steps",
            "batch_size": "main.py: --batch-size 180",
            "grad_clip": "main.py: --grad-clip 1.0",
            "loss_tokens": "fromage/models.py: captioning labels are the caption tokens (visual prefix masked)",
            "loss_reduction": "fromage/models.py: transformers' causal-LM loss, mean over labelled tokens",
            "label_smoothing": "fromage/models.py: transformers' causal-LM loss, no label smoothing",
            "lm_dropout": "fromage/models.py: train() keeps the frozen LM in eval mode",
        },
        citation="Koh et al., ICML 2023; github.com/kohjingyu/fromage (main.py, fromage/models.py)",
    )

    def __init__(self, config: FROMAGeConfig, lm: LMSpec, encoder: EncoderSpec | None) -> None:
        super().__init__(config, lm, encoder)
        assert encoder is not None
        if config.prefix_tokens < 1:
            raise ConfigError("fromage: prefix_tokens must be at least 1")
        if config.retrieval_text not in RETRIEVAL_TEXTS:
            raise ConfigError(
                f"fromage: retrieval_text must be one of {', '.join(RETRIEVAL_TEXTS)}, got {config.retrieval_text!r}"
            )
        if not config.temperature > 0:
            raise ConfigError("fromage: temperature must be positive")
        d = lm.embed_dim
        self.caption_proj = nn.Linear(encoder.pooled_width, config.prefix_tokens * d)
        if config.retrieval:
            self.ret_embedding = nn.Parameter(torch.zeros(d))
            self.text_proj = nn.Linear(d, config.retrieval_dim)
            self.image_proj = nn.Linear(encoder.pooled_width, config.retrieval_dim)
            self.logit_scale = nn.Parameter(torch.tensor(math.log(1.0 / config.temperature)))

    @classmethod
    def feature_request(cls, config: FROMAGeConfig) -> FeatureRequest:
        return FeatureRequest(pooled=True)

    def prefix_length(self) -> int:
        return self.config.prefix_tokens

    def attach(self, lm: nn.Module) -> None:
        """Start the [RET] row at the mean input embedding (once: re-attaching keeps trained values)."""
        if self.config.retrieval and not getattr(self, "_ret_started", False):
            self._ret_started = True
            with torch.no_grad():
                self.ret_embedding.copy_(lm.get_input_embeddings().weight.float().mean(0).to(self.ret_embedding.dtype))

    def forward(self, features, batch_size: int) -> Conditioning:
        pooled = features["pooled"]
        prefix = self.caption_proj(pooled).view(pooled.shape[0], self.config.prefix_tokens, -1)
        return Conditioning(prefix=prefix)

    def after_optimizer_step(self, model) -> None:
        """Rescale the [RET] row to the mean norm of the LM's input-embedding rows (FROMAGe's
        ``main.py`` does it after every step)."""
        if not (self.config.retrieval and self.config.rescale_ret_embedding):
            return
        with torch.no_grad():
            if getattr(self, "_row_norm", None) is None:  # the LM is frozen: measured once
                weight = model.lm.get_input_embeddings().weight
                self._row_norm = float(weight.float().norm(dim=1).mean())
            norm = float(self.ret_embedding.float().norm())
            if norm > 0:
                self.ret_embedding.mul_(self._row_norm / norm)

    # -- retrieval ---------------------------------------------------------------------------------
    def _ret_pass(self, model, rows: list[list[int]], with_loss: bool = False):
        """Text-only pass of ``rows`` (token ids) followed by [RET]: returns the [RET] token's last
        hidden state (B, d) and, with ``with_loss``, the mean cross-entropy over every predicted token
        of "text [RET]" in the batch (each row's tokens after its first, then [RET]; the softmax
        covers the LM's vocabulary and the [RET] column), else None."""
        ids, mask = left_pad(rows, model.pad_id, self.ret_embedding.device)  # [RET] goes last in every row
        mask = torch.cat([mask, mask.new_ones(len(rows), 1)], dim=1)
        text = model.embed_tokens(ids)
        ret = (self.ret_embedding * model.spec.embed_scale).to(text.dtype).expand(len(rows), 1, -1)
        embeds = torch.cat([text, ret], dim=1)
        positions = (mask.cumsum(-1) - 1).clamp(min=0)
        out = model.lm(
            inputs_embeds=embeds,
            attention_mask=mask,
            position_ids=positions,
            use_cache=False,
            output_hidden_states=True,
            logits_to_keep=embeds.shape[1] if with_loss else 1,
        )
        last = out.hidden_states[-1]  # after the LM's final norm: what its head reads
        if not with_loss:
            return last[:, -1], None
        # position p predicts token p + 1: the next text token, and [RET] from the last text position
        ret_logit = last[:, :-1].float() @ self.ret_embedding.float()  # the [RET] column of the extended vocabulary
        vocab_logits = out.logits[:, :-1].float()
        log_norm = torch.logsumexp(torch.cat([vocab_logits, ret_logit[..., None]], dim=-1), dim=-1)
        text_target = vocab_logits[:, :-1].gather(-1, ids[:, 1:, None]).squeeze(-1)
        target = torch.cat([text_target, ret_logit[:, -1:]], dim=1)
        predicted = (mask[:, :-1] == 1) & (mask[:, 1:] == 1)  # both tokens real (no padding)
        nll = torch.where(predicted, log_norm - target, torch.zeros_like(target))
        return last[:, -1], nll.sum() / predicted.sum().clamp(min=1)

    def _embed_texts(self, hidden: torch.Tensor) -> torch.Tensor:
        return F.normalize(self.text_proj(hidden.to(self.text_proj.weight.dtype)), dim=-1)

    def _embed_images(self, pooled: torch.Tensor) -> torch.Tensor:
        return F.normalize(self.image_proj(pooled.to(self.image_proj.weight.dtype)), dim=-1)

    def _scale(self) -> torch.Tensor:
        return self.logit_scale.exp().clamp(max=self.config.max_logit_scale)

    def contrastive_loss(self, text_emb: torch.Tensor, image_emb: torch.Tensor) -> torch.Tensor:
        """Symmetric InfoNCE: row i of each side is the positive of row i of the other."""
        logits = self._scale() * text_emb.float() @ image_emb.float().T
        target = torch.arange(logits.shape[0], device=logits.device)
        return 0.5 * (F.cross_entropy(logits, target) + F.cross_entropy(logits.T, target))

    def _training_rows(self, input_ids, attention_mask, labels) -> list[list[int]]:
        rows = []
        for ids, mask, lab in zip(input_ids.tolist(), attention_mask.tolist(), labels.tolist()):
            targets = [i for i, v in enumerate(lab) if v != -100]
            end = targets[-1]  # the EOS closing the target
            start = targets[0] if self.config.retrieval_text == "target" else 0
            row = [t for t, m in zip(ids[start:end], mask[start:end]) if m]
            rows.append(row)
        return rows

    def extra_losses(self, model, features, input_ids, attention_mask, labels) -> dict[str, torch.Tensor]:
        if not self.config.retrieval:
            return {}
        hidden, ret_lm = self._ret_pass(model, self._training_rows(input_ids, attention_mask, labels), with_loss=True)
        losses = {"ret_lm": ret_lm * self.config.ret_lm_loss_weight}
        contrastive = self.contrastive_loss(self._embed_texts(hidden), self._embed_images(features["pooled"]))
        losses["contrastive"] = contrastive * self.config.contrastive_loss_weight
        return losses

    def _example_rows(self, examples, codec) -> list[list[int]]:
        rows = []
        for ex in examples:
            prompt, target = codec.ids(ex)
            target = target[:-1]  # without EOS
            rows.append(list(target) if self.config.retrieval_text == "target" else list(prompt) + list(target))
        return rows

    @torch.no_grad()
    def extra_metrics(self, model, examples, features, codec, device) -> dict[str, float]:
        """Text-to-image and image-to-text recall@k (percent) over ``examples``' texts and media, and
        the recall@k a random ranking gets in expectation (``*_chance_at_k``)."""
        if not self.config.retrieval or not examples:
            return {}
        rows = self._example_rows(examples, codec)
        size = self.config.retrieval_batch_size
        text_emb = torch.cat(
            [self._embed_texts(self._ret_pass(model, rows[i : i + size])[0]) for i in range(0, len(rows), size)]
        )
        media = list(dict.fromkeys(ex.media_id for ex in examples))
        pooled = features.gather(media)["pooled"].to(device)
        image_emb = self._embed_images(pooled)
        # relevance: image m answers text t when one of m's own examples has t's exact text
        texts_of_media: dict[str, set[tuple[int, ...]]] = {}
        for ex, row in zip(examples, rows):
            texts_of_media.setdefault(ex.media_id, set()).add(tuple(row))
        relevant = torch.tensor([[tuple(row) in texts_of_media[m] for m in media] for row in rows], device=device)
        similarity = text_emb.float() @ image_emb.float().T
        out: dict[str, float] = {}
        for k, v in recall_at_k(similarity, relevant, self.config.recall_ks).items():
            out[f"t2i_recall_at_{k}"] = v
        for k, v in recall_at_k(similarity.T, relevant.T, self.config.recall_ks).items():
            out[f"i2t_recall_at_{k}"] = v
        # what a random ranking gets: the level recall is judged against (repeated texts raise it above k / N)
        for k, v in chance_recall_at_k(relevant, self.config.recall_ks).items():
            out[f"t2i_chance_at_{k}"] = v
        for k, v in chance_recall_at_k(relevant.T, self.config.recall_ks).items():
            out[f"i2t_chance_at_{k}"] = v
        return out
