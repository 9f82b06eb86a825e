"""The ``vqav2`` task: VQA v2.0 (Goyal et al. 2017) on COCO images, read from the official files.

Splits: ``train`` (train2014), ``val`` (val2014, scored at the end as eP-ALM reports), ``test-dev``
(test-dev2015) and ``test`` (test2015, test-std): the last two have no public answers, so a run
with ``--set data.eval_split=test-dev`` writes ``results.json`` in the official submission format
(``[{"question_id": int, "answer": str}]``; the server expects the file name
``vqa_OpenEnded_mscoco_test-dev2015_<method>_results.json``). Periodic validation during training
uses a seeded subset of ``val``; nothing is selected on it. File formats: :mod:`tasks.coco_vqa`.
"""

from __future__ import annotations

from benchmark.registry import register_task
from tasks.coco_vqa import COCOVQATask


@register_task("vqav2")
class VQAv2(COCOVQATask):
    """VQAv2: open-ended questions about COCO images, ten human answers each (official VQA accuracy)."""

    modality = "image"
    splits = ("train", "val", "test-dev", "test")
    train_split, val_split, test_split = "train", "val", "val"
    subtypes = {
        "train": ("v2_OpenEnded_mscoco_train2014_questions.json", "v2_mscoco_train2014_annotations.json", "train2014"),
        "val": ("v2_OpenEnded_mscoco_val2014_questions.json", "v2_mscoco_val2014_annotations.json", "val2014"),
        "test-dev": ("v2_OpenEnded_mscoco_test-dev2015_questions.json", None, "test2015"),
        "test": ("v2_OpenEnded_mscoco_test2015_questions.json", None, "test2015"),
    }
    layout = """\
v2_OpenEnded_mscoco_train2014_questions.json     Questions (train, val, test) from visualqa.org
v2_OpenEnded_mscoco_val2014_questions.json
v2_OpenEnded_mscoco_test-dev2015_questions.json
v2_OpenEnded_mscoco_test2015_questions.json
v2_mscoco_train2014_annotations.json             Annotations (train, val)
v2_mscoco_val2014_annotations.json
train2014/COCO_train2014_<12-digit image id>.jpg COCO images (folders or symlinks)
val2014/COCO_val2014_<12-digit image id>.jpg
test2015/COCO_test2015_<12-digit image id>.jpg   (test-dev and test-std images)"""
    get_data = (
        "Questions and annotations: https://visualqa.org/download.html (unzip into the folder). "
        "Images: https://cocodataset.org/#download (train2014, val2014, test2015 zips)."
    )
