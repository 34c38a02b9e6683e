"""Best-first (greedy or uniform-cost) search over any SearchableEnv, with a node budget."""

from __future__ import annotations

import heapq
import math
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

    With ``expand=k`` (a few candidates per expansion, not all) a node can be widened
    later (partial expansion, after PEA*): each expansion also pushes "propose ``k``
    more here" scored as the node itself (the root, which no step scored: as the value
    source's ``max_score``) times ``widen`` per widening (a negative score, a
    log-probability, less ``-ln(widen)``), so a search whose first candidates all die
    goes back for new ones at its most promising nodes. Widening counts as an expansion; ``widen=None``
    turns it off, and it is off for ``cumulative`` scores (log-probabilities).
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
        widen: float | None = 0.9,
        max_depth: int | None = None,
        max_env_steps: int | None = None,
    ) -> None:
        super().__init__(proposals, name, max_depth, max_env_steps)
        self.value = value
        self.cumulative = cumulative
        self.expand = expand
        self.node_budget = node_budget
        self.transpositions = transpositions
        self.widen = widen

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
            "widen": self.widen,
        }

    def search(self, env: SearchableEnv, root: EnvSnapshot, rng: np.random.Generator) -> Search:
        # entries: (key, node, step text or None for "propose more at node", child, widenings)
        frontier: list[
            tuple[tuple[float, int, int], EnvSnapshot, str | None, EnvSnapshot, int]
        ] = []
        closed: set[Hashable] = set()
        proposed: dict[int | None, set[str]] = {}
        path_score: dict[int | None, float] = {}
        expansions = 0
        widening = self.widen is not None and self.expand is not None and not self.cumulative

        def expand(node: EnvSnapshot, own: float | None, widenings: int) -> None:
            nonlocal expansions
            expansions += 1
            closed.add(env.state_key(node))
            seen = proposed.setdefault(node.node_id, set())
            found = self.candidates(env, node, self.expand, rng, exclude=seen)
            seen.update(text for text, _ in found)
            if self.transpositions:
                found = [c for c in found if env.state_key(c[1]) not in closed]
            scores = self.value.score_steps(env, node, found, self.compute) if found else []
            base = path_score.get(node.node_id, 0.0) if self.cumulative else 0.0
            for position, ((text, child), raw) in enumerate(zip(found, scores, strict=True)):
                score = base + finite(raw)
                # ties: the latest expanded node first (depth-first among equals), then order
                heapq.heappush(frontier, ((-score, -expansions, position), node, text, child, 0))
            if widening and found:
                # partial expansion: "propose more here" competes with the steps proposed, at
                # the node's own score (the root: the best any step can score), lowered per
                # widening
                own = getattr(self.value, "max_score", max(scores)) if own is None else own
                assert self.widen is not None
                n = widenings + 1
                # a value shrinks by `widen` per widening (and stays above a dead step's 0);
                # a negative score (a log-probability) drops by -ln(widen) instead
                priority = own * self.widen**n if own >= 0 else own + n * math.log(self.widen)
                key = (-priority, -expansions, len(found))
                heapq.heappush(frontier, (key, node, None, node, widenings + 1))

        expand(root, None, 0)
        while frontier and (self.node_budget is None or expansions < self.node_budget):
            (negative, _, _), parent, text, child, widenings = heapq.heappop(frontier)
            if text is None:
                expand(parent, path_score.get(parent.node_id), widenings)
                continue
            if self.transpositions and env.state_key(child) in closed:
                continue
            reached = yield Visit(parent, text, f"best open step, score {-negative:.3g}")
            if reached is None or env.is_terminal(reached):
                continue  # a dead end (a correct node would have ended the episode)
            path_score[reached.node_id] = -negative
            expand(reached, -negative, 0)
