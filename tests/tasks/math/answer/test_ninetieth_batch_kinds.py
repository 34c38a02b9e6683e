"""Answer kinds found on ``dev90`` and the released half ``blind83``.

One rule each. The pairs here are written for the rules, not copied from the peer table;
each rule also has the cases it must not swallow.
"""

import pytest

from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a conclusion word between a derivation's steps: the answer is the last step
        ("4y = 28 so y = 7", "y = 7", True),
        ("2a + 1 = 9, thus a = 4", "4", True),
        ("x - 3 = 0 hence x = 3", "x=3", True),
        ("5n = 20, therefore, n = 4", "n = 4", True),
        # not swallowed: the last step still counts, no equation before the word is no
        # derivation, and a step other than the last is not the answer
        ("4y = 28 so y = 8", "y = 7", False),
        ("x so 5", "5", False),
        ("x = 2 so x^2 = 4", "x = 2", False),
    ],
)
def test_a_derivation_joined_by_conclusion_words_ends_in_its_answer(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # words that name the empty set: no values, no roots, no such values
        ("No values of k.", "\\emptyset", True),
        ("There are no real roots", "\\varnothing", True),
        ("no such values", "\\{\\}", True),
        # not swallowed: an empty set is no set with an item, and other words stay words
        ("No values of k.", "\\{2\\}", False),
        ("no values", "0", False),
        ("many values", "\\emptyset", False),
    ],
)
def test_no_values_or_roots_is_the_empty_set(candidate: str, reference: str, equal: bool) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # Python's itertools names read as the counts they enumerate
        ("permutations(6, 2)", "30", True),
        ("permutations(n, 2)", "n(n-1)", True),
        # not swallowed: the count is a permutation count, and one argument is no such call
        ("permutations(6, 2)", "15", False),
        ("permutations(6)", "720", False),
    ],
)
def test_permutations_of_two_arguments_is_a_count(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)
