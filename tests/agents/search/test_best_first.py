"""Best-first search agent: search-mode play, backtracking, scorers (PRM, tiny LM, SmolLM2)."""

import gymnasium as gym
import pytest

import metacot_envs  # noqa: F401
from agents.backends import TransformersBackend
from agents.evaluate import evaluate
from agents.policies import GIVE_UP, BestFirstPolicy, LMStepScorer, PRMStepScorer
from agents.registry import AGENTS
from metacot_envs.models import tiny_random_causal_lm
from metacot_envs.prms import SolverPRM
from metacot_envs.tasks.countdown import CountdownProblem

PUZZLE = CountdownProblem((4, 9, 10, 13), 24)


class TrapAtRoot:
    """The solver PRM, except that at the root it most prefers a step with no solution."""

    name = "trap-at-root"

    def __init__(self) -> None:
        self.prm = PRMStepScorer(SolverPRM())

    def score_steps(self, env, at, candidates, compute):
        scores = self.prm.score_steps(env, at, candidates, compute)
        if at.node_id == 0:
            trap = scores.index(0.0)
            scores[trap] = 2.0
        return scores

    def config(self):
        return {"value": self.name}


def play(env, policy, problem=PUZZLE):
    """Play one episode by hand (not play_episode) to check each action as it goes."""
    observation, info = env.reset(options={"problem": problem})
    policy.reset(env, 0)
    while True:
        action = policy.act(observation, info)
        if action is GIVE_UP:  # the tree is exhausted
            return None, info
        observation, reward, terminated, truncated, info = env.step(action)
        assert "error" not in info, info["error"]
        if terminated or truncated:
            return reward, info


def test_best_first__backs_out_of_a_trap_and_leaves_the_search_in_the_meta_cot():
    env = gym.make("MetaCoT/Game24-v0", search=True)
    reward, info = play(env, BestFirstPolicy(TrapAtRoot()))
    assert reward == 1.0 and info["solved"]
    meta_cot = list(info["meta_cot"])
    assert meta_cot[1].startswith("node 0 -> node 1: ")  # the trap first
    assert "backtrack to node 0 | best open step, score 1" in meta_cot
    assert meta_cot[-1].endswith(": solved")
    trap_step = meta_cot[1].split(": ")[1].split(" | ")[0]
    assert trap_step not in info["trace"] and len(info["trace"]) == 3
    replay = gym.make("MetaCoT/Game24-v0")
    replay.reset(options={"problem": PUZZLE})
    for step in info["trace"]:
        _, reward, *_ = replay.step(step)
    assert reward == 1.0


def test_solver_prm_best_first__solves_every_episode_through_the_cli_factory():
    policy = AGENTS["solver-prm-best-first"]()
    row = evaluate("MetaCoT/Countdown-v0", policy, episodes=4, seed=0)
    assert row.success_rate == 1.0 and row.invalid_step_rate == 0.0
    assert row.env_kwargs == {"search": True}  # the runner adds what the agent needs
    assert row.prm_calls == row.steps_scored > 0


def test_best_first__refuses_an_env_outside_search_mode():
    with pytest.raises(ValueError, match="search mode"):
        BestFirstPolicy(PRMStepScorer(SolverPRM())).reset(gym.make("MetaCoT/Game24-v0"), 0)


def test_lm_scorer__drives_a_cumulative_search_with_a_tiny_real_model():
    tokenizer, model = tiny_random_causal_lm(seed=0)
    backend = TransformersBackend(tokenizer_object=tokenizer, model_object=model, chat=False)
    policy = BestFirstPolicy(LMStepScorer(backend), cumulative=True)
    env = gym.make("MetaCoT/Game24-v0", search=True, max_steps=40)
    reward, info = play(env, policy)
    assert policy.compute.steps_scored > 0 and info["steps"] <= 40
    # solved, or spent the whole budget, or exhausted the tree (gave up)
    assert reward in (1.0, None) or info["steps"] == 40


@pytest.mark.llm
def test_smollm2_best_first__searches_game24_without_invalid_actions():
    policy = AGENTS["smollm2-best-first"]()
    env = gym.make("MetaCoT/Game24-v0", search=True, max_steps=12)
    reward, info = play(env, policy)
    assert policy.compute.steps_scored > 0 and (reward == 1.0 or info["steps"] == 12)


class NaNScores:
    """A broken scorer: NaN for every step but the last."""

    name = "nan"

    def score_steps(self, env, at, candidates, compute):
        return [float("nan")] * (len(candidates) - 1) + [0.0]

    def config(self):
        return {"value": self.name}


def test_best_first__ranks_non_finite_scores_last_instead_of_breaking():
    env = gym.make("MetaCoT/Game24-v0", search=True, max_steps=6)
    observation, info = env.reset(options={"problem": PUZZLE})
    policy = BestFirstPolicy(NaNScores())
    policy.reset(env, 0)
    assert policy.act(observation, info) == list(info["legal_steps"])[-1]
