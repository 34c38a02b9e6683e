import gymnasium as gym
import numpy as np
import pytest

from metacot_envs.core.env import ReasoningEnv
from metacot_envs.prms import SolverPRM
from metacot_envs.tasks.countdown import (
    CountdownConfig,
    Game24Config,
)
from metacot_envs.wrappers import DiscreteView, PRMShaping


def rollout(env, rng, max_len=50):
    """Random legal-or-not play; returns shaped rewards, task rewards and whether it terminated."""
    env.reset(seed=int(rng.integers(10**6)))
    phi0 = env.potential
    shaped, task, terminated = [], [], False
    for _ in range(max_len):
        legal = env.unwrapped.legal_steps() or ["junk"]
        action = legal[int(rng.integers(len(legal)))] if rng.random() < 0.9 else "not a step"
        _, reward, terminated, truncated, info = env.step(action)
        shaped.append(reward)
        task.append(
            sum(v for k, v in info["reward_components"].items() if k not in ("shaping", "prm"))
        )
        if terminated or truncated:
            break
    return np.array(shaped), np.array(task), terminated, phi0, env.potential


@pytest.mark.parametrize("graded", [False, True], ids=["binary", "graded"])
@pytest.mark.parametrize("gamma", [1.0, 0.9])
def test_potential_shaping__telescopes_to_minus_phi0(gamma, graded):
    rng = np.random.default_rng(1)
    for make_task in (
        lambda: Game24Config().build_task(),
        lambda: CountdownConfig(num_numbers=4).build_task(),
    ):
        env = PRMShaping(
            ReasoningEnv(make_task(), max_steps=12), SolverPRM(graded=graded), gamma=gamma
        )
        terminated_seen = 0
        for _ in range(25):
            shaped, task, terminated, phi0, phi_last = rollout(env, rng)
            discounts = gamma ** np.arange(len(shaped))
            difference = float(discounts @ shaped - discounts @ task)
            last = 0.0 if terminated else phi_last
            assert difference == pytest.approx(gamma ** len(shaped) * last - phi0, abs=1e-9)
            if terminated:
                terminated_seen += 1
                if gamma == 1.0:
                    assert difference == pytest.approx(-phi0, abs=1e-9)
        assert terminated_seen > 0


def test_oracle_prm__scores_reachable_states_higher():
    task = Game24Config().build_task()
    prm = SolverPRM(graded=True)
    start = task.initial_state(task.as_problem(((4, 9, 10, 13), 24)))
    good = task.apply(start, task.parse_step(start, "13-9=4"))
    bad = task.apply(start, task.parse_step(start, "13*10=130"))
    scores = prm.score(task, [start, good, bad])
    assert scores[2] == 0.0 and 0.5 <= scores[0] <= 1.0 and 0.5 <= scores[1] <= 1.0
    assert SolverPRM().score(task, [good, bad]) == [1.0, 0.0]


def test_raw_mode__adds_the_prm_score_and_reports_components():
    env = PRMShaping(
        DiscreteView(ReasoningEnv(Game24Config().build_task())), SolverPRM(), mode="raw"
    )
    env.reset(seed=0)
    action = int(np.flatnonzero(env.env.action_masks())[0])
    _, reward, _, _, info = env.step(action)
    assert reward == pytest.approx(
        info["reward_components"]["task"] + info["reward_components"]["prm"]
    )


def test_shaped_env__is_rebuilt_from_its_spec():
    shaped = PRMShaping(gym.make("MetaCoT/Game24-v0"), SolverPRM(graded=True), gamma=0.9)
    rebuilt = gym.make(shaped.spec)
    assert isinstance(rebuilt, PRMShaping) and rebuilt.gamma == 0.9
    assert isinstance(rebuilt.prm, SolverPRM) and rebuilt.prm.graded  # the spec holds a copy
    first, second = shaped.reset(seed=2), rebuilt.reset(seed=2)
    assert first[0] == second[0]
    legal = list(first[1]["legal_steps"])[0]
    assert shaped.step(legal)[1] == rebuilt.step(legal)[1]
