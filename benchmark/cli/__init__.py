"""The ``bench`` command line: one module per command in this package, each with ``HELP``,
``add_arguments(parser)`` and ``run(args) -> exit code`` (as lm-evaluation-harness's ``_cli/``).

    bench run [--method epalm] [--task easy-vqa] [--lm smollm2-135m] [--encoder efficientnet-lite0] ...
    bench ls methods|tasks|lms|encoders
    bench params --method M --lm X --encoder Y [--json]
    bench perf [--json]
    bench table RUNS_DIR
    bench data check [--task T|all] [--data-dir D] [--split S] [--json]
    bench score --task T --data-dir D --split S --predictions FILE [--partial] [--json]
    bench eval --run RUN_DIR [--task T] [--data-dir D] [--split S] [--variant V,...|all] [--encoder E]
    bench sweep FILE.yaml [--storage URL] [--max-cells N] [--status] [--dry-run]
    bench report (--sweep-file FILE | --tracking-uri URI --experiment E [--sweep NAME] | --runs DIR [--runs ...]) --out DIR
    bench report ima (--run RUN_DIR [--run ...] | --sweep-file FILE) --out DIR
    bench tune --methods M1,M2 --trials N --output-dir DIR [--storage URL] [run flags]
    bench compare --methods M1,M2 --fractions 0.01,0.1 --output-dir DIR [--table FILE.md] [run flags]

Progress (bars with rate and ETA on a terminal, periodic lines otherwise) and other diagnostics go
to stderr through logging; ``bench --quiet <command>`` (or ``--quiet`` after the command) keeps only
warnings and errors. Errors a user can cause print one clear line (no traceback) and exit non-zero.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from benchmark.errors import BenchError
from benchmark.logs import setup_logging

COMMANDS = (
    "run",
    "compare",
    "ls",
    "params",
    "recipe",
    "perf",
    "data",
    "score",
    "eval",
    "sweep",
    "tune",
    "report",
    "table",
)


def _module(name: str):
    return importlib.import_module(f"benchmark.cli.{name}")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bench", description="Benchmark parameter-efficient multimodal adaptation.")
    quiet_help = "show only warnings and errors on stderr (no progress, no info lines)"
    parser.add_argument("--quiet", "-q", action="store_true", help=quiet_help)
    sub = parser.add_subparsers(dest="command", required=True)
    for name in COMMANDS:
        module = _module(name)
        command = sub.add_parser(name, help=module.HELP)
        module.add_arguments(command)
        # also accepted after the command; SUPPRESS keeps a --quiet given before it
        command.add_argument("--quiet", "-q", action="store_true", default=argparse.SUPPRESS, help=quiet_help)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(argv)
    args.argv = argv
    setup_logging(quiet=args.quiet)
    try:
        return _module(args.command).run(args)
    except BenchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt as exc:  # Ctrl-C (130), or SIGTERM during a run (RunTerminated: 143)
        print(str(exc) or "interrupted", file=sys.stderr)
        return getattr(exc, "exit_code", 130)
