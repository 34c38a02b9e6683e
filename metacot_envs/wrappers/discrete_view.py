"""DiscreteView: a ReasoningEnv as ``Discrete(n)`` actions over a numeric ``Box`` observation."""

from __future__ import annotations

from typing import Any, SupportsFloat

import gymnasium as gym
import numpy as np

from metacot_envs.core.env import ReasoningEnv
from metacot_envs.core.task import StepError


class DiscreteView(gym.Wrapper[np.ndarray, np.int64, str, str], gym.utils.RecordConstructorArgs):
    """Classic-RL view of a reasoning env, driven by the task's :class:`DiscreteCodec`.

    Actions index a fixed enumeration of steps; ``action_masks()`` marks the legal
    ones (the sb3-contrib ``MaskablePPO`` convention). A masked action is rejected
    like an illegal text step: state unchanged, ``invalid_penalty`` paid,
    ``info["error"]`` set. Wraps the :class:`ReasoningEnv` directly.
    ``mask_in_info=True`` also puts the mask in ``info["action_mask"]`` after every
    reset and step, where torchrl's ``ActionMask`` transform can read it (off by
    default: it costs a mask computation per step that SB3 does not need).
    The constructor arguments are recorded, so ``gym.make(env.spec)`` rebuilds the view.
    """

    def __init__(self, env: ReasoningEnv, mask_in_info: bool = False) -> None:
        if not isinstance(env, ReasoningEnv):
            raise TypeError(
                "DiscreteView wraps a ReasoningEnv directly (apply other wrappers outside it)"
            )
        if env.search:
            raise ValueError(
                "search mode needs the text view: backtrack targets are not a fixed enumeration"
            )
        codec = env.task.discrete_codec()
        if codec is None:
            raise ValueError(f"task {env.task.name!r} has no discrete view")
        gym.utils.RecordConstructorArgs.__init__(self, mask_in_info=mask_in_info)
        gym.Wrapper.__init__(self, env)  # type: ignore[misc]  # the view has its own obs/action types
        self.codec = codec
        self.action_space = gym.spaces.Discrete(codec.num_actions)
        self.observation_space = gym.spaces.Box(
            codec.observation_low,
            codec.observation_high,
            codec.observation_shape,
            getattr(codec, "observation_dtype", np.float32),
        )
        self._base = env
        self.mask_in_info = mask_in_info

    def reset(
        self, *, seed: int | None = None, options: dict[str, Any] | None = None
    ) -> tuple[np.ndarray, dict[str, Any]]:
        info = self._base.begin(seed=seed, options=options)
        if self.mask_in_info:
            info["action_mask"] = self.action_masks()
        return self.codec.encode(self._base.state), info

    def step(self, action: Any) -> tuple[np.ndarray, SupportsFloat, bool, bool, dict[str, Any]]:
        base, codec = self._base, self.codec
        # the common int / numpy-int case inline: a call costs more than the check
        index = (
            int(action)
            if type(action) is int or isinstance(action, np.integer)
            else action_index(action)
        )
        step = codec.step(base.state, index) if 0 <= index < codec.num_actions else None
        if step is None:
            step = (
                StepError(f"action {index} is masked in this state; see action_masks()", "illegal")
                if 0 <= index < codec.num_actions
                else StepError(
                    f"a discrete action is an integer index in [0, {codec.num_actions}), "
                    f"got {_preview(action)}"
                )
            )
        reward, terminated, truncated, info = base.transition(step)
        if self.mask_in_info:
            info["action_mask"] = self.action_masks()
        return codec.encode(base.state), reward, terminated, truncated, info

    def action_masks(self) -> np.ndarray:
        """Boolean vector of legal actions in the current state."""
        return self.codec.action_mask(self._base.state)


def action_index(action: Any) -> int:
    """``action`` as an int index, or -1 unless it is one integer.

    Accepted: a Python ``int``, a numpy integer scalar, and a numpy integer array
    that is 0-d or 1-D with one element (what ``predict`` returns for one env).
    Refused: bools, floats, ``int`` subclasses such as ``IntEnum`` members, and
    arrays of any other shape or kind, including masked arrays; ``Discrete``
    spaces hold none of them, and reading ``2.7`` or ``[[2]]`` as 2 would hide a
    bug in the caller.
    """
    if type(action) is int or isinstance(action, np.integer):
        return int(action)
    if (
        type(action) is np.ndarray
        and action.ndim <= 1
        and action.size == 1
        and action.dtype.kind in "iu"
    ):
        return int(action.reshape(()))
    return -1


def _preview(action: Any) -> str:
    try:
        text = repr(action)
    except Exception:  # a rejected action must not crash the step: ints > 4300 digits, odd reprs
        return f"an unprintable {type(action).__name__}"
    return text if len(text) <= 40 else f"{text[:37]}..."
