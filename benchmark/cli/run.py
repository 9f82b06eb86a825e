"""``bench run``: train and evaluate one method on one task."""

from __future__ import annotations

from benchmark.cli.flags import RUN_FLAGS, add_run_flags, flag_overrides

HELP = "train and evaluate one method on one task"


def add_arguments(p) -> None:
    p.add_argument("--config", help="YAML file with RunConfig fields")
    add_run_flags(p)
    p.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="dotted override, e.g. train.warmup_steps=10 or method_options.prompt_length=20",
    )
    p.add_argument(
        "--resume",
        action="store_true",
        help="continue an unfinished run in its folder from its latest checkpoint, with the same config "
        "(a changed config or a finished run is refused; no checkpoint: starts from step 0 with a warning)",
    )


def run(args) -> int:
    from benchmark.engine.config import load_config
    from benchmark.engine.runner import execute

    config = load_config(args.config, flag_overrides(args, RUN_FLAGS) + list(args.set))
    result = execute(config, resume=args.resume)
    scored = (
        f"{result.split} {result.metric} = {result.metrics[result.metric]:.2f}"
        if result.scored
        else f"{result.split} predictions written to {config.run_dir / 'results.json'} (no public answers)"
    )
    print(
        f"{result.method} on {result.task} ({result.lm}"
        f"{', ' + result.encoder if result.encoder else ''}): "
        f"{scored} on {result.n_eval} examples "
        f"({result.eval_subset}); {result.parameters['trainable']:,} trainable parameters; "
        f"run folder {config.run_dir}"
    )
    return 0
