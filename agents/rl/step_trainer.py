"""The step-level PPO loop: collect episodes, per-step advantages, clipped updates, logs, checkpoints."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import torch
from torch.utils.tensorboard import SummaryWriter
from tqdm import tqdm

from agents.results import git_commit
from agents.rl.critic import ValueHead
from agents.rl.run import checkpoint_dir, start_run, tensorboard_dir, write_checkpoint
from agents.rl.step_advantages import discounted_returns, gae_advantages, normalize
from agents.rl.step_loss import StepPPOLoss, layout, score_steps
from agents.rl.step_policy import MODEL_FOLDER, load_language_model, load_saved_model
from agents.rl.step_rollout import EpisodeRollout, StepTransition, collect_episodes
from agents.rl.step_sampler import StepSampler

if TYPE_CHECKING:
    from agents.rl.step_ppo import StepPPOConfig
    from agents.train import ExperimentConfig

TRAIN_SEED_BASE = 10_000_000
"""training problems use seeds from here on, so evaluations at small seeds are held out"""
STATE_FILE = "trainer_state.pt"


class StepPPOTrainer:
    """Trains a causal LM with step-level PPO on a text view, as an experiment config says."""

    def __init__(self, experiment: ExperimentConfig, out_dir: Path, resume: bool) -> None:
        self.experiment = experiment
        self.config: StepPPOConfig = experiment.trainer
        self.out_dir = out_dir
        config, run = self.config, experiment.run
        resumed = start_run(out_dir, experiment.to_dict(), resume)
        torch.set_num_threads(run.torch_threads)
        torch.manual_seed(run.seed)
        if resumed is None:
            tokenizer, model = load_language_model(config.model, run.seed, config.tiny_hidden_size)
        else:
            tokenizer, model = load_saved_model(checkpoint_dir(out_dir))
        model.train(False)  # no dropout: the policy that samples is the policy scored
        self.tokenizer, self.model = tokenizer, model
        self.sampler = StepSampler(
            tokenizer,
            model,
            show_legal_steps=config.show_legal_steps,
            max_prompt_tokens=config.max_prompt_tokens,
        )
        self.reference: Any = None
        if config.kl_coef > 0:
            _, self.reference = load_language_model(config.model, run.seed, config.tiny_hidden_size)
            self.reference.requires_grad_(False).train(False)
        hidden = int(model.get_input_embeddings().embedding_dim)
        self.critic = ValueHead(hidden) if config.advantage == "gae" else None
        groups: list[dict[str, Any]] = [
            {"params": list(model.parameters()), "lr": config.learning_rate}
        ]
        if self.critic is not None:
            groups.append(
                {"params": list(self.critic.parameters()), "lr": config.value_learning_rate}
            )
        self.optimizer = torch.optim.Adam(groups)
        self.loss = StepPPOLoss(
            model,
            temperature=config.temperature,
            clip_epsilon=config.clip_epsilon,
            kl_to_ref_coeff=config.kl_coef,
            entropy_coeff=config.entropy_coef,
            aggregation=config.aggregation,
        )
        self.iteration, self.env_steps = 0, 0
        if resumed is not None:
            self._load_state(checkpoint_dir(out_dir))
        self.last_checkpoint = self.env_steps
        episodes = config.problems_per_iteration * config.group_size
        self.envs = [experiment.env.make(config.gamma) for _ in range(episodes)]
        self.writer = SummaryWriter(str(tensorboard_dir(out_dir)))
        self.commit = git_commit()

    def run(self) -> Path:
        """Train to ``run.total_steps`` env steps, checkpointing as configured; the checkpoint folder."""
        run = self.experiment.run
        bar = tqdm(
            total=run.total_steps,
            initial=min(self.env_steps, run.total_steps),
            unit="step",
            disable=not run.progress_bar,
        )
        try:
            while self.env_steps < run.total_steps:
                before = self.env_steps
                self._iteration()
                bar.update(min(self.env_steps, run.total_steps) - min(before, run.total_steps))
                if self.env_steps - self.last_checkpoint >= run.checkpoint_every:
                    self.save()
            self.save()
        finally:
            bar.close()
            self.writer.close()
            for env in self.envs:
                env.close()
        return checkpoint_dir(self.out_dir)

    def _iteration(self) -> None:
        config, run = self.config, self.experiment.run
        problems, group = config.problems_per_iteration, config.group_size
        first = TRAIN_SEED_BASE + run.seed * 1_000_000 + self.iteration * problems
        episodes = collect_episodes(
            self.envs,
            self.sampler,
            seeds=[first + p for p in range(problems) for _ in range(group)],
            groups=[p for p in range(problems) for _ in range(group)],
            temperature=config.temperature,
            max_new_tokens=config.max_new_tokens,
            sample_seed=run.seed * 1_000_003 + self.iteration,
            batch_size=config.generation_batch,
            legal_only=config.legal_only,
        )
        rows = [t for e in episodes for t in e.transitions]
        old, features = self._score(rows, self.model)
        reference = self._score(rows, self.reference)[0] if self.reference is not None else None
        advantages, targets = self._advantages(episodes, features)
        losses = self._update(rows, old, reference, advantages, targets)
        self.iteration += 1
        self.env_steps += len(rows)
        self._log(episodes, losses)

    @torch.no_grad()
    def _score(
        self, rows: Sequence[StepTransition], model: Any
    ) -> tuple[list[torch.Tensor], torch.Tensor]:
        """Per-row step log-probabilities under ``model`` and its state features, in minibatches."""
        log_probs: list[torch.Tensor] = []
        features = []
        size = self.config.minibatch_size
        for start in range(0, len(rows), size):
            part = rows[start : start + size]
            batch = _rows_layout(part, self.sampler.pad_id)
            scores, feats, _ = score_steps(model, batch, self.config.temperature)
            log_probs += [scores[i, : len(r.response_ids)].clone() for i, r in enumerate(part)]
            features.append(feats.float())
        return log_probs, torch.cat(features)

    @torch.no_grad()
    def _state_values(self, prompts: Sequence[tuple[int, ...]]) -> list[float]:
        if not prompts or self.critic is None:
            return [0.0] * len(prompts)
        batch = layout(prompts, [(self.sampler.pad_id,)] * len(prompts), self.sampler.pad_id)
        _, features, _ = score_steps(self.model, batch, self.config.temperature)
        return [float(v) for v in self.critic(features)]

    @torch.no_grad()
    def _advantages(
        self, episodes: Sequence[EpisodeRollout], features: torch.Tensor
    ) -> tuple[torch.Tensor, torch.Tensor]:
        config = self.config
        rewards, ends, terminal, groups = [], [], [], []
        for episode in episodes:
            for index, transition in enumerate(episode.transitions):
                last = index == len(episode.transitions) - 1
                rewards.append(transition.reward)
                ends.append(last)
                terminal.append(last and episode.terminated)
                groups.append(transition.group)
        if self.critic is None:
            returns = discounted_returns(rewards, ends, config.gamma)
            return normalize(returns, groups, config.normalize), returns
        truncated = [e for e in episodes if e.bootstrap_prompt is not None]
        tail_values = iter(self._state_values([e.bootstrap_prompt for e in truncated]))  # type: ignore[misc]
        bootstrap = []
        for episode in episodes:
            tail = next(tail_values) if episode.bootstrap_prompt is not None else 0.0
            bootstrap += [0.0] * (len(episode.transitions) - 1) + [tail]
        values = self.critic(features).tolist()
        advantages, targets = gae_advantages(
            rewards, values, ends, terminal, bootstrap, config.gamma, config.gae_lambda
        )
        return normalize(advantages, groups, config.normalize), targets

    def _update(
        self,
        rows: Sequence[StepTransition],
        old: Sequence[torch.Tensor],
        reference: Sequence[torch.Tensor] | None,
        advantages: torch.Tensor,
        targets: torch.Tensor,
    ) -> dict[str, float]:
        config = self.config
        generator = torch.Generator().manual_seed(self.experiment.run.seed * 7919 + self.iteration)
        params = [p for group in self.optimizer.param_groups for p in group["params"]]
        sums: dict[str, list[float]] = {}
        for _ in range(config.ppo_epochs):
            order = torch.randperm(len(rows), generator=generator).tolist()
            for start in range(0, len(rows), config.minibatch_size):
                index = order[start : start + config.minibatch_size]
                part = [rows[i] for i in index]
                batch = _rows_layout(part, self.sampler.pad_id)
                width = batch["response_mask"].shape[1]
                batch["old_log_probs"] = _pad([old[i] for i in index], width)
                if reference is not None:
                    batch["ref_log_probs"] = _pad([reference[i] for i in index], width)
                batch["advantage"] = advantages[index].view(-1, 1, 1).expand(-1, width, 1).clone()
                out = self.loss(batch)
                total = out.loss_objective.mean() + out.loss_entropy.mean()
                metrics = {
                    "policy_loss": float(out.loss_objective.detach().mean()),
                    "entropy": float(out.entropy),
                    "clip_fraction": float(out.clip_fraction),
                    "approx_kl": float(out.kl_approx),
                    "ess": float(out.ESS),
                }
                if out.loss_kl_to_ref is not None:
                    total = total + out.loss_kl_to_ref
                    metrics["kl_to_ref"] = float(out.kl_to_ref)
                if self.critic is not None and self.loss.state_features is not None:
                    features = self.loss.state_features
                    if not config.value_trunk_grad:
                        features = features.detach()
                    value_loss = 0.5 * ((self.critic(features) - targets[index]) ** 2).mean()
                    total = total + config.value_coef * value_loss
                    metrics["value_loss"] = float(value_loss.detach())
                self.optimizer.zero_grad()
                total.backward()
                torch.nn.utils.clip_grad_norm_(params, config.max_grad_norm)
                self.optimizer.step()
                for key, value in metrics.items():
                    sums.setdefault(key, []).append(value)
        return {key: statistics.fmean(values) for key, values in sums.items()}

    def _log(self, episodes: Sequence[EpisodeRollout], losses: dict[str, float]) -> None:
        steps = sum(len(e.transitions) for e in episodes)
        charts = {
            "success_rate": statistics.fmean(float(e.solved) for e in episodes),
            "episode_steps": steps / len(episodes),
            "tokens": statistics.fmean(e.tokens for e in episodes),
            "episode_return": statistics.fmean(e.episode_return for e in episodes),
            "invalid_step_rate": sum(e.rejected for e in episodes) / max(steps, 1),
            "learning_rate": self.config.learning_rate,
        }
        for key, value in charts.items():
            self.writer.add_scalar(f"charts/{key}", value, self.env_steps)
        for key, value in losses.items():
            self.writer.add_scalar(f"losses/{key}", value, self.env_steps)
        self.writer.flush()

    def save(self) -> Path:
        """Write the checkpoint (model, tokenizer, value head, optimizer, counters)."""
        config = self.config
        manifest = {
            "algorithm": "step_ppo",
            "name": self.experiment.name,
            "env_id": self.experiment.env.id,
            "env_kwargs": self.experiment.env.kwargs,
            "steps": self.env_steps,
            "files": {"model": MODEL_FOLDER, "state": STATE_FILE},
            "agent": {
                "temperature": config.eval_temperature,
                "max_new_tokens": config.max_new_tokens,
                "show_legal_steps": config.show_legal_steps,
                "legal_only": config.legal_only,
                "max_prompt_tokens": config.max_prompt_tokens,
            },
            "experiment": self.experiment.to_dict(),
            "commit": self.commit,
        }

        def files(folder: Path) -> None:
            self.model.save_pretrained(folder / MODEL_FOLDER)
            self.tokenizer.save_pretrained(folder / MODEL_FOLDER)
            state = {
                "critic": None if self.critic is None else self.critic.state_dict(),
                "optimizer": self.optimizer.state_dict(),
                "iteration": self.iteration,
                "env_steps": self.env_steps,
                "torch_rng": torch.get_rng_state(),
            }
            torch.save(state, folder / STATE_FILE)

        self.last_checkpoint = self.env_steps
        return write_checkpoint(self.out_dir, files, manifest)

    def _load_state(self, folder: Path) -> None:
        state = torch.load(folder / STATE_FILE, weights_only=True)
        if self.critic is not None and state["critic"] is not None:
            self.critic.load_state_dict(state["critic"])
        self.optimizer.load_state_dict(state["optimizer"])
        self.iteration, self.env_steps = int(state["iteration"]), int(state["env_steps"])
        torch.set_rng_state(state["torch_rng"])


def _rows_layout(rows: Sequence[StepTransition], pad_id: int) -> Any:
    return layout(
        [r.prompt_ids for r in rows],
        [r.response_ids for r in rows],
        pad_id,
        [r.allowed for r in rows],
    )


def _pad(rows: Sequence[torch.Tensor], width: int) -> torch.Tensor:
    out = torch.zeros(len(rows), width)
    for i, row in enumerate(rows):
        out[i, : len(row)] = row
    return out


def train(experiment: ExperimentConfig, out_dir: Path, resume: bool) -> Path:
    """Train (or resume) step-level PPO to ``run.total_steps`` env steps; the checkpoint folder."""
    return StepPPOTrainer(experiment, out_dir, resume).run()
