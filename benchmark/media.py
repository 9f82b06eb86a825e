"""Media loading and writing, with errors that name the file and what was expected.

Images are fully decoded on load (a truncated file fails here, not deep inside a batch) and returned
as RGB. :func:`file_digest` gives the content hash that keys the feature cache.

Writers (used by the generated offline tasks and by the tests' official-format fixtures):
:func:`write_video` encodes RGB frames with PyAV (FFmpeg: H.264 in .mp4, MPEG-4 Part 2 in .avi),
:func:`write_wav` writes 16-bit PCM WAV with the standard library. Both write atomically.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PIL import Image

from benchmark.errors import DataError

__all__ = ["load_image", "file_digest", "write_video", "write_wav"]

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


def write_video(path: str | Path, frames, fps: int = 8, codec: str | None = None) -> Path:
    """Encode ``frames`` ((T, H, W, 3) uint8 array or a list of such frames; H and W even) to
    ``path``. The codec follows the extension unless given: ``.mp4`` H.264 (yuv420p), ``.avi``
    MPEG-4 Part 2 (as MSVD's YouTubeClips), ``.webm`` VP9."""
    import av
    import numpy as np

    from benchmark.io import atomic_path

    path = Path(path)
    frames = [np.ascontiguousarray(f, dtype=np.uint8) for f in frames]
    if not frames or frames[0].ndim != 3 or frames[0].shape[2] != 3:
        raise ValueError("write_video expects a non-empty sequence of (H, W, 3) uint8 frames")
    height, width = frames[0].shape[:2]
    if height % 2 or width % 2:
        raise ValueError(f"video frames must have even height and width, got {height}x{width}")
    codec = codec or {".mp4": "libx264", ".avi": "mpeg4", ".webm": "libvpx-vp9", ".mkv": "libx264"}.get(
        path.suffix.lower(), "libx264")
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(path) as tmp:
        fmt = {".mp4": "mp4", ".avi": "avi", ".webm": "webm", ".mkv": "matroska"}.get(path.suffix.lower())
        with av.open(str(tmp), mode="w", format=fmt) as container:
            stream = container.add_stream(codec, rate=fps)
            stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
            if codec == "libx264":
                stream.options = {"crf": "18", "preset": "veryfast"}
            for frame in frames:
                for packet in stream.encode(av.VideoFrame.from_ndarray(frame, format="rgb24")):
                    container.mux(packet)
            for packet in stream.encode():
                container.mux(packet)
    return path


def write_wav(path: str | Path, samples, sample_rate: int = 16000) -> Path:
    """Write mono ``samples`` (floats in [-1, 1], clipped) as 16-bit PCM WAV."""
    import wave

    import numpy as np

    from benchmark.io import atomic_path

    path = Path(path)
    pcm = (np.clip(np.asarray(samples, dtype=np.float64), -1.0, 1.0) * 32767.0).round().astype("<i2")
    if pcm.ndim != 1:
        raise ValueError(f"write_wav expects mono samples (1-D), got shape {pcm.shape}")
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(path) as tmp:
        with wave.open(str(tmp), "wb") as fh:
            fh.setnchannels(1)
            fh.setsampwidth(2)
            fh.setframerate(int(sample_rate))
            fh.writeframes(pcm.tobytes())
    return path
