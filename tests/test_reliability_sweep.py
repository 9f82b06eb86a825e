"""Sweeps and studies refuse what would mix or waste work, before anything trains (tiny backbones)."""

from __future__ import annotations

import pytest
import yaml
from sweep_fixtures import write_sweep
from tiny_models import tiny_run_setup

from benchmark.cli import main


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    return tiny_run_setup(tmp_path_factory.mktemp("reliability-sweep"))


def test_empty_grid_is_an_error(setup, tmp_path, capsys):
    out = tmp_path / "out"
    f = write_sweep(tmp_path / "s.yaml", setup, "empty", out, grid={})
    assert main(["sweep", str(f)]) == 2
    err = capsys.readouterr().err
    assert "grid 0 must map at least one axis" in err and "empty grid" in err
    assert not out.exists() or not any(out.iterdir())
    spec = yaml.safe_load(f.read_text())
    spec.pop("grid")
    spec["grids"] = [{"seed": [0]}, {}]
    f.write_text(yaml.safe_dump(spec))
    assert main(["sweep", str(f)]) == 2
    assert "grid 1 must map at least one axis" in capsys.readouterr().err
