"""Kinds written fresh in the session of the hundred-and-fifth batch.

- Its released half (blind98) showed the ``siunitx`` package's ``\\num{10000}`` refused as an
  unknown command. siunitx's macros are now what they typeset, read before units are compared:
  ``\\num`` its number (``e`` marks the exponent, a comma the decimal), ``\\SI``/``\\qty`` a
  number and a unit, ``\\si``/``\\unit`` a unit, ``\\ang`` degrees.
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("\\num{25000}", "25000", True),
        ("\\num{2.5e4}", "25000", True),
        ("\\num{6,25}", "6.25", True),  # siunitx's decimal comma
        ("\\frac{\\num{3}}{8}", "0.375", True),
        ("\\SI{3.2}{kg}", "3.2", True),
        ("\\qty{250}{cm}", "2.5 m", True),
        ("\\SI{4}{\\kilo\\metre}", "4", True),  # a unit in siunitx's macros is dropped
        ("7 \\si{cm}", "7", True),
        ("\\ang{45}", "45^\\circ", True),
        ("\\num{25000}", "2500", False),
        ("\\qty{250}{cm}", "250 mm", False),
        ("\\SI{3.2}{kg}", "3.2 g", False),
    ],
)
def test_check_equivalent__siunitx_macros_are_what_they_typeset(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("\\qty{y}", "\\{y\\}", False),  # the physics package's bracket: unread, as before
        ("\\sin x", "\\sin(x)", True),  # \si does not reach into \sin
        ("\\angle A", "\\angle A", True),
        ("y\\num{4}", "4y", True),  # a number in braces, never glued to its neighbour
    ],
)
def test_check_equivalent__guards_of_the_hundred_and_fifth_batch_kind(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
