"""Answer kinds found on the fourteenth peer batch's dev half (``split=dev14``), one rule each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # bare braces around a whole answer may be plain-text set braces
        ("{5}", "\\{5\\}", True),
        ("{-\\frac{1}{2}}", "\\{-0.5\\}", True),
        ("{2, 7}", "\\{7, 2\\}", True),
        ("{5}", "5", True),  # ... or LaTeX grouping: both readings are kept
        # not swallowed: other values, more items
        ("{5}", "\\{6\\}", False),
        ("{5}", "\\{5, 6\\}", False),
        ("{5}", "(5)", True),
        ("{[1,2]}", "\\{[1,2]\\}", True),
        ("{[1,2]}", "\\{[1,3]\\}", False),
    ],
)
def test_check_equivalent__a_wholly_braced_answer_may_be_a_set(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
    assert check_equivalent(reference, candidate).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference"),
    [
        # a lone value against a reference set (another suite states 'x=42' differs from
        # '\\{42\\}'), and braces that do not wrap the whole answer; the other way round a
        # candidate's one-element set is its element (test_released_halves_kinds.py, blind13)
        ("5", "\\{5\\}"),
        ("x=5", "\\{5\\}"),
        ("{5}+{1}", "\\{6\\}"),
    ],
)
def test_check_equivalent__a_lone_value_does_not_answer_a_reference_set(
    candidate: str, reference: str
) -> None:
    assert not check_equivalent(candidate, reference).equivalent


def test_check_equivalent__the_set_reading_of_nested_braces_keeps_the_depth_limit() -> None:
    assert check_equivalent("{" * 10 + "1" + "}" * 10, "\\{1\\}").equivalent
    verdict = check_equivalent("{" * 2000 + "1" + "}" * 2000, "\\{1\\}")
    assert not verdict.equivalent
    assert verdict.reason.startswith("size limit")


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # full-width ASCII forms and the enumeration comma of Chinese and Japanese answers
        ("2, [0,3]", "2 、[0,3]", True),
        ("1、2、3", "\\{1,2,3\\}", True),
        ("(4,5)", "（4，5）", True),
        ("３６", "36", True),
        ("x＝７", "7", True),
        ("1；2", "1;2", True),
        # not swallowed: the ideographic space is a space, never a comma or a digit group's
        # gap; separated numbers stay apart (since the eighty-fifth batch, numbers separated
        # by spaces only are a list, so it lists them as a space does); other values differ
        ("2\u30003", "2, 3", True),
        ("2\u30003", "23", False),
        ("1、2", "12", False),
        ("３６", "63", False),
        ("（4，5）", "(5,4)", False),
    ],
)
def test_check_equivalent__full_width_forms_and_the_enumeration_comma_read_as_ascii(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
