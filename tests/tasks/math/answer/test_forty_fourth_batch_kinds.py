"""Answer kinds found on the forty-fourth peer batch's dev half (``split=dev44``), one rule
each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import check_equivalent
from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a typed +- opening an answer or a side is plus-minus
        ("+-5", "5; -5", True),
        ("+-5", r"\pm 5", True),
        ("x = +-3", r"x = \pm 3", True),
        # not swallowed: after a number it is a sum with a negative term; other values
        ("2+-3", "-1", True),
        ("+-5", "5", False),
        ("+-5", "5; -6", False),
    ],
)
def test_check_equivalent__a_typed_plus_minus(candidate: str, reference: str, equal: bool) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # an ISO currency code before an amount, or after it as a unit
        ("USD 1250", "US$1,250", True),
        ("1250 USD", "1250", True),
        ("EUR 5", "5", True),
        # not swallowed: another amount, a code before an expression
        ("USD 1250", "1251", False),
        ("USD 40 + x", "40 + x", False),
    ],
)
def test_check_equivalent__an_iso_currency_code(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a base-b numeral with places after its point
        (r"\boxed{0.0011_{2}}", r"\frac{3}{16}", True),
        ("0.1_2", "0.5", True),
        ("12.4_8", r"\frac{21}{2}", True),
        # not swallowed: another value, a digit the base has not
        ("0.0011_2", r"\frac{3}{17}", False),
        ("0.12_2", "1", False),
    ],
)
def test_check_equivalent__a_base_numeral_with_a_fraction(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # one comma between digits: thousands against a number, two listed numbers against a
        # list or set
        ("70,110", r"\{70,110\}", True),
        ("70,110", "70110", True),
        # not swallowed: a group starting with 0 is only thousands; other numbers
        ("1,000", r"\{1, 0\}", False),
        ("70,110", r"\{70,111\}", False),
        ("70,110", "70111", False),
    ],
)
def test_check_equivalent__a_comma_between_digits_read_both_ways(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)
