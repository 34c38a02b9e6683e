"""Value sources: how a search agent judges candidate steps.

A value source scores candidates (step text plus the child snapshot it leads to,
see :mod:`agents.search.proposals`) from a snapshot; higher is more promising.
It adds what judging cost to the ``compute`` it is given: ``steps_scored`` for
every candidate judged, ``prm_calls`` for every state a PRM evaluated. PRM and
verifier values lie in [0, 1]; a language model's are log-probabilities (rank
them, do not average them with PRM values).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np

from agents.backends.base import Backend
from agents.policies.base import Compute
from agents.policies.llm_step import step_prompt
from agents.search.proposals import Candidate
from metacot_envs.core.prm import ProcessRewardModel
from metacot_envs.core.searchable import EnvSnapshot, SearchableEnv


class ValueSource(Protocol):
    """Scores candidate steps from a snapshot (see the module doc)."""

    name: str
    max_score: float
    """the highest score the source gives (1 for PRMs and the verifier, 0 for log-probabilities):
    an optimistic value for a step not yet proposed"""

    def score_steps(
        self,
        env: SearchableEnv,
        at: EnvSnapshot,
        candidates: Sequence[Candidate],
        compute: Compute,
    ) -> list[float]:
        """One score per candidate, in order."""
        ...

    def config(self) -> dict[str, Any]:
        """What identifies the source's behaviour (hashed into results rows)."""
        ...


class PRMStepScorer:
    """The PRM's value Φ of the state each step leads to (e.g. the solver oracle).

    Any :class:`~metacot_envs.core.prm.ProcessRewardModel` works, scored through
    ``SearchableEnv.score_states`` in one batch: ``SolverPRM``, ``MathClaimPRM``,
    the maze's ``MazeDistancePRM``, ``LLMPRM``, or ``MonteCarloPRM`` for rollout
    values (its rollouts run inside the PRM: they count as PRM calls, one per
    scored state, not as env steps).
    """

    max_score = 1.0

    def __init__(self, prm: ProcessRewardModel) -> None:
        self.prm = prm
        self.name = f"prm:{type(prm).__name__}"

    def score_steps(
        self,
        env: SearchableEnv,
        at: EnvSnapshot,
        candidates: Sequence[Candidate],
        compute: Compute,
    ) -> list[float]:
        compute.steps_scored += len(candidates)
        compute.prm_calls += len(candidates)
        return env.score_states(self.prm, [child for _, child in candidates])

    def config(self) -> dict[str, Any]:
        return {"value": self.name, **{k: v for k, v in vars(self.prm).items() if _plain(v)}}


class LMStepScorer:
    """A step's summed log-probability as the model's answer to the step prompt.

    One shared prompt pass scores every candidate (``Backend.score``).
    """

    max_score = 0.0

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self.name = f"lm:{getattr(backend, 'model_name', backend.name)}"

    def score_steps(
        self,
        env: SearchableEnv,
        at: EnvSnapshot,
        candidates: Sequence[Candidate],
        compute: Compute,
    ) -> list[float]:
        compute.steps_scored += len(candidates)
        prompt = step_prompt(env.observe(at), {})
        return self.backend.score(prompt, [text for text, _ in candidates])

    def config(self) -> dict[str, Any]:
        return {"value": self.name, **self.backend.identity()}


class TerminalVerifier:
    """The verifier at the end: 1 for a correct final state, 0 for a wrong one, else ``unknown``.

    Says nothing until a candidate finishes: the value source of pure
    generate-and-verify, and the reference against which a PRM's guidance is measured.
    """

    name = "verifier"
    max_score = 1.0

    def __init__(self, unknown: float = 0.5) -> None:
        self.unknown = float(unknown)

    def score_steps(
        self,
        env: SearchableEnv,
        at: EnvSnapshot,
        candidates: Sequence[Candidate],
        compute: Compute,
    ) -> list[float]:
        compute.steps_scored += len(candidates)
        return [
            (1.0 if env.is_correct(child) else 0.0) if env.is_terminal(child) else self.unknown
            for _, child in candidates
        ]

    def config(self) -> dict[str, Any]:
        return {"value": self.name, "unknown": self.unknown}


class NoisyValue:
    """Another value source plus Gaussian noise, fixed per state: an imperfect PRM.

    The noise of a state is drawn from a generator seeded by ``seed`` and a digest
    of the state's key (``SearchableEnv.state_key``), so one state always gets the
    same value, whichever agent asks and however often: a consistent but wrong
    judge, not one whose errors average out by asking again. Values are clipped to
    [0, 1].
    """

    def __init__(self, inner: ValueSource, sigma: float = 0.2, seed: int = 0) -> None:
        if sigma < 0:
            raise ValueError(f"sigma must be >= 0, got {sigma}")
        self.inner = inner
        self.sigma = float(sigma)
        self.seed = int(seed)
        self.name = f"noisy({inner.name})"
        self.max_score = 1.0

    def score_steps(
        self,
        env: SearchableEnv,
        at: EnvSnapshot,
        candidates: Sequence[Candidate],
        compute: Compute,
    ) -> list[float]:
        clean = self.inner.score_steps(env, at, candidates, compute)
        out = []
        for value, (_, child) in zip(clean, candidates, strict=True):
            digest = hashlib.blake2b(repr(env.state_key(child)).encode(), digest_size=8).digest()
            rng = np.random.default_rng([self.seed, int.from_bytes(digest, "little")])
            out.append(float(np.clip(value + self.sigma * rng.standard_normal(), 0.0, 1.0)))
        return out

    def config(self) -> dict[str, Any]:
        return {
            "value": "noisy",
            "inner": self.inner.config(),
            "sigma": self.sigma,
            "seed": self.seed,
        }


def _plain(value: Any) -> bool:
    return isinstance(value, (bool, int, float, str))
