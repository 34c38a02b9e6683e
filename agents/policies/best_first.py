"""External best-first search, played through the env's search mode so it leaves a Meta-CoT."""

from __future__ import annotations

import heapq
import math
from collections.abc import Hashable
from typing import Any, Protocol

import gymnasium as gym

from agents.backends.base import Backend
from agents.policies.llm_step import step_prompt
from metacot_envs.core.env import ReasoningEnv
from metacot_envs.core.prm import ProcessRewardModel
from metacot_envs.core.task import StepError


class StepScorer(Protocol):
    """Scores candidate steps from the current node; higher is tried first."""

    name: str

    def score(
        self, env: ReasoningEnv, observation: Any, info: dict[str, Any], steps: list[str]
    ) -> list[float]:
        """One score per step, for the env's current state."""
        ...


class LMStepScorer:
    """A step's summed log-probability as the model's answer to the step prompt."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self.name = f"lm:{getattr(backend, 'model_name', backend.name)}"

    def score(
        self, env: ReasoningEnv, observation: Any, info: dict[str, Any], steps: list[str]
    ) -> list[float]:
        return self.backend.score(step_prompt(observation, info), steps)


class PRMStepScorer:
    """The PRM's value of the state each step leads to (e.g. the solver oracle)."""

    def __init__(self, prm: ProcessRewardModel) -> None:
        self.prm = prm
        self.name = f"prm:{type(prm).__name__}"

    def score(
        self, env: ReasoningEnv, observation: Any, info: dict[str, Any], steps: list[str]
    ) -> list[float]:
        task, state = env.task, env.state
        children: list[Hashable] = []
        for text in steps:
            step = task.parse_step(state, text)
            if isinstance(step, StepError):  # legal steps parse; guard anyway
                raise ValueError(f"legal step {text!r} does not parse: {step.message}")
            children.append(task.apply(state, step))
        return self.prm.score(task, children)


class BestFirstPolicy:
    """Best-first search over ``info["legal_steps"]``, acting in a search-mode env.

    Each node it reaches is expanded once: its legal steps are scored and pushed on
    one frontier. Every act plays the best frontier entry; when that entry hangs off
    another node, the policy first answers ``backtrack <node>`` and plays the step on
    the next act. Dead ends (no legal steps) simply add nothing, so the search moves
    on to the next best alternative anywhere in the tree. The env records the whole
    walk as the Meta-CoT trace and ends the episode at a solution or at its action
    budget (``max_steps`` counts steps and backtracks alike).

    ``cumulative=True`` ranks an entry by the sum of scores along its path
    (uniform-cost style, for log-probability scorers); the default ranks by the
    step's own score (greedy best-first, for value-like scorers such as a PRM).
    Ties go to the most recently expanded node (depth-first among equals, so a
    flat scorer still dives to a leaf), then to the order of ``legal_steps``. A state
    reached by two paths is two nodes, as in the env's search tree (no transposition
    table): simple, at the cost of scoring it twice.
    """

    env_kwargs = {"search": True}
    """what the env must be built with (the CLI adds it to the env kwargs)"""

    def __init__(
        self, scorer: StepScorer, name: str = "best-first", cumulative: bool = False
    ) -> None:
        self.scorer = scorer
        self.name = name
        self.cumulative = cumulative
        self.steps_scored = 0
        self.tokens_generated = 0
        self._env: ReasoningEnv | None = None
        self._frontier: list[tuple[tuple[float, int, int], int, str]] = []
        self._expansions = 0
        self._edge_score: dict[tuple[int, str], float] = {}
        self._expanded: set[int] = set()
        self._pending: tuple[int, str] | None = None

    def config(self) -> dict[str, Any]:
        """What identifies this agent's behaviour (for the results row's config hash)."""
        return {"scorer": self.scorer.name, "cumulative": self.cumulative}

    def reset(self, env: gym.Env[Any, Any], seed: int) -> None:
        base = env.unwrapped
        if not isinstance(base, ReasoningEnv) or not base.search:
            raise ValueError("best-first search needs a ReasoningEnv in search mode (search=True)")
        self._env = base
        self._frontier, self._edge_score, self._expanded = [], {}, set()
        self._pending = None
        self._expansions = 0
        self.steps_scored = 0

    def act(self, observation: Any, info: dict[str, Any]) -> str:
        assert self._env is not None, "call reset() first"
        node = int(info["node_id"])
        if self._pending is not None and self._pending[0] == node:
            step, self._pending = self._pending[1], None
            return step
        self._pending = None
        if node not in self._expanded:
            self._expand(node, observation, info)
        if not self._frontier:
            return "backtrack 0"  # the tree is exhausted; the budget will end the episode
        _, target, step = heapq.heappop(self._frontier)
        if target == node:
            return step
        self._pending = (target, step)
        return f"backtrack {target}"

    def _expand(self, node: int, observation: Any, info: dict[str, Any]) -> None:
        assert self._env is not None
        self._expanded.add(node)
        steps = list(info.get("legal_steps") or [])
        if not steps:
            return
        scores = self.scorer.score(self._env, observation, info, steps)
        self.steps_scored += len(steps)
        base = self._path_score(node) if self.cumulative else 0.0
        self._expansions += 1
        for position, (step, raw) in enumerate(zip(steps, scores, strict=True)):
            score = float(raw) if math.isfinite(raw) else -math.inf  # NaN would break the heap
            self._edge_score[(node, step)] = base + score
            # ties: the latest expanded node first (depth-first among equals), then list order
            key = (-(base + score), -self._expansions, position)
            heapq.heappush(self._frontier, (key, node, step))

    def _path_score(self, node: int) -> float:
        assert self._env is not None
        tree_node = self._env.search_tree.nodes[node]
        if tree_node.parent is None or tree_node.step_text is None:
            return 0.0
        return self._edge_score.get((tree_node.parent, tree_node.step_text), 0.0)
