r"""Where a final answer sits in a text: boxes, math spans and numbers, found in linear time.

- Boxes: the last ``\boxed{...}`` is the answer; boxes that follow one another with only
  connectives between them (commas, ``and``, ``\quad``, math delimiters:
  ``\boxed{1} and \boxed{2}``) are one answer, the list ``1, 2``. Repeats of the same box
  count once. ``or`` between boxes restates the answer (MATH writes
  ``\boxed{15\frac{39}{40}}, or \boxed{\frac{639}{40}}``): the last box is the answer.
- Math spans (a fallback pattern): the last ``$...$``, ``$$...$$``, ``\(...\)``,
  ``\[...\]`` or display environment (``\begin{align*}...\end{align*}``, ``equation``,
  ``gather``, ``eqnarray``, ``multline``; its ``&`` and line breaks go with it, so a chain
  of lines states its last side); inline ``$...$`` and ``\(...\)`` do not span lines. In
  prose, a plain number written after the last span ("... so there are 12 of them.") wins
  over it.
  Spans listed with only connectives between them (``$1$ and $2$``) are one answer.
- Numbers (the last fallback, only for prose: two or more words outside math, in any
  script: a CJK character counts as a word): the last number written in the text
  (``1,000.99``, ``2,74``, ``5/3``, ``\frac{2}{5}``; digits glued to CJK text, ``共有99颗``,
  are a number too), with a known unit written after it (``150 km``, ``12 cm^2``): "150 m"
  for "150 km" is wrong, which the number alone would hide. Currencies are left out
  (``3.5 USD`` answers ``3.5``). A bare answer such as ``\frac{10}{9}`` or ``\begin{matrix} 1 \\ 2
  \end{matrix}`` matches no pattern; callers compare the text itself.
- Non-English lead-ins ("Antwort:", "Die finale Antwort lautet", "la réponse est", "答案是")
  are answer lines like "Answer:".
- Inline answers after "Answer:" or "the answer is": Minerva's "I hope it is correct" goes;
  an answer that opens with a value followed by words states that value ("42 which is more
  than 7", "$34$ because ...", "18 apples after 3 days", "150 km in all" with its unit); when words open it, the last math
  span or number is the answer ("The largest $n$ is 34." gives ``34``); otherwise the first
  math span is, with the spans listed right after it (``$12$ and $13$`` gives ``12, 13``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from metacot_envs.tasks.math.answer.answer_notations import ALL_REALS, REALS_IN_WORDS
from metacot_envs.tasks.math.answer.answer_spelling import (
    DONG_WORD,
    DOT_GROUPED_THOUSANDS,
    RUPIAH_CODE,
    SCALE_WORD_AFTER,
)
from metacot_envs.tasks.math.answer.other_script_units import CJK_METRIC_UNIT_PATTERN
from metacot_envs.tasks.math.answer.plain_spelling import (
    EUROPEAN_FUNCTION_NAMES,
    GREEK_NAMES,
    LETTER_PAIR,
    PLAIN_FUNCTIONS,
)
from metacot_envs.tasks.math.answer.reference_ranges import written_as_range
from metacot_envs.tasks.math.answer.unit_names import canonical_unit

MATH_SPAN_PATTERN = (
    r"\$\$((?:[^$\\]|\\.)+?)\$\$"
    r"|\\\[((?:[^\\]|\\[^\[\]])*)\\\]"
    r"|\\\(((?:[^\\\n]|\\[^()\n])*)\\\)"
    r"|(?<![\\$])\$((?:[^$\\\n]|\\[^\n])+)\$"
    r"|\\begin\{(?:align|equation|gather|eqnarray|multline)\*?\}((?:[^\\]|\\(?!end\{|begin\{))*)"
    r"\\end\{(?:align|equation|gather|eqnarray|multline)\*?\}"
)
"""the last math span: a group per delimiter kind (display environments such as
``align*`` too); content cannot hold another opener, so each character is scanned a bounded
number of times"""
LAST_NUMBER_PATTERN = (
    r"(-?\\[dt]?frac\{-?\d+\}\{\d+\}"
    r"|(?<![\d零〇一二两三四五六七八九十百千])"
    r"(?:(?:[零〇一二两三四五六七八九十百千]{1,8}|\d+)分之)?\d*根号\d+(?:\.\d+)?"
    r"|(?<![A-Za-z\d_.,])[1-9]\d{0,2}(?:\.\d{3}){2,}(?![.,]?\d)"
    r"|(?<![A-Za-z\d_.,^])(?:[-\u2212]|(?:(?<=[A-Za-z]{2} )|(?<=[:=] ))[-\u2212][ \t])?"
    r"\d+(?:,\d{3})*(?:[.,]\d+)?(?:[eE][-+]?\d{1,3}(?!\w|\.\d))?(?:/\d+)?(?![.,/]?\d)"
    r"(?![xyzni](?![A-Za-z]))(?:[ \t]?[%％]|[万亿만억])?)"
)
"""the last number in the text: digits (glued to letters of other scripts too: ``共有99颗``)
or a ``\\frac{a}{b}`` of integers written in prose. Its sign is a hyphen or the Unicode minus
``−``, glued to the digits or one space before them after a word (not a one-letter
variable), a colon or ``=`` ("is − 12 degrees"); after a number a spaced minus is
subtraction or a range ("5 - 12" reads 12). A percent sign after the number is kept ("the
discount is 50%" reads ``50%``, which is both 50 and a half), and so is a Chinese or Korean
scale word glued to it ("3.5万" and "1.5만" read whole), a Chinese square root
(``根号2``, ``二分之根号2``) and E notation's exponent ("3e8 m/s" reads ``3e8``). Two or more
dots between groups of three digits group thousands (``1.250.000``), read whole. A number
glued to a one-letter variable (``4x``, ``2n``, ``3i``) is a term, not that number: "so we have
4x on the left" states no 4."""
_VALUE = r"[-\u2212]?\d+(?:\.\d+)?(?:/\d+)?"
FOREIGN_CONNECTIVES = (
    "ou", "et", "oder", "und", "или", "и", "oppure", "hoặc", "atau", "veya", "lub", "sau",
    "și", "şi", "nebo", "vagy", "és", "eller", "och",
)  # fmt: skip
"""French, German, Russian, Italian, Vietnamese, Indonesian, Turkish, Polish, Romanian (``sau``,
``și``, also with the cedilla ``şi``), Czech, Hungarian and Swedish/Norwegian/Danish words
joining list items ("or"/"and"), read between spaces"""
CJK_CONNECTIVES = ("または", "あるいは", "或者", "或", "和", "또는", "혹은")
"""Japanese (``または``, ``あるいは``: "or"), Chinese (``或者``, ``或``: "or"; ``和``: "and") and
Korean (``또는``, ``혹은``: "or") words joining list items, read with or without spaces
around them"""
ONE_LETTER_CONNECTIVES = ("y", "o", "e")
"""Spanish, Italian and Portuguese one-letter "and"/"or", read only between two equations"""
_JOINING_WORD = (
    "(?:"
    + "|".join(("and", "or", *FOREIGN_CONNECTIVES, *CJK_CONNECTIVES, *ONE_LETTER_CONNECTIVES))
    + ")"
)
SOLUTION_LIST_PATTERN = (
    rf"(?<![A-Za-z\\])(([a-zA-Z])[ \t]*=[ \t]*{_VALUE}"
    rf"(?:(?:[ \t]*[,;][ \t]*(?:{_JOINING_WORD}[ \t]+)?|[ \t]+{_JOINING_WORD}[ \t]+)"
    rf"\2[ \t]*=[ \t]*{_VALUE})+)"
    r"[ \t]*\.?[ \t]*\Z"
)
"""the values one variable takes, ending the text (``the solutions are x = 2 and x = -2.``, in
other languages too: ``x = 2 y x = -2``): a fallback before the last number, which would keep
only the last of them; searched in the last :data:`SOLUTION_LIST_WINDOW` characters only"""
LEADING_ANSWER_PATTERN = (
    r"\A[ \t]*((?:[A-Za-z][ \t]*=[ \t]*)?[-\u2212]?\d+(?:[.,]\d+)?(?:/\d+)?)"
    r"[ \t]*[,，;；]?[ \t]*(?:because|since|因为|由于|porque|puisque|parce que|weil)(?![A-Za-z])"
)
"""a value (or one variable's value) opening the text, followed by the reason for it
(``x = 4，因为 2*4+3 = 8+3 = 11``, ``12, because 3 * 4 = 12``): a fallback before the ending
clauses and the last number, which would read the check's numbers instead"""
REALS_ENDING_PATTERN = (
    rf"(?i)(?<![A-Za-z])(?<!for )(?<!for all )({REALS_IN_WORDS})[ \t]*\.?[ \t]*\Z"
)
"""the reals, perhaps less some points, in words ending the text (``The domain is all real
numbers except 3.``): a prose fallback before the last number, which would keep the excluded
``3``; not after ``for`` (``x^2 + 1 > 0 for all real numbers`` quantifies, it does not answer)"""
OUT_OF_ENDING_PATTERN = r"(?<![\w.,])(\d{1,12}[ \t]+out[ \t]+of[ \t]+\d{1,12})[ \t]*\.?[ \t]*\Z"
"""a count out of a total ending the text (``The chance is 2 out of 9.``): the fraction it
states, where the last number would keep only the total"""
RESULT_ENDING_PATTERN = (
    r"(?i)(?<![A-Za-z])(?:final[ \t]+)?result[ \t]+is[ \t]*:?[ \t]+"
    r"(\S[^\n]{0,80}?)[ \t]*\.?[ \t]*\Z"
)
"""a value stated after "the result is" ending the text (``The result is 4x^2-3x-7.``): the
whole expression, where the last number would keep only ``7``; read only when what follows
holds a digit or a sign of mathematics and is not prose (``The result is a contradiction.``
states none)"""
SOLUTION_LIST_WINDOW = 400
"""characters from the end searched for :data:`SOLUTION_LIST_PATTERN` (each start it tries may
scan to the end, so the window keeps the search linear in the text)"""
CHINESE_CONCLUSION_PATTERN = (
    r"(?:综上所述|综上|所以|因此|从而|解得|故|即|得)[ \t]*[:：,，]?[ \t]*([^，。；;\n]+?)"
    r"[ \t]*[。.]?[ \t]*\Z"
)
"""the clause a Chinese conclusion word opens when it ends the text (``故x=3。``, ``，即
-ln2*x+y+z+1=0。``: "so", "that is", "solving gives"): a prose fallback before the last math
span and number, which would cut an equation to its last number; searched in the last
:data:`SOLUTION_LIST_WINDOW` characters, and only a clause holding a digit or a Latin letter
counts (``代入即可。`` states nothing)"""
BOLD_LABEL_LINE = r"(?:(?<=\*\*)[ \t]*\n[ \t]*(?=[^\n]{1,40}(?:\n|\Z)))?"
"""after an answer label closed in Markdown bold (``**Answer:**``), the end of its line: the
value may stand on the next line when that line is short (40 characters at most: a value, not
a sentence about it); a plain label's line break still ends its answer"""
ANSWER_WORDS = (
    r"antwort|r[ée]ponse|respuesta|risposta|resposta|ответ|svar(?:et)?|antwoord"
    r"|jawa[bp]an(?:nya)?|odpowied[źz]|vastaus|cevap|đáp[ \t]+(?:án|số)"
)
"""the word "answer" in German, French, Spanish, Italian, Portuguese, Russian, the Scandinavian
languages, Dutch, Indonesian and Malay, Polish, Finnish, Turkish and Vietnamese ("đáp án", and
"đáp số" of a worked problem) (a regex alternation, for
case-insensitive use): lead-ins in prose and labels opening a bare answer share it"""
NON_ENGLISH_ANSWER_PATTERN = (
    rf"(?i)(?:\b(?:{ANSWER_WORDS}"
    r"|ergebnis|r[ée]sultat|resultado|risultato|результат)(?:[ \t]+finale?)?"
    r"(?:(?:[ \t]+(?:lautet|ist|est|es|è|é|é:|er|är|is|adalah|ialah|to|on|là))?[ \t*]*[:：]"
    r"|[ \t]+[-–—][ \t]+)|"
    r"\b(?:antwort[ \t]+lautet|r[ée]ponse[ \t]+est|respuesta[ \t]+es|risposta[ \t]+è"
    r"|ergebnis[ \t]+(?:ist|lautet)|r[ée]sultat[ \t]+est|resultado[ \t]+(?:es|é)"
    r"|risultato[ \t]+è|svaret[ \t]+(?:er|är)|antwoord[ \t]+is"
    r"|jawa[bp]an(?:nya)?[ \t]+(?:adalah|ialah)|odpowied[źz][ \t]+to|vastaus[ \t]+on"
    r"|đáp[ \t]+(?:án|số)[ \t]+là)|"
    r"答案[ \t]*(?:是|为|為|[:：])|答え[ \t]*(?:は|[:：])"
    r"|(?<![가-힣])(?:정답|답)[ \t]*(?:은|는|[:：]))[ \t*]*"
    rf"{BOLD_LABEL_LINE}([^\s。][^\n。]*)"
)
"""an answer after a lead-in in German, French, Spanish, Italian, Portuguese, Russian,
Danish, Norwegian, Swedish, Dutch, Indonesian, Malay, Polish, Finnish, Turkish, Chinese,
Japanese or Korean ("Antwort:", "la réponse est", "el resultado es", "Ergebnis:", "Svaret er",
"het antwoord is", "Jawabannya adalah", "答案是", "答えは", "정답은"; "final" after the word too,
as in "Respuesta final:" and "Réponse finale :"; a spaced dash after the
word is punctuation, as a colon is: "Ответ — 5", "Ответ - 5"), up to the end of its line or
sentence (``答案是7。即...`` gives ``7``)"""

_MATH_SPAN = re.compile(MATH_SPAN_PATTERN)
_NUMBER = re.compile(LAST_NUMBER_PATTERN)
_NEGATED = re.compile(
    r"(?i)(?:\\not|\bnot|n't)\s*(?:(?:\$\$?|\\[\[(])\s*)?(?:\\(?:boxed|fbox)\s*\{?\s*)?$"
)
"""a word denying the value right after it ("not 13", "isn't 5"), also across the math
delimiters and the box that hold it ("It is not $$4$$", "not \\boxed{4}", ``\\not\\boxed{4}``)"""
_NEGATION_WINDOW = 24
"""characters before a value searched for a denying word"""


def is_negated(text: str, start: int) -> bool:
    """Whether a denying word stands right before the value, span or box at ``start``."""
    return _NEGATED.search(text, max(0, start - _NEGATION_WINDOW), start) is not None


_DENIED_AFTER = re.compile(
    r"(?i)[ \t]+(?:is|was)(?:[ \t]+not|n't)[ \t]+"
    r"(?:the[ \t]+(?:(?:final|right|correct)[ \t]+)?answer|correct|right)\b"
    r"|[ \t]+(?:is|was)[ \t]+(?:wrong|incorrect)\b"
)
"""a denial right after the number ("42 is not the answer", "42 isn't correct", "42 was
wrong")"""
_STEP_BEFORE = re.compile(r"(?i)(?<![A-Za-z])(?:step|schritt|paso|passo|étape)[ \t]*#?[ \t]*$")
_STEP_LABEL_AFTER = re.compile(r"[ \t]*[:.)]")
"""``Step 4:``, ``step 2.``: a number that labels a step of the working, not a value of it"""
_HOPE = re.compile(r"(?i)I hope it is correct")
"""Minerva's sign-off (see :func:`_without_sign_off`)"""
_LATIN = "a-zA-Z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
"""Latin letters, accented ones included (French, German, Spanish, Vietnamese, ...), not the
signs ``×`` and ``÷`` that sit among them"""
_SHORT_FUNCTION_WORDS = (
    "is|of|to|it|so|we|by|at|on|as|be|el|la|es|de|en|un|le|et|il|lo|se|da|em|os|ou|al|su"
)
_PROSE_WORD = re.compile(
    rf"(?<![\\{_LATIN}])(?:[{_LATIN}]{{3,}}|(?i:{_SHORT_FUNCTION_WORDS})(?![{_LATIN}]))"
)
"""a word in Latin script: three letters or more (``quãng``, ``Fläche``), or a two-letter
function word of English or a Romance language ("half of 9 is 4.5", "el resultado es -3" are
prose)"""
_OTHER_SCRIPT_WORD = re.compile(
    r"[\u0400-\u04ff\u0590-\u06ff\u0900-\u0dff\u0e00-\u0e7f]{2,}"
    r"|[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
)
_CJK_UNIT_OR_RATE = (
    rf"(?:{CJK_METRIC_UNIT_PATTERN})(?:\s*/\s*(?:{CJK_METRIC_UNIT_PATTERN}|[分时時]))?"
)
"""a Chinese metric unit, or a rate of one over another or over 分 or 时 (``米/秒``, ``千米/时``)"""
_METRIC_UNIT_AFTER_NUMBER = re.compile(rf"(?<=\d)\s*{_CJK_UNIT_OR_RATE}")
"""a Chinese metric unit or rate after a number (``12厘米``, ``10米/秒``): the quantity's unit,
which the comparison converts, not a word of prose"""
_CJK_QUANTITY = re.compile(rf"\s*([-+]?\d+(?:\.\d+)?\s*{_CJK_UNIT_OR_RATE})\s*[。.]?\s*")
"""a whole answer that is one number and a Chinese metric unit or rate (``1100瓦``, ``3.6千米/时``):
kept with its unit, which the comparison converts (``3米`` is ``300 cm``, not ``3 cm``)"""
_TEXT_WORD = re.compile(r"\\(?:text|textrm|mathrm|mbox)\s*\{\s*[^{}\s]+\s*\}")
"""one word in a text command inside mathematics (``2\\sqrt{3}\\text{ см}``): a unit, which the
comparison reads, not prose around the answer"""
_LISTING_WORD = re.compile("|".join(sorted((*CJK_CONNECTIVES, "или"), key=len, reverse=True)))
"""a word of another script joining list items (``또는``, ``或``, ``или``): no prose by itself"""
_ENVIRONMENT = re.compile(r"(?<!\\)\\+(?:begin|end)\s*\{[a-zA-Z*]*\}")
"""an environment's begin or end command, read from the first backslash of a run only (a run of
backslashes is scanned once)"""
_GAP_NOISE = re.compile(
    r"\\(?:quad|qquad|text|textbf|mathrm)\b|\\[,;:! ]|\$|\\[()\[\]]|[\s,;.&{}~]|\\\\"
)
_CONNECTIVES = frozenset({"and", "or"})
_TIME_FRAME_BEFORE = re.compile(
    r"(?i)(?<![A-Za-z])(?:after|within|over|during|every|per|in|d'ici|après|dans|pendant|nach)"
    r"[ \t]+(?:the[ \t]+(?:next|first|last)[ \t]+)?\Z"
)
TIME_FRAME_WINDOW = 32
"""characters before a number searched for a time-frame word ("within the next ")"""
_QUANTIFIER_BEFORE = re.compile(
    r"(?i)(?:(?<![A-Za-z])for[ \t]+(?:all|every|any|each)(?![A-Za-z])|\\forall|∀)[^.;:\n]*\Z"
)
"""a clause that quantifies a variable ("for all x > ", ``\\forall n \\ge``) running up to a
number: the number bounds the variable, it is no answer"""
_TIME_UNIT_AFTER = re.compile(
    r"(?i)[ \t]*(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|"
    r"secondes?|heures?|jours?|semaines?|mois|ans|années?|Tagen?|Wochen?|Monaten?|Jahren?)"
    r"(?![A-Za-z])"
)
_NUMBER_TERM = r"-?\d+(?:[.,]\d+)*(?:/\d+)?"
_LEADING_NUMBER = re.compile(rf"{_NUMBER_TERM}(?:\s*[-+*/=×÷]\s*{_NUMBER_TERM})*(?:\s*%)?")
"""a number opening an answer, with numbers computed from it (``10 - 4 = 6``)"""
_WORDS_AFTER_VALUE = re.compile(r"(?:\s*[,;:.])?\s+([A-Za-z]{2,})")
"""words right after a value (one way to split the spaces around a comma, so a long run of
spaces is scanned once)"""
_CALLED = frozenset(PLAIN_FUNCTIONS | EUROPEAN_FUNCTION_NAMES.keys() | {"sqrt", "cbrt"})
"""function names written without a backslash: before ``(`` they are mathematics, not words"""
_ARGUMENT_AFTER_NAME = re.compile(r"[(^]|[ \t]?(?:\d|[A-Za-z](?![A-Za-z]))")
"""what follows a function name applied to something: ``(``, a power (``sin^2(x)``), a digit
or one letter (``sin2x``, ``cos x``); "sin of" is words"""
_NAMED_CONSTANTS = frozenset({"infinity", "inf"})
_NAME_GLUE = frozenset("*^_=+")
"""signs of arithmetic a name in a formula is written against without a space; a word of prose
never is (a hyphen or slash may join words: "well-known", "and/or")"""
_BOX_CONNECTIVES = frozenset({"and"})
_SPAN_CONNECTIVES = frozenset({"and", "or", *FOREIGN_CONNECTIVES, *CJK_CONNECTIVES})
"""words that list two math spans as one answer's items (``$x<-2$ or $1<x$``), in English,
French, German, Russian, Japanese and Chinese"""


def matching_braces(text: str) -> dict[int, int]:
    """Map the index of every balanced unescaped ``{`` to the index of its ``}``."""
    stack: list[int] = []
    closing: dict[int, int] = {}
    for brace in BRACE.finditer(text):  # the braces alone: a long text has few
        i = brace.start()
        if i > 0 and text[i - 1] == "\\":
            continue
        if brace.group() == "{":
            stack.append(i)
        elif stack:
            closing[stack.pop()] = i
    return closing


BRACE = re.compile(r"[{}]")
"""one brace, opening or closing: brace scans look at these alone"""


_INSTRUCTION_BEFORE_BOX = re.compile(
    r"(?i)\banswers?[ \t]+(?:with)?in(?:side)?[ \t]+(?:an?[ \t]+|the[ \t]+)?\Z"
)
"""the words of the usual prompt before its empty box ("put your final answer within
\\boxed{}"), which a model may echo after its answer"""


def _echoes_instruction(text: str, box: tuple[int, int], closing: dict[int, int]) -> bool:
    """Whether the box is empty and follows "answer within": the prompt's instruction echoed."""
    start, open_index = box
    if text[open_index + 1 : closing[open_index]].strip():
        return False
    return _INSTRUCTION_BEFORE_BOX.search(text, max(0, start - 40), start) is not None


def last_boxed(
    matches: Iterable[Any], text: str, closing: dict[int, int]
) -> tuple[str, int] | None:
    """The content of the last top-level box, joined with the boxes listed just before it,
    and the index just after that box.

    ``None`` when there is no box; content ``""`` when the last box is never closed (a cut-off
    text): the final answer is then unknown, and an earlier box is not taken in its place
    (a model that boxes twice revised the first answer), as MATH's own last-box search does.
    An empty box after "answer within" is the prompt's instruction echoed ("\\boxed{7}. Put
    your final answer within \\boxed{}."), passed over when the text has another box.
    """
    boxes: list[tuple[int, int]] = []  # (start of the macro, index of its "}")
    echoes: list[tuple[int, int]] = []
    resume = 0
    cut_off = False
    for match in matches:
        open_index = match.end() - 1
        # Skip boxes nested inside the previously taken one: the outer box is the answer.
        if open_index < resume or text[open_index] != "{":
            continue
        if open_index not in closing:
            cut_off = True
            continue
        resume = closing[open_index]
        box = (match.start(), open_index)
        if is_negated(text, match.start()) or _DENIED_AFTER.match(text, resume + 1):
            continue  # "not \boxed{4}", "\boxed{4} is wrong": no answer, nor joined to one
        if _echoes_instruction(text, box, closing):
            echoes.append(box)
        else:
            boxes.append(box)
        cut_off = False
    if cut_off:
        return "", len(text)
    if not boxes:
        if not echoes:
            return None
        boxes = echoes  # only the instruction's box: as empty as any empty box
    start, open_index = boxes[-1]
    end = closing[open_index] + 1
    contents = [text[open_index + 1 : closing[open_index]]]
    if not contents[0].strip():
        return "", end  # an empty last box lists nothing: "\boxed{42}. \boxed{}" has no answer
    for previous_start, previous_open in reversed(boxes[:-1]):
        if not _only_connectives(text[closing[previous_open] + 1 : start], _BOX_CONNECTIVES):
            break
        content = text[previous_open + 1 : closing[previous_open]]
        if content.strip() and content.strip() != contents[-1].strip():
            contents.append(content)  # gathered backwards: appending keeps this linear
        start = previous_start
    return ", ".join(content.strip() for content in reversed(contents)), end


def last_math_span(matches: Iterable[Any], text: str, prose: bool | None = None) -> str | None:
    """The last math span, joined with the spans listed just before it (``$1$ and $2$``);
    in prose, a number written after the last span wins over it. ``prose`` is
    :func:`reads_as_prose` of ``text`` when the caller has it already."""
    spans = [
        (match.start(), match.end(), first_group(match) or "")
        for match in matches
        if not is_negated(text, match.start())  # "It is not $$4$$" denies that value
    ]
    if prose is None:
        prose = reads_as_prose(text)
    number = _last_number_outside(text, spans) if prose else None
    if not spans or (number is not None and number[0] > spans[-1][0]):
        return None if number is None else ending_values(text) or number[1]
    start, _, content = spans[-1]
    contents = [content]
    for previous_start, previous_end, previous in reversed(spans[:-1]):
        if not _only_connectives(text[previous_end:start]):
            break
        contents.append(previous)  # gathered backwards: appending keeps this linear
        start = previous_start
    return ", ".join(content.strip() for content in reversed(contents))


_ENDING_PAIR = re.compile(
    r"(?<![A-Za-z\\])([\[(][ \t]*-?\d+(?:\.\d+)?[ \t]*,[ \t]*-?\d+(?:\.\d+)?[ \t]*[\])])"
    r"[ \t\n.。]{0,8}\Z"
)


_LIST_NUMBER = r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_ENDING_LIST = re.compile(
    rf"(?<![\w.,\-\\^/])({_LIST_NUMBER}(?:,[ \t]+{_LIST_NUMBER})*,?[ \t]+(?:and|or)[ \t]+"
    rf"{_LIST_NUMBER})[ \t]*[.!]?[ \t\n]*\Z"
)
"""two or more numbers ending the text, joined by commas and a last "and" or "or" (``The roots
are 2 and 3.``, ``Could be 10, 20, 30, or 42.``); a comma with no space after it groups
thousands"""


def ending_list(text: str) -> str | None:
    """The numbers ending ``text`` as a list (``2 and 3``, ``10, 20, 30, or 42``): an answer of
    several values, or several guesses, read whole rather than as its last number; else None."""
    numbers = _ENDING_LIST.search(text[-160:])
    return numbers.group(1) if numbers is not None else None


def ending_values(text: str) -> str | None:
    """The values ending ``text`` read whole rather than as its last number: a bracketed pair
    (:func:`ending_pair`) or a list joined by "and"/"or" (:func:`ending_list`); else None."""
    return ending_pair(text) or ending_list(text)


def ending_pair(text: str) -> str | None:
    """Two numbers in brackets ending the text (``[0,1)``, ``(2, 3).``): an interval or a
    point, read whole rather than as its last number; None when the text ends otherwise
    (``f(2, 3)`` is a call, not a pair)."""
    pair = _ENDING_PAIR.search(text[-80:])
    return pair.group(1) if pair is not None else None


_DECLINED = re.compile(
    r"(?i)\b(?:I|we)[ \t]+(?:cannot|can't|can[ \t]+not|am[ \t]+unable[ \t]+to|are[ \t]+unable"
    r"[ \t]+to|won't|will[ \t]+not)[ \t]+(?:answer|determine[ \t]+the[ \t]+answer)\b"
    r"|\b(?:but|so)[ \t]+(?:cannot|can't)[ \t]+answer\b"
)
"""a text declining to answer ("I cannot answer", "I considered 48 but cannot answer")"""


def metric_unit_after(text: str, end: int) -> str:
    """The Chinese metric unit or rate right after the number ending at ``end`` (``瓦`` of
    ``电功率为1100瓦。``), else ``""``: the last number of prose keeps its unit, which the
    comparison converts."""
    unit = _METRIC_UNIT_AFTER_NUMBER.match(text, end)
    return "" if unit is None else unit.group()


def declines_to_answer(text: str) -> bool:
    """Whether ``text`` says it gives no answer; a number in it is then no answer either,
    unless a label or a box states one (``I cannot answer. Confidence score: 4`` answers
    nothing: local-inference-lab/llm-inference-bench and Luissalet/GaltonsHoard's checkers
    refuse it)."""
    return _DECLINED.search(text) is not None


def states_no_answer(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` is no answer: a word right before it denies it
    ("12, not 13", "it is not 76", "isn't 5"), a denial right after it does ("42 is not the
    answer", "42 is wrong") or it numbers a step of the working ("Step 4:
    simplify both sides.")."""
    if is_negated(text, start):
        return True
    if _DENIED_AFTER.match(text, end) is not None:
        return True
    return (
        _STEP_BEFORE.search(text, max(0, start - 10), start) is not None
        and _STEP_LABEL_AFTER.match(text, end) is not None
    )


def _last_number_outside(text: str, spans: list[tuple[int, int, str]]) -> tuple[int, str] | None:
    """The last number outside math spans; one in a time frame ("after 30 days", "d'ici 12
    mois") only when every number is in one: that usually restates the question, not the
    answer. (An answer to a how-long question written with another number before its time
    frame, "reads the 300 pages in 6 days", reads 300: the price of the rule.) A citation
    marker, a short integer alone in square brackets ("211.9 billion [2][3]."), as
    retrieval-augmented answers cite their sources, counts only when every number is one; so
    does a number bounding a quantified variable ("f(x) = 1 for all x > 0" reads 1)."""
    found: tuple[int, str] | None = None
    found_end = 0
    framed: tuple[int, str] | None = None
    cited: tuple[int, str] | None = None
    quantified: tuple[int, str] | None = None
    span_index = 0
    for match in _NUMBER.finditer(text):
        while span_index < len(spans) and spans[span_index][1] <= match.start():
            span_index += 1
        inside = span_index < len(spans) and spans[span_index][0] <= match.start()
        if inside:
            continue
        if states_no_answer(text, match.start(), match.end()):
            continue
        number = match.group(1)
        if (
            len(number) <= 3
            and number.isdigit()
            and text[match.start() - 1 : match.start()] == "["
            and text[match.end() : match.end() + 1] == "]"
        ):
            cited = (match.start(), number)
            continue
        window = max(0, match.start() - TIME_FRAME_WINDOW)  # bounded: linear in the text
        if _TIME_FRAME_BEFORE.search(text, window, match.start()) and _TIME_UNIT_AFTER.match(
            text, match.end()
        ):
            framed = (match.start(), match.group(1))
        elif _QUANTIFIER_BEFORE.search(text, window, match.start()):
            quantified = (match.start(), match.group(1))
        else:
            found = (match.start(), money_amount(text, match.start(), match.group(1)))
            found_end = match.end()
            scale = SCALE_WORD_AFTER.match(text, match.end())
            if scale is not None:  # "3 million", "2 dozen": the scale is part of the value
                found = (found[0], f"{found[1]} {scale.group(1)}")
                found_end = 0
    if found is not None and found_end and (unit := unit_after_value(text, found_end)):
        found = (found[0], f"{found[1]} {unit}")  # read for the last number only
    elif found is not None and found_end and not text.isascii():
        found = (found[0], found[1] + metric_unit_after(text, found_end))  # "1100瓦"
    return found or framed or quantified or cited


_UNIT_AFTER_VALUE = re.compile(
    r"[ \t]+((?:(?P<spatial>sq|square|cu|cubic)\.?[ \t]+)?(?P<unit>[μµ]?[A-Za-z]+(?:/[μµ]?[A-Za-z]+)?)"
    r"(?:\^\{?[1-9]\}?|[²³])?)(?![\w/^]|\.\w)"
)
_NOT_UNITS = frozenset({"in", "A"})
"""unit spellings that after a number are more often words: "5 in total", "grade 5 A" """
_MONEY_UNITS = frozenset({"dollar", "euro", "cent"})
"""currencies, left out as before: an amount is read without them ("3.5 USD" answers 3.5)"""


def unit_after_value(text: str, end: int) -> str | None:
    """The known unit of measurement written after a value ending at ``end`` (``km`` of
    "150 km", ``cm^2`` of "12 cm^2 in all", ``sq ft``), so that an answer found in prose keeps
    it: "150 m" for "150 km" is wrong, which the value alone would hide. None for other words
    ("18 apples"), for ``in`` and ``A``, which are more often words, and for currencies."""
    match = _UNIT_AFTER_VALUE.match(text, end)
    if match is None or match["unit"] in _NOT_UNITS:
        return None
    unit = canonical_unit(match["unit"])
    if unit is None or unit in _MONEY_UNITS:
        return None
    # a product of units written with spaces ("kilogram metre/second^2", "kg m/s^2") reads
    # whole; a further unit of one letter only when it is an SI symbol ("5 kg a week" stops)
    last = match
    for _ in range(3):
        more = _UNIT_AFTER_VALUE.match(text, last.end())
        if (
            more is None
            or more["unit"] in _NOT_UNITS
            or (len(more["unit"]) == 1 and more["unit"] not in _ONE_LETTER_FACTORS)
            or canonical_unit(more["unit"]) in (None, *_MONEY_UNITS)
        ):
            break
        last = more
    return text[match.start(1) : last.end(1)]


_ONE_LETTER_FACTORS = frozenset("mgsNJWVK")
"""SI symbols of one letter that may follow another unit in a product of units (``kg m``)"""


_DOT_GROUPED = re.compile(DOT_GROUPED_THOUSANDS)
_DONG_AFTER = re.compile(rf"[ \t]*{DONG_WORD}")
_RUPIAH_BEFORE = re.compile(rf"{RUPIAH_CODE}[ \t]*\Z")


def money_amount(text: str, start: int, number: str) -> str:
    """``number`` (found at ``start`` in ``text``) without its dots when they group thousands
    of Vietnamese dong or Indonesian rupiah (``885.000 đồng``, ``Rp 5.000``): currencies
    written without cents, whose amounts group thousands with dots. Other numbers as found."""
    if not _DOT_GROUPED.fullmatch(number):
        return number
    end = start + len(number)
    if _DONG_AFTER.match(text, end) or _RUPIAH_BEFORE.search(text, max(0, start - 6), start):
        return number.replace(".", "")
    return number


def reads_as_prose(text: str) -> bool:
    """Whether ``text`` has words around its mathematics (two or more outside math spans
    and environment names like ``\\begin{matrix}``, not counting "and"/"or" in any script,
    plain function calls like ``sqrt(5)`` or ``infinity``; short function words such as "is"
    and "of" count), or one word and a line break."""
    if text.isascii() and LETTER_PAIR.search(text) is None:
        return False  # every word has two letters in a row: "x^2+1", "2x - 3y" have none
    outside = _ENVIRONMENT.sub(" ", _MATH_SPAN.sub(" ", text))
    if not outside.isascii():
        outside = _LISTING_WORD.sub(" ", outside)
    english = 0
    for match in _PROSE_WORD.finditer(outside):
        english += not _is_math_word(match.group().lower(), outside, match.start(), match.end())
        if english >= 2:
            return True  # two words are prose whatever else the text holds
    # Other scripts: a run of Cyrillic, Hebrew, Arabic, Indic or Thai letters is a word,
    # and so is each CJK character, but not a unit in a text command; Greek letters are
    # mathematics.
    scripted = (
        0
        if outside.isascii()
        else len(
            _OTHER_SCRIPT_WORD.findall(
                _METRIC_UNIT_AFTER_NUMBER.sub(" ", _TEXT_WORD.sub(" ", outside))
            )
        )
    )
    words = english + scripted
    # one word and a line break ("work...\n32/3"): a note above the answer's own line; not
    # when math delimiters are left over (a "$" span broken across lines states nothing)
    return words >= 2 or (
        words == 1 and "\n" in outside.strip() and "$" not in text and "\\(" not in text
    )


def _is_math_word(word: str, text: str, start: int, end: int) -> bool:
    """A connective, a plain function name applied to something (``sqrt(5)``, ``sin2x``,
    ``cos x``), ``infinity``, a Greek letter's name (``tau``), or a name glued to a sign of
    arithmetic that prose never touches (``Vmax*(1-e)``, ``longName**2``, ``x_max``)."""
    if word in _CONNECTIVES or word in _NAMED_CONSTANTS or word in GREEK_NAMES:
        return True
    if text[start - 1 : start] in _NAME_GLUE or text[end : end + 1] in _NAME_GLUE:
        return True
    return word in _CALLED and _ARGUMENT_AFTER_NAME.match(text, end) is not None


_SENTENCE_END = re.compile(r"[.!?。](?:\s|$)|\n[ \t]*\n")
"""a full stop ending a sentence, or a blank line, between two spans: what follows states
something new (``so $DF = 10$.`` and then ``\\[\\sqrt{51}\\]`` on a line of its own list
nothing)"""


def _only_connectives(gap: str, connectives: frozenset[str] = _SPAN_CONNECTIVES) -> bool:
    if len(gap) > 80 or _SENTENCE_END.search(gap):
        return False
    words = _GAP_NOISE.sub(" ", gap).split()
    return all(word.lower() in connectives for word in words)


_REPEATING_TAIL = re.compile(r"\d\.\d+(\.\.\.|…|\\[lc]?dots)[ \t.,;:!*$]*\Z")
"""a decimal ending the answer in an ellipsis (``0.333...``, ``0.1666…``): a repeating
decimal, so the closing punctuation goes but the ellipsis stays"""


def _without_sign_off(answer: str) -> str:
    """``answer`` before Minerva's "I hope it is correct" and the full stop before it. The
    phrase is searched alone and the spaces before it trimmed once: a pattern starting with
    optional spaces would rescan a long run of them from every position."""
    hope = _HOPE.search(answer)
    if hope is None:
        return answer
    answer = answer[: hope.start()].rstrip()
    return answer[:-1] if answer.endswith(".") else answer


def clean_inline_answer(answer: str) -> str:
    """An answer captured after "Answer:" with markup, trailing prose and punctuation gone.

    A self-correction states the value after it (``100, no wait, 7``; ``5, actually 6``) when
    that states a value; a sentence that ends after the value and is followed by another
    (``(B). This matches the second option``) ends the answer."""
    answer = _without_sign_off(answer)
    if ("eal" in answer or "EAL" in answer) and ALL_REALS.match(answer):
        return answer.strip().rstrip(".").strip()  # a set in words: its number is excluded
    corrected = _corrected(answer)
    if corrected is not None:
        answer = corrected
    end = _NEXT_SENTENCE.search(answer)
    if end is not None and reads_as_prose(answer[end.end() :]):
        answer = answer[: end.start()]
    answer = answer.strip().lstrip("*").strip()
    if (placeholder := _ANGLE_BRACKETED.fullmatch(answer)) is not None:
        answer = placeholder.group(1)  # "Answer: <9>" fills a prompt's "<number>" placeholder
    if written_as_range(answer):
        return answer.rstrip(" \t.,;:!*").strip()  # "12 to 18 inches": the range, not one end
    if not answer.isascii() and (quantity := _CJK_QUANTITY.fullmatch(answer)) is not None:
        return quantity.group(1)  # "12米": a quantity, its unit converted in the comparison
    # One word of another script is prose too: "12 个" (a measure word), "**12** 个".
    leading = _leading_value(answer)
    if leading is not None:
        answer = leading
    elif reads_as_prose(answer) or (
        not answer.isascii()
        and _OTHER_SCRIPT_WORD.search(
            _LISTING_WORD.sub(" ", _MATH_SPAN.sub(" ", _TEXT_WORD.sub(" ", answer)))
        )
    ):
        last = _last_math_or_number(answer)
        if last is not None:
            answer = last
    elif answer.count("$") >= 2 and (span := _MATH_SPAN.search(answer)) is not None:
        # the first math span; an escaped dollar (``$\$36$``) is a currency sign inside it
        answer = _listed_spans(answer) or first_group(span) or answer
    answer = answer.strip().strip("$").strip()
    repeating = _REPEATING_TAIL.search(answer)
    if repeating is not None:  # "0.333..." keeps its dots: they make it a repeating decimal
        return answer[: repeating.start(1)] + repeating.group(1)
    return answer.rstrip(" \t.,;:!*").strip()


_ANGLE_BRACKETED = re.compile(r"<[ \t]*([^<>\n]*\d[^<>\n]{0,40}?)[ \t]*>[ \t.]*")
"""a value in angle brackets, all that follows a label (``Answer: <9>``): a model filling the
``<number>`` placeholder its prompt wrote keeps the brackets; the value is the answer"""
_SELF_CORRECTION = re.compile(
    r"(?i)(?<![A-Za-z])(?:no,?[ \t]+wait|wait,?[ \t]+no|actually|i[ \t]+mean|correction)(?![A-Za-z])"
    r"[ \t,:;.\-]*"
)
"""words that withdraw the value before them and state another after (``100, no wait, 7``)"""
_NEXT_SENTENCE = re.compile(r"(?<=[)\]}$A-Za-z0-9])\.[ \t]+(?=[A-Z][a-z])")
"""a full stop, a space and a capitalised word: the answer's sentence ends there"""


def _corrected(answer: str) -> str | None:
    """The value after the last self-correction in ``answer``, when it states one."""
    ends = [marker.end() for marker in _SELF_CORRECTION.finditer(answer)]
    if not ends:
        return None
    rest = answer[ends[-1] :]
    return rest if rest.strip() and states_a_value(rest) else None


def _leading_value(answer: str) -> str | None:
    """The value an answer opens with when words follow it ("42 which is bigger than 7",
    "$34$ because ...", "18 apples in total after 3 days", "5, since 12 = 3 \\cdot 4", "4 and
    then some text"; not "4 and 5", a list):
    a math span or a number, with the arithmetic chained to it (``10 - 4 = 6 apples``)."""
    span = _MATH_SPAN.match(answer)
    if span is not None:
        value, rest = first_group(span) or "", answer[span.end() :]
    else:
        number = _LEADING_NUMBER.match(answer)
        if number is None:
            return None
        value, rest = number.group(), answer[number.end() :]
        scale = SCALE_WORD_AFTER.match(rest)
        if scale is not None:  # "3 million people" states 3 million
            value, rest = f"{value} {scale.group(1)}", rest[scale.end() :]
        elif (unit := unit_after_value(rest, 0)) is not None:  # "150 km in all": 150 km
            value, rest = f"{value} {unit}", rest[len(unit) + rest.index(unit) :]
    words = _WORDS_AFTER_VALUE.match(rest)
    if words is None:
        return None
    if words.group(1).lower() in _CONNECTIVES:
        # "4 and 5" lists two values; "4 and then some text" states 4
        after = _WORDS_AFTER_VALUE.match(rest, words.end())
        if after is None or after.start(1) != words.end() + 1 or _names_math(after.group(1)):
            return None
    return value.strip()


def _names_math(word: str) -> bool:
    """Whether a word names mathematics (a function, a constant, a Greek letter), not prose."""
    word = word.lower()
    return word in _CALLED or word in _NAMED_CONSTANTS or word in GREEK_NAMES or word == "pi"


def _listed_spans(text: str) -> str | None:
    """The first math span joined with the spans listed right after it (``$12$ and $13$``),
    or None when no span follows the first with only connectives between them."""
    spans = [(m.start(), m.end(), first_group(m) or "") for m in _MATH_SPAN.finditer(text)]
    contents = [content for _, _, content in spans[:1]]
    for (_, previous_end, _), (start, _, content) in zip(spans, spans[1:], strict=False):
        if not _only_connectives(text[previous_end:start]):
            break
        contents.append(content)
    return ", ".join(content.strip() for content in contents) if len(contents) > 1 else None


def states_a_value(answer: str) -> bool:
    """Whether an inline answer states a value directly (``5.``, ``$x+1$``), not words around
    one ("an integer since 12 = 3 \\cdot 4") or no value at all ("as boxed above")."""
    answer = _without_sign_off(answer)
    return not reads_as_prose(answer) and _last_math_or_number(answer) is not None


def _last_math_or_number(text: str) -> str | None:
    """The last math span or number outside math spans, whichever comes later."""
    spans = [(m.start(), m.end(), first_group(m) or "") for m in _MATH_SPAN.finditer(text)]
    number = _last_number_outside(text, spans)
    if spans and (number is None or spans[-1][0] > number[0]):
        return spans[-1][2]
    return None if number is None else number[1]


def first_group(match: Any) -> str | None:
    """The first capture group that took part in ``match`` (group 1 for one-group patterns)."""
    for group in match.groups():
        if group is not None:
            return str(group)
    return None
