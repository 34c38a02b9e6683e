"""Data types of the math reasoning MDP: problems, facts, steps and states."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction


@dataclass(frozen=True)
class Fact:
    """An intermediate value a correct solution may state, written ``label = value``.

    A claim ``x = 3`` in a step is right when 3 is among ``values`` (a quadratic's
    ``x`` has two right values). The oracle PRM checks claims against facts.
    """

    labels: tuple[str, ...]
    """names a step may use for the value, e.g. ``("D", "discriminant")``"""
    values: tuple[Fraction, ...]
    """every value that is correct for the label"""


@dataclass(frozen=True)
class MathProblem:
    """One question with its reference answer, from a generator or a dataset."""

    question: str
    """problem text (LaTeX in ``$...$`` as in MATH)"""
    reference: str
    """the reference final answer, compared with the verifier"""
    problem_id: str = ""
    """stable id: dataset ``unique_id`` / ``file:line``, or ``kind/Llevel/hash`` when procedural"""
    source: str = "procedural"
    """``procedural`` or the dataset name"""
    kind: str = ""
    """generator kind (procedural) or dataset format (``math``, ``gsm8k``)"""
    level: int | None = None
    """difficulty: generator level 1-3, or MATH level 1-5"""
    subject: str = ""
    """MATH subject, or the generator's topic"""
    answer_forms: tuple[str, ...] = ()
    """other correct ways to write the reference (procedural problems)"""
    facts: tuple[Fact, ...] = ()
    """checkable intermediate values (procedural problems)"""
    required_form: str = ""
    """``""`` (any form of the value) or ``"factored"``: the answer must be written as a
    product, so restating an expanded polynomial does not earn the reward"""


@dataclass(frozen=True)
class MathStep:
    """One piece of reasoning text; ``answer`` is the final answer it gives, if any."""

    text: str
    answer: str | None = None
    extraction_failure: str = ""
    """why the answer patterns could not finish searching the text (a user pattern ran
    out of time); empty when they did"""


@dataclass(frozen=True)
class MathState:
    """The question plus the reasoning steps so far (immutable, hashable).

    ``answer``, ``correct`` and ``exhausted`` are set when the episode ends: a step
    gave a final answer (judged against the reference once, by the verifier), or the
    reasoning ran over the token budget.
    """

    problem: MathProblem
    steps: tuple[str, ...] = ()
    answer: str | None = None
    """the final answer given, once a step gave one"""
    correct: bool = False
    """whether ``answer`` is equivalent to the reference"""
    verdict: str = ""
    """the verifier's reason for its judgement; before an answer, why the last step's
    answer could not be read, if it could not (an answer pattern ran out of time)"""
    exhausted: bool = False
    """the steps ran over the character/token budget without an answer"""

    @property
    def finished(self) -> bool:
        """Whether no further step may be taken."""
        return self.answer is not None or self.exhausted
