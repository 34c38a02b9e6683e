"""Discounted PPO on discrete views: SB3 ``PPO`` and sb3-contrib ``MaskablePPO`` with γ per reasoning step.

The algorithms are SB3's; this module holds their settings as a config dataclass and
builds them for ``metacot train`` (``algorithm: ppo`` or ``maskable_ppo``). One env
step is one reasoning step, so ``gamma`` discounts per step: below 1 it prefers
shorter solutions (the compute/accuracy trade of the paper's §7.2.2); ``env.step_cost``
adds an explicit price per step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agents.rl.sb3_training import train_sb3

if TYPE_CHECKING:
    from agents.train import ExperimentConfig


@dataclass
class DiscountedPPOConfig:
    """PPO hyperparameters (SB3's names and meanings)."""

    gamma: float = 0.99
    """discount per env step (= per reasoning step); below 1 favours shorter episodes"""
    gae_lambda: float = 0.95
    """GAE λ"""
    n_envs: int = 8
    """envs stepped in lockstep (a ``DummyVecEnv``)"""
    n_steps: int = 128
    """steps per env per rollout"""
    batch_size: int = 256
    """minibatch size"""
    n_epochs: int = 4
    """passes over each rollout"""
    learning_rate: float = 3e-4
    """Adam step size"""
    clip_range: float = 0.2
    """PPO ratio clip"""
    ent_coef: float = 0.0
    """entropy bonus"""
    vf_coef: float = 0.5
    """value loss weight"""
    max_grad_norm: float = 0.5
    """gradient norm clip"""
    net_arch: list[int] = field(default_factory=lambda: [64, 64])
    """hidden layer sizes of the policy and value MLPs"""
    deterministic: bool = False
    """how the trained agent acts when evaluated: argmax (True) or sampled (False)"""

    def __post_init__(self) -> None:
        if not 0.0 <= self.gamma <= 1.0:
            raise ValueError(f"gamma must be in [0, 1], got {self.gamma}")
        for name in ("n_envs", "n_steps", "batch_size", "n_epochs"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be positive, got {getattr(self, name)}")

    def sb3_kwargs(self, seed: int) -> dict[str, Any]:
        """Keyword arguments of the SB3 constructor."""
        return {
            "gamma": self.gamma,
            "gae_lambda": self.gae_lambda,
            "n_steps": self.n_steps,
            "batch_size": self.batch_size,
            "n_epochs": self.n_epochs,
            "learning_rate": self.learning_rate,
            "clip_range": self.clip_range,
            "ent_coef": self.ent_coef,
            "vf_coef": self.vf_coef,
            "max_grad_norm": self.max_grad_norm,
            "seed": seed,
            "device": "cpu",
            "verbose": 0,
        }


def train(experiment: ExperimentConfig, out_dir: Path, resume: bool) -> Path:
    """Train ``PPO`` (``algorithm: ppo``) or ``MaskablePPO`` (``maskable_ppo``); the checkpoint folder."""
    from sb3_contrib import MaskablePPO
    from stable_baselines3 import PPO

    config: DiscountedPPOConfig = experiment.trainer
    algorithm = MaskablePPO if experiment.algorithm == "maskable_ppo" else PPO
    policy_kwargs = {"net_arch": list(config.net_arch)}

    def build(env: Any) -> Any:
        return algorithm(
            "MlpPolicy",
            env,
            policy_kwargs=policy_kwargs,
            **config.sb3_kwargs(experiment.run.seed),
        )

    agent = {"deterministic": config.deterministic}
    return train_sb3(
        experiment, out_dir, resume, algorithm, build, config.gamma, config.n_envs, agent
    )
