"""Answer kinds found on ``dev89`` and the released half ``blind82``.

One rule each. The pairs here are written for the rules, not copied from the peer table;
each rule also has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import extract_answer
from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # an answer's lead-in in more languages: Scandinavian, Dutch, Indonesian and Malay,
        # Polish, Finnish, Turkish, Japanese and Korean
        ("Svaret er 17", "17"),
        ("Så svaret är 2/5.", "2/5"),
        ("Svar: x = 4", "x = 4"),
        ("Het antwoord is 2x+3", "2x+3"),
        ("Jadi, jawabannya adalah x = 7", "x = 7"),
        ("Jawapan: 64", "64"),
        ("Odpowiedź: 12", "12"),
        ("Vastaus on 2^{10}", "2^{10}"),
        ("Cevap: 250", "250"),
        ("よって、答えは 2x+1", "2x+1"),
        ("따라서 정답은 y=2x", "y=2x"),
        # not swallowed: a lead-in word inside another word, and a stated box still wins
        ("Svarende til 3 og 5", "5"),
        ("Svaret er \\boxed{6}, ikke 7", "6"),
    ],
)
def test_lead_ins_in_more_languages(text: str, answer: str) -> None:
    assert extract_answer(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a box command that lost its backslash is still the answer's box
        ("boxed{27}", "27"),
        ("boxed{x^2+1} is what I get for 3", "x^2+1"),
        ("The total: boxed {x+1}", "x+1"),
        # not swallowed: a backslashed box comes first, a LaTeX line break before one still
        # leaves the first box the answer, and a word ending in "boxed" opens no box
        ("boxed{3} then \\boxed{8}", "8"),
        ("\\boxed{7} \\\\boxed{42}", "7"),
        ("The unboxed{ item weighs 5", "5"),
    ],
)
def test_a_box_without_its_backslash(text: str, answer: str) -> None:
    assert extract_answer(text) == answer


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a percent word in another language is a percent sign
        ("75 persen", "0,75", True),
        ("75 persen", "0.75", True),
        ("12 Prozent", "0.12", True),
        ("5 pour cent", "0.05", True),
        ("30 por ciento", "0.3", True),
        ("7 per cento", "0.07", True),
        ("40 процентов", "0.4", True),
        ("15 procent", "0.15", True),
        # not swallowed: the values still count, and a percent word in the middle of an
        # answer is no sign
        ("75 persen", "0.76", False),
        ("40 процентов", "0.04", False),
        ("12 Prozent von 50", "0.12", False),
    ],
)
def test_percent_words_in_other_languages(candidate: str, reference: str, equal: bool) -> None:
    assert_verdict_both_ways(candidate, reference, equal)
