"""Step-level PPO moves a real (tiny) model toward rewarded steps: the whole loop, sign included."""

from __future__ import annotations

from typing import Any

import gymnasium as gym
import pytest

from agents.rl.run import RunConfig
from agents.rl.step_ppo import StepPPOConfig
from agents.rl.training_env import TrainEnvConfig
from agents.train import ExperimentConfig, run_experiment
from metacot_envs.core.spaces import text_space

pytest.importorskip("tensorboard")
from tensorboard.backend.event_processing.event_accumulator import (  # noqa: E402
    EventAccumulator,
)

BANDIT_ID = "MetaCoTTest/DigitBandit-v0"


class DigitBandit(gym.Env[str, str]):
    """One step: reward 1 when the step starts with a digit (about 10% of random characters)."""

    observation_space = text_space(64)
    action_space = text_space(64)

    def reset(self, *, seed: int | None = None, options: Any = None) -> tuple[str, dict]:
        super().reset(seed=seed)
        return "Say a digit.", {}

    def step(self, action: str) -> tuple[str, float, bool, bool, dict]:
        solved = bool(action) and action[0].isdigit()
        return "done", float(solved), True, False, {"solved": solved}


def _train(
    tmp_path, env_id: str, entry_point: type, total_steps: int, seed: int, **trainer: Any
) -> dict[str, list[float]]:
    """Train the tiny model with step-PPO on a one-step env; the logged charts by name."""
    if env_id not in gym.registry:
        gym.register(env_id, entry_point=entry_point)
    config = ExperimentConfig(
        name="one-step",
        algorithm="step_ppo",
        env=TrainEnvConfig(env_id),
        run=RunConfig(
            total_steps=total_steps, checkpoint_every=10_000, progress_bar=False, seed=seed
        ),
        trainer=StepPPOConfig(
            model="tiny",
            problems_per_iteration=8,
            group_size=4,
            minibatch_size=16,
            ppo_epochs=2,
            learning_rate=3e-3,
            max_new_tokens=2,
            max_prompt_tokens=64,
            show_legal_steps=False,
            **trainer,
        ),
    )
    run_experiment(config, tmp_path / "run")
    events = EventAccumulator(str(tmp_path / "run" / "tb"))
    events.Reload()
    return {
        name: [e.value for e in events.Scalars(f"charts/{name}")]
        for name in ("success_rate", "invalid_step_rate")
    }


@pytest.mark.parametrize("advantage", ["gae", "mc"])
def test_step_ppo__raises_the_rate_of_rewarded_steps(tmp_path, advantage):
    charts = _train(tmp_path, BANDIT_ID, DigitBandit, 640, 1, advantage=advantage, kl_coef=0.0)
    rates = charts["success_rate"]
    assert len(rates) == 20
    early, late = sum(rates[:5]) / 5, sum(rates[-5:]) / 5
    assert late > early + 0.3, rates


CHOICE_ID = "MetaCoTTest/LegalChoice-v0"
CHOICES = ["12+30=42", "12-3=9", "3*4=12", "30/3=10"]


class LegalChoice(gym.Env[str, str]):
    """One step among four listed legal steps; only ``3*4=12`` pays (a quarter of uniform picks)."""

    observation_space = text_space(64)
    action_space = text_space(64)

    def reset(self, *, seed: int | None = None, options: Any = None) -> tuple[str, dict]:
        super().reset(seed=seed)
        return "Pick a step.", {"legal_steps": list(CHOICES)}

    def step(self, action: str) -> tuple[str, float, bool, bool, dict]:
        if action not in CHOICES:
            return "Pick a step.", -1.0, False, True, {"error": "not a legal step"}
        solved = action == "3*4=12"
        return "done", float(solved), True, False, {"solved": solved}


def test_step_ppo__legal_only_raises_the_rate_of_the_rewarded_legal_step(tmp_path):
    charts = _train(
        tmp_path, CHOICE_ID, LegalChoice, 480, 2, advantage="mc", kl_coef=0.01, legal_only=True
    )
    rates = charts["success_rate"]
    assert len(rates) == 15
    assert charts["invalid_step_rate"] == [0.0] * 15  # every constrained step is legal
    early, late = sum(rates[:4]) / 4, sum(rates[-4:]) / 4
    assert late > early + 0.3, rates
