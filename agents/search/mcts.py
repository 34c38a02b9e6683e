"""Monte-Carlo tree search (PUCT or UCT) with value-source leaf values and a simulation budget."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from agents.search.proposals import ProposalSource
from agents.search.tree_search import Search, TreeSearchPolicy, Visit, finite
from agents.search.values import ValueSource
from metacot_envs.core.searchable import EnvSnapshot, SearchableEnv

RULES = ("puct", "uct")


@dataclass
class _Edge:
    step: str
    child: EnvSnapshot
    """the looked-ahead child (no node id until visited)"""
    prior: float
    value: float
    """the value source's score of the child: its value before any visit"""
    node: _Node | None = None
    raw: float = 0.0
    """the score as given (-inf when it was not finite), for the priors"""


@dataclass
class _Node:
    snapshot: EnvSnapshot
    visits: int = 0
    total: float = 0.0
    dead: bool = False
    """nothing left to search below (a dead end, or every child dead)"""
    edges: list[_Edge] | None = None
    """None until expanded"""
    exhausted: bool = False
    """the proposal source has nothing new to offer here"""


class MCTSPolicy(TreeSearchPolicy):
    """MCTS over steps, every simulation adding one visited node to the tree.

    A simulation descends from the root by the selection rule until it reaches a
    step not yet visited, visits it (a ``backtrack`` to its parent when needed,
    then the step: a correct node ends the episode), and backs its value up the
    path. A node is expanded the first time a simulation stands on it: the
    proposal source gives ``expand`` candidates (``None``: all it has) and the value
    source scores them in one batch. That score is the child's value when it is
    first visited (no separate leaf evaluation; for rollout values use
    ``PRMStepScorer(MonteCarloPRM(...))``) and sets the priors: ``softmax(score /
    prior_temperature)`` over siblings.

    Progressive widening (with ``expand=k``): a node visited ``N`` times may hold
    ``ceil(k · N^widening)`` children; when it has fewer, the next simulation there
    proposes ``k`` more (new ones only) before selecting, and a node whose children
    all died is widened at once. ``widening=0`` keeps the first ``k``.

    ``rule="puct"`` (AlphaZero) selects argmax ``Q + c · P · √N / (1 + n)``;
    ``rule="uct"`` selects argmax ``Q + c · √(ln(N + 1) / (n + 1))``. An unvisited
    step's Q is its value-source score. A dead end is worth 0; a node whose
    children are all dead is dead and never selected again, and the agent gives up
    when the root is dead or after ``simulations`` simulations. Values should lie
    in [0, 1] (PRMs, the verifier); a log-probability scorer is for best-first.
    """

    def __init__(
        self,
        value: ValueSource,
        proposals: ProposalSource | None = None,
        *,
        name: str = "mcts",
        simulations: int = 32,
        expand: int | None = None,
        rule: str = "puct",
        c: float = 1.0,
        prior_temperature: float = 0.2,
        widening: float = 0.5,
        max_depth: int = 32,
        max_env_steps: int | None = None,
    ) -> None:
        if rule not in RULES:
            raise ValueError(f"rule must be one of {RULES}, got {rule!r}")
        if simulations < 1 or prior_temperature <= 0:
            raise ValueError("simulations must be >= 1 and prior_temperature > 0")
        super().__init__(proposals, name, max_depth, max_env_steps)
        self.value = value
        self.simulations = int(simulations)
        self.expand = expand
        self.rule = rule
        self.c = float(c)
        self.prior_temperature = float(prior_temperature)
        self.widening = float(widening)

    def config(self) -> dict[str, Any]:
        return {
            **super().config(),
            "value": self.value.config(),
            "simulations": self.simulations,
            "expand": self.expand,
            "rule": self.rule,
            "c": self.c,
            "prior_temperature": self.prior_temperature,
            "widening": self.widening,
        }

    def search(self, env: SearchableEnv, root: EnvSnapshot, rng: np.random.Generator) -> Search:
        top = _Node(root)
        for simulation in range(1, self.simulations + 1):
            if top.dead:
                return
            node, path = top, [top]
            while True:
                if node.edges is None or self._may_widen(node):
                    self._widen(env, node, rng)
                assert node.edges is not None
                open_edges = [e for e in node.edges if e.node is None or not e.node.dead]
                if not open_edges and not node.exhausted:
                    self._widen(env, node, rng)
                    open_edges = [e for e in node.edges if e.node is None or not e.node.dead]
                if not open_edges:
                    node.dead = True
                    _settle(path)
                    break
                edge = max(open_edges, key=lambda e: self._score(node, e))
                if edge.node is not None:
                    node = edge.node
                    path.append(node)
                    continue
                reason = f"simulation {simulation}"
                reached = yield Visit(node.snapshot, edge.step, reason)
                if reached is None:
                    edge.node = _Node(edge.child, dead=True, exhausted=True)
                    _settle(path)
                    break
                edge.node = _Node(reached)
                path.append(edge.node)
                value = edge.value
                if env.is_terminal(reached):  # wrong: a correct one ended the episode
                    edge.node.dead = edge.node.exhausted = True
                    value = 0.0
                for visited in path:
                    visited.visits += 1
                    visited.total += value
                _settle(path)
                break

    def _may_widen(self, node: _Node) -> bool:
        """Progressive widening: room for more children once the node is visited more."""
        if node.exhausted or self.expand is None or node.edges is None:
            return False
        # int ** float is Any to mypy (a negative base gives a complex); this base is >= 1
        room: float = self.expand * max(node.visits, 1) ** self.widening
        return len(node.edges) < math.ceil(room)

    def _widen(self, env: SearchableEnv, node: _Node, rng: np.random.Generator) -> None:
        """Propose (more) candidates at ``node``, score them, and renormalize the priors."""
        edges = node.edges or []
        found = self.candidates(
            env, node.snapshot, self.expand, rng, exclude={e.step for e in edges}
        )
        if not found or self.expand is None:
            node.exhausted = True  # all at once (expand=None) or nothing new left
        raw = [finite(v) for v in self.value.score_steps(env, node.snapshot, found, self.compute)]
        edges = edges + [
            _Edge(text, child, 0.0, v if math.isfinite(v) else 0.0, raw=v)
            for (text, child), v in zip(found, raw, strict=True)
        ]
        logits = np.array([e.raw / self.prior_temperature for e in edges])
        if edges and np.isfinite(logits).any():
            weights = np.exp(logits - logits[np.isfinite(logits)].max())
            priors = weights / weights.sum()
        else:
            priors = np.full(len(edges), 1.0 / max(len(edges), 1))
        for edge, prior in zip(edges, priors, strict=True):
            edge.prior = float(prior)
        node.edges = edges

    def _score(self, parent: _Node, edge: _Edge) -> float:
        child = edge.node
        visits = child.visits if child is not None else 0
        q = child.total / child.visits if child is not None and child.visits else edge.value
        if self.rule == "puct":
            return q + self.c * edge.prior * math.sqrt(max(parent.visits, 1)) / (1 + visits)
        return q + self.c * math.sqrt(math.log(parent.visits + 1) / (visits + 1))


def _settle(path: list[_Node]) -> None:
    """Mark nodes dead, deepest first, once every child is dead and no new one can be proposed."""
    for node in reversed(path):
        spent = (
            node.exhausted
            and node.edges is not None
            and all(e.node is not None and e.node.dead for e in node.edges)
        )
        if not (node.dead or spent):
            return
        node.dead = True
