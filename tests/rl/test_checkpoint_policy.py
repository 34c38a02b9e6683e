"""Trained checkpoints as agents: what they declare, what they refuse, how they keep LSTM state."""

from __future__ import annotations

import gymnasium as gym
import numpy as np
import pytest

from agents.cli import main
from agents.episode import play_episode
from agents.registry import make_agent
from agents.rl.checkpoint_policy import SB3CheckpointPolicy
from agents.train import load_experiment, run_experiment

pytest.importorskip("tensorboard")

BUDGET = [
    "run.total_steps=128",
    "run.progress_bar=false",
    "trainer.n_envs=2",
    "trainer.n_steps=64",
    "trainer.batch_size=64",
    "trainer.n_epochs=1",
]


@pytest.fixture(scope="module")
def erl2_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("erl2") / "run"
    config = load_experiment("configs/experiments/erl2_maze_k3.yaml", BUDGET)
    run_experiment(config, out)
    return out


def test_checkpoint_agent__declares_only_view_and_trials(erl2_run):
    agent = make_agent(f"checkpoint:{erl2_run}")
    assert isinstance(agent, SB3CheckpointPolicy)
    assert agent.env_kwargs == {"view": "discrete", "trials": 3, "trial_reward": "final"}
    config = agent.config()
    assert config["algorithm"] == "recurrent_ppo" and config["trained_on"]["width"] == 5
    assert len(config["model_sha256"]) == 16 and "checkpoint" not in config


def test_checkpoint_agent__refuses_an_env_of_another_shape(erl2_run, capsys):
    status = main(["evaluate", "--env", "MetaCoT/Maze-v0", "--agent", f"checkpoint:{erl2_run}"])
    assert status == 0
    err = capsys.readouterr().err
    assert "skipped checkpoint:" in err and "'width': 5" in err and "--set" in err


def test_recurrent_agent__carries_lstm_state_across_trials_and_resets_per_episode(erl2_run):
    agent = make_agent(f"checkpoint:{erl2_run}")
    env = gym.make("MetaCoT/Maze-v0", width=5, height=5, max_steps=4, **agent.env_kwargs)
    starts = []
    original = agent.model.predict

    def spy(observation, **options):
        starts.append(bool(options["episode_start"][0]))
        return original(observation, **options)

    agent.model.predict = spy  # type: ignore[method-assign]
    first = play_episode(env, agent, seed=1)
    second = play_episode(env, agent, seed=1)
    assert first.env_steps <= 12 and len(starts) == first.env_steps + second.env_steps
    # one episode start per meta-episode: trial boundaries keep the LSTM state
    assert starts.count(True) == 2 and starts[0] and starts[first.env_steps]
    assert first.actions == second.actions, "same seed, same sampled actions"
    assert np.isfinite(first.episode_return)
