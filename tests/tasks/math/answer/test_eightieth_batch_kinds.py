"""Answer kinds found on ``dev79``, ``dev80`` and the released halves ``blind72``, ``blind73``.

One rule each. The pairs here are written for the rules, not copied from the peer table;
each rule also has the cases it must not swallow.
"""

import pytest

from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # an antiderivative without its constant of integration is another answer
        ("e^{2x}/2", "\\frac{e^{2x}}{2} + C", False),
        ("\\sin(3x)", "\\sin(3x) + C", False),
        ("x^2 + 3x", "x^2+3x+C", False),
        # the same antiderivative, constant and all; a lower-case c is the same constant
        ("\\frac{x^3}{3} + C", "x^3/3+C", True),
        ("-\\cos x + c", "-\\cos(x) + C", True),
        # not swallowed: another antiderivative is still another answer
        ("x^3/3 + C", "x^4/4 + C", False),
    ],
)
def test_check_equivalent__constant_of_integration(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)
