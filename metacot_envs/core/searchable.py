"""The SearchableEnv protocol: what external search agents may use besides the Gymnasium API.

A search agent (best-first, beam, MCTS, the oracle) needs to look ahead: list the
children of a state, ask whether a state is final or correct, score states with a
PRM, follow a solver, compare answers and recognise a state reached twice, and
jump back. It gets all of that here, through snapshots,
and never reads an env's ``task``, ``state`` or ``search_tree``. Snapshots are
cheap (task states are immutable) and opaque: an agent may hash and compare them,
and hand them back, but not look inside.

Two ways to move, for two kinds of search:

* **through search mode** (``search=True``): play ``backtrack <node>`` actions
  through the full wrapper stack, so every jump is recorded in the Meta-CoT and
  wrappers (PRM shaping, statistics) see it. ``info["node_id"]`` names the node.
* **by snapshot**: :meth:`SearchableEnv.successors` and :meth:`SearchableEnv.child`
  expand a snapshot without touching the episode, and :meth:`SearchableEnv.set_state`
  resumes from one. ``set_state`` acts on the base env only, beneath any wrapper
  that keeps its own per-step state, so use it to restore before stepping on, not
  in the middle of a shaped episode. In search mode it only accepts snapshots of
  nodes already in the tree: play the step to visit a new one.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from metacot_envs.core.prm import ProcessRewardModel
from metacot_envs.core.task import StepError


@dataclass(frozen=True)
class EnvSnapshot:
    """A point of an episode to look ahead from or resume at; opaque to agents, hashable."""

    state: Hashable
    """the task state (for the env's own use; agents treat it as a key, never read it)"""
    trace: tuple[str, ...]
    """step texts from the start of the episode to here: the CoT so far"""
    steps: int
    """env steps spent to reach this point (budget accounting)"""
    node_id: int | None = 0
    """search mode: the search-tree node; None for a child not yet visited"""


@runtime_checkable
class SearchableEnv(Protocol):
    """Lookahead and resumption for external search agents (``env.unwrapped`` implements it).

    Every method that takes ``snapshot`` uses the current point of the episode when
    it is None. Step texts are canonical: playing one with ``env.step`` needs no
    second parse.
    """

    def get_state(self) -> EnvSnapshot:
        """The current point of the episode."""
        ...

    def set_state(self, snapshot: EnvSnapshot) -> None:
        """Resume from a snapshot of this episode (see the module doc for search mode)."""
        ...

    def legal_steps(self) -> list[str] | None:
        """Texts of the legal steps from the current point; None when not enumerable."""
        ...

    def successors(
        self, snapshot: EnvSnapshot | None = None
    ) -> list[tuple[str, EnvSnapshot]] | None:
        """``(step text, child)`` for every legal step; None when steps are not enumerable."""
        ...

    def child(self, text: str, snapshot: EnvSnapshot | None = None) -> EnvSnapshot | StepError:
        """The snapshot one step of (untrusted) ``text`` leads to, or why it is rejected."""
        ...

    def is_terminal(self, snapshot: EnvSnapshot | None = None) -> bool:
        """Whether the state is final: solved, or a dead end."""
        ...

    def is_correct(self, snapshot: EnvSnapshot | None = None) -> bool:
        """Whether the state is a correct final state."""
        ...

    def solution(self, snapshot: EnvSnapshot | None = None) -> list[str] | None:
        """Step texts of a shortest solution from there (the task's exact solver).

        None when no solution is reachable; ``NotImplementedError`` when the task has
        no solver.
        """
        ...

    def score_states(
        self, prm: ProcessRewardModel, snapshots: Sequence[EnvSnapshot]
    ) -> list[float]:
        """A process reward model's Φ of each snapshot (one batched call)."""
        ...

    def observe(self, snapshot: EnvSnapshot | None = None) -> str:
        """The text-view observation of a snapshot (e.g. to prompt a model at another node)."""
        ...

    def answer(self, snapshot: EnvSnapshot | None = None) -> str | None:
        """The final answer a terminal state gives (what a majority vote counts); None before."""
        ...

    def state_key(self, snapshot: EnvSnapshot | None = None) -> Hashable:
        """A key equal for two snapshots of the same task state, whatever path reached them.

        A transposition key: search agents compare keys to avoid expanding a state
        twice or walking in a cycle; they never look inside one.
        """
        ...


def as_searchable(env: Any) -> SearchableEnv:
    """The :class:`SearchableEnv` beneath any wrappers of ``env``, or a ``TypeError`` saying why not."""
    base = getattr(env, "unwrapped", env)
    if not isinstance(base, SearchableEnv):
        raise TypeError(
            f"{type(base).__name__} is not a SearchableEnv: search agents need a metacot env "
            "(gym.make('MetaCoT/...'))"
        )
    return base
