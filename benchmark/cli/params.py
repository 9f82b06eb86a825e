"""``bench params``: trainable and total parameters on the meta device."""

from __future__ import annotations

import json

HELP = "trainable/total parameters, built on the meta device"


def add_arguments(p) -> None:
    p.add_argument("--method", default="epalm")
    p.add_argument("--lm", default="smollm2-135m")
    p.add_argument("--encoder", default="efficientnet-lite0")
    p.add_argument("--set", action="append", default=[], metavar="method_options.KEY=VALUE")
    p.add_argument("--json", action="store_true")


def run(args) -> int:
    from benchmark.experiments.params import count_on_meta

    counts = count_on_meta(args.method, args.lm, args.encoder, args.set)
    if args.json:
        print(json.dumps(counts))
    else:
        pct = 100.0 * counts["trainable"] / counts["total"]
        print(
            f"{args.method} with {args.lm} + {args.encoder}: {counts['trainable']:,} trainable "
            f"({counts['trainable'] / 1e6:.2f}M, {pct:.3f}% of {counts['total']:,} total)"
        )
    return 0
