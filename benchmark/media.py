"""Media loading with errors that name the file and what was expected.

Images are fully decoded on load (a truncated file fails here, not deep inside a batch) and returned
as RGB. :func:`file_digest` gives the content hash that keys the feature cache.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PIL import Image

from benchmark.errors import DataError

__all__ = ["load_image", "file_digest"]

_EXPECTED_IMAGE = "expected a readable PNG/JPEG (or other PIL-supported) image"


def load_image(path: str | Path) -> Image.Image:
    """Open, fully decode and convert an image to RGB; raise :class:`DataError` if that fails."""
    path = Path(path)
    if not path.is_file():
        raise DataError(f"image file {path} does not exist: {_EXPECTED_IMAGE}")
    try:
        with Image.open(path) as img:
            img.load()  # force full decoding: truncated/corrupt data fails now
            return img.convert("RGB")
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        raise DataError(f"could not decode image {path}: {_EXPECTED_IMAGE} ({exc})") from None


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
