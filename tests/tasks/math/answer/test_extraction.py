import math
import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from metacot_envs.tasks.math.answer import (
    DEFAULT_ANSWER_PATTERNS,
    AnswerPatterns,
    ExtractedAnswer,
    check_equivalent,
    extract_answer,
    extraction,
)
from metacot_envs.tasks.math.answer.answer_spans import (
    CHINESE_CONCLUSION_PATTERN,
    LAST_NUMBER_PATTERN,
    MATH_SPAN_PATTERN,
    NON_ENGLISH_ANSWER_PATTERN,
    SOLUTION_LIST_PATTERN,
)
from metacot_envs.testing import deadline

EXPONENTIAL_ON_RE = r"(a|aa)+$"
"""backtracks exponentially on re and on regex alike: only a time budget stops it"""


def test_extract_answer__last_boxed_wins_with_nested_braces() -> None:
    text = r"first \boxed{1}, then \boxed{\frac{1}{2}}"
    assert extract_answer(text) == r"\frac{1}{2}"


def test_extract_answer__outer_box_wins_over_box_nested_inside_it() -> None:
    assert extract_answer(r"\boxed{\boxed{3}+{4}}") == r"\boxed{3}+{4}"


def test_extract_answer__fbox_is_a_box() -> None:
    assert extract_answer(r"so \fbox{42}.") == "42"


def test_extract_answer__gsm8k_hashes() -> None:
    assert extract_answer("She makes 9 * 2 = $18\n#### 18") == "18"


def test_extract_answer__answer_colon_strips_dollars_and_period() -> None:
    assert extract_answer("Work...\nAnswer: $x = 5$.") == "x = 5"


def test_extract_answer__none_without_an_answer() -> None:
    assert extract_answer("no final answer here") is None
    assert extract_answer("the answer depends on x") is None
    assert extract_answer("") is None


def test_extract_answer__unbalanced_box_is_ignored() -> None:
    assert extract_answer(r"\boxed{1 and then \boxed{2}") == "2"


def test_extract_answer__many_unclosed_boxes_are_scanned_once() -> None:
    text = r"\boxed{" * 20_000 + "7"
    assert extract_answer(text) is None


def test_extract_answer__markdown_bold_around_answer_is_stripped() -> None:
    assert extract_answer("**Answer:** 5") == "5"
    assert extract_answer("**Answer**: $7$") == "7"


def test_extract_answer__boxed_wins_over_an_answer_line() -> None:
    assert extract_answer("Answer: 3\nso \\boxed{4}") == "4"


def test_extract_answer__custom_patterns_replace_the_defaults() -> None:
    assert extract_answer(r"\boxed{4} Result = 9", patterns=(r"Result = (\d+)",)) == "9"


def test_extract_answer__long_runs_of_spaces_do_not_backtrack() -> None:
    # Each of these took seconds per 1,000 spaces with overlapping \s* repeats; now linear.
    for text in ("answer" + " " * 50_000 + "x", "final answer is" + " " * 50_000 + "\n"):
        assert extract_answer(text) is None
    assert extract_answer("Final answer:" + " " * 50_000 + "7") == "7"


def test_answer_patterns__a_user_pattern_that_runs_out_of_time_finds_nothing_and_says_why() -> None:
    with deadline(5.0):
        found = AnswerPatterns([EXPONENTIAL_ON_RE]).search("a" * 40 + "b")
    assert found.answer is None
    assert repr(EXPONENTIAL_ON_RE) in found.failure and "0.1s time budget" in found.failure


def test_answer_patterns__a_timeout_ends_the_search_instead_of_trying_later_patterns() -> None:
    with deadline(5.0):
        found = AnswerPatterns([EXPONENTIAL_ON_RE, r"(b)"]).search("a" * 40 + "b")
    assert found.answer is None and found.failure


def test_extract_answer__a_user_pattern_that_runs_out_of_time_gives_none() -> None:
    with deadline(5.0):
        assert extract_answer("a" * 40 + "b", patterns=[EXPONENTIAL_ON_RE, r"(b)"]) is None


def test_answer_patterns__built_in_patterns_are_not_held_to_the_user_budget() -> None:
    found = AnswerPatterns(DEFAULT_ANSWER_PATTERNS, timeout=1e-9).search("so \\boxed{3}")
    assert found == ExtractedAnswer("3")


def test_answer_patterns__user_patterns_find_boxed_and_captured_answers() -> None:
    boxed = AnswerPatterns([r"\\fbox\{"]).search(r"\fbox{\frac{1}{2}}, then \fbox{x^{2}}")
    captured = AnswerPatterns([r"(?i)result:\s*([^\n]+)"]).search("RESULT: $7$.")
    assert (boxed.answer, captured.answer) == ("x^{2}", "7")


def test_answer_patterns__survive_pickling() -> None:
    patterns = AnswerPatterns([r"(?i)result:\s*([^\n]+)", *DEFAULT_ANSWER_PATTERNS])
    clone = pickle.loads(pickle.dumps(patterns))
    assert clone.search("Result: 5").answer == "5" and clone.patterns == patterns.patterns


def test_answer_patterns__a_single_string_is_refused_not_read_as_characters() -> None:
    with pytest.raises(ValueError, match="wrap it in a list"):
        AnswerPatterns(r"\\boxed\{")


@pytest.mark.parametrize("timeout", [0, -1.0, math.nan, math.inf, "0.1"])
def test_answer_patterns__timeout_must_be_positive_finite_seconds(timeout: object) -> None:
    with pytest.raises(ValueError, match="timeout must be positive seconds"):
        AnswerPatterns([r"(x)"], timeout=timeout)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Final Answer: The final answer is 7.78. I hope it is correct.", "7.78"),
        ("Final Answer: The largest $n$ is 34.", "34"),
        (r"The answer is \boxed{\sqrt 2+\sqrt 5}", r"\sqrt 2+\sqrt 5"),
        ("Answer \\[ 9 \\]", "9"),
        ("Answer $$ \n 9 \n $$", "9"),
        ("Finale Antwort: Die finale Antwort lautet 24. Ich hoffe, die Antwort ist korrekt.", "24"),
        ("Donc la réponse est 12.", "12"),
        ("所以答案是 $\\frac{1}{2}$。", r"\frac{1}{2}"),
        (r"\boxed{1} and \boxed{2}", "1, 2"),
        (r"$\boxed{6} \quad \text{and} \quad \boxed{8}$", "6, 8"),
        (r"first \boxed{1}, then \boxed{2}", "2"),
        (r"\boxed{004} so it is \boxed{004}. **Final Answer** \boxed{004}", "004"),
        ("$1$ and $2$ and $3$", "1, 2, 3"),
        ("So there are $n$ ways, which gives 12 sequences in all.", "12"),
        ("we get 1,000.99m² in the end", "1,000.99"),
        (r"$d = \boxed{15\frac{39}{40}},$ or $\boxed{\frac{639}{40}}$ inches.", r"\frac{639}{40}"),
    ],
)
def test_extract_answer__finds_the_final_answer_in_prose(text: str, answer: str) -> None:
    assert extract_answer(text) == answer


@pytest.mark.parametrize("text", [r"\frac{10}{9}", "Answer $ \n 9 \n $", "x + 1"])
def test_extract_answer__no_answer_without_a_marker_math_span_or_prose(text: str) -> None:
    assert extract_answer(text) is None


def test_extract_answer__boxes_with_words_between_them_are_not_one_list() -> None:
    assert extract_answer(r"\boxed{1} no no no no no \boxed{2}") == "2"


@pytest.mark.parametrize(
    "text",
    ["\\[" * 50_000, "$" * 100_000, "\\(" * 50_000 + "\n", "1," * 50_000, "$1$ and " * 20_000],
)
def test_extract_answer__fallback_patterns_stay_linear_on_hostile_text(text: str) -> None:
    with deadline(5.0):
        extract_answer(text)


@pytest.mark.parametrize(
    ("label", "digit", "after"), [("The answer is ", "۱", "x"), ("Answer: ", "३", "n")]
)
def test_extract_answer__a_run_of_another_scripts_digits_is_read_whole(
    label: str, digit: str, after: str
) -> None:
    # the number's lookbehind once knew only ASCII digits, so a number could start at every
    # position of such a run and each start rescanned the rest of it (minutes for 50,000)
    with deadline(5.0):
        found = extract_answer(label + digit * 50_000 + after)
    assert found is not None and found.startswith(digit * 50_000)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # an inline answer that opens with a value followed by words states that value
        ("So the answer is 42 which is bigger than 7.", "42"),
        ("The answer is $34$ because we add 2.", "34"),
        ("Answer: 18 apples in total after 3 days.", "18"),
        ("The final answer is 220 dollars, paid over 12 months.", "220"),
        ("The answer is 5, since 12 = 3 * 4.", "5"),
        ("The answer is 10 - 4 = 6 apples.", "6"),
        # not swallowed: words opening the answer keep the last value, a listed answer stays
        # a list, and a value with no words after it is read whole
        ("The largest $n$ is 34.", "34"),
        ("Answer: The largest n is 34.", "34"),
        ("The answer is 12 and 13.", "12, 13"),
        ("The answer is $5$ and $6$", "5, 6"),
        ("Final Answer: The final answer is 7.78. I hope it is correct.", "7.78"),
    ],
)
def test_extract_answer__a_value_opening_an_inline_answer_is_the_answer(
    text: str, answer: str
) -> None:
    found = extract_answer(text)
    assert found is not None
    assert check_equivalent(found, answer).equivalent, found


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # an escaped dollar inside the answer's math span is a currency sign, not its end
        ("The answer is $\\$36$.", "\\$36"),
        ("Answer: $\\$18.90$", "\\$18.90"),
        ("The answer is $\\$32,\\!348$.", "\\$32,\\!348"),
        ("The answer is $12$ and $13$", "12, 13"),
    ],
)
def test_extract_answer__an_escaped_dollar_inside_an_inline_span_stays_in_it(
    text: str, answer: str
) -> None:
    assert extract_answer(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a decimal's closing ellipsis makes it repeating: the sentence's full stop goes, the
        # ellipsis stays (found by wrapping the peer table's bare answers in lead-ins)
        ("The answer is 0.333...", "0.333..."),
        ("The answer is $0.1666…$.", "0.1666…"),
        ("Answer: $0.333\\ldots$.", "0.333\\ldots"),
        # not swallowed: an integer's trailing dots, a sentence's full stop
        ("The answer is 42...", "42"),
        ("The answer is 0.5.", "0.5"),
    ],
)
def test_extract_answer__a_repeating_decimal_keeps_its_ellipsis(text: str, answer: str) -> None:
    assert extract_answer(text) == answer


def test_extract_answer__words_after_an_empty_box_are_read_without_letters() -> None:
    assert extract_answer(r"\boxed{}. 42") == "42"


_BARE_VALUE_CHARACTERS = "0123456789 \t\n.,;:!?()[]{}+-/=^_%&|'\"~`@"
"""ASCII without letters, ``\\``, ``$``, ``#``, ``*`` and ``<``: the text the built-in
patterns skip unread"""


@given(st.text(alphabet=_BARE_VALUE_CHARACTERS, max_size=40))
@settings(max_examples=300, deadline=None)
def test_extract_answer__skipping_a_bare_value_gives_what_reading_it_gives(text: str) -> None:
    # one user pattern that never matches turns the shortcut off: every built-in one runs
    every_pattern_read = AnswerPatterns([*DEFAULT_ANSWER_PATTERNS, r"never-matches-(\d)"])
    assert extract_answer(text) is None
    assert every_pattern_read.search(text).answer is None


# Each built-in pattern that is not prose-only, with short texts it reads. The search skips a
# bare ASCII text before any pattern runs when it holds none of the marks or label words these
# patterns need (extraction._MARK_OR_LABEL_WORD); every text here must still be read.
_READ_BY_EACH_PATTERN: dict[str, tuple[str, ...]] = {
    extraction.BOXED_PATTERN: ("\\boxed{5}", "\\fbox{5}", "x \\boxed{5}"),
    extraction.ESCAPED_BOXED_PATTERN: ("\\\\boxed{5}",),
    r"\\boxed\s+([^\s$]+)": ("\\boxed 5",),
    extraction.BACKSLASHLESS_BOXED_PATTERN: ("boxed{5}", "boxed {5}"),
    extraction.ANSWER_TAG_PATTERN: ("<answer>5</answer>", "<SOLUTION>5</SOLUTION>"),
    r"####[ \t]*(\S[^\n]*)": ("#### 5",),
    extraction.FINAL_ANSWER_PATTERN: ("FINAL_ANSWER: 5", "Final answer: 5"),
    extraction.ANSWER_LABEL_PATTERN: ("Ans: 5", "ANSWER: 5", "answer - 5"),
    extraction.ANSWER_IS_PATTERN: ("answer is 5", "The Answer is 5"),
    extraction.VALUE_BEFORE_LABEL_PATTERN: ("5 is the answer", "5, the answer is."),
    NON_ENGLISH_ANSWER_PATTERN: tuple(
        f"{word}: 5"
        for word in (
            "Antwort",
            "Reponse",
            "Respuesta",
            "Risposta",
            "Resposta",
            "Svar",
            "Svaret",
            "Antwoord",
            "Jawaban",
            "Jawapannya",
            "Odpowiedz",
            "Vastaus",
            "Cevap",
            "Ergebnis",
            "Resultat",
            "Resultado",
            "Risultato",
            "CEVAP",
            "VASTAUS",
        )
    ),
    extraction.BOLD_LAST_LINE_PATTERN: ("**5**",),
    MATH_SPAN_PATTERN: ("$5$", "$$5$$", "\\[5\\]", "\\(5\\)", "\\begin{align}5\\end{align}"),
}


def test_every_built_in_pattern_but_the_prose_only_ones_has_texts_here() -> None:
    prose_only = {
        extraction.LEADING_ANSWER_PATTERN,
        extraction.REALS_ENDING_PATTERN,
        LAST_NUMBER_PATTERN,
        SOLUTION_LIST_PATTERN,
        extraction.OUT_OF_ENDING_PATTERN,
        extraction.RESULT_ENDING_PATTERN,
        CHINESE_CONCLUSION_PATTERN,
        extraction.TRAILING_NUMERAL_PATTERN,
    }
    assert set(DEFAULT_ANSWER_PATTERNS) - prose_only == set(_READ_BY_EACH_PATTERN)


@pytest.mark.parametrize(
    ("pattern", "text"),
    [(pattern, text) for pattern, texts in _READ_BY_EACH_PATTERN.items() for text in texts],
)
def test_the_early_return_for_bare_text_never_hides_a_pattern_s_match(
    pattern: str, text: str
) -> None:
    assert AnswerPatterns([pattern]).search(text).answer == "5"
