"""Kinds found by ``benchmarks/probe_rewrites.py`` (MATH-500 answers rewritten, ours vs math-verify).

- A name and ``=`` before a comma-grouped number: ``x = 58,500`` is the number alone is.
- ``\\pm`` inside a set on the right of ``x =``: the set's members expand, as without ``x =``.
"""

import pytest

from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("x = 58,500", "58,500", True),
        ("x = 58,500", "58500", True),
        ("x=1,000", "1000", True),
        ("x_1 = 1,000,000", "1000000", True),
        ("n = 12,345.5", "12345.5", True),
        # must not swallow: other numbers, or a comma that cannot group thousands
        ("x = 58,500", "58", False),
        ("x = 58,500", "500", False),
        ("x = 1,000", "1", False),
        ("x = 1,50", "150", False),
        ("x = 1,5000", "15000", False),
        ("(x, y) = 1,000", "1000", False),
    ],
)
def test_a_named_comma_grouped_number_is_the_number(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        (r"x = \{1\pm\sqrt{5},-2\}", r"\{1+\sqrt{5},1-\sqrt5,-2\}", True),
        (r"x = \{1 \pm 2\}", r"\{3,-1\}", True),
        (r"x = \{1 \pm 2\}", r"\{-1, 3\}", True),
        # must not swallow: a different set, or signs inside a tuple (kept as written)
        (r"x = \{1 \pm 2\}", r"\{3,1\}", False),
        (r"x = \{1 \pm 2\}", r"\{3\}", False),
        (r"x = (1 \pm 2, 3)", r"(3,3)", False),
    ],
)
def test_a_sign_choice_in_a_named_set_expands(candidate: str, reference: str, equal: bool) -> None:
    assert_verdict_both_ways(candidate, reference, equal)
