"""Registry-wide API tests: every registered id, in every view it offers."""

from __future__ import annotations

import zlib

import gymnasium as gym
import pytest

import metacot_envs  # noqa: F401  (registers the ids)
from metacot_envs.core.env import ReasoningEnv
from metacot_envs.registry import ENV_SPECS
from metacot_envs.testing import (
    check_reasoning_env,
    deadline,
    hostile_actions,
    make_raw,
    registered_views,
)

VIEWS = registered_views()
IDS = [f"{spec.id}[{view}]" for spec, view in VIEWS]


@pytest.mark.parametrize(("spec", "view"), VIEWS, ids=IDS)
def test_env__passes_check_env_replay_and_determinism(spec, view):
    check_reasoning_env(make_raw(spec, view))


@pytest.mark.parametrize("spec", ENV_SPECS, ids=[s.id for s in ENV_SPECS])
def test_search_mode__passes_check_env_replay_and_determinism(spec):
    check_reasoning_env(make_raw(spec, search=True))


@pytest.mark.parametrize("spec", ENV_SPECS, ids=[s.id for s in ENV_SPECS])
def test_make__works_with_and_without_module_prefix(spec):
    for env_id in (spec.id, f"metacot_envs:{spec.id}"):
        env = gym.make(env_id)
        obs, info = env.reset(seed=3)
        assert isinstance(obs, str) and obs
        assert {"step_text", "legal_steps", "reward_components", "solved", "trace"} <= set(info)


@pytest.mark.parametrize("spec", ENV_SPECS, ids=[s.id for s in ENV_SPECS])
def test_render_ansi__shows_state_and_steps(spec):
    env = make_raw(spec, render_mode="ansi")
    env.reset(seed=0)
    legal = env.unwrapped.legal_steps()
    first = legal[0] if legal else "Let me think step by step."
    _, _, _, _, info = env.step(first)
    assert "error" not in info
    text = env.render()
    assert "Steps so far" in text and info["step_text"] in text


@pytest.mark.parametrize("search", [False, True], ids=["plain", "search"])
@pytest.mark.parametrize("spec", ENV_SPECS, ids=[s.id for s in ENV_SPECS])
def test_step__survives_10000_hostile_actions(spec, search):
    env = make_raw(spec, search=search, max_steps=10**9)
    assert isinstance(env, ReasoningEnv)
    env.reset(seed=1)
    legal = list(env.legal_steps() or []) or ["1+1"]
    rejected = 0
    for action in hostile_actions(10_000, seed=zlib.crc32(spec.id.encode()) % 1000, legal=legal):
        before = env.state
        with deadline(5.0):
            _, reward, terminated, truncated, info = env.step(action)
        if "error" in info:
            rejected += 1
            assert env.state == before, f"rejected action {action[:40]!r} changed the state"
            assert isinstance(info["error"], str) and info["error"]
            assert reward == 0.0
        if terminated or truncated or (not search and env.task.is_terminal(env.state)):
            env.reset(seed=int(rejected))
    # A free-text task (steps not enumerable, e.g. math reasoning) accepts most junk as a
    # useless but legal step: there the invariants above are the contract.
    assert rejected > (9_000 if env.legal_steps() is not None else 5_000)


@pytest.mark.parametrize("spec", ENV_SPECS, ids=[s.id for s in ENV_SPECS])
def test_invalid_penalty__is_paid_and_explained(spec):
    env = make_raw(spec, invalid_penalty=0.25)
    env.reset(seed=0)
    _, reward, terminated, truncated, info = env.step("   ")  # no task takes a blank step
    assert reward == -0.25 and not terminated and not truncated
    assert info["reward_components"]["invalid"] == -0.25 and info["error"]


@pytest.mark.parametrize("spec", ENV_SPECS, ids=[s.id for s in ENV_SPECS])
def test_max_steps__truncates(spec):
    env = make_raw(spec, max_steps=3)
    env.reset(seed=0)
    flags = [env.step("junk")[3] for _ in range(3)]
    assert flags == [False, False, True]
