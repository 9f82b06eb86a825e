"""``bench tune`` on tiny backbones: one study per method over its declared search space (minus what
the command fixes), the same number of trials for every method, intermediate validation reported
to the pruner, pruned trials stopped and recorded, MLflow child runs, best.json feeding a sweep."""

from __future__ import annotations

import json

import optuna
import pytest
from markdown_tables import records
from script_modules import load_script
from sweep_fixtures import write_sweep
from tiny_models import tiny_run_setup

from benchmark.cli import main
from benchmark.errors import ConfigError
from benchmark.experiments.sweep_spec import expand, load_spec
from benchmark.experiments.tune import run_tuning
from benchmark.search_space import Float, Int, method_search_space


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    return tiny_run_setup(tmp_path_factory.mktemp("tune"))


def tune_args(setup, out, trials=3, *extra):
    return [
        "tune",
        "--methods",
        "epalm,blind",
        "--trials",
        str(trials),
        "--output-dir",
        str(out),
        "--lm",
        setup["lm"],
        "--encoder",
        setup["encoder"],
        "--data-dir",
        setup["data"],
        "--data-fraction",
        "1",
        "--steps",
        "4",
        "--batch-size",
        "4",
        "--cache-dir",
        setup["cache"],
        "--set",
        "train.eval_every=2",
        "--set",
        "train.warmup_steps=1",
        "--set",
        "eval.batch_size=4",
        "--method-set",
        "epalm.num_layer_tokens=2",
        "--method-set",
        "epalm.num_injection_layers=2",
        *extra,
    ]


def test_every_method_declares_a_search_space_with_the_learning_rate():
    from benchmark.registry import METHODS

    for name in METHODS.names():
        space = method_search_space(name)
        assert isinstance(space["train.lr"], Float) and space["train.lr"].log
    assert isinstance(method_search_space("epalm")["method_options.prompt_length"], Int)
    assert "train.lr" not in method_search_space("epalm", drop=("train.lr",))
    with pytest.raises(ConfigError, match="no search space left"):
        method_search_space("blind", drop=("train.lr", "method_options.prompt_length"))


def only_blind(args: list[str]) -> list[str]:
    """``args`` for ``--methods blind`` alone (eP-ALM's ``--method-set`` options dropped)."""
    out, i = [], 0
    while i < len(args):
        if args[i] == "--method-set":
            i += 2
            continue
        out.append("blind" if args[i - 1] == "--methods" else args[i])
        i += 1
    return out


def test_tune_runs_equal_trials_per_method_logs_them_and_feeds_a_sweep(setup, tmp_path, capsys):
    out = tmp_path / "tune"
    assert main(tune_args(setup, out)) == 0
    table = capsys.readouterr().out
    assert [r["method"] for r in records(table)] == ["epalm", "blind"]
    best = json.loads((out / "best.json").read_text())
    # epalm.num_injection_layers is fixed by --method-set: not tuned; the rest of the space is
    assert set(best["epalm"]["params"]) == {"train.lr", "method_options.prompt_length"}
    assert set(best["blind"]["params"]) == {"train.lr", "method_options.prompt_length"}
    storage = f"sqlite:///{out / 'tune.db'}"
    for method in ("epalm", "blind"):
        study = optuna.load_study(study_name=f"tune-{method}", storage=storage)
        trials = study.get_trials(deepcopy=False)
        assert len(trials) == 3 and all(t.state.is_finished() for t in trials)
        complete = [t for t in trials if t.state == optuna.trial.TrialState.COMPLETE]
        assert max(t.value for t in complete) == best[method]["value"]
        # every validation was reported to the pruner: step 2 (periodic) and step 4 (after training)
        assert all(set(t.intermediate_values) == {2, 4} for t in complete)
        assert all(t.value == t.intermediate_values[4] for t in complete)  # the objective: final validation
    from benchmark.engine.tracking import mlflow_client

    client = mlflow_client(f"sqlite:///{out.resolve() / 'mlflow.db'}")
    exp = client.get_experiment_by_name("bench-tune")
    runs = client.search_runs([exp.experiment_id])
    studies = [r for r in runs if r.data.tags.get("tune.role") == "study"]
    trials = [r for r in runs if "tune.trial" in r.data.tags]
    assert len(studies) == 2 and len(trials) == 6 and all(r.info.status == "FINISHED" for r in studies)
    assert {r.data.tags["mlflow.parentRunId"] for r in trials} == {r.info.run_id for r in studies}
    assert all("val/vqa_accuracy" in r.data.metrics for r in trials)
    # a re-run keeps the budget: nothing more to run; a larger budget adds exactly the difference
    capsys.readouterr()
    assert main(tune_args(setup, out)) == 0
    assert "3 of 3 trials already done; running 0" in capsys.readouterr().err
    # the best values feed a sweep: `tuned: <folder>`
    f = write_sweep(tmp_path / "s.yaml", setup, "tuned", tmp_path / "sweep", tuned=str(out))
    cells = {c.axes["method"]: c for c in expand(load_spec(f))}
    assert cells["epalm"].config.train.lr == pytest.approx(best["epalm"]["params"]["train.lr"])
    assert (
        cells["blind"].config.method_options["prompt_length"] == best["blind"]["params"]["method_options.prompt_length"]
    )
    assert cells["epalm"].config.method_options["num_injection_layers"] == 2  # the sweep's own options stay


def test_pruned_trials_stop_early_and_count_against_the_budget(setup, tmp_path):
    out = tmp_path / "tune"
    always = optuna.pruners.ThresholdPruner(lower=101.0)  # no accuracy reaches 101: every trial is pruned
    with pytest.raises(ConfigError, match="no trial completed"):
        run_tuning(
            ["blind"],
            2,
            out,
            [
                f"lm={setup['lm']}",
                f"data.data_dir={setup['data']}",
                "data.fraction=1",
                "train.steps=4",
                "train.batch_size=4",
                f"cache_dir={setup['cache']}",
                "train.eval_every=2",
                "eval.batch_size=4",
            ],
            {},
            None,
            None,
            "pr",
            pruner=always,
        )
    study = optuna.load_study(study_name="pr-blind", storage=f"sqlite:///{out / 'tune.db'}")
    trials = study.get_trials(deepcopy=False)
    assert [t.state for t in trials] == [optuna.trial.TrialState.PRUNED] * 2
    assert all(set(t.intermediate_values) == {2} for t in trials)  # stopped at the first validation
    from benchmark.engine.tracking import mlflow_client

    client = mlflow_client(f"sqlite:///{out.resolve() / 'mlflow.db'}")
    exp = client.get_experiment_by_name("bench-tune")
    killed = [r for r in client.search_runs([exp.experiment_id]) if "tune.trial" in r.data.tags]
    assert len(killed) == 2 and all(r.info.status == "KILLED" for r in killed)
    assert not any((out / "blind" / f"trial-{t.number}" / "metrics.json").exists() for t in trials)


def test_a_search_space_that_makes_invalid_runs_fails_before_any_trial(setup, tmp_path, capsys):
    # the tiny LM has 4 layers; eP-ALM's space tries 6..12 injection layers when they are not fixed
    args = tune_args(setup, tmp_path / "tune")
    i = args.index("epalm.num_injection_layers=2")
    del args[i - 1 : i + 1]
    args[args.index("epalm,blind")] = "epalm"
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "search space of epalm gives an invalid run at its low corner" in err and "num_injection_layers=6" in err
    assert not (tmp_path / "tune" / "tune.db").exists()


def test_only_keeps_the_named_keys_of_every_methods_space(setup, tmp_path, capsys):
    """--only train.lr: every method searches its learning rate alone (eP-ALM's own keys, such as
    its prompt length, stay at the run's values); a key outside a method's space is
    refused in one line before any trial."""
    assert "method_options.prompt_length" in method_search_space("epalm")  # searched without --only
    assert main(tune_args(setup, tmp_path / "tune", 1, "--only", "train.lr")) == 0
    best = json.loads((tmp_path / "tune" / "best.json").read_text())
    assert set(best) == {"epalm", "blind"} and all(set(b["params"]) == {"train.lr"} for b in best.values())

    capsys.readouterr()
    bad = tune_args(setup, tmp_path / "bad", 1, "--only", "train.lr,method_options.num_layer_tokens")
    assert main(bad) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--only method_options.num_layer_tokens: fixed by the command for epalm" in err
    assert not (tmp_path / "bad" / "tune.db").exists()


def test_grid_runs_every_value_once_per_method_and_workers_on_other_methods_keep_their_best(setup, tmp_path, capsys):
    """--grid train.lr=V1,V2: each method runs exactly these learning rates once (Optuna's GridSampler,
    not TPE draws), --trials defaults to the number of points, and best.json records the grid. A second
    `bench tune` into the same folder for another method adds its entry instead of overwriting."""
    out = tmp_path / "tune"
    args = tune_args(setup, out, 1, "--grid", "train.lr=1e-3,0.004")  # YAML 1.1 reads 1e-3 as a string
    del args[args.index("--trials") : args.index("--trials") + 2]  # the grid's size is the trial count
    args[args.index("epalm,blind")] = "epalm"
    assert main(args) == 0
    assert main(only_blind(args)) == 0
    best = json.loads((out / "best.json").read_text())
    assert set(best) == {"blind", "epalm"}  # the second run merged its method into the file
    for method in ("blind", "epalm"):
        assert best[method]["sampler"] == {"grid": {"train.lr": [0.001, 0.004]}}
        assert set(best[method]["params"]) == {"train.lr"} and best[method]["trials"] == 2
        study = optuna.load_study(study_name=f"tune-{method}", storage=f"sqlite:///{out / 'tune.db'}")
        assert sorted(t.params["train.lr"] for t in study.get_trials(deepcopy=False)) == [0.001, 0.004]
    # a re-run has nothing left to run
    capsys.readouterr()
    assert main(args) == 0
    assert "2 of 2 trials already done; running 0" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--trials", "3", "--grid", "train.lr=0.001,0.002"], "--trials 3 with --grid of 2 combinations"),
        (["--trials", "1", "--grid", "train.lr=0.5"], "--grid train.lr=0.5 is outside blind's declared range"),
        (["--trials", "1", "--grid", "train.lr="], "--grid train.lr: no values"),
        (["--trials", "2", "--grid", "train.lr=0.001,0.001"], "a value is repeated"),
        (["--trials", "2", "--grid", "train.lr=0.001,1e-3"], "a value is repeated"),
        (
            ["--trials", "1", "--grid", "train.lr=0.001", "--only", "method_options.prompt_length"],
            "name different keys",
        ),
        (["--trials", "1", "--grid", "method_options.nope=1"], "--grid method_options.nope: not in its search space"),
        ([], "bench tune needs --trials (or --grid, whose combinations are the trials)"),
    ],
)
def test_a_bad_grid_is_refused_in_one_line_before_any_trial(setup, tmp_path, capsys, extra, message):
    args = tune_args(setup, tmp_path / "tune", 1)
    del args[args.index("--trials") : args.index("--trials") + 2]
    assert main([*only_blind(args), *extra]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err, err
    assert not (tmp_path / "tune" / "tune.db").exists()


def tuning_table(folder) -> str:
    return load_script("tuning_table").table(folder)


def test_a_trial_stopped_from_outside_is_run_again_and_does_not_count(setup, tmp_path, monkeypatch, capsys):
    """The end of a sitting (SIGTERM) in the middle of a grid's second trial: that trial is FAIL without
    the `failed` mark, does not count, and the re-run runs its learning rate again before the last
    point, so every point of the grid completes exactly once. A trial's own failure still counts."""
    import benchmark.engine.runner as runner
    from benchmark.engine.runner import RunTerminated
    from benchmark.experiments.tune import counts, interrupted

    out = tmp_path / "tune"
    args = tune_args(setup, out, 3, "--grid", "train.lr=0.001,0.002,0.004")
    args = only_blind(args)
    real = runner.execute
    calls = []

    def stopped_at_second(config, **kw):
        calls.append(config.train.lr)
        if len(calls) == 2:
            raise RunTerminated("SIGTERM")
        return real(config, **kw)

    monkeypatch.setattr(runner, "execute", stopped_at_second)
    assert main(args) == RunTerminated.exit_code  # 143, as the CLI exits on SIGTERM
    monkeypatch.setattr(runner, "execute", real)
    # scripts/tuning_table.py: the grid's every value, the stopped one and the one not tried yet
    (row,) = records(tuning_table(out))
    first = optuna.load_study(study_name="tune-blind", storage=f"sqlite:///{out / 'tune.db'}").trials[0]
    shown = f"{first.value:.1f} ({first.user_attrs['test_vqa_accuracy']:.1f})"
    assert row == {"method": "blind", f"{calls[0]:g}": shown, f"{calls[1]:g}": "stopped", "chosen": "not yet"} | {
        f"{v:g}": "-" for v in {0.001, 0.002, 0.004} - set(calls)
    }
    capsys.readouterr()
    assert main(args) == 0
    assert "1 of 3 trials already done (1 interrupted trial(s) run again first" in capsys.readouterr().err
    study = optuna.load_study(study_name="tune-blind", storage=f"sqlite:///{out / 'tune.db'}")
    trials = study.get_trials(deepcopy=False)
    assert [interrupted(t) for t in trials] == [False, True, False, False]
    assert trials[2].user_attrs["retry_of"] == 1 and trials[2].params == trials[1].params
    done = [t for t in trials if counts(t)]
    assert sorted(t.params["train.lr"] for t in done) == [0.001, 0.002, 0.004]
    assert all(t.state == optuna.trial.TrialState.COMPLETE for t in done)
    best = json.loads((out / "best.json").read_text())["blind"]
    assert best["trials"] == 3 and best["states"]["interrupted"] == 1 and best["states"]["fail"] == 0
    (row,) = records(tuning_table(out))
    assert (
        "stopped" not in row.values() and "-" not in row.values() and row["chosen"] == f"{best['params']['train.lr']:g}"
    )
    # nothing left: a third run starts no trial
    capsys.readouterr()
    assert main(args) == 0
    assert "3 of 3 trials already done; running 0" in capsys.readouterr().err
