"""Property test: one integer spelled the ways answers spell it equals itself and no other.

Hypothesis draws two integers and, for each, one of the spellings graders meet: plain, grouped
by ``,``, ``,\\!`` (MATH), ``\\,``, ``{,}`` or a space, ``.0``, boxed, in ``$...$``, as a
fraction, in ``\\text{}``, after a dollar sign, before a unit, after ``The answer is``. The
checker must call the two equal exactly when the integers are, unless the two state different
kinds of quantity (``\\$5`` and ``5 cm``). A spelling with ``.0`` is a
decimal literal, which the checker reads with a computed value's relative tolerance (see
:mod:`~metacot_envs.tasks.math.answer.decimal_precision`), so its integers stay below where
that tolerance reaches 1. This found ``The answer is 621.`` unread as ``621``.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from metacot_envs.tasks.math.answer import check_equivalent


def _grouped(n: int, separator: str) -> str:
    return ("-" if n < 0 else "") + f"{abs(n):,}".replace(",", separator)


SPELLINGS: dict[str, Callable[[int], str]] = {
    "plain": str,
    "comma": lambda n: _grouped(n, ","),
    "math comma": lambda n: _grouped(n, ",\\!"),
    "thin space": lambda n: _grouped(n, "\\,"),
    "braced comma": lambda n: _grouped(n, "{,}"),
    "space": lambda n: _grouped(n, " "),
    "point zero": lambda n: f"{n}.0",
    "boxed": lambda n: f"\\boxed{{{n}}}",
    "math mode": lambda n: f"${n}$",
    "fraction": lambda n: f"\\frac{{{2 * n}}}{{2}}",
    "text": lambda n: f"\\text{{{n}}}",
    "dollars": lambda n: f"\\${_grouped(n, ',')}",
    "unit": lambda n: f"{n} \\text{{ cm}}",
    "sentence": lambda n: f"The answer is {n}.",
}
KINDS = {"dollars": "dollar", "unit": "cm"}
"""spellings that state a kind of quantity: a bare number matches either, but not the other"""
_TOLERATED_BELOW = 50_000
"""a ``.0`` spelling's integers stay under this: its relative tolerance of 1e-5 is under 1"""

_INTEGERS = st.one_of(st.integers(-60, 60), st.integers(100, 999), st.integers(1_000, 9_999_999))
_OFFSETS = st.sampled_from([0, 0, 1, -1, 10, 1_000, -1_000, 9])


@settings(max_examples=400, deadline=None)
@given(
    _INTEGERS,
    _OFFSETS,
    st.sampled_from(sorted(SPELLINGS)),
    st.sampled_from(sorted(SPELLINGS)),
)
def test_check_equivalent__one_integer_in_two_spellings_matches_only_itself(
    value: int, offset: int, first: str, second: str
) -> None:
    other = value + offset if offset != 9 else value * 9
    if "point zero" in (first, second):
        assume(max(abs(value), abs(other)) < _TOLERATED_BELOW)
    candidate, reference = SPELLINGS[first](value), SPELLINGS[second](other)
    verdict = check_equivalent(candidate, reference)
    kinds = {KINDS.get(first), KINDS.get(second)}
    same_kind = None in kinds or len(kinds) == 1
    assert verdict.equivalent is (value == other and same_kind), (
        candidate,
        reference,
        verdict.reason,
    )
