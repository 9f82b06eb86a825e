"""Seeded stratified subsampling and group-wise hold-out splits (benchmark.engine.data)."""

from collections import Counter

import pytest

from benchmark.engine.data import split_by_group, stratified_subsample
from benchmark.errors import ConfigError

# 1000 items: 740 "yes/no", 260 "other" (like easy-VQA's 74% yes/no), 10 items per group
ITEMS = [{"i": i, "type": "yes/no" if i % 100 < 74 else "other", "group": i // 10} for i in range(1000)]


def by_type(x):
    return x["type"]


def test_deterministic_for_a_seed():
    a = stratified_subsample(ITEMS, 0.1, seed=3, key=by_type)
    assert a == stratified_subsample(ITEMS, 0.1, seed=3, key=by_type)
    assert a != stratified_subsample(ITEMS, 0.1, seed=4, key=by_type)


def test_stratum_proportions_and_order():
    kept = stratified_subsample(ITEMS, 0.1, seed=0, key=by_type)
    assert Counter(x["type"] for x in kept) == {"yes/no": 74, "other": 26}
    assert [x["i"] for x in kept] == sorted(x["i"] for x in kept)  # original order kept


def test_total_is_rounded_fraction_of_all():
    items = [{"type": t} for t in "aaaaabbbbbccccc"]  # 3 strata of 5; 0.5 * 15 = 7.5 -> 8
    kept = stratified_subsample(items, 0.5, seed=0, key=by_type)
    counts = Counter(x["type"] for x in kept)
    assert sum(counts.values()) == round(0.5 * 15)
    assert sorted(counts.values()) == [2, 3, 3]


def test_fraction_one_returns_everything():
    assert stratified_subsample(ITEMS, 1.0, seed=7, key=by_type) == ITEMS


def test_tiny_fraction_keeps_one_per_stratum():
    kept = stratified_subsample(ITEMS, 0.0001, seed=0, key=by_type)  # round(0.1) = 0 -> 1 each
    assert Counter(x["type"] for x in kept) == {"yes/no": 1, "other": 1}
    assert stratified_subsample(ITEMS, 0.0, seed=0, key=by_type) == []
    assert stratified_subsample([], 0.5, seed=0, key=by_type) == []


def test_tiny_stratum_survives_small_fraction():
    items = [{"type": "big"}] * 999 + [{"type": "rare"}]
    kept = stratified_subsample(items, 0.01, seed=0, key=by_type)
    assert Counter(x["type"] for x in kept) == {"big": 9, "rare": 1}  # total round(9.99) = 10


def test_invalid_fraction():
    with pytest.raises(ConfigError):
        stratified_subsample(ITEMS, 1.5, seed=0, key=by_type)


def test_split_by_group_integrity():
    kept, held = split_by_group(ITEMS, lambda x: x["group"], holdout=0.1, seed=0)
    kept_groups, held_groups = {x["group"] for x in kept}, {x["group"] for x in held}
    assert not kept_groups & held_groups
    assert len(held_groups) == 10  # round(0.1 * 100 groups)
    assert len(kept) + len(held) == len(ITEMS)
    assert all(len([x for x in held if x["group"] == g]) == 10 for g in held_groups)
    assert [x["i"] for x in kept] == sorted(x["i"] for x in kept)


def test_split_by_group_deterministic_and_seeded():
    split = lambda seed: split_by_group(ITEMS, lambda x: x["group"], 0.1, seed)  # noqa: E731
    assert split(0) == split(0)
    assert split(0)[1] != split(1)[1]


def test_split_by_group_edges():
    group = lambda x: x["group"]  # noqa: E731
    assert split_by_group(ITEMS, group, 0.0, seed=0) == (ITEMS, [])
    kept, held = split_by_group(ITEMS, group, 0.001, seed=0)  # rounds to 0 -> at least one group
    assert len({x["group"] for x in held}) == 1
    kept, held = split_by_group(ITEMS, group, 0.999, seed=0)  # at least one group stays
    assert len({x["group"] for x in kept}) == 1
