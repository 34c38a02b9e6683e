"""Every YAML the agents half reads (experiments, suites, few-shot sets, ``--set`` values) is
parsed through the checked reader: an alias bomb, a duplicate key or deep nesting is refused
with the file (or option) and line, before anything prints, hashes or builds the value."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from agents.cli import main
from agents.cli.env_args import parse_sets
from agents.policies.few_shot import load_few_shot
from agents.suites import SuiteError, load_suite
from agents.train import ExperimentError, load_experiment
from metacot_envs.config_files import ConfigError


def alias_bomb(levels: int = 6, width: int = 10) -> str:
    """A flow list that expands to width**levels values through aliases (a few hundred bytes)."""
    text = "&a0 [" + ", ".join(["1"] * width) + "]"
    for level in range(1, levels):
        text = f"&a{level} [{text}, " + ", ".join([f"*a{level - 1}"] * (width - 1)) + "]"
    return text


HEADERS: dict[str, str] = {
    "experiment": "name: x\nalgorithm: ppo\nenv:\n  id: MetaCoT/Maze-v0\n  kwargs:\n    width: ",
    "suite": "description: x\nruns: ",
    "few-shot": "envs: [MetaCoT/Countdown-v0]\ninstruction: x\nexamples: ",
}
READERS: dict[str, tuple[Callable[[Path], Any], type[Exception]]] = {
    "experiment": (load_experiment, ExperimentError),
    "suite": (lambda path: load_suite(str(path), {}), SuiteError),
    "few-shot": (load_few_shot, ConfigError),
}


@pytest.mark.parametrize("kind", sorted(READERS))
def test_reader__refuses_an_alias_bomb_at_its_line(tmp_path, kind):
    path = tmp_path / f"{kind}.yaml"
    path.write_text(HEADERS[kind] + alias_bomb() + "\n")
    read, error = READERS[kind]
    line = HEADERS[kind].count("\n") + 1
    with pytest.raises(error, match=rf"{kind}.yaml:{line}: expands to more than"):
        read(path)


@pytest.mark.parametrize("kind", sorted(READERS))
def test_reader__refuses_a_duplicate_key_at_its_line(tmp_path, kind):
    path = tmp_path / f"{kind}.yaml"
    path.write_text(HEADERS[kind] + "[]\ndescription: again\ndescription: twice\n")
    read, error = READERS[kind]
    with pytest.raises(error, match=rf"{kind}.yaml:\d+: duplicate key 'description'"):
        read(path)


def test_set_values__an_alias_bomb_names_the_option():
    with pytest.raises(SystemExit, match=r"--set width:1: expands to more than"):
        parse_sets([f"width={alias_bomb()}"])
    with pytest.raises(ExperimentError, match=r"--set env.kwargs.width:1: expands to more than"):
        load_experiment(
            "configs/experiments/ppo_maze5x5.yaml", [f"env.kwargs.width={alias_bomb()}"]
        )


def test_metacot_train__a_bombed_file_is_refused_with_its_line(tmp_path, capsys):
    path = tmp_path / "bomb.yaml"
    path.write_text(HEADERS["experiment"] + alias_bomb() + "\n")
    assert main(["train", str(path)]) == 2
    assert "bomb.yaml:6: expands to more than" in capsys.readouterr().err
