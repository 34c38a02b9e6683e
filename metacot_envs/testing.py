"""Shared checks every env's tests call, and a generator of hostile action strings."""

from __future__ import annotations

import pickle
import signal
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import gymnasium as gym
import numpy as np
from gymnasium.envs.registration import load_env_creator
from gymnasium.utils.env_checker import check_env

from metacot_envs.core.env import ReasoningEnv
from metacot_envs.registry import ENV_SPECS, EnvSpec


def make_raw(spec: EnvSpec, view: str = "text", **kwargs: Any) -> gym.Env[Any, Any]:
    """Build a registered env without Gymnasium's outer checker wrappers."""
    creator = load_env_creator(spec.entry_point)
    return creator(**{**spec.kwargs, "view": view, **kwargs})  # type: ignore[no-any-return]


def registered_views() -> list[tuple[EnvSpec, str]]:
    """Every (spec, view) pair of the registry, for test parametrization."""
    return [(spec, view) for spec in ENV_SPECS for view in spec.views]


def check_reasoning_env(env: gym.Env[Any, Any], seed: int = 0) -> None:
    """Gymnasium's ``check_env``, replay of the solver's steps to reward 1.0, seeded determinism
    and pickling. ``env`` is a raw env (a ReasoningEnv or one view wrapper around it)."""
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
    assert _same(obs_a, obs_b)

    clone = pickle.loads(pickle.dumps(env))
    obs_c, _ = clone.reset(seed=seed)
    assert _same(obs_a, obs_c), "a pickled copy does not reproduce the episode"

    env.reset(seed=seed)
    try:
        plan = base.task.solve(base.state)
    except NotImplementedError:
        return
    assert plan is not None, "the generator produced an unsolvable problem"
    reward, terminated = 0.0, False
    for step in plan:
        _, reward, terminated, _, info = base.step(base.task.format_step(step))
        assert "error" not in info, info["error"]
    assert terminated and reward == 1.0 and info["solved"]


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, np.ndarray):
        return bool(np.array_equal(a, b))
    return bool(a == b)


# Hostile action strings: data fed to env.step to prove nothing in them is ever executed.
_PAYLOADS = (
    "__import__('os').system('x')",
    "exec('import os')",
    "eval('1+1')",
    "().__class__.__bases__[0].__subclasses__()",
    "9**9**9**9",
    "2**(10**9)",
    "10**10**10",
    "9^9^9^9",
    "(" * 500 + "1" + ")" * 500,
    "(" * 5000,
    ")" * 50,
    "1" * 100_000,
    "9" * 5000 + "*" + "9" * 5000,
    "\x00",
    "3\x00+4",
    "\u0663+\u0664=\u0667",
    "\uff13+\uff14",
    "\U0001d7d1+\U0001d7d2",
    "",
    " ",
    "\n\n",
    "=",
    "==",
    "1/0",
    "0/0",
    "1e308*1e308",
    "NaN",
    "inf-inf",
    "lambda: 0",
    "import os",
    "{}".format("{" * 300),
    "\\boxed{9^{9^{9^{9}}}}",
    "backtrack",
    "backtrack -1",
    "backtrack 999999999",
    "backtrack 1e9",
    "backtrack 0 0",
    "move 99999999999999999999 3",
    "up" * 10_000,
    "\ud800",
    "\u202e42=24",
)
_ALPHABET = list("0123456789+-*/^()= .,xe_abcdUDLRupdownleftright\\{}[]'\"\t\n\x00") + [
    "\u2212",
    "\u00d7",
    "\u00f7",
    "\u0663",
    "\u00bd",
]


def hostile_actions(count: int, seed: int = 0, legal: list[str] | None = None) -> Iterator[str]:
    """``count`` adversarial action strings: known payloads, random junk, and mutations of ``legal``."""
    rng = np.random.default_rng(seed)
    legal = legal or ["13-9=4", "up", "x = 3"]
    for i in range(count):
        kind = i % 5
        if kind == 0:
            yield _PAYLOADS[(i // 5) % len(_PAYLOADS)]
        elif kind == 1:
            length = int(rng.integers(0, 60))
            yield "".join(_ALPHABET[int(k)] for k in rng.integers(0, len(_ALPHABET), length))
        elif kind == 2:
            base = list(legal[int(rng.integers(len(legal)))])
            for _ in range(int(rng.integers(1, 4))):
                pos = int(rng.integers(len(base) + 1))
                base.insert(pos, _ALPHABET[int(rng.integers(len(_ALPHABET)))])
            yield "".join(base)
        elif kind == 3:
            yield "".join(chr(int(c)) for c in rng.integers(1, 0x2FFF, int(rng.integers(1, 40))))
        else:
            depth = int(rng.integers(1, 200))
            yield (
                "(" * depth
                + str(int(rng.integers(0, 10**6)))
                + "**"
                + "9" * int(rng.integers(1, 30))
                + ")" * depth
            )


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise ``TimeoutError`` if the block runs longer than ``seconds`` (a hang detector, main thread only)."""

    def _fire(signum: int, frame: Any) -> None:
        raise TimeoutError(f"call exceeded {seconds} s")

    previous: Callable[..., Any] | int | None = signal.signal(signal.SIGALRM, _fire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
