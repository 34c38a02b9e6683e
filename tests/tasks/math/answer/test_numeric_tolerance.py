"""A caller's numeric tolerance: widens number equality by the stated gap, never more."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from metacot_envs.tasks.math.answer import Tolerance, check_equivalent, is_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "tolerance"),
    [
        ("104", "100", Tolerance(relative=0.05)),
        ("95", "100", Tolerance(relative=0.05)),
        ("1.0005", "1.0", Tolerance(absolute=1e-3)),
        ("1.3", "1", Tolerance(absolute=0.3)),  # the bound is the decimal written, not its float
        ("0.2637", "\\frac{135}{512}", Tolerance(absolute=1e-3)),
        ("3.14", "\\pi", Tolerance(relative=1e-3)),  # no exact value on one side
        ("10.008 m", "10", Tolerance(absolute=0.01)),
        ("(1.01, 2)", "(1, 2)", Tolerance(relative=0.02)),
        ("$1.58 billion", "$1,577 million", Tolerance(relative=0.002)),
        ("-2.05", "-2", Tolerance(relative=0.05)),
        ("5%", "5.2\\%", Tolerance(absolute=0.5)),
    ],
)
def test_tolerance__numbers_within_the_gap_match(candidate, reference, tolerance) -> None:
    assert not is_equivalent(candidate, reference)
    verdict = check_equivalent(candidate, reference, tolerance=tolerance)
    assert verdict.equivalent, verdict


@pytest.mark.parametrize(
    ("candidate", "reference", "tolerance"),
    [
        ("106", "100", Tolerance(relative=0.05)),
        ("1.002", "1.0", Tolerance(absolute=1e-3)),
        ("1.31", "1", Tolerance(absolute=0.3)),
        ("3.1", "\\pi", Tolerance(relative=1e-3)),
        ("x + 0.001", "x", Tolerance(absolute=0.1)),  # symbolic answers keep their own rules
        ("(1.5, 2)", "(1, 2)", Tolerance(relative=0.02)),
        ("0.5", "1", Tolerance(relative=0.4)),  # measured against the reference: 0.5 > 0.4
        ("2i", "2.01i", Tolerance(relative=0.1)),  # not real numbers
        ("1", "2", Tolerance()),  # a zero tolerance changes nothing
    ],
)
def test_tolerance__numbers_beyond_the_gap_differ(candidate, reference, tolerance) -> None:
    assert not check_equivalent(candidate, reference, tolerance=tolerance).equivalent


def test_tolerance__never_narrows_the_checkers_own_rules() -> None:
    tight = Tolerance(absolute=1e-12)
    for candidate, reference in [("0.333333", "1/3"), ("1/2", "0.5"), ("x^2-1", "(x-1)(x+1)")]:
        assert is_equivalent(candidate, reference)
        assert is_equivalent(candidate, reference, tolerance=tight)


def test_tolerance__is_checked_when_made() -> None:
    for bad in (-0.1, float("nan"), float("inf"), True, "0.1"):
        with pytest.raises(ValueError, match="tolerance relative"):
            Tolerance(relative=bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="Tolerance or None"):
        check_equivalent("1", "1", tolerance=0.1)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="metacot checker only"):
        check_equivalent("1", "1", checker="math-verify", tolerance=Tolerance(relative=0.1))


def test_tolerance__holds_for_its_own_call_only_even_across_threads() -> None:
    loose = Tolerance(relative=0.5)
    barrier = threading.Barrier(8)

    def check(index: int) -> bool:
        barrier.wait()
        return is_equivalent("140", "100", tolerance=loose if index % 2 else None)

    with ThreadPoolExecutor(max_workers=8) as pool:
        verdicts = list(pool.map(check, range(64)))
    assert verdicts == [bool(index % 2) for index in range(64)]
    assert not is_equivalent("140", "100")  # nothing stays behind after a call


def test_tolerance__a_hostile_answer_stays_bounded() -> None:
    verdict = check_equivalent(
        "\\boxed{9^{9^{9^{9}}}}", "1", timeout=0.5, tolerance=Tolerance(relative=0.5)
    )
    assert not verdict.equivalent


def test_tolerance__is_between_the_two_answers_not_inside_one() -> None:
    # "10, 20" lists two answers even when the margin would call 10 and 20 close; a list of
    # one value in two forms stays one value
    loose = Tolerance(relative=0.5)
    assert not is_equivalent("10", "10, 20", tolerance=loose)
    assert is_equivalent("2.4", "5/2, 2.5", tolerance=Tolerance(relative=0.05))
