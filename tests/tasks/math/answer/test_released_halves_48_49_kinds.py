"""Answer kinds found on the released halves ``blind48`` and ``blind49``, one rule each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import after_reasoning, check_equivalent, extract_answer


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # the cent sign is a currency unit after a number
        ("75¢", "75", True),
        ("75¢", "75 cents", True),
        ("75¢", "0.75 dollars", True),
        # not swallowed: another amount, or dollars against cents
        ("75¢", "76", False),
        ("75¢", "75 dollars", False),
    ],
)
def test_check_equivalent__the_cent_sign_is_a_unit(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # logic's "and" between a lower and an upper bound on one letter is an interval
        (r"$-3 < x \land x < 4$", "$(-3, 4)$", True),
        (r"x \geq 0 \wedge x < 5", "[0, 5)", True),
        ("x < 4 ∧ x > -3", "(-3, 4)", True),
        # not swallowed: other bounds or closedness; bounds on two letters; a wedge product
        (r"$-3 < x \land x < 4$", "$(-3, 5)$", False),
        (r"x \geq 0 \wedge x < 5", "(0, 5)", False),
        (r"x > 0 \land y < 5", "(0, 5)", False),
        (r"a \wedge b", r"b \wedge a", False),
    ],
)
def test_check_equivalent__logical_and_of_two_bounds_is_an_interval(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("text", "reference", "equal"),
    [
        # Japanese "or" (または, あるいは) lists two math spans, as "or" does
        ("$x < -1$ または $3 < x$", r"(-\infty, -1) \cup (3, \infty)", True),
        ("$x = 2$ あるいは $x = 5$", "2, 5", True),
        # not swallowed: the listed spans must match the whole answer
        ("$x < -1$ または $3 < x$", r"(3, \infty)", False),
        ("$x = 2$ あるいは $x = 5$", "5", False),
    ],
)
def test_extract_answer__japanese_or_lists_math_spans(
    text: str, reference: str, equal: bool
) -> None:
    read = extract_answer(text) or after_reasoning(text)
    assert check_equivalent(read, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # an answer that is one angle in degrees is also its radian measure
        ("$60^\\circ$", "$\\frac{\\pi}{3}$", True),
        ("\\frac{\\pi}{4}", "45°", True),
        ("180 degrees", "\\pi", True),
        ("45^\\circ", "45", True),
        # not swallowed: another angle; a bare number is no angle; rounded radians stay short
        ("45^{\\circ}", "\\frac{\\pi}{3}", False),
        ("60", "\\frac{\\pi}{3}", False),
        ("90°", "1.57", False),
        ("1.5708", "90°", False),  # a short candidate decimal stays exact
        ("\\sin 30^\\circ", "\\frac{\\pi}{6}", False),
    ],
)
def test_check_equivalent__an_angle_alone_is_also_its_radian_measure(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
