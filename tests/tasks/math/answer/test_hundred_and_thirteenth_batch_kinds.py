"""Kinds from the dev half of the hundred-and-thirteenth batch.

- Labelled items (a Taiwanese vocational maths judge): ``商:-3x-2,餘:-1`` ("quotient",
  "remainder") states the values ``-3x-2, -1``. A list whose every item is a worded label
  and a value is the list of its values, and as a whole text it is a bare answer, not a
  sentence whose last label holds the answer.
- A sign alone in braces (a chain-of-thought study's gold answers): ``{-}13.5`` is ``-13.5``,
  as LaTeX writes a unary minus; after ``^`` or ``_`` it stays an argument.
- The copula left from a sentence (the same study): ``\\text{is }{35}`` states ``35``.
- A labelled choice against a value (blind106, released with this batch: an RL reward that
  strips choice labels; and an older education app's ``A) 0.5`` for ``1/2``): ``(D) 49``,
  ``D.\\ a_{11}`` and ``\\textbf{(D)}\\ 49`` state their option's text when the other side
  is a value; against a choice letter or another labelled choice the letters are compared,
  as before.
- Lettered parts (blind106, the same reward): ``a) $27$\\nb) $8$ ...`` answers a multi-part
  question with the list ``27, 8, ...``; as a whole text it is a bare answer too.
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import check_equivalent
from metacot_envs.tasks.math.answer.extraction import extract_answer
from metacot_envs.tasks.math.answer.labelled_items import (
    labelled_items_as_list,
    lettered_parts_as_list,
)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("商:-3x-2,餘:-1", "-3x-2, -1"),
        ("商式：-3x-2；餘式：-1", "-3x-2, -1"),
        ("quotient: x+1, remainder: 2", "x+1, 2"),
        ("Paolo: 18, Qing: 14, Rayna: 7", "18, 14, 7"),
        ("first root: (1, 2), second root: (3, 4)", "(1, 2), (3, 4)"),
    ],
)
def test_labelled_items_as_list__worded_labels_give_their_values(text: str, values: str) -> None:
    assert labelled_items_as_list(text) == values


@pytest.mark.parametrize(
    "text",
    [
        "x:y, y:z",  # ratios between variables
        "4:45, 5:30",  # times
        "Answer: 42",  # one item: a label on the answer
        "Reasoning: we add them, Answer: 42",  # prose, and an answer label
        "Step 1: 3, Step 2: 5",  # a label with a number in it
        "a: 1, 2",  # an item without a label
    ],
)
def test_labelled_items_as_list__other_colons_stay(text: str) -> None:
    assert labelled_items_as_list(text) == text


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("(-3x-2,-1)", "商:-3x-2,餘:-1", True),
        ("(-3x-2,-1)", "quotient: -3x-2, remainder: -1", True),
        ("(-3x-2,-2)", "quotient: -3x-2, remainder: -1", False),
        ("7, 14, 18", "Paolo: 18, Qing: 14, Rayna: 7", True),
        ("7, 14, 19", "Paolo: 18, Qing: 14, Rayna: 7", False),
        ("-13.5", "${-}13.5$", True),
        ("-\\dfrac{27}{2}", "${-}13.5$", True),
        ("13.5", "${-}13.5$", False),
        ("2-3", "2{-}3", True),
        ("35", "$\\text{is }{35}$", True),
        ("35", "is 35", True),
        ("36", "is 35", False),
    ],
)
def test_check_equivalent__batch_113_kinds(candidate: str, reference: str, equal: bool) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    "text",
    ["quotient: -3x-2, remainder: -1", "商：-3x-2，餘：-1", "Paolo: 18, Qing: 14, Rayna: 7"],
)
def test_extract_answer__a_whole_labelled_list_is_a_bare_answer(text: str) -> None:
    assert extract_answer(text) is None  # the env then reads the whole text


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("First: \\boxed{3}. Wait, correction: \\boxed{4}.", "4"),
        ("Reasoning: we add them, Answer: 42", "42"),
    ],
)
def test_extract_answer__labels_in_prose_still_find_the_answer(text: str, answer: str) -> None:
    assert extract_answer(text) == answer


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("\\textbf{(D)}\\ 49", "49", True),
        ("D.\\ a_{11}", "a_{11}", True),
        ("A) 0.5", "1/2", True),
        ("49", "(D) 49", True),
        ("(D) 49", "48", False),
        ("(D) 49", "D", True),  # a letter against a labelled choice: the letters
        ("(D) 49", "B", False),
        ("(B) 12", "(D) 12", False),
        ("C", "C. x = 42", True),
    ],
)
def test_check_equivalent__a_labelled_choice_against_a_value_states_its_option(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("a) $27$\nb) $8$\nc) $12$", "$27$, $8$, $12$"),
        ("(a) 5 (b) 6", "5, 6"),
        ("a) 5, b) 6; c) x+1", "5, 6, x+1"),
    ],
)
def test_lettered_parts_as_list__parts_in_order_give_their_values(text: str, values: str) -> None:
    assert lettered_parts_as_list(text) == values


@pytest.mark.parametrize(
    "text",
    [
        "(a) 5",  # one part
        "a) 5 c) 6",  # out of order
        "b) 5 c) 6",  # not from a
        "f(a) = 2, g(b) = 3",  # arguments, not labels
        "a) we add them b) we divide",  # prose
        "Note a) 5 b) 6",  # text before the first label
    ],
)
def test_lettered_parts_as_list__other_letters_stay(text: str) -> None:
    assert lettered_parts_as_list(text) == text


def test_check_equivalent__lettered_parts_against_a_list() -> None:
    parts = "a) $27$\nb) $8$\nc) $12$\nd) $6$\ne) $1$"
    assert extract_answer(parts) is None  # a bare answer: the env reads the whole text
    assert check_equivalent(parts, "27,8,12,6,1").equivalent
    assert not check_equivalent(parts, "27,8,12,6,2").equivalent
