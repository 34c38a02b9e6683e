"""Every external search agent with SmolLM2-135M proposing steps: full episodes of Countdown and Math.

Short budgets (the model is slow on CPU); the test checks that episodes run end to end with
honest accounting and no error escaping, not that the model is any good.
"""

import gymnasium as gym
import pytest

import metacot_envs  # noqa: F401
from agents.episode import play_episode
from agents.search import (
    BeamSearchPolicy,
    BestFirstPolicy,
    BestOfNPolicy,
    LLMSteps,
    MCTSPolicy,
    PRMStepScorer,
)
from metacot_envs.prms import MathClaimPRM, SolverPRM

pytestmark = pytest.mark.llm

ENVS = {
    "countdown-4": ("MetaCoT/Countdown-v0", {"num_numbers": 4}, SolverPRM(graded=True)),
    "math-procedural": ("MetaCoT/Math-v0", {"level": 1}, MathClaimPRM()),
}


@pytest.fixture(scope="module")
def proposals():
    from agents.backends import TransformersBackend

    return LLMSteps(TransformersBackend(), default_k=2, max_new_tokens=16)


def make(kind, proposals, prm):
    value = PRMStepScorer(prm)
    if kind == "best-of-n":
        return BestOfNPolicy(proposals, value, n=2, selection="outcome", max_depth=2)
    if kind == "beam":
        return BeamSearchPolicy(value, proposals, width=1, expand=2, max_depth=2)
    if kind == "best-first":
        return BestFirstPolicy(value, proposals, expand=2, node_budget=2)
    return MCTSPolicy(value, proposals, expand=2, simulations=2, max_depth=2)


@pytest.mark.parametrize("kind", ["best-of-n", "beam", "best-first", "mcts"])
@pytest.mark.parametrize("family", list(ENVS))
def test_search_agent__with_smollm2_proposals_plays_full_episodes(family, kind, proposals):
    env_id, kwargs, prm = ENVS[family]
    agent = make(kind, proposals, prm)
    env = gym.make(env_id, **kwargs, search=True, max_steps=200)
    record = play_episode(env, agent, seed=0)
    assert record.solved or record.gave_up  # the agent's own budget ends it, not the env's
    assert record.compute.tokens_generated > 0 and record.compute.steps_proposed >= 2
    assert not record.rejected  # proposals are checked before they are played
    played = [a for a in record.actions if not a.startswith("backtrack")]
    assert len(played) == sum(" -> node " in line for line in record.meta_cot)
