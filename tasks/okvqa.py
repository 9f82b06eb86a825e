"""The ``okvqa`` task: OK-VQA v1.1 (Marino et al. 2019), questions that need outside knowledge, on COCO
images, read from the official files (the VQA format, :mod:`tasks.coco_vqa`).

Splits: ``train`` (train2014, 9,009 questions) and ``val`` (val2014, 5,046, the reported split, scored
at the end). Each question has ten answers (five annotators, each answer given twice in the file);
the official evaluation is the VQA evaluation code on the ``answer`` field, reproduced in
:mod:`tasks.metrics.vqa`. The annotations have no ``multiple_choice_answer`` in every release, so the
training target is the most frequent answer when it is missing.
"""

from __future__ import annotations

from benchmark.registry import register_task
from tasks.coco_vqa import COCOVQATask


@register_task("okvqa")
class OKVQA(COCOVQATask):
    """OK-VQA: outside-knowledge questions about COCO images, ten answers each (official VQA accuracy)."""

    modality = "image"
    splits = ("train", "val")
    train_split, val_split, test_split = "train", "val", "val"
    subtypes = {
        "train": ("OpenEnded_mscoco_train2014_questions.json", "mscoco_train2014_annotations.json", "train2014"),
        "val": ("OpenEnded_mscoco_val2014_questions.json", "mscoco_val2014_annotations.json", "val2014"),
    }
    layout = """\
OpenEnded_mscoco_train2014_questions.json        questions (okvqa.allenai.org)
OpenEnded_mscoco_val2014_questions.json
mscoco_train2014_annotations.json                annotations (v1.1)
mscoco_val2014_annotations.json
train2014/COCO_train2014_<12-digit image id>.jpg COCO images (folders or symlinks)
val2014/COCO_val2014_<12-digit image id>.jpg"""
    get_data = (
        "Questions and annotations: https://okvqa.allenai.org/download.html. "
        "Images: https://cocodataset.org/#download (train2014, val2014)."
    )
