"""Kinds written fresh in the session of the hundred-and-eleventh batch.

- Its dev half showed a value stated before its label at the end of a sentence: a GSM8K
  verifier's self-test for a model trained to talk like Yoda ("One hundred twenty three, the
  answer is."). The label had nothing after it, so no answer was read, and number words have
  no digits for the last-number fallback. The same order in plain English ("So 42 is the final
  answer.") is read the same way: the value before the label, when it states a value or is an
  English numeral.
- The released blind104 showed two kinds of rates (a quantity grader's tests): a rate written
  with spaces around its slash (``9.81 m / s^2``) read as a quotient of variables, not as the
  unit ``m/s^2``; and ``981 cm/s^2`` against ``9.81 m/s^2`` came out as different amounts,
  because the power of a rate was applied to the whole rate (``(cm/s)^2``) where it is the
  denominator's (centimetres per second squared).
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import check_equivalent
from metacot_envs.tasks.math.answer.extraction import extract_answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("One hundred twenty three, the answer is.", "123"),
        ("Forty-two, the answer is.", "42"),
        ("Nine apples she has. Nine, the answer is!", "9"),
        ("So forty-two is the final answer.", "42"),
        ("Thus, seven is the answer", "7"),
        ("We add them. So 3.5 is the answer.", "3.5"),
        ("So 1,234 is my final answer.", "1,234"),
        ("Hence $\\frac{1}{2}$ is the answer.", "\\frac{1}{2}"),
        ("The first try gave 5 is the answer to part a. So six is the answer.", "6"),
    ],
)
def test_extract_answer__a_value_before_its_label_at_the_end_of_a_sentence(
    text: str, answer: str
) -> None:
    assert extract_answer(text) == answer


@pytest.mark.parametrize(
    "text",
    [
        "This is the answer.",  # no value before the label
        "Here is the answer.",
        "That, the answer is.",
        "Nobody knows what the answer is.",
    ],
)
def test_extract_answer__no_value_before_the_label_reads_nothing(text: str) -> None:
    assert extract_answer(text) is None


def test_a_label_after_which_a_value_follows_still_wins() -> None:
    assert extract_answer("Seven, the answer is. Wait: the answer is 8") == "8"


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("One hundred twenty three, the answer is.", "123", True),
        ("Forty-two, the answer is.", "42", True),
        ("Forty-two, the answer is.", "24", False),
        ("So seventy is the final answer.", "70", True),
        ("So seventy is the final answer.", "17", False),
    ],
)
def test_check_equivalent__on_what_the_env_reads_from_such_a_sentence(
    candidate: str, reference: str, equal: bool
) -> None:
    read = extract_answer(candidate)
    assert read is not None
    assert check_equivalent(read, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("  9.81 m / s^2 ", "9.81 m/s^2", True),
        ("9.81 m / s^2", "9.81", True),
        ("5 km / h", "5 km/h", True),
        ("5 km /h", "5", True),
        ("36 km / h", "10 m / s", True),
        ("9.81 m / s²", "9.81 m/s^2", True),
        ("10 m / s", "10 km/h", False),  # read as units, they differ
        ("9.81 m / s^2", "9.81 cm/s^2", False),
        ("3 x / y", "3x/y", True),  # no units: still the quotient
        ("3 x / y", "3", False),
    ],
)
def test_check_equivalent__a_rate_written_with_spaces_around_its_slash(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("981 cm/s^2", "9.81 m/s^2", True),
        ("1 m/s^2", "100 cm/s^2", True),
        ("1 m/s^2", "10000 cm/s^2", False),  # (cm/s)^2 would make these equal
        ("1 km/h^2", "1000 m/h^2", True),
        ("1 m/s^2", "1 m/s", False),
        ("6 cm^2", "0.0006 m^2", True),  # a unit's own power still squares it
        ("1 m^2", "100 cm^2", False),
    ],
)
def test_check_equivalent__the_power_of_a_rate_is_its_denominator_s(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
