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


@pytest.mark.parametrize("advantage", ["gae", "mc"])
def test_step_ppo__raises_the_rate_of_rewarded_steps(tmp_path, advantage):
    if BANDIT_ID not in gym.registry:
        gym.register(BANDIT_ID, entry_point=DigitBandit)
    config = ExperimentConfig(
        name="bandit",
        algorithm="step_ppo",
        env=TrainEnvConfig(BANDIT_ID),
        run=RunConfig(total_steps=640, checkpoint_every=10_000, progress_bar=False, seed=1),
        trainer=StepPPOConfig(
            model="tiny",
            advantage=advantage,
            problems_per_iteration=8,
            group_size=4,
            minibatch_size=16,
            ppo_epochs=2,
            learning_rate=3e-3,
            kl_coef=0.0,
            max_new_tokens=2,
            max_prompt_tokens=64,
            show_legal_steps=False,
        ),
    )
    run_experiment(config, tmp_path / "run")
    events = EventAccumulator(str(tmp_path / "run" / "tb"))
    events.Reload()
    rates = [e.value for e in events.Scalars("charts/success_rate")]
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
    if CHOICE_ID not in gym.registry:
        gym.register(CHOICE_ID, entry_point=LegalChoice)
    config = ExperimentConfig(
        name="choice",
        algorithm="step_ppo",
        env=TrainEnvConfig(CHOICE_ID),
        run=RunConfig(total_steps=480, checkpoint_every=10_000, progress_bar=False, seed=2),
        trainer=StepPPOConfig(
            model="tiny",
            advantage="mc",
            problems_per_iteration=8,
            group_size=4,
            minibatch_size=16,
            ppo_epochs=2,
            learning_rate=3e-3,
            kl_coef=0.01,
            max_new_tokens=2,
            max_prompt_tokens=64,
            show_legal_steps=False,
            legal_only=True,
        ),
    )
    run_experiment(config, tmp_path / "run")
    events = EventAccumulator(str(tmp_path / "run" / "tb"))
    events.Reload()
    rates = [e.value for e in events.Scalars("charts/success_rate")]
    invalid = [e.value for e in events.Scalars("charts/invalid_step_rate")]
    assert len(rates) == 15
    assert invalid == [0.0] * 15  # every constrained step is one of the legal steps
    early, late = sum(rates[:4]) / 4, sum(rates[-4:]) / 4
    assert late > early + 0.3, rates
