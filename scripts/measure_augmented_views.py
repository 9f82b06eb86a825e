"""Time the feature extraction of easy-VQA's training images with efficientnet-lite0: the clean pass,
then augmented views 0..K-1 (recipe hflip + brightness_contrast), then all of them again from the
cache, on one fresh cache. Used for docs/diagnostics.md ("Augmented views: extraction cost").

    .venv/bin/python scripts/measure_augmented_views.py --fraction 0.01 --views 4
"""

from __future__ import annotations

import argparse
import tempfile
import time

import torch

from benchmark.backbones.factory import load_encoder
from benchmark.backbones.lm import default_cache_dir
from benchmark.engine.augment import Recipe
from benchmark.engine.config import load_config
from benchmark.engine.context import describe_method
from benchmark.engine.feature_cache import FeatureCache, cache_request, extract_features, namespace_for
from benchmark.engine.runner import load_data, plan_run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fraction", type=float, default=0.01, help="data.fraction of the training split")
    parser.add_argument("--views", type=int, default=4, help="augmented views to extract (K)")
    args = parser.parse_args()
    cfg = load_config(None, [f"data.fraction={args.fraction}", "encoder=efficientnet-lite0"])
    data = load_data(plan_run(cfg), lambda note: None)
    media = sorted({ex.media_id: ex.media_path for ex in data.train}.items())
    described = describe_method(cfg)
    stored = cache_request(described.feature_request, described.encoder_spec)
    encoder = load_encoder(cfg.encoder, cache_dir=default_cache_dir())
    print(f"torch threads {torch.get_num_threads()}, train examples {len(data.train)}, distinct images {len(media)}")
    recipe = Recipe.of(["hflip", "brightness_contrast"])
    cache = FeatureCache(tempfile.mkdtemp(prefix="aug-"), namespace_for(described.encoder_fingerprint, stored))

    def timed(label: str, view=None) -> None:
        t0 = time.perf_counter()
        table = extract_features(encoder, stored, media, cache, progress=False, view=view)
        print(f"{label}: computed {table.computed}, from cache {table.from_cache}, {time.perf_counter() - t0:.1f}s")

    timed("clean")
    for v in range(args.views):
        timed(f"view {v}", (recipe, v))
    timed("clean again")
    for v in range(args.views):
        timed(f"view {v} again", (recipe, v))
    size = sum(f.stat().st_size for f in cache.shard_dir.iterdir())
    print(f"cache shards {size / 2**20:.1f} MiB for clean + {args.views} views")


if __name__ == "__main__":
    main()
