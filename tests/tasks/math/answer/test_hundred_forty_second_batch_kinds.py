"""Kinds the hundred-and-forty-second peer batch's release (blind134 and later) showed missing.

- Chinese money counted in jiao and fen (``5角``, ``1元5角``, ``2角5分``) is that many yuan
  (``0.5元``, ``1.5元``, ``0.25元``); fen alone (``5分``) stays as written, since after a number
  分 is as often minutes or points.
- A set-builder condition that opens by naming the reals as the variable's domain
  (``{k : k ∈ R, -3 ≤ k < 2}``) is the rest of the condition; another domain (``\\mathbb{Z}``)
  is not dropped.
- Arithmetic on numbers before ``=`` and a quantity (``15-5=10 km``) states that quantity, whose
  unit is read (not ``10 cm``).
- A temperature in degrees Celsius or Fahrenheit (``6 °C``, ``6℃``, ``6^{\\circ}\\text{C}``) is
  a unit, not an angle times ``C``: a bare ``6`` is ``6 °C``, ``6°`` and ``6 °F`` are not.
- ``DNE`` and ``does not exist`` agree; ``\\textcircled{13}`` is ``13``; scientific notation
  with a space for its times sign (``1.6 10^-19``) is that number (``2 3`` stays a list).
- A count out of a total (``2 out of 9``, ``two out of nine``, and ending a text) is the fraction.
- ``HK$``, ``NT$``, ``A$`` and their kin are not the US dollar; ``¥`` and ``￥`` are the yen or the
  yuan (``5元`` is ``￥5``).
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import check_equivalent
from metacot_envs.tasks.math.answer.extraction import extract_answer


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("5角", "0.5元", True),
        ("1元5角", "1.5元", True),
        ("2角5分", "0.25元", True),
        ("1元5分", "1.05元", True),
        ("5角", "5元", False),
        ("5角", "0.6元", False),
        ("5分", "0.05元", False),
        ("5分", "5分", True),
        ("{k : k ∈ R, -3 ≤ k < 2}", "-3\\le k<2", True),
        ("{k : k ∈ R, -3 ≤ k < 2}", "[-3, 2)", True),
        ("{k : k ∈ R, -3 ≤ k < 2}", "[-3, 2]", False),
        ("\\{x \\mid x \\in \\mathbb{R}, x > 2\\}", "(2,\\infty)", True),
        ("\\{x \\mid x \\in \\mathbb{R}, x > 2\\}", "x > 3", False),
        ("\\{x \\mid x \\in \\mathbb{Z}, x > 2\\}", "x > 2", False),
        ("f(x) = -1 \\text{ for all } x \\in \\mathbb{Z}", "f(x) = -1", True),
        ("15-5=10 km", "10 cm", False),
        ("15-5=10 cm", "100 mm", True),
        ("2*3=6 m", "600 cm", True),
        ("6", "6 °C", True),
        ("6℃", "6 °C", True),
        ("6^{\\circ}\\text{C}", "6", True),
        ("6°", "6 °C", False),
        ("6 °F", "6 °C", False),
        ("7 °C", "6 °C", False),
        ("\\angle C = 60^\\circ", "60", True),
        ("does not exist", "DNE", True),
        ("\\text{DNE}", "The limit does not exist.", True),
        ("DNE", "0", False),
        ("17-4=\\textcircled{13}", "13", True),
        ("\\textcircled{12}", "13", False),
        ("1.6 10^-19", "1.6e-19", True),
        ("3.0 10^{8}", "3e8", True),
        ("1.6 10^-19", "1.7e-19", False),
        ("2 3", "6", False),
        ("2 out of 9", "2/9", True),
        ("two out of nine", "2/9", True),
        ("2 out of 9", "3/9", False),
        ("$5", "HK$5", False),
        ("5港元", "HK$5", True),
        ("A$5", "$5", False),
        ("5元", "￥5", True),
        ("5円", "¥5", True),
        ("€5", "¥5", False),
    ],
)
def test_hundred_forty_second_batch_kinds(candidate: str, reference: str, equal: bool) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("The chance is 2 out of 9.", "2/9"),
        ("2 out of 9", "2/9"),
        ("He ate 2 out of 9 apples, so 7 remain.", "7"),
    ],
)
def test_hundred_forty_second_batch_extraction(text: str, answer: str) -> None:
    assert extract_answer(text) == answer
