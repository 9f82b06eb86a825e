"""The ``bench`` command line.

    bench run [--method epalm] [--task easy-vqa] [--lm smollm2-135m] [--encoder efficientnet-lite0] ...
    bench ls methods|tasks|lms|encoders
    bench params --method M --lm X --encoder Y [--json]
    bench perf [--json]
    bench table RUNS_DIR
    bench data check [--task T|all] [--data-dir D] [--split S] [--json]
    bench score --task T --data-dir D --split S --predictions FILE [--partial] [--json]
    bench eval --run RUN_DIR [--task T] [--data-dir D] [--split S] [--variant V,...|all] [--encoder E]
    bench sweep FILE.yaml [--storage URL] [--max-cells N] [--status] [--dry-run]
    bench report (--sweep-file FILE | --tracking-uri URI --experiment E [--sweep NAME]) --out DIR
    bench tune --methods M1,M2 --trials N --output-dir DIR [--storage URL] [run flags]
    bench compare --methods M1,M2 --fractions 0.01,0.1 --output-dir DIR [--table FILE.md] [run flags]

Errors a user can cause print one clear line (no traceback) and exit non-zero.
"""

from __future__ import annotations

import argparse
import json
import sys

from benchmark.errors import BenchError

RUN_FLAGS = {
    # flag: (config path, type, help)
    "--method": ("method", str, "method name (bench ls methods)"),
    "--task": ("task", str, "task name (bench ls tasks)"),
    "--lm": ("lm", str, "LM preset, hub id or local path (bench ls lms)"),
    "--encoder": ("encoder", str, "encoder preset or timm name (bench ls encoders)"),
    "--seed": ("seed", int, "random seed"),
    "--data-fraction": ("data.fraction", float, "fraction of the training split (seeded, stratified)"),
    "--data-dir": ("data.data_dir", str, "dataset folder (default: the task's own location)"),
    "--steps": ("train.steps", int, "optimizer steps"),
    "--batch-size": ("train.batch_size", int, "per-process batch size"),
    "--grad-accum": ("train.grad_accum", int, "gradient accumulation steps"),
    "--lr": ("train.lr", float, "peak learning rate"),
    "--precision": ("train.precision", str, "fp32, bf16 or fp16"),
    "--eval-examples": ("eval.max_examples", int, "seeded test subset size; 0 = whole split"),
    "--num-beams": ("eval.num_beams", int, "beam width for generation (1 = greedy)"),
    "--output-dir": ("output_dir", str, "where run folders go"),
    "--run-name": ("run_name", str, "run folder name (default: derived from the config)"),
    "--cache-dir": ("cache_dir", str, "feature/model cache (default $BENCH_CACHE or ~/.cache/mm-adapt-bench)"),
    "--tracking-uri": ("tracking_uri", str, "MLflow tracking URI (default: local store in the output dir)"),
    "--experiment": ("experiment", str, "MLflow experiment name"),
}


def _add_run(sub) -> None:
    p = sub.add_parser("run", help="train and evaluate one method on one task")
    p.add_argument("--config", help="YAML file with RunConfig fields")
    for flag, (_, typ, help_) in RUN_FLAGS.items():
        p.add_argument(flag, type=typ, default=None, help=help_)
    p.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                   help="dotted override, e.g. train.warmup_steps=10 or method_options.prompt_length=20")
    p.add_argument("--resume", action="store_true", help="continue the run in its folder from the latest checkpoint")


def _flag_overrides(args, flags) -> list[str]:
    return [f"{RUN_FLAGS[flag][0]}={getattr(args, flag[2:].replace('-', '_'))}"
            for flag in flags if getattr(args, flag[2:].replace("-", "_"), None) is not None]


COMPARE_FIXED = ("--method", "--data-fraction", "--run-name", "--output-dir")


def _add_compare(sub) -> None:
    p = sub.add_parser("compare", help="every method x data fraction at one training budget, then a table")
    p.add_argument("--methods", required=True, help="comma-separated method names")
    p.add_argument("--fractions", required=True, help="comma-separated training fractions, e.g. 0.01,0.1")
    p.add_argument("--output-dir", required=True, help="folder for the run folders (finished runs are reused)")
    p.add_argument("--table", help="also write the comparison (command, table) to this Markdown file")
    _add_shared_run_args(p, COMPARE_FIXED, "cell")


def _add_shared_run_args(p, fixed: tuple[str, ...], unit: str) -> None:
    """The run flags (less those the command sets itself), --config, --set and --method-set of a
    command that runs many configurations (compare, tune)."""
    p.add_argument("--config", help=f"YAML file with RunConfig fields shared by every {unit}")
    for flag, (_, typ, help_) in RUN_FLAGS.items():
        if flag not in fixed:
            p.add_argument(flag, type=typ, default=None, help=help_)
    p.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help=f"dotted override for every {unit}")
    p.add_argument("--method-set", action="append", default=[], metavar="METHOD.KEY=VALUE",
                   help="an option of one method, e.g. epalm.prompt_length=20")


def _cmd_compare(args) -> int:
    from benchmark.compare import comparison_document, run_comparison
    from benchmark.errors import ConfigError
    from benchmark.io import atomic_write_text

    try:
        fractions = [float(x) for x in args.fractions.split(",") if x]
    except ValueError:
        raise ConfigError(f"--fractions must be comma-separated numbers, got {args.fractions!r}") from None
    methods = [m for m in args.methods.split(",") if m]
    flags = [f for f in RUN_FLAGS if f not in COMPARE_FIXED]
    result = run_comparison(methods, fractions, args.output_dir, _flag_overrides(args, flags) + list(args.set),
                            args.method_set, args.config)
    import shlex

    document = comparison_document(result, "bench " + shlex.join(args.argv))
    print(document)
    if args.table:
        atomic_write_text(args.table, document)
    return 1 if result.failed else 0


def _cmd_sweep(args) -> int:
    from benchmark.sweep import run_sweep, status_table

    spec, result = run_sweep(args.file, args.storage, args.output_dir, args.max_cells, args.status, args.dry_run)
    if args.dry_run:
        print(f"sweep {spec.name}: {len(result)} cells, all valid (storage {spec.storage_url}, MLflow {spec.mlflow_uri})")
        for cell in result:
            print(f"  {cell.name}")
        return 0
    print(status_table(result))
    print(result.line(spec.name))
    return 1 if result.count("failed") else 0


def _cmd_report(args) -> int:
    from benchmark.errors import ConfigError
    from reports.collect import load_runs
    from reports.report import build_report

    uri, experiment, sweep = args.tracking_uri, args.experiment, args.sweep
    if args.sweep_file:
        from benchmark.sweep_spec import load_spec

        spec = load_spec(args.sweep_file, output_dir=args.output_dir)
        uri, experiment, sweep = uri or spec.mlflow_uri, experiment or spec.experiment, sweep or spec.name
    if not uri or not experiment:
        raise ConfigError("bench report needs --sweep-file FILE, or --tracking-uri URI and --experiment NAME")
    rows = load_runs(uri, experiment, sweep)
    source = f"MLflow {uri}, experiment {experiment!r}" + (f", sweep {sweep!r}" if sweep else "")
    written = build_report(rows, args.out, source)
    n_plots = sum(len(v) for v in written["plots"].values())
    print(f"report: {len(rows)} runs -> {args.out}/index.md ({len(written['tables'])} tables x md/tex/csv, "
          f"{n_plots} plot files)")
    return 0


TUNE_FIXED = ("--method", "--run-name", "--output-dir")


def _cmd_tune(args) -> int:
    from benchmark.compare import method_overrides
    from benchmark.tune import run_tuning

    methods = [m for m in args.methods.split(",") if m]
    flags = [f for f in RUN_FLAGS if f not in TUNE_FIXED]
    best = run_tuning(methods, args.trials, args.output_dir, _flag_overrides(args, flags) + list(args.set),
                      method_overrides(args.method_set, methods), args.config, args.storage, args.study,
                      prune=not args.no_prune, seed=args.sampler_seed)
    print("| method | best validation | trials (complete/pruned/failed) | best values |")
    print("|---|---|---|---|")
    for method in methods:
        b = best[method]
        s = b["states"]
        print(f"| {method} | {b['value']:.2f} | {b['trials']} ({s['complete']}/{s['pruned']}/{s['fail']}) | "
              + ", ".join(f"{k}={v:.3g}" if isinstance(v, float) else f"{k}={v}" for k, v in b["params"].items()) + " |")
    print(f"best values: {args.output_dir}/best.json (use `tuned: {args.output_dir}` in a sweep file)")
    return 0


def _cmd_run(args) -> int:
    from benchmark.config import load_config
    from benchmark.runner import execute

    config = load_config(args.config, _flag_overrides(args, RUN_FLAGS) + list(args.set))
    result = execute(config, resume=args.resume)
    m = result["metrics"]
    scored = (f"{result['split']} {result['metric']} = {m[result['metric']]:.2f}" if result["scored"]
              else f"{result['split']} predictions written to {config.run_dir / 'results.json'} (no public answers)")
    print(f"{result['method']} on {result['task']} ({result['lm']}"
          f"{', ' + result['encoder'] if result['encoder'] else ''}): "
          f"{scored} on {result['n_eval']} examples "
          f"({result['eval_subset']}); {result['parameters']['trainable']:,} trainable parameters; "
          f"run folder {config.run_dir}")
    return 0


def _cmd_data(args) -> int:
    from benchmark.datacheck import check_task_data, format_report
    from benchmark.registry import TASKS

    names = TASKS.names() if args.task in (None, "all") else [t for t in args.task.split(",") if t]
    splits = [s for s in args.split.split(",") if s] if args.split else None
    reports = [check_task_data(name, args.data_dir, splits, args.variant) for name in names]
    if args.json:
        print(json.dumps([r.to_dict() for r in reports], indent=2))
    else:
        print("\n\n".join(format_report(r) for r in reports))
    return 0 if all(r.ok for r in reports) else 1


def _cmd_score(args) -> int:
    from benchmark.scoring import score_file

    result = score_file(args.task, args.data_dir, args.split, args.predictions, args.partial, args.variant)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    m = result["metrics"]
    part = f" (partial: {result['n_scored']} of {result['n_examples']})" if result["partial"] else ""
    print(f"{result['task']} {result['split']}: {result['n_scored']} examples scored{part}")
    for key, value in m.items():
        if isinstance(value, float):
            print(f"  {key:40s} {value:.4f}" if abs(value) < 20 else f"  {key:40s} {value:.2f}")
        elif value is None or isinstance(value, (int, str)):
            print(f"  {key:40s} {'n/a' if value is None else value}")
    return 0


def _cmd_ls(args) -> int:
    from benchmark.registry import REGISTRIES

    registry = REGISTRIES[args.kind]
    for name, entry in registry.items():
        doc = getattr(entry, "description", None) or (getattr(entry, "__doc__", "") or "").strip().splitlines()[:1]
        doc = doc[0] if isinstance(doc, list) and doc else doc
        print(f"{name:28s} {doc or ''}")
    return 0


def _cmd_params(args) -> int:
    from benchmark.params import count_on_meta

    counts = count_on_meta(args.method, args.lm, args.encoder, args.set)
    if args.json:
        print(json.dumps(counts))
    else:
        pct = 100.0 * counts["trainable"] / counts["total"]
        print(f"{args.method} with {args.lm} + {args.encoder}: {counts['trainable']:,} trainable "
              f"({counts['trainable'] / 1e6:.2f}M, {pct:.3f}% of {counts['total']:,} total)")
    return 0


def _cmd_perf(args) -> int:
    from benchmark.perf import measure_overheads, format_report

    report = measure_overheads(args.lm, args.encoder, args.methods.split(","), args.batch_size,
                               args.repeats, args.new_tokens)
    print(json.dumps(report, indent=2) if args.json else format_report(report))
    return 0


def _cmd_table(args) -> int:
    from reports.tables import collect_runs, markdown_table

    print(markdown_table(collect_runs(args.runs_dir)))
    return 0


def _cmd_eval(args) -> int:
    from benchmark.crosseval import evaluate_run, format_table, plan_eval

    plan = plan_eval(args.run, args.task, args.data_dir, args.split, args.variant, args.encoder, args.eval_examples)
    records = evaluate_run(plan)
    print(json.dumps(records, indent=2) if args.json else format_table(records))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bench", description="Benchmark parameter-efficient multimodal adaptation.")
    sub = parser.add_subparsers(dest="command", required=True)
    _add_run(sub)
    _add_compare(sub)
    p = sub.add_parser("ls", help="list registered names")
    p.add_argument("kind", choices=["methods", "tasks", "lms", "encoders"])
    p = sub.add_parser("params", help="trainable/total parameters, built on the meta device")
    p.add_argument("--method", default="epalm")
    p.add_argument("--lm", default="smollm2-135m")
    p.add_argument("--encoder", default="efficientnet-lite0")
    p.add_argument("--set", action="append", default=[], metavar="method_options.KEY=VALUE")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("perf", help="overhead ratios of methods over the plain frozen LM")
    p.add_argument("--lm", default="smollm2-135m")
    p.add_argument("--encoder", default="efficientnet-lite0")
    p.add_argument("--methods", default="epalm", help="comma-separated")
    p.add_argument("--batch-size", type=int, default=16)
    p.add_argument("--new-tokens", type=int, default=8)
    p.add_argument("--repeats", type=int, default=12)
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("data", help="check a task's data folder: missing files, examples and media per split")
    p.add_argument("action", choices=["check"])
    p.add_argument("--task", default=None, help="task name, comma-separated names, or all (default)")
    p.add_argument("--data-dir", default=None, help="the task's data folder (default: $BENCH_DATA_<TASK>)")
    p.add_argument("--split", default=None, help="comma-separated splits (default: every split)")
    p.add_argument("--variant", default=None, help="a task variant (bench ls tasks)")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("score", help="score a predictions file (official results format) against the ground truth")
    p.add_argument("--task", required=True)
    p.add_argument("--data-dir", default=None)
    p.add_argument("--split", required=True)
    p.add_argument("--predictions", required=True, help="official results JSON, or a run's predictions.jsonl")
    p.add_argument("--partial", action="store_true", help="score only the examples that have a prediction")
    p.add_argument("--variant", default=None)
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("eval", help="score a finished run on another task, split or shifted variant (OOD)")
    p.add_argument("--run", required=True, help="a finished run folder (metrics.json + trainable.safetensors)")
    p.add_argument("--task", default=None, help="task to score on (default: the run's own)")
    p.add_argument("--data-dir", default=None)
    p.add_argument("--split", default=None, help="default: the task's test split")
    p.add_argument("--variant", default=None, help="comma-separated variants (clean = none), or all")
    p.add_argument("--encoder", default=None, help="e.g. frames:<the run's image encoder> for video tasks")
    p.add_argument("--eval-examples", type=int, default=None, help="seeded subset size; 0 = whole split")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("sweep", help="run a grid of cells from a YAML file; many workers may share it")
    p.add_argument("file", help="the sweep file (see benchmark/sweep_spec.py)")
    p.add_argument("--storage", default=None, help="Optuna RDB URL shared by the workers (overrides the file)")
    p.add_argument("--output-dir", default=None, help="run folders (overrides the file)")
    p.add_argument("--max-cells", type=int, default=None, help="stop after running this many cells here")
    p.add_argument("--status", action="store_true", help="print every cell's state and exit")
    p.add_argument("--dry-run", action="store_true", help="expand and validate every cell, run nothing")
    p = sub.add_parser("tune", help="an Optuna study per method over its search space, with pruning, equal trials")
    p.add_argument("--methods", required=True, help="comma-separated method names")
    p.add_argument("--trials", type=int, required=True, help="trials per method (pruned and failed ones count)")
    p.add_argument("--output-dir", required=True, help="trial run folders, tune.db (default storage) and best.json")
    p.add_argument("--storage", default=None, help="Optuna RDB URL shared by workers (default sqlite in --output-dir)")
    p.add_argument("--study", default="tune", help="study name prefix (one study per method: PREFIX-METHOD)")
    p.add_argument("--no-prune", action="store_true", help="run every trial to the end")
    p.add_argument("--sampler-seed", type=int, default=0, help="seed of the TPE sampler")
    _add_shared_run_args(p, TUNE_FIXED, "trial (what is set is not tuned)")
    p = sub.add_parser("report", help="tables and plots (scaling, data efficiency, OOD, frontier) from MLflow")
    p.add_argument("--out", required=True, help="folder for the report (index.md, index.html, tables, plots)")
    p.add_argument("--sweep-file", default=None, help="take the tracking URI, experiment and sweep from this file")
    p.add_argument("--output-dir", default=None, help="with --sweep-file: the sweep's output folder if moved")
    p.add_argument("--tracking-uri", default=None, help="MLflow tracking URI (a local store or a server)")
    p.add_argument("--experiment", default=None, help="MLflow experiment name")
    p.add_argument("--sweep", default=None, help="only the runs of this sweep")
    p = sub.add_parser("table", help="comparison table of the finished runs under a folder")
    p.add_argument("runs_dir")
    return parser


COMMANDS = {"run": _cmd_run, "ls": _cmd_ls, "params": _cmd_params, "perf": _cmd_perf, "table": _cmd_table,
            "compare": _cmd_compare, "sweep": _cmd_sweep, "report": _cmd_report, "tune": _cmd_tune, "data": _cmd_data, "score": _cmd_score, "eval": _cmd_eval}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(argv)
    args.argv = argv
    try:
        return COMMANDS[args.command](args)
    except BenchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
