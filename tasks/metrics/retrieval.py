"""Recall@k for cross-modal retrieval (text-to-image and image-to-text).

A query counts as a hit at k when at least one of its relevant items is among the k most similar
items. Ties in similarity are broken by item index (lower first), so results are deterministic.
Values are percentages, as retrieval papers (FROMAGe, CLIP) report them.
"""

from __future__ import annotations

from collections.abc import Iterable

import torch


def recall_at_k(similarity: torch.Tensor, relevant: torch.Tensor, ks: Iterable[int] = (1, 5, 10)) -> dict[int, float]:
    """Recall@k in percent for each k.

    similarity: (Q, N) scores, higher is more similar. relevant: (Q, N) booleans, True where item n
    is a correct answer for query q; every query needs at least one. k larger than N counts all N.
    """
    if similarity.shape != relevant.shape or similarity.dim() != 2:
        raise ValueError(
            f"similarity {tuple(similarity.shape)} and relevant {tuple(relevant.shape)} must be equal (Q, N)"
        )
    if not bool(relevant.any(1).all()):
        raise ValueError("every query needs at least one relevant item")
    n_items = similarity.shape[1]
    # stable sort on -similarity: equal scores keep index order
    order = torch.sort(-similarity.double(), dim=1, stable=True).indices
    hits = relevant.gather(1, order)  # (Q, N) relevance in rank order
    first_hit = hits.float().argmax(1)  # rank of the first relevant item (0-based)
    return {k: 100.0 * float((first_hit < min(k, n_items)).double().mean()) for k in ks}


def chance_recall_at_k(relevant: torch.Tensor, ks: Iterable[int] = (1, 5, 10)) -> dict[int, float]:
    """The recall@k in percent that a uniformly random ranking gets in expectation, for the same
    relevance as :func:`recall_at_k`: a query with ``r`` of ``N`` items relevant misses all of them in
    its top k with probability C(N - r, k) / C(N, k) (drawing k items without replacement). With one
    relevant item per query this is k / N; with repeated texts (several relevant images) it is higher."""
    if relevant.dim() != 2 or not bool(relevant.any(1).all()):
        raise ValueError("relevant must be (Q, N) with at least one relevant item per query")
    n_items = relevant.shape[1]
    r = relevant.sum(1).double()
    out = {}
    for k in ks:
        miss = torch.ones_like(r)
        for i in range(min(k, n_items)):  # product of (N - r - i) / (N - i), clamped at 0 once N - r < k
            miss = miss * ((n_items - r - i).clamp(min=0) / (n_items - i))
        out[k] = 100.0 * float((1 - miss).mean())
    return out
