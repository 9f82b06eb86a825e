"""The run flags every command that runs training shares (``bench run``, ``compare``, ``tune``): each
flag maps to a field of :class:`~benchmark.engine.config.RunConfig`."""

from __future__ import annotations

RUN_FLAGS = {
    # flag: (config path, type, help)
    "--method": ("method", str, "method name (bench ls methods)"),
    "--task": ("task", str, "task name (bench ls tasks)"),
    "--lm": ("lm", str, "LM preset, hub id or local path (bench ls lms)"),
    "--encoder": ("encoder", str, "encoder preset or timm name (bench ls encoders)"),
    "--recipe": (
        "recipe",
        str,
        "training recipe: shared (default: one recipe for every method) or paper (the method's own; bench recipe)",
    ),
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


def flag_overrides(args, flags) -> list[str]:
    """``KEY=VALUE`` overrides (config paths) for the ``flags`` the user gave."""
    return [
        f"{RUN_FLAGS[flag][0]}={getattr(args, flag[2:].replace('-', '_'))}"
        for flag in flags
        if getattr(args, flag[2:].replace("-", "_"), None) is not None
    ]


def add_run_flags(p, fixed: tuple[str, ...] = ()) -> None:
    """Every run flag except those the command ``fixed`` itself."""
    for flag, (_, typ, help_) in RUN_FLAGS.items():
        if flag not in fixed:
            p.add_argument(flag, type=typ, default=None, help=help_)


def add_shared_run_args(p, fixed: tuple[str, ...], unit: str) -> None:
    """The run flags (less those the command sets itself), --config, --set and --method-set of a
    command that runs many configurations (compare, tune)."""
    p.add_argument("--config", help=f"YAML file with RunConfig fields shared by every {unit}")
    add_run_flags(p, fixed)
    p.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help=f"dotted override for every {unit}")
    p.add_argument(
        "--method-set",
        action="append",
        default=[],
        metavar="METHOD.KEY=VALUE",
        help="an option of one method, e.g. epalm.prompt_length=20",
    )
