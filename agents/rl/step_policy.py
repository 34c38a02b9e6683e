"""The language model of step-level PPO: loading it for training, and a trained one as an agent."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import gymnasium as gym

from agents.policies.base import BasePolicy
from agents.rl.run import CheckpointError, agent_env_kwargs, file_digest, training_settings
from agents.rl.step_sampler import StepSampler

MODEL_FOLDER = "model"
"""``save_pretrained`` folder (weights and tokenizer) inside a step-PPO checkpoint"""


def load_language_model(spec: str, seed: int = 0, tiny_hidden_size: int = 32) -> tuple[Any, Any]:
    """``(tokenizer, model)``, a private trainable copy, offline.

    ``spec``: ``tiny`` (a random two-layer Llama built from a config, for tests),
    ``smollm2`` (the bundled SmolLM2-135M-Instruct GGUF), or a local checkpoint folder
    or ``.gguf`` file. Nothing is downloaded.
    """
    from metacot_envs.models import load_causal_lm, tiny_random_causal_lm

    if spec == "tiny":
        return tiny_random_causal_lm(seed=seed, hidden_size=tiny_hidden_size)
    tokenizer, model = load_causal_lm(None if spec == "smollm2" else spec)
    # load_causal_lm shares one instance per process; training must not change it
    tokenizer, model = copy.deepcopy(tokenizer), copy.deepcopy(model)
    if getattr(model, "hf_quantizer", None) is not None:
        # a GGUF file is de-quantized to float weights on load; the quantizer left attached
        # only makes save_pretrained refuse them, and the trained weights are plain floats
        model.hf_quantizer = None
        if hasattr(model.config, "quantization_config"):
            del model.config.quantization_config
    return tokenizer, model


def load_saved_model(folder: Path) -> tuple[Any, Any]:
    """``(tokenizer, model)`` from a checkpoint's model folder (read fresh, never cached)."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    location = folder / MODEL_FOLDER
    if not location.is_dir():
        raise CheckpointError(f"{folder}: the model folder {MODEL_FOLDER}/ is missing")
    tokenizer = AutoTokenizer.from_pretrained(location, local_files_only=True)
    model = AutoModelForCausalLM.from_pretrained(location, local_files_only=True)
    model.train(False)
    return tokenizer, model


class StepPPOCheckpointPolicy(BasePolicy):
    """A step-PPO checkpoint acting in a text view: one sampled (or greedy) step per env step.

    Uses the training prompt and step rule (:class:`StepSampler`), decoding at the
    run's ``eval_temperature`` (0: greedy), seeded per episode, restricted to the legal
    steps when the run trained that way (``legal_only``).
    """

    def __init__(self, folder: Path, manifest: dict[str, Any]) -> None:
        super().__init__()
        agent = manifest.get("agent") or {}
        tokenizer, model = load_saved_model(folder)
        self.sampler = StepSampler(
            tokenizer,
            model,
            show_legal_steps=bool(agent.get("show_legal_steps", True)),
            max_prompt_tokens=int(agent.get("max_prompt_tokens", 768)),
        )
        self.name = str(manifest["name"])
        self.env_kwargs = agent_env_kwargs(manifest)
        self.temperature = float(agent.get("temperature", 0.0))
        self.max_new_tokens = int(agent.get("max_new_tokens", 24))
        self.legal_only = bool(agent.get("legal_only", False))
        weights = sorted((folder / MODEL_FOLDER).glob("*.safetensors"))
        self._digest = file_digest(weights[0]) if weights else "unknown"
        self._manifest = manifest
        self._seed = 0
        self._calls = 0

    def config(self) -> dict[str, Any]:
        return {
            "algorithm": "step_ppo",
            "trained_steps": int(self._manifest["steps"]),
            "model_sha256": self._digest,
            "trained_on": {"env_id": self._manifest["env_id"], **self._manifest["env_kwargs"]},
            "trained_at_commit": self._manifest.get("commit", "unknown"),
            **training_settings(self._manifest),
            "temperature": self.temperature,
            "max_new_tokens": self.max_new_tokens,
            "show_legal_steps": self.sampler.show_legal_steps,
            "legal_only": self.legal_only,
        }

    def reset(self, env: gym.Env[Any, Any], seed: int) -> None:
        if not isinstance(env.action_space, gym.spaces.Text):
            raise NotImplementedError(
                f"{self.name} writes text steps; build the env with view='text'"
            )
        self._seed = seed
        self._calls = 0

    def act(self, observation: Any, info: dict[str, Any]) -> str:
        self._calls += 1
        [step] = self.sampler.sample(
            [self.sampler.encode_prompt(observation, info)],
            temperature=self.temperature,
            max_new_tokens=self.max_new_tokens,
            seed=self._seed * 1000 + self._calls,
            legal=[self.sampler.legal_steps(info) if self.legal_only else None],
        )
        self.compute.tokens_generated += len(step.response_ids)
        self.compute.steps_proposed += 1
        return step.text
