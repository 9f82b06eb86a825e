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
