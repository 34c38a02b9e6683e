"""Answer kinds found on the eleventh peer batch's dev half (``split=dev11``), one rule each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow. dev11's other miss (``42.00001`` against ``42``, true
under its source's float tolerance) conflicts with the documented rounding rule and stays.
"""

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "expected"),
    [
        # a derivative in Leibniz's notation names it: the equation states its value
        ("\\frac{d}{dx}(x^2) = 2x", "2x", True),
        ("\\frac{dy}{dx} = 2x", "2x", True),
        ("\\frac{d^2y}{dx^2} = 6x", "6x", True),
        ("\\frac{d}{dt}(t^3) = 3t^2", "3t^2", True),
        ("\\frac{d}{dx}(x^2) = 2x", "3x", False),
        # not swallowed: a ratio that is no differential stays an equation
        ("\\frac{a}{bx} = 2x", "2x", False),
        ("\\frac{d}{x} = 2x", "2x", False),
        ("\\frac{d}{dx y} = 2x", "2x", False),
    ],
)
def test_check_equivalent__a_leibniz_derivative_names_its_value(
    candidate: str, reference: str, expected: bool
) -> None:
    verdict = check_equivalent(candidate, reference)
    assert verdict.equivalent is expected, verdict
