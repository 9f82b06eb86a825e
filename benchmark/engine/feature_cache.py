"""Frozen encoder outputs cached on disk, so a second run over the same data runs no encoder pass.

Layout: ``<root>/features/<namespace>/`` holds ``shards/*.safetensors`` (one stacked float32 tensor
per feature name, rows in the order listed in the shard's metadata) and ``manifest.json`` mapping a
media content digest to ``[shard, row]``. The namespace (:func:`namespace_for`) covers the encoder,
its weights and preprocessing (the encoder's ``fingerprint``) and the :class:`FeatureRequest`; the
media are keyed by the SHA-256 of their bytes, so renaming a file does not miss and editing one does.
An augmented view of an image (``data.augment_views``, :mod:`benchmark.engine.augment`) is keyed by
the SHA-256 of (its digest, ``aug:<recipe hash>:<view>``), next to the clean features.

A method that trains its encoder (Frozen's ``train_encoder``) bypasses all of this: the run reads
:class:`LiveMedia` (preprocessed pixels per batch) instead of a table, and the model computes the
features in every forward with :func:`live_features`; nothing is written here.

Writes are crash- and concurrency-safe: :meth:`FeatureCache.add` writes a new shard atomically, then
merges its entries (and the shard's SHA-256) into the manifest under an exclusive ``flock`` and
replaces the manifest atomically. An interrupted run leaves at worst an unreferenced shard, never a
manifest entry that points at missing data.

Reads verify: a shard whose bytes no longer match its recorded SHA-256, or that does not load
(truncated, deleted), is dropped from the manifest and deleted with a warning, so its rows are
recomputed and written to a fresh shard instead of being recomputed again on every later run.
"""

from __future__ import annotations

import contextlib
import hashlib
import inspect
import json
import os
import re
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F
from safetensors import safe_open
from safetensors.torch import save_file

from benchmark.backbones.specs import FeatureRequest
from benchmark.engine.io import atomic_path, atomic_write_json
from benchmark.engine.media import file_digest, load_image
from benchmark.errors import ConfigError, DataError
from benchmark.logs import get_logger
from benchmark.logs import progress as progress_bar

try:  # POSIX; the suite targets Linux and macOS
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None  # type: ignore[assignment]

__all__ = [
    "PIXELS",
    "AugmentedViews",
    "FeatureCache",
    "FeatureTable",
    "LiveMedia",
    "extract_features",
    "live_features",
    "namespace_for",
]

MANIFEST_VERSION = 1
Tensor = torch.Tensor
_log = get_logger("feature_cache")


def _shard_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def namespace_for(encoder_fingerprint: str, request: FeatureRequest) -> str:
    """A directory name: a readable slug of the fingerprint, the request tag and a short hash."""
    digest = hashlib.sha256(f"{encoder_fingerprint}\n{request.tag()}".encode()).hexdigest()[:16]
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", encoder_fingerprint).strip("-.")[:40] or "encoder"
    return f"{slug}--{request.tag()}--{digest}"


class FeatureCache:
    """One namespace of cached features: ``lookup`` by media digest and ``add`` new rows."""

    def __init__(self, root: str | Path, namespace: str, info: dict[str, Any] | None = None):
        self.root = Path(root)
        self.namespace = namespace
        self.dir = self.root / "features" / namespace
        self.info = dict(info or {})  # recorded in the manifest for humans (fingerprint, request)

    @classmethod
    def for_encoder(cls, root: str | Path, encoder_fingerprint: str, request: FeatureRequest) -> FeatureCache:
        info = {"encoder_fingerprint": encoder_fingerprint, "request": request.tag()}
        return cls(root, namespace_for(encoder_fingerprint, request), info=info)

    @property
    def manifest_path(self) -> Path:
        return self.dir / "manifest.json"

    @property
    def shard_dir(self) -> Path:
        return self.dir / "shards"

    def __repr__(self) -> str:
        return f"FeatureCache({str(self.dir)!r})"

    # -- reading ---------------------------------------------------------------------------------
    def _read_manifest(self) -> dict[str, Any]:
        path = self.manifest_path
        if not path.is_file():
            return {"version": MANIFEST_VERSION, "info": self.info, "entries": {}}
        try:
            manifest = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(manifest.get("entries"), dict):
                raise ValueError("no 'entries' mapping")
        except (ValueError, AttributeError) as exc:
            raise DataError(
                f"feature cache manifest {path} is corrupt ({exc}); delete {self.dir} to rebuild it"
            ) from None
        return manifest

    def digests(self) -> set[str]:
        """Every media digest with cached features."""
        return set(self._read_manifest()["entries"])

    def __len__(self) -> int:
        return len(self._read_manifest()["entries"])

    def lookup(self, digests: Sequence[str]) -> tuple[dict[str, dict[str, Tensor]], list[str]]:
        """Split ``digests`` into cached features (per digest: name -> tensor) and missing ones.

        A shard that cannot be read (deleted, damaged) or whose bytes do not match its recorded
        checksum turns its rows into misses, with a warning, and is dropped from the cache (see
        :meth:`_drop_shard`), so the rows recomputed by the caller are stored afresh by :meth:`add`.
        """
        manifest = self._read_manifest()
        entries = manifest["entries"]
        checksums = manifest.get("checksums", {})
        wanted = list(dict.fromkeys(digests))
        by_shard: dict[str, list[tuple[str, int]]] = {}
        for digest in wanted:
            if digest in entries:
                shard, row = entries[digest]
                by_shard.setdefault(shard, []).append((digest, int(row)))
        found: dict[str, dict[str, Tensor]] = {}
        for shard, rows in by_shard.items():
            path = self.shard_dir / shard
            try:
                expected = checksums.get(shard)  # None: written before checksums were recorded
                if expected is not None and _shard_sha256(path) != expected:
                    raise ValueError("its bytes do not match the checksum recorded when it was written")
                found.update(self._read_rows(path, rows))
            except Exception as exc:
                _log.warning(
                    "warning: feature cache shard %s is unreadable (%s); dropping it and recomputing its rows",
                    path,
                    str(exc).splitlines()[0] if str(exc) else type(exc).__name__,
                )
                self._drop_shard(shard)
        return found, [d for d in wanted if d not in found]

    def _drop_shard(self, shard: str) -> None:
        """Remove every manifest entry of a broken shard, then the shard file (best effort: a
        read-only cache only warns)."""
        try:
            with self._lock():
                manifest = self._read_manifest()
                entries = manifest["entries"]
                stale = [digest for digest, (name, _) in entries.items() if name == shard]
                for digest in stale:
                    del entries[digest]
                manifest.get("checksums", {}).pop(shard, None)
                atomic_write_json(self.manifest_path, manifest, indent=None)
                with contextlib.suppress(FileNotFoundError):
                    (self.shard_dir / shard).unlink()
        except OSError as exc:
            _log.warning("warning: could not drop the broken feature cache shard %s (%s)", shard, exc)

    @staticmethod
    def _read_rows(path: Path, rows: list[tuple[str, int]]) -> dict[str, dict[str, Tensor]]:
        out: dict[str, dict[str, Tensor]] = {digest: {} for digest, _ in rows}
        with safe_open(str(path), framework="pt") as fh:
            for name in fh.keys():  # noqa: SIM118 - safe_open handles are not iterable
                sliced = fh.get_slice(name)
                total = sliced.get_shape()[0]
                if len(rows) * 4 >= total:  # most of the shard: read it whole
                    full = fh.get_tensor(name)
                    for digest, row in rows:
                        out[digest][name] = full[row]
                else:  # a few rows of a big shard: read only those
                    for digest, row in rows:
                        out[digest][name] = sliced[row : row + 1][0]
        return out

    # -- writing ---------------------------------------------------------------------------------
    @contextlib.contextmanager
    def _lock(self) -> Iterator[None]:
        self.dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(str(self.dir / ".lock"), os.O_CREAT | os.O_RDWR, 0o666)
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    def add(self, items: dict[str, dict[str, Tensor]]) -> int:
        """Store new rows (digest -> name -> tensor); returns how many were new.

        Every item must carry the same names with the same shapes. Digests already cached are skipped.
        """
        known = self._read_manifest()["entries"]
        digests = [d for d in items if d not in known]
        if not digests:
            return 0
        names = sorted(items[digests[0]])
        for digest in digests:
            if sorted(items[digest]) != names:
                raise ValueError(
                    f"feature cache: item {digest[:12]} has names {sorted(items[digest])}, expected {names}"
                )
        stacked = {name: torch.stack([items[d][name].detach().cpu() for d in digests]).contiguous() for name in names}
        shard = f"shard-{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:12]}.safetensors"
        self.shard_dir.mkdir(parents=True, exist_ok=True)
        with atomic_path(self.shard_dir / shard) as tmp:
            save_file(stacked, str(tmp), metadata={"digests": json.dumps(digests)})
            checksum = _shard_sha256(tmp)
        with self._lock():  # read-merge-write so concurrent writers never lose each other's rows
            manifest = self._read_manifest()
            entries = manifest["entries"]
            added = 0
            for row, digest in enumerate(digests):
                if digest not in entries:
                    entries[digest] = [shard, row]
                    added += 1
            manifest["version"] = MANIFEST_VERSION
            manifest.setdefault("info", {}).update(self.info)
            manifest["names"] = names
            if added:
                manifest.setdefault("checksums", {})[shard] = checksum
            atomic_write_json(self.manifest_path, manifest, indent=None)
        return added


# ---------------------------------------------------------------------------------------------
@dataclass
class FeatureTable:
    """Features of a set of media, one row per distinct media content.

    tensors: name -> (N, ...) float32; index: media_id -> row. computed/from_cache count rows.
    """

    tensors: dict[str, Tensor]
    index: dict[str, int]
    computed: int
    from_cache: int

    @property
    def names(self) -> list[str]:
        return list(self.tensors)

    def __len__(self) -> int:
        return len(self.index)

    def gather(self, media_ids: Sequence[str]) -> dict[str, Tensor]:
        """The features of a batch of media, in order: name -> (B, ...)."""
        try:
            rows = torch.tensor([self.index[m] for m in media_ids], dtype=torch.long)
        except KeyError as exc:
            raise KeyError(
                f"media id {exc.args[0]!r} is not in this feature table ({len(self.index)} media were extracted)"
            ) from None
        return {name: t.index_select(0, rows) for name, t in self.tensors.items()}

    def for_request(self, request: FeatureRequest, cached_layers: int) -> FeatureTable:
        """A view holding exactly what ``request`` asks for, when this table was extracted with
        every layer token (``cached_layers`` of them): the deepest ``request.layers`` are renamed
        ``layer.0 ..`` (shallowest first). Caching all layer tokens lets methods and options that
        take different numbers of layers share one cache."""
        first = cached_layers - request.layers
        tensors = {f"layer.{i}": self.tensors[f"layer.{first + i}"] for i in range(request.layers)}
        for name in ("grid", "pooled"):
            if getattr(request, name):
                tensors[name] = self.tensors[name]
        return FeatureTable(tensors=tensors, index=self.index, computed=self.computed, from_cache=self.from_cache)

    def normalised(self, names: Sequence[str]) -> FeatureTable:
        """A table whose ``names`` tensors are LayerNorm-ed without affine parameters over their last
        dimension (each grid token and the pooled vector on its own); the cache keeps the raw features."""
        tensors = {n: F.layer_norm(t, t.shape[-1:]) if n in names else t for n, t in self.tensors.items()}
        return FeatureTable(tensors=tensors, index=self.index, computed=self.computed, from_cache=self.from_cache)


@dataclass
class AugmentedViews:
    """The features of K augmented views of the training media: ``tables[v]`` holds view ``v``
    (:mod:`benchmark.engine.augment`). computed/from_cache count rows over every view."""

    tables: list[FeatureTable]

    @property
    def computed(self) -> int:
        return sum(t.computed for t in self.tables)

    @property
    def from_cache(self) -> int:
        return sum(t.from_cache for t in self.tables)

    def __len__(self) -> int:
        return len(self.tables)

    def gather(self, media_ids: Sequence[str], epochs: Sequence[int]) -> dict[str, Tensor]:
        """The features of a batch: media ``media_ids[i]`` from view ``epochs[i] mod K``."""
        views = [e % len(self.tables) for e in epochs]
        if len(set(views)) == 1:
            return self.tables[views[0]].gather(media_ids)
        rows = [self.tables[v].gather([m]) for m, v in zip(media_ids, views, strict=True)]
        return {name: torch.cat([r[name] for r in rows]) for name in rows[0]}

    def for_request(self, request: FeatureRequest, cached_layers: int) -> AugmentedViews:
        """Every view narrowed to ``request`` (see :meth:`FeatureTable.for_request`)."""
        return AugmentedViews([t.for_request(request, cached_layers) for t in self.tables])

    def normalised(self, names: Sequence[str]) -> AugmentedViews:
        """Every view normalised (see :meth:`FeatureTable.normalised`)."""
        return AugmentedViews([t.normalised(names) for t in self.tables])


def cache_request(request: FeatureRequest, spec: Any) -> FeatureRequest:
    """What to extract and cache for ``request``: every layer token of the encoder (they are small)
    whenever any is asked for, plus the grid/pooled features asked for."""
    return FeatureRequest(
        layers=len(spec.layer_widths) if request.layers else 0, grid=request.grid, pooled=request.pooled
    )


class _TableBuilder:
    """Preallocates (N, ...) float32 tensors on the first row seen and fills rows in place."""

    def __init__(self, num_rows: int, names: list[str]):
        self.num_rows = num_rows
        self.names = names
        self.tensors: dict[str, Tensor] = {}

    def put(self, row: int, features: dict[str, Tensor]) -> None:
        for name in self.names:
            t = features[name]
            if name not in self.tensors:
                self.tensors[name] = torch.empty((self.num_rows, *t.shape), dtype=torch.float32)
            target = self.tensors[name]
            if tuple(t.shape) != tuple(target.shape[1:]):
                raise ValueError(
                    f"feature {name!r} has shape {tuple(t.shape)} for one media and "
                    f"{tuple(target.shape[1:])} for another; the encoder must produce "
                    "fixed-size features"
                )
            target[row].copy_(t)

    def row(self, row: int) -> dict[str, Tensor]:
        return {name: self.tensors[name][row] for name in self.names}


def _submit_batch(pool: ThreadPoolExecutor, digests: list[str], load_one: Callable[[str], Any]) -> list[Future]:
    return [pool.submit(load_one, d) for d in digests]


def extract_features(
    encoder: Any,
    request: FeatureRequest,
    media: Sequence[tuple[str, str | os.PathLike]],
    cache: FeatureCache | None,
    batch_size: int = 32,
    device: str | torch.device = "cpu",
    progress: bool = True,
    num_workers: int | None = None,
    flush_rows: int = 2048,
    load: Callable[[], Any] | None = None,
    view: tuple[Any, int] | None = None,
) -> FeatureTable:
    """Features for every ``(media_id, path)``: from the cache, or from one encoder pass each.

    Media are deduplicated by id and by content; only content missing from ``cache`` is decoded and
    encoded (batched, under ``torch.inference_mode``; an ``nn.Module`` encoder is put in eval mode on
    ``device`` for the pass and returned to its mode and device afterwards). New rows are added to the cache every ``flush_rows`` rows and
    when an error interrupts the pass, so finished work is never lost. A missing or corrupt file
    raises :class:`DataError` naming it. ``num_workers`` threads hash the files and decode images
    ahead of the encoder. With ``load``, ``encoder`` only needs ``.spec`` (e.g. a meta-device build)
    and ``load()`` is called for the real encoder only if something is missing from the cache, so a
    fully cached run never loads encoder weights. ``progress`` shows a bar of media done (those found in
    the cache count as done from the start; rate and ETA are of the ones encoded here).

    With ``view = (recipe, v)`` (an :class:`~benchmark.engine.augment.Recipe` and a view number) the
    table holds view ``v`` of every image instead of the image itself: each decoded image goes
    through ``recipe.apply(image, digest, v)`` before the encoder's preprocessing, and the rows are
    cached under ``recipe.key(digest, v)``. Views are image-only: another modality raises
    :class:`ConfigError`.
    """
    if view is not None and encoder.spec.modality != "image":
        raise ConfigError(f"augmented views are image-only; this encoder reads {encoder.spec.modality}")
    paths: dict[str, str] = {}
    for media_id, path in media:
        previous = paths.setdefault(media_id, os.fspath(path))
        if previous != os.fspath(path):
            raise DataError(f"media id {media_id!r} names two different files: {previous} and {path}")
    workers = max(1, num_workers if num_workers is not None else min(8, os.cpu_count() or 1))
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="digest") as pool:
        digest_of = dict(zip(paths, pool.map(file_digest, paths.values())))
    path_of: dict[str, str] = {}
    for media_id, digest in digest_of.items():
        path_of.setdefault(digest, paths[media_id])
    row_of = {digest: row for row, digest in enumerate(path_of)}
    index = {media_id: row_of[digest] for media_id, digest in digest_of.items()}
    names = request.keys(encoder.spec)
    if not names or not row_of:
        return FeatureTable(tensors={}, index=index, computed=0, from_cache=0)

    def key_of(digest: str) -> str:  # the cache key of this table's row for ``digest``
        return digest if view is None else view[0].key(digest, view[1])

    digest_of_key = {key_of(d): d for d in row_of}
    found, missing = cache.lookup(list(digest_of_key)) if cache is not None else ({}, list(digest_of_key))
    missing = [digest_of_key[k] for k in missing]
    table = _TableBuilder(len(row_of), names)
    for key, features in found.items():
        table.put(row_of[digest_of_key[key]], features)
    from_cache = len(found)
    del found
    report = progress_bar(
        total=len(row_of), initial=from_cache, desc="features", unit="media", enabled=progress, area="features"
    )
    report.set_postfix(f"cached {from_cache}")

    pending: list[str] = []

    def flush() -> None:
        if cache is not None and pending:
            cache.add({key_of(d): table.row(row_of[d]) for d in pending})
        pending.clear()

    computed = 0
    chunks = [missing[i : i + batch_size] for i in range(0, len(missing), batch_size)]
    if chunks and load is not None:
        encoder = load()
    is_module = isinstance(encoder, torch.nn.Module)
    was_training = is_module and encoder.training
    home = next(iter(encoder.parameters()), torch.empty(0)).device if is_module else None
    # the encoder decodes its own modality (video frames, audio); images by default
    load_media = getattr(encoder, "load_media", load_image)

    def load_one(digest: str) -> Any:
        media = load_media(path_of[digest])
        return media if view is None else view[0].apply(media, digest, view[1])

    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="load-media")
    try:
        if is_module and chunks:
            encoder.eval().to(device)
        upcoming = _submit_batch(pool, chunks[0], load_one) if chunks else []
        for k, chunk in enumerate(chunks):
            images = [f.result() for f in upcoming]  # decoded media; re-raises DataError for a bad file
            if k + 1 < len(chunks):  # decode the next batch while the encoder runs
                upcoming = _submit_batch(pool, chunks[k + 1], load_one)
            with torch.inference_mode():
                pixels = encoder.preprocess(images)
                if isinstance(pixels, Tensor):
                    pixels = pixels.to(device)
                selected = encoder(pixels).select(request)
            if sorted(selected) != sorted(names):
                raise ValueError(f"encoder returned features {sorted(selected)}, expected {names}")
            for name, t in selected.items():
                if t.shape[0] != len(chunk):
                    raise ValueError(f"encoder feature {name!r} has batch size {t.shape[0]}, expected {len(chunk)}")
            host = {name: t.to("cpu", torch.float32) for name, t in selected.items()}
            for i, digest in enumerate(chunk):
                table.put(row_of[digest], {name: t[i] for name, t in host.items()})
                pending.append(digest)
            computed += len(chunk)
            if len(pending) >= flush_rows:
                flush()
            report.update(len(chunk))
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)
        with contextlib.suppress(Exception):
            flush()  # keep the rows finished before the error
        raise
    finally:
        report.close()
        pool.shutdown(wait=True, cancel_futures=True)
        if is_module and chunks:
            encoder.train(was_training).to(home)
    flush()
    return FeatureTable(tensors=table.tensors, index=index, computed=computed, from_cache=from_cache)


# -- no cache: a method that trains its encoder ------------------------------------------------
PIXELS = "pixels"  # the batch key of :class:`LiveMedia`: preprocessed media, not features


class LiveMedia:
    """What a run reads in place of a :class:`FeatureTable` when its method trains the encoder
    (:meth:`methods.base.Method.trains_encoder`): nothing is cached or precomputed; :meth:`gather`
    decodes a batch's images and applies the encoder preset's own preprocessing (its eval
    transform: resize, centre crop, normalise) on every call, and the model runs the encoder on them
    inside its forward (:func:`live_features`). ``computed`` and ``from_cache`` are 0: no feature
    row is ever stored."""

    computed = 0
    from_cache = 0

    def __init__(self, encoder: Any, media: Sequence[tuple[str, str | os.PathLike]]) -> None:
        if encoder.spec.modality != "image":
            raise ConfigError(f"a trained encoder must read images; this one reads {encoder.spec.modality}")
        self.encoder = encoder
        self.paths: dict[str, str] = {}
        for media_id, path in media:
            previous = self.paths.setdefault(media_id, os.fspath(path))
            if previous != os.fspath(path):
                raise DataError(f"media id {media_id!r} names two different files: {previous} and {path}")

    def __len__(self) -> int:
        return len(self.paths)

    def gather(self, media_ids: Sequence[str]) -> dict[str, Tensor]:
        """``{"pixels": (B, C, H, W)}``: the batch's images, decoded and preprocessed, in order."""
        missing = [m for m in media_ids if m not in self.paths]
        if missing:
            raise KeyError(f"media id {missing[0]!r} is not among the {len(self.paths)} media of this run")
        load = getattr(self.encoder, "load_media", load_image)
        return {PIXELS: self.encoder.preprocess([load(self.paths[m]) for m in media_ids])}


def live_features(encoder: Any, pixels: Tensor, request: FeatureRequest, normalise: Sequence[str]) -> dict[str, Tensor]:
    """The features ``request`` asks for of a batch of preprocessed ``pixels``, computed now by
    ``encoder`` (an :class:`~benchmark.backbones.image.ImageEncoder`) with gradients whenever grad
    mode is on (its own ``forward`` runs under ``torch.no_grad``: the undecorated function is called),
    named as a :class:`FeatureTable` names them (``layer.i`` of the deepest ``request.layers``,
    ``grid``, ``pooled``) and with the ``normalise`` ones LayerNorm-ed without affine parameters, as
    :meth:`FeatureTable.normalised` does to cached ones. The encoder stays in eval mode: BatchNorm
    normalises with its running statistics and never updates them."""
    forward = inspect.unwrap(type(encoder).forward)
    selected = forward(encoder, pixels).select(request)
    return {name: F.layer_norm(t, t.shape[-1:]) if name in normalise else t for name, t in selected.items()}
