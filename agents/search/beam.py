"""Beam search over steps: keep the ``width`` best children of each level."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

import numpy as np

from agents.search.proposals import ProposalSource
from agents.search.tree_search import Search, TreeSearchPolicy, Visit, finite
from agents.search.values import ValueSource
from metacot_envs.core.searchable import EnvSnapshot, SearchableEnv


class BeamSearchPolicy(TreeSearchPolicy):
    """Level-by-level beam search (Tree-of-Thoughts BFS): width × expansion per node.

    At each level, every node of the beam gets ``expand`` candidates from the
    proposal source (``None``: all it has), all of them are scored by the value
    source, and the ``width`` best children of the whole level are kept (ties in
    proposal order). Kept children are visited best first (each one a
    ``backtrack`` to its parent, unless already there, and the step), so a correct
    one ends the episode; kept children that are dead ends drop out, the rest form
    the next beam. The agent gives up when the beam empties or after ``max_depth``
    levels. ``transpositions=True`` (default) keeps a state once per search: a
    child whose state an earlier beam already held, or a sibling already kept, is
    skipped.
    """

    def __init__(
        self,
        value: ValueSource,
        proposals: ProposalSource | None = None,
        *,
        name: str = "beam",
        width: int = 3,
        expand: int | None = None,
        transpositions: bool = True,
        max_depth: int = 32,
        max_env_steps: int | None = None,
    ) -> None:
        if width < 1:
            raise ValueError(f"width must be at least 1, got {width}")
        super().__init__(proposals, name, max_depth, max_env_steps)
        self.value = value
        self.width = int(width)
        self.expand = expand
        self.transpositions = transpositions

    def config(self) -> dict[str, Any]:
        return {
            **super().config(),
            "value": self.value.config(),
            "width": self.width,
            "expand": self.expand,
            "transpositions": self.transpositions,
        }

    def search(self, env: SearchableEnv, root: EnvSnapshot, rng: np.random.Generator) -> Search:
        beam = [root]
        seen: set[Hashable] = {env.state_key(root)}
        for level in range(1, (self.max_depth or 0) + 1):
            pool: list[tuple[float, int, EnvSnapshot, str, EnvSnapshot]] = []
            for node in beam:
                found = self.candidates(env, node, self.expand, rng)
                if self.transpositions:
                    found = [c for c in found if env.state_key(c[1]) not in seen]
                if not found:
                    continue
                scores = self.value.score_steps(env, node, found, self.compute)
                for (text, child), score in zip(found, scores, strict=True):
                    pool.append((finite(score), len(pool), node, text, child))
            pool.sort(key=lambda entry: (-entry[0], entry[1]))
            kept: list[tuple[float, int, EnvSnapshot, str, EnvSnapshot]] = []
            for entry in pool:
                if len(kept) == self.width:
                    break
                key = env.state_key(entry[4])
                if self.transpositions and key in seen:
                    continue
                seen.add(key)
                kept.append(entry)
            beam = []
            for rank, (_, _, parent, text, _) in enumerate(kept):
                reason = f"beam level {level}, child {rank + 1} of {len(kept)}"
                reached = yield Visit(parent, text, reason)
                if reached is not None and not env.is_terminal(reached):
                    beam.append(reached)
            if not beam:
                return
