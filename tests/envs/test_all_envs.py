"""Registry-wide API tests: every registered id, in every view it offers."""

from __future__ import annotations

import gymnasium as gym
import pytest

import metacot_envs  # noqa: F401  (registers the ids)
from metacot_envs.core.env import ReasoningEnv
from metacot_envs.registry import registered_specs
from metacot_envs.testing import check_reasoning_env, check_render_mode, make_raw, registered_views

SPECS = registered_specs()
SPEC_IDS = [s.id for s in SPECS]
VIEWS = registered_views()
IDS = [f"{spec.id}[{view}]" for spec, view in VIEWS]
RENDERS = [
    (spec, view, mode) for spec, view in VIEWS for mode in make_raw(spec).metadata["render_modes"]
]


@pytest.mark.parametrize(("spec", "view"), VIEWS, ids=IDS)
def test_env__passes_check_env_replay_and_determinism(spec, view):
    check_reasoning_env(make_raw(spec, view))


@pytest.mark.parametrize("spec", SPECS, ids=SPEC_IDS)
def test_search_mode__passes_check_env_replay_and_determinism(spec):
    check_reasoning_env(make_raw(spec, search=True))


@pytest.mark.parametrize(
    ("spec", "view", "mode"), RENDERS, ids=[f"{s.id}[{v}]-{m}" for s, v, m in RENDERS]
)
def test_render__every_declared_mode_in_every_view(spec, view, mode):
    check_render_mode(make_raw(spec, view, render_mode=mode))


@pytest.mark.parametrize("spec", SPECS, ids=SPEC_IDS)
def test_views__are_the_ones_the_task_offers(spec):
    base = make_raw(spec)
    assert isinstance(base, ReasoningEnv)
    offers_discrete = base.task.discrete_codec() is not None
    assert offers_discrete == ("discrete" in spec.views)
    assert spec.views[0] == "text"


@pytest.mark.parametrize("spec", SPECS, ids=SPEC_IDS)
def test_make__works_with_and_without_module_prefix(spec):
    for env_id in (spec.id, f"metacot_envs:{spec.id}"):
        env = gym.make(env_id)
        obs, info = env.reset(seed=3)
        assert isinstance(obs, str) and obs
        assert {"step_text", "legal_steps", "reward_components", "solved", "trace"} <= set(info)


@pytest.mark.parametrize("spec", SPECS, ids=SPEC_IDS)
def test_render_ansi__shows_state_and_steps(spec):
    env = make_raw(spec, render_mode="ansi")
    env.reset(seed=0)
    legal = env.unwrapped.legal_steps()
    first = legal[0] if legal else "Let me think step by step."
    _, _, _, _, info = env.step(first)
    assert "error" not in info
    text = env.render()
    assert "Steps so far" in text and info["step_text"] in text


@pytest.mark.parametrize("spec", SPECS, ids=SPEC_IDS)
def test_invalid_penalty__is_paid_and_explained(spec):
    env = make_raw(spec, invalid_penalty=0.25)
    env.reset(seed=0)
    _, reward, terminated, truncated, info = env.step("   ")  # no task takes a blank step
    assert reward == -0.25 and not terminated and not truncated
    assert info["reward_components"]["invalid"] == -0.25 and info["error"]


@pytest.mark.parametrize("spec", SPECS, ids=SPEC_IDS)
def test_max_steps__truncates(spec):
    env = make_raw(spec, max_steps=3)
    env.reset(seed=0)
    flags = [env.step("junk")[3] for _ in range(3)]
    assert flags == [False, False, True]
