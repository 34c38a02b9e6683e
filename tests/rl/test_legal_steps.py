"""Steps constrained to the legal list: every sampled step is legal, and PPO scores the same policy."""

from __future__ import annotations

import math

import gymnasium as gym
import pytest
import torch

import metacot_envs  # noqa: F401  (registers the ids)
from agents.rl.step_loss import layout, score_steps
from agents.rl.step_rollout import collect_episodes
from agents.rl.step_sampler import LegalSteps, StepSampler
from metacot_envs.models import tiny_random_causal_lm

LEGAL = ["3+5=8", "3*5=15", "5-3=2", "15+3=18"]


@pytest.fixture(scope="module")
def sampler():
    tokenizer, model = tiny_random_causal_lm(seed=3)
    return StepSampler(tokenizer, model, chat=False)


def test_prefix_tree__allows_only_continuations_and_closes_each_step(sampler):
    rule = LegalSteps(sampler.tokenizer, LEGAL, end_id=sampler.eos_id)
    encode = sampler.tokenizer.convert_tokens_to_ids
    assert set(rule.allowed(())) == set(encode(["3", "5", "1"]))
    assert set(rule.allowed(encode(["3"]))) == set(encode(["+", "*"]))
    assert rule.allowed(encode(list("3+5=8"))) == (sampler.eos_id,)
    assert rule.allowed(encode(list("9"))) == (sampler.eos_id,)  # off the tree: only the end
    assert rule.longest == len("15+3=18") + 1


@pytest.mark.parametrize("temperature", [0.0, 1.0])
def test_sample__with_a_constraint_writes_only_legal_steps(sampler, temperature):
    prompt = sampler.encode_prompt("Numbers: 3 5. Target: 8.", {})
    rule = LegalSteps(sampler.tokenizer, LEGAL, end_id=sampler.eos_id)
    # max_new_tokens below the longest step: the constraint's own length wins
    steps = sampler.sample(
        [prompt] * 12, temperature=temperature, max_new_tokens=2, seed=1, legal=[rule] * 12
    )
    assert all(step.text in LEGAL for step in steps)
    assert all(step.response_ids[-1] == sampler.eos_id for step in steps)
    assert all(len(step.allowed) == len(step.response_ids) for step in steps)
    free = sampler.sample([prompt] * 4, temperature=1.0, max_new_tokens=6, seed=1)
    assert all(step.allowed is None for step in free)


def test_score_steps__is_a_distribution_over_the_legal_steps(sampler):
    """Summed over every legal step, the constrained step probabilities make exactly 1."""
    rule = LegalSteps(sampler.tokenizer, LEGAL, end_id=sampler.eos_id)
    prompt = sampler.encode_prompt("Numbers: 3 5. Target: 8.", {})
    responses = [
        (*sampler.tokenizer(step, add_special_tokens=False)["input_ids"], sampler.eos_id)
        for step in LEGAL
    ]
    allowed = [tuple(rule.allowed(r[:k]) for k in range(len(r))) for r in responses]
    batch = layout([prompt] * len(LEGAL), responses, sampler.pad_id, allowed)
    with torch.no_grad():
        for temperature in (1.0, 0.7):
            log_probs = score_steps(sampler.model, batch, temperature)[0]
            total = sum(math.exp(float(row.sum())) for row in log_probs)
            assert total == pytest.approx(1.0, abs=1e-5)
        free = score_steps(sampler.model, layout([prompt] * len(LEGAL), responses, 0))[0]
    assert sum(math.exp(float(row.sum())) for row in free) < 0.5  # unconstrained: far from 1


def test_collect_episodes__legal_only_plays_no_rejected_step(sampler):
    envs = [gym.make("MetaCoT/Countdown-v0", num_numbers=3, view="text") for _ in range(4)]
    episodes = collect_episodes(
        envs,
        sampler,
        seeds=[0, 0, 1, 1],
        groups=[0, 0, 1, 1],
        temperature=1.0,
        max_new_tokens=4,
        sample_seed=0,
        legal_only=True,
    )
    assert all(e.rejected == 0 for e in episodes)
    assert all(t.allowed is not None for e in episodes for t in e.transitions)
    assert all(e.terminated or e.truncated for e in episodes)
