"""Proposal and value sources: what they return and what they count."""

import gymnasium as gym
import numpy as np
import pytest

import metacot_envs  # noqa: F401
from agents.backends import TransformersBackend
from agents.policies import Compute
from agents.search import (
    LegalSteps,
    LLMSteps,
    NoisySolverSteps,
    NoisyValue,
    PRMStepScorer,
    TerminalVerifier,
)
from metacot_envs.core import as_searchable
from metacot_envs.models import tiny_random_causal_lm
from metacot_envs.prms import SolverPRM

PUZZLE = {"numbers": [4, 9, 10, 13], "target": 24}


def game24():
    env = gym.make("MetaCoT/Game24-v0", search=True)
    env.reset(options={"problem": PUZZLE})
    search = as_searchable(env)
    return search, search.get_state()


def test_legal_steps__all_in_env_order_or_k_distinct_at_random():
    env, root = game24()
    compute = Compute()
    every = LegalSteps().propose(env, root, None, np.random.default_rng(0), compute)
    assert [t for t, _ in every] == env.legal_steps() and compute.steps_proposed == len(every)
    some = LegalSteps().propose(env, root, 3, np.random.default_rng(0), compute)
    assert len({t for t, _ in some}) == 3 and set(some) <= set(every)
    assert compute.steps_proposed == len(every) + 3


def test_legal_steps__filters_before_drawing_and_refuses_free_text_envs():
    env, root = game24()
    keep = LegalSteps().propose(
        env, root, 2, np.random.default_rng(0), Compute(), allow=lambda c: "13" in c.trace[-1]
    )
    assert len(keep) == 2 and all("13" in t for t, _ in keep)
    math = gym.make("MetaCoT/Math-v0", level=1, search=True)
    math.reset(seed=0)
    search = as_searchable(math)
    with pytest.raises(ValueError, match="LLMSteps"):
        LegalSteps().propose(search, search.get_state(), 1, np.random.default_rng(0), Compute())


def test_noisy_solver__proposes_the_solver_step_when_accurate_and_random_steps_otherwise():
    env, root = game24()
    expert = env.solution(root)[0]
    sure = NoisySolverSteps(accuracy=1.0).propose(env, root, 3, np.random.default_rng(0), Compute())
    assert sure[0][0] == expert and len({t for t, _ in sure}) == 3
    draws = [
        NoisySolverSteps(accuracy=0.0).propose(env, root, 1, np.random.default_rng(s), Compute())[
            0
        ][0]
        for s in range(20)
    ]
    assert len(set(draws)) > 5


def test_llm_steps__drops_rejected_samples_but_counts_them_and_their_tokens():
    tokenizer, model = tiny_random_causal_lm(seed=0)
    backend = TransformersBackend(tokenizer_object=tokenizer, model_object=model, chat=False)
    env, root = game24()
    compute = Compute()
    found = LLMSteps(backend, max_new_tokens=8).propose(
        env, root, 4, np.random.default_rng(0), compute
    )
    assert compute.steps_proposed == 4 and compute.tokens_generated > 0
    assert all(text in env.legal_steps() for text, _ in found)  # random text is rarely a step


class CountingBackend(TransformersBackend):
    """A real (tiny, random) transformers backend that counts its ``generate`` calls."""

    calls = 0

    def generate(self, prompts, *args, **kwargs):
        self.calls += 1
        return super().generate(prompts, *args, **kwargs)


def test_llm_steps__proposes_at_many_snapshots_with_one_generation_call():
    tokenizer, model = tiny_random_causal_lm(seed=0)
    backend = CountingBackend(tokenizer_object=tokenizer, model_object=model, chat=False)
    env, root = game24()
    child = env.child("13-9=4", root)
    end = env.child("6*4=24", env.child("10-4=6", child))
    compute = Compute()
    found = LLMSteps(backend, max_new_tokens=8).propose_many(
        env, [root, child, end], 3, np.random.default_rng(0), compute, [None, lambda c: False, None]
    )
    assert backend.calls == 1 and len(found) == 3
    assert found[1] == [] and found[2] == []  # all filtered out; a finished state gets no prompt
    assert compute.steps_proposed == 6 and compute.tokens_generated > 0
    assert all(text in env.legal_steps() for text, _ in found[0])


def test_noisy_value__is_fixed_per_state_clipped_and_exact_without_noise():
    env, root = game24()
    children = env.successors(root)
    clean = PRMStepScorer(SolverPRM(graded=True))
    noisy = NoisyValue(clean, sigma=0.3, seed=1)
    first = noisy.score_steps(env, root, children, Compute())
    again = noisy.score_steps(env, root, list(reversed(children)), Compute())
    assert first == list(reversed(again)) and all(0.0 <= v <= 1.0 for v in first)
    assert first != clean.score_steps(env, root, children, Compute())
    assert NoisyValue(clean, sigma=0.0).score_steps(
        env, root, children, Compute()
    ) == clean.score_steps(env, root, children, Compute())


def test_terminal_verifier__knows_only_finished_states():
    env, root = game24()
    node = env.child("10-4=6", env.child("13-9=4", root))
    candidates = [(t, c) for t, c in env.successors(node) if t in ("6*4=24", "6+4=10")]
    compute = Compute()
    scores = TerminalVerifier().score_steps(env, node, candidates, compute)
    assert dict(zip([t for t, _ in candidates], scores, strict=True)) == {
        "6*4=24": 1.0,
        "6+4=10": 0.0,
    }
    assert TerminalVerifier().score_steps(env, root, env.successors(root)[:1], compute) == [0.5]
    assert compute.steps_scored == 3 and compute.prm_calls == 0
