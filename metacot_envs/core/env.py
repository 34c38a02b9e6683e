"""ReasoningEnv: the reasoning MDP over any Task, with a text view and a search mode."""

from __future__ import annotations

import copy
import re
from collections.abc import Hashable, Iterator, Sequence
from typing import Any, SupportsFloat

import gymnasium as gym

from metacot_envs.core.option_checks import OptionError, require_range
from metacot_envs.core.prm import ProcessRewardModel
from metacot_envs.core.search_tree import SearchTree
from metacot_envs.core.searchable import EnvSnapshot
from metacot_envs.core.spaces import fit_text, text_space
from metacot_envs.core.task import StepError, Task

_BACKTRACK = re.compile(
    r"\s*backtrack\s+(?:to\s+)?(?:node\s+)?([0-9]{1,9})\s*(?::(.*))?", re.IGNORECASE | re.DOTALL
)
MAX_BACKTRACK_REASON_CHARS = 300
"""longest reason a ``backtrack <node>: <reason>`` action may give"""
_BACKTRACK_COMMAND = re.compile(
    r"\s*backtrack(?:(?:\s+\S+){0,3}\s*|\s+(?:to\s+)?(?:node\s+)?[0-9]{1,9}\s*:.*)",
    re.IGNORECASE | re.DOTALL,
)
"""what is read as a backtrack command (then checked): the word alone or with up to three words
after it, or with a node id and a ``:`` reason; "Backtrack: let me reconsider ..." is a
reasoning step, not a command"""

Outcome = tuple[float, bool, bool, dict[str, Any]]
"""(reward, terminated, truncated, info) of one step"""

DEFAULT_MAX_OBS_CHARS = 8192
"""observation length unless a task needs more to show a state whole"""
MAX_TEXT_CHARS = 10_000_000
"""the longest action or observation text an env may be configured for"""


def check_env_options(
    max_steps: int | None, invalid_penalty: float, max_action_chars: int, max_obs_chars: int | None
) -> None:
    """Refuse out-of-range env options with a message naming the option and its range."""
    if max_steps is not None:
        require_range("max_steps", max_steps, 1, None)
    # a negative penalty would pay for rejected steps (as much as solving, at -1)
    require_range("invalid_penalty", invalid_penalty, 0.0, None)
    require_range("max_action_chars", max_action_chars, 1, MAX_TEXT_CHARS)
    if max_obs_chars is not None:
        require_range("max_obs_chars", max_obs_chars, 64, MAX_TEXT_CHARS)


class LegalStepTexts(Sequence[str]):
    """``info["legal_steps"]``: step texts computed only when first read.

    Formatting every legal step on every env step would dominate the step time
    of fast tasks, while most consumers (RL views, LLM policies) never read it.
    """

    __slots__ = ("_task", "state", "_texts", "_by_text")

    def __init__(self, task: Task[Any, Any, Any], state: Hashable) -> None:
        self._task = task
        self.state = state
        self._texts: list[str] | None = None
        self._by_text: dict[str, Any] | None = None

    def _load(self) -> list[str]:
        if self._texts is None:
            steps = self._task.legal_steps(self.state) or []
            texts = [self._task.format_step(s) for s in steps]
            self._by_text = dict(zip(texts, steps, strict=True))
            self._texts = texts
        return self._texts

    def items(self) -> list[tuple[str, Any]]:
        """``(text, task step)`` of every legal step (duplicates of one text appear once)."""
        self._load()
        assert self._by_text is not None
        return list(self._by_text.items())

    def known_step(self, text: str) -> Any:
        """The task step behind ``text`` if the texts were already computed, else None."""
        return None if self._by_text is None else self._by_text.get(text)

    def __getitem__(self, index: Any) -> Any:
        return self._load()[index]

    def __len__(self) -> int:
        return len(self._load())

    def __iter__(self) -> Iterator[str]:
        return iter(self._load())

    def __eq__(self, other: object) -> bool:
        return list(self) == list(other) if isinstance(other, Sequence) else NotImplemented

    def __repr__(self) -> str:
        return f"LegalStepTexts({self._load()!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (list, (self._load(),))

    def __deepcopy__(self, memo: dict[int, Any]) -> LegalStepTexts:
        # SB3's DummyVecEnv deep-copies every info dict on every step. The view is immutable
        # (a fixed task and state; the cache only fills in), so the copy is the view itself
        # and stays lazy instead of formatting every legal step.
        return self


class StepTexts(tuple[str, ...]):
    """An info's ``trace`` / ``meta_cot``: a tuple of step texts that deep-copies as itself.

    Tuples of strings are immutable already; ``copy.deepcopy`` would still walk every
    element, once per step for vector envs that deep-copy infos (SB3's DummyVecEnv), which
    grows with the episode.
    """

    __slots__ = ()

    def __deepcopy__(self, memo: dict[int, Any]) -> StepTexts:
        return self


_SHARED_TYPES = frozenset({str, int, float, bool, type(None), LegalStepTexts, StepTexts})
"""info values that are immutable (or deep-copy as themselves): a copy may share them"""


class StepInfo(dict[str, Any]):
    """The info dict of a reset or step: a plain dict whose deep copy is cheap.

    SB3's DummyVecEnv deep-copies every info on every step, and ``copy.deepcopy``'s
    generic walk over a six-key info cost more than the rest of a discrete step. A deep
    copy here shares the immutable values, copies a dict of plain values (the reward
    components) with one call, and deep-copies anything else (an action mask, a value a
    wrapper added) as ``copy.deepcopy`` would, so the copy is as independent as before.
    """

    __slots__ = ()

    def __deepcopy__(self, memo: dict[int, Any]) -> StepInfo:
        clone = StepInfo()
        memo[id(self)] = clone
        shared = _SHARED_TYPES
        for key, value in self.items():
            kind = type(value)
            if kind in shared:
                clone[key] = value
            elif kind is dict and all(type(v) in shared for v in value.values()):
                clone[key] = dict(value)
            else:
                clone[key] = copy.deepcopy(value, memo)
        return clone


class ReasoningEnv(gym.Env[str, str]):
    """A reasoning problem as a Gymnasium MDP: state = problem + steps so far, action = next step.

    ## Description
    Wraps any :class:`~metacot_envs.core.task.Task`. Each episode draws a problem
    from the task's generator (or takes ``options={"problem": ...}``).

    ## Action Space
    ``Text``: one step as text, e.g. ``66-42=24``. In search mode also
    ``backtrack <node>``, optionally with the agent's reason, ``backtrack <node>:
    <reason>``, which the Meta-CoT records. Any string is accepted; malformed or
    illegal steps are rejected without changing the state.

    ## Observation
    ``Text``: the prompt text of the current state (``Task.format_state``), prefixed
    by ``[node k]`` in search mode.

    ## Rewards
    1.0 on reaching a correct terminal state, else 0.0; a rejected step costs
    ``invalid_penalty``. ``info["reward_components"]`` splits the reward.

    ## Termination
    Terminated on a terminal state (search mode: only on a correct one; dead ends
    must be backtracked from). Truncated after ``max_steps`` env steps, rejected
    steps and backtracks included.

    ## Rendering
    ``ansi``: the state text plus the steps (or Meta-CoT) so far. ``rgb_array``: the
    task's picture of the state, offered when the task implements ``render_rgb``.

    ## Info
    ``step_text``, ``legal_steps`` (None when not enumerable), ``reward_components``,
    ``solved``, ``trace`` (the CoT so far), ``error`` when a step was rejected, and in
    search mode ``meta_cot`` and ``node_id``.
    """

    metadata = {"render_modes": ["ansi"], "render_fps": 4}

    def __init__(
        self,
        task: Task[Any, Any, Any],
        *,
        search: bool = False,
        max_steps: int | None = None,
        invalid_penalty: float = 0.0,
        max_action_chars: int = 2000,
        max_obs_chars: int | None = None,
        render_mode: str | None = None,
    ) -> None:
        check_env_options(max_steps, invalid_penalty, max_action_chars, max_obs_chars)
        needed = task.min_observation_chars()
        if max_obs_chars is None:
            max_obs_chars = max(DEFAULT_MAX_OBS_CHARS, needed)
        elif max_obs_chars < needed:
            raise OptionError(
                "max_obs_chars",
                f"this {task.name} needs {needed} characters to show a state whole, got "
                f"{max_obs_chars}",
            )
        if type(task).render_rgb is not Task.render_rgb:
            self.metadata = {**self.metadata, "render_modes": ["ansi", "rgb_array"]}
        if render_mode is not None and render_mode not in self.metadata["render_modes"]:
            raise ValueError(
                f"render_mode must be one of {self.metadata['render_modes']}, got {render_mode!r}"
            )
        self.task = task
        self.search = search
        default_steps = task.default_max_steps * (4 if search else 1)
        self.max_steps = int(max_steps) if max_steps is not None else default_steps
        self.invalid_penalty = float(invalid_penalty)
        self.max_action_chars = int(max_action_chars)
        self.render_mode = render_mode
        self._obs_text = text_space(max_obs_chars)
        self.observation_space = self._obs_text
        self.action_space = text_space(max_action_chars)
        self._enumerable = type(task).legal_steps is not Task.legal_steps
        self._problem: Any = None
        self._state: Hashable = None
        self._trace: list[str] = []
        self._steps = 0
        self._tree = SearchTree()
        self._node = 0
        # step texts whose task step is already known for the current state (from the
        # legal-step list, a solver plan or a child lookup): playing one skips the parse
        self._legal: LegalStepTexts | None = None
        self._known_state: Hashable = None
        self._known_steps: dict[str, Any] = {}

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state["_legal"], state["_known_state"], state["_known_steps"] = None, None, {}
        return state

    # -- Gymnasium API -------------------------------------------------------
    def reset(
        self, *, seed: int | None = None, options: dict[str, Any] | None = None
    ) -> tuple[str, dict[str, Any]]:
        info = self.begin(seed=seed, options=options)
        return self._observation(), info

    def begin(
        self, *, seed: int | None = None, options: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        """:meth:`reset` without building the text observation; returns the info.

        The reset counterpart of :meth:`transition`, for views with their own observation.
        """
        super().reset(seed=seed)
        if options is not None and not isinstance(options, dict):
            raise ValueError(f"reset options must be a dict or None, got {type(options).__name__}")
        if options and options.get("problem") is not None:
            self._problem = self._coerce_problem(options["problem"])
        else:
            self._problem = self.task.sample(self.np_random)
        self._state = self.task.initial_state(self._problem)
        self._trace = []
        self._steps = 0
        self._node = (
            self._tree.start(self._state, self.task.describe_state(self._state))
            if self.search
            else 0
        )
        return self._info("", {"task": 0.0}, solved=False)

    def step(self, action: str) -> tuple[str, SupportsFloat, bool, bool, dict[str, Any]]:
        if self._state is None:
            raise gym.error.ResetNeeded("call reset() before step()")
        outcome = self._backtrack(action) if self.search else None
        if outcome is None:
            outcome = self._advance(action)
        reward, terminated, truncated, info = outcome
        return self._observation(), reward, terminated, truncated, info

    def transition(self, step: Any) -> tuple[float, bool, bool, dict[str, Any]]:
        """Apply an already-parsed task step (or reject a :class:`StepError`).

        Like :meth:`step` without building the text observation: the fast path for
        views that enumerate steps themselves (DiscreteView).
        """
        if self._state is None:
            raise gym.error.ResetNeeded("call reset() before step()")
        if isinstance(step, StepError):
            return self._reject(step.message)
        # the hot path of every view, kept flat: in a live loop each extra call level
        # costs ~0.5 us, a few percent of a discrete step (benchmarks/RESULTS.md)
        task = self.task
        state = self._state = task.apply(self._state, step)
        step_text = task.format_step(step)
        self._trace.append(step_text)
        terminated = task.is_terminal(state)
        solved = terminated and task.is_correct(state)
        if self.search:
            self._node = self._tree.expand(self._node, step_text, state, task.describe_state(state))
            if terminated:
                self._tree.mark(self._node, "solved" if solved else "dead end")
            terminated = solved
        reward = 1.0 if solved else 0.0
        self._steps += 1
        truncated = not terminated and self._steps >= self.max_steps
        return reward, terminated, truncated, self._info(step_text, {"task": reward}, solved=solved)

    def render(self) -> Any:
        if self.render_mode == "rgb_array":
            return self.task.render_rgb(self._state)
        if self.render_mode != "ansi":
            return None
        lines = [self.task.format_state(self._state)]
        if self.search:
            lines += ["", "Meta-CoT so far:", *self._tree.meta_cot]
        else:
            lines += ["", "Steps so far:", *(f"{i + 1}. {t}" for i, t in enumerate(self._trace))]
        return "\n".join(lines) + "\n"

    def _coerce_problem(self, value: Any) -> Any:
        try:
            return self.task.as_problem(value)
        except (
            KeyError,
            TypeError,
            ValueError,
            IndexError,
            AttributeError,
            ArithmeticError,
        ) as exc:
            shown = repr(value)
            shown = shown if len(shown) <= 80 else f"{shown[:77]}..."
            raise ValueError(
                f"options['problem'] must be {self.task.problem_help}; got {shown} ({exc})"
            ) from None

    # -- env-side accessors (wrappers, PRMs, tests; agents use SearchableEnv) ----
    @property
    def problem(self) -> Any:
        """The problem of the current episode."""
        return self._problem

    @property
    def state(self) -> Hashable:
        """The current task state (immutable)."""
        return self._state

    @property
    def search_tree(self) -> SearchTree:
        """The search tree of the current episode (search mode)."""
        return self._tree

    # -- SearchableEnv protocol (metacot_envs.core.searchable) ---------------
    def get_state(self) -> EnvSnapshot:
        """The current point of the episode, to resume from with :meth:`set_state`."""
        node = self._node if self.search else None
        return EnvSnapshot(self._state, tuple(self._trace), self._steps, node)

    def set_state(self, snapshot: EnvSnapshot) -> None:
        """Resume from a snapshot of this episode; in search mode only at a node of the tree."""
        if self.search:
            if snapshot.node_id is None or snapshot.node_id not in self._tree:
                raise ValueError(
                    f"node {snapshot.node_id} is not in this episode's search tree: "
                    "play the step that leads there to visit it"
                )
            self._node = snapshot.node_id
        self._state = snapshot.state
        self._trace = list(snapshot.trace)
        self._steps = snapshot.steps

    def legal_steps(self) -> list[str] | None:
        """Texts of the legal steps from the current state, None if not enumerable."""
        view = self._legal_view()
        return None if view is None else list(view)

    def successors(
        self, snapshot: EnvSnapshot | None = None
    ) -> list[tuple[str, EnvSnapshot]] | None:
        """``(step text, child snapshot)`` for every legal step, without parsing any text."""
        base = self.get_state() if snapshot is None else snapshot
        view = self._legal_view(base.state)
        if view is None:
            return None
        if self.task.is_terminal(base.state):
            return []
        return [(text, self._child(base, text, step)) for text, step in view.items()]

    def child(self, text: str, snapshot: EnvSnapshot | None = None) -> EnvSnapshot | StepError:
        """The snapshot one step of untrusted ``text`` leads to, or the :class:`StepError`."""
        base = self.get_state() if snapshot is None else snapshot
        checked = self._as_text(text)
        if isinstance(checked, StepError):
            return checked
        if self.task.is_terminal(base.state):
            return StepError("the state is final: there is no next step", "illegal")
        step = self._known_step(checked) if base.state is self._state else None
        if step is None:
            step = self.task.parse_step(base.state, checked)
            if isinstance(step, StepError):
                return step
        canonical = self.task.format_step(step)
        if base.state is self._state:
            self._remember(canonical, step)
        return self._child(base, canonical, step)

    def is_terminal(self, snapshot: EnvSnapshot | None = None) -> bool:
        """Whether the state is final: solved, or a dead end."""
        return bool(self.task.is_terminal(self._state if snapshot is None else snapshot.state))

    def is_correct(self, snapshot: EnvSnapshot | None = None) -> bool:
        """Whether the state is a correct final state."""
        return bool(self.task.is_correct(self._state if snapshot is None else snapshot.state))

    def solution(self, snapshot: EnvSnapshot | None = None) -> list[str] | None:
        """Step texts of the task solver's shortest solution from there; None if none exists."""
        state = self._state if snapshot is None else snapshot.state
        plan = self.task.solve(state)
        if plan is None:
            return None
        texts = [self.task.format_step(step) for step in plan]
        if plan and state is self._state:
            self._remember(texts[0], plan[0])
        return texts

    def score_states(
        self, prm: ProcessRewardModel, snapshots: Sequence[EnvSnapshot]
    ) -> list[float]:
        """``prm``'s Φ of each snapshot, in one batched call."""
        return [float(x) for x in prm.score(self.task, [s.state for s in snapshots])]

    def observe(self, snapshot: EnvSnapshot | None = None) -> str:
        """The text-view observation of a snapshot (the current one by default)."""
        if snapshot is None:
            return self._observation()
        text = self.task.format_state(snapshot.state)
        if self.search and snapshot.node_id is not None:
            text = f"[node {snapshot.node_id}]\n{text}"
        return fit_text(text, self._obs_text)

    def answer(self, snapshot: EnvSnapshot | None = None) -> str | None:
        """The task's final answer at a terminal snapshot (None before the end)."""
        return self.task.answer(self._state if snapshot is None else snapshot.state)

    def state_key(self, snapshot: EnvSnapshot | None = None) -> Hashable:
        """The task state itself: immutable and hashable, equal across paths that reach it."""
        return self._state if snapshot is None else snapshot.state

    def _child(self, base: EnvSnapshot, text: str, step: Any) -> EnvSnapshot:
        node = None
        if self.search and base.node_id is not None:
            node = self._tree.child_of(base.node_id, text)
        state = self.task.apply(base.state, step)
        return EnvSnapshot(state, (*base.trace, text), base.steps + 1, node)

    def _legal_view(self, state: Hashable = None) -> LegalStepTexts | None:
        if not self._enumerable:
            return None
        if state is None or state is self._state:
            view = self._legal
            if view is None or view.state is not self._state:
                view = self._legal = LegalStepTexts(self.task, self._state)
            return view
        return LegalStepTexts(self.task, state)

    def _remember(self, text: str, step: Any) -> None:
        if self._known_state is not self._state:
            self._known_state, self._known_steps = self._state, {}
        self._known_steps[text] = step

    def _known_step(self, text: str) -> Any:
        if self._known_state is self._state:
            step = self._known_steps.get(text)
            if step is not None:
                return step
        view = self._legal
        return view.known_step(text) if view is not None and view.state is self._state else None

    # -- internals -----------------------------------------------------------
    # Each outcome below counts the step and returns (reward, terminated, truncated, info).
    def _reject(self, message: str) -> Outcome:
        if self.search:
            self._tree.mark(self._node, f"rejected step ({message})")
        reward = -self.invalid_penalty if self.invalid_penalty else 0.0
        components = {"task": 0.0, "invalid": reward}
        truncated = self._count_unfinished_step()  # before _info: it reports the step count
        info = self._info("", components, solved=False, error=message)
        return reward, False, truncated, info

    def _count_unfinished_step(self) -> bool:
        """Count a step that did not end the episode; whether it spent the budget (truncated)."""
        self._steps += 1
        return self._steps >= self.max_steps

    def _as_text(self, action: Any) -> str | StepError:
        if not isinstance(action, str):
            return StepError(f"an action must be a str, got {type(action).__name__}")
        if len(action) > self.max_action_chars:
            return StepError(
                f"action of {len(action)} characters exceeds max_action_chars={self.max_action_chars}"
            )
        return action

    def _backtrack(self, action: Any) -> Outcome | None:
        if not isinstance(action, str) or not _BACKTRACK_COMMAND.fullmatch(action):
            return None
        if len(action) > self.max_action_chars:
            return self._reject(
                f"action of {len(action)} characters exceeds max_action_chars={self.max_action_chars}"
            )
        match = _BACKTRACK.fullmatch(action)
        if match is None:
            return self._reject(
                "write a backtrack as 'backtrack <node id>' or 'backtrack <node id>: <reason>', "
                "e.g. 'backtrack 0'"
            )
        target = int(match.group(1))
        reason = (match.group(2) or "").strip()
        if len(reason) > MAX_BACKTRACK_REASON_CHARS:
            return self._reject(
                f"a backtrack reason is at most {MAX_BACKTRACK_REASON_CHARS} characters, "
                f"got {len(reason)}"
            )
        if target not in self._tree:
            return self._reject(
                f"node {target} does not exist; nodes are 0..{len(self._tree.nodes) - 1}"
            )
        self._tree.backtrack(target, reason)
        self._node = target
        self._state = self._tree.nodes[target].state
        self._trace = self._tree.path_steps(target)
        truncated = self._count_unfinished_step()
        info = self._info(f"backtrack {target}", {"task": 0.0}, solved=False)
        return 0.0, False, truncated, info

    def _advance(self, action: Any) -> Outcome:
        text = self._as_text(action)
        if isinstance(text, StepError):
            return self._reject(text.message)
        if self.search and self.task.is_terminal(self._state):
            return self._reject(
                f"node {self._node} is a dead end: backtrack to an earlier node, e.g. 'backtrack 0'"
            )
        step = self._known_step(text)
        if step is None:
            step = self.task.parse_step(self._state, text)
            if isinstance(step, StepError):
                return self._reject(step.message)
        return self.transition(step)

    def _observation(self) -> str:
        text = self.task.format_state(self._state)
        if self.search:
            text = f"[node {self._node}]\n{text}"
        return fit_text(text, self._obs_text)

    def _info(
        self,
        step_text: str,
        components: dict[str, float],
        *,
        solved: bool,
        error: str | None = None,
    ) -> dict[str, Any]:
        # a fresh view per step (the state changed), kept so a step played from it skips the parse
        legal = self._legal = LegalStepTexts(self.task, self._state) if self._enumerable else None
        info = StepInfo(
            step_text=step_text,
            legal_steps=legal,
            reward_components=components,
            solved=solved,
            trace=StepTexts(self._trace),
            steps=self._steps,
        )
        if error is not None:
            info["error"] = error
        if self.search:
            info["meta_cot"] = StepTexts(self._tree.meta_cot)
            info["node_id"] = self._node
        return info
