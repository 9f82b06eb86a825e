"""Feature cache: a second extraction runs no encoder pass; keys, subsets, corrupt media, concurrency."""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import multiprocessing as mp
import re

import numpy as np
import pytest
import torch
from PIL import Image

from benchmark.backbones.specs import EncoderFeatures, EncoderSpec, FeatureRequest
from benchmark.engine.feature_cache import FeatureCache, extract_features, namespace_for
from benchmark.engine.media import file_digest, load_image
from benchmark.errors import DataError
from benchmark.logs import get_logger, setup_logging

REQUEST = FeatureRequest(layers=2, grid=True, pooled=True)


class FakeEncoder(torch.nn.Module):
    """Three 'layers' of features computed from 8x8 pixels; counts forward calls and images."""

    def __init__(self, fingerprint: str = "fake-v1"):
        super().__init__()
        self.fingerprint = fingerprint
        self.spec = EncoderSpec(layer_widths=(3, 3, 3), grid_width=3, grid_tokens=4, pooled_width=3)
        self.calls = 0
        self.images = 0
        torch.manual_seed(0)
        self.proj = torch.nn.Linear(3, 3)

    def preprocess(self, images):
        arrays = [np.asarray(im.resize((8, 8)), dtype=np.float32).reshape(64, 3) / 255 for im in images]
        return torch.from_numpy(np.stack(arrays))  # (B, 64, 3)

    def forward(self, pixels):
        self.calls += 1
        assert not self.training and not torch.is_grad_enabled()  # eval mode, inference mode
        self.images += pixels.shape[0]
        x = self.proj(pixels)
        layers = [x.mean(1) * (i + 1) for i in range(3)]
        return EncoderFeatures(layer_tokens=layers, grid=x[:, :4], pooled=x.amax(1))


def _write_images(folder, n, start=0):
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(start, start + n):
        path = folder / f"{i}.png"
        Image.new("RGB", (10, 10), (i * 20 % 256, i * 7 % 256, 255 - i)).save(path)
        out.append((f"img{i}", str(path)))
    return out


def _extract(encoder, media, cache, request=REQUEST):
    return extract_features(encoder, request, media, cache, batch_size=2, progress=False, num_workers=2)


def _cache(root, encoder, request=REQUEST):
    return FeatureCache.for_encoder(root, encoder.fingerprint, request)


def test_second_run_is_all_cache_hits(tmp_path, capsys):
    media = _write_images(tmp_path / "img", 5)
    media += [("q-shares-img0", media[0][1]), media[1]]  # duplicates by content and by id
    enc = FakeEncoder().train()
    setup_logging()  # what `bench` does: progress lines go to stderr (not a terminal here: one line at the end)
    first = extract_features(enc, REQUEST, media, _cache(tmp_path / "c", enc), batch_size=2, progress=True)
    (line,) = capsys.readouterr().err.splitlines()
    assert re.fullmatch(r"features: 100% 5/5 media \[\d\d:\d\d, [\d.]+ (media/s|s/media)\] \(cached 0\)", line)
    assert (first.computed, first.from_cache) == (5, 0)
    assert enc.images == 5 and enc.calls == 3 and enc.training  # mode restored
    assert set(first.tensors) == {"layer.0", "layer.1", "grid", "pooled"}
    assert first.tensors["grid"].shape == (5, 4, 3) and first.tensors["grid"].dtype == torch.float32

    enc2 = FakeEncoder()
    second = _extract(enc2, media, _cache(tmp_path / "c", enc2))
    assert enc2.calls == 0 and (second.computed, second.from_cache) == (0, 5)
    ids = ["img3", "q-shares-img0", "img0", "img4"]
    a, b = first.gather(ids), second.gather(ids)
    for name in a:
        assert torch.equal(a[name], b[name])
    assert torch.equal(a["pooled"][1], a["pooled"][2])
    assert not a["pooled"].is_inference()  # usable in autograd (features @ trainable weights)
    with pytest.raises(KeyError, match="nope"):
        first.gather(["nope"])


def test_fingerprint_or_request_change_misses(tmp_path):
    media = _write_images(tmp_path / "img", 3)
    enc = FakeEncoder()
    _extract(enc, media, _cache(tmp_path / "c", enc))
    other = FakeEncoder(fingerprint="fake-v2")  # new weights or preprocessing
    assert _extract(other, media, _cache(tmp_path / "c", other)).computed == 3
    small = FeatureRequest(layers=1)
    enc3 = FakeEncoder()
    table = _extract(enc3, media, _cache(tmp_path / "c", enc3, small), request=small)
    assert table.computed == 3 and list(table.tensors) == ["layer.0"]
    assert (
        len({namespace_for("fake-v1", REQUEST), namespace_for("fake-v2", REQUEST), namespace_for("fake-v1", small)})
        == 3
    )
    assert namespace_for("fake-v1", REQUEST).startswith("fake-v1--L2-G1-P1--")


def test_subset_hits_and_new_image_only_computes_it(tmp_path):
    media = _write_images(tmp_path / "img", 6)
    enc = FakeEncoder()
    cache = _cache(tmp_path / "c", enc)
    full = _extract(enc, media, cache)
    sub = _extract(FakeEncoder(), media[1:4], cache)
    assert (sub.computed, sub.from_cache) == (0, 3)
    assert torch.equal(sub.gather(["img2"])["grid"], full.gather(["img2"])["grid"])

    grown = media + _write_images(tmp_path / "img", 1, start=6)
    enc2 = FakeEncoder()
    table = _extract(enc2, grown, cache)
    assert (table.computed, table.from_cache, enc2.images) == (1, 6, 1)
    assert len(cache) == 7

    # renaming a file does not miss (content key); editing it does
    renamed = tmp_path / "img" / "renamed.png"
    renamed.write_bytes((tmp_path / "img" / "0.png").read_bytes())
    assert _extract(FakeEncoder(), [("r", str(renamed))], cache).computed == 0
    Image.new("RGB", (10, 10), (1, 2, 3)).save(renamed)
    assert _extract(FakeEncoder(), [("r", str(renamed))], cache).computed == 1


def test_corrupt_image_raises_and_cache_stays_valid(tmp_path):
    media = _write_images(tmp_path / "img", 4)
    enc = FakeEncoder()
    cache = _cache(tmp_path / "c", enc)
    _extract(enc, media[:2], cache)
    manifest_before = cache.manifest_path.read_text()

    bad = tmp_path / "img" / "12.png"
    bad.write_bytes((tmp_path / "img" / "3.png").read_bytes()[:40])  # truncated PNG
    with pytest.raises(DataError, match=r"could not decode image .*12\.png: expected a readable PNG/JPEG"):
        _extract(FakeEncoder(), media[:2] + [("bad", str(bad))], cache)
    assert cache.manifest_path.read_text() == manifest_before
    found, missing = cache.lookup([file_digest(p) for _, p in media[:2]])
    assert len(found) == 2 and missing == []

    # an error later in the pass keeps the rows finished before it, and the manifest stays valid
    with pytest.raises(DataError, match="12.png"):
        _extract(FakeEncoder(), media[2:] + [("bad", str(bad))], cache)
    json.loads(cache.manifest_path.read_text())
    enc2 = FakeEncoder()
    assert _extract(enc2, media, cache).computed == 0 and enc2.calls == 0

    with pytest.raises(DataError, match="does not exist"):
        _extract(FakeEncoder(), [("gone", str(tmp_path / "gone.png"))], cache)
    with pytest.raises(DataError, match="does not exist"):
        load_image(tmp_path / "gone.png")


@contextlib.contextmanager
def _cache_warnings():
    records = []
    handler = logging.Handler(logging.WARNING)
    handler.emit = records.append
    logger = get_logger("feature_cache")
    logger.addHandler(handler)
    try:
        yield records
    finally:
        logger.removeHandler(handler)


def test_unreadable_shard_is_recomputed_and_replaced(tmp_path):
    media = _write_images(tmp_path / "img", 3)
    enc = FakeEncoder()
    cache = _cache(tmp_path / "c", enc)
    first = _extract(enc, media, cache)
    (broken,) = cache.shard_dir.iterdir()
    broken.write_bytes(broken.read_bytes()[:100])  # truncated
    with _cache_warnings() as records:
        table = _extract(FakeEncoder(), media, cache)
    assert table.computed == 3
    assert len(records) == 1 and "unreadable" in records[0].getMessage() and broken.name in records[0].getMessage()
    assert not broken.exists() and len(list(cache.shard_dir.iterdir())) == 1  # replaced by a fresh shard
    enc3 = FakeEncoder()
    with _cache_warnings() as records:
        third = _extract(enc3, media, cache)  # repaired: every row is a hit again
    assert records == [] and enc3.calls == 0 and third.from_cache == 3
    for name in first.tensors:
        assert torch.equal(third.tensors[name], first.tensors[name])


def test_overwritten_shard_values_fail_the_checksum(tmp_path):
    media = _write_images(tmp_path / "img", 3)
    enc = FakeEncoder()
    cache = _cache(tmp_path / "c", enc)
    first = _extract(enc, media, cache)
    manifest = json.loads(cache.manifest_path.read_text())
    (shard,) = cache.shard_dir.iterdir()
    assert manifest["checksums"] == {shard.name: hashlib.sha256(shard.read_bytes()).hexdigest()}
    data = bytearray(shard.read_bytes())
    data[-4:] = np.float32(1234.5).tobytes()  # a value changed in place: the file still loads
    shard.write_bytes(bytes(data))
    enc2 = FakeEncoder()
    with _cache_warnings() as records:
        second = _extract(enc2, media, cache)
    assert len(records) == 1 and "do not match the checksum" in records[0].getMessage()
    assert second.computed == 3 and enc2.images == 3
    for name in first.tensors:
        assert torch.equal(second.tensors[name], first.tensors[name])  # the overwritten value is not used
    assert _extract(FakeEncoder(), media, cache).from_cache == 3


def _add_rows(args):
    root, namespace, start = args
    cache = FeatureCache(root, namespace)
    for k in range(start, start + 20):
        cache.add({f"digest-{k}": {"pooled": torch.full((3,), float(k))}})


def test_concurrent_adds_lose_nothing(tmp_path):
    ctx = mp.get_context("spawn")
    with ctx.Pool(2) as pool:
        pool.map(_add_rows, [(str(tmp_path), "ns", 0), (str(tmp_path), "ns", 20)])
    cache = FeatureCache(tmp_path, "ns")
    found, missing = cache.lookup([f"digest-{k}" for k in range(40)])
    assert missing == [] and all(found[f"digest-{k}"]["pooled"][0] == k for k in range(40))
