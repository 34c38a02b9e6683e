"""A broken discrete codec fails the registry-wide check: each mutation here must be caught.

The mutations are the bugs a codec author makes when the mask and the decoding are
written separately: masking removed, two indices swapped in the decoding but not the
mask (or the reverse), and a step text that is not what the index plays.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

import metacot_envs  # noqa: F401  (registers the ids)
from metacot_envs.testing import check_reasoning_env, make_raw, registered_views

DISCRETE = [spec for spec, view in registered_views() if view == "discrete"]
MUTATIONS = ("mask removed", "decoding swapped", "mask swapped", "text swapped")


class MutantCodec:
    """A registered codec with one bug put in on purpose (``mutation``, on actions ``i``, ``j``)."""

    def __init__(self, codec: Any, mutation: str, pair: tuple[int, int]) -> None:
        self._codec, self._mutation, (self._i, self._j) = codec, mutation, pair

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # not yet set (e.g. while unpickling): no delegation
            raise AttributeError(name)
        return getattr(self._codec, name)

    def _swap(self, action: int) -> int:
        return {self._i: self._j, self._j: self._i}.get(action, action)

    def action_mask(self, state: Any) -> np.ndarray:
        mask = self._codec.action_mask(state).copy()
        if self._mutation == "mask removed":
            mask[:] = True
        elif self._mutation == "mask swapped":
            mask[[self._i, self._j]] = mask[[self._j, self._i]]
        return mask

    def step(self, state: Any, action: int) -> Any:
        if self._mutation == "decoding swapped":
            action = self._swap(action)
        return self._codec.step(state, action)

    def step_text(self, state: Any, action: int) -> str | None:
        if self._mutation in ("decoding swapped", "text swapped"):
            action = self._swap(action)
        return self._codec.step_text(state, action)


def distinguishable_pair(env: Any, mutation: str) -> tuple[int, int]:
    """Two actions a swap of which changes behaviour in some state of a random episode."""
    codec, rng = env.codec, np.random.default_rng(0)
    for seed in range(20):
        env.reset(seed=seed)
        for _ in range(50):
            state = env.unwrapped.state
            mask = codec.action_mask(state)
            texts = [codec.step_text(state, a) for a in range(codec.num_actions)]
            for i in range(codec.num_actions):
                for j in range(i + 1, codec.num_actions):
                    if mutation == "text swapped":
                        if mask[i] and mask[j] and texts[i] != texts[j]:
                            return i, j
                    elif mask[i] != mask[j]:  # also proves that some action is masked
                        return i, j
            if not mask.any():
                break
            _, _, terminated, truncated, _ = env.step(int(rng.choice(np.flatnonzero(mask))))
            if terminated or truncated:
                break
    raise AssertionError("no state of 20 random episodes tells two actions apart")


@pytest.mark.parametrize("mutation", MUTATIONS)
@pytest.mark.parametrize("spec", DISCRETE, ids=[s.id for s in DISCRETE])
def test_registry_check__catches_a_mutated_codec(spec, mutation):
    env = make_raw(spec, "discrete")
    pair = distinguishable_pair(env, mutation)
    env.codec = MutantCodec(env.codec, mutation, pair)
    with pytest.raises(AssertionError):
        check_reasoning_env(env)


@pytest.mark.parametrize("spec", DISCRETE, ids=[s.id for s in DISCRETE])
def test_registry_check__passes_the_unmutated_codec_behind_the_same_wrapper(spec):
    env = make_raw(spec, "discrete")
    env.codec = MutantCodec(env.codec, "none", (0, 1))
    check_reasoning_env(env)
