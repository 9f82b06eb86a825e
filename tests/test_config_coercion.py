"""Config coercion is strict and element-wise (``list[...]``, ``tuple[...]``, optional fields), a
wrong value fails with one line naming the field and the type, and every ``KEY=VALUE`` option is
read by the one parser, :func:`benchmark.engine.config.parse_assignment`."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from benchmark.engine.config import (
    apply_overrides,
    build_method_config,
    load_config,
    parse_assignment,
    update_dataclass,
)
from benchmark.errors import ConfigError


@dataclass
class Options:  # annotations are strings here (``from __future__ import annotations``)
    layers: list[int] = field(default_factory=lambda: [1, 2])
    names: list[str] = field(default_factory=list)
    pair: tuple[int, float] = (0, 0.0)
    sizes: tuple[int, ...] = ()
    limit: int | None = None
    picks: list[int] | None = None
    ratio: float = 1.0
    label: str = "x"
    flag: bool = False
    extra: dict[str, int] = field(default_factory=dict)


def coerce(**values):
    return update_dataclass(Options(), values, where="method_options.")


def one_line_error(match: str, **values) -> str:
    with pytest.raises(ConfigError, match=match) as info:
        coerce(**values)
    assert "\n" not in str(info.value)
    return str(info.value)


def test_lists_and_tuples_from_yaml_lists_or_comma_separated_text():
    assert coerce(layers=[3, "4", 5.0]).layers == [3, 4, 5]
    assert coerce(layers="3, 4,5").layers == [3, 4, 5]  # --set method_options.layers=3,4,5
    assert coerce(layers=7).layers == [7]  # one value: a list of one
    assert coerce(layers=[]).layers == []
    assert coerce(names="q_proj,v_proj").names == ["q_proj", "v_proj"]
    assert coerce(pair="2, 0.5").pair == (2, 0.5) and coerce(pair=[2, 1]).pair == (2, 1.0)
    assert coerce(sizes=[1, 2, 3]).sizes == (1, 2, 3) and coerce(sizes="4").sizes == (4,)
    assert coerce(extra={"a": "2"}).extra == {"a": 2}


def test_optional_fields():
    assert (
        coerce(limit=None).limit is None and coerce(limit="none").limit is None and coerce(limit="null").limit is None
    )
    assert coerce(limit="12").limit == 12 and coerce(limit=12.0).limit == 12
    assert coerce(picks="none").picks is None and coerce(picks="1,2").picks == [1, 2]


def test_a_wrong_value_is_one_line_naming_the_field_and_the_type():
    text = one_line_error("method_options.layers: expected list\\[int\\]", layers="1,x,3")
    assert "item 1: 'x' is not int" in text
    one_line_error("method_options.layers: expected list\\[int\\], got \\[1, 2.5\\]", layers=[1, 2.5])
    one_line_error("method_options.layers: expected list\\[int\\], got \\{'a': 1\\}", layers={"a": 1})
    one_line_error("method_options.pair: expected tuple\\[int, float\\].*3 items, expected 2", pair=[1, 2, 3])
    one_line_error("method_options.limit: expected int or None, got 'many'", limit="many")
    one_line_error("method_options.picks: expected list\\[int\\] or None.*'b' is not int", picks="1,b")
    one_line_error("method_options.ratio: expected float, got True", ratio=True)
    one_line_error("method_options.ratio: expected float, got 'fast'", ratio="fast")
    one_line_error("method_options.label: expected str, got \\['a'\\]", label=["a"])
    one_line_error("method_options.flag: expected bool, got 'maybe'", flag="maybe")
    one_line_error("method_options.extra: expected dict\\[str, int\\].*'x' is not int", extra={"a": "x"})


def test_run_config_fields_are_coerced_strictly():
    config = load_config(None, ["train.steps=3", "data.eval_split=none", "eval.max_new_tokens=null", "seed=2.0"])
    assert (config.train.steps, config.data.eval_split, config.eval.max_new_tokens, config.seed) == (3, None, None, 2)
    with pytest.raises(ConfigError, match="train.steps: expected int, got '2.5'"):
        load_config(None, ["train.steps=2.5"])
    with pytest.raises(ConfigError, match="eval.max_new_tokens: expected int or None, got 'ten'"):
        load_config(None, ["eval.max_new_tokens=ten"])


def test_text_fields_keep_the_text_as_typed():
    # YAML would read these as False, 8, 1000 and True: a text field keeps what was typed
    config = load_config(None, ["run_name=off", "experiment=010", "output_dir=1_000", "data.eval_split=yes"])
    assert (config.run_name, config.experiment, config.output_dir, config.data.eval_split) == (
        "off",
        "010",
        "1_000",
        "yes",
    )
    assert load_config(None, ["data.eval_split=none"]).data.eval_split is None  # an optional text field's None
    assert (
        load_config(None, ["seed=010"]).seed == 10
        and load_config(None, ["data.augment_views=1_0"]).data.augment_views == 10
    )


def test_method_list_fields_are_typed_lists():
    from benchmark.registry import METHODS

    fromage = METHODS.get("fromage").config_cls
    assert build_method_config(fromage, {"recall_ks": "1,5"}, "fromage").recall_ks == [1, 5]
    with pytest.raises(ConfigError, match="method_options.recall_ks: expected list\\[int\\].*\\(options of method"):
        build_method_config(fromage, {"recall_ks": "1,top"}, "fromage")
    epalm = METHODS.get("epalm").config_cls
    assert build_method_config(epalm, {"injection_layers": "none"}, "epalm").injection_layers is None
    assert build_method_config(epalm, {"injection_layers": [3, "1"]}, "epalm").injection_layers == [3, 1]
    lora = METHODS.get("lora").config_cls
    assert build_method_config(lora, {"target_modules": "q_proj, v_proj"}, "lora").target_modules == [
        "q_proj",
        "v_proj",
    ]


def test_the_one_key_value_parser():
    assert parse_assignment("train.lr=1e-3") == ("train.lr", "1e-3")
    assert parse_assignment(" a.b =x=y") == ("a.b", "x=y")  # split at the first "="; the key stripped
    assert parse_assignment("run_name=") == ("run_name", "")
    for bad in ("train.lr", "=3", " =3"):
        with pytest.raises(ConfigError, match=f"expected KEY=VALUE, got {bad!r}"):
            parse_assignment(bad)
    with pytest.raises(ConfigError, match="expected METHOD.KEY=VALUE, got 'x'"):
        parse_assignment("x", "METHOD.KEY=VALUE")


def test_every_key_value_option_uses_the_one_parser():
    from benchmark.engine.config import RunConfig
    from benchmark.experiments.compare import method_overrides
    from benchmark.experiments.params import _options
    from benchmark.experiments.tune import fixed_keys

    with pytest.raises(ConfigError, match="expected KEY=VALUE"):
        apply_overrides(RunConfig(), ["train.steps"])
    assert apply_overrides(RunConfig(), [" train.steps =4"]).train.steps == 4
    with pytest.raises(ConfigError, match="expected method_options.KEY=VALUE, got 'prompt_length'"):
        _options(["prompt_length"])
    assert _options(["method_options.prompt_length=3", "recall_ks=1,5"]) == {"prompt_length": 3, "recall_ks": "1,5"}
    assert fixed_keys(["train.lr=1", " method_options.prompt_length =2"]) == (
        "train.lr",
        "method_options.prompt_length",
    )
    with pytest.raises(ConfigError, match="expected KEY=VALUE, got 'train.lr'"):
        fixed_keys(["train.lr"])
    with pytest.raises(ConfigError, match="expected METHOD.KEY=VALUE"):
        method_overrides(["epalm.prompt_length"], ["epalm"])
