"""Kinds read again from the released and dev halves, and found by probes, after the
hundred-and-forty-fifth batch.

- A response that states a range, whatever math wraps it and however its ends are ordered
  (``7.5 to 2 metres``, ``-(1.5 to 2 metres)``, ``\\sqrt{3 to 4 inches}``), is read whole: one
  of its ends is never its answer, so a range key does not accept it for holding that end
  (probe seed 95 found ``7.5 to 2 metres`` accepted for ``1.5 to 2 metres``). After an answer
  label the range is kept whole too (``The answer is 12 to 18 inches`` answers the range, not
  ``12``). Prose around a range (``from 3 to 5``) is read as before.
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import after_reasoning, check_equivalent, extract_answer


def _as_the_env_reads(text: str) -> str:
    return extract_answer(text) or after_reasoning(text)


@pytest.mark.parametrize(
    ("response", "reference", "equal"),
    [
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
def test_a_stated_range_is_read_whole(response: str, reference: str, equal: bool) -> None:
    assert check_equivalent(_as_the_env_reads(response), reference).equivalent is equal


@pytest.mark.parametrize(
    ("response", "answer"),
    [
        ("7.5 to 2 metres", None),
        ("-(1.5 to 2 metres)", None),
        ("The answer is 12 to 18 inches.", "12 to 18 inches"),
        ("Answer: 3 to 4", "3 to 4"),
        ("The price rose from 5 to 10 dollars.", "10"),
    ],
)
def test_extraction_keeps_a_range_whole(response: str, answer: str | None) -> None:
    assert extract_answer(response) == answer


# Batch 145's dev half: formulas typeset another way, Vietnamese labels, a filled placeholder.


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
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
        # a font group that is an argument stays one: the box's, the fraction's
        ("\\boxed{\\mathbf{5}}", "5", True),
        ("\\frac{\\mathbf{a}}{2}", "\\frac{a}{2}", True),
        ("\\frac{\\mathbf{a}}{2}", "\\frac{\\mathbf{b}}{2}", False),
        ("1/0", "\\frac{1}{0}", False),
    ],
)
def test_formula_spellings(candidate: str, reference: str, equal: bool) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("response", "answer"),
    [
        ("Đáp án: (1, 2, 3)", "(1, 2, 3)"),
        ("Vậy đáp án là 5", "5"),
        ("Đáp số: 12 quả táo", "12"),
        ("Answer: <9>", "9"),
        ("Answer: < 12 >.", "12"),
        ("Answer: <think>", None),
    ],
)
def test_vietnamese_labels_and_filled_placeholders(response: str, answer: str | None) -> None:
    assert extract_answer(response) == answer


# Batch 146's dev half: an expression stated after "the result is" at the end of a text.


@pytest.mark.parametrize(
    ("response", "answer"),
    [
        ("The result is 4x^2-3x-7.", "4x^2-3x-7"),
        ("So the result is x+1.", "x+1"),
        ("The result is 4x^2-3x.", "4x^2-3x"),
        ("The final result is 10 apples.", "10"),
        ("The result is a contradiction.", None),
        ("The result is consistent.", None),
    ],
)
def test_a_value_after_the_result_is(response: str, answer: str | None) -> None:
    assert extract_answer(response) == answer


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("\\operatorname{min}_{Ax=y} f", "\\operatorname{min}_{Ax\\neq y} f", False),
        ("\\operatorname{max}_{i} x", "\\operatorname{max}_{j} x", False),
        ("\\operatorname{min}_{Ax=y} f", "\\operatorname{min}_{Ax=y} f", True),
        ("\\log_2 8", "3", True),
    ],
)
def test_a_function_keeps_its_subscript(candidate: str, reference: str, equal: bool) -> None:
    """Probe seed 98: the subscript of ``\\operatorname{min}_{...}`` was dropped, so two answers
    that differ there were one tree once undefined trees written alike matched."""
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("4270002.00", "4270000", False),
        ("$4,270,002.00", "4270000", False),
        ("206588.0", "206589", False),
        ("1000001.0", "1000000", False),
        ("4270000.00", "4270000", True),
        ("9007199254740993.0", "9007199254740992", True),
        ("42.00001", "42", True),
        ("8.000032", "8", True),
    ],
)
def test_whole_numbers_written_as_decimals_stay_exact(
    candidate: str, reference: str, equal: bool
) -> None:
    """Probe seed 100: ``4270002.00`` matched ``4270000`` under the computed-decimal
    tolerance, a reward a model could earn by writing ``.00``."""
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
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
def test_a_box_of_plain_text_reads_as_its_text(candidate: str, reference: str, equal: bool) -> None:
    """A box around all of an answer that holds no LaTeX is read as the env reads it once
    extracted: 458 of the table's candidates had another verdict when boxed than bare."""
    assert check_equivalent(candidate, reference).equivalent is equal
