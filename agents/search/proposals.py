"""Proposal sources: where a search agent's candidate steps come from.

A proposal source answers one question: at this snapshot, which next steps are
worth considering? It returns up to ``k`` *candidates*, each a step text in the
env's canonical form with the child snapshot it leads to (looked ahead with
``SearchableEnv.child``/``successors``, nothing is played), distinct and valid.
Every candidate it produced counts in ``compute.steps_proposed`` (a model's
rejected or duplicate samples too) and every token a model generated in
``compute.tokens_generated``.

``allow`` lets the agent exclude children before the source picks among them
(e.g. a state already on the path, so a sampled walk does not step back into a
cycle); a model's samples are filtered after they are generated.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol, runtime_checkable

import numpy as np

from agents.backends.base import Backend
from agents.policies.base import Compute
from agents.policies.llm_step import first_line, step_prompt
from metacot_envs.core.searchable import EnvSnapshot, SearchableEnv
from metacot_envs.core.task import StepError

Candidate = tuple[str, EnvSnapshot]
"""a proposed step: its canonical text and the snapshot it leads to"""
Allow = Callable[[EnvSnapshot], bool]
"""a filter on children: False drops the candidate"""


class ProposalSource(Protocol):
    """Proposes candidate steps at any snapshot of a search (see the module doc)."""

    name: str

    def propose(
        self,
        env: SearchableEnv,
        at: EnvSnapshot,
        k: int | None,
        rng: np.random.Generator,
        compute: Compute,
        allow: Allow | None = None,
    ) -> list[Candidate]:
        """Up to ``k`` distinct valid candidates at ``at`` (None: the source's default)."""
        ...

    def config(self) -> dict[str, Any]:
        """What identifies the source's behaviour (hashed into results rows)."""
        ...


@runtime_checkable
class BatchProposalSource(ProposalSource, Protocol):
    """A proposal source that can propose at several snapshots in one call (a model batch)."""

    def propose_many(
        self,
        env: SearchableEnv,
        ats: Sequence[EnvSnapshot],
        k: int | None,
        rng: np.random.Generator,
        compute: Compute,
        allows: Sequence[Allow | None] | None = None,
    ) -> list[list[Candidate]]:
        """For each snapshot in ``ats``, what :meth:`propose` would return there."""
        ...


def _enumerate(
    env: SearchableEnv, at: EnvSnapshot, source: str, allow: Allow | None
) -> list[Candidate]:
    """The env's legal steps at ``at`` that ``allow`` keeps (an error for free-text envs)."""
    children = env.successors(at)
    if children is None:
        raise ValueError(
            f"{source} needs an env that enumerates its legal steps; this one does not "
            "(free-text steps, e.g. Math): propose with a model (LLMSteps) instead"
        )
    return children if allow is None else [c for c in children if allow(c[1])]


class LegalSteps:
    """The env's legal steps: all of them in the env's order, or ``k`` drawn at random.

    ``k=None`` (or ``k`` at least the number of legal steps) is the full
    enumeration, the strongest possible proposer. A smaller ``k`` draws that many
    distinct steps uniformly without replacement: an unguided sampler that always
    writes legal steps, e.g. the proposal source of best-of-N samples (``k=1``: a
    random legal walk) or of a comparison where proposals must not already contain
    the answer.
    """

    name = "legal"

    def propose(
        self,
        env: SearchableEnv,
        at: EnvSnapshot,
        k: int | None,
        rng: np.random.Generator,
        compute: Compute,
        allow: Allow | None = None,
    ) -> list[Candidate]:
        children = _enumerate(env, at, "LegalSteps", allow)
        if k is not None and k < len(children):
            picks = rng.choice(len(children), size=k, replace=False)
            children = [children[int(i)] for i in picks]
        compute.steps_proposed += len(children)
        return children

    def config(self) -> dict[str, Any]:
        return {"source": self.name}


class NoisySolverSteps:
    """A noisy expert: each candidate is the solver's next step with probability ``accuracy``.

    Otherwise (or once the solver's step is taken, or where no solution is
    reachable) a candidate is a uniformly random legal step not yet proposed.
    ``k=None`` proposes one step. Needs a task with an exact solver and
    enumerable steps (Countdown, Game of 24, Maze).
    """

    name = "noisy-solver"

    def __init__(self, accuracy: float = 0.5) -> None:
        if not 0.0 <= accuracy <= 1.0:
            raise ValueError(f"accuracy must be in [0, 1], got {accuracy}")
        self.accuracy = float(accuracy)

    def propose(
        self,
        env: SearchableEnv,
        at: EnvSnapshot,
        k: int | None,
        rng: np.random.Generator,
        compute: Compute,
        allow: Allow | None = None,
    ) -> list[Candidate]:
        children = _enumerate(env, at, "NoisySolverSteps", allow)
        plan = env.solution(at) if children else None
        expert = plan[0] if plan else None
        pool = list(range(len(children)))
        chosen: list[Candidate] = []
        for _ in range(min(k or 1, len(children))):
            pick = None
            if expert is not None and rng.random() < self.accuracy:
                pick = next((i for i in pool if children[i][0] == expert), None)
            if pick is None:
                pick = pool[int(rng.integers(len(pool)))]
            if children[pick][0] == expert:
                expert = None
            pool.remove(pick)
            chosen.append(children[pick])
        compute.steps_proposed += len(chosen)
        return chosen

    def config(self) -> dict[str, Any]:
        return {"source": self.name, "accuracy": self.accuracy}


class LLMSteps:
    """A language model samples ``k`` next steps at once (``n=k`` from one prompt).

    The prompt is the snapshot's observation and the one-step instruction of
    :class:`~agents.policies.llm_step.LLMStepPolicy`; a sample's step is its first
    non-empty line. Samples the env rejects (``child`` returns a ``StepError``), or
    that repeat a canonical step already proposed, are dropped, but their tokens
    and the sample itself still count. ``k=None`` samples ``default_k``.
    Generation is seeded from the search's generator, so episodes are reproducible.
    """

    name = "llm"

    def __init__(
        self,
        backend: Backend,
        default_k: int = 4,
        temperature: float = 0.8,
        max_new_tokens: int = 32,
        stop: Sequence[str] = ("\n",),
    ) -> None:
        self.backend = backend
        self.default_k = int(default_k)
        self.temperature = float(temperature)
        self.max_new_tokens = int(max_new_tokens)
        self.stop = tuple(stop)

    def propose(
        self,
        env: SearchableEnv,
        at: EnvSnapshot,
        k: int | None,
        rng: np.random.Generator,
        compute: Compute,
        allow: Allow | None = None,
    ) -> list[Candidate]:
        [found] = self.propose_many(env, [at], k, rng, compute, [allow])
        return found

    def propose_many(
        self,
        env: SearchableEnv,
        ats: Sequence[EnvSnapshot],
        k: int | None,
        rng: np.random.Generator,
        compute: Compute,
        allows: Sequence[Allow | None] | None = None,
    ) -> list[list[Candidate]]:
        """:meth:`propose` at several snapshots with one generation call (a batch of prompts).

        One seed is drawn for the whole call, so a snapshot's samples depend on the
        others in the batch: reproducible for the same batch, not equal to proposing
        at each snapshot alone. Terminal snapshots get no candidates and no prompt.
        """
        n = self.default_k if k is None else int(k)
        filters = list(allows) if allows is not None else [None] * len(ats)
        asked = [i for i, at in enumerate(ats) if n >= 1 and not env.is_terminal(at)]
        out: list[list[Candidate]] = [[] for _ in ats]
        if not asked:
            return out
        batches = self.backend.generate(
            [step_prompt(env.observe(ats[i]), {}) for i in asked],
            n=n,
            temperature=self.temperature,
            max_new_tokens=self.max_new_tokens,
            stop=self.stop,
            seed=int(rng.integers(2**31)),
        )
        for i, samples in zip(asked, batches, strict=True):
            compute.steps_proposed += len(samples)
            compute.tokens_generated += sum(s.num_tokens for s in samples)
            texts = [first_line(s.text) for s in samples]
            out[i] = valid_candidates(env, ats[i], texts, filters[i])
        return out

    def config(self) -> dict[str, Any]:
        return {
            "source": self.name,
            **self.backend.identity(),
            "default_k": self.default_k,
            "temperature": self.temperature,
            "max_new_tokens": self.max_new_tokens,
        }


def valid_candidates(
    env: SearchableEnv, at: EnvSnapshot, texts: Sequence[str], allow: Allow | None = None
) -> list[Candidate]:
    """The texts the env accepts at ``at``, canonical and without repeats, in order."""
    seen: set[str] = set()
    out: list[Candidate] = []
    for text in texts:
        if not text:
            continue
        child = env.child(text, at)
        if isinstance(child, StepError):
            continue
        canonical = child.trace[-1]
        if canonical in seen or (allow is not None and not allow(child)):
            continue
        seen.add(canonical)
        out.append((canonical, child))
    return out
