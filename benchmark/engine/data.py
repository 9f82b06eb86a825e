"""Seeded data selection: stratified subsampling of a training split and group-wise hold-outs.

Both functions are deterministic for a given seed and input order, and keep the kept items in
their original order.
"""

from __future__ import annotations

import math
import os
import random
from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar

from benchmark.errors import ConfigError

T = TypeVar("T")


def _allocate(sizes: dict[str, int], fraction: float) -> dict[str, int]:
    """Per-stratum counts: largest remainders towards ``round(fraction * N)``, at least 1 each."""
    target = round(fraction * sum(sizes.values()))
    quota = {s: fraction * n for s, n in sizes.items()}
    alloc = {s: min(n, max(1, math.floor(quota[s]))) for s, n in sizes.items()}
    while sum(alloc.values()) < target:  # give one more to the stratum furthest below its quota
        s = max((s for s in alloc if alloc[s] < sizes[s]), key=lambda s: (quota[s] - alloc[s], s))
        alloc[s] += 1
    while sum(alloc.values()) > target:  # take one back from the stratum furthest above its quota
        over = [s for s in alloc if alloc[s] > 1]
        if not over:
            break
        s = max(over, key=lambda s: (alloc[s] - quota[s], s))
        alloc[s] -= 1
    return alloc


def stratified_subsample(examples: Sequence[T], fraction: float, seed: int, key: Callable[[T], str]) -> list[T]:
    """Keep ``fraction`` of ``examples`` in every stratum ``key(example)``.

    The total is ``round(fraction * N)`` where possible; every non-empty stratum keeps at least one
    example when ``fraction > 0``. Each stratum draws with its own generator seeded by
    ``(seed, stratum)``, so the choice in one stratum does not depend on the others.
    """
    if not 0.0 <= fraction <= 1.0:
        raise ConfigError(f"data fraction must be in [0, 1], got {fraction}")
    if fraction == 1.0:
        return list(examples)
    if fraction == 0.0 or not examples:
        return []
    strata: dict[str, list[int]] = {}
    for i, ex in enumerate(examples):
        strata.setdefault(str(key(ex)), []).append(i)
    alloc = _allocate({s: len(idx) for s, idx in strata.items()}, fraction)
    kept: list[int] = []
    for s, idx in strata.items():
        kept += random.Random(f"{seed}/{s}").sample(idx, alloc[s])
    return [examples[i] for i in sorted(kept)]


def split_by_group(
    items: Sequence[T], group_key: Callable[[T], Hashable], holdout: float, seed: int
) -> tuple[list[T], list[T]]:
    """Split ``items`` into ``(kept, held_out)`` so that no group straddles the two sides.

    ``round(holdout * n_groups)`` groups are held out, at least one when ``holdout > 0`` and at
    least one kept when ``holdout < 1``; groups are drawn with ``random.Random(seed)`` in order of
    first appearance.
    """
    if not 0.0 <= holdout <= 1.0:
        raise ConfigError(f"held-out share must be in [0, 1], got {holdout}")
    groups = list(dict.fromkeys(group_key(x) for x in items))
    n = round(holdout * len(groups))
    if holdout > 0.0 and groups:
        n = max(n, 1)
    if holdout < 1.0 and len(groups) > 1:
        n = min(n, len(groups) - 1)
    held = set(random.Random(seed).sample(groups, n))
    kept = [x for x in items if group_key(x) not in held]
    return kept, [x for x in items if group_key(x) in held]


def missing_media(examples, limit: int = 5) -> tuple[int, int, list[str]]:
    """(distinct media, missing media, first ``limit`` missing paths) of ``examples``."""
    paths = {ex.media_path for ex in examples if ex.media_path is not None}
    absent = sorted(p for p in paths if not os.path.exists(p))
    return len(paths), len(absent), absent[:limit]
