"""``bench data check``: is a task's data where the task expects it, and how much of it is usable?

For one task and folder, :func:`check_task_data` reports the expected files that are missing (per
split), and for each split whose files are present: the number of examples, of distinct media, and
of media files that are missing (with a few examples), plus what to fetch. Nothing is decoded: media
are only looked up with ``os.path.exists``. :func:`format_report` prints it for humans; the report is
also a plain dict (``--json``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from benchmark.engine.data import missing_media
from benchmark.errors import BenchError
from benchmark.registry import TASKS


@dataclass
class SplitReport:
    split: str
    missing_files: list[str] = field(default_factory=list)
    examples: int | None = None  # None when the split could not be read
    media: int | None = None
    missing_media: int | None = None
    missing_media_examples: list[str] = field(default_factory=list)
    has_references: bool = True
    error: str | None = None  # why the split could not be read
    note: str | None = None  # e.g. "generated on first use"

    @property
    def ok(self) -> bool:
        return not self.missing_files and self.error is None and not self.missing_media


@dataclass
class DataReport:
    task: str
    modality: str
    root: str | None
    env_var: str
    layout: str
    get_data: str
    splits: list[SplitReport]
    error: str | None = None  # the data folder itself is unknown

    @property
    def ok(self) -> bool:
        return self.error is None and all(s.ok for s in self.splits)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self) | {"ok": self.ok}


def check_task_data(
    task_name: str, data_dir: str | Path | None, splits: list[str] | None = None, variant: str | None = None
) -> DataReport:
    task = TASKS.get(task_name)(data_dir=data_dir, variant=variant)
    report = DataReport(task.name, task.modality, None, task.env_var(), task.layout.strip(), task.get_data.strip(), [])
    try:
        root = task.require_root()
    except BenchError as exc:
        report.error = str(exc).splitlines()[0]
        return report
    report.root = str(root)
    for split in splits or list(task.splits):
        task.check_split(split)
        entry = SplitReport(split, [str(p) for p in task.missing_files(split)])
        report.splits.append(entry)
        if entry.missing_files:
            continue
        if task.generated and not (root / "manifest.json").is_file():
            entry.note = f"not generated yet: the suite writes it to {root} on first use"
            continue
        try:
            examples = task.load(split)
        except BenchError as exc:
            entry.error = str(exc)
            continue
        entry.examples = len(examples)
        entry.has_references = task.has_references(split)
        entry.media, entry.missing_media, entry.missing_media_examples = missing_media(examples)
    return report


def format_report(report: DataReport) -> str:
    lines = [
        f"{report.task} ({report.modality}): data folder "
        f"{report.root or '(not set)'}  [--data-dir DIR or ${report.env_var}]"
    ]
    if report.error:
        lines.append(f"  ERROR: {report.error}")
    for s in report.splits:
        if s.missing_files:
            lines.append(f"  {s.split}: MISSING {len(s.missing_files)} file(s):")
            lines += [f"    {p}" for p in s.missing_files]
        elif s.error:
            lines.append(f"  {s.split}: ERROR {s.error}")
        elif s.note:
            lines.append(f"  {s.split}: {s.note}")
        else:
            refs = "" if s.has_references else " (no public answers: results file only)"
            status = "ok" if not s.missing_media else f"{s.missing_media} MISSING"
            lines.append(f"  {s.split}: {s.examples:,} examples, {s.media:,} media files, {status}{refs}")
            if s.missing_media:
                lines += [f"    e.g. {p}" for p in s.missing_media_examples]
    if not report.ok:
        lines.append("  expected layout:")
        lines += [f"    {line}" for line in report.layout.splitlines()]
        if report.get_data:
            lines += [f"  {line}" for line in report.get_data.splitlines()]
    return "\n".join(lines)
