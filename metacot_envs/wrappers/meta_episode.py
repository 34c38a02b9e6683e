"""MetaEpisode: k trials of the same problem as one episode, for RL² and E-RL² meta-RL."""

from __future__ import annotations

from typing import Any, SupportsFloat

import gymnasium as gym
import numpy as np

from metacot_envs.core.spaces import fit_text

REWARD_MODES = ("final", "all")
"""``final``: only the last trial pays (E-RL², Stadie et al. 2018); ``all``: every trial pays (RL²)"""

STATE_KEYS = ("legal_steps", "trace", "steps", "solved", "action_mask", "node_id", "meta_cot")
"""info keys that describe the current state: at a trial boundary they come from the new trial"""


class MetaEpisode(gym.Wrapper[Any, Any, Any, Any], gym.utils.RecordConstructorArgs):
    """``trials`` attempts at one problem form one episode (a meta-episode).

    The first reset draws a problem as the inner env would; when a trial ends
    (terminated or truncated) and trials remain, the inner env is reset with
    ``options={"problem": <the same problem>}`` and the episode goes on. The
    meta-episode ends when the last trial ends, with that trial's flags, so
    ``info["solved"]`` at the end is final-trial success.

    Observation: in a discrete view (``Box`` observation, ``Discrete(n)`` actions), a
    flat float32 ``Box``: the inner observation flattened, then the previous action
    one-hot (``n`` entries, all zero before the first action), the previous reward
    (clipped to ``[-reward_bound, reward_bound]``) and a trial-boundary flag (1.0 on
    the first observation of every trial). In a text view the observation is the inner
    one preceded by ``Trial i of k`` and, from the second trial on, one line per earlier
    trial: its steps, whether it was solved, its reward; the text is kept within the
    inner observation space (shortened from the middle if need be).

    Rewards: ``reward="all"`` pays every trial (RL²); ``reward="final"`` pays only the
    last trial (E-RL²), so earlier trials are free to explore. The reward *observed*
    (previous reward, trial history) is the inner env's either way: withholding it
    from the return is what E-RL² changes, not what the agent can see. A withheld
    step's ``info["reward_components"]`` holds zeros plus ``withheld`` (the inner reward).

    Info: the inner env's, plus ``trial`` (0-based, the trial of the returned
    observation) and ``trials``. On a step that ended a non-final trial, the
    state keys (``legal_steps``, ``trace``, ``steps``, ``action_mask``, ...) describe the
    new trial's first state, and ``trial_end`` holds the finished trial's ``solved``,
    ``steps`` and ``return`` (inner rewards summed). ``action_masks()`` reaches the
    inner view through ``get_wrapper_attr`` as usual.
    """

    def __init__(
        self,
        env: gym.Env[Any, Any],
        trials: int = 3,
        reward: str = "final",
        reward_bound: float = 10.0,
    ) -> None:
        if int(trials) != trials or trials < 1:
            raise ValueError(f"trials must be a positive integer, got {trials!r}")
        if reward not in REWARD_MODES:
            raise ValueError(f"reward must be one of {REWARD_MODES}, got {reward!r}")
        if not reward_bound > 0:
            raise ValueError(f"reward_bound must be positive, got {reward_bound}")
        if not hasattr(env.unwrapped, "problem"):
            raise TypeError(
                "MetaEpisode repeats the inner env's problem: its unwrapped env needs a "
                "'problem' property and must accept reset(options={'problem': ...})"
            )
        gym.utils.RecordConstructorArgs.__init__(
            self, trials=trials, reward=reward, reward_bound=reward_bound
        )
        gym.Wrapper.__init__(self, env)
        self.trials = int(trials)
        self.reward_mode = reward
        self.reward_bound = float(reward_bound)
        inner_obs, inner_act = env.observation_space, env.action_space
        self._discrete = isinstance(inner_obs, gym.spaces.Box) and isinstance(
            inner_act, gym.spaces.Discrete
        )
        if self._discrete:
            assert isinstance(inner_obs, gym.spaces.Box) and isinstance(
                inner_act, gym.spaces.Discrete
            )
            self._n_actions = int(inner_act.n)
            extra = self._n_actions + 2
            low = np.concatenate(
                [inner_obs.low.astype(np.float32).ravel(), np.zeros(extra, np.float32)]
            )
            high = np.concatenate(
                [inner_obs.high.astype(np.float32).ravel(), np.ones(extra, np.float32)]
            )
            low[-2], high[-2] = -self.reward_bound, self.reward_bound
            self.observation_space = gym.spaces.Box(low, high, dtype=np.float32)
        elif not isinstance(inner_obs, gym.spaces.Text):
            raise TypeError(
                "MetaEpisode supports a discrete view (Box observation, Discrete actions) or "
                f"a text view, got {inner_obs} / {inner_act}"
            )
        self._problem: Any = None
        self._trial = 0
        self._trial_return = 0.0
        self._history: list[str] = []

    @property
    def trial(self) -> int:
        """0-based index of the current trial."""
        return self._trial

    def reset(
        self, *, seed: int | None = None, options: dict[str, Any] | None = None
    ) -> tuple[Any, dict[str, Any]]:
        obs, info = self.env.reset(seed=seed, options=options)
        self._problem = self.env.unwrapped.problem  # type: ignore[attr-defined]
        self._trial, self._trial_return, self._history = 0, 0.0, []
        return self._observe(obs, None, 0.0, True), self._tag(info)

    def step(self, action: Any) -> tuple[Any, SupportsFloat, bool, bool, dict[str, Any]]:
        obs, reward, terminated, truncated, info = self.env.step(action)
        reward = float(reward)
        self._trial_return += reward
        pays = self.reward_mode == "all" or self._trial == self.trials - 1
        if not pays:
            components = {key: 0.0 for key in info.get("reward_components") or {}}
            info["reward_components"] = {**components, "withheld": reward}
        ended = terminated or truncated
        if not ended or self._trial == self.trials - 1:
            return (
                self._observe(obs, action, reward, False),
                reward if pays else 0.0,
                terminated,
                truncated,
                self._tag(info),
            )
        finished = {
            "trial": self._trial,
            "solved": bool(info.get("solved")),
            "steps": int(info.get("steps", 0)),
            "return": self._trial_return,
        }
        self._history.append(_trial_line(finished, info.get("trace") or ()))
        obs, fresh = self.env.reset(options={"problem": self._problem})
        self._trial += 1
        self._trial_return = 0.0
        merged = {k: v for k, v in info.items() if k not in STATE_KEYS}
        merged.update({k: v for k, v in fresh.items() if k in STATE_KEYS})
        merged["trial_end"] = finished
        return (
            self._observe(obs, action, reward, True),
            reward if pays else 0.0,
            False,
            False,
            self._tag(merged),
        )

    def _tag(self, info: dict[str, Any]) -> dict[str, Any]:
        info["trial"] = self._trial
        info["trials"] = self.trials
        return info

    def _observe(self, obs: Any, action: Any, reward: float, boundary: bool) -> Any:
        if not self._discrete:
            header = f"Trial {self._trial + 1} of {self.trials} on the same problem."
            lines = [header, *self._history, "", str(obs)] if self._history else [header, str(obs)]
            return fit_text("\n".join(lines), self.observation_space)  # type: ignore[arg-type]
        flat = np.asarray(obs, dtype=np.float32).ravel()
        extra = np.zeros(self._n_actions + 2, dtype=np.float32)
        if action is not None:
            index = _index(action)
            if 0 <= index < self._n_actions:
                extra[index] = 1.0
        extra[-2] = np.clip(reward, -self.reward_bound, self.reward_bound)
        extra[-1] = 1.0 if boundary else 0.0
        return np.concatenate([flat, extra])


def _index(action: Any) -> int:
    try:
        array = np.asarray(action)
        return int(array.reshape(())) if array.size == 1 and array.dtype.kind in "iu" else -1
    except Exception:  # a hostile action is the inner env's to reject, not ours to crash on
        return -1


def _trial_line(finished: dict[str, Any], trace: Any) -> str:
    steps = ", ".join(str(s) for s in trace) or "no accepted steps"
    outcome = "solved" if finished["solved"] else "not solved"
    return f"Trial {finished['trial'] + 1}: {steps} ({outcome}, reward {finished['return']:g})"
