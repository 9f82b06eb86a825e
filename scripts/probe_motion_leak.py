"""Does a time-averaged encoder see which way a shape moves? Left/right probes on moving-shapes clips.

    .venv/bin/python scripts/probe_motion_leak.py [--clips 800] [--encoder efficientnet-lite0]

A clip moving left visits positions drawn from the same distribution as one moving right
(``tasks.moving_shapes.render_clip``), so features averaged over the frames, which forget their order,
should not tell the two apart. This renders ``--clips`` horizontal clips with the task's own renderer
(left or right at random, random colour and shape; ``random.Random(7)``), runs the image encoder on
every frame, averages its last-stage grid (flattened position by position: what LiMBeR reads) and its
pooled embedding over the 8 frames (what ``frames:<encoder>`` gives every method), and fits a
left/right probe (the standardised logistic regression of ``scripts/probe_features.py``) on 75% of
the clips, scored on the rest, for three versions of the same frames:

* ``raw``: the rendered frames, never encoded;
* ``mpeg4``: written and read back as the task writes its clips (``benchmark.engine.media.write_video``,
  MPEG-4 Part 2 at 4 Mbit/s, FFmpeg's default group of pictures: one intra frame, then predicted ones);
* ``mpeg4-intra``: the same, every frame intra-coded (``write_video(..., intra_only=True)``).

Prints one Markdown table (test accuracy, %; chance is 50).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

VERSIONS = ("raw", "mpeg4", "mpeg4-intra")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clips", type=int, default=800)
    parser.add_argument("--encoder", default="efficientnet-lite0")
    args = parser.parse_args(argv)
    if args.clips < 8:
        raise SystemExit(f"error: --clips must be at least 8, got {args.clips}")

    import torch
    from PIL import Image
    from probe_features import probe_accuracy

    from benchmark.backbones.factory import load_encoder
    from benchmark.engine.media import load_video, write_video
    from tasks.moving_shapes import COLORS, FPS, SHAPES, render_clip

    encoder = load_encoder(args.encoder)

    @torch.no_grad()
    def time_mean(frames) -> tuple[np.ndarray, np.ndarray]:
        out = encoder(encoder.preprocess([Image.fromarray(np.ascontiguousarray(f)) for f in frames]))
        return out.grid.float().mean(0).reshape(-1).numpy(), out.pooled.float().mean(0).numpy()

    rng = random.Random(7)
    features: dict[str, list] = {v: [] for v in VERSIONS}
    labels = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.clips):
            direction = rng.choice(["left", "right"])
            frames = render_clip(rng, rng.choice(list(COLORS)), rng.choice(list(SHAPES)), direction)
            predicted, intra = Path(tmp) / f"{i}.mp4", Path(tmp) / f"{i}-intra.mp4"
            write_video(predicted, frames, fps=FPS, codec="mpeg4")
            write_video(intra, frames, fps=FPS, codec="mpeg4", intra_only=True)
            features["raw"].append(time_mean(frames))
            features["mpeg4"].append(time_mean(load_video(predicted, len(frames))))
            features["mpeg4-intra"].append(time_mean(load_video(intra, len(frames))))
            labels.append(direction)
    n = int(0.75 * args.clips)
    print(f"{args.encoder}: {n} training clips, {args.clips - n} test clips, left or right (chance 50%)\n")
    print("| frames | grid, time mean (test acc, %) | pooled, time mean (test acc, %) |")
    print("|---|---|---|")
    for version in VERSIONS:
        accs = []
        for j in (0, 1):
            x = np.stack([f[j] for f in features[version]])
            accs.append(probe_accuracy(x[:n], labels[:n], x[n:], labels[n:]))
        print(f"| {version} | {accs[0]:.1f} | {accs[1]:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
