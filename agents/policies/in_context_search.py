"""In-context search: the model proposes steps, judges them and backtracks itself, in search mode."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import gymnasium as gym
import numpy as np

from agents.backends.base import Backend
from agents.policies.base import GIVE_UP, BasePolicy
from agents.policies.few_shot import EXAMPLES_DIR, few_shot_file, few_shot_prompt, transcript_lines
from agents.policies.llm_step import first_line
from metacot_envs.core.searchable import SearchableEnv, as_searchable

MODES = ("free", "constrained")
GENERIC_INSTRUCTION = (
    "Solve the problem by searching. Write one action per line: the next step, or "
    '"backtrack <node>: <why>" to return to an earlier node when the current line cannot '
    "succeed. After each action the search log shows where you are."
)
"""the instruction when no few-shot file serves the env"""


class InContextSearchPolicy(BasePolicy):
    """A language model that searches in its own context: the Meta-CoT is its own text.

    Plays in search mode. Every prompt holds the family's instruction and few-shot
    searches (``configs/in_context_search/<family>.yaml``, chosen by the env's id;
    see :mod:`agents.policies.few_shot`), the problem, and the search log so far: each
    action the model wrote, followed by the Meta-CoT lines the env answered with
    (the node reached, dead ends, rejections with their reasons). The prompt::

        <instruction>

        Example 1.
        Problem:
        <question>

        Search log:
        start node 0: left 4 9 10 13
        action: 4+9=13
        node 0 -> node 1: 4+9=13 | left 10 13 13
        action: backtrack 0: 10, 13 and 13 cannot make 24
        backtrack to node 0 | 10, 13 and 13 cannot make 24
        ...

        Now your search.
        Problem:
        <question>

        Search log:
        <the episode so far>
        Write the next action.

    The log keeps its first line and the last ``window`` lines, so long searches stay
    inside the model's context.

    ``mode="free"``: the model writes the next action (first non-empty line; a
    leading ``action:`` is dropped). A step, or ``backtrack <node>: <why>``: its
    judgment of a dead line, which the env writes into the Meta-CoT. Anything else
    is sent as written; the env rejects it, the log shows why, and the model goes on.

    ``mode="constrained"``: the model scores candidate actions instead (summed
    log-probability after the same prompt, one shared prompt pass): the legal steps
    not yet tried from this node (where the env enumerates them; else ``k`` steps
    the model samples itself) plus ``backtrack <ancestor>`` for the ``backtracks``
    nearest ancestors, and plays the best; a backtrack is written with its score as
    the judgment. A weak model can search this way, since every action is valid.

    Budget: ``max_actions`` env actions (the env's ``max_steps`` in search mode) and
    ``max_tokens`` generated tokens per episode, after which the policy gives up.
    """

    def __init__(
        self,
        backend: Backend,
        *,
        name: str = "in-context-search",
        mode: str = "free",
        examples_dir: str | Path = EXAMPLES_DIR,
        max_actions: int = 32,
        max_tokens: int = 2048,
        temperature: float = 0.0,
        max_new_tokens: int = 32,
        k: int = 3,
        backtracks: int = 2,
        backtrack_bias: float = 0.0,
        window: int = 30,
    ) -> None:
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, got {mode!r}")
        super().__init__()
        self.backend = backend
        self.name = name
        self.mode = mode
        self.examples_dir = Path(examples_dir)
        self.max_actions = int(max_actions)
        self.max_tokens = int(max_tokens)
        self.temperature = float(temperature)
        self.max_new_tokens = int(max_new_tokens)
        self.k = int(k)
        self.backtracks = int(backtracks)
        self.backtrack_bias = float(backtrack_bias)
        self.window = int(window)
        self._env: SearchableEnv | None = None
        self._seed = 0
        self._calls = 0
        self._start_tokens = 0
        self._instruction, self._shots = GENERIC_INSTRUCTION, ""
        self._question = ""
        self._events: list[tuple[str | None, list[str]]] = []
        self._seen = 0
        self._parent: dict[int, int] = {}
        self._tried: dict[int, set[str]] = {}
        self._last: tuple[str, int] | None = None

    @property
    def env_kwargs(self) -> Mapping[str, Any]:  # type: ignore[override]
        return {"search": True, "max_steps": self.max_actions}

    def config(self) -> dict[str, Any]:
        return {
            **self.backend.identity(),
            "mode": self.mode,
            "max_actions": self.max_actions,
            "max_tokens": self.max_tokens,
            "temperature": self.temperature,
            "max_new_tokens": self.max_new_tokens,
            "k": self.k,
            "backtracks": self.backtracks,
            "backtrack_bias": self.backtrack_bias,
            "window": self.window,
        }

    def reset(self, env: gym.Env[Any, Any], seed: int) -> None:
        self._env = as_searchable(env)
        if self._env.get_state().node_id is None:
            raise ValueError(f"{self.name} needs an env in search mode (search=True)")
        spec = getattr(env, "spec", None)
        path = few_shot_file(spec.id if spec is not None else None, self.examples_dir)
        if path is None:
            self._instruction, self._shots = GENERIC_INSTRUCTION, ""
        else:
            self._instruction, self._shots = few_shot_prompt(path)
        self._seed, self._calls = seed, 0
        self._start_tokens = self.compute.tokens_generated
        self._question, self._events, self._seen = "", [], 0
        self._parent, self._tried, self._last = {}, {}, None

    # -- acting --------------------------------------------------------------
    def act(self, observation: Any, info: dict[str, Any]) -> Any:
        self._absorb(observation, info)
        if self.compute.tokens_generated - self._start_tokens >= self.max_tokens:
            return GIVE_UP
        node = int(info["node_id"])
        action: str | None
        if self.mode == "free":
            action = self._write(node)
        else:
            action = self._choose(node, info)
            if action is None:
                return GIVE_UP  # nothing left to try anywhere on the path
        self._last = (action, node)
        self._events.append((action, []))
        return action

    def _write(self, node: int) -> str:
        line = first_line(self._generate(1)[0])
        return line[len("action:") :].strip() if line.lower().startswith("action:") else line

    def _choose(self, node: int, info: dict[str, Any]) -> str | None:
        assert self._env is not None
        tried = self._tried.get(node, set())
        legal = info.get("legal_steps")
        if self._env.is_terminal():
            steps: list[str] = []  # a dead end: only a backtrack can go on
        elif legal is not None:
            steps = [s for s in legal if s not in tried]
            self.compute.steps_proposed += len(steps)
        else:  # free-text steps: the model proposes its own candidates
            texts = self._generate(self.k) if self.k > 0 else []
            lines = [first_line(t) for t in texts]
            fresh = (s for s in lines if s and not s.lower().startswith("backtrack"))
            steps = [s for s in dict.fromkeys(fresh) if s not in tried]
        ancestors = self._ancestors(node)[: self.backtracks]
        options = steps + [f"backtrack {a}" for a in ancestors]
        if not options:
            return None
        scores = [0.0]  # one option: nothing to choose, nothing scored
        if len(options) > 1:
            scores = self.backend.score(self.prompt(), options)
            self.compute.steps_scored += len(options)
        scores = [
            s + (self.backtrack_bias if i >= len(steps) else 0.0) for i, s in enumerate(scores)
        ]
        best = int(np.argmax(scores))
        if best < len(steps):
            return steps[best]
        step_best = max(scores[: len(steps)]) if steps else None
        why = (
            f"scored {scores[best]:.2f}, above the best step here ({step_best:.2f})"
            if step_best is not None
            else "no untried step left here"
        )
        return f"{options[best]}: {why}"

    def _generate(self, n: int) -> list[str]:
        self._calls += 1
        [completions] = self.backend.generate(
            [self.prompt()],
            n=n,
            temperature=self.temperature if n == 1 else max(self.temperature, 0.7),
            max_new_tokens=self.max_new_tokens,
            stop=("\n",),
            seed=self._seed * 1000 + self._calls,
        )
        self.compute.tokens_generated += sum(c.num_tokens for c in completions)
        self.compute.steps_proposed += len(completions)
        return [c.text for c in completions]

    # -- the log and the tree ------------------------------------------------
    def _absorb(self, observation: Any, info: dict[str, Any]) -> None:
        meta = list(info.get("meta_cot") or ())
        node = int(info["node_id"])
        if not self._events:
            self._question = str(observation).removeprefix(f"[node {node}]\n")
            self._events.append((None, meta))
        else:
            self._events[-1][1].extend(meta[self._seen :])
        self._seen = len(meta)
        if self._last is not None and "error" not in info:
            action, origin = self._last
            if not action.lower().startswith("backtrack"):
                self._tried.setdefault(origin, set()).add(str(info.get("step_text", action)))
                if node != origin and node not in self._parent:
                    self._parent[node] = origin
        self._last = None

    def _ancestors(self, node: int) -> list[int]:
        out = []
        while node in self._parent:
            node = self._parent[node]
            out.append(node)
        return out

    def prompt(self) -> str:
        """The text the model reads at this point of the episode (see the class doc)."""
        lines = transcript_lines(self._question, self._events)
        head = 3 + len(self._events[0][1]) if self._events else 3  # question, log title, start
        if len(lines) > head + self.window:
            lines = lines[:head] + ["..."] + lines[-self.window :]
        parts = [self._instruction]
        if self._shots:
            parts += [self._shots, "Now your search."]
        parts += ["\n".join(lines), "Write the next action."]
        return "\n\n".join(parts)
