"""A GRPO experiment from a YAML file: success before, TRL GRPO with the episode rollout, success after.

Run: ``metacot train configs/experiments/grpo-countdown3-tiny.yaml [--out DIR]`` (rows go to
``DIR/rows.jsonl``), or ``python -m agents.integrations.grpo_experiment FILE
[--results leaderboards/results/FILE.jsonl]``. Training problems are seeds
``train_seed, train_seed + 1, ...``; evaluation problems are other seeds
(``eval_seed, ...``), played greedily by the same token-level policy the rollout
samples with, so before and after are measured the same way. With ``--results``
both evaluations are appended as leaderboard rows (:mod:`agents.results`).
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import functools
import os
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from agents.episode import EpisodeRecord, play_episode
from agents.integrations.episode_env import PRMS, make_episode_env
from agents.integrations.generation_batcher import GenerationBatcher
from agents.integrations.token_episode import StepSampling, TokenTranscriptPolicy, turn_end_ids
from agents.results import ResultRow, append_jsonl, config_hash, git_commit, summarize
from metacot_envs.config_files import ConfigError, read_yaml_with_lines
from metacot_envs.core.option_checks import OptionError, check_field_types, require_range

EVAL_BATCH = 25
"""evaluation episodes played at once (their model turns share one batch)"""


@dataclass
class GRPOExperiment:
    """One GRPO run on one registered env, with its before/after evaluation."""

    name: str
    """the run's name; leaderboard rows are ``<name>-before`` and ``<name>-after``"""
    algorithm: str = "grpo"
    """always ``grpo``: what tells ``metacot train`` to run this file here"""
    env_id: str = "MetaCoT/Countdown-v0"
    env_kwargs: dict[str, Any] = field(default_factory=dict)
    """keyword arguments of the env (task config fields and env options)"""
    model: str = "smollm2"
    """``smollm2`` (the bundled SmolLM2-135M-Instruct), ``tiny-random`` (a random two-layer
    test model) or a local checkpoint folder"""
    train_seed: int = 0
    train_problems: int = 1000
    """training problems: seeds ``train_seed .. train_seed + train_problems - 1``"""
    eval_seed: int = 1_000_000
    """first evaluation seed (keep the ranges apart)"""
    eval_episodes: int = 50
    max_steps: int = 20
    """GRPO optimizer steps"""
    num_generations: int = 4
    """episodes per problem (one GRPO group)"""
    per_device_train_batch_size: int = 8
    """episodes per optimizer step (a multiple of ``num_generations``)"""
    learning_rate: float = 1e-5
    beta: float = 0.0
    """KL coefficient (0: no reference model)"""
    temperature: float = 1.0
    """sampling temperature of training episodes (evaluation is greedy)"""
    max_step_tokens: int = 24
    """tokens per model turn"""
    max_completion_length: int = 512
    """tokens per episode after the prompt (model turns and env feedback)"""
    gamma: float = 1.0
    """per-step discount of the return"""
    prm: str | None = None
    """PRM shaping of the reward: ``solver``, ``solver-graded`` or none"""
    seed: int = 0
    """the trainer's seed"""

    def __post_init__(self) -> None:
        check_field_types(self)
        if self.algorithm != "grpo":
            raise OptionError(
                "algorithm", f"must be 'grpo' in a GRPO experiment, got {self.algorithm!r}"
            )
        for name in ("train_problems", "eval_episodes", "max_steps", "num_generations"):
            require_range(name, getattr(self, name), 1)
        require_range("max_step_tokens", self.max_step_tokens, 1, 4096)
        require_range("max_completion_length", self.max_completion_length, 1)
        require_range("gamma", self.gamma, 0.0, 1.0)
        require_range("temperature", self.temperature, 0.0)
        if self.per_device_train_batch_size % self.num_generations:
            raise OptionError(
                "per_device_train_batch_size", "must be a multiple of num_generations"
            )
        if self.prm is not None and self.prm not in PRMS:
            raise OptionError("prm", f"must be one of {sorted(PRMS)} or null, got {self.prm!r}")


def load_experiment(path: str | Path) -> GRPOExperiment:
    """Read an experiment YAML (safe loader); a bad key or value is a ConfigError at its line."""
    path = Path(path)
    data, lines = read_yaml_with_lines(path)
    if not isinstance(data, dict):
        raise ConfigError(f"{path}:1: expected a mapping of experiment fields")
    names = {f.name for f in dataclasses.fields(GRPOExperiment)}
    for key in data:
        if key not in names:
            raise ConfigError(
                f"{path}:{lines.get(str(key), 1)}: unknown field {key!r}; accepted: {sorted(names)}"
            )
    if "name" not in data:
        raise ConfigError(f"{path}:1: missing field 'name'")
    try:
        return GRPOExperiment(**data)
    except OptionError as exc:
        raise ConfigError(f"{path}:{lines.get(exc.option, 1)}: {exc}") from None


def load_model(name: str) -> tuple[Any, Any]:
    """``(tokenizer, model)`` for an experiment's ``model`` field, as a trainable model.

    The bundled SmolLM2 is a GGUF file that transformers de-quantizes to float32 but
    still flags as quantized, and ``Trainer`` refuses to fine-tune a quantized model;
    its weights are therefore copied into a plain model of the same config.
    """
    from metacot_envs.models import load_causal_lm, tiny_random_causal_lm

    if name == "tiny-random":
        return tiny_random_causal_lm(seed=0)
    tokenizer, model = load_causal_lm(None if name == "smollm2" else name)
    if getattr(model, "is_quantized", False):
        model = _plain_copy(model)
    return tokenizer, model


def _plain_copy(model: Any) -> Any:
    from transformers import AutoModelForCausalLM

    config = copy.deepcopy(model.config)
    if hasattr(config, "quantization_config"):
        del config.quantization_config
    # transformers leaves _BaseAutoModelClass.from_config unannotated
    plain = AutoModelForCausalLM.from_config(  # type: ignore[no-untyped-call]
        config, dtype=next(model.parameters()).dtype
    )
    plain.load_state_dict(model.state_dict())
    plain.generation_config = copy.deepcopy(model.generation_config)
    plain.train(False)
    return plain


def evaluate_model(model: Any, tokenizer: Any, experiment: GRPOExperiment) -> list[EpisodeRecord]:
    """Greedy episodes on the evaluation seeds, played as the rollout plays them (batched)."""
    model.train(False)
    stops = turn_end_ids(tokenizer)
    batcher = GenerationBatcher(model, tokenizer, stops, temperature=0.0)

    def episode(seed: int) -> EpisodeRecord:
        env = make_episode_env(experiment.env_id, experiment.env_kwargs)
        policy = TokenTranscriptPolicy(
            model,
            tokenizer,
            StepSampling(max_new_tokens=experiment.max_step_tokens, temperature=0.0),
            experiment.max_completion_length,
            generator=batcher.generate,
            stop_ids=stops,
        )
        try:
            return play_episode(env, policy, seed)
        finally:
            env.close()

    seeds = list(range(experiment.eval_seed, experiment.eval_seed + experiment.eval_episodes))
    records: list[EpisodeRecord] = []
    for start in range(0, len(seeds), EVAL_BATCH):
        chunk = seeds[start : start + EVAL_BATCH]
        records.extend(batcher.run([functools.partial(episode, seed) for seed in chunk]))
        print(f"  evaluated {len(records)}/{len(seeds)} episodes", flush=True)
    return records


def train(model: Any, tokenizer: Any, experiment: GRPOExperiment, output_dir: str) -> Any:
    """Run GRPO; returns the trainer (its ``state.log_history`` holds the curves)."""
    # trl's __init__ names these for type checkers without an explicit re-export (no __all__)
    from trl import GRPOConfig, GRPOTrainer  # type: ignore[attr-defined]

    from agents.integrations.trl import EpisodeRollout, episode_dataset, episode_return_reward

    os.environ.setdefault("TRL_EXPERIMENTAL_SILENCE", "1")
    seeds = range(experiment.train_seed, experiment.train_seed + experiment.train_problems)
    dataset = episode_dataset(experiment.env_id, seeds, experiment.env_kwargs)
    rollout = EpisodeRollout(
        dataset,
        max_step_tokens=experiment.max_step_tokens,
        gamma=experiment.gamma,
        prm=experiment.prm,
    )
    args = GRPOConfig(
        output_dir=output_dir,
        use_cpu=True,
        bf16=False,
        num_generations=experiment.num_generations,
        per_device_train_batch_size=experiment.per_device_train_batch_size,
        max_steps=experiment.max_steps,
        max_completion_length=experiment.max_completion_length,
        learning_rate=experiment.learning_rate,
        beta=experiment.beta,
        temperature=experiment.temperature,
        report_to="none",
        logging_steps=1,
        save_strategy="no",
        gradient_checkpointing=False,  # short CPU sequences: recomputing costs more than it saves
        seed=experiment.seed,
    )
    trainer = GRPOTrainer(
        model=model,
        processing_class=tokenizer,
        args=args,
        train_dataset=dataset,
        rollout_func=rollout,
        # trl's RewardFunc returns an invariant list[float | None]: a list[float] is refused
        reward_funcs=episode_return_reward,  # type: ignore[arg-type]
    )
    trainer.train()
    return trainer


def run(experiment: GRPOExperiment, results: Path | None = None) -> tuple[ResultRow, ResultRow]:
    """Evaluate, train, evaluate again; return (and with ``results``, append) both rows."""
    commit = git_commit()
    tokenizer, model = load_model(experiment.model)
    config = dataclasses.asdict(experiment)
    rows = []
    for phase in ("before", "after"):
        if phase == "after":
            with tempfile.TemporaryDirectory() as output_dir:
                train(model, tokenizer, experiment, output_dir)
        start = time.perf_counter()
        records = evaluate_model(model, tokenizer, experiment)
        agent_config = {
            "experiment": config,
            "experiment_hash": config_hash(config),
            "trained_steps": 0 if phase == "before" else experiment.max_steps,
            "decoding": "greedy",
        }
        row = summarize(
            records,
            env_id=experiment.env_id,
            env_kwargs=experiment.env_kwargs,
            agent=f"{experiment.name}-{phase}",
            agent_config=agent_config,
            seed=experiment.eval_seed,
            commit=commit,
        )
        print(
            f"{phase}: success {row.success_rate:.3f} [{row.ci_low:.3f}, {row.ci_high:.3f}] "
            f"over {row.episodes} episodes ({time.perf_counter() - start:.0f} s)",
            flush=True,
        )
        if results is not None:
            append_jsonl([row], results)
        rows.append(row)
    return rows[0], rows[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("config", help="experiment YAML (configs/experiments/grpo-*.yaml)")
    parser.add_argument("--results", type=Path, help="append the before/after rows to this JSONL")
    args = parser.parse_args(argv)
    try:
        experiment = load_experiment(args.config)
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    run(experiment, args.results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
