"""Answer kinds found on the eleventh peer batch's dev half (``split=dev11``), one rule each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow. dev11's other miss (``42.00001`` against ``42``, true
under its source's float tolerance) first stayed as a conflict with the rounding rule; the
float-noise rule (a decimal within one part in a million is the same number), written for
floating-point output such as ``0.30000000000000004``, now covers it.
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


@pytest.mark.parametrize(
    ("candidate", "reference", "expected"),
    [
        # a decimal within one part in a million of the other side is float printing noise
        ("0.30000000000000004", "0.3", True),
        ("0.30000000000000004", "\\frac{3}{10}", True),
        ("2.9999999999999996", "3", True),
        ("42.00001", "42", True),
        ("3.14159265", "3.14159266", True),
        ("3.1415927", "\\pi", True),
        # not swallowed: wider gaps, integers (no decimal written), short decimals, percents
        ("72.001", "72", False),
        ("1", "1.0001", False),
        ("99999999999", "100000000000", False),
        ("0.333333", "0.333354", False),
        ("2.7183", "e", False),
        ("1.4142", "\\sqrt{2}", False),
        ("42.00001", "43", False),
    ],
)
def test_check_equivalent__float_printing_noise_is_the_same_number(
    candidate: str, reference: str, expected: bool
) -> None:
    verdict = check_equivalent(candidate, reference)
    assert verdict.equivalent is expected, verdict
