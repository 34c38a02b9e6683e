"""The base of the external search agents: a search written as a generator, played through search mode.

A search algorithm (best-first, beam, best-of-N, MCTS) is written as one ordinary
loop that *yields* :class:`Visit` requests, "play step s from node p", and
receives the snapshot of the node the step led to. :class:`TreeSearchPolicy`
turns those requests into env actions: ``backtrack <p>`` when the env is elsewhere
(with the visit's reason, which the Meta-CoT records), then ``s``. So

* every node the agent visits is played through the env, in the order the
  algorithm visits it, and the env's Meta-CoT *is* the search (steps, dead ends,
  backtracks and their reasons);
* env steps are counted honestly by the env: every visit and every jump is one;
* the verifier at the end is the env itself: the episode ends, solved, the moment
  a visited node is correct. Candidates that are only looked ahead (proposed and
  scored from a snapshot) are never checked by it, and do not appear in the
  Meta-CoT; their cost is in ``compute`` (steps proposed, steps scored, PRM calls).

When the algorithm returns (its budget or its tree is spent) the policy answers
:data:`~agents.policies.base.GIVE_UP` and the episode ends unsolved, so an agent
never pads its env steps with idle backtracks. The env's ``max_steps`` (set with
``max_env_steps``) still truncates as a safety net.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Generator, Hashable, Mapping
from dataclasses import dataclass
from typing import Any

import gymnasium as gym
import numpy as np

from agents.policies.base import GIVE_UP, BasePolicy
from agents.search.proposals import Candidate, LegalSteps, ProposalSource
from metacot_envs.core.searchable import EnvSnapshot, SearchableEnv, as_searchable


@dataclass(frozen=True)
class Visit:
    """A request to play ``step`` from the tree node ``parent`` (a snapshot with a node id)."""

    parent: EnvSnapshot
    step: str
    reason: str = ""
    """why the search jumps there, written on the backtrack when one is needed"""


Search = Generator[Visit, "EnvSnapshot | None", None]
"""a search: yields visits, receives each visited node (None when the env rejected the step)"""


class TreeSearchPolicy(BasePolicy):
    """A search agent that plays every node it visits through the env's search mode.

    Subclasses implement :meth:`search`; :meth:`candidates` proposes steps with
    the agent's proposal source, dropping steps deeper than ``max_depth`` and
    steps that return to a state already on the node's path (no cycles). The
    policy keeps each visited node's parent and state key for that check.
    """

    def __init__(
        self,
        proposals: ProposalSource | None,
        name: str,
        max_depth: int | None = None,
        max_env_steps: int | None = None,
    ) -> None:
        super().__init__()
        self.proposals: ProposalSource = proposals if proposals is not None else LegalSteps()
        self.name = name
        self.max_depth = max_depth
        self.max_env_steps = max_env_steps
        self._env: SearchableEnv | None = None
        self._moves: Search | None = None
        self._pending: Visit | None = None
        self._playing: Visit | None = None
        self._parent: dict[int, int] = {}
        self._key: dict[int, Hashable] = {}

    @property
    def env_kwargs(self) -> Mapping[str, Any]:  # type: ignore[override]
        if self.max_env_steps is None:
            return {"search": True}
        return {"search": True, "max_steps": self.max_env_steps}

    def config(self) -> dict[str, Any]:
        return {"proposals": self.proposals.config(), "max_depth": self.max_depth}

    def search(self, env: SearchableEnv, root: EnvSnapshot, rng: np.random.Generator) -> Search:
        """The algorithm: yield visits until solved (the env ends the episode) or spent."""
        raise NotImplementedError

    # -- the Policy contract -------------------------------------------------
    def reset(self, env: gym.Env[Any, Any], seed: int) -> None:
        searchable = as_searchable(env)
        root = searchable.get_state()
        if root.node_id is None:
            raise ValueError(f"{self.name} needs an env in search mode (search=True)")
        if self._moves is not None:
            self._moves.close()
        self._env = searchable
        self._parent = {}
        self._key = {root.node_id: searchable.state_key(root)}
        self._pending = self._playing = None
        self._moves = self.search(searchable, root, np.random.default_rng(seed))

    def act(self, observation: Any, info: dict[str, Any]) -> Any:
        assert self._env is not None and self._moves is not None, "call reset() first"
        here = info.get("node_id")
        result: EnvSnapshot | None = None
        if self._pending is not None:
            visit, self._pending = self._pending, None
            if here == visit.parent.node_id:
                return self._play(visit)
        elif self._playing is not None:
            visit, self._playing = self._playing, None
            if "error" not in info:
                result = self._env.get_state()
                assert result.node_id is not None and visit.parent.node_id is not None
                if result.node_id not in self._key:
                    self._parent[result.node_id] = visit.parent.node_id
                    self._key[result.node_id] = self._env.state_key(result)
        try:
            visit = self._moves.send(result)
        except StopIteration:
            return GIVE_UP
        if visit.parent.node_id != here:
            self._pending = visit
            reason = f": {visit.reason}" if visit.reason else ""
            return f"backtrack {visit.parent.node_id}{reason}"
        return self._play(visit)

    def _play(self, visit: Visit) -> str:
        self._playing = visit
        return visit.step

    # -- helpers for algorithms ----------------------------------------------
    def on_path(self, node: EnvSnapshot, key: Hashable) -> bool:
        """Whether ``key`` is the state of ``node`` or of one of its ancestors."""
        current = node.node_id
        while current is not None:
            if self._key.get(current) == key:
                return True
            current = self._parent.get(current)
        return False

    def candidates(
        self,
        env: SearchableEnv,
        at: EnvSnapshot,
        k: int | None,
        rng: np.random.Generator,
        exclude: Collection[str] = (),
    ) -> list[Candidate]:
        """Proposals at ``at``: none past ``max_depth``, none back onto the path, none in ``exclude``.

        ``exclude`` holds step texts already proposed there, to widen a node with new ones.
        """
        if env.is_terminal(at) or (self.max_depth is not None and len(at.trace) >= self.max_depth):
            return []
        return self.proposals.propose(
            env,
            at,
            k,
            rng,
            self.compute,
            allow=lambda child: (
                child.trace[-1] not in exclude and not self.on_path(at, env.state_key(child))
            ),
        )


def finite(value: float) -> float:
    """``value``, or -inf when it is NaN or infinite (a broken score ranks last)."""
    return float(value) if math.isfinite(value) else -math.inf
