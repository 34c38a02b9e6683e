"""Experiment YAML → config dataclasses: every mistake is reported as file:line (or the --set option)."""

from __future__ import annotations

import textwrap

import pytest

from agents.cli import main
from agents.rl.run import CheckpointError
from agents.rl.step_ppo import StepPPOConfig
from agents.train import ExperimentError, load_experiment, run_experiment

GOOD = """\
name: tiny-ppo
algorithm: ppo
env:
  id: MetaCoT/Maze-v0
  kwargs: {view: discrete, width: 5, height: 5}
run:
  total_steps: 64
  progress_bar: false
trainer:
  n_envs: 2
  n_steps: 32
  batch_size: 32
  n_epochs: 1
"""


def write(tmp_path, text):
    path = tmp_path / "experiment.yaml"
    path.write_text(textwrap.dedent(text), "utf-8")
    return path


def test_good_file__maps_onto_the_dataclasses(tmp_path):
    config = load_experiment(write(tmp_path, GOOD), ["trainer.gamma=0.9"])
    assert config.name == "tiny-ppo" and config.env.kwargs["width"] == 5
    assert config.run.total_steps == 64 and config.trainer.gamma == 0.9
    assert type(config.trainer).__name__ == "DiscountedPPOConfig"


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (("  n_steps: 32", "  n_stepz: 32"), ":11: unknown key 'n_stepz' in trainer"),
        (("  total_steps: 64", "  total_steps: lots"), ":7: run.total_steps must be an integer"),
        (("  total_steps: 64", "  total_steps: -5"), ":7: run: total_steps must be positive"),
        (("  progress_bar: false", "  progress_bar: 1"), ":8: run.progress_bar must be true or"),
        (("algorithm: ppo", "algorithm: dqn"), ":2: algorithm must be one of"),
        (("width: 5, height: 5", "width: 5, hieght: 5"), ":5: option 'hieght': unknown option"),
        (("  id: MetaCoT/Maze-v0", "  id: MetaCoT/Nope-v0"), ":4:"),
        (("name: tiny-ppo", "name: ../escape"), ":1: name must be"),
        (("  kwargs:", "  prm: oracle\n  kwargs:"), ":5: env: prm must be one of"),
        (("  n_envs: 2", "  n_envs: [2]"), ":10: trainer.n_envs must be an integer"),
    ],
)
def test_bad_file__error_names_file_and_line(tmp_path, edit, expected):
    old, new = edit
    assert old in GOOD
    path = write(tmp_path, GOOD.replace(old, new, 1))
    with pytest.raises(ExperimentError) as caught:
        load_experiment(path)
    message = str(caught.value)
    assert message.startswith(str(path)) and expected in message, message


def test_not_yaml_and_missing_sections__are_reported(tmp_path):
    with pytest.raises(ExperimentError, match=r":2: not valid YAML"):
        load_experiment(write(tmp_path, "name: x\n  bad: [\n"))
    with pytest.raises(ExperimentError, match=r":1: the experiment is missing 'env'"):
        load_experiment(write(tmp_path, "name: x\nalgorithm: ppo\n"))
    with pytest.raises(ExperimentError, match=r"absent.yaml:1: no such config file"):
        load_experiment(tmp_path / "absent.yaml")


def test_set_override__errors_name_the_option(tmp_path):
    path = write(tmp_path, GOOD)
    with pytest.raises(ExperimentError, match=r"--set trainer.gamma: .*gamma must be in \[0, 1\]"):
        load_experiment(path, ["trainer.gamma=1.5"])
    with pytest.raises(ExperimentError, match="--set expects dotted.key=value"):
        load_experiment(path, ["trainer.gamma"])


def test_step_ppo_section__is_its_own_dataclass(tmp_path):
    text = GOOD.replace("algorithm: ppo", "algorithm: step_ppo").replace(
        "kwargs: {view: discrete, width: 5, height: 5}", "kwargs: {width: 5, height: 5}"
    )
    text = text.split("trainer:")[0] + "trainer:\n  model: tiny\n  advantage: td\n"
    with pytest.raises(ExperimentError, match=r":11: trainer: advantage must be one of"):
        load_experiment(write(tmp_path, text))
    config = load_experiment(write(tmp_path, text.replace("advantage: td", "advantage: mc")))
    assert isinstance(config.trainer, StepPPOConfig) and config.trainer.advantage == "mc"


def test_run_folder__refuses_overwrite_and_a_changed_config_on_resume(tmp_path):
    path = write(tmp_path, GOOD)
    out = tmp_path / "run"
    run_experiment(load_experiment(path), out)
    with pytest.raises(CheckpointError, match="already holds a checkpoint"):
        run_experiment(load_experiment(path), out)
    with pytest.raises(CheckpointError, match="different experiment config"):
        run_experiment(load_experiment(path, ["trainer.gamma=0.5"]), out, resume=True)
    with pytest.raises(CheckpointError, match="no checkpoint.json"):
        run_experiment(load_experiment(path), tmp_path / "elsewhere", resume=True)


def test_cli_train__reports_errors_without_a_traceback(tmp_path, capsys):
    path = write(tmp_path, GOOD.replace("  n_steps: 32", "  n_stepz: 32"))
    assert main(["train", str(path)]) == 2
    assert f"metacot train: {path}:11: unknown key 'n_stepz'" in capsys.readouterr().err
    good = write(tmp_path, GOOD)
    assert main(["train", str(good), "--out", str(tmp_path / "r")]) == 0
    printed = capsys.readouterr().out
    assert "--set width=5 --set height=5 --agent checkpoint:" in printed


def test_cli_evaluate__refuses_a_bad_checkpoint_path_at_parse_time(tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(["evaluate", "--agent", f"checkpoint:{tmp_path}"])
    assert "no checkpoint.json" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["evaluate", "--agent", "no-such-agent"])
    assert "unknown agent 'no-such-agent'" in capsys.readouterr().err
