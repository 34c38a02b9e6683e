"""Answer kinds found on the forty-ninth peer batch's dev half (``split=dev49``), one rule
each (the fiftieth batch's dev half, read with it, had only a conflict).

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # logic's "or" joins inequalities into their union, as the word does
        ("x \\le -1 \\lor x > 4", "(-\\infty, -1] \\cup (4, \\infty)", True),
        ("t < 0 \\vee t > 2", "(-\\infty, 0) \\cup (2, \\infty)", True),
        ("y = 3 ∨ y = 5", "3, 5", True),
        # not swallowed: other bounds; a longer command is not "or"
        ("x \\le -1 \\lor x > 4", "(-\\infty, -1) \\cup (4, \\infty)", False),
        ("y = 3 ∨ y = 5", "3, 6", False),
        ("\\lorentz", "2", False),
    ],
)
def test_check_equivalent__logical_or_joins_answers(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a rate unit glued to its number is a unit, even of one-letter parts
        ("9.8m/s^2", "9.8", True),
        ("9.8m/s²", "9.8 m/s^2", True),
        ("72km/h", "72", True),
        # not swallowed: another value; letters that are no units stay an expression
        ("72km/h", "7.2", False),
        ("3x/y", "3", False),
    ],
)
def test_check_equivalent__a_glued_rate_unit_is_a_unit(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # rates stated on both sides must agree, as single units must
        ("15 m/s", "15 m/sec", True),
        ("50 mph", "50 mi/hr", True),
        ("15 m/s", "15 km/h", False),
        ("50 km/h", "50 mph", False),
        ("9.8 m/s^2", "9.8 m/s", False),
    ],
)
def test_check_equivalent__rate_units_must_agree(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
