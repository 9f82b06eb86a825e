"""``bench recipe``: a method's training recipe (paper or shared), every value with its source."""

from __future__ import annotations

import json

HELP = "a method's training recipe (--recipe paper|shared), with the source of every value"


def add_arguments(p) -> None:
    p.add_argument("--method", default="epalm", help="method name (bench ls methods)")
    p.add_argument(
        "--recipe", default="shared", choices=("shared", "paper"), help="the shared recipe or the method's paper recipe"
    )
    p.add_argument("--json", action="store_true", help="print the recipe as JSON")


def _text(data: dict) -> str:
    opt = data["optimizer"]
    groups = ", ".join(f"{g['name']} ({', '.join(g['match'])}) lr {g['lr']:g}" for g in data["param_groups"])
    lines = [
        f"{data['method']}: {data['recipe']} recipe{'' if data['published'] else ' (none published: shared values)'}",
        f"  {data['citation']}",
        f"  optimizer      AdamW betas {tuple(opt['betas'])} eps {opt['eps']:g} weight_decay {opt['weight_decay']:g}",
        f"  lr             {data['lr']:g} (min {data['min_lr']:g}), warm-up {data['warmup_steps']} steps, "
        f"then {data['schedule']}",
        f"  param_groups   {groups or 'one group at lr'}",
        f"  batch_size     {data['batch_size']}, grad_clip {data['grad_clip']:g}",
        f"  loss           tokens {data['loss_tokens']}, {data['loss_reduction']} x {data['loss_weight']:g}, "
        f"label_smoothing {data['label_smoothing']:g}, lm_dropout {data['lm_dropout']}",
        f"  generation     beams {data['num_beams']}, max_new_tokens "
        f"{data['max_new_tokens'] if data['max_new_tokens'] is not None else 'the task default'}, "
        f"length_penalty {data['length_penalty']:g}",
        f"  prompt         {data['prompt_template']}",
        f"  preprocessing  {data['preprocessing']}",
        "  sources:",
    ]
    lines += [f"    {name:16s} {source}" for name, source in data["sources"].items()]
    return "\n".join(lines)


def run(args) -> int:
    from benchmark.engine.recipe import recipe_for

    data = recipe_for(args.method, args.recipe).to_json()
    print(json.dumps(data, indent=2) if args.json else _text(data))
    return 0
