"""Checks that a discrete view's codec means what the text view means.

A codec is written twice over, in effect: ``action_mask`` says which indices are
legal and ``step``/``step_text`` say what each index does. Nothing forces the two to
agree, nor either of them to agree with the task's own legal steps, so these checks
compare all three on every state of random episodes, and replay the solver's plan
through action indices. A consistent relabelling of two actions (mask, decoding and
text all swapped together) is a different enumeration, not a bug, and passes.
"""

from __future__ import annotations

from typing import Any, SupportsFloat

import gymnasium as gym
import numpy as np

from metacot_envs.core.env import ReasoningEnv
from metacot_envs.testing.compare import same


def check_discrete_codec(env: gym.Env[Any, Any], seed: int = 0, episodes: int = 4) -> None:
    """On every state of ``episodes`` random episodes, every action index does what the mask says.

    For each index: masked exactly when the codec decodes no step; an unmasked index
    steps to the state the text view's successor of its ``step_text`` reaches (and
    the env reports that text); a masked index is rejected, state unchanged. The
    unmasked texts are exactly the task's legal steps.
    """
    base = env.unwrapped
    assert isinstance(base, ReasoningEnv)
    codec = env.codec  # type: ignore[attr-defined]
    rng = np.random.default_rng(seed)
    for episode in range(episodes):
        env.reset(seed=seed + episode)
        done = False
        while not done:
            _check_state(env, base, codec)
            legal = np.flatnonzero(env.action_masks())  # type: ignore[attr-defined]
            if len(legal) == 0:
                break
            _, _, terminated, truncated, _ = env.step(int(rng.choice(legal)))
            done = terminated or truncated


def _check_state(env: gym.Env[Any, Any], base: ReasoningEnv, codec: Any) -> None:
    start = base.get_state()
    mask = env.action_masks()  # type: ignore[attr-defined]
    assert isinstance(mask, np.ndarray) and mask.dtype == bool
    assert mask.shape == (codec.num_actions,), f"mask shape {mask.shape}"
    successors = dict(base.successors() or [])
    covered: set[str] = set()
    for action in range(codec.num_actions):
        text = codec.step_text(start.state, action)
        decoded = codec.step(start.state, action)
        where = f"action {action} in state {_preview(start.state)}"
        assert (decoded is not None) == bool(mask[action]), f"{where}: mask and decoding disagree"
        assert (text is not None) == bool(mask[action]), f"{where}: mask and step_text disagree"
        obs, _, _, _, info = env.step(action)
        if mask[action]:
            assert "error" not in info, f"{where}: unmasked but rejected: {info['error']}"
            assert info["step_text"] == text, f"{where}: plays {info['step_text']!r}, says {text!r}"
            assert text in successors, f"{where}: {text!r} is not a legal step of the task"
            assert base.state == successors[text].state, f"{where}: reaches the wrong state"
            assert same(obs, codec.encode(base.state)), f"{where}: observation is not its encoding"
            covered.add(text)
        else:
            assert "error" in info, f"{where}: masked but accepted"
            assert base.state == start.state, f"{where}: masked but changed the state"
        base.set_state(start)
    missing = sorted(set(successors) - covered)
    assert not missing, f"legal steps no index reaches in {_preview(start.state)}: {missing[:5]}"


def replay_solver_through_codec(env: gym.Env[Any, Any], seed: int = 0) -> None:
    """The solver's plan, played as action indices, ends correct with reward 1.0."""
    base = env.unwrapped
    assert isinstance(base, ReasoningEnv)
    codec = env.codec  # type: ignore[attr-defined]
    env.reset(seed=seed)
    plan = base.solution()
    assert plan is not None, "the generator produced an unsolvable problem"
    reward: SupportsFloat = 0.0
    terminated = False
    info: dict[str, Any] = {}
    for text in plan:
        state = base.state
        actions = [a for a in range(codec.num_actions) if codec.step_text(state, a) == text]
        assert actions, f"no action index encodes the solver's step {text!r} in {_preview(state)}"
        _, reward, terminated, _, info = env.step(actions[0])
        assert "error" not in info, info["error"]
    assert terminated and reward == 1.0 and info["solved"], "the plan did not solve via indices"


def _preview(state: Any, limit: int = 100) -> str:
    text = repr(state)
    return text if len(text) <= limit else f"{text[: limit - 3]}..."
