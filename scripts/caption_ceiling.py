"""How close caption runs come to the best CIDEr their test set allows.

    .venv/bin/python scripts/caption_ceiling.py runs/reference/*_tones_*

For each finished caption run folder (``predictions.jsonl`` with ``uid``, ``prediction`` and
``references``; ``metrics.json``), one Markdown row: its recorded CIDEr and exact-caption rate, the
CIDEr scored again here from its predictions (the same official pycocoevalcap code,
``tasks.metrics.captions.caption_metrics``: it must equal the recorded one), and the ceiling: the CIDEr
of the references themselves, each example's first reference as its prediction, scored against the
run's reference sets. Runs scored on the same examples with the same references share one ceiling.

With one reference per example (the offline caption tasks: ``easy-vqa-caption``, ``tones``) that is
what a perfect captioner scores; CIDEr-D's IDF weights and length penalty keep it below 10. With
several references it scores a caption against a set that holds it: an upper bound, not human
agreement. Needs Java, like every caption score.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def read_run(folder: Path) -> tuple[dict, dict[str, str], dict[str, list[str]]]:
    """metrics.json, and uid -> prediction and uid -> references from predictions.jsonl."""
    from benchmark.errors import DataError

    metrics_file, predictions_file = folder / "metrics.json", folder / "predictions.jsonl"
    for f in (metrics_file, predictions_file):
        if not f.is_file():
            raise DataError(f"{folder}: expected a finished run folder with {f.name}; it has none")
    predictions, references = {}, {}
    for line in predictions_file.read_text().splitlines():
        row = json.loads(line)
        predictions[row["uid"]] = row["prediction"]
        references[row["uid"]] = list(row["references"])
    return json.loads(metrics_file.read_text()), predictions, references


def ceiling_table(folders: list[Path]) -> str:
    from tasks.metrics.captions import caption_metrics

    head = ["run", "task", "method", "seed", "CIDEr (recorded)", "CIDEr (scored here)", "exact caption %"]
    head += ["ceiling", "share of ceiling"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    ceilings: dict[str, float] = {}
    for folder in folders:
        metrics, predictions, references = read_run(folder)
        key = json.dumps(references, sort_keys=True)
        if key not in ceilings:
            ceilings[key] = caption_metrics({u: refs[0] for u, refs in references.items()}, references)["CIDEr"]
        recorded = metrics["metrics"].get("CIDEr")
        scored = caption_metrics(predictions, references)["CIDEr"]
        exact = metrics["metrics"].get("exact_caption")
        cells = [folder.name, metrics["task"], metrics["method"], str(metrics["seed"])]
        cells += ["n/a" if recorded is None else f"{recorded:.3f}", f"{scored:.3f}"]
        cells += ["n/a" if exact is None else f"{exact:.1f}", f"{ceilings[key]:.3f}", f"{scored / ceilings[key]:.3f}"]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("runs", nargs="+", type=Path, help="finished caption run folders")
    args = parser.parse_args()
    from benchmark.errors import BenchError

    try:
        print(ceiling_table(args.runs))
    except BenchError as exc:  # a folder that is not a finished run, no Java: one line
        raise SystemExit(f"error: {exc}") from None


if __name__ == "__main__":
    main()
