"""The tree of states an agent visits in search mode, and its linearized Meta-CoT.

Every state reached is a node; applying the same step from the same node again
revisits the existing child. The Meta-CoT trace is a list of lines, one per
search event, in a fixed tokenizer-friendly format::

    start node 0: <description>
    node 0 -> node 1: <step> | <description>
    node 1: dead end
    backtrack to node 0 | <reason>
    node 0 -> node 2: <step> | <description>
    node 2: solved

Descriptions come from ``Task.describe_state`` and are omitted when empty; a
backtrack's reason is the agent's own (``backtrack 0: <reason>``), omitted when it
gave none. Line
breaks inside a step or description are written as the two characters ``\n`` so
every event stays on one line. The final CoT is the list of steps on the path from
the root to the current node.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class SearchNode:
    """One visited state; ``parent`` and ``step_text`` are None for the root."""

    node_id: int
    state: Hashable
    parent: int | None
    step_text: str | None
    depth: int


@dataclass
class SearchTree:
    """Append-only record of a search: nodes, edges and the Meta-CoT lines."""

    nodes: list[SearchNode] = field(default_factory=list)
    meta_cot: list[str] = field(default_factory=list)
    _edges: dict[tuple[int, str], int] = field(default_factory=dict)

    def start(self, state: Hashable, description: str = "") -> int:
        """Reset to a single root node holding ``state``."""
        self.nodes = [SearchNode(0, state, None, None, 0)]
        self._edges = {}
        self.meta_cot = [_with_description("start node 0", description)]
        return 0

    def expand(self, parent: int, step_text: str, state: Hashable, description: str = "") -> int:
        """Record stepping from ``parent`` with ``step_text`` into ``state``; returns the child id."""
        key = (parent, step_text)
        child = self._edges.get(key)
        if child is None:
            child = len(self.nodes)
            self.nodes.append(
                SearchNode(child, state, parent, step_text, self.nodes[parent].depth + 1)
            )
            self._edges[key] = child
            line = f"node {parent} -> node {child}: {_one_line(step_text)}"
            self.meta_cot.append(_with_description(line, _one_line(description), " | "))
        else:
            self.meta_cot.append(f"node {parent} -> node {child}: {_one_line(step_text)} (revisit)")
        return child

    def child_of(self, parent: int, step_text: str) -> int | None:
        """The node ``step_text`` led to from ``parent``, or None if it was never played."""
        return self._edges.get((parent, step_text))

    def mark(self, node_id: int, event: str) -> None:
        """Append an event about a node, e.g. ``dead end`` or ``solved``."""
        self.meta_cot.append(f"node {node_id}: {_one_line(event)}")

    def backtrack(self, node_id: int, reason: str = "") -> None:
        """Record a return to an earlier node, with the agent's reason when it gave one."""
        self.meta_cot.append(
            _with_description(f"backtrack to node {node_id}", _one_line(reason), " | ")
        )

    def __contains__(self, node_id: object) -> bool:
        return isinstance(node_id, int) and 0 <= node_id < len(self.nodes)

    def path_steps(self, node_id: int) -> list[str]:
        """Step texts from the root to ``node_id``: the final CoT when it is the solution."""
        steps: list[str] = []
        node = self.nodes[node_id]
        while node.parent is not None:
            assert node.step_text is not None
            steps.append(node.step_text)
            node = self.nodes[node.parent]
        steps.reverse()
        return steps


def _one_line(text: str) -> str:
    return text.replace("\r", "").replace("\n", "\\n")


def _with_description(text: str, description: str, sep: str = ": ") -> str:
    return f"{text}{sep}{description}" if description else text


def format_meta_cot(lines: list[str] | tuple[str, ...]) -> str:
    """Join Meta-CoT lines into one text block (e.g. for a fine-tuning target)."""
    return "\n".join(lines)
