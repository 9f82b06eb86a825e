"""Tiny datasets written in the exact official layouts and file formats, for the task tests.

Each ``write_*`` function creates the folder a user would pass as ``--data-dir`` and returns it:
real JPEG images, H.264/.mp4 and MPEG-4/.avi clips, 16-bit WAV files, and annotation files with every
field of the official releases that the suite reads (and a few it ignores, as the real files have).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np
from PIL import Image

from benchmark.engine.media import write_video, write_wav

COLORS = [(200, 30, 30), (30, 160, 40), (40, 60, 200), (220, 200, 30), (120, 40, 160), (90, 90, 90)]


def jpeg(path: Path, seed: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    img = np.full((40, 48, 3), COLORS[seed % len(COLORS)], dtype=np.uint8)
    img[rng.integers(0, 30) :, rng.integers(0, 30) :] //= 2
    Image.fromarray(img).save(path, quality=90)


def clip(path: Path, seed: int) -> None:
    frames = np.full((6, 32, 32, 3), COLORS[seed % len(COLORS)], dtype=np.uint8)
    for t in range(6):
        frames[t, 8:16, 4 * t : 4 * t + 8] = 255
    write_video(path, frames, fps=6)


def wav(path: Path, seed: int) -> None:
    t = np.arange(8000) / 16000
    write_wav(path, 0.4 * np.sin(2 * np.pi * (300 + 200 * seed) * t), 16000)


def _coco_name(folder: str, image_id: int) -> str:
    return f"{folder}/COCO_{folder}_{image_id:012d}.jpg"


# -- VQA format (VQAv2, OK-VQA) ----------------------------------------------------------------
VQA_QUESTIONS = {  # subtype -> [(question_id, image_id, question)]
    "train2014": [
        (9001, 9, "What color is the bus?"),
        (9002, 9, "How many people are there?"),
        (25001, 25, "Is it raining?"),
        (25002, 25, "What is the man holding?"),
    ],
    "val2014": [
        (42001, 42, "What is on the plate?"),
        (42002, 42, "Is the plate white?"),
        (73001, 73, "How many dogs?"),
    ],
    "test-dev2015": [(1001, 1, "What sport is this?")],
    "test2015": [(1001, 1, "What sport is this?"), (2001, 2, "Where is the cat?")],
}
VQA_ANSWERS = {  # question_id -> (answer_type, question_type, ten answers)
    9001: ("other", "what color is the", ["red"] * 7 + ["dark red", "red", "maroon"]),
    9002: ("number", "how many", ["2", "two", "2", "3", "2", "2", "two", "2", "3", "2"]),
    25001: ("yes/no", "is it", ["no"] * 10),
    25002: (
        "other",
        "what is the man",
        ["umbrella"] * 4 + ["an umbrella", "umbrella", "kite", "umbrella", "stick", "umbrella"],
    ),
    42001: ("other", "what is on the", ["pizza"] * 10),
    42002: ("yes/no", "is the", ["yes"] * 9 + ["no"]),
    73001: ("number", "how many", ["2"] * 6 + ["3"] * 4),
}


def _vqa_questions_file(path: Path, subtype: str, prefix: str) -> None:
    questions = [{"image_id": img, "question": q, "question_id": qid} for qid, img, q in VQA_QUESTIONS[subtype]]
    path.write_text(
        json.dumps(
            {
                "info": {"description": "fixture"},
                "task_type": "Open-Ended",
                "data_type": "mscoco",
                "license": {},
                "data_subtype": subtype,
                "questions": questions,
            }
        )
    )


def _vqa_annotations_file(path: Path, subtype: str, okvqa: bool) -> None:
    anns = []
    for qid, img, _ in VQA_QUESTIONS[subtype]:
        atype, qtype, answers = VQA_ANSWERS[qid]
        entries = [{"answer": a, "answer_confidence": "yes", "answer_id": i + 1} for i, a in enumerate(answers)]
        ann = {"question_type": qtype, "answers": entries, "image_id": img, "answer_type": atype, "question_id": qid}
        if okvqa:
            for e in entries:
                e["raw_answer"] = e["answer"].upper()
            ann["confidence"] = 3
        else:
            ann["multiple_choice_answer"] = max(set(answers), key=answers.count)
        anns.append(ann)
    path.write_text(json.dumps({"info": {}, "license": {}, "data_subtype": subtype, "annotations": anns}))


def write_coco_images(root: Path, subtypes=("train2014", "val2014", "test2015")) -> None:
    for sub in subtypes:
        for split, rows in VQA_QUESTIONS.items():
            folder = "test2015" if split.startswith("test") else split
            if folder == sub:
                for _, img, _ in rows:
                    jpeg(root / _coco_name(folder, img), img)


def write_vqav2(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for sub in VQA_QUESTIONS:
        _vqa_questions_file(root / f"v2_OpenEnded_mscoco_{sub}_questions.json", sub, "v2_")
    for sub in ("train2014", "val2014"):
        _vqa_annotations_file(root / f"v2_mscoco_{sub}_annotations.json", sub, okvqa=False)
    write_coco_images(root)
    return root


def write_okvqa(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for sub in ("train2014", "val2014"):
        _vqa_questions_file(root / f"OpenEnded_mscoco_{sub}_questions.json", sub, "")
        _vqa_annotations_file(root / f"mscoco_{sub}_annotations.json", sub, okvqa=True)
    write_coco_images(root, ("train2014", "val2014"))
    return root


# -- GQA ------------------------------------------------------------------------------------------
def gqa_question(
    image: str, question: str, answer: str | None, structural: str, semantic: str, entailed=(), group="color", steps=2
) -> dict:
    ops = [{"operation": "select", "argument": "thing (1)", "dependencies": []}]
    ops += [{"operation": "relate", "argument": "x", "dependencies": [0]}] * (steps - 1)
    ops.append({"operation": "exist" if structural == "verify" else "query: name", "argument": "", "dependencies": [0]})
    q = {
        "semanticStr": "...",
        "imageId": image,
        "question": question,
        "isBalanced": True,
        "groups": {"global": group, "local": "l"},
        "entailed": list(entailed),
        "equivalent": [],
        "types": {"structural": structural, "semantic": semantic, "detailed": "d"},
        "annotations": {"answer": {}, "question": {}, "fullAnswer": {}},
        "semantic": ops,
    }
    if answer is not None:
        q.update(answer=answer, fullAnswer=f"The answer is {answer}.")
    return q


GQA_SPLITS = {
    "train": {
        "t1": ("n1", "What color is the car?", "red", "query", "attr", ()),
        "t2": ("n1", "Is there a car?", "yes", "verify", "obj", ()),
        "t3": ("n2", "What is on the table?", "cup", "query", "rel", ()),
        "t4": ("n2", "Is the cup white?", "no", "verify", "attr", ()),
    },
    "val": {
        "v1": ("n3", "What animal is it?", "dog", "query", "cat", ()),
        "v2": ("n3", "Is it a dog?", "yes", "verify", "cat", ()),
    },
    "testdev": {
        "d1": ("n4", "What color is the sky?", "blue", "query", "attr", ("d2",)),
        "d2": ("n4", "Is the sky blue?", "yes", "verify", "attr", ("d1",)),
        "d3": ("n5", "Which side is the man on?", "left", "choose", "rel", ()),
        "d4": ("n5", "Are there both cars and trucks?", "no", "logical", "obj", ()),
    },
    "test": {"s1": ("n6", "What is it?", None, "query", "obj", ())},
    "challenge": {"c1": ("n6", "What is it?", None, "query", "obj", ())},
    "submission": {
        "s1": ("n6", "What is it?", None, "query", "obj", ()),
        "c1": ("n6", "What is it?", None, "query", "obj", ()),
    },
}


def write_gqa(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    names = {"submission": "submission_all_questions.json"}
    images = set()
    for split, rows in GQA_SPLITS.items():
        data = {qid: gqa_question(img, q, a, st, se, ent) for qid, (img, q, a, st, se, ent) in rows.items()}
        (root / names.get(split, f"{split}_balanced_questions.json")).write_text(json.dumps(data))
        images |= {img for img, *_ in rows.values()}
    for i, img in enumerate(sorted(images)):
        jpeg(root / "images" / f"{img}.jpg", i)
    return root


# -- COCO Karpathy --------------------------------------------------------------------------------
KARPATHY = [  # (cocoid, filepath, split, captions)
    (9, "train2014", "train", ["A red bus on a street.", "A bus parked by the road."]),
    (25, "train2014", "restval", ["A man with an umbrella in the rain."]),
    (30, "val2014", "train", ["Two dogs play in the grass."]),
    (42, "val2014", "val", ["A pizza on a white plate.", "A plate holding a pizza."]),
    (73, "val2014", "test", ["Two dogs lying on a couch.", "A pair of dogs on a sofa.", "Dogs resting on a couch."]),
    (74, "val2014", "test", ["A cat sitting on a laptop.", "A cat on a computer keyboard."]),
]


def write_coco_karpathy(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    images, sentid = [], 0
    for imgid, (cocoid, folder, split, caps) in enumerate(KARPATHY):
        sentences = []
        for cap in caps:
            sentences.append({"tokens": cap.lower().rstrip(".").split(), "raw": cap, "imid": imgid, "sentid": sentid})
            sentid += 1
        images.append(
            {
                "filepath": folder,
                "sentids": [s["sentid"] for s in sentences],
                "filename": f"COCO_{folder}_{cocoid:012d}.jpg",
                "imgid": imgid,
                "split": split,
                "sentences": sentences,
                "cocoid": cocoid,
            }
        )
        jpeg(root / folder / f"COCO_{folder}_{cocoid:012d}.jpg", cocoid)
    (root / "dataset_coco.json").write_text(json.dumps({"images": images, "dataset": "coco"}))
    return root


# -- MSR-VTT ----------------------------------------------------------------------------------------
MSRVTT = {  # video id -> (split, captions)
    "video0": ("train", ["a man is singing", "a man sings on stage"]),
    "video1": ("train", ["a car drives down a road"]),
    "video2": ("validate", ["a woman is cooking", "someone cooks food"]),
    "video7010": ("test", ["a dog runs in a park", "a dog is running"]),
    "video7011": ("test", ["people are dancing", "a group dances"]),
}


def write_msrvtt(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name, test in (("train_val_videodatainfo.json", False), ("test_videodatainfo.json", True)):
        videos, sentences, sen = [], [], 0
        for i, (vid, (split, caps)) in enumerate(MSRVTT.items()):
            if (split == "test") != test:
                continue
            videos.append(
                {
                    "category": 3,
                    "url": f"https://www.youtube.com/watch?v={vid}",
                    "video_id": vid,
                    "start time": 1.0,
                    "end time": 11.0,
                    "split": split,
                    "id": int(vid[5:]),
                }
            )
            for cap in caps:
                sentences.append({"caption": cap, "video_id": vid, "sen_id": sen})
                sen += 1
            clip(root / ("TestVideo" if test else "TrainValVideo") / f"{vid}.mp4", i)
        (root / name).write_text(json.dumps({"info": {"year": 2016}, "videos": videos, "sentences": sentences}))
    return root


# -- MSRVTT-QA / MSVD-QA ------------------------------------------------------------------------------
VIDEO_QA = {
    "train": [(0, 0, "what is a man doing?", "sing"), (1, 1, "who drives a car?", "man")],
    "val": [(2, 2, "what is the woman cooking?", "food")],
    "test": [
        (3, 0, "what is the dog doing?", "run"),
        (4, 1, "how many people dance?", "two"),
        (5, 2, "where does the dog run?", "park"),
        (6, 0, "who is dancing?", "people"),
    ],
}


def _write_qa_files(root: Path, category: bool) -> None:
    for split, rows in VIDEO_QA.items():
        data = []
        for qid, video, q, a in rows:
            rec = {"answer": a, "id": qid, "question": q, "video_id": video}
            if category:
                rec["category_id"] = 3
            data.append(rec)
        (root / f"{split}_qa.json").write_text(json.dumps(data))


def write_msrvtt_qa(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    _write_qa_files(root, category=True)
    for i in range(3):
        clip(root / "videos" / f"video{i}.mp4", i)
    return root


MSVD_NAMES = ["-4wsuPCjDBc_5_15", "0lh_UWF9ZP4_62_69", "1dfR0A_BXjw_590_600"]


def write_msvd_qa(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    _write_qa_files(root, category=False)
    (root / "youtube_mapping.txt").write_text("".join(f"{n} vid{i}\n" for i, n in enumerate(MSVD_NAMES)))
    for i, name in enumerate(MSVD_NAMES):
        clip(root / "YouTubeClips" / f"{name}.avi", i)
    return root


# -- AudioCaps --------------------------------------------------------------------------------------------
AUDIOCAPS = {
    "train": [
        (91139, "r1nicOVtvkQ", 130, "A woman talks nearby as water pours"),
        (58146, "UDGBjjwyaqE", 20, "Multiple clanging and clanking sounds"),
        (11542, "Hlq7sGqJl0k", 30, "A dog barks repeatedly"),
    ],
    "val": [
        (97151, "vfY_TJq7n_U", 130, "Rustling occurs, ducks quack"),
        (108945, "vfY_TJq7n_U", 130, "Ducks quack and water splashes"),
    ],
    "test": [
        (103549, "7fmOlUlwoNg", 20, "Constant rattling noise and sharp vibrations"),
        (103548, "7fmOlUlwoNg", 20, "A rattling noise with vibrations"),
        (104277, "6BJ455B1aAs", 0, "A goat bleating repeatedly"),
        (104278, "6BJ455B1aAs", 0, "Goats bleat while birds chirp"),
    ],
}


def write_audiocaps(root: Path, skip_audio=()) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for split, rows in AUDIOCAPS.items():
        with open(root / f"{split}.csv", "w", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["audiocap_id", "youtube_id", "start_time", "caption"])
            writer.writerows(rows)
        (root / "audio" / split).mkdir(parents=True, exist_ok=True)
        for i, yid in enumerate(dict.fromkeys(r[1] for r in rows)):
            if yid not in skip_audio:
                wav(root / "audio" / split / f"{yid}.wav", i)
    return root
