"""Answer kinds found on the twelfth peer batch's dev half (``split=dev12``), one rule each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import after_reasoning, check_equivalent, extract_answer
from metacot_envs.testing import deadline


def _as_the_env_reads(text: str) -> str:
    return extract_answer(text) or after_reasoning(text)


@pytest.mark.parametrize(
    ("candidate", "reference", "expected"),
    [
        # steps of arithmetic, each an equation of numbers that holds, state the last result
        ("16 - 3 - 4 = 9 eggs, 9 * 2 = $18.", "18", True),
        ("2+3=5, 5*2=10", "10", True),
        ("12 / 4 = 3, 3 + 7 = 10", "10", True),
        # not swallowed: a false step, a plain item or a name keeps the list a list
        ("2+3=5, 5*2=11", "11", False),
        ("2+3=5, 7", "7", False),
        ("x=1, y=2", "(1, 2)", True),
        ("1, 2", "2", False),
    ],
)
def test_check_equivalent__worked_arithmetic_states_its_last_result(
    candidate: str, reference: str, expected: bool
) -> None:
    verdict = check_equivalent(candidate, reference)
    assert verdict.equivalent is expected, verdict


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # short function words count as words: a short sentence is prose, its last number read
        ("half of 9 is 4.5", "4.5"),
        ("so it is 12", "12"),
        # a number in a closing time frame restates the question: another number is the answer
        ("Answer: Philip will have a total of 80 paintings after 30 days.", "80"),
        ("Réponse: Janeth aura encore 220 $ à payer d'ici 12 mois.", "220"),
        ("After 3 days he has 18 apples.", "18"),
        # not swallowed: a time frame alone is read, and a bare answer with one word stays whole
        ("They finish in 5 hours.", "5"),
        ("The total is 12 after 3 days and 40 overall.", "40"),
    ],
)
def test_extract_answer__short_sentences_and_time_frames(text: str, answer: str) -> None:
    found = _as_the_env_reads(text)
    assert check_equivalent(found, answer).equivalent, found


def test_extract_answer__a_lone_unit_word_is_no_prose() -> None:
    assert check_equivalent(_as_the_env_reads("\\sqrt{2} meters"), "\\sqrt{2}").equivalent


@pytest.mark.parametrize(
    "text",
    [
        "word " + "in 1 days and 2 apples " * 8_000,
        "Answer: " + "after 30 days he has 80 paintings, " * 5_000,
        "so " + "12 " * 100_000,
    ],
)
def test_extract_answer__many_numbers_in_long_prose_do_not_hang(text: str) -> None:
    # the time-frame search once scanned from the text's start for every number
    with deadline(5.0):
        extract_answer(text)
