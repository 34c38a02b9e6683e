"""Best-first (greedy or uniform-cost) search over any SearchableEnv, with a node budget."""

from __future__ import annotations

import heapq
from collections.abc import Hashable
from typing import Any

import numpy as np

from agents.search.proposals import ProposalSource
from agents.search.tree_search import Search, TreeSearchPolicy, Visit, finite
from agents.search.values import ValueSource
from metacot_envs.core.searchable import EnvSnapshot, SearchableEnv


class BestFirstPolicy(TreeSearchPolicy):
    """Best-first search: one frontier of scored steps over the whole tree, best first.

    Each node it visits is expanded once: the proposal source's candidates there
    (by default every legal step) are scored by the value source and pushed on one
    frontier. The policy always visits the best frontier entry, answering
    ``backtrack <node>`` first when that entry hangs off another node. A dead end
    adds nothing, so the search moves on to the next best alternative anywhere
    in the tree. ``node_budget`` caps the nodes expanded (the root included); the
    agent gives up when it is spent or the frontier is empty (``None``: only the
    env's ``max_steps`` ends it).

    ``cumulative=True`` ranks an entry by the sum of scores along its path
    (uniform-cost style, for log-probability scorers); the default ranks by the
    step's own score (greedy best-first, for value-like scorers such as a PRM).
    Ties go to the most recently expanded node (depth-first among equals, so a
    flat scorer still dives to a leaf), then to the proposal order.
    ``transpositions=True`` (default) is graph search: a state already expanded,
    reached again by another path (``4+9`` then ``10+13`` versus the reverse), is
    neither pushed nor visited again; ``False`` treats every path as its own node,
    as the env's search tree does.
    """

    def __init__(
        self,
        value: ValueSource,
        proposals: ProposalSource | None = None,
        *,
        name: str = "best-first",
        cumulative: bool = False,
        expand: int | None = None,
        node_budget: int | None = None,
        transpositions: bool = True,
        max_depth: int | None = None,
        max_env_steps: int | None = None,
    ) -> None:
        super().__init__(proposals, name, max_depth, max_env_steps)
        self.value = value
        self.cumulative = cumulative
        self.expand = expand
        self.node_budget = node_budget
        self.transpositions = transpositions

    @property
    def scorer(self) -> ValueSource:
        """The value source (its name before search agents shared one protocol)."""
        return self.value

    def config(self) -> dict[str, Any]:
        return {
            **super().config(),
            "scorer": self.value.name,
            "value": self.value.config(),
            "cumulative": self.cumulative,
            "expand": self.expand,
            "node_budget": self.node_budget,
            "transpositions": self.transpositions,
        }

    def search(self, env: SearchableEnv, root: EnvSnapshot, rng: np.random.Generator) -> Search:
        frontier: list[tuple[tuple[float, int, int], EnvSnapshot, str, EnvSnapshot]] = []
        closed: set[Hashable] = set()
        path_score: dict[int | None, float] = {}
        expansions = 0

        def expand(node: EnvSnapshot) -> None:
            nonlocal expansions
            expansions += 1
            closed.add(env.state_key(node))
            found = self.candidates(env, node, self.expand, rng)
            if self.transpositions:
                found = [c for c in found if env.state_key(c[1]) not in closed]
            if not found:
                return
            scores = self.value.score_steps(env, node, found, self.compute)
            base = path_score.get(node.node_id, 0.0) if self.cumulative else 0.0
            for position, ((text, child), raw) in enumerate(zip(found, scores, strict=True)):
                score = base + finite(raw)
                # ties: the latest expanded node first (depth-first among equals), then order
                heapq.heappush(frontier, ((-score, -expansions, position), node, text, child))

        expand(root)
        while frontier and (self.node_budget is None or expansions < self.node_budget):
            (negative, _, _), parent, text, child = heapq.heappop(frontier)
            if self.transpositions and env.state_key(child) in closed:
                continue
            reached = yield Visit(parent, text, f"best open step, score {-negative:.3g}")
            if reached is None or env.is_terminal(reached):
                continue  # a dead end (a correct node would have ended the episode)
            path_score[reached.node_id] = -negative
            expand(reached)
