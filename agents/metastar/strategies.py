"""Solver-driven search strategies whose Meta-CoTs make a search-trace corpus.

Stream of Search mixed 12 strategies (DFS and BFS under two heuristics, beams of
several widths) so its model saw many ways to search. Here each strategy is one of
the project's search agents (:mod:`agents.search`) with a proposal order and a value
source, played through the env's search mode, so its trace is the env's own Meta-CoT:

* ``dfs`` / ``bfs``: blind depth-first (best-first under a flat value, which dives) and
  breadth-first (a beam wide enough to hold every level), legal steps in a seeded
  random order;
* ``beam-W-noisy-S``: beam search of width W under the solver's graded PRM plus
  Gaussian noise of scale S fixed per state (an imperfect heuristic, so the beam can
  lose the solution and dead ends appear);
* ``best-first-noisy-S``: greedy best-first under the same noisy heuristic;
* ``astar-noisy-S``: A* with g = steps taken and h = the exact solver's remaining
  plan length plus noise (:class:`SolverDistanceCost`); with S = 0 it walks straight
  to a shortest solution;
* on mazes, ``greedy-distance`` ranks moves by :class:`~metacot_envs.tasks.maze.MazeDistancePRM`.

The solver is the "driver": it supplies the heuristics, never the trace. A strategy
that does not solve a problem within its budget yields no example.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from agents.policies.base import Compute, Policy
from agents.search import (
    BeamSearchPolicy,
    BestFirstPolicy,
    NoisyValue,
    PRMStepScorer,
    TerminalVerifier,
)
from agents.search.proposals import Allow, Candidate
from metacot_envs.core.searchable import EnvSnapshot, SearchableEnv

SEARCH_BUDGET = 200
"""env actions a strategy may spend on one problem (its ``max_env_steps``)"""
NODE_BUDGET = 100
"""nodes a best-first or DFS strategy may expand"""


class ShuffledLegalSteps:
    """Every legal step, in an order drawn from the episode's generator (a ProposalSource)."""

    name = "shuffled-legal"

    def propose(
        self,
        env: SearchableEnv,
        at: EnvSnapshot,
        k: int | None,
        rng: np.random.Generator,
        compute: Compute,
        allow: Allow | None = None,
    ) -> list[Candidate]:
        children = env.successors(at)
        if children is None:
            raise ValueError("ShuffledLegalSteps needs an env that enumerates its legal steps")
        if allow is not None:
            children = [c for c in children if allow(c[1])]
        order = rng.permutation(len(children))
        picked = [children[int(i)] for i in order][: k if k is not None else None]
        compute.steps_proposed += len(picked)
        return picked

    def config(self) -> dict[str, Any]:
        return {"source": self.name}


class SolverDistanceCost:
    """A*'s step costs for ``BestFirstPolicy(cumulative=True)``: −(1 + h(child) − h(parent)).

    Summed along a path these give −(g + h(node) − h(root)), so the best-first order
    is A*'s order. h is the length of the exact solver's plan from the state
    (``SearchableEnv.solution``), plus Gaussian noise of scale ``sigma`` fixed per state;
    an unsolvable state has h = inf and is never preferred.
    """

    max_score = 0.0

    def __init__(self, sigma: float = 0.0, seed: int = 0) -> None:
        self.sigma = float(sigma)
        self.seed = int(seed)
        self.name = f"astar-solver-distance(sigma={self.sigma:g})"

    def heuristic(self, env: SearchableEnv, snapshot: EnvSnapshot) -> float:
        """Steps left on the solver's plan, plus this state's fixed noise."""
        if env.is_correct(snapshot):
            return 0.0
        plan = env.solution(snapshot)
        if plan is None:
            return math.inf
        if self.sigma == 0:
            return float(len(plan))
        key = repr(env.state_key(snapshot)).encode()
        digest = hashlib.blake2b(key, digest_size=8).digest()
        rng = np.random.default_rng([self.seed, int.from_bytes(digest, "little")])
        return max(0.0, len(plan) + self.sigma * float(rng.standard_normal()))

    def score_steps(
        self,
        env: SearchableEnv,
        at: EnvSnapshot,
        candidates: Sequence[Candidate],
        compute: Compute,
    ) -> list[float]:
        compute.steps_scored += len(candidates)
        here = self.heuristic(env, at)
        scores = []
        for _, child in candidates:
            h = self.heuristic(env, child)
            scores.append(-math.inf if math.isinf(h) else -(1.0 + h - here))
        return scores

    def config(self) -> dict[str, Any]:
        return {"value": "astar-solver-distance", "sigma": self.sigma, "seed": self.seed}


def _solver_value(sigma: float, seed: int) -> NoisyValue:
    from metacot_envs.prms import SolverPRM

    return NoisyValue(PRMStepScorer(SolverPRM(graded=True)), sigma=sigma, seed=seed)


def _maze_value(sigma: float, seed: int) -> NoisyValue:
    from metacot_envs.tasks.maze import MazeDistancePRM

    return NoisyValue(PRMStepScorer(MazeDistancePRM()), sigma=sigma, seed=seed)


StrategyFactory = Callable[[int], Policy]
"""builds a strategy's agent from a seed (the seed of its value noise)"""


def _dfs(seed: int) -> Policy:
    return BestFirstPolicy(
        TerminalVerifier(),
        ShuffledLegalSteps(),
        name="dfs",
        node_budget=NODE_BUDGET,
        widen=None,
        max_env_steps=SEARCH_BUDGET,
    )


def _bfs(seed: int) -> Policy:
    return BeamSearchPolicy(
        TerminalVerifier(),
        ShuffledLegalSteps(),
        name="bfs",
        width=10**6,
        max_env_steps=SEARCH_BUDGET,
    )


def _beam(width: int, sigma: float) -> StrategyFactory:
    def make(seed: int) -> Policy:
        return BeamSearchPolicy(
            _solver_value(sigma, seed),
            ShuffledLegalSteps(),
            name=f"beam-{width}-noisy-{sigma:g}",
            width=width,
            max_env_steps=SEARCH_BUDGET,
        )

    return make


def _best_first(
    sigma: float, value: Callable[[float, int], NoisyValue] = _solver_value
) -> StrategyFactory:
    def make(seed: int) -> Policy:
        prefix = "best-first" if value is _solver_value else "greedy-distance"
        return BestFirstPolicy(
            value(sigma, seed),
            ShuffledLegalSteps(),
            name=f"{prefix}-noisy-{sigma:g}",
            node_budget=NODE_BUDGET,
            widen=None,
            max_env_steps=SEARCH_BUDGET,
        )

    return make


def _astar(sigma: float) -> StrategyFactory:
    def make(seed: int) -> Policy:
        return BestFirstPolicy(
            SolverDistanceCost(sigma, seed),
            ShuffledLegalSteps(),
            name=f"astar-noisy-{sigma:g}",
            cumulative=True,
            node_budget=NODE_BUDGET,
            widen=None,
            max_env_steps=SEARCH_BUDGET,
        )

    return make


ARITHMETIC_STRATEGIES: dict[str, StrategyFactory] = {
    "dfs": _dfs,
    "bfs": _bfs,
    "beam-2-noisy-0.3": _beam(2, 0.3),
    "beam-3-noisy-0.3": _beam(3, 0.3),
    "beam-5-noisy-0.5": _beam(5, 0.5),
    "best-first-noisy-0.2": _best_first(0.2),
    "best-first-noisy-0.5": _best_first(0.5),
    "astar-noisy-1": _astar(1.0),
}
"""Countdown and Game of 24 (and any env with a solver and enumerable steps)"""

MAZE_STRATEGIES: dict[str, StrategyFactory] = {
    "dfs": _dfs,
    "bfs": _bfs,
    "greedy-distance-noisy-0.2": _best_first(0.2, _maze_value),
    "astar": _astar(0.0),
    "astar-noisy-2": _astar(2.0),
}
"""mazes: A* and greedy best-first on the BFS distance to the goal, plus blind DFS/BFS"""


def strategies_for(env_id: str) -> dict[str, StrategyFactory]:
    """The default strategy table of an env id (mazes have their own)."""
    return MAZE_STRATEGIES if "Maze" in env_id else ARITHMETIC_STRATEGIES
