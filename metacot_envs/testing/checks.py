"""The contract check every env's tests call, and the registry the registry-wide tests cover.

:func:`check_reasoning_env` checks one env instance; :func:`check_registered_env` checks a
registry row in every view, in search mode and in every render mode it declares.
"""

from __future__ import annotations

import pickle
import warnings
from typing import Any, SupportsFloat

import gymnasium as gym
import numpy as np
from gymnasium.utils.env_checker import check_env

from metacot_envs.core.env import ReasoningEnv
from metacot_envs.core.task import StepError
from metacot_envs.registry import EnvSpec, registered_specs
from metacot_envs.testing.codec_checks import check_discrete_codec, replay_solver_through_codec
from metacot_envs.testing.compare import same


def make_raw(spec: EnvSpec, view: str = "text", **kwargs: Any) -> gym.Env[Any, Any]:
    """Build a registered env without Gymnasium's outer checker wrappers."""
    return spec.make(view=view, **kwargs)


def registered_views() -> list[tuple[EnvSpec, str]]:
    """Every (spec, view) pair of the registry (plugins included), for test parametrization."""
    return [(spec, view) for spec in registered_specs() for view in spec.views]


def check_registered_env(spec: EnvSpec, seed: int = 0) -> None:
    """:func:`check_reasoning_env` on every view and in search mode, and every render mode."""
    for view in spec.views:
        check_reasoning_env(make_raw(spec, view), seed)
    check_reasoning_env(make_raw(spec, search=True), seed)
    declared = set(make_raw(spec).metadata["render_modes"])
    for view in spec.views:
        for mode in sorted(declared):
            check_render_mode(make_raw(spec, view, render_mode=mode), seed)
    base = make_raw(spec).unwrapped
    assert isinstance(base, ReasoningEnv)
    has_codec = base.task.discrete_codec() is not None
    assert has_codec == ("discrete" in spec.views), (
        f"{spec.id}: views {spec.views} disagree with the task's discrete codec"
    )


def check_reasoning_env(env: gym.Env[Any, Any], seed: int = 0, rollout_steps: int = 60) -> None:
    """The env contract, for a raw env (a ReasoningEnv or one view wrapper around it).

    Gymnasium's ``check_env``; same seed, same problem; a pickled copy reproduces the
    episode; a rollout of ``rollout_steps`` random actions is deterministic (obs,
    reward, flags and info); the SearchableEnv methods agree with the env's own
    steps; the solver's plan replays to reward 1.0 (through the discrete codec in
    the discrete view, whose masks and decoding are checked along random episodes).
    """
    with warnings.catch_warnings():
        # views are wrappers by design; the checker's "not unwrapped" advice does not apply
        warnings.filterwarnings("ignore", message=".*different from the unwrapped version.*")
        check_env(env, skip_render_check=True)
    base = env.unwrapped
    assert isinstance(base, ReasoningEnv)

    obs_a, _ = env.reset(seed=seed)
    state_a = base.state
    obs_b, _ = env.reset(seed=seed)
    assert base.state == state_a, "same seed gave a different problem"
    assert same(obs_a, obs_b)

    clone = pickle.loads(pickle.dumps(env))
    obs_c, _ = clone.reset(seed=seed)
    assert same(obs_a, obs_c), "a pickled copy does not reproduce the episode"

    first = _rollout(env, seed, rollout_steps)
    second = _rollout(env, seed, rollout_steps)
    for index, (one, two) in enumerate(zip(first, second, strict=True)):
        assert same(one, two), f"rollout step {index} differs between two runs with seed {seed}"

    check_searchable(base, seed)
    if hasattr(env, "codec"):
        check_discrete_codec(env, seed)
        replay_solver_through_codec(env, seed)
    else:
        _replay_solver_as_text(env, seed)


def check_render_mode(env: gym.Env[Any, Any], seed: int = 0) -> None:
    """``render()`` in the env's render mode returns what the mode promises, before and after a step."""
    mode = env.render_mode
    env.reset(seed=seed)
    for _ in range(2):
        frame = env.render()
        if mode == "ansi":
            assert isinstance(frame, str) and frame, "ansi rendering must return non-empty text"
        elif mode == "rgb_array":
            assert isinstance(frame, np.ndarray) and frame.dtype == np.uint8
            assert frame.ndim == 3 and frame.shape[2] == 3, f"rgb_array shape {frame.shape}"
        else:
            raise AssertionError(f"render mode {mode!r} has no check: add one here")
        env.step(env.action_space.sample() if hasattr(env, "codec") else "junk")


def check_searchable(base: ReasoningEnv, seed: int = 0) -> None:
    """The SearchableEnv methods agree with each other and with ``step``."""
    base.reset(seed=seed)
    start = base.get_state()
    legal = base.legal_steps()
    successors = base.successors()
    assert (legal is None) == (successors is None)
    if successors is not None and legal is not None:
        assert [text for text, _ in successors] == list(dict.fromkeys(legal))
        for text, child in successors[:8]:
            looked_up = base.child(text)
            assert not isinstance(looked_up, StepError), looked_up
            assert looked_up == child, f"child({text!r}) differs from its successor"
            _, _, _, _, info = base.step(text)
            assert "error" not in info and base.state == child.state
            base.set_state(start)
            assert base.get_state() == start
    assert isinstance(base.child("\x00 not a step \x00"), StepError)
    assert base.get_state() == start, "a rejected child lookup changed the episode"
    assert isinstance(base.observe(start), str) and base.observe(start) == base.observe()


def _rollout(env: gym.Env[Any, Any], seed: int, steps: int) -> list[Any]:
    """Observations, rewards, flags and infos of a seeded random rollout (resets included)."""
    rng = np.random.default_rng(seed)
    env.action_space.seed(seed)
    obs, info = env.reset(seed=seed)
    out: list[Any] = [obs, info]
    for _ in range(steps):
        action = _random_action(env, info, rng)
        obs, reward, terminated, truncated, info = env.step(action)
        out.append((obs, reward, terminated, truncated, info))
        if terminated or truncated:
            obs, info = env.reset()
            out.append((obs, info))
    return out


def _random_action(env: gym.Env[Any, Any], info: dict[str, Any], rng: np.random.Generator) -> Any:
    if hasattr(env, "action_masks"):
        legal = np.flatnonzero(env.action_masks())
        if len(legal) and rng.random() < 0.9:
            return int(rng.choice(legal))
        return int(rng.integers(env.action_space.n))  # type: ignore[attr-defined]
    texts = list(info.get("legal_steps") or [])
    if texts and rng.random() < 0.8:
        return texts[int(rng.integers(len(texts)))]
    return ["junk", "1+1", "Let me think.", "backtrack 0", ""][int(rng.integers(5))]


def _replay_solver_as_text(env: gym.Env[Any, Any], seed: int) -> None:
    base = env.unwrapped
    assert isinstance(base, ReasoningEnv)
    env.reset(seed=seed)
    try:
        plan = base.solution()
    except NotImplementedError:
        return
    assert plan is not None, "the generator produced an unsolvable problem"
    reward: SupportsFloat = 0.0
    terminated = False
    info: dict[str, Any] = {}
    for text in plan:
        _, reward, terminated, _, info = env.step(text)
        assert "error" not in info, info["error"]
    assert terminated and reward == 1.0 and info["solved"]
