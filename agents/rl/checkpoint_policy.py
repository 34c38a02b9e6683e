"""A trained checkpoint as an agent: ``metacot evaluate --agent checkpoint:PATH``.

``load_checkpoint_policy(path)`` reads the checkpoint's manifest (``checkpoint.json``,
written by ``metacot train``) and returns a :class:`~agents.policies.base.Policy`: an
SB3 policy for the discrete views (``PPO``, ``MaskablePPO``, ``RecurrentPPO``) or the
LLM step policy of a step-PPO run. The agent declares the env it was trained on as
its ``env_kwargs`` only what it cannot act without: the view and the meta-episode
options (``trials``, ``trial_reward``). The task distribution is the evaluator's to
choose (``--set split=test``, sizes, ``max_steps``); an env whose observation or action
space differs from the trained one is refused with a message naming the kwargs the
checkpoint was trained with (``evaluate`` reports it and skips the agent).
Training-only reward terms (PRM shaping, step cost) never reach evaluation. A checkpoint only acts through the Gymnasium API (observations, infos, and
``action_masks()`` for MaskablePPO and for a recurrent policy trained with
``mask_actions``, which reads the mask appended to its observation).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import gymnasium as gym
import numpy as np
import torch

from agents.policies.base import BasePolicy, Policy
from agents.rl.run import (
    CheckpointError,
    agent_env_kwargs,
    file_digest,
    read_manifest,
    training_settings,
)
from metacot_envs.wrappers.mask_in_observation import append_mask

SB3_ALGORITHMS = ("ppo", "maskable_ppo", "recurrent_ppo")


def load_checkpoint_policy(path: str | Path) -> Policy:
    """The agent a checkpoint folder (or run folder, or manifest path) holds."""
    folder, manifest = read_manifest(path)
    algorithm = manifest["algorithm"]
    if algorithm in SB3_ALGORITHMS:
        return SB3CheckpointPolicy(folder, manifest)
    if algorithm == "step_ppo":
        from agents.rl.step_policy import StepPPOCheckpointPolicy

        return StepPPOCheckpointPolicy(folder, manifest)
    raise CheckpointError(f"{folder}: unknown algorithm {algorithm!r} in the manifest")


class SB3CheckpointPolicy(BasePolicy):
    """An SB3 / sb3-contrib model acting on a discrete view (masks and LSTM state handled).

    Acts by sampling from the policy (seeded per episode) unless the run was
    configured ``deterministic: true``. A recurrent policy's LSTM state is reset at
    every episode start and carried across the trials of a meta-episode.
    """

    def __init__(self, folder: Path, manifest: dict[str, Any]) -> None:
        super().__init__()
        algorithm = manifest["algorithm"]
        model_file = folder / (manifest.get("files") or {}).get("model", "model.zip")
        if not model_file.is_file():
            raise CheckpointError(f"{folder}: model file {model_file.name} is missing")
        if algorithm == "maskable_ppo":
            from sb3_contrib import MaskablePPO as Algorithm
        elif algorithm == "recurrent_ppo":
            from sb3_contrib import RecurrentPPO as Algorithm  # type: ignore[assignment]
        else:
            from stable_baselines3 import PPO as Algorithm  # type: ignore[assignment]
        self.model = Algorithm.load(model_file, device="cpu")
        self.name = str(manifest["name"])
        self.env_kwargs = agent_env_kwargs(manifest)
        self.deterministic = bool((manifest.get("agent") or {}).get("deterministic", False))
        self._algorithm = algorithm
        self._manifest = manifest
        self._digest = file_digest(model_file)
        # a masked recurrent policy reads the legal-action mask from the end of its observation
        self._mask_in_observation = bool(
            (manifest.get("agent") or {}).get("mask_in_observation", False)
        )
        self._env: gym.Env[Any, Any] | None = None
        self._lstm: Any = None
        self._episode_start = True

    def config(self) -> dict[str, Any]:
        return {
            "algorithm": self._algorithm,
            "trained_steps": int(self._manifest["steps"]),
            "model_sha256": self._digest,
            "trained_on": {"env_id": self._manifest["env_id"], **self._manifest["env_kwargs"]},
            "trained_at_commit": self._manifest.get("commit", "unknown"),
            **training_settings(self._manifest),
            "deterministic": self.deterministic,
        }

    def reset(self, env: gym.Env[Any, Any], seed: int) -> None:
        expected = self.model.observation_space
        shape = env.observation_space.shape
        if self._mask_in_observation and shape is not None and len(shape) == 1:
            n = getattr(env.action_space, "n", 0)
            shape = (shape[0] + int(n),)
        if shape != expected.shape or env.action_space != self.model.action_space:
            raise NotImplementedError(
                f"checkpoint {self.name} acts on {expected} / {self.model.action_space} "
                f"(trained on {self._manifest['env_id']} with {self._manifest['env_kwargs']}); "
                f"this env has {env.observation_space} / {env.action_space}: pass the "
                "trained task knobs with --set"
            )
        self._env = env
        self._lstm = None
        self._episode_start = True
        torch.manual_seed(seed)  # sampled actions are reproducible per episode

    def act(self, observation: Any, info: dict[str, Any]) -> int:
        options: dict[str, Any] = {"deterministic": self.deterministic}
        if self._algorithm == "maskable_ppo":
            assert self._env is not None, "reset() before act()"
            options["action_masks"] = self._env.get_wrapper_attr("action_masks")()
        if self._mask_in_observation:
            assert self._env is not None, "reset() before act()"
            observation = append_mask(observation, self._env.get_wrapper_attr("action_masks")())
        if self._algorithm == "recurrent_ppo":
            options["state"] = self._lstm
            options["episode_start"] = np.array([self._episode_start])
        action, self._lstm = self.model.predict(observation, **options)
        self._episode_start = False
        return int(np.asarray(action).reshape(()))
