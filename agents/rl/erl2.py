"""E-RL² and RL²: sb3-contrib ``RecurrentPPO`` on meta-episodes (``MetaEpisode``, k trials of one problem).

RL² (Duan et al. 2016) trains a recurrent policy over several trials of the same
task, feeding back the previous action, reward and a trial boundary, so the memory
learns to explore and then exploit. E-RL² (Stadie et al. 2018) pays only the final
trial, so earlier trials are free to explore. The env option ``trials: k`` builds the
meta-episode and ``trial_reward: final | all`` chooses between them; the LSTM state
is carried across trials and reset between meta-episodes (RecurrentPPO resets it on
episode starts, and a meta-episode is one Gymnasium episode). The algorithm is
sb3-contrib's; this module holds its settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agents.rl.discounted_ppo import DiscountedPPOConfig
from agents.rl.sb3_training import train_sb3

if TYPE_CHECKING:
    from agents.train import ExperimentConfig


@dataclass
class RecurrentPPOConfig(DiscountedPPOConfig):
    """RecurrentPPO hyperparameters: PPO's plus the LSTM."""

    lstm_hidden_size: int = 64
    """LSTM units (sb3-contrib's default of 256 trains ~10x slower on CPU)"""
    shared_lstm: bool = True
    """one LSTM for actor and critic (else the critic gets its own)"""
    mask_actions: bool = False
    """mask illegal actions: the env's action mask is appended to the observation
    (``ActionMaskInObservation``) and the policy (``MaskedLstmPolicy``) never samples a
    masked action, when acting or in the loss; the checkpoint agent appends the mask itself"""

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.lstm_hidden_size < 1:
            raise ValueError(f"lstm_hidden_size must be positive, got {self.lstm_hidden_size}")


def train(experiment: ExperimentConfig, out_dir: Path, resume: bool) -> Path:
    """Train ``RecurrentPPO`` on the experiment's env (``trials > 1`` for meta-RL); the checkpoint folder."""
    from sb3_contrib import RecurrentPPO

    config: RecurrentPPOConfig = experiment.trainer
    policy_kwargs = {
        "net_arch": list(config.net_arch),
        "lstm_hidden_size": config.lstm_hidden_size,
        "shared_lstm": config.shared_lstm,
        "enable_critic_lstm": not config.shared_lstm,
    }

    policy: Any = "MlpLstmPolicy"
    wrap = None
    if config.mask_actions:
        from agents.rl.masked_lstm_policy import MaskedLstmPolicy
        from metacot_envs.wrappers import ActionMaskInObservation

        policy, wrap = MaskedLstmPolicy, ActionMaskInObservation

    def build(env: Any) -> Any:
        return RecurrentPPO(
            policy,
            env,
            policy_kwargs=policy_kwargs,
            **config.sb3_kwargs(experiment.run.seed),
        )

    agent = {
        "deterministic": config.deterministic,
        "recurrent": True,
        "mask_in_observation": config.mask_actions,
    }
    return train_sb3(
        experiment, out_dir, resume, RecurrentPPO, build, config.gamma, config.n_envs, agent, wrap
    )
