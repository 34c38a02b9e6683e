"""Best-of-N: sample N whole solutions from the root, then pick one (parallel sampling)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Generator
from dataclasses import dataclass
from typing import Any

import numpy as np

from agents.search.proposals import Allow, BatchProposalSource, ProposalSource
from agents.search.tree_search import Search, TreeSearchPolicy, Visit, finite
from agents.search.values import ValueSource
from metacot_envs.core.searchable import EnvSnapshot, SearchableEnv

SELECTIONS = ("oracle", "majority", "outcome", "prm")


@dataclass(frozen=True)
class Sample:
    """One finished sample: its last node, the final step held back, and the steps before."""

    index: int
    parent: EnvSnapshot
    """the sample's last visited node"""
    step: str
    """the final step (answer or dead end), looked ahead but not yet played"""
    final: EnvSnapshot
    edges: tuple[tuple[EnvSnapshot, str, EnvSnapshot], ...]
    """(node, step, child) along the sample, the final step included"""


class BestOfNPolicy(TreeSearchPolicy):
    """N independent samples from the root, each one step at a time, then a selection.

    A sample takes one candidate per step from the proposal source (``k=1``: one
    random legal step, one model sample, ...) until a step would end it, or until
    ``max_depth`` steps or no candidate (an unfinished sample, which has no answer).
    In the Meta-CoT each sample is a branch from the root: ``backtrack 0: sample i
    of N`` and its steps.

    ``selection`` decides what is done with the N samples:

    * ``oracle`` (pass@N): every sample is played to its end, so the env, the
      verifier, ends the episode at the first correct one: success iff any of the
      N is correct, with the samples after it never drawn.
    * ``majority``: self-consistency: the most common final answer
      (``SearchableEnv.answer``; ties to the answer seen first) wins; where no
      finished sample gives an answer (a task without ``Task.answer``), the first one.
    * ``outcome``: the value source's score of each final state (an outcome
      reward model); the highest wins.
    * ``prm``: the lowest value-source score along each sample's steps (the usual
      PRM aggregation); the highest wins.

    Without the oracle, each sample's final step is looked ahead, not played
    (playing it would let the env verify it); only the chosen sample's final step
    is played, after a ``backtrack`` to where it left off, and the episode is
    solved iff that one is correct. Every sample's other steps are played, so env
    steps count the whole of every sample.

    With a proposal source that proposes at many snapshots in one call
    (:class:`~agents.search.proposals.BatchProposalSource`, e.g. ``LLMSteps``) and any
    selection but ``oracle``, the N samples are drawn in lockstep: one batched call
    per depth for every sample still going, then played one sample after another,
    so the env sees the same visits in the same order. A model's samples then come
    from one random stream per call rather than one per sample (reproducible, but
    not the texts the one-by-one order would draw). The oracle keeps drawing one
    sample at a time, since it stops at the first correct one.
    """

    def __init__(
        self,
        proposals: ProposalSource | None = None,
        value: ValueSource | None = None,
        *,
        n: int = 8,
        selection: str = "majority",
        name: str = "best-of-n",
        max_depth: int = 32,
        max_env_steps: int | None = None,
    ) -> None:
        if selection not in SELECTIONS:
            raise ValueError(f"selection must be one of {SELECTIONS}, got {selection!r}")
        if selection in ("outcome", "prm") and value is None:
            raise ValueError(f"selection={selection!r} needs a value source")
        if n < 1:
            raise ValueError(f"n must be at least 1, got {n}")
        super().__init__(proposals, name, max_depth, max_env_steps)
        self.value = value
        self.n = int(n)
        self.selection = selection

    def config(self) -> dict[str, Any]:
        return {
            **super().config(),
            "value": None if self.value is None else self.value.config(),
            "n": self.n,
            "selection": self.selection,
        }

    def search(self, env: SearchableEnv, root: EnvSnapshot, rng: np.random.Generator) -> Search:
        if self.selection != "oracle" and isinstance(self.proposals, BatchProposalSource):
            finished = yield from self._lockstep(env, root, rng, self.proposals)
        else:
            finished = yield from self._one_by_one(env, root, rng)
        if not finished:
            return
        chosen = self._select(env, finished)
        yield Visit(
            chosen.parent, chosen.step, f"selected sample {chosen.index + 1} by {self.selection}"
        )

    def _one_by_one(
        self, env: SearchableEnv, root: EnvSnapshot, rng: np.random.Generator
    ) -> Generator[Visit, EnvSnapshot | None, list[Sample]]:
        finished: list[Sample] = []
        for index in range(self.n):
            node, edges = root, []
            reason = f"sample {index + 1} of {self.n}"
            while True:
                found = self.candidates(env, node, 1, rng)
                if not found:
                    break  # no candidate or too deep: the sample has no answer
                text, child = found[0]
                edges.append((node, text, child))
                if env.is_terminal(child) and self.selection != "oracle":
                    finished.append(Sample(index, node, text, child, tuple(edges)))
                    break
                reached = yield Visit(node, text, reason)
                reason = ""
                if reached is None or env.is_terminal(reached):
                    break  # the oracle's dead end (a correct end finished the episode)
                node = reached
        return finished

    def _lockstep(
        self,
        env: SearchableEnv,
        root: EnvSnapshot,
        rng: np.random.Generator,
        source: BatchProposalSource,
    ) -> Generator[Visit, EnvSnapshot | None, list[Sample]]:
        """Draw the N samples together, one batched proposal call per depth, then play them.

        Each sample is looked ahead from snapshots (no cycles: a step back onto the
        sample's own path is dropped, as :meth:`candidates` does), then its steps are
        played one sample after another, so the Meta-CoT reads as in the one-by-one
        order. Only the generation is batched: one model call per depth instead of N
        (on CPU, 8 SmolLM2 prompts in one call took ~4x the time of one).
        """
        paths: list[list[tuple[EnvSnapshot, str, EnvSnapshot]]] = [[] for _ in range(self.n)]
        seen: list[list[Any]] = [[env.state_key(root)] for _ in range(self.n)]
        tips = [root] * self.n
        live = list(range(self.n))
        limit = self.max_depth
        while live:
            asked = [
                i
                for i in live
                if not env.is_terminal(tips[i]) and (limit is None or len(tips[i].trace) < limit)
            ]
            found = source.propose_many(
                env,
                [tips[i] for i in asked],
                1,
                rng,
                self.compute,
                [self._off_path(env, seen[i]) for i in asked],
            )
            live = []
            for i, candidates in zip(asked, found, strict=True):
                if not candidates:
                    continue  # no candidate: the sample stops without an answer
                text, child = candidates[0]
                paths[i].append((tips[i], text, child))
                if not env.is_terminal(child):
                    tips[i] = child
                    seen[i].append(env.state_key(child))
                    live.append(i)
        finished: list[Sample] = []
        for index, path in enumerate(paths):
            node, reason = root, f"sample {index + 1} of {self.n}"
            edges: list[tuple[EnvSnapshot, str, EnvSnapshot]] = []
            for _, text, child in path:
                if env.is_terminal(child):
                    edges.append((node, text, child))
                    finished.append(Sample(index, node, text, child, tuple(edges)))
                    break
                reached = yield Visit(node, text, reason)
                reason = ""
                if reached is None or env.is_terminal(reached):
                    break  # cannot happen for a deterministic env; stop the sample if it does
                edges.append((node, text, reached))
                node = reached
        return finished

    @staticmethod
    def _off_path(env: SearchableEnv, path_keys: list[Any]) -> Allow:
        keys = set(path_keys)
        return lambda child: env.state_key(child) not in keys

    def _select(self, env: SearchableEnv, samples: list[Sample]) -> Sample:
        if self.selection == "majority":
            answers = [env.answer(s.final) for s in samples]
            votes = Counter(a for a in answers if a is not None)
            if not votes:
                return samples[0]
            top = max(votes.values())
            winner = next(a for a in answers if a is not None and votes[a] == top)
            return samples[answers.index(winner)]
        assert self.value is not None
        scores = []
        for sample in samples:
            if self.selection == "outcome":
                edges = sample.edges[-1:]
            else:
                edges = sample.edges
            values = [
                finite(self.value.score_steps(env, node, [(text, child)], self.compute)[0])
                for node, text, child in edges
            ]
            scores.append(min(values))
        best = max(scores)
        return samples[scores.index(best)]
