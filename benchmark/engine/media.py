"""Media loading and writing, with errors that name the file and what was expected.

Images are fully decoded on load (a truncated file fails here, not deep inside a batch) and returned
as RGB. :func:`file_digest` gives the content hash that keys the feature cache.

Writers (used by the generated offline tasks and by the tests' official-format fixtures):
:func:`write_video` encodes RGB frames with PyAV (FFmpeg: H.264 in .mp4 and MPEG-4 Part 2 in .avi by default),
:func:`write_wav` writes 16-bit PCM WAV with the standard library. Both write atomically.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from benchmark.backbones.assets import file_digest
from benchmark.errors import DataError

__all__ = ["file_digest", "load_audio", "load_image", "load_video", "segment_centres", "write_video", "write_wav"]

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


def write_video(path: str | Path, frames, fps: int = 8, codec: str | None = None, intra_only: bool = False) -> Path:
    """Encode ``frames`` ((T, H, W, 3) uint8 array or a list of such frames; H and W even) to
    ``path``. ``mpeg4`` (FFmpeg's own encoder) gives the same bytes for the same frames every time;
    libx264 as bundled with PyAV does not (measured: 4 different files from 4 encodings), so
    generated datasets use ``mpeg4``. The codec follows the extension unless given: ``.mp4`` H.264 (yuv420p), ``.avi``
    MPEG-4 Part 2 (as MSVD's YouTubeClips), ``.webm`` VP9. ``intra_only`` codes every frame on its
    own (group of pictures 1) instead of the codec's default of predicted frames after the first,
    whose artefacts follow the motion (``scripts/probe_motion_leak.py``)."""
    import av
    import numpy as np

    from benchmark.engine.io import atomic_path

    path = Path(path)
    frames = [np.ascontiguousarray(f, dtype=np.uint8) for f in frames]
    if not frames or frames[0].ndim != 3 or frames[0].shape[2] != 3:
        raise ValueError("write_video expects a non-empty sequence of (H, W, 3) uint8 frames")
    height, width = frames[0].shape[:2]
    if height % 2 or width % 2:
        raise ValueError(f"video frames must have even height and width, got {height}x{width}")
    codec = codec or {".mp4": "libx264", ".avi": "mpeg4", ".webm": "libvpx-vp9", ".mkv": "libx264"}.get(
        path.suffix.lower(), "libx264"
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(path) as tmp:
        fmt = {".mp4": "mp4", ".avi": "avi", ".webm": "webm", ".mkv": "matroska"}.get(path.suffix.lower())
        with av.open(str(tmp), mode="w", format=fmt) as container:
            stream = container.add_stream(codec, rate=fps)
            stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
            stream.codec_context.thread_count = 1
            if intra_only:
                stream.codec_context.gop_size = 1
            if codec == "libx264":
                stream.options = {"crf": "18", "preset": "veryfast", "threads": "1"}
            elif codec == "mpeg4":
                stream.bit_rate = 4_000_000  # near-lossless for small frames
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

    from benchmark.engine.io import atomic_path

    path = Path(path)
    pcm = (np.clip(np.asarray(samples, dtype=np.float64), -1.0, 1.0) * 32767.0).round().astype("<i2")
    if pcm.ndim != 1:
        raise ValueError(f"write_wav expects mono samples (1-D), got shape {pcm.shape}")
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(path) as tmp, wave.open(str(tmp), "wb") as fh:
        fh.setnchannels(1)
        fh.setsampwidth(2)
        fh.setframerate(int(sample_rate))
        fh.writeframes(pcm.tobytes())
    return path


_EXPECTED_VIDEO = "expected a video file FFmpeg can decode (e.g. .mp4, .avi, .webm) with a video stream"
_EXPECTED_AUDIO = "expected an audio file FFmpeg can decode (e.g. .wav, .flac, .mp3, .ogg) with an audio stream"


def segment_centres(total: int, num: int) -> list[int]:
    """Uniform sampling of ``num`` frame indices out of ``total``: the centre of each of ``num``
    equal segments (TSN's test-time rule, ``floor((i + 0.5) * total / num)``). With fewer frames
    than ``num`` some indices repeat, so the clip always yields ``num`` frames."""
    if total < 1 or num < 1:
        raise ValueError(f"need at least one frame and one sample, got total={total}, num={num}")
    return [min(total - 1, int((i + 0.5) * total / num)) for i in range(num)]


def load_video(path: str | Path, num_frames: int):
    """``num_frames`` RGB frames, a (T, H, W, 3) uint8 array, uniformly sampled over the whole clip
    (:func:`segment_centres`). Every frame is decoded (container frame counts are unreliable)."""
    import av
    import numpy as np

    path = Path(path)
    if not path.is_file():
        raise DataError(f"video file {path} does not exist: {_EXPECTED_VIDEO}")
    try:
        with av.open(str(path)) as container:
            if not container.streams.video:
                raise DataError(f"{path} has no video stream: {_EXPECTED_VIDEO}")
            stream = container.streams.video[0]
            stream.thread_type = "AUTO"
            frames = [f.to_ndarray(format="rgb24") for f in container.decode(stream)]
    except DataError:
        raise
    except (av.error.FFmpegError, OSError, ValueError) as exc:
        raise DataError(f"could not decode video {path}: {_EXPECTED_VIDEO} ({exc})") from None
    if not frames:
        raise DataError(f"video {path} has no decodable frames: {_EXPECTED_VIDEO}")
    return np.stack([frames[i] for i in segment_centres(len(frames), num_frames)])


def load_audio(path: str | Path, sample_rate: int = 16000):
    """Mono float32 samples in [-1, 1] at ``sample_rate`` Hz: any container/codec FFmpeg decodes,
    every channel resampled by FFmpeg's resampler (``av.AudioResampler``), then the channels averaged."""
    import av
    import numpy as np

    path = Path(path)
    if not path.is_file():
        raise DataError(f"audio file {path} does not exist: {_EXPECTED_AUDIO}")
    chunks = []
    try:
        with av.open(str(path)) as container:
            if not container.streams.audio:
                raise DataError(f"{path} has no audio stream: {_EXPECTED_AUDIO}")
            stream = container.streams.audio[0]
            # resample each channel (planar float), then average the channels (as librosa's to_mono);
            # FFmpeg's own downmix would scale a stereo sum by 1/sqrt(2) instead
            resampler = av.AudioResampler(format="fltp", rate=sample_rate)
            for frame in container.decode(stream):
                for out in resampler.resample(frame):
                    chunks.append(out.to_ndarray().mean(axis=0))
            for out in resampler.resample(None):
                chunks.append(out.to_ndarray().mean(axis=0))
    except DataError:
        raise
    except (av.error.FFmpegError, OSError, ValueError) as exc:
        raise DataError(f"could not decode audio {path}: {_EXPECTED_AUDIO} ({exc})") from None
    if not chunks or sum(len(c) for c in chunks) == 0:
        raise DataError(f"audio {path} has no samples: {_EXPECTED_AUDIO}")
    return np.clip(np.concatenate(chunks).astype(np.float32), -1.0, 1.0)
