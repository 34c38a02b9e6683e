from fractions import Fraction

import pytest

from metacot_envs.core.safe_math import (
    Limits,
    SafeMathError,
    evaluate_text,
    format_expression,
    parse_expression,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1+2*3", 7),
        ("(1+2)*3", 9),
        ("7/2", Fraction(7, 2)),
        ("8/4", 2),
        ("-3+5", 2),
        ("2 \u00d7 3 \u2212 1", 5),
        ("6\u00f74", Fraction(3, 2)),
        ("10-2-3", 5),
        ("24/4/3", 2),
    ],
)
def test_evaluate_text__is_exact_and_left_associative(text, value):
    result = evaluate_text(text)
    assert result == value and type(result) is type(value)


def test_powers__only_when_allowed_and_capped():
    with pytest.raises(SafeMathError, match="powers"):
        evaluate_text("2^3")
    limits = Limits(allow_power=True, max_exponent=64, max_bits=256)
    assert evaluate_text("2^10", limits) == 1024
    assert evaluate_text("2**-2", limits) == Fraction(1, 4)
    for big in ("9^9^9^9", "2^(10^9)", "10^200", "(10^20)^20"):
        with pytest.raises(SafeMathError):
            evaluate_text(big, limits)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "1+",
        "(1",
        "1)",
        "1 2",
        "__import__('os')",
        "\u0663+1",
        "1/0",
        "1.5",
        "1" * 30,
        "(" * 40 + "1" + ")" * 40,
        "x" * 600,
    ],
)
def test_bad_text__raises_safe_math_error(text):
    with pytest.raises(SafeMathError):
        evaluate_text(text)


def test_decimals__exact_when_allowed():
    assert evaluate_text("0.1+0.2", Limits(allow_decimals=True)) == Fraction(3, 10)


def test_format_expression__round_trips():
    tree = parse_expression("(66-42)*2-1/3")
    assert evaluate_text(format_expression(tree)) == evaluate_text("(66-42)*2-1/3")


def test_intermediate_size__is_capped():
    with pytest.raises(SafeMathError, match="bits"):
        evaluate_text("*".join(["999999999999"] * 30), Limits(max_bits=128))
