"""Every registered env, in every mode, survives hostile action strings without executing them."""

from __future__ import annotations

import zlib

import pytest

import metacot_envs  # noqa: F401  (registers the ids)
from metacot_envs.core.env import ReasoningEnv
from metacot_envs.registry import registered_specs
from metacot_envs.testing import deadline, hostile_actions, make_raw

SPECS = registered_specs()


@pytest.mark.parametrize("search", [False, True], ids=["plain", "search"])
@pytest.mark.parametrize("spec", SPECS, ids=[s.id for s in SPECS])
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
