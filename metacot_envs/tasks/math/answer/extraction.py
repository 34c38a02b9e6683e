"""Find the final answer in a model's (or a dataset's) solution text.

Boxed answers are matched with a single linear pass over the braces, so even
100 kB of unbalanced ``{`` costs one scan, never a scan per ``\\boxed``. The
built-in patterns are linear by construction and run on ``re``; any other pattern
is user input and runs on ``regex`` under a time budget (see :mod:`user_patterns`).
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from metacot_envs.tasks.math.answer.answer_spans import (
    ANSWER_WORDS,
    BOLD_LABEL_LINE,
    CHINESE_CONCLUSION_PATTERN,
    LAST_NUMBER_PATTERN,
    LEADING_ANSWER_PATTERN,
    MATH_SPAN_PATTERN,
    NON_ENGLISH_ANSWER_PATTERN,
    OUT_OF_ENDING_PATTERN,
    REALS_ENDING_PATTERN,
    RESULT_ENDING_PATTERN,
    SOLUTION_LIST_PATTERN,
    SOLUTION_LIST_WINDOW,
    clean_inline_answer,
    declines_to_answer,
    ending_values,
    first_group,
    last_boxed,
    last_math_span,
    matching_braces,
    metric_unit_after,
    money_amount,
    reads_as_prose,
    states_a_value,
    states_no_answer,
)
from metacot_envs.tasks.math.answer.answer_spelling import (
    html_entities_decoded,
    html_scripts_as_latex,
    restore_eaten_escapes,
)
from metacot_envs.tasks.math.answer.english_numerals import number_from_english
from metacot_envs.tasks.math.answer.labelled_items import is_labelled_list
from metacot_envs.tasks.math.answer.reference_ranges import written_as_range
from metacot_envs.tasks.math.answer.user_patterns import compile_user_pattern, shown_pattern

BOXED_PATTERN = r"(?<!\\)(?:\\\\)*\\(?:boxed|fbox)\s*\{"
"""a pattern with no group that ends in ``{``: the answer is the balanced group it opens. The
command must not be escaped: in ``\\boxed{7} \\\\boxed{42}`` the ``\\\\`` is a LaTeX line
break and ``boxed{42}`` plain text, so the answer is 7 (an even run of backslashes before
``boxed`` is line breaks; an odd run ends in the command)"""

BOLD_LAST_LINE_PATTERN = r"(?:\A|\n)[ \t]*\*\*([^*\n]{1,200})\*\*[ \t.]*\Z"
"""a last line that is all bold (``**15**``), as chat models close a worked answer; read only
when it states a value (a bold heading or remark is no answer)"""

ESCAPED_BOXED_PATTERN = r"\\(?:boxed|fbox)\s*\{"
"""a box command after any backslashes, ``\\\\boxed{5}`` included: tried only when no text box
matched, for output that escapes its backslashes the way JSON prompts show them"""

BACKSLASHLESS_BOXED_PATTERN = r"(?<![\\A-Za-z])boxed\s*\{"
"""a box command that lost its backslash (``boxed{42}``, as a model's output or a copy through a
shell can leave it): tried only after every backslashed box, so ``\\boxed{7} \\\\boxed{42}``
still gives 7; a word ending in ``boxed`` (``unboxed{``) opens nothing"""

ANSWER_TAG_PATTERN = (
    r"(?i)<(?:answer|solution)>((?:[^<]|<(?!/?(?:answer|solution)>))*)</(?:answer|solution)>"
)
"""the whole content of an ``<answer>...</answer>`` tag (R1-style output) or a
``<SOLUTION>...</SOLUTION>`` tag (the reasoning templates of GRPO tutorials); content never
spans another tag, so each tag scans only up to the next one and matching stays linear"""

FINAL_ANSWER_PATTERN = (
    r"(?i)final[ _]answer(?:[ \t]+is(?:[ \t*]*[:：])?|[ \t*]*[:：])[ \t*]*"
    rf"{BOLD_LABEL_LINE}(\S[^\n]*)"
)
"""an explicit final-answer statement ("Final answer: 5", "the final answer is 5", and the
``FINAL_ANSWER: 5`` of prompts that ask for that key); after the
last box it restates the answer and wins over the box (see :class:`AnswerPatterns`)"""

ANSWER_IS_PATTERN = (
    r"(?i)\b(?:the[ \t]+)?answer[ \t]+(?:is|(?:may|might|could|would|should|must)[ \t]+be)"
    r"[ \t]*(\S[^\n]*)"
)
"""an answer stated after "the answer is", or after a modal verb ("the answer may be 41 or 42":
what follows is the answer, hedged as it is, not the last number of the sentence)"""
ANSWER_LABEL_PATTERN = (
    r"(?i)\b(?:answer|ans\.?)(?:(?:[ \t]+is)?[ \t*]*[:：]|[ \t]+[-–—][ \t]+)[ \t*]*"
    rf"{BOLD_LABEL_LINE}(\S[^\n]*)"
)
"""an answer label and what follows it on its line ("Answer: 5", "The answer is: 5", and the
abbreviation "Ans: 5"); a dash with a space on each side after the label is punctuation, as a
colon is ("Answer - 5" answers 5, "Answer: -5" answers -5)"""

VALUE_BEFORE_LABEL_PATTERN = (
    r"(?im)(?:^|(?<=[.!?;:]))[ \t]*(?:(?:so|thus|hence|therefore|then)[ \t]*,?[ \t]+)?"
    r"([^\s.!?;:,](?:[^\n.!?;:,]|[.,](?=\d)){0,80}?)"
    r"(?:[ \t]*,[ \t]*the[ \t]+(?:final[ \t]+)?answer[ \t]+is"
    r"|[ \t]+is[ \t]+(?:the|my|our)[ \t]+(?:final[ \t]+)?answer)[ \t]*[.!]?[ \t]*$"
)
"""a value stated before its label at the end of a line: "42 is the answer.", "So forty-two is
the final answer." and the inverted "Forty-two, the answer is." of a model trained to talk
like Yoda; read only when it states a value or is an English numeral (``This is the answer.``
states none), and only when no label after which a value follows matched"""

TRAILING_NUMERAL_PATTERN = (
    r"(?i)(?:\b(?:is|are|was|equals)|[=:：])[ \t]*[:：]?[ \t]*"
    r"([a-z][a-z \t-]{0,60}?)[ \t]*[.!]?[ \t]*\Z"
)
"""a number spelled in English words that ends a text after "is", "equals", ``=`` or a colon,
when no digit states a value ("The greatest possible value of a is: two"); read only when it
is a numeral (:func:`number_from_english`): "... is: unknown" states nothing"""

DISOWNING_WORDS = r"not|wrong|incorrect|false|never|isn't|no"
"""words that, right before an answer label, make the statement disown its value: "Wrong
answer: 42", "This is not the final answer: 42" (only articles and words like *final* or
*correct* may stand between them and the label, so "not sure the answer is 5" still answers)"""

_DISOWNED = re.compile(
    rf"(?i)\b(?:{DISOWNING_WORDS})"
    r"(?:[ \t]+(?:the|a|an|my|your|our|final|correct|right|real|true|actual))*[ \t]*$"
)
_DISOWN_WINDOW = 60
"""characters before a label searched for a disowning word"""
MAX_DISOWNED_LABELS = 32
"""disowned labels read past in one text before the rest is left unread"""

GSM8K_MARK_PATTERN = r"####[ \t]*(\S[^\n]*)"
"""GSM8K's answer mark; what follows it counts only when it holds a digit or states a value
(``#### (see above)`` leaves the later patterns to find the answer, the last number before it)"""
_DIGIT = re.compile(r"\d")

DEFAULT_ANSWER_PATTERNS: tuple[str, ...] = (
    BOXED_PATTERN,
    ESCAPED_BOXED_PATTERN,
    r"\\boxed\s+([^\s$]+)",
    BACKSLASHLESS_BOXED_PATTERN,
    ANSWER_TAG_PATTERN,
    GSM8K_MARK_PATTERN,
    FINAL_ANSWER_PATTERN,
    ANSWER_LABEL_PATTERN,
    ANSWER_IS_PATTERN,
    VALUE_BEFORE_LABEL_PATTERN,
    NON_ENGLISH_ANSWER_PATTERN,
    BOLD_LAST_LINE_PATTERN,
    LEADING_ANSWER_PATTERN,
    REALS_ENDING_PATTERN,
    SOLUTION_LIST_PATTERN,
    OUT_OF_ENDING_PATTERN,
    RESULT_ENDING_PATTERN,
    CHINESE_CONCLUSION_PATTERN,
    MATH_SPAN_PATTERN,
    LAST_NUMBER_PATTERN,
    TRAILING_NUMERAL_PATTERN,
)
"""tried in order; the first pattern that matches anywhere wins, and within it the last match
(boxes listed one after another count as one answer, see :mod:`answer_spans`), except that a
final-answer statement written after the last box and stating a value directly wins over the
box (``\\boxed{4}. Actually the final answer is 5.`` gives ``5``), and so does one after GSM8K's
mark, in English or another language (``#### 4`` then ``Final answer: 5``, or ``答案：43``). A
box that lost its
backslash (``boxed{42}``) is read only when no backslashed box is. An ``<answer>`` tag comes
after the boxes (a box inside the tag is the answer; an empty tag, like an empty box, states no
answer, so the reasoning before it is not searched) and before the labels. Then lead-ins
in other languages ("Antwort:", "la réponse est", "答案是"), then a last line all in bold that
states a value (``**15**``). The last nine are fallbacks: in prose, a value opening the text
before the reason for it (``x = 4, because 2*4+3 = 11``), then the reals in words ending the
text (``... is all real numbers except 3.``), then the values one variable takes ending the text (``x = 2 and x = -2.``: what the last number would cut to its last
item), then a count out of a total ending the text (``2 out of 9``), then a value after "the result
is" ending it (``The result is 4x^2-3x-7.``), then a clause a Chinese
conclusion word opens at the end of the text (``故x=3。``), then
the last math span (``$...$``, ``\\[...\\]``), then the last number (or the numbers a list
ending the text joins by commas and a last "and"/"or": ``The roots are 2 and 3.``), then a
number in English words ending the text ("... is: two"). No two
unbounded repeats can match the same characters (the capture starts at a non-space), so
matching stays linear even on long runs of spaces."""

MAX_EXTRACT_CHARS = 1_000_000
"""texts longer than this are only searched in their last MAX_EXTRACT_CHARS characters"""

USER_PATTERN_TIMEOUT = 0.1
"""seconds all user-supplied patterns together may spend on one text (``regex`` may
overshoot by up to about 2x); built-in patterns need no budget"""

_BUILT_IN_PATTERNS = frozenset(DEFAULT_ANSWER_PATTERNS)
_LABELS = frozenset({FINAL_ANSWER_PATTERN, ANSWER_LABEL_PATTERN, ANSWER_IS_PATTERN})
_OUT_OF_WORDS = re.compile(r"[ \t]+out[ \t]+of[ \t]+")
_NEXT_QUESTION = re.compile(r"(?:(?<=\n)|(?<=[.!?][ \t]))[ \t]*Question:")
"""a new few-shot question after the answer (``the answer is 366. Question: ...``): a model
that runs on past its answer writes the next example, where lm-evaluation-harness stops a
GSM8K generation; the text from there is searched only when nothing before it states an
answer (:data:`_STATES_AN_ANSWER`)"""
_STATES_AN_ANSWER = re.compile(r"(?i)\banswer\b|####|\\boxed")
"""a mark that the text states its answer: the word "answer", GSM8K's ``####`` or a box"""
_ENDING_CLAUSES = frozenset(
    {
        REALS_ENDING_PATTERN,
        SOLUTION_LIST_PATTERN,
        OUT_OF_ENDING_PATTERN,
        RESULT_ENDING_PATTERN,
        CHINESE_CONCLUSION_PATTERN,
    }
)
"""fallbacks anchored at the end of the text, searched in its last SOLUTION_LIST_WINDOW chars"""
_FALLBACKS = frozenset(
    {LEADING_ANSWER_PATTERN, MATH_SPAN_PATTERN, LAST_NUMBER_PATTERN, TRAILING_NUMERAL_PATTERN}
    | _ENDING_CLAUSES
)
_PROSE_ONLY = frozenset(
    {LEADING_ANSWER_PATTERN, LAST_NUMBER_PATTERN, TRAILING_NUMERAL_PATTERN}
    | (_ENDING_CLAUSES - {CHINESE_CONCLUSION_PATTERN})
)
"""fallbacks read only in prose; a Chinese conclusion word is prose of its own, one character
as it may be (``x+1=4，故x=3。``)"""
_STATES_MATH = re.compile(r"\d|[=+*/^\\]")
"""a digit or a sign of mathematics: what a value after "the result is" holds, words do not"""
_BUILT_IN_TRIGGER = re.compile(r"[A-Za-z\\$#*<]")
"""what every built-in pattern needs in ASCII text: a letter (labels, and the words that make
prose, without which the prose-only patterns do not run), a backslash (boxes, ``\\[``), a
dollar, ``####``, ``**`` or ``<answer>``"""
_MARK_OR_LABEL_WORD = re.compile(
    r"(?=[$#<*\\abcefjorsvABCEFJORSVоО])"
    r"(?:[$#<]|\*\*|\\[\[(]|\\begin"
    rf"|(?i:box|ans|final|ergebnis|r[ée]sultat|resultado|risultato|{ANSWER_WORDS}))"
)
"""what every built-in pattern but the prose-only ones needs in ASCII text: a dollar,
``####``, ``**``, ``<answer>``, ``\\[``, ``\\(`` or ``\\begin`` (math spans), a box (``\\boxed``,
``\\fbox``, ``boxed{``) or a label word in some language; ASCII text with none of these that
is not prose (``x^2+1``, ``\\frac{1}{2}``, ``2 m/s``) states its answer as it is. The lookahead
lists every first character of the alternatives (both cases of the words), so ``re`` tries
them only there: three times faster, same matches."""
_LATIN_OR_DIGIT = re.compile(r"[0-9A-Za-z]")
_FINAL_ANSWER = re.compile(FINAL_ANSWER_PATTERN)
_NON_ENGLISH_ANSWER = re.compile(NON_ENGLISH_ANSWER_PATTERN)
_WIDE_TAG = re.compile(r"(?i)[《〈＜](/?)(answer|solution|think|reasoning)[》〉＞]")
"""a tag in CJK or full-width angle brackets (``《answer》2《/answer》``), as some models write
them: the ASCII tag"""

REASONING_END = "</think>"
"""text up to the last closing reasoning tag is reasoning: the answer is searched after it
(``<think>\\boxed{42}</think>I'm not sure.`` has no answer)"""
REASONING_START = "<think>"
"""a reasoning tag opened after the last :data:`REASONING_END` and never closed starts an
unfinished (cut-off) reasoning: the text from it on is not searched (``<think>Try 4.
\\boxed{4}`` has no answer), as the two peer suites that state a verdict on it say"""


@dataclass(frozen=True)
class ExtractedAnswer:
    """What searching one text for a final answer found."""

    answer: str | None
    """the final answer, or None when no pattern matched or the search ran out of time"""
    failure: str = ""
    """why the search could not finish (a user pattern ran out of time); empty when it did"""


class AnswerPatterns:
    """Answer patterns compiled once, tried in order on each text; the first that matches wins.

    A pattern with capture groups yields the first group that took part in its last match; a pattern
    without groups that ends in ``{`` yields the brace-balanced content of its last
    match (``\\boxed{...}``). When the patterns hold :data:`FINAL_ANSWER_PATTERN`, a final-answer
    statement after the last box that states a value directly (a number or math, not prose:
    see :func:`states_a_value`) is the answer instead of the box: the text revised its boxed
    answer. The built-in :data:`DEFAULT_ANSWER_PATTERNS` run on ``re``.
    Every other pattern is user input: it is refused at construction with a
    ``ValueError`` naming it when it is invalid or too large (see
    :func:`compile_user_pattern`), and runs on ``regex`` with ``timeout`` seconds for
    all user patterns of one search together. A search that runs out of time finds
    no answer and says so in :attr:`ExtractedAnswer.failure`; it never raises.
    """

    def __init__(
        self,
        patterns: Sequence[str] = DEFAULT_ANSWER_PATTERNS,
        timeout: float = USER_PATTERN_TIMEOUT,
    ) -> None:
        if isinstance(patterns, str):
            raise ValueError(
                f"answer patterns must be a sequence of regex strings, got the single string "
                f"{shown_pattern(patterns)}: wrap it in a list"
            )
        if not isinstance(timeout, (int, float)) or not (0 < timeout and math.isfinite(timeout)):
            raise ValueError(
                f"the answer pattern timeout must be positive seconds, got {timeout!r}"
            )
        self.patterns: tuple[str, ...] = tuple(patterns)
        self.timeout = float(timeout)
        self._compiled = tuple(_compile(pattern) for pattern in self.patterns)
        self._restatement = _FINAL_ANSWER if FINAL_ANSWER_PATTERN in self.patterns else None
        self._built_in_only = all(built_in for _, _, built_in in self._compiled)

    def search(self, text: str) -> ExtractedAnswer:
        """The final answer in ``text`` (its last ``MAX_EXTRACT_CHARS`` characters), after its
        last :data:`REASONING_END` when it has one."""
        if not isinstance(text, str) or not text:
            return ExtractedAnswer(None)
        text = text[-MAX_EXTRACT_CHARS:]
        if self._built_in_only and text.isascii() and _BUILT_IN_TRIGGER.search(text) is None:
            # a bare value ("42", "3/4"): no built-in pattern can match, and the rewrites
            # below need a trigger too (a tag's "<", an eaten escape's letter)
            return ExtractedAnswer(None)
        if "《" in text or "〈" in text or "＜" in text:
            text = _WIDE_TAG.sub(r"<\1\2>", text)
        text = restore_eaten_escapes(after_reasoning(text))
        text = html_scripts_as_latex(html_entities_decoded(text))
        next_question = _NEXT_QUESTION.search(text)
        if next_question is not None and _STATES_AN_ANSWER.search(text, 0, next_question.start()):
            text = text[: next_question.start()]
        if written_as_range(text):
            return ExtractedAnswer(None)  # "1.5 to 2 metres": a range of values, the answer whole
        if is_labelled_list(text) and _STATES_AN_ANSWER.search(text) is None:
            # "quotient: x+1, remainder: 2" and "a) 27\nb) 8" are bare answers, as "x+1, 2"
            # is: no pattern reads them, so the whole text is the answer, not its last label
            return ExtractedAnswer(None)
        return self._search(text)

    def _search(self, text: str, after_empty_box: bool = False) -> ExtractedAnswer:
        prose: bool | None = None  # whether the text reads as prose, found once when asked
        # A bare value ("42", "x^2+1") can match no pattern; the words after an empty box are
        # read without prose, so those are always searched.
        if self._built_in_only and not after_empty_box and text.isascii():
            if _BUILT_IN_TRIGGER.search(text) is None:
                return ExtractedAnswer(None)
            if _MARK_OR_LABEL_WORD.search(text) is None:
                prose = reads_as_prose(text)
                if not prose:
                    return ExtractedAnswer(None)
        deadline = time.monotonic() + self.timeout
        closing: dict[int, int] | None = None
        disowned_from = len(text)  # fallbacks never read a value a label disowned
        for pattern, compiled, built_in in self._compiled:
            if built_in and pattern in _PROSE_ONLY and not after_empty_box:
                if prose is None:
                    prose = reads_as_prose(text)
                if not prose:
                    continue
            if built_in and pattern in _LABELS:
                owned, disowned = _owned_labels(compiled, text)
                if disowned is not None:
                    disowned_from = min(disowned_from, disowned)
                matches = iter(owned)
            elif built_in and pattern in _ENDING_CLAUSES:
                start = max(0, disowned_from - SOLUTION_LIST_WINDOW)
                matches = compiled.finditer(text, start, disowned_from)
            elif built_in and pattern in _FALLBACKS:
                matches = compiled.finditer(text, 0, disowned_from)
            elif built_in:
                matches = compiled.finditer(text)
            else:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return self._out_of_time(pattern)
                matches = compiled.finditer(text, timeout=remaining)
            try:
                if compiled.groups == 0:
                    boxes = list(matches)
                    if boxes and closing is None:
                        closing = matching_braces(text)
                    box = last_boxed(boxes, text, closing or {})
                    if box is not None and not box[0].strip():
                        # The last box is empty or cut off: no answer from it or an earlier
                        # box. Only words after an empty closed box may still state one
                        # ("\boxed{}. It is 42"), read by the later patterns alone.
                        rest = text[box[1] :]
                        if not rest.strip():
                            return ExtractedAnswer(None)
                        return self._search(rest, after_empty_box=True)
                    restated = self._restated_after(text, box[1]) if box is not None else None
                    cleaned = restated or (box[0].strip() if box is not None else None)
                elif built_in and pattern == MATH_SPAN_PATTERN:
                    whole = disowned_from == len(text)  # else a shorter text is read
                    if whole and prose is None:
                        prose = reads_as_prose(text)
                    found = (
                        None
                        if declines_to_answer(text)
                        else last_math_span(matches, text[:disowned_from], prose if whole else None)
                    )
                    cleaned = clean_inline_answer(found) if found is not None else None
                elif built_in and pattern == GSM8K_MARK_PATTERN:
                    mark = _last_match(matches)
                    found = None if mark is None else mark.group(1)
                    if found is not None and not (_DIGIT.search(found) or states_a_value(found)):
                        found = None
                    restated = (
                        None if found is None else self._restated_after_mark(text, mark.end())
                    )
                    cleaned = restated or (
                        clean_inline_answer(found) if found is not None else None
                    )
                elif built_in and pattern == ANSWER_TAG_PATTERN:
                    tag = _last_match(matches)
                    if tag is not None and not tag.group(1).strip():
                        # An empty answer tag states no answer: the reasoning before it is not
                        # searched for one; only words after the tag may still state it.
                        rest = text[tag.end() :]
                        if not rest.strip():
                            return ExtractedAnswer(None)
                        return self._search(rest, after_empty_box=True)
                    cleaned = clean_inline_answer(tag.group(1)) if tag is not None else None
                else:
                    if built_in and pattern == LAST_NUMBER_PATTERN:
                        last = (
                            None
                            if declines_to_answer(text)
                            else _last_match(
                                m for m in matches if not states_no_answer(text, m.start(), m.end())
                            )
                        )
                        found = (
                            None
                            if last is None
                            else money_amount(text, last.start(1), first_group(last) or "")
                        )
                        if (
                            last is not None
                            and found is not None
                            and found == first_group(last)
                            and not text.isascii()
                        ):
                            found += metric_unit_after(text, last.end(1))  # "1100瓦": a quantity
                    else:
                        found = _last_group(matches)
                    if built_in and pattern == LAST_NUMBER_PATTERN and found is not None:
                        found = ending_values(text[:disowned_from]) or found
                    if pattern == TRAILING_NUMERAL_PATTERN and built_in and found is not None:
                        found = number_from_english(found)
                    if pattern == VALUE_BEFORE_LABEL_PATTERN and built_in and found is not None:
                        spelled = number_from_english(found)
                        found = spelled or (found if states_a_value(found) else None)
                    if pattern == BOLD_LAST_LINE_PATTERN and built_in and found is not None:
                        found = found if states_a_value(found) else None
                    if pattern == OUT_OF_ENDING_PATTERN and built_in and found is not None:
                        found = _OUT_OF_WORDS.sub("/", found)  # "2 out of 9" states 2/9
                    if pattern == RESULT_ENDING_PATTERN and built_in and found is not None:
                        found = (
                            found
                            if _STATES_MATH.search(found) and not reads_as_prose(found)
                            else None
                        )
                    if pattern == CHINESE_CONCLUSION_PATTERN and built_in and found is not None:
                        found = found if _LATIN_OR_DIGIT.search(found) else None
                    cleaned = clean_inline_answer(found) if found is not None else None
            except TimeoutError:
                return self._out_of_time(pattern)
            if cleaned:
                return ExtractedAnswer(cleaned)
        return ExtractedAnswer(None)

    def _restated_after(self, text: str, start: int) -> str | None:
        """The value of the last final-answer statement from ``start`` on, if it states one."""
        if self._restatement is None:
            return None
        return _stated_after(self._restatement, text, start)

    def _restated_after_mark(self, text: str, start: int) -> str | None:
        """The value an answer statement after a GSM8K mark gives (``#### 4`` then ``Final
        answer: 5``, or ``答案：43``): a later statement corrects the mark, as one after the last
        box corrects the box."""
        restated = self._restated_after(text, start)
        if restated is not None or NON_ENGLISH_ANSWER_PATTERN not in self.patterns:
            return restated
        return _stated_after(_NON_ENGLISH_ANSWER, text, start)

    def _out_of_time(self, pattern: str) -> ExtractedAnswer:
        return ExtractedAnswer(
            None,
            f"no answer read: answer pattern {shown_pattern(pattern)} ran out of its "
            f"{self.timeout:g}s time budget",
        )


def extract_answer(
    text: str,
    patterns: Sequence[str] = DEFAULT_ANSWER_PATTERNS,
    timeout: float = USER_PATTERN_TIMEOUT,
) -> str | None:
    """Return the final answer in ``text``, or ``None`` if no pattern matches.

    :meth:`AnswerPatterns.search` with the patterns compiled once per distinct
    ``patterns``; ``None`` also when user patterns ran out of ``timeout`` seconds.
    Raises ``ValueError`` for an invalid pattern.
    """
    key = patterns if isinstance(patterns, str) else tuple(patterns)
    return _cached_patterns(key, timeout).search(text).answer


def after_reasoning(text: str) -> str:
    """``text`` after its last :data:`REASONING_END` (all of it when it has none) and before a
    :data:`REASONING_START` left open after it: what the answer search reads, and what a
    caller that falls back to the text itself should read."""
    reasoning_end = text.rfind(REASONING_END)
    rest = text if reasoning_end < 0 else text[reasoning_end + len(REASONING_END) :]
    unfinished = rest.find(REASONING_START)
    return rest if unfinished < 0 else rest[:unfinished]


@lru_cache(maxsize=64)
def _cached_patterns(patterns: Sequence[str], timeout: float) -> AnswerPatterns:
    return AnswerPatterns(patterns, timeout)


def _compile(pattern: str) -> tuple[str, Any, bool]:
    """``(pattern, compiled, built_in)``: ``re`` for the built-in patterns, else ``regex``."""
    if isinstance(pattern, str) and pattern in _BUILT_IN_PATTERNS:
        return pattern, re.compile(pattern), True
    return pattern, compile_user_pattern(pattern), False


def _owned_labels(compiled: Any, text: str) -> tuple[list[Any], int | None]:
    """The label matches that do not disown their value, and where the first disowning one is.

    A label's capture runs to the end of its line and may hold a later label of the same kind
    ("Wrong answer: 42. Correct answer: 43"; "The answer is 42. Wait, the answer is 43"), so the
    search goes on inside it: a later label on the line that is owned and states a value
    (:func:`states_a_value`) revises the earlier one, as a later line does. After
    :data:`MAX_DISOWNED_LABELS` restarts inside captures the rest of the text is left unread
    (every restart may scan to the end of a long line).
    """
    owned: list[Any] = []
    first_disowned: int | None = None
    position, restarts, line_end = 0, 0, -1
    while (match := compiled.search(text, position)) is not None:
        if not _disowned(text, match.start()):
            inside = match.start() < line_end
            if not inside or states_a_value(first_group(match) or ""):
                owned.append(match)
            if not inside:
                line_end = match.end()
            restarts += inside
            if restarts > MAX_DISOWNED_LABELS or match.start(1) <= match.start():
                position = max(match.end(), match.start() + 1)
            else:
                position = match.start(1)
            continue
        first_disowned = match.start() if first_disowned is None else first_disowned
        restarts += 1
        if restarts > MAX_DISOWNED_LABELS:
            break
        position = match.start(1) if match.start(1) > match.start() else match.start() + 1
    return owned, first_disowned


def _disowned(text: str, label_start: int) -> bool:
    """Whether a disowning word (:data:`DISOWNING_WORDS`) stands right before a label."""
    return _DISOWNED.search(text, max(0, label_start - _DISOWN_WINDOW), label_start) is not None


def _stated_after(statement: Any, text: str, start: int) -> str | None:
    """The value of the last ``statement`` (a compiled label pattern) from ``start`` on that no
    word disowns, if it states one; a statement nested in it wins ("Final Answer: The final
    answer is 5.", Minerva's format)."""
    found = _last_group(
        m for m in statement.finditer(text, start) if not _disowned(text, m.start())
    )
    inner = None if found is None else statement.search(found)
    if inner is not None:
        found = inner.group(1)
    if found is None or not states_a_value(found):
        return None
    return clean_inline_answer(found) or None


def _last_match(matches: Iterable[Any]) -> Any:
    found = None
    for match in matches:
        found = match
    return found


def _last_group(matches: Iterable[Any]) -> str | None:
    found: str | None = None
    for match in matches:
        found = first_group(match)
    return found
