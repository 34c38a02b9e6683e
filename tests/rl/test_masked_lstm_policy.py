"""Recurrent PPO with action masks: the mask travels in the observation, so acting and the loss agree."""

from __future__ import annotations

import json

import gymnasium as gym
import numpy as np
import pytest
import torch

from agents.cli import main
from agents.train import load_experiment, run_experiment

pytest.importorskip("tensorboard")

BUDGET = [
    "run.total_steps=256",
    "run.progress_bar=false",
    "trainer.n_envs=2",
    "trainer.n_steps=64",
    "trainer.batch_size=64",
    "trainer.n_epochs=2",
    "trainer.mask_actions=true",
]


@pytest.fixture(scope="module")
def masked_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("masked") / "run"
    config = load_experiment("configs/experiments/erl2_maze_k3_hidden_goal.yaml", BUDGET)
    run_experiment(config, out)
    return out


def test_masked_training__samples_only_legal_actions_and_stays_finite(masked_run):
    from sb3_contrib import RecurrentPPO

    from agents.rl.masked_lstm_policy import MaskedLstmPolicy

    model = RecurrentPPO.load(masked_run / "checkpoint" / "model.zip", device="cpu")
    assert isinstance(model.policy, MaskedLstmPolicy)
    assert all(torch.isfinite(p).all() for p in model.policy.parameters())
    from agents.rl.sb3_training import make_vec_env
    from metacot_envs.wrappers import ActionMaskInObservation

    experiment = load_experiment("configs/experiments/erl2_maze_k3_hidden_goal.yaml", BUDGET)
    envs = make_vec_env(experiment, 0.99, 2, ActionMaskInObservation)
    model.set_env(envs)
    model.learn(128, reset_num_timesteps=False)  # one more rollout (kept in the buffer) and update
    buffer = model.rollout_buffer
    n = int(envs.action_space.n)
    observations = buffer.observations.reshape(-1, buffer.observations.shape[-1])
    actions = buffer.actions.reshape(-1).astype(int)
    masks = observations[:, -n:]
    assert masks.any(axis=1).all()
    assert (masks[np.arange(len(actions)), actions] == 1.0).all(), "a masked action was sampled"
    assert all(torch.isfinite(p).all() for p in model.policy.parameters())


def test_masked_policy__gives_finite_log_probs_on_padding_rows_with_an_empty_mask(masked_run):
    from sb3_contrib import RecurrentPPO
    from sb3_contrib.common.recurrent.type_aliases import RNNStates

    model = RecurrentPPO.load(masked_run / "checkpoint" / "model.zip", device="cpu")
    policy = model.policy
    n = int(model.action_space.n)
    obs = torch.zeros((4, model.observation_space.shape[0]))
    obs[0, -n:] = torch.tensor([1.0] + [0.0] * (n - 1))  # one legal action; the rest are padding
    hidden = torch.zeros((policy.lstm_actor.num_layers, 1, policy.lstm_actor.hidden_size))
    states = RNNStates((hidden, hidden), (hidden, hidden))
    actions = torch.arange(4) % n
    _, log_prob, entropy = policy.evaluate_actions(obs, actions, states, torch.zeros(4))
    assert torch.isfinite(log_prob).all() and torch.isfinite(entropy).all()
    assert log_prob[0].item() == pytest.approx(0.0, abs=1e-6)  # the only legal action is certain


def test_masked_checkpoint__acts_legally_in_metacot_evaluate(masked_run, tmp_path):
    rows = tmp_path / "rows.jsonl"
    status = main(
        [
            "evaluate",
            "--env",
            "MetaCoT/Maze-v0",
            *("--set", "width=5", "--set", "height=5", "--set", "max_steps=20"),
            *("--set", "hide_goal=true", "--episodes", "5", "--no-plots"),
            *("--agent", f"checkpoint:{masked_run}", "--out", str(rows)),
            *("--run-dir", str(tmp_path / "eval")),
        ]
    )
    assert status == 0
    row = json.loads(rows.read_text().splitlines()[0])
    assert row["env_kwargs"]["trials"] == 3 and row["env_steps"] > 0
    assert row["invalid_step_rate"] == 0.0


def test_masked_policy__refuses_an_observation_without_room_for_the_mask():
    from agents.rl.masked_lstm_policy import MaskedLstmPolicy

    box = gym.spaces.Box(0.0, 1.0, (3,), np.float32)
    with pytest.raises(TypeError, match="ActionMaskInObservation"):
        MaskedLstmPolicy(box, gym.spaces.Discrete(4), lambda _: 1e-3)
    with pytest.raises(TypeError, match="Discrete actions"):
        MaskedLstmPolicy(box, gym.spaces.Box(0.0, 1.0, (2,)), lambda _: 1e-3)
