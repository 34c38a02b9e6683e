"""Kinds the hundred-and-twenty-first peer batch (dev121, blind114) showed the checker missing.

Spanish cardinals, answer labels in bold with the value on the next line and "final" after a
non-English answer word, the letter x between two numbers, thousands commas in an equation
that holds arithmetic, a justification in parentheses after the answer, the Unicode hyphens
before a digit, a text that declines to answer, and Spanish names of units of time.
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import check_equivalent, extract_answer
from metacot_envs.tasks.math.answer.spanish_numerals import number_from_spanish
from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("cero", "0"),
        ("uno", "1"),
        ("Cinco", "5"),
        ("siete.", "7"),
        ("dieciséis", "16"),
        ("dieciseis", "16"),
        ("veinte", "20"),
        ("veintiún", "21"),
        ("veintitrés", "23"),
        ("treinta y dos", "32"),
        ("un mil", "1000"),  # since 2026-12-07 (blind121): some regions say it
        ("noventa y nueve", "99"),
        ("cien", "100"),
        ("ciento uno", "101"),
        ("doscientas", "200"),
        ("quinientos mil", "500000"),
        ("mil", "1000"),
        ("dos mil quinientos", "2500"),
        ("mil novecientos noventa y nueve", "1999"),
        ("un millón", "1000000"),
        ("dos millones trescientos mil", "2300000"),
        ("menos siete", "-7"),
        ("once mil", "11000"),
        ("cuarenta y cinco años", "45 años"),
        ("\\text{veinte}", "20"),
    ],
)
def test_spanish_cardinals_are_read(text: str, digits: str) -> None:
    assert number_from_spanish(text) == digits


@pytest.mark.parametrize(
    "text",
    [
        "dos tres",  # two numbers, not one
        "veinte uno",
        "treinta y",
        "y dos",
        "cien uno",  # "ciento uno"
        "ciento",
        "ciento mil",  # "cien mil"
        "mil millones dos mil",
        "un millones",
        "dos millón",
        "menos",
        "once",  # alone, the English word
        "octavo",  # ordinals are read apart (ordinal_numerals.py): "un octavo" is also 1/8
        "primero",
        "años",
        "veinte 5",
        "the answer",
    ],
)
def test_other_words_are_no_spanish_cardinal(text: str) -> None:
    assert number_from_spanish(text) is None


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("veinte", "20", True),
        ("veinte", "21", False),
        ("dieciséis", "16", True),
        ("treinta y dos", "32", True),
        ("dos mil quinientos", "2500", True),
        ("cuarenta y cinco años", "45", True),
        ("menos siete", "-7", True),
        ("menos siete", "7", False),
        ("dos tres", "2", False),
        ("dos tres", "23", False),
        # the letter x between two numbers, set apart or glued, is a times sign
        ("2 x 3 = 6", "6", True),
        ("2 x 3", "6", True),
        ("8x19", "8 x 19", True),
        ("60x4", "240", True),
        ("1.5x2", "3", True),
        ("2 x 3", "6x", False),
        ("2 x3", "6", False),  # spaced on one side only: left as it was
        ("0x10", "16", True),  # a radix literal, not zero times ten
        ("d2x1dt2", "2x", False),
        # thousands commas in an equation that holds arithmetic
        ("1,234.5 * 2 = 2,469", "2469", True),
        ("1,234.5 * 2 = 2,468", "2468", False),  # a false equation states no result
        ("3 \\times 1,000", "3000", True),
        ("A_n=9,400(1+0.065n)", "A_n=9400(1+0.065n)", True),
        ("1,234/2", "617", True),
        # a justification in parentheses after the answer
        ("7 (porque x = 3 + 4)", "7", True),
        ("7 (because 3+4=7)", "7", True),
        ("8 (because 3+4=7)", "7", False),
        ("f(x) (since x>0)", "f(x)", True),
        # Spanish units of time in plain ASCII are units
        ("cinco horas", "5 minutos", False),
        ("cinco horas", "300 minutos", True),
        ("5 dias", "5 horas", False),
        ("2 semanas", "14 dias", True),
        # the hyphen and the non-breaking hyphen before a digit are minus signs
        ("\u20105", "-5.0", True),
        ("\u20105", "5", False),
        ("x\u20111", "x-1", True),
    ],
)
def test_verdicts(candidate: str, reference: str, equal: bool) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Respuesta: veinte", "veinte"),
        ("Respuesta final: siete.", "siete"),
        ("Réponse finale : 12", "12"),
        ("**Respuesta:**\nCinco", "Cinco"),
        ("**Answer:**\nFive", "Five"),
        ("**Final Answer:**\n\\(x=2\\)", "\\(x=2\\)"),
        ("Respuesta: 2 x 3 = 6", "2 x 3 = 6"),
        # declining to answer: a stray number is no answer, a stated one still is
        ("I considered 48 but cannot answer", None),
        ("I cannot answer. Confidence score: 4", None),
        ("I cannot answer exactly, but the answer is 5", "5"),
        ("We cannot solve it directly, so we factor: $x=3$", "x=3"),
    ],
)
def test_extraction(text: str, answer: str | None) -> None:
    assert extract_answer(text) == answer


@pytest.mark.parametrize(
    "text",
    [
        "Answer:\nStep 1: x",  # a plain label's line break ends its answer
        # a bold label's next line that is a sentence, not a value, is not taken
        "**Final Answer:**\nThe total amount of milk produced per week is three hundred.",
    ],
)
def test_a_label_does_not_take_a_sentence_from_the_next_line(text: str) -> None:
    found = extract_answer(text)
    assert found is None or "Step" not in found and "total" not in found


def test_a_spanish_answer_line_is_graded() -> None:
    assert check_equivalent(extract_answer("Respuesta: treinta y dos") or "", "32").equivalent
