"""MetaEpisode: k trials of one problem, registry-wide checks and the RL² / E-RL² reward rules."""

from __future__ import annotations

import pickle
import warnings

import gymnasium as gym
import numpy as np
import pytest
from gymnasium.utils.env_checker import check_env

import metacot_envs  # noqa: F401
from metacot_envs.registry import registered_specs
from metacot_envs.testing import registered_views
from metacot_envs.testing.compare import same
from metacot_envs.wrappers import MetaEpisode

VIEWS = registered_views()
IDS = [f"{spec.id}[{view}]" for spec, view in VIEWS]
SMALL = {
    "MetaCoT/Maze-v0": {"width": 5, "height": 5, "max_steps": 6},
    "MetaCoT/Countdown-v0": {"num_numbers": 3, "number_max": 10, "target_max": 30},
    "MetaCoT/Math-v0": {"level": 1, "max_steps": 3},
}


def make(spec, view, **kwargs):
    return spec.make(view=view, trials=3, **SMALL.get(spec.id, {}), **kwargs)


def random_action(env, info, rng):
    if isinstance(env.action_space, gym.spaces.Discrete):
        legal = np.flatnonzero(env.get_wrapper_attr("action_masks")())
        if len(legal) and rng.random() < 0.8:
            return int(rng.choice(legal))
        return int(rng.integers(env.action_space.n))
    texts = list(info.get("legal_steps") or [])
    if texts and rng.random() < 0.7:
        return texts[int(rng.integers(len(texts)))]
    return ["junk", "The answer is \\boxed{1}", ""][int(rng.integers(3))]


def rollout(env, seed, steps=80):
    rng = np.random.default_rng(seed)
    obs, info = env.reset(seed=seed)
    out = [obs, info]
    for _ in range(steps):
        obs, reward, terminated, truncated, info = env.step(random_action(env, info, rng))
        out.append((obs, reward, terminated, truncated, info))
        if terminated or truncated:
            out.append(env.reset())
    return out


def play_meta_episode(env, seed, choose=random_action):
    """Rewards, infos and flags of one whole meta-episode."""
    rng = np.random.default_rng(seed)
    obs, info = env.reset(seed=seed)
    steps = []
    done = False
    while not done:
        obs, reward, terminated, truncated, info = env.step(choose(env, info, rng))
        steps.append((obs, reward, terminated, truncated, info))
        done = terminated or truncated
    return steps


@pytest.mark.parametrize(("spec", "view"), VIEWS, ids=IDS)
def test_meta_episode__passes_check_env_and_is_deterministic(spec, view):
    env = make(spec, view)
    assert isinstance(env, MetaEpisode)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*different from the unwrapped version.*")
        check_env(env, skip_render_check=True)
    first, second = rollout(env, seed=3), rollout(env, seed=3)
    for index, (one, two) in enumerate(zip(first, second, strict=True)):
        assert same(one, two), f"rollout step {index} differs"
    clone = pickle.loads(pickle.dumps(env))
    assert same(rollout(clone, seed=3), first), "a pickled copy does not reproduce the rollout"


@pytest.mark.parametrize(("spec", "view"), VIEWS, ids=IDS)
def test_meta_episode__repeats_one_problem_for_k_trials(spec, view):
    env = make(spec, view)
    env.reset(seed=5)
    problem = env.unwrapped.problem
    rng = np.random.default_rng(0)
    info: dict = {}
    boundaries = 0
    done = False
    while not done:
        _, _, terminated, truncated, info = env.step(random_action(env, info, rng))
        done = terminated or truncated
        if "trial_end" in info:
            boundaries += 1
            assert not (terminated or truncated), "a trial boundary must not end the episode"
            assert env.unwrapped.problem == problem
            assert info["trial"] == boundaries and info["steps"] == 0
    assert boundaries == 2 and info["trial"] == 2


@pytest.mark.parametrize("mode", ["final", "all"])
def test_trial_reward__final_pays_only_the_last_trial_and_all_pays_each(mode):
    env = gym.make("MetaCoT/Countdown-v0", num_numbers=3, trials=3, trial_reward=mode)

    def solve(env, info, rng):  # the oracle's step: every trial is solved
        return as_searchable_solution(env)

    steps = play_meta_episode(env, seed=0, choose=solve)
    paid = [reward for _, reward, _, _, _ in steps]
    ends = [i for i, (*_, info) in enumerate(steps) if "trial_end" in info]
    assert len(ends) == 2 and all(steps[i][4]["trial_end"]["solved"] for i in ends)
    if mode == "all":
        assert sum(paid) == 3.0
    else:
        assert sum(paid) == 1.0 and paid[-1] == 1.0
        for i in ends:
            assert steps[i][4]["reward_components"]["withheld"] == 1.0
            assert steps[i][4]["reward_components"]["task"] == 0.0
    assert steps[-1][4]["solved"] and steps[-1][2]  # final trial solved, terminated


def as_searchable_solution(env):
    from metacot_envs.core import as_searchable

    return as_searchable(env).solution()[0]


def test_discrete_observation__carries_previous_action_reward_and_boundary_flag():
    env = gym.make(
        "MetaCoT/Maze-v0", view="discrete", width=5, height=5, max_steps=2, invalid_penalty=0.5
    )
    inner_size = int(np.prod(env.observation_space.shape))
    meta = gym.make(
        "MetaCoT/Maze-v0",
        view="discrete",
        width=5,
        height=5,
        max_steps=2,
        invalid_penalty=0.5,
        trials=2,
    )
    assert meta.observation_space.shape == (inner_size + 4 + 2,)
    obs, _ = meta.reset(seed=1)
    assert obs.dtype == np.float32 and meta.observation_space.contains(obs)
    assert not obs[inner_size : inner_size + 4].any() and obs[-2] == 0.0 and obs[-1] == 1.0
    mask = meta.get_wrapper_attr("action_masks")()
    blocked = int(np.flatnonzero(~mask)[0]) if (~mask).any() else None
    action = blocked if blocked is not None else int(np.flatnonzero(mask)[0])
    obs, reward, _, _, info = meta.step(action)
    assert obs[inner_size + action] == 1.0 and obs[inner_size : inner_size + 4].sum() == 1.0
    seen = info["reward_components"]["withheld"]  # trial 1 of 2 does not pay (E-RL²) ...
    assert reward == 0.0 and obs[-2] == pytest.approx(seen) and obs[-1] == 0.0  # ... but is seen
    assert seen == (-0.5 if blocked is not None else 0.0)
    obs, _, terminated, truncated, info = meta.step(action)  # max_steps=2: the first trial ends
    assert "trial_end" in info and not (terminated or truncated)
    assert obs[-1] == 1.0, "the first observation of a new trial carries the boundary flag"
    first_obs, _ = env.reset(seed=1)
    assert np.array_equal(obs[:inner_size], first_obs.ravel()), "trial 2 starts where trial 1 did"


def test_text_view__prompt_holds_the_earlier_trials():
    env = gym.make("MetaCoT/Countdown-v0", num_numbers=3, max_steps=1, trials=3)
    obs, info = env.reset(seed=2)
    assert obs.startswith("Trial 1 of 3")
    step = info["legal_steps"][0]
    obs, _, _, _, info = env.step(step)
    assert obs.startswith("Trial 2 of 3") and f"Trial 1: {step} (not solved, reward 0)" in obs
    assert step in info["legal_steps"], "the legal steps are those of the new trial's start"
    assert env.observation_space.contains(obs)


def test_gym_make_spec__rebuilds_the_meta_episode():
    env = gym.make("MetaCoT/Maze-v0", view="discrete", width=5, height=5, trials=3)
    rebuilt = gym.make(env.spec)
    assert isinstance(rebuilt.unwrapped, type(env.unwrapped))
    assert rebuilt.observation_space == env.observation_space
    a, _ = env.reset(seed=4)
    b, _ = rebuilt.reset(seed=4)
    assert np.array_equal(a, b)
    direct = MetaEpisode(
        gym.make("MetaCoT/Countdown-v0", num_numbers=3).unwrapped, trials=2, reward="all"
    )
    assert direct.spec is not None and direct.spec.additional_wrappers[-1].kwargs == {
        "trials": 2,
        "reward": "all",
        "reward_bound": 10.0,
    }


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"trials": 0}, "option 'trials': must lie in"),
        ({"trials": 2.5}, "option 'trials': must be"),
        ({"trials": 2, "trial_reward": "last"}, "option 'trial_reward': must be one of"),
    ],
)
def test_bad_trial_options__are_refused_by_name(kwargs, message):
    with pytest.raises(ValueError, match=message):
        gym.make("MetaCoT/Countdown-v0", **kwargs)


def test_vector_maze__refuses_trials():
    with pytest.raises(ValueError, match="no meta-episodes"):
        gym.make_vec(
            "MetaCoT/Maze-v0", num_envs=2, vectorization_mode="vector_entry_point", trials=3
        )


def test_every_registered_spec__accepts_the_trials_option():
    for spec in registered_specs():
        env = spec.make(trials=2)
        assert isinstance(env, MetaEpisode)
        env.reset(seed=0)


def test_readme_meta_episode_example__runs_as_written():
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    block = re.search(r"### Meta-episodes.*?```python\n(.*?)```", readme, re.S).group(1)
    namespace: dict = {"gym": gym}
    exec(compile(block, "README-meta-episode-example", "exec"), namespace)  # noqa: S102  (ours)
    env = namespace["env"]
    assert env.get_wrapper_attr("reward_mode") == "all"
    assert env.reset(seed=0)[0].startswith("Trial 1 of 3")
