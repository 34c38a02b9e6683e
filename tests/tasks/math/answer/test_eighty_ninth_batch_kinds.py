"""Answer kinds found on ``dev89`` and the released half ``blind82``, and two extraction kinds
read among the readable prose misses of earlier halves in the same session.

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


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # the prompt's "put your final answer within \boxed{}" echoed after the answer
        ("\\boxed{7}. Remember to put your final answer within \\boxed{}.", "7"),
        ("So \\boxed{x=2}\nPlease put the answer inside a \\boxed{ }", "x=2"),
        # not swallowed: an empty box without the instruction still states no answer, and
        # an echoed instruction alone is an empty box (only the words after it are read)
        ("\\boxed{42}. \\boxed{}", None),
        ("\\boxed{42}. So the result is \\boxed{}", None),
        ("Put your final answer within \\boxed{}. It is 12", "12"),
    ],
)
def test_an_echoed_instruction_box_is_no_answer_box(text: str, answer: str | None) -> None:
    assert extract_answer(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a citation marker after the value, as retrieval-augmented answers cite sources
        ("Net revenue was 211.9 billion [2].", "211.9 billion"),
        ("The company employed 4,500 people [3][7].", "4,500"),
        ("It grew by 12 percent [1] over the year.", "12"),
        # not swallowed: a bracketed number alone is still read, a long one is no marker,
        # and an interval or list keeps its numbers
        ("The values are [3]", "3"),
        ("The count was 7 then [2024]", "2024"),
        ("so it is 12 [1, 2]", "[1, 2]"),
    ],
)
def test_a_citation_marker_is_not_the_answer(text: str, answer: str) -> None:
    assert extract_answer(text) == answer
