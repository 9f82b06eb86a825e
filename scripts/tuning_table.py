"""The tuning of a ``bench tune --grid`` folder as one Markdown table: a row per method, a column per
grid value, each cell the validation score (the test subset's score in brackets), and the chosen value.

    .venv/bin/python scripts/tuning_table.py runs/reference-tune [--key train.lr]

Methods appear in the order their studies were created. A cell shows ``running`` for a trial under
way, ``stopped`` for an interrupted one that has not run again yet, ``failed`` for a trial that
failed on its own (it counts), and ``-`` for a value not tried yet. The chosen value is the one
``best.json`` holds for the method, once its study has its whole budget; ``not yet`` before.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _fmt(value: float) -> str:
    return f"{value:.1f}"


def table(folder: Path, key: str = "train.lr", prefix: str = "tune") -> str:
    import optuna
    from optuna.trial import TrialState

    from benchmark.experiments.tune import FAILED, interrupted

    db = folder / "tune.db"
    if not db.is_file():
        raise SystemExit(f"error: {folder} holds no tune.db; expected a `bench tune --output-dir` folder")
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    storage = f"sqlite:///{db.resolve()}"
    best_file = folder / "best.json"
    best = json.loads(best_file.read_text()) if best_file.is_file() else {}
    studies = [s for s in optuna.get_all_study_summaries(storage) if s.study_name.startswith(prefix + "-")]
    studies = [s for s in studies if "#" not in s.study_name]  # claims (#mlflow-parent, #retry-N)
    rows, values = [], set()
    for summary in sorted(studies, key=lambda s: s._study_id):
        method = summary.study_name[len(prefix) + 1 :]
        cells: dict[float, str] = {}
        for t in optuna.load_study(study_name=summary.study_name, storage=storage).get_trials(deepcopy=False):
            values.update(t.system_attrs.get("search_space", {}).get(key, []))  # the grid, tried or not
            value = t.params.get(key)
            if value is None:
                continue
            values.add(value)
            if t.state == TrialState.COMPLETE:
                test = next((v for k, v in t.user_attrs.items() if k.startswith("test_")), None)
                cells[value] = _fmt(t.value) + (f" ({_fmt(test)})" if test is not None else "")
            elif t.state == TrialState.RUNNING:
                cells.setdefault(value, "running")
            elif t.state == TrialState.FAIL and FAILED in t.user_attrs:
                cells[value] = "failed"
            elif interrupted(t):
                cells.setdefault(value, "stopped")
        chosen = best.get(method, {}).get("params", {}).get(key)
        rows.append((method, cells, f"{chosen:g}" if chosen is not None else "not yet"))
    if not rows:
        raise SystemExit(f"error: no `{prefix}-*` study in {db}")
    columns = sorted(values)
    out = [
        "| method | " + " | ".join(f"{v:g}" for v in columns) + " | chosen |",
        "|---|" + "---|" * len(columns) + "---|",
    ]
    for method, cells, chosen in rows:
        out.append(f"| {method} | " + " | ".join(cells.get(v, "-") for v in columns) + f" | {chosen} |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="a bench tune --output-dir folder (tune.db, best.json)")
    parser.add_argument("--key", default="train.lr", help="the gridded key (default: train.lr)")
    parser.add_argument("--study", default="tune", help="bench tune's --study prefix (default: tune)")
    args = parser.parse_args(argv)
    print(table(args.folder, args.key, args.study))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
