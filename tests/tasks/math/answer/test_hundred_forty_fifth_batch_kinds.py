"""Kinds read again from the released and dev halves of batches 145 and 146, and found by
probes, in session 45.

- A response that states a range, whatever math wraps it and however its ends are ordered
  (``7.5 to 2 metres``, ``-(1.5 to 2 metres)``, ``\\sqrt{3 to 4 inches}``), is read whole: one
  of its ends is never its answer, so a range key does not accept it for holding that end
  (probe seed 95 found ``7.5 to 2 metres`` accepted for ``1.5 to 2 metres``). After an answer
  label the range is kept whole too (``The answer is 12 to 18 inches`` answers the range, not
  ``12``). Prose around a range (``from 3 to 5``) is read as before.
- Formulas typeset another way are one formula (``\\pmb``, ``{\\bf R}``, ``{\\mathbb R}^n``,
  ``\\colon``, ``. . .``); one tree undefined at every sample point, written two ways, is one
  answer; Vietnamese ``Đáp án:`` labels an answer; ``Answer: <9>`` fills a placeholder; a
  value after "the result is" ending a text is the answer.
- Soundness: a function's subscript is not dropped (``\\operatorname{min}_{Ax=y}``, probe seed
  98), whole numbers written as decimals stay exact (``4270002.00`` is not ``4270000``, probe
  seed 100), and a box of plain text reads as its text (``\\boxed{1e-3}`` is ``.001``).
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import after_reasoning, check_equivalent, extract_answer


def _as_the_env_reads(text: str) -> str:
    return extract_answer(text) or after_reasoning(text)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # formulas typeset another way (batch 145); a font group that is an argument stays one
        ("\\boldsymbol{x} \\in \\mathbb{R}^{D}", "\\pmb { x } \\in \\mathbb { R } ^ { D }", True),
        ("\\mathbf{R}", "{\\bf R}", True),
        ("\\mathbb{R}^{n}", "{\\mathbb R}^n", True),
        ("\\mathbb{R}^n", "\\mathbb{R}^{n}", True),
        ("\\mathbb{R}^n", "\\mathbb{R}^{m}", False),
        ("x \\in \\mathbb{R}^{D}", "x \\in \\mathbb{R}^{E}", False),
        ("(b_1, \\ldots, b_n)", "( b _ { 1 } , . . . , b _ { n } )", True),
        ("(b_1, \\ldots, b_n)", "( b _ { 1 } , . . . , b _ { m } )", False),
        (
            "f: \\mathbb{R}^{n} \\rightarrow \\mathbb{R}^{m}",
            "f\\colon {\\mathbb R}^n \\to {\\mathbb R}^m",
            True,
        ),
        (
            "f: \\mathbb{R}^{n} \\to \\mathbb{R}^{m}",
            "f\\colon {\\mathbb R}^n \\to {\\mathbb R}^k",
            False,
        ),
        ("\\theta_{ML}", "\\theta _ { \\mathrm { M L } }", True),
        ("\\boxed{\\mathbf{5}}", "5", True),
        ("\\frac{\\mathbf{a}}{2}", "\\frac{a}{2}", True),
        ("\\frac{\\mathbf{a}}{2}", "\\frac{\\mathbf{b}}{2}", False),
        ("1/0", "\\frac{1}{0}", False),
        # a subscript on a function other than log is kept (probe seed 98)
        ("\\operatorname{min}_{Ax=y} f", "\\operatorname{min}_{Ax\\neq y} f", False),
        ("\\operatorname{max}_{i} x", "\\operatorname{max}_{j} x", False),
        ("\\operatorname{min}_{Ax=y} f", "\\operatorname{min}_{Ax=y} f", True),
        ("\\log_2 8", "3", True),
        # whole numbers written as decimals stay exact (probe seed 100)
        ("4270002.00", "4270000", False),
        ("$4,270,002.00", "4270000", False),
        ("206588.0", "206589", False),
        ("1000001.0", "1000000", False),
        ("4270000.00", "4270000", True),
        ("9007199254740993.0", "9007199254740992", True),
        ("42.00001", "42", True),
        ("8.000032", "8", True),
        # a box of plain text reads as its text, as the env reads it once extracted
        ("\\boxed{1e-3}", ".001", True),
        ("\\boxed{3+4j}", "3+4i", True),
        ("\\boxed{**649**}", "649", True),
        ("\\boxed{33.5 percent}", "0.335", True),
        ("\\boxed{X = 7}", "x = 7", True),
        ("\\boxed{1e-3}", ".002", False),
        ("\\boxed{\\frac{1}{2}}", "0.5", True),
        ("$\\boxed{1e-3}$", ".001", True),
        ("$$\\boxed{X = 7}$$", "x = 7", True),
    ],
)
def test_check_equivalent(candidate: str, reference: str, equal: bool) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("response", "answer"),
    [
        # a range stays whole (probe seed 95)
        ("7.5 to 2 metres", None),
        ("-(1.5 to 2 metres)", None),
        ("The answer is 12 to 18 inches.", "12 to 18 inches"),
        ("Answer: 3 to 4", "3 to 4"),
        ("The price rose from 5 to 10 dollars.", "10"),
        # Vietnamese labels and a filled placeholder (batch 145)
        ("Đáp án: (1, 2, 3)", "(1, 2, 3)"),
        ("Vậy đáp án là 5", "5"),
        ("Đáp số: 12 quả táo", "12"),
        ("Answer: <9>", "9"),
        ("Answer: < 12 >.", "12"),
        ("Answer: <think>", None),
        # a value after "the result is" ending a text (batch 146)
        ("The result is 4x^2-3x-7.", "4x^2-3x-7"),
        ("So the result is x+1.", "x+1"),
        ("The result is 4x^2-3x.", "4x^2-3x"),
        ("The final result is 10 apples.", "10"),
        ("The result is a contradiction.", None),
        ("The result is consistent.", None),
    ],
)
def test_extract_answer(response: str, answer: str | None) -> None:
    assert extract_answer(response) == answer


@pytest.mark.parametrize(
    ("response", "reference", "equal"),
    [
        # a stated range is read whole (probe seed 95)
        ("7.5 to 2 metres", "1.5 to 2 metres", False),
        ("15 to 2 metres", "1.5 to 2 metres", False),
        ("-(1.5 to 2 metres)", "1.5 to 2 metres", False),
        ("\\sqrt{3 to 4 inches}", "3 to 4 inches", False),
        ("-(6 to 8 boxes)", "8", False),
        ("The answer is 12 to 18 inches.", "12", False),
        ("The answer is 12 to 18 inches.", "12 to 18 inches", True),
        ("The answer is 1.5 to 2 metres.", "1.5 to 2 metres", True),
        ("1.5 to 2 metres", "1.5 to 2 metres", True),
        ("He ran 3 to 5 km a day, so 20 km in all.", "20 km", True),
        ("It is between 1.5 and 2 metres, so 1.75 metres.", "1.5 to 2 metres", True),
    ],
)
def test_read_as_the_env_reads(response: str, reference: str, equal: bool) -> None:
    assert check_equivalent(_as_the_env_reads(response), reference).equivalent is equal
