"""Video/audio decoding and the video/audio encoders: frame sampling, decoding .mp4/.avi/.wav,
resampling, specs on the meta device equal to the real ones, features through the feature cache,
and clear errors for bad files."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from tiny_media_models import (
    moving_square_frames,
    save_tiny_ast,
    save_tiny_timesformer,
    tone,
    write_tiny_clip,
    write_tiny_wav,
)
from tiny_models import save_tiny_backbones

from benchmark.backbones.factory import build_encoder_on_meta, load_encoder
from benchmark.backbones.specs import FeatureRequest
from benchmark.engine.feature_cache import FeatureCache, extract_features
from benchmark.engine.media import load_audio, load_video, segment_centres, write_video
from benchmark.errors import ConfigError, DataError


def test_segment_centres():
    assert segment_centres(10, 4) == [1, 3, 6, 8]
    assert segment_centres(8, 8) == list(range(8))
    assert segment_centres(3, 6) == [0, 0, 1, 1, 2, 2]  # short clips repeat frames
    with pytest.raises(ValueError):
        segment_centres(0, 4)


@pytest.mark.parametrize("suffix", [".mp4", ".avi"])
def test_load_video_samples_uniformly(tmp_path, suffix):
    frames = moving_square_frames(12)
    path = write_video(tmp_path / f"clip{suffix}", frames, fps=12)
    got = load_video(path, 4)
    assert got.shape == (4, 32, 32, 3) and got.dtype == np.uint8

    # the square's column in each sampled frame follows frames 1, 4, 7, 10 (lossy codec: compare positions)
    def nearest_source(frame):  # lossy codecs: the source frame this decoded frame is closest to
        return int(np.argmin([np.abs(frame.astype(int) - f.astype(int)).mean() for f in frames]))

    assert [nearest_source(f) for f in got] == [1, 4, 7, 10]


def test_load_audio_mixes_and_resamples(tmp_path):
    import av

    rate, seconds = 44100, 1.0
    mono = (0.5 * np.sin(2 * np.pi * 1000 * np.arange(int(rate * seconds)) / rate) * 32767).astype(np.int16)
    stereo = np.stack([mono, mono], axis=1)  # interleaved L R
    path = tmp_path / "stereo.wav"
    with av.open(str(path), "w") as container:
        stream = container.add_stream("pcm_s16le", rate=rate, layout="stereo")
        frame = av.AudioFrame.from_ndarray(stereo.reshape(1, -1), format="s16", layout="stereo")
        frame.sample_rate = rate
        for packet in stream.encode(frame):
            container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    samples = load_audio(path, 16000)
    assert samples.dtype == np.float32 and abs(len(samples) - 16000) <= 32
    peak = np.abs(np.fft.rfft(samples)).argmax() * 16000 / len(samples)
    assert abs(peak - 1000) < 5 and 0.45 < np.abs(samples).max() <= 0.51


@pytest.mark.parametrize("loader", [lambda p: load_video(p, 4), lambda p: load_audio(p)])
def test_bad_media_files_name_the_file(tmp_path, loader):
    with pytest.raises(DataError, match="does not exist"):
        loader(tmp_path / "absent.mp4")
    bad = tmp_path / "bad.mp4"
    bad.write_bytes(b"not a media file at all")
    with pytest.raises(DataError, match=str(bad)):
        loader(bad)


def test_video_file_without_audio_is_rejected_as_audio(tmp_path):
    path = write_tiny_clip(tmp_path / "v.mp4")
    with pytest.raises(DataError, match="no audio stream"):
        load_audio(path)


@pytest.fixture(scope="module")
def folders(tmp_path_factory):
    root = tmp_path_factory.mktemp("media-enc")
    _, vit = save_tiny_backbones(root)
    return {"vit": vit, "timesformer": save_tiny_timesformer(root), "ast": save_tiny_ast(root), "root": root}


@pytest.mark.parametrize(
    "kind,modality", [("frames", "video"), ("timesformer", "video"), ("spectrogram", "audio"), ("ast", "audio")]
)
def test_specs_on_meta_match_real_features_and_cache(folders, tmp_path, kind, modality):
    name = {
        "frames": f"frames4:{folders['vit']}",
        "spectrogram": f"spectrogram:{folders['vit']}",
        "timesformer": folders["timesformer"],
        "ast": folders["ast"],
    }[kind]
    meta, real = build_encoder_on_meta(name), load_encoder(name)
    assert meta.spec == real.spec and meta.spec.modality == modality
    assert meta.fingerprint == real.fingerprint
    if modality == "video":
        media = [(f"c{i}", write_tiny_clip(tmp_path / f"c{i}.mp4", seed=i)) for i in range(3)]
    else:
        media = [(f"c{i}", write_tiny_wav(tmp_path / f"c{i}.wav", 300.0 * (i + 1))) for i in range(3)]
    request = FeatureRequest(layers=2, grid=True, pooled=True)
    cache = FeatureCache.for_encoder(tmp_path / "cache", real.fingerprint, request)
    table = extract_features(real, request, media, cache, batch_size=2, progress=False)
    spec = real.spec
    assert table.tensors["layer.1"].shape == (3, spec.layer_widths[-1])
    assert table.tensors["grid"].shape == (3, spec.grid_tokens, spec.grid_width)
    assert table.tensors["pooled"].shape == (3, spec.pooled_width)
    assert not torch.allclose(table.tensors["pooled"][0], table.tensors["pooled"][1])  # content matters
    again = extract_features(
        build_encoder_on_meta(name),
        request,
        media,
        cache,
        progress=False,
        load=lambda: pytest.fail("a cached run must not load the encoder"),
    )
    assert again.from_cache == 3 and again.computed == 0
    assert torch.equal(again.tensors["grid"], table.tensors["grid"])


def test_frames_pooling_is_the_mean_of_per_frame_features(folders):
    video = load_encoder(f"frames4:{folders['vit']}")
    frames = moving_square_frames(4)
    pixels = video.preprocess([frames])
    feats = video(pixels)
    per_frame = video.image(pixels[0])
    assert torch.allclose(feats.pooled[0], per_frame.pooled.mean(0), atol=1e-6)
    assert torch.allclose(feats.layer_tokens[-1][0], per_frame.layer_tokens[-1].mean(0), atol=1e-6)
    assert video.spec.layer_widths == video.image.spec.layer_widths  # image-trained connectors apply


def test_fingerprints_cover_frames_and_weights(folders):
    a = build_encoder_on_meta(f"frames4:{folders['vit']}").fingerprint
    assert a != build_encoder_on_meta(f"frames8:{folders['vit']}").fingerprint
    assert a != build_encoder_on_meta("frames4:efficientnet-lite0").fingerprint
    assert (
        build_encoder_on_meta("timesformer-k600").fingerprint
        != build_encoder_on_meta(folders["timesformer"]).fingerprint
    )


def test_spectrogram_image_is_what_the_image_encoder_reads(folders):
    enc = load_encoder(f"spectrogram:{folders['vit']}")
    low, high = enc.preprocess([tone(200.0, 1.0), tone(4000.0, 1.0)])
    assert low.shape == enc.image.input_size

    # a high tone lights rows nearer the top than a low one (low frequencies at the bottom)
    def brightest_row(img):
        return int(img[0].mean(dim=1).argmax())

    assert brightest_row(high) < brightest_row(low)


def test_presets_build_on_meta_without_download():
    video, audio = build_encoder_on_meta("timesformer-k600"), build_encoder_on_meta("ast-audioset")
    assert (video.spec.modality, len(video.spec.layer_widths), video.spec.grid_tokens) == ("video", 12, 1 + 8 * 196)
    assert (audio.spec.modality, len(audio.spec.layer_widths), audio.spec.grid_tokens) == ("audio", 12, 2 + 12 * 101)
    vit_b16 = 85_798_656  # timm vit_base_patch16_224 without its head
    # TimeSformer: ViT-B/16 + per block temporal attention (qkv 768x2304+2304, proj 768x768+768), its
    # temporal_dense (768x768+768) and LayerNorm (1536), + 8 x 768 time embeddings
    temporal_block = (768 * 2304 + 2304) + (768 * 768 + 768) + (768 * 768 + 768) + 1536
    assert sum(p.numel() for p in video.parameters()) == vit_b16 + 12 * temporal_block + 8 * 768
    # AST: one input channel in the patch conv (-2 x 16 x 16 x 768), 1214 instead of 197 positions, a
    # distillation token
    ast = vit_b16 - 2 * 16 * 16 * 768 + (1214 - 197) * 768 + 768
    assert sum(p.numel() for p in audio.parameters()) == ast


def test_wrappers_need_image_encoders(folders):
    with pytest.raises(ConfigError, match="needs an image encoder"):
        build_encoder_on_meta(f"frames:{folders['timesformer']}")
