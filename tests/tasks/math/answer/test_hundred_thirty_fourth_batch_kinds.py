"""Kinds the hundred-and-thirty-fourth peer batch (dev134, blind127) showed the checker missing.

- Chinese units a primary-school checker uses: the hectare (``公顷``, and ``ha`` / ``hectare``
  in the unit algebra), square kilometres and decimetres; after a rate's slash the single
  characters ``分`` and ``时`` are the minute and the hour (``60米/分`` is ``1米/秒``).
- The ratio sign of Chinese textbooks, U+2236 (``３∶４``), is the colon.
- ``约`` ("about") opening an answer states the number after it, as ``about 5`` does.
- A period marked by dots after a decimal comma (``0,\\dot{2}\\dot{1}``) repeats, as after a
  point.
- A sign choice on the left of an equation whose right side is a name
  (``\\pm\\sqrt{c^2-a^2} = b``) gives the name each value, as ``b = \\pm\\sqrt{c^2-a^2}`` does.
- Prose ending in several numbers joined by commas and a last "and" or "or" (``Could be 10, 20,
  30, or 42.``, ``The roots are 2 and 3.``) states them all, several values or several
  guesses: the extraction reads the list, not its last number.
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import extract_answer
from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("1公顷", "10000平方米", True),
        ("1 ha", "10000 m^2", True),
        ("2 hectares", "20000 m^2", True),
        ("1公顷", "1000平方米", False),
        ("1平方千米", "100公顷", True),
        ("5分米", "50厘米", True),
        ("60米/分", "1米/秒", True),
        ("3.6千米/时", "1米/秒", True),
        ("60米/分", "60米/秒", False),
        ("60米", "60米/分", False),
        ("３∶４", "3:4", True),
        ("3∶4", "4:3", False),
        ("约18.84米", "18.84米", True),
        ("≈18.84 米", "约18.84米", True),
        ("约18.84米", "18.8米", False),
        ("大约 5", "5", True),
        ("0.212121...", "0,\\dot{2}\\dot{1}", True),
        ("0,\\dot{2}\\dot{1}", "7/33", True),
        ("0,\\dot{3}", "1/3", True),
        ("0,\\dot{1}\\dot{2}", "7/33", False),
        ("\\pm\\sqrt{c^2-a^2} = b", "b=\\pm \\sqrt{c^{2}-a^{2}}", True),
        ("\\pm\\sqrt{c^2-a^2} = b", "b=\\pm \\sqrt{c^{2}+a^{2}}", False),
        ("\\sqrt{c^2-a^2} = b", "b=\\pm \\sqrt{c^{2}-a^{2}}", False),
        ("\\pm 2 = x", "x = \\pm 2", True),
        ("\\pm 3 = x", "x = \\pm 2", False),
        ("x^2 \\pm 1 = 5", "x^2 = 4 \\text{ or } x^2 = 6", True),
    ],
)
def test_hundred_thirty_fourth_batch_kinds(candidate: str, reference: str, equal: bool) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Could be 10, 20, 30, or 42.", "10, 20, 30, or 42"),
        ("The roots are 2 and 3.", "2 and 3"),
        ("It is either 3 or 5.", "3 or 5"),
        ("She paid 1,000 and 2,000.", "1,000 and 2,000"),
        # a number after the list ends the text: it is the answer
        ("We add 2 and 3 to get 5.", "5"),
        ("It is 3/4 and 5", "5"),
        ("The answer is 42.", "42"),
    ],
)
def test_prose_ending_in_a_list_of_numbers(text: str, answer: str) -> None:
    assert extract_answer(text) == answer
