"""Behaviour of check_equivalent on each answer form, with the reasons it gives."""

import pytest

from metacot_envs.tasks.math.answer import (
    Verdict,
    check_equivalent,
    check_self_equivalent,
    is_equivalent,
)


@pytest.mark.parametrize(
    ("candidate", "reference"),
    [
        ("0.5", r"\dfrac{1}{2}"),
        (r"\sqrt[3]{-8}", "-2"),
        (r"\frac{\sqrt{3}}{2}", r"\frac{1}{2}\sqrt{3}"),
        ("x^2+2x+1", "(x+1)^2"),
        (r"1 \pm \sqrt{2}", r"1-\sqrt{2}, 1+\sqrt{2}"),
        (r"\{3, 1\}", "1, 3"),
        (r"\left[ 1, \infty \right)", r"[1, +\infty)"),
        ("x = 3", "3"),
        (r"5\text{ cm}^2", "5"),
        ("1,000,000", "1000000"),
    ],
)
def test_is_equivalent__accepts_the_same_answer_in_another_form(
    candidate: str, reference: str
) -> None:
    assert is_equivalent(candidate, reference)
    assert is_equivalent(reference, candidate)


@pytest.mark.parametrize(
    ("candidate", "reference"),
    [
        ("(0, 1]", "[0, 1]"),
        ("(1, 2)", "(2, 1)"),
        ("0.33", r"\frac13"),
        (r"-\infty", r"\infty"),
        ("x^2-1", "(x-1)^2"),
        (r"\{1, 2\}", r"\{1, 2, 3\}"),
    ],
)
def test_is_equivalent__rejects_a_different_answer(candidate: str, reference: str) -> None:
    assert not is_equivalent(candidate, reference)
    assert not is_equivalent(reference, candidate)


def test_check_equivalent__says_whether_the_match_was_exact_or_numeric() -> None:
    assert check_equivalent("0.5", r"\frac12") == Verdict(True, "exact match")
    assert check_equivalent(r"2\sqrt3", r"\sqrt{12}") == Verdict(True, "numeric match")


def test_check_equivalent__reports_parse_errors_without_raising() -> None:
    verdict = check_equivalent(r"\frac{1}", "1")
    assert not verdict.equivalent and verdict.reason.startswith("parse error")


def test_check_equivalent__division_by_zero_is_not_a_match() -> None:
    assert not check_equivalent(r"\frac{1}{0}", "1").equivalent


def test_check_equivalent__non_string_input_is_a_parse_error() -> None:
    assert check_equivalent(None, "1").reason.startswith("parse error")  # type: ignore[arg-type]


def test_check_self_equivalent__compares_parsed_trees_not_strings() -> None:
    assert check_self_equivalent(r"\frac{1}{2}") == Verdict(True, "exact match")
    outside_the_grammar = r"2 \qux 3"
    assert check_equivalent(outside_the_grammar, outside_the_grammar).reason == "string match"
    verdict = check_self_equivalent(outside_the_grammar)
    assert verdict == Verdict(False, r"parse error: unsupported command \qux")


@pytest.mark.parametrize(
    ("answer", "reason"),
    [
        (r"9^{9^{9^{9}}}", "size limit"),
        ("x" * 5000, "size limit"),
        (r"\frac{1}{0}", "undefined value"),
        (3, "parse error"),
    ],
)
def test_check_self_equivalent__reports_limits_without_raising(answer: object, reason: str) -> None:
    verdict = check_self_equivalent(answer)  # type: ignore[arg-type]
    assert not verdict.equivalent and verdict.reason.startswith(reason)
