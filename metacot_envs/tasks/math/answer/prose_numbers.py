"""Numbers moved around in prose: two texts that are the same words around other numbers.

The grammar reads a word it does not know as a product of its letters, so prose handed to
the checker as an answer (``Answer: 3  This result uses 7 steps.``) becomes a product in
which the numbers commute: with two of its numbers swapped it matched itself, as ``100 rooms
out of 48`` matched ``48 rooms out of 100`` and ``First \\boxed{99} then \\boxed{1}`` matched
``First \\boxed{1} then \\boxed{99}``. :func:`numbers_moved_in_prose` says when an equal
verdict on two such texts rests on that reading: the same words (one of them prose, not a
function, unit or operator word) around numbers that differ in some place, unless the
answers the Math env would read from them agree, or every difference lies before the last
``=`` (a chain states its last side).
"""

from __future__ import annotations

import re
from fractions import Fraction

from metacot_envs.tasks.math.answer.extraction import extract_answer
from metacot_envs.tasks.math.answer.latex_normalize import UNIT_WORDS
from metacot_envs.tasks.math.answer.plain_spelling import PLAIN_FUNCTIONS
from metacot_envs.tasks.math.answer.unit_names import CANONICAL_UNITS

_NUMBER = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")
_WORD = re.compile(r"(?<![\\A-Za-z])[A-Za-z]{3,}(?![A-Za-z])")
"""a word of three letters or more (``ab`` is as often a product of two names)"""
_MATH_WORDS = (
    frozenset(
        """of and or is are as equals equal times plus minus over divided by choose mod modulo
        pi inf infty infinity sqrt cbrt abs max min gcd lcm det floor ceil round sum prod lim int
        alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi rho sigma tau
        upsilon phi chi psi omega true false none dne undefined frac dfrac tfrac cdot text
        mathrm mathbf boxed left right approx le ge leq geq ne neq pm mp cup cap in to""".split()
    )
    | PLAIN_FUNCTIONS
    | UNIT_WORDS
    | {spelling.lower() for spelling in CANONICAL_UNITS}
)
"""words that name mathematics (functions, constants, operators, units, LaTeX commands):
only a word outside them makes a text prose"""


def numbers_moved_in_prose(candidate: str, reference: str) -> bool:
    """Whether ``candidate`` and ``reference`` are the same words around numbers that differ
    in some place, in prose, with no answer read from them that agrees: an equal verdict on
    them comes from reading the words as products of letters, not from what they state."""
    if not (_is_prose(candidate) and _is_prose(reference)):
        return False
    shapes = _shape(candidate), _shape(reference)
    if shapes[0][0] != shapes[1][0]:
        return False
    differing = _differing_places(shapes[0][1], shapes[1][1])
    if not differing:
        return False
    skeleton = shapes[0][0]
    last_side = skeleton.rfind("=")
    if last_side >= 0 and max(differing) < skeleton.count("#", 0, last_side):
        return False  # only the working before a chain's last side differs
    read = extract_answer(candidate), extract_answer(reference)
    if read[0] is not None and read[1] is not None:
        answers = _shape(read[0]), _shape(read[1])
        if answers[0][0] == answers[1][0] and not _differing_places(answers[0][1], answers[1][1]):
            return False  # the answers read agree; only the prose around them differs
    return True


_SHORT_PROSE_WORD = re.compile(
    r"(?<![\\A-Za-z])(?:no|No|so|So|we|We|it|It|if|If|an|An|at|on|be)(?![A-Za-z])"
)
"""two-letter English words that name no mathematics (``\\boxed{2} no no \\boxed{1}``)"""


_SIMPLE_BOX = re.compile(r"\\boxed\s*\{[^{}]*\}")
_ANY_WORD = re.compile(r"(?<![\\A-Za-z])[A-Za-z]{2,}")


def _is_prose(text: str) -> bool:
    if _SHORT_PROSE_WORD.search(text):
        return True
    if "\\boxed" in text and _ANY_WORD.search(_SIMPLE_BOX.sub(" ", text)):
        return True  # words around a boxed answer (10 minus 6 is \boxed{5}): the box answers
    return any(not _is_math_word(word.lower()) for word in _WORD.findall(text))


def _is_math_word(word: str) -> bool:
    """A word of :data:`_MATH_WORDS`, or one glued to a single letter (``andx``, ``sinx``)."""
    if word in _MATH_WORDS:
        return True
    return word[:-1] in _MATH_WORDS or word[1:] in _MATH_WORDS


def _shape(text: str) -> tuple[str, list[Fraction]]:
    """``text`` with each number written ``#`` and spaces folded, and its numbers in order."""
    numbers = [Fraction(match) for match in _NUMBER.findall(text)]
    return " ".join(_NUMBER.sub("#", text).split()), numbers


def _differing_places(first: list[Fraction], second: list[Fraction]) -> list[int]:
    return [index for index, (a, b) in enumerate(zip(first, second, strict=True)) if a != b]
