"""External best-first search, played through the env's search mode so it leaves a Meta-CoT."""

from __future__ import annotations

import heapq
import math
from typing import Any, Protocol

import gymnasium as gym

from agents.backends.base import Backend
from agents.policies.base import BasePolicy, Compute
from agents.policies.llm_step import step_prompt
from metacot_envs.core.prm import ProcessRewardModel
from metacot_envs.core.searchable import SearchableEnv, as_searchable
from metacot_envs.core.task import StepError


class StepScorer(Protocol):
    """Scores candidate steps from the env's current point; higher is tried first."""

    name: str

    def score(
        self,
        env: SearchableEnv,
        observation: Any,
        info: dict[str, Any],
        steps: list[str],
        compute: Compute,
    ) -> list[float]:
        """One score per step; adds what scoring cost to ``compute``."""
        ...


class LMStepScorer:
    """A step's summed log-probability as the model's answer to the step prompt."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self.name = f"lm:{getattr(backend, 'model_name', backend.name)}"

    def score(
        self,
        env: SearchableEnv,
        observation: Any,
        info: dict[str, Any],
        steps: list[str],
        compute: Compute,
    ) -> list[float]:
        compute.steps_scored += len(steps)
        return self.backend.score(step_prompt(observation, info), steps)


class PRMStepScorer:
    """The PRM's value of the state each step leads to (e.g. the solver oracle).

    Children come from ``SearchableEnv.successors``: the env hands over the state
    behind each step text, so no step is formatted and parsed back.
    """

    def __init__(self, prm: ProcessRewardModel) -> None:
        self.prm = prm
        self.name = f"prm:{type(prm).__name__}"

    def score(
        self,
        env: SearchableEnv,
        observation: Any,
        info: dict[str, Any],
        steps: list[str],
        compute: Compute,
    ) -> list[float]:
        children = dict(env.successors() or [])
        missing = [text for text in steps if text not in children]
        for text in missing:  # a step the env does not list: look it up as untrusted text
            child = env.child(text)
            if isinstance(child, StepError):
                raise ValueError(f"step {text!r} is not a legal step here: {child.message}")
            children[text] = child
        compute.steps_scored += len(steps)
        compute.prm_calls += len(steps)
        return env.score_states(self.prm, [children[text] for text in steps])


class BestFirstPolicy(BasePolicy):
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

    def __init__(
        self, scorer: StepScorer, name: str = "best-first", cumulative: bool = False
    ) -> None:
        super().__init__()
        self.scorer = scorer
        self.name = name
        self.cumulative = cumulative
        self._env: SearchableEnv | None = None
        self._frontier: list[tuple[tuple[float, int, int], int, str]] = []
        self._expansions = 0
        self._edge_score: dict[tuple[int, str], float] = {}
        self._path_score: dict[int, float] = {}
        self._expanded: set[int] = set()
        self._played: tuple[int, str] | None = None
        self._pending: tuple[int, str] | None = None

    def config(self) -> dict[str, Any]:
        return {"scorer": self.scorer.name, "cumulative": self.cumulative}

    def reset(self, env: gym.Env[Any, Any], seed: int) -> None:
        searchable = as_searchable(env)
        if searchable.get_state().node_id is None:
            raise ValueError("best-first search needs an env in search mode (search=True)")
        self._env = searchable
        self._frontier, self._edge_score, self._path_score, self._expanded = [], {}, {}, set()
        self._played = self._pending = None
        self._expansions = 0

    def act(self, observation: Any, info: dict[str, Any]) -> str:
        assert self._env is not None, "call reset() first"
        node = int(info["node_id"])
        if node not in self._expanded:
            if self._played is not None:  # the edge just played led here: its score is the path's
                self._path_score[node] = self._edge_score.get(self._played, 0.0)
            self._expand(node, observation, info)
        self._played = None
        if self._pending is not None and self._pending[0] == node:
            self._played, self._pending = self._pending, None
            return self._played[1]
        self._pending = None
        if not self._frontier:
            return "backtrack 0"  # the tree is exhausted; the budget will end the episode
        _, target, step = heapq.heappop(self._frontier)
        if target == node:
            self._played = (node, step)
            return step
        self._pending = (target, step)
        return f"backtrack {target}"

    def _expand(self, node: int, observation: Any, info: dict[str, Any]) -> None:
        assert self._env is not None
        self._expanded.add(node)
        self._expansions += 1
        steps = list(info.get("legal_steps") or [])
        if not steps:
            return
        self.compute.steps_proposed += len(steps)
        scores = self.scorer.score(self._env, observation, info, steps, self.compute)
        base = self._path_score.get(node, 0.0) if self.cumulative else 0.0
        for position, (step, raw) in enumerate(zip(steps, scores, strict=True)):
            score = float(raw) if math.isfinite(raw) else -math.inf  # NaN would break the heap
            self._edge_score[(node, step)] = base + score
            # ties: the latest expanded node first (depth-first among equals), then list order
            key = (-(base + score), -self._expansions, position)
            heapq.heappush(self._frontier, (key, node, step))
