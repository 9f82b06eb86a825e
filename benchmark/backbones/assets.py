"""Where backbone files are and what they hold: locating a file inside an installed package, and the
content digests that identify weights and media (the feature cache's keys). A leaf module: it imports
nothing else of the suite's backbones, so every loader can use it without an import cycle."""

from __future__ import annotations

import hashlib
import importlib.util
import os
from pathlib import Path

import torch
from torch import nn

from benchmark.backbones.lm_presets import PackageFile
from benchmark.errors import DataError

_CHUNK = 1 << 22


def file_digest(path: str | Path, chunk_size: int = 1 << 20) -> str:
    """SHA-256 hex digest of a file's bytes, read in chunks."""
    path = Path(path)
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            while block := fh.read(chunk_size):
                h.update(block)
    except FileNotFoundError:
        raise DataError(f"media file {path} does not exist") from None
    except IsADirectoryError:
        raise DataError(f"media path {path} is a directory, expected a file") from None
    return h.hexdigest()


def sha256_file(path: str | os.PathLike) -> str:
    """SHA-256 of a (large) file, read in 4 MiB chunks."""
    return file_digest(path, chunk_size=_CHUNK)


def locate(part: PackageFile, what: str = "this model") -> Path:
    """Path of a file inside an installed package, without importing the package."""
    spec = importlib.util.find_spec(part.module)
    if spec is None or spec.origin is None:
        raise DataError(
            f"{what} needs the offline package {part.distribution!r}, which is not installed. "
            f"Install it with `{part.pip_install}`."
        )
    path = Path(spec.origin).parent / part.path
    if not path.is_file():
        raise DataError(
            f"{path} is missing from the installed package {part.distribution!r}; reinstall it with "
            f"`{part.pip_install} --force-reinstall`."
        )
    return path


def folder_weights_identity(folder) -> str:
    """``local:<hash>`` of the weights and config files of a local model folder."""
    files = sorted(p for p in Path(folder).iterdir() if p.suffix in (".safetensors", ".bin", ".json"))
    return "local:" + hashlib.sha256("".join(sha256_file(p) for p in files).encode()).hexdigest()[:20]


def state_digest(model: nn.Module) -> str:
    """SHA-256 of every tensor in ``model``'s state dict (identifies randomly initialised weights)."""
    digest = hashlib.sha256()
    for key, value in model.state_dict().items():
        digest.update(key.encode())
        digest.update(value.detach().cpu().contiguous().view(-1).view(torch.uint8).numpy().tobytes())
    return digest.hexdigest()[:20]
