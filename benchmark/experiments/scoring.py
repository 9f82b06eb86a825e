"""``bench score``: score a predictions file against a task's ground truth.

The file is the task's official results format (a JSON list, e.g. ``[{"question_id": 1, "answer":
"yes"}]`` for VQA, ``[{"image_id": 42, "caption": "..."}]`` for captions; :attr:`Task.result_id_field`
and :attr:`Task.result_text_field` name the keys), or the ``predictions.jsonl`` a ``bench run``
writes (``uid`` and ``prediction`` per line). Numbers from any system can so be compared with the
suite's own, through the same scoring code.

Coverage follows the official VQA evaluation: every example of the split needs a prediction and
every prediction must belong to the split, otherwise :class:`DataError` says what is missing.
``partial=True`` scores only the examples that have a prediction (and says so in the result). Only
the task's annotation files are required (:meth:`Task.annotation_files`): no media folder is read.

``example_scores=PATH`` also writes the headline metric per scored example (``{"uid", "score"}`` per
line, :func:`benchmark.engine.evaluation.example_scores`, the file a ``bench run`` writes as
``example_scores.jsonl``), atomically, so that a run recorded before runs wrote that file can be
given it from its ``predictions.jsonl`` (``--partial``: a run scores a seeded subset of the split)
and be bootstrapped over its test examples by ``bench report``. A metric without per-example scores
is refused before anything is written.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from benchmark.errors import DataError
from benchmark.registry import TASKS
from tasks.base import describe_value


def read_predictions(task, path: Path, examples) -> dict[str, str]:
    """uid -> text from an official results JSON list or a run's ``predictions.jsonl``.

    Both formats follow the same rules: every entry is an object with an id and a string
    prediction (not null, a number or a list), every id belongs to the split and appears once;
    anything else (including a file that is not UTF-8) raises :class:`DataError` naming the file."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(f"cannot read predictions file {path}: {exc}") from None
    except UnicodeDecodeError as exc:
        raise DataError(f"predictions file {path} is not UTF-8 text (byte {exc.start}); expected JSON") from None
    if path.suffix == ".jsonl":
        return _read_jsonl(task, path, text, examples)
    try:
        records = json.loads(text)
    except ValueError as exc:
        raise DataError(f"{path} is not valid JSON ({exc}); expected the task's official results list") from None
    return task.predictions_from_results(records, examples, where=str(path))


def _read_jsonl(task, path: Path, text: str, examples) -> dict[str, str]:
    expected = "a JSON object with 'uid' and a string 'prediction' (a bench run's predictions.jsonl)"
    known = {ex.uid for ex in examples}
    out: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except ValueError:
            raise DataError(f"{path}:{n}: not valid JSON; expected {expected}") from None
        if not isinstance(rec, dict) or "uid" not in rec or "prediction" not in rec:
            raise DataError(f"{path}:{n}: {line.strip()[:120]!r}; expected {expected}")
        uid, pred = rec["uid"], rec["prediction"]
        if not isinstance(uid, (str, int)) or isinstance(uid, bool):
            raise DataError(f"{path}:{n}: uid is {describe_value(uid)}; expected a string")
        if not isinstance(pred, str):
            raise DataError(f"{path}:{n}: the prediction for uid {uid!r} is {describe_value(pred)}; expected a string")
        uid = str(uid)
        if uid not in known:
            raise DataError(f"{path}:{n}: uid {uid!r} is not in the {task.name} split being scored")
        if uid in out:
            raise DataError(f"{path}:{n}: uid {uid!r} appears more than once")
        out[uid] = pred
    return out


def score_file(
    task_name: str,
    data_dir: str | Path | None,
    split: str,
    predictions: str | Path,
    partial: bool = False,
    variant: str | None = None,
    example_scores: str | Path | None = None,
) -> dict[str, Any]:
    task = TASKS.get(task_name)(data_dir=data_dir, variant=variant)
    task.check_split(split)
    if not task.has_references(split):
        raise DataError(
            f"{task.name} {split} has no public answers: submit the results file to the "
            "official evaluation server instead"
        )
    path = Path(predictions)
    if not path.is_file():
        raise DataError(f"predictions file {path} does not exist")
    task.needs_media = False  # scoring reads the ground truth only, never the images or clips
    task.check_data(split)
    examples = task.load(split)
    preds = read_predictions(task, path, examples)
    missing = [ex for ex in examples if ex.uid not in preds]
    if missing and not partial:
        ids = ", ".join(str(task.result_id(ex)) for ex in missing[:5])
        raise DataError(
            f"{path} has no prediction for {len(missing)} of {len(examples)} {task.name} {split} examples "
            f"({task.result_id_field} e.g. {ids}); pass --partial to score only the predicted ones"
        )
    scored = [ex for ex in examples if ex.uid in preds]
    if not scored:
        raise DataError(f"{path} predicts none of the {task.name} {split} examples")
    metrics = task.score(preds, scored)
    written = None
    if example_scores is not None:
        from benchmark.engine.evaluation import example_scores as per_example
        from benchmark.engine.io import atomic_write_jsonl

        records = per_example(task, preds, scored, metrics)
        if records is None:
            raise DataError(
                f"{task.name}: its headline {task.metric} has no per-example scores whose mean is the headline; "
                "expected a metric such as vqa_accuracy, accuracy or CIDEr"
            )
        written = str(atomic_write_jsonl(Path(example_scores), records))
    return {
        "task": task.name,
        "split": split,
        "predictions": str(path),
        "metric": task.metric,
        "n_examples": len(examples),
        "n_scored": len(scored),
        "partial": len(scored) < len(examples),
        "metrics": metrics,
        "example_scores": written,
    }
