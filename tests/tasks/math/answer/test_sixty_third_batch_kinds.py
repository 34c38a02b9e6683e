"""Answer kinds found on the sixty-third batch's dev half (``dev63``), one rule each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a list in square brackets with three items or more is no interval: its items
        ("[1,2,3]", "1,2,3", True),
        (r"\left[1,2,3\right]", r"2-1, 3-1, \frac{6}{2}", True),
        ("[1,2,3,4]", "1, 2, 3, 4", True),
        # in any order since 2026-12-07, as against a bare list of two: a program's printed
        # solutions (test_hundred_twenty_seventh_batch_kinds.py)
        ("[1,2,3]", "3,2,1", True),
        # not swallowed: another length, another item
        ("[1,2,3]", "1,2", False),
        ("[1,2,3]", "3,2,2", False),
        # two plain values were kept an interval here until 2026-12-06; since then they are the
        # bare list's values in any order, as every suite stating a verdict on such a pair
        # judges (test_ninety_ninth_batch_kinds.py)
        ("[1,2]", "1,2", True),
    ],
)
def test_check_equivalent__a_square_list_of_three_or_more_is_its_items(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
    assert check_equivalent(reference, candidate).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a union of finite sets is one set; a brace group beside \cup is a set
        (r"\{1,2,3\}", r"\{1,2\}\cup\{2,3\}", True),
        ("{1,2,3}", r"{1,2}\cup{2,3}", True),
        ("{1,2,3}", r"{1,2} \cup {3}", True),
        (r"\{x,y,z\}", r"\{x,y\}\cup\{z\}", True),
        # not swallowed: an item missing, an item added, a fraction's argument, an interval
        (r"\{1,4\}", r"{1,2}\cup{3,4}", False),
        (r"\{1,2,3,5\}", r"\{1,2\}\cup\{2,3\}", False),
        (r"\frac{1}{2}\cup\{3\}", r"\{2\}\cup\{3\}", False),
        (r"\{1,2\}\cup[3,4]", r"\{1,2,3,4\}", False),
    ],
)
def test_check_equivalent__a_union_of_finite_sets_is_one_set(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
    assert check_equivalent(reference, candidate).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # the SI symbols take every prefix, nano to tera, and convert exactly
        ("1s", "1000ms", True),
        ("1000 us", "1 ms", True),
        ("1000 mN", "1 N", True),
        ("0.000001 A", "1 uA", True),
        ("0.001 TJ", "1 GJ", True),
        ("1000000 kHz", "1 GHz", True),
        ("2 GPa", "2000 MPa", True),
        ("1 μm", "1 um", True),
        ("3 μL", "0.003 mL", True),
        # not swallowed: another amount, a prefix's case, another quantity, the mile
        ("1000 us", "1 s", False),
        ("5 MW", "5 mW", False),
        ("1 mm", "1 Mm", False),
        ("5 ms", "5 m", False),
        ("1 kHz", "1 kW", False),
        ("5 mi", "5 m", False),
    ],
)
def test_check_equivalent__si_prefixes_convert_exactly(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
    assert check_equivalent(reference, candidate).equivalent is equal
