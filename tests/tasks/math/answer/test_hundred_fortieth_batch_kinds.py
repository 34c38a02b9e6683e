"""Kinds the hundred-and-fortieth peer batch (dev140, blind133) showed the checker missing.

- A choice label set in ``\\text{}`` (``\\text{(E)}\\ \\dfrac{7}{2}``, ``\\text{(C) } \\frac{1}{6}``),
  as one in ``\\textbf{}`` already was, states its option's text against a bare answer and stays
  the choice against a label.
- An answer statement after GSM8K's ``####`` mark, in English or another language, revises the
  mark, as one after the last box revises the box (``#### 4`` then ``Final answer: 5``; two
  suites of the released table, dev69 and blind121, grade so).
- ``gm`` and ``gms``, the gram as Indian school texts abbreviate it, are grams (a dev83 pair).
- A label naming a solution set (``S = (1,2]``, Indonesian ``HP = [0,1]``) is that set against an
  inequality bounding another letter (three pairs of dev77 and blind77); ``x = (1,2)`` against
  ``1<x<2`` stays as written.
- A tag in CJK or full-width angle brackets (``《answer》\\sqrt{12}《/answer》``, a blind128 pair) is
  the ASCII tag.
- A known unit in brackets after its number, as worksheets print it (``３（米）。``, a blind134
  pair), is that unit; ``3(x)`` stays a product.
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import check_equivalent
from metacot_envs.tasks.math.answer.extraction import extract_answer


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("\\text{(E)}\\ \\dfrac{7}{2}", "\\dfrac{7}{2}", True),
        ("\\text{(C) } \\frac{1}{6}", "\\frac{1}{6}", True),
        ("\\text{(C) } \\frac{1}{2}", "\\frac{1}{6}", False),
        ("\\mathrm{(B)}\\ 12", "12", True),
        ("\\text{(C) } \\frac{1}{6}", "\\text{(D)}", False),
        ("12 grams", "12\\text{gm}", True),
        ("12000 gm", "12 kg", True),
        ("12 kg", "12 gm", False),
        ("12 g", "13 gms", False),
        ("-1/2 < x <= 2/3", "HP = (-1/2, 2/3]", True),
        ("x >= -10/3", "HP = \\left[-10/3, \\infty\\right)", True),
        ("S = (1,2]", "1<x<=2", True),
        ("S = (1,3]", "1<x<=2", False),
        ("S = [1,2]", "1<x<=2", False),
        ("x = (1,2)", "1<x<2", False),
        ("３（米）。", "300 cm", True),
        ("3 (m)", "300 cm", True),
        ("3 (m)", "3 cm", False),
        ("5 (cm)", "50 mm", True),
        ("3(x)", "3x", True),
        ("3(x)", "3 cm", False),
    ],
)
def test_hundred_fortieth_batch_kinds(candidate: str, reference: str, equal: bool) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("#### 4\nCorrection.\nFinal answer: 5", "5"),
        ("#### 42\n重新计算后\n答案：43", "43"),
        ("#### 18\nThe answer is 18", "18"),
        ("#### 42\nNot the final answer: 7", "42"),
        ("#### 12\nFinal answer: twelve", "12"),
        ("Step 1\n#### 72\n答案：", "72"),
        ("《reasoning》r《/reasoning》《answer》\\sqrt{12}《/answer》", "\\sqrt{12}"),
        ("＜answer＞42＜/answer＞ checked with 7 more", "42"),
        ("《think》the answer is 3《/think》 the answer is 5", "5"),
        ("《三国演义》 has 5", "5"),
    ],
)
def test_hundred_fortieth_batch_extraction(text: str, answer: str) -> None:
    assert extract_answer(text) == answer
