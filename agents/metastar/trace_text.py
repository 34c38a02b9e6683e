"""The text a Meta-STaR model reads and writes: a problem, then the env's own Meta-CoT lines.

One format serves every corpus (solution-only, search traces, an agent's verified
episodes) and the trained model's play, so a model trained on any of them plays the
same way. An example is::

    prompt:      <the env's first observation (the question)>
                 Search:
                 start node 0: left 12 13 19
    completion:  node 0 -> node 1: 13+12=25 | left 19 25
                 node 1 -> node 2: 25+19=44 | left 44
                 node 2: dead end
                 backtrack to node 0
                 node 0 -> node 3: 13-12=1 | left 1 19
                 node 3 -> node 4: 19-1=18 | left 18
                 node 4: solved

i.e. the env's Meta-CoT (``info["meta_cot"]``, the search tree's own linearization)
with two edits: lines for rejected actions are dropped (they teach nothing but the
mistake), and backtrack reasons are dropped unless asked for (a solver-driven search
writes "best open step, score 0.83", an oracle's score the model cannot know). A
solution-only example is the same format without dead ends or backtracks: the
solution played through search mode.

When it plays (:class:`agents.metastar.policy.MetaStarPolicy`) the model writes the
next line; :func:`action_from_line` turns it into an env action (the step of a ``node
a -> node b: STEP | ...`` line, ``backtrack N`` from ``backtrack to node N``), the env
answers with its own lines, and those, not the model's, go into the next prompt.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

SEARCH_HEADER = "Search:"
"""the line between the question and the Meta-CoT"""

_BACKTRACK = re.compile(r"^backtrack to node (\d+)(?: \| (.*))?$")
_STEP = re.compile(r"^node \d+ -> node \d+: (.*)$")
_REJECTED = re.compile(r"^node \d+: rejected step\b")
_REVISIT = " (revisit)"


def prompt_text(question: str, start_line: str) -> str:
    """The prompt of an example: the question, the header and the search's start line."""
    return f"{question}\n{SEARCH_HEADER}\n{start_line}\n"


def trace_lines(meta_cot: Sequence[str], *, keep_reasons: bool) -> list[str]:
    """The Meta-CoT lines after the start line, as a completion holds them (see the module doc)."""
    out = []
    for line in meta_cot[1:]:
        if _REJECTED.match(line):
            continue
        match = _BACKTRACK.match(line)
        if match and not keep_reasons:
            line = f"backtrack to node {match.group(1)}"
        out.append(line)
    return out


def completion_text(lines: Sequence[str]) -> str:
    """The completion: one Meta-CoT line per line, newline-terminated."""
    return "".join(f"{line}\n" for line in lines)


def action_from_line(line: str) -> str:
    """The env action a written Meta-CoT line stands for (untrusted text in, text out).

    ``node a -> node b: STEP | left ...`` plays ``STEP``; ``backtrack to node N | why``
    plays ``backtrack N: why``; any other line is sent as written (the env rejects it
    or parses it as a step, and says why).
    """
    line = line.strip()
    match = _BACKTRACK.match(line)
    if match:
        reason = match.group(2)
        return f"backtrack {match.group(1)}" + (f": {reason}" if reason else "")
    match = _STEP.match(line)
    if match:
        step = match.group(1).split(" | ", 1)[0]
        return step.removesuffix(_REVISIT).strip()
    return line
