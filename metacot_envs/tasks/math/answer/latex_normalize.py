"""Rewrite a raw answer string into the LaTeX subset that :mod:`latex_parse` accepts.

Removes what does not change the value (``$``, ``\\left``, spacing, ``\\displaystyle``,
units (in any script, see :mod:`other_script_units`), ``^\\circ``, thousands separators,
``\\text{}`` wrappers) and maps unicode math symbols to their LaTeX commands. Work is
linear in the input for each rule, and the input length is already capped by the caller.
"""

from __future__ import annotations

import re

from metacot_envs.tasks.math.answer.answer_notations import (
    degrees_and_minutes,
    reals_minus_points,
    rewrite_notations,
)
from metacot_envs.tasks.math.answer.answer_spans import (
    ANSWER_WORDS,
    CJK_CONNECTIVES,
    FOREIGN_CONNECTIVES,
    ONE_LETTER_CONNECTIVES,
    matching_braces,
)
from metacot_envs.tasks.math.answer.answer_spelling import (
    CURRENCY_CODES,
    apply_scale_words,
    choice_and_clock,
    drop_currency,
    drop_leading_zeros_before_groups,
    html_entities_decoded,
    html_scripts_as_latex,
    join_thousands,
    radix_literals,
    repair_escaping,
    restore_eaten_escapes,
)
from metacot_envs.tasks.math.answer.bracket_items import top_level_split
from metacot_envs.tasks.math.answer.budget import Budget
from metacot_envs.tasks.math.answer.chinese_numerals import (
    chinese_roots,
    mixed_numbers_joined,
    number_from_chinese,
)
from metacot_envs.tasks.math.answer.derivative_notation import leibniz_fractions
from metacot_envs.tasks.math.answer.english_numerals import number_from_english
from metacot_envs.tasks.math.answer.equation_systems import system_as_list
from metacot_envs.tasks.math.answer.labelled_items import (
    labelled_items_as_list,
    lettered_parts_as_list,
)
from metacot_envs.tasks.math.answer.latex_tokens import PLAIN_NUMBER_TEXT, LatexSyntaxError
from metacot_envs.tasks.math.answer.macro_spellings import rewrite_macro_spellings
from metacot_envs.tasks.math.answer.other_script_units import (
    is_other_script_unit_phrase,
    strip_other_script_unit_tail,
)
from metacot_envs.tasks.math.answer.plain_spelling import (
    ASCII_LETTER,
    GREEK_NAMES,
    ONE_LETTER_NAME,
    PLAIN_FUNCTIONS,
    repeating_decimal_as_fraction,
    rewrite_plain_spelling,
)
from metacot_envs.tasks.math.answer.spanish_numerals import number_from_spanish
from metacot_envs.tasks.math.answer.unit_names import canonical_unit
from metacot_envs.tasks.math.answer.verdict_words import holds_verdict_word

_LONG_WHITESPACE = re.compile(r"\s{8,}")
"""a run of eight or more spaces, tabs or line breaks: one space (or one line break), as it
means no more; the rules below that allow spaces around a sign then scan short runs only"""
_CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# Chat-template tokens a model's output may still carry (``<|im_end|>``, ``<|eot_id|>``,
# ``<|endoftext|>``, ``</s>``, ``<eos>``, ``<end_of_turn>``, DeepSeek's ``<｜end▁of▁sentence｜>``):
# markup of the serving stack, not part of the answer.
_CHAT_TOKEN = re.compile(
    r"<\|[A-Za-z_][A-Za-z0-9_]{2,39}\|>|<｜[^<>｜\s]{1,40}｜>|</s>|<eos>|<end_of_turn>"
)
_ANGLE_VECTOR = re.compile(r"<([^<>=]*,[^<>=]*)>")
"""a whole answer of comma-separated items between ``<`` and ``>`` (``<-2, 105, 287>``), the
plain spelling of a vector ``\\langle -2, 105, 287 \\rangle``: an inequality never opens with
``<``"""
_PERCENT_BEFORE_NUMBER = re.compile(r"(^\s*|[(\[{,;:=<>+\-]\s*)%(\d+(?:[.,]\d+)?)")
"""a percent sign before its number, as Turkish writes it (``%25`` is 25%): at the start, or
after an opening bracket, a separator, a relation or a sign, never after a value (``7 %3``)"""
_MARKDOWN_EMPHASIS = re.compile(
    r"\s*(?:\*\*([^*]+)\*\*|\*([^*]+)\*|__([^_]+)__|_([^_]+)_|`([^`]+)`)\s*\.?\s*", re.DOTALL
)
"""a whole answer in Markdown bold, italics or code (``**120**``, ``_120_``, `` `-6.6` ``):
LaTeX never opens an answer with ``*``, ``_`` or a backtick"""
_BOLD_LAST_SIDE = re.compile(r"(=\s*)\*\*([^*=]+)\*\*\s*\.?\s*\Z")
"""a last side in Markdown bold (``40 + 17 = **57**``): a power has no ``**`` after it"""
_UNICODE_SYMBOLS = {
    "π": "\\pi ",
    "∞": "\\infty ",
    "√": "\\sqrt",
    "−": "-",
    "–": "-",
    "—": "-",  # the em dash, the figure dash and the small hyphen-minus of CJK typesetting
    "‒": "-",  # are minus signs in an answer, as the en dash is (``x — 2``, ``(﹣5,5)``)
    "﹣": "-",
    "‐": "-",  # the hyphen and the non-breaking hyphen: word processors' minus before a digit
    "‑": "-",
    "×": "\\times ",
    "÷": "\\div ",
    "·": "\\cdot ",
    "⋅": "\\cdot ",
    "∗": "*",
    "⁄": "/",
    "∕": "/",
    "∙": "\\cdot ",
    "±": "\\pm ",
    "∓": "\\mp ",
    "°": "^\\circ ",
    "′": "'",
    "″": "''",
    "≤": "\\le ",
    "≥": "\\ge ",
    "≦": "\\le ",
    "≧": "\\ge ",
    "⩽": "\\le ",
    "⩾": "\\ge ",
    "≠": "\\ne ",
    "∪": "\\cup ",
    "∅": "\\emptyset ",
    "≈": "\\approx ",
    "≡": "\\equiv ",
    "∈": "\\in ",
    "↦": "\\mapsto ",
    "→": "\\to ",
    "⇒": "\\Rightarrow ",
    "∴": "\\therefore ",
    "的平方": "^{2}",  # Chinese "squared" and "cubed" after their base (x的平方 is x^2)
    "的立方": "^{3}",
    "⟨": "\\langle ",  # the mathematical angle brackets of a vector or a ket (⟨3, 4⟩, |0⟩)
    "⟩": "\\rangle ",
    "\u2329": "\\langle ",  # their older code points; the CJK title marks 〈〉 stay
    "\u232a": "\\rangle ",
    "،": ", ",
    "؛": "; ",
    "ℝ": "\\mathbb{R}",
    "ℤ": "\\mathbb{Z}",
    "ℕ": "\\mathbb{N}",
    "ℚ": "\\mathbb{Q}",
    "ℂ": "\\mathbb{C}",
    "\u00a0": " ",
    "\u202f": " ",  # the narrow no-break space: French and SI thousands (14\u202f000,0)
    "\u2009": " ",  # the thin space, in the same role
    "\u2007": " ",  # the figure space
}
_GREEK_LETTERS = dict(
    zip(
        "αβγδεζηθικλνξρσςτυφχψωϵϑϕΓΔΘΛΞΣΦΨΩ",
        "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda nu xi rho sigma sigma "
        "tau upsilon phi chi psi omega epsilon vartheta phi Gamma Delta Theta Lambda Xi Sigma Phi "
        "Psi Omega".split(),
        strict=True,
    )
)
"""Greek letters typed as Unicode (``tg(α)``, ``90° − β``) and the LaTeX command each is; ``μ``
is left to the units, where it is the prefix micro (``5 μm``), and capitals that look like Latin
ones (``Α``, ``Β``) and ``Π``, a product sign as often as a letter, are left as they are"""
_GREEK_LETTER = re.compile("[" + "".join(_GREEK_LETTERS) + "]")
_VULGAR_FRACTIONS = {
    "½": (1, 2),
    "⅓": (1, 3),
    "⅔": (2, 3),
    "¼": (1, 4),
    "¾": (3, 4),
    "⅕": (1, 5),
    "⅖": (2, 5),
    "⅗": (3, 5),
    "⅘": (4, 5),
    "⅙": (1, 6),
    "⅚": (5, 6),
    "⅛": (1, 8),
    "⅜": (3, 8),
    "⅝": (5, 8),
    "⅞": (7, 8),
}
_OTHER_SCRIPT_ZEROS = (
    0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
    0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x17E0, 0x1810, 0x1946, 0x19D0, 0xA8D0,
    0xA900, 0xAA50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6,
)  # fmt: skip
"""the digit zero of each script whose ten decimal digits follow it in order: Arabic-Indic
(``٣``), Persian (``۳``), N'Ko, the Indic scripts (Devanagari ``३`` to Sinhala), Thai, Lao,
Tibetan, Myanmar, Khmer, Mongolian and four more, and the mathematical bold, double-struck and
sans-serif digits (``𝟑``)"""
_SQUARE_UNIT_SIGNS = {
    "㎜": "mm", "㎝": "cm", "㎞": "km", "㎟": "mm^2", "㎠": "cm^2", "㎡": "m^2", "㎢": "km^2",
    "㎣": "mm^3", "㎤": "cm^3", "㎥": "m^3", "㎎": "mg", "㎏": "kg", "㎖": "mL", "㎗": "dL",
    "㎘": "kL",
}  # fmt: skip
"""the CJK compatibility signs of metric units, one character each (``12㎠`` is ``12cm^2``);
``ℓ`` is left a letter, which names a length (``ℓ=(P-2b)/2``) as often as the litre"""
ASCII_FORMS: dict[int, int | str] = (
    {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
    | {0x3000: ord(" "), 0x3001: ord(","), 0x3002: ord(".")}
    | {zero + k: ord("0") + k for zero in _OTHER_SCRIPT_ZEROS for k in range(10)}
    | {0x066B: ord("."), 0x066C: ord(","), 0x2236: ord(":")}
    | {ord(sign): unit for sign, unit in _SQUARE_UNIT_SIGNS.items()}
)
"""full-width ASCII forms (``（1，2）``, ``１２``), the ideographic space, the enumeration comma
``、`` and the full stop ``。`` of Chinese and Japanese answers, the decimal digits of other
scripts (``۱۲۳`` is ``123``), the Arabic decimal and thousands separators (``٣٫٥`` is
``3.5``), the ratio sign of Chinese textbooks (``3∶4``) and the one-character unit signs of
:data:`_SQUARE_UNIT_SIGNS`, as the ASCII they stand for. The tokenizer itself takes ASCII
digits only."""
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺⁽⁾ⁿⁱˣʸᵏᵐᵗ", "0123456789-+()nixykmt")
_SUPERSCRIPT_RUN = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺⁽⁾ⁿⁱˣʸᵏᵐᵗ]+")
"""unicode superscripts (``x²``, ``10⁻³``, ``aⁿ``, ``xⁿ⁻¹``): a run of them is one exponent"""
_SUPERSCRIPT_ROOT_INDEX = re.compile(r"(?<![A-Za-z0-9)\]}⁰¹²³⁴⁵⁶⁷⁸⁹])([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})√")
"""a root's index written as a superscript before the sign (``³√8``, the cube root of 8); after
a letter, a digit or a bracket the superscript is that operand's power (``x³√2``)"""
_SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
_SUBSCRIPT_RUN = re.compile("[₀₁₂₃₄₅₆₇₈₉]+")
"""Unicode subscript digits (``x₁``): an index, ``x_{1}``"""
_TEXT_MACRO_NAMES = (
    "text",
    "bm",
    "boldsymbol",
    "textbf",
    "textit",
    "textrm",
    "textnormal",
    "mathrm",
    "mathbf",
    "mathit",
    "mathsf",
    "mbox",
    "hbox",
    "boxed",
    "underline",
    "textcircled",
)
_TEXT_MACRO = re.compile(r"\\(?:" + "|".join(_TEXT_MACRO_NAMES) + r")\s*\{")
_DROPPED_COMMANDS = re.compile(
    r"\\(?:left|right|bigl|bigr|Bigl|Bigr|biggl|biggr|Biggl|Biggr|big|Big|bigg|Bigg"
    r"|displaystyle|textstyle|limits|nolimits|quad|qquad|degree|circ"
    r"|enspace|thinspace|medspace|thickspace|negthinspace|strut"
    r"|bigm|Bigm|biggm|Biggm|relax|nobreak)(?![a-zA-Z])|\\(?:uproot|leftroot)\s*\{\s*-?\d{1,3}\s*\}"
    r"|(?<!\\)\\[!;: ]|~|\\[hv]?phantom\s*\{[^{}]{0,40}\}"
    r"|\\(?:color|textcolor|colorbox)\s*(?:\[[a-zA-Z]{1,10}\])?\s*\{[^{}]{0,40}\}"
)
"""commands that typeset only room, size or colour (``\\quad``, ``\\left``, ``\\color{red}``;
``\\phantom{00}`` takes the room of its content and shows nothing): each becomes a space"""
_DEGREES = re.compile(r"\^\s*(?:\{\s*\\(?:circ|degree)\s*\}|\\(?:circ|degree))")
_TRIG_OF_DEGREES = re.compile(
    r"(\\(?:sin|cos|tan|cot|sec|csc)\s*(?:\^\s*(?:\d|\{\s*\d\s*\})\s*)?(?:[({]\s*)?)(\d+(?:\.\d+)?)\s*"
    r"\^\s*(?:\{\s*\\(?:circ|degree)\s*\}|\\(?:circ|degree))"
)
"""a trig function of a number of degrees (``\\sin 30^\\circ``, ``\\cos^2 20^\\circ``): the angle
becomes radians"""
_CONCLUSION = re.compile(r"\\(?:Rightarrow|Longrightarrow|implies|therefore)(?![A-Za-z])")
"""an arrow or "therefore" before a derivation's conclusion: the answer is what follows the last"""
_WORD_CONCLUSION = re.compile(
    r"(?<=[\w)\]}$])(?:[ \t\n]*,[ \t\n]*|[ \t\n]+)(?i:so|thus|hence|therefore|implies)"
    r"(?:[ \t\n]*,[ \t\n]*|[ \t\n]+)(?=[-\w(\\$])"
)
"""a conclusion word between a derivation's steps (``3x = 15 so x = 5``, ``2a = 8, thus a =
4``, ``$x^2 = 4$ implies \\boxed{x = 2}``): read only after an equation, and the answer is what
follows the last such word (a comma
or spaces around the word, never both as two overlapping runs: the search stays linear)"""
_NAMED_LIMIT_OPERATOR = re.compile(
    r"\\operatorname\*?\s*\{\s*(lim|inj|proj|arg)\s*(?:\\[,;: ]\s*)?(sup|inf|lim|min|max)\s*\}"
)
"""an operator name typeset by hand with a thin space (``\\operatorname*{lim\\,sup}``): the
command it spells (``\\limsup``, ``\\injlim``, ``\\argmin``)"""
_LONE_OPERATOR_NAME = re.compile(r"\s*\\operatorname\*?\s*\{\s*([A-Za-z]{2,24})\s*\}\s*")
"""a whole answer that is one word set as an operator name (``\\operatorname{even}``): the word,
as ``\\text{even}`` is; an operator applied to something keeps its command"""
_EMPTY_DELIMITER = re.compile(r"\\(?:left|right)\s*\.")
_EMPTY_GROUP_OR_LABEL = re.compile(
    r"\\(?:text|textrm|textnormal|textbf|textit|mathrm|mathbf|mathit|mathsf|mbox|hbox)\s*\{\s*\}"
    r"|(?<=[\w})\]])\s*\{\s*\}|\\(?:label|tag\*?)\s*\{[^{}]{0,64}\}|\\nonumber(?![A-Za-z])"
)
"""an empty text wrapper (``864 \\mbox{}``), an empty group after a value (``\\frac{1}{2}{}``, as
math editors leave one) and an equation's ``\\label{...}``, ``\\tag{...}`` or ``\\nonumber``:
they typeset nothing"""
MATH_DELIMITERS = re.compile(r"\\\(|\\\)|\\\[|\\\]|\$")
"""the signs that open or close math in an answer: ``$``, ``\\(``, ``\\)``, ``\\[``, ``\\]``"""
_GROUPED_COMMA = re.compile(r"(?<=\d)\{,\}(?=\d{3})")
_BRACED_DECIMAL_COMMA = re.compile(r"(?<=\d)\{,\}(?=\d)")
"""``1{,}5``: LaTeX's decimal comma (braced so it takes no space), once ``1{,}000`` grouping
thousands has gone"""
_THIN_SPACE_IN_NUMBER = re.compile(r"(?<=\d)\\,(?=\d{3}(?!\d))")
_COMMA_GROUPED_NUMBER = r"[-+]?[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?"
_PLAIN_THOUSANDS = re.compile(rf"^(?:[^,]*=\s*)?({_COMMA_GROUPED_NUMBER}%?)$")
"""a whole answer that is one comma-grouped number, or a percent of one (``1,000%``), perhaps
after a name or a computation and ``=`` with no comma before (``x = 58,500``,
``26\\times 25\\times 10\\times 9=58,500``: the number alone, not the list ``..., 500``)"""
_DECIMAL_COMMA_MANTISSA = re.compile(
    r"(?<![\d,.])([-+]?[1-9])(?:\{,\}|,)(\d+)(?=\s*(?:\\times|\\cdot|×|\*)\s*10\s*\^)"
)
"""the mantissa of scientific notation written with a decimal comma (``1{,}357\\times 10^3``,
``2,5 \\cdot 10^{-3}``): one digit before the comma, so the comma is a decimal point, never a
thousands separator"""
_SPACED_MANTISSA = re.compile(
    r"^(\s*[-+]?\d(?:\.\d+)?)[ \t]+(?=10\s*\^\s*\{?\s*[-+]?\d+\s*\}?\s*$)"
)
"""scientific notation with a space for its times sign, the whole answer (``1.6 10^-19``,
``3.0 10^{8}``, as calculators print it): one digit before the mantissa's point"""
_BRACED_THOUSANDS = re.compile(rf"(?<!\\)\{{\s*({_COMMA_GROUPED_NUMBER})\s*\}}")
"""a brace group holding only a comma-grouped number, as a ``\\frac`` argument: ``{16,384}``"""
_SPACED_NUMBERS = re.compile(r"[-+]?\d+(?:\.\d+)?(?:[ \t]+[-+]?\d+(?:\.\d+)?)+")
"""numbers separated by spaces only, the whole answer, once digit groups have joined (``2 4``,
``3 -2``; ``1 000`` is one number): a list, as a program's output or a typed list of roots"""
_QUOTED_ITEMS = re.compile(r"""(?:\s*(?:[\[\],]|"[^"\n]*"|'[^'\n]*'))+\s*""")
"""an answer that is only brackets, commas and quoted strings: a list printed as JSON or Python
(``["x + 1", "2"]``, ``[['a', 'c'], ['b', 'd']]``), or one quoted answer (``"5"``)"""
_QUOTED_STRING = re.compile(r"'([^'\n]*)'|\"([^\"\n]*)\"")
_REMAINDER_ZERO = re.compile(r"(\d+)\s*R\s*0+")
"""a quotient and a zero remainder (``12 R 0``), as division with remainder is written"""
_PERCENT_OF = re.compile(r"([-+]?\d+(?:\.\d+)?)\s*%\s+of\s+([-+]?\d+(?:\.\d+)?)")
"""a whole answer that is a share of a number (``68% of 250``): that product"""
_TRAILING_COMMENT = re.compile(r"^(.*[^\s,])[ \t]*,[ \t]*([a-z]{3,})[ \t]*\.?$")
"""a value, a comma and one lower-case word after it (``5, obviously``, ``-5 , next``): a
comment on the answer, not an item of it"""
_ITEM_WORDS = (
    frozenset(
        "and inf infinity infty none undefined dne nan empty all any real reals integers each etc".split()
    )
    | PLAIN_FUNCTIONS
)
"""words that may be an answer's item (``1, undefined``, ``1, sin``) or join items: never a
comment"""
ANSWER_LABEL = re.compile(
    rf"^(?:(?i:(?:final\s+)?answer|ans\.?|final|result|{ANSWER_WORDS}|答案?|答え|정답|답)\s*[:=：]"
    r"|(?i:the\s+(?:final\s+)?answer\s+is)(?:\s*[:=：])?(?=\s))\s*"
)
"""``Answer:``, ``ANSWER =``, ``Ans:``, ``Final:``, ``Result:`` opening an answer, in other
languages too (``Antwort:``, ``Réponse :``, ``Ответ:``, ``Svar:``, ``Jawaban:``, ``答：``,
``答案：``, ``答え：``, ``답:``), and ``The (final) answer is``: a label, not part of it"""
_LONE_NUMBER_AHEAD = r"(?=\{?[-+]?\d[\d,]*(?:\.\d+)?(?:/\d+)?\}?[ \t]*\.?$)"
"""a lone number ending the answer follows (a lookahead), perhaps in braces (``{35}``)"""
_HEDGE = re.compile(
    r"^(?i:I[ \t]+(?:think|believe|guess|reckon)|I'?d[ \t]+say|I[ \t]+would[ \t]+say)[,:]?[ \t]+"
    + _LONE_NUMBER_AHEAD
)
"""a speaker's hedge before a lone number (``I think 12``, ``I'd say 7.5``): the number is the
answer, as after a one-word label"""
_LEADING_WORD = re.compile(r"^([A-Za-z]{3,}|is)[ \t]+" + _LONE_NUMBER_AHEAD)
"""one word of three or more letters before a lone number (``Total 14``, ``stuff 33``): a label
on the number, unless the word is mathematics (:data:`_WORDS_ACTING_ON_A_NUMBER`); also the
copula ``is`` left from a sentence (``is 35``, ``\\text{is }{35}``)"""
_SLASHED_EQUALITY = re.compile(r"(?<![=<>!:/])=/=(?![=/])")
"""``=/=``, the not-equal sign typed in ASCII (``x =/= 3``), as Erlang and some courses write it"""
_CODE_EQUALITY = re.compile(r"(?<![=<>!:])==(?!=)")
"""``==``, the equality of Python, Mathematica and most code (``-x+8 == 4*x-10``): one ``=``"""
_REVERSED_INEQUALITY = re.compile(r"(?<![=<>!:])=([<>])(?=\s*[-+]?\s*\.?\d)")
"""``=>`` or ``=<`` before a number, typed for ``>=`` or ``<=`` (``x=>2``); only where it is the
answer's one relation sign: between statements ``=>`` is "implies" (``x=2 => y=3``)"""
_BRACED_SIGN = re.compile(r"(?<![\^_\\A-Za-z}])\{\s*([-+])\s*\}")
"""a sign alone in braces (``{-}13.5``), as LaTeX writes a unary sign to keep binary spacing
off it: the sign; after ``^``, ``_``, a command or a group it is an argument (``Cl^{-}``)"""
_WORDS_ACTING_ON_A_NUMBER = (
    frozenset(
        """not never none nothing without except minus negative neg plus positive over under
        less more least most than above below between beyond within mod modulo times choose
        divided root sqrt cbrt half twice double triple thrice square squared cube cubed
        inverse reciprocal percent per hundred thousand million billion trillion dozen and
        but nor max min gcd lcm det deg rad inf infinity sum prod product floor ceil round abs
        base order factorial one two three four five six seven eight nine ten eleven twelve
        twenty thirty forty fifty sixty seventy eighty ninety first second third""".split()
    )
    | PLAIN_FUNCTIONS
    | GREEK_NAMES
)
"""words that change or qualify the number after them (``minus 5``, ``not 5``, ``twice 3``,
``sin 30``, ``theta 2``): never a label"""
_MEMBERSHIP_PREFIX = re.compile(
    rf"(^|,\s*)(?:[a-zA-Z]|\\(?:{'|'.join(sorted(GREEK_NAMES))}))\s*\\in(?![a-zA-Z])\s*"
)
"""``x \\in`` or ``\\lambda \\in`` opening the answer or one of its listed items
(``-2 \\le x \\le 7, x \\in [-2,7]``): the set that follows is the answer"""
_DOMAIN = (
    r"(?:\\forall\s*)?[a-zA-Z](?:_\{?[a-zA-Z0-9]+\}?)?\s*\\in\s*\\mathbb\s*\{?\s*[NZQRC]\s*\}?"
    r"(?:_\{[^{}]{1,12}\}|_[+*0-9]|\^\{?[+*-]\}?)?"
)
_TRAILING_DOMAIN = re.compile(rf"(?:\s*[,;]\s*|\s+)(?:\(\s*{_DOMAIN}\s*\)|{_DOMAIN})\s*\.?\s*$")
"""a condition on a parameter after the answer (``\\quad (c \\in \\mathbb{C})``,
``, k \\in \\mathbb{Z}``, ``\\forall x \\in \\mathbb{R}``, ``x \\in \\mathbb{Q}_{>0}``): it states the
parameter's domain, not more of the answer"""
_WORD_IN_REALS = re.compile(r"^([A-Za-z])\s+in\s+(?=R(?![A-Za-z])|ℝ|\\mathbb)")
"""``y in R``: the word ``in`` between a one-letter variable opening the answer and the reals"""
_PLAIN_R_DOMAIN = re.compile(r"\\in\s*(?:R|ℝ)(?![A-Za-z])")
"""a plain ``R`` after ``\\in`` (``x \\in R``): the reals, as ``\\R`` is"""
_LEADING_REAL_DOMAIN = re.compile(r"^([A-Za-z])\s*\\in\s*\\mathbb\s*\{?\s*R\s*\}?\s*[,;:]\s*(?=\S)")
"""``x \\in \\mathbb{R},`` opening a condition on ``x`` (``x \\in \\mathbb{R}, x \\neq 3``):
every real is in the condition's domain already, so the condition states the set"""
_ITEM_DOMAIN = re.compile(rf"(?<=[^\s:|])(?<!\\mid)(?<!\\vert)(?<!\\colon)\s+{_DOMAIN}(?=\s*,)")
"""the same condition closing one item of a list, set apart by a space only (where the words
``for all`` were): ``f(x) = -1 \\text{ for all } x \\in \\mathbb{Z}, ...``; after a set
builder's bar it opens the condition instead (``\\{x \\mid x \\in \\mathbb{Z}, x > 2\\}``)"""
_ROOT_WORD = re.compile(
    r"(?<![A-Za-z\\])(?<!th )(?:(cube)[ \t]+|square[ \t]+)?root(?:[ \t]+of)?[ \t]*"
    r"(\d+(?:\.\d+)?|\([^()]{1,40}\))"
)
"""a root sign written as the word before its radicand (``root 3``, ``root(3)``, ``10 root 2``,
``square root of 3``, ``cube root of 8``), as typed answers and mark schemes write it"""

_PRESCRIPT_CHOOSE = re.compile(
    r"(?<![\w}])(?:\{\s*\})?[_^]\s*\{?\s*(\d{1,4})\s*\}?\s*C\s*_\s*\{?\s*(\d{1,4})\s*\}?"
)
"""a count of combinations written with the set's size as a prescript (``{}_5C_2``, ``_{5}C_{2}``,
``^5C_2``): ``\\binom{5}{2}``"""


def _root_from_word(match: re.Match[str]) -> str:
    radicand = match.group(2)
    radicand = radicand if radicand.startswith("(") else f"({radicand})"
    return f"{'cbrt' if match.group(1) else 'sqrt'}{radicand}"


_BARE_RADICAND = re.compile(r"√\s*(-?\d+(?:\.\d+)?|[A-Za-z](?![A-Za-z]{2}))")
"""the radicand of a root sign written without braces: every digit of a number (signed:
``√-1``), or one letter (``3/√x``, ``√xy`` is ``\\sqrt{x}y``; before two more letters, ``√pi``,
the sign is left to the rules for words)"""
_COMBINING_REPEAT = re.compile("(\\d)([\u0307\u0305])")
"""a digit with a combining dot or overline above it (``1.2̇``, ``0.3̅``): the repeating digit
a keyboard writes so, ``\\dot{2}`` and ``\\overline{3}``"""
_REPEAT_MARKS = {"\u0307": "dot", "\u0305": "overline"}
_INDEXED_ROOT = re.compile(
    r"√\[(\d{1,3})\]\s*(?:\(([^()]{1,64})\)|\{([^{}]{1,64})\}|(-?\d+(?:\.\d+)?|[A-Za-z](?![A-Za-z])))"
)
"""a root sign with its index (``√[3](8)``, ``√[4]{x}``, ``√[3]2``; the cube and fourth root
signs ``∛8`` and ``∜x`` are written so first): the radicand in parentheses, braces, or a bare
number or letter"""
_TRIANGLE_MINUS = re.compile(r"[△▲](?=[ \t]?\d)")
"""a white or black triangle right before a number (``△1,000``, ``▲5.2``): the minus sign of
Japanese accounting; before letters (``△ABC``) it is a triangle and stays"""
_MAP_PREFIX = re.compile(
    r"^(?:[a-zA-Z](?:\^\{?-1\}?)?\s*:\s*(?P<named>[a-zA-Z])\s*"
    r"\\(?:mapsto|longmapsto|to|rightarrow)"
    r"|(?P<bare>[a-zA-Z])\s*\\(?:mapsto|longmapsto))(?![a-zA-Z])\s*"
)
"""a function written as a map (``x \\mapsto 2x``, ``f: x \\to 2x``, ``f^{-1}: x \\to \\frac{x-1}{2}``):
the answer is its expression; a bare ``x \\to 2`` (a limit's arrow) is not a map"""


def _without_map_prefix(text: str) -> str:
    """The expression of a function written as a map (``t \\mapsto t^2`` is ``t^2``). A map
    whose expression holds letters but not its own variable (``y \\mapsto (x-1)/2``, a
    constant map) keeps its prefix, and does not read as the ``x \\mapsto`` map it only looks
    like."""
    found = _MAP_PREFIX.match(text)
    if found is None:
        return text
    bound = found["named"] or found["bare"]
    body = text[found.end() :]
    if re.search(r"[A-Za-z]", _COMMAND_NAME.sub("", body)) and not re.search(
        rf"(?<![A-Za-z\\]){bound}(?![A-Za-z])", body
    ):
        return text
    return body


_COMMAND_NAME = re.compile(r"\\[A-Za-z]+")
_LEADING_DISCOURSE = re.compile(
    r"(?i)^(?:(?:therefore|thus|hence|so|then|finally|consequently|clearly|altogether|overall"
    r"|mathematically)(?:\s*[,:]|\s+(?=[-+\d.(\\$]|[a-z]\s*=))"
    r"|(?:total|result|sum|value|solution)\s*[:=])\s*"
)
"""a discourse word opening the answer (``Therefore, 42``, ``Thus: 42``, ``Finally, 12``,
``Mathematically, 1 + 1 = 2``; without the comma before a number or a one-letter name set equal
to something, ``so 5``, ``Thus x = 5``), or a label naming what the value is (``Total: 14``,
``Result = 14``)"""
_RESTATEMENT = re.compile(
    r"(?<=\S)\s*\((?i:i\.\s?e\.|that is|or|about|approx(?:\.|imately)?)[,:]?\s[^()]*\)\s*\.?\s*$"
)
"""a parenthesis restating the answer before it (``-1/4 (i.e., -0.25)``, ``1/3 (or about
0.33)``): the answer is what it restates"""
_JUSTIFICATION = re.compile(
    r"(?<=\S)\s*\((?i:because|since|porque|pues|ya que|dado que|parce que|puisque|car|weil|denn"
    r"|perch[eé]|poich[eé]|pois)[,:]?\s[^()]*\)\s*\.?\s*$"
)
"""a parenthesis giving the reason for the answer before it (``7 (because 3 + 4 = 7)``,
``7 (porque x = 3 + 4)``): the answer is what it justifies"""
_WORKING_VALUES = re.compile(
    r"(?<=[\w)}])[ \t]+\([ \t]*[A-Za-z](?:_\w+)?[ \t]*=[^()=,]+"
    r"(?:,[ \t]*[A-Za-z](?:_\w+)?[ \t]*=[^()=,]+)*\)[ \t]*\.?[ \t]*$"
)
"""the values of the working's names in parentheses after the answer, set apart by a space
(``31 (a=1, b=3, c=27)``): the answer is the value before them"""
_LEADING_APPROXIMATION = re.compile(
    r"^(?:\\approx|\\sim|~|(?i:about|approximately|approx\.?|around|roughly|circa)(?![a-zA-Z])"
    r"|约为?|大约)"
    r"\s*(?=[-+]?[\d.\\])"
)
"""a word or sign saying that the number after it is approximate, opening the answer
(``about 5``, ``\\approx 5``, ``≈5``, Chinese ``约5``): the answer states that number"""
_CONNECTIVE_WORDS = re.compile(
    r"(?i)(?<![a-zA-Z\\])(?:and|or)(?![a-zA-Z])"
    r"|(?<=[\d)}])(?:and|or)(?=[a-zA-Z](?:_\{?\w+\}?)?(?:\([a-zA-Z]\))?\s*=)"
    rf"|(?<=\s)(?:{'|'.join(FOREIGN_CONNECTIVES)})(?=\s)|{'|'.join(CJK_CONNECTIVES)}"
)
"""a word joining the items of a list: "and"/"or", also glued between a value that ends an
equation and the next variable's or function's ``=`` (``x=2orx=3``, ``W(x)=1orW(x)=-1``), and in
French, German, Russian, Japanese and Chinese (``x=2 ou x=-2``, ``2 或 3``), the European
languages' words only between spaces (``2et`` is a product); one-letter Latin words only as
:data:`_ONE_LETTER_CONNECTIVE` allows"""
_ONE_LETTER_CONNECTIVE = re.compile(
    rf"(?<=[\d)}}])\s+[{''.join(ONE_LETTER_CONNECTIVES)}]\s+(?=[a-zA-Z](?:_\{{?\w+\}}?)?\s*=)"
)
"""Spanish "y"/"o", Italian and Portuguese "e"/"o" between two equations (``x = 2 y x = -2``):
after a value that ends an equation and before the next variable's ``=``, a letter cannot be
a factor (``2 y x = -2`` would chain ``x = 2yx = -2``); elsewhere these letters stay variables
and Euler's number"""
_AFTER_SIGN = re.compile(
    r"(?:[=<>+\-*/^(,_]|[_^]\s*\{|\\(?:le|ge|lt|gt|leq|geq|neq|ne|cdot|times))\s*\Z"
)
"""a sign or relation ending the text before a ``\\text``/``\\mathrm`` group: what follows
it is an operand (``p > \\mathrm{m}`` compares with ``m``) or a subscript or power
(``T_{\\mathrm{s}}`` names ``T_s``), not a unit after a value"""
_SQUARED_OR_CUBED_PREFIX = re.compile(r"\s*\^\s*\{?\s*[23]\s*\}?")
_UNIT_POWER = re.compile(r"\^\{?-?[123]\}?")
_UNIT_PHRASE = re.compile(r"[a-zA-Z ./~]+")
_SQUARED_OR_CUBED = re.compile(r"\^\{?[23]\}?$")
_GLUED_UNIT = re.compile(r"(?<=\d)([a-zA-Z]{3,})(?:\^\{?[23]\}?)?$")
"""a unit word of 3+ letters glued to the number before it (shorter ones are variables)"""
_PRIME_POWER = re.compile(r"\^\s*(?:\{((?:\s*\\prime)+)\s*\}|\\prime(?![A-Za-z]))")
"""``x^{\\prime}``, ``v^\\prime``, ``x^{\\prime\\prime}``: primes written as powers, as typed ``'``"""
_SUPERSCRIPT_FIRST = re.compile(
    r"((?:\\[A-Za-z]+|[A-Za-z])\s*)\^(\{[^{}]{0,40}\}|[A-Za-z0-9])\s*_(\{[^{}]{0,40}\}|[A-Za-z0-9])"
)
"""a power written before the subscript (``v^2_0``, ``\\omega^{2}_{L}``): LaTeX reads it as
``v_0^2``, so the subscript is moved first"""
_LOGICAL_AND = re.compile(r"\\(?:land|wedge)(?![a-zA-Z])|∧")
"""logic's "and" (``-2 < x \\land x < 1``, ``\\wedge``, ``∧``)"""
_LESS = r"<=|\\leq?(?![a-zA-Z])|\\lt(?![a-zA-Z])|≤|<"
_GREATER = r">=|\\geq?(?![a-zA-Z])|\\gt(?![a-zA-Z])|≥|>"
_ONE_INEQUALITY = re.compile(rf"^\s*([^<>=≤≥]*?)\s*({_LESS}|{_GREATER})\s*([^<>=≤≥]+?)\s*$")
_STRICT = frozenset({"<", ">", "\\lt", "\\gt"})
_NAME_GIVEN_VALUE = re.compile(r"\s*[A-Za-z](?:_\{?\w+\}?)?\s*=\s*[^=<>≤≥,]+")
"""a name given a value (``x = 0``, ``a_1 = 2``), one part of a system joined by
logic's "and" (``\\land``)"""
_GROUP_BY_CUP = re.compile(
    r"(?<![\\\w}^_])\{([^{}]{1,200})\}(?=\s*\\cup(?![a-zA-Z]))"
    r"|(?<=\\cup)(\s*)\{([^{}]{1,200})\}"
)
"""a brace group beside ``\\cup`` (``{1,2}\\cup{2,3}``): a set written without its backslashes,
as a union's operand can only be; a group that is a command's argument is left alone"""
_LOGICAL_OR = re.compile(r"\\(?:lor|vee)(?![a-zA-Z])|∨")
"""logic's "or" (``x < -2 \\lor x > 1``, ``\\vee``, ``∨``): the word "or", which joins answers"""
_GLUED_RATE_UNIT = re.compile(r"(?<=\d)[a-zA-Z]{1,8}/[a-zA-Z]{1,8}(?:\^\{?[23]\}?)?$")
"""a rate unit glued to the number before it (``2m/s^2``, ``5km/h``): with its slash it is a
unit when both its parts are, even one-letter ones, which glued alone are variables"""
_GLUED_SQUARE_UNIT = re.compile(r"^([-+]?\d+(?:\.\d+)?)([a-zA-Z]{1,2})[²³]$")
"""``12m²``, ``5cm³``: a number and a unit squared or cubed with the typed superscript (a
variable is written ``m^2``; ``12m^2`` stays a product)"""
_PARENTHESIZED_TAIL = re.compile(r"(?<=[\d})])(?:\s|\\[,;: !]|~)+\(([^()]{1,40})\)\s*$")
"""a parenthesized group after a value and a space, ``12 (cm)``, ``\\pi^2\\,(u.c)``, ``300
(чел.)``: a unit when its words are units or a unit phrase of another script (``f (x)`` and
``f(m)`` are not: a letter before it, or no space)"""
_SCHOOL_AREA_UNIT = re.compile(r"u\.\s*[a-z]{1,2}")
"""``u.a.``, ``u.c.``, ``u.l.``: "units of area / cubic / length", as Romanian and French
school answers abbreviate them"""
_GLUED_SHORT_UNIT = re.compile(r"^[-+]?\d+(?:\.\d+)?([a-zA-Z]{2})(?:\^\{?[23]\}?)?$")
"""a whole answer that is one number and a two-letter unit glued to it ("12cm")"""
GLUED_TWO_LETTER_UNITS = frozenset("cm mm km kg mg ml ft yd lb oz hr".split())
"""two-letter units read as units when glued to a lone number (else two letters are variables)"""
_INFIX_CHOOSE = re.compile(r"\{([^{}]*)\\choose([^{}]*)\}")
_REPEATING_DECIMAL = re.compile(r"(?<![0-9])([0-9]*)\.([0-9]{0,40})\\overline\s*\{([0-9]{1,40})\}")
_SPACE_NOT_BETWEEN_DIGITS = re.compile(r"(?<!\d)\s+|\s+(?!\d)")
_REALS = re.compile(r"\\mathbb\s*\{?\s*R\s*\}?")
_PERCENT_WORDS = (
    r"(?i:percentage|percento|percent|per\s+cento|per\s+cent|pct|persen|prozent|pour\s*cent"
    r"|por\s*ciento|procent|процент(?:а|ов)?)"
)
_PERCENT_WORD = re.compile(
    r"(?<=[0-9})])\s*(?:\\(?:text|textrm|mathrm|mbox)\s*\{\s*"
    + _PERCENT_WORDS
    + r"\s*\}|"
    + _PERCENT_WORDS
    + r")\s*(?:\.\s*)?$"
)
"""a percent word ending the answer after a number (``33.5 percent``, ``\\frac12\\text{ pct}``,
and in other languages ``75 persen``, ``12 Prozent``, ``5 pour cent``, ``30 por ciento``,
``40 процентов``): a percent sign, so the percent rule applies to it as to ``\\%``"""

UNIT_WORDS = frozenset(
    """cm mm km m meter meters metre metres centimeter centimeters kilometer kilometers inch inches
    in ft foot feet yard yards yd mile miles mi unit units sq square cubic degree degrees deg
    radian radians rad dollar dollars cent cents hour hours hr hrs minute minutes min mins second
    seconds sec day days week weeks month months year years mph kph pound pounds lb lbs ounce
    ounces oz gram grams kg kilogram kilograms liter liters litre litres ml gallon gallons cup
    cups people persons students times ways percent per bps""".split()
) | {code.lower() for code in CURRENCY_CODES}
"""words dropped when they trail a number (units and counted nouns)"""
SI_UNIT_SYMBOLS = frozenset("N kN J kJ W kW V A Hz Pa kPa".split())
"""SI symbols written in their own case after a number and a space (``10 N``, ``1.5 \\times
10^{-2} N``, ``220 V``): units, as a physics answer states them; glued (``10N``) a capital is a
variable, and ``C`` (coulomb) is left to the constant of integration"""
SINGLE_LETTER_UNITS = frozenset("hsmgLlK")
"""one-letter units, recognized only inside ``\\text{}`` (outside it they are variables)"""
MAX_UNIT_PHRASE_CHARS = 48
"""longer text is never a unit, which also keeps nested ``\\text{}`` linear"""


def _unicode_as_latex(text: str) -> str:
    """Unicode math symbols, vulgar fractions and superscripts as the LaTeX they stand for."""
    text = text.translate(ASCII_FORMS)
    if "△" in text or "▲" in text:
        text = _TRIANGLE_MINUS.sub("-", text)
    if "\u0307" in text or "\u0305" in text:
        text = _COMBINING_REPEAT.sub(
            lambda m: f"\\{_REPEAT_MARKS[m.group(2)]}{{{m.group(1)}}}", text
        )
    if "∛" in text or "∜" in text:
        text = text.replace("∛", "√[3]").replace("∜", "√[4]")
    if "√" in text:
        text = _SUPERSCRIPT_ROOT_INDEX.sub(
            lambda m: f"√[{m.group(1).translate(_SUPERSCRIPTS)}]", text
        )
    if "√[" in text:
        text = _INDEXED_ROOT.sub(
            lambda m: f"\\sqrt[{m.group(1)}]{{{m.group(2) or m.group(3) or m.group(4)}}}", text
        )
    if "√" in text:  # every digit under the sign: √57 is \sqrt{57}, not \sqrt{5}7
        # a fraction slash glued to the sign is no fraction (nothing stands before it): a
        # word processor's broken radical, as answer keys exported from one hold it (√⁄3)
        text = text.replace("√⁄", "√")
        text = _BARE_RADICAND.sub(lambda m: f"\\sqrt{{{m.group(1)}}}", text)
        text = text.replace("√(", "sqrt(")  # its argument in parentheses, as sqrt(2) has it
    for symbol, latex in _UNICODE_SYMBOLS.items():
        if symbol in text:
            text = text.replace(symbol, latex)
    if not text.isascii():
        text = _GREEK_LETTER.sub(lambda m: f"\\{_GREEK_LETTERS[m.group()]} ", text)
    for symbol, (numerator, denominator) in _VULGAR_FRACTIONS.items():
        if symbol in text:  # "1½" is the mixed number 1\frac{1}{2}
            text = text.replace(symbol, f"\\frac{{{numerator}}}{{{denominator}}}")
    text = _SUBSCRIPT_RUN.sub(lambda run: f"_{{{run.group().translate(_SUBSCRIPTS)}}}", text)
    return _SUPERSCRIPT_RUN.sub(lambda run: f"^{{{run.group().translate(_SUPERSCRIPTS)}}}", text)


def _is_quoted_list(text: str) -> bool:
    """Whether ``text`` is a list of quoted strings (its items' texts are the answers), or one
    double-quoted answer; a lone single-quoted text is left alone (``'`` is also a prime)."""
    stripped = text.strip()
    if stripped.startswith("["):
        return (
            _QUOTED_ITEMS.fullmatch(stripped) is not None
            and _QUOTED_STRING.search(stripped) is not None
        )
    return len(stripped) > 2 and stripped[0] == stripped[-1] == '"' and '"' not in stripped[1:-1]


def normalize_answer_latex(text: str, budget: Budget) -> str:
    """Return ``text`` rewritten into the parser's LaTeX subset (pure text, never evaluated)."""
    if PLAIN_NUMBER_TEXT.fullmatch(text):
        return text
    if _CONTROL_CHARACTER.search(text):
        text = restore_eaten_escapes(text)  # \x0crac is \frac a string escape ate
        if _CONTROL_CHARACTER.search(text):
            raise LatexSyntaxError("control character in answer")
    text = _short_whitespace(html_entities_decoded(text))
    if ('"' in text or "'" in text) and _is_quoted_list(text):
        text = _QUOTED_STRING.sub(lambda m: m.group(1) or m.group(2) or "", text)
    if "<" in text:
        text = _CHAT_TOKEN.sub(" ", text)
        text = html_scripts_as_latex(text)
        if (vector := _ANGLE_VECTOR.fullmatch(text.strip())) is not None:
            text = f"\\langle {vector.group(1)}\\rangle"
    if not text.isascii():
        if text.endswith(("²", "³")):
            text = _without_glued_square_unit(text)
        if "根号" in text:
            text = chinese_roots(text)
        digits = number_from_chinese(text) or number_from_spanish(text)
        text = digits if digits is not None else _unicode_as_latex(mixed_numbers_joined(text))
    elif text[-1:].isalpha() or text.endswith((".", "}")):
        if (digits := number_from_english(text) or number_from_spanish(text)) is not None:
            text = digits
    budget.tick(len(text) // 16 + 1)
    if "root" in text:
        text = _ROOT_WORD.sub(_root_from_word, text)
    if "C" in text and ("_" in text or "^" in text):
        text = _PRESCRIPT_CHOOSE.sub(r"\\binom{\1}{\2}", text)
    text = repair_escaping(text)
    if "{" in text and ("{-" in text or "{+" in text):
        text = _BRACED_SIGN.sub(r"\1", text)
    if "==" in text:
        text = _CODE_EQUALITY.sub("=", text)
    if "=/=" in text:
        text = _SLASHED_EQUALITY.sub(lambda _: " \\neq ", text)
    if "=>" in text or "=<" in text:
        text = _one_reversed_inequality(text)
    if "\\begin" in text:
        text = system_as_list(text)
    text = rewrite_macro_spellings(text, budget)
    if "a)" in text or "(1)" in text or "⑴" in text or "①" in text:
        text = lettered_parts_as_list(text)
    if ("&" in text or "|" in text) and ")" in text:
        text = _sympy_connectives(text)
    if "&" in text:
        text = _short_whitespace(_aligned_lines(text))
    elif "\n" in text and "\\begin" not in text:
        text = _equation_lines(text)
    elif "\\\\" in text and "\\begin" not in text:
        # LaTeX's line break between equations outside an environment ("x=1 \\ y=2"), as
        # a text's line break is
        lines = _equation_lines(text.replace("\\\\", "\n"))
        text = lines if "\n" not in lines else text
    if ("ightarrow" in text or "implies" in text or "therefore" in text) and (
        conclusion := _CONCLUSION.split(text)[-1].strip()
    ):
        text = conclusion  # "A = B, \Rightarrow C = 5": the derivation concludes C = 5
    if "=" in text:
        steps = _WORD_CONCLUSION.split(text)
        # "3x = 15 so x = 5": the working concludes x = 5; a conclusion in words only ("so the
        # division is correct") states no value, and the working stays the answer
        if (
            len(steps) > 1
            and "=" in steps[0]
            and steps[-1].strip()
            and not looks_like_text_answer(steps[-1])
        ):
            text = steps[-1].strip()
    emphasis = _MARKDOWN_EMPHASIS.fullmatch(text)
    if emphasis is not None:
        text = next(group for group in emphasis.groups() if group is not None)
    elif "**" in text:
        text = _BOLD_LAST_SIDE.sub(r"\1\2", text)
    if ")" in text:
        text = _JUSTIFICATION.sub("", _RESTATEMENT.sub("", text))
        if "=" in text:
            text = _WORKING_VALUES.sub("", text)
    text = apply_scale_words(drop_currency(text))
    text = _short_whitespace(MATH_DELIMITERS.sub(" ", text.replace("\\$", " ")))
    if "operatorname" in text:
        text = _NAMED_LIMIT_OPERATOR.sub(lambda m: f"\\{m.group(1)}{m.group(2)}", text)
        if (word := _LONE_OPERATOR_NAME.fullmatch(text)) is not None:
            text = word[1]
    text = rewrite_plain_spelling(leibniz_fractions(text))
    if "\\" in text:
        text = _EMPTY_DELIMITER.sub("", text)
    if "{" in text and ("{}" in text or "\\label" in text or "\\tag" in text):
        text = _EMPTY_GROUP_OR_LABEL.sub("", text)
    if "circ" in text and ("'" in text or text.rstrip()[-1:].isdigit()):
        text = degrees_and_minutes(text)
    if "circ" in text or "degree" in text:
        text = _TRIG_OF_DEGREES.sub(r"\1(\2\\cdot\\frac{\\pi}{180})", text)
        text = _DEGREES.sub("", text)
    if "\\," in text:
        text = _THIN_SPACE_IN_NUMBER.sub("", text)
    if "," in text and "10" in text:
        text = _DECIMAL_COMMA_MANTISSA.sub(r"\1.\2", text)
    if " 10" in text and "^" in text:
        text = _SPACED_MANTISSA.sub(r"\1\\times ", text)
    text = join_thousands(radix_literals(text))
    if " " in text and _SPACED_NUMBERS.fullmatch(text.strip()):
        text = ", ".join(text.split())
    if "," in text:
        text = _BRACED_THOUSANDS.sub(lambda m: "{" + m.group(1).replace(",", "") + "}", text)
    # dropped spacing ("~~~~", "\\;\\;") leaves runs of spaces: shortened again, as at the start
    if "\\" in text or "~" in text:
        text = _DROPPED_COMMANDS.sub(" ", text)
    text = _short_whitespace(text)
    if "prime" in text:
        text = _PRIME_POWER.sub(lambda m: "'" * max(1, (m.group(1) or "").count("prime")), text)
    if "^" in text and "_" in text:
        text = _SUPERSCRIPT_FIRST.sub(r"\1_\3^\2", text)
    if "\\cup" in text and "{" in text:
        text = _GROUP_BY_CUP.sub(_set_braces, text)
    if "land" in text or "wedge" in text or "∧" in text:
        text = _conjunction(text)
    if "/" in text and text.count("=") > 1:
        text = _roots_by_slash(text)
    if "\\" in text or "∨" in text:
        text = _LOGICAL_OR.sub(" or ", text)
    text = text.strip()
    if " in " in text:
        text = _WORD_IN_REALS.sub(r"\1 \\in ", text)
    if "\\in" in text:
        text = _PLAIN_R_DOMAIN.sub(r"\\in \\mathbb{R}", text)
        if (domain := _LEADING_REAL_DOMAIN.match(text)) is not None and re.search(
            rf"(?<![A-Za-z\\]){domain.group(1)}(?![A-Za-z])", text[domain.end() :]
        ):
            text = text[domain.end() :]  # "x \in \mathbb{R}, x \neq 3": the condition's set
        text = _TRAILING_DOMAIN.sub("", _ITEM_DOMAIN.sub("", text))
    text = text.replace("\\,", " ").replace("\\%", "%")
    if "%" in text:
        text = _PERCENT_BEFORE_NUMBER.sub(r"\1\2%", text)
    if "p" in text or "P" in text or "роцент" in text:  # every percent word starts so
        text = _PERCENT_WORD.sub("%", text)
    if "{,}" in text:
        text = _BRACED_DECIMAL_COMMA.sub(".", _GROUPED_COMMA.sub("", text))
    if "\\choose" in text:
        text = _INFIX_CHOOSE.sub(lambda m: f"\\binom{{{m.group(1)}}}{{{m.group(2)}}}", text)
    if text.count("\\choose") == 1 and "{" not in text:
        top, _, bottom = text.partition("\\choose")
        text = f"\\binom{{{top}}}{{{bottom}}}"
    text = rewrite_notations(text)
    if "overline" in text:
        text = _REPEATING_DECIMAL.sub(repeating_decimal_as_fraction, text)
    if "mathbb" in text:
        text = _REALS.sub(lambda _: "(-\\infty,\\infty)", text)
    text = reals_minus_points(text)
    text = _unwrap_text_macros(text, budget)
    if "land" in text or "wedge" in text or "∧" in text:
        text = _conjunction(text)  # again, out of the box it was in (``\boxed{x=0 \land y=1}``)
    if "R" in text and (division := _REMAINDER_ZERO.fullmatch(text.strip())) is not None:
        text = division.group(1)  # "12 R 0": a division that leaves nothing is its quotient
    if " of " in text and (share := _PERCENT_OF.fullmatch(text.strip())) is not None:
        text = f"{share.group(1)}/100 \\cdot {share.group(2)}"
    text = _LEADING_DISCOURSE.sub("", text.strip())
    text = _LEADING_APPROXIMATION.sub("", text.strip())
    text = labelled_items_as_list(ANSWER_LABEL.sub("", text.strip()))
    if "\\in" in text:
        text = _MEMBERSHIP_PREFIX.sub(r"\1", text)
    text = _HEDGE.sub("", text)
    if (word := _LEADING_WORD.match(text)) is not None:
        if word.group(1).lower() not in _WORDS_ACTING_ON_A_NUMBER:
            text = text[word.end() :]
    if "," in text:
        comment = _TRAILING_COMMENT.match(text)
        if comment is not None and comment.group(2) not in _ITEM_WORDS:
            text = comment.group(1)
    if "\\" in text:
        text = _without_map_prefix(text)
    text = text.strip().rstrip(".?").strip()  # "20?": an unsure answer is still its value
    text = _strip_item_units(_strip_unit_tail(choice_and_clock(text)))
    text = drop_leading_zeros_before_groups(text)
    grouped = _PLAIN_THOUSANDS.match(text) if "," in text else None
    if grouped is not None:
        text = text[: grouped.start(1)] + grouped.group(1).replace(",", "")
    return text


_ONE_LETTER_NAME = re.compile(ONE_LETTER_NAME)
_ALIGN_WRAPPER = re.compile(r"\\(?:begin|end)\{(?:aligned|align|split|gathered|eqnarray)\*?\}")


def _set_braces(match: re.Match[str]) -> str:
    if match.group(1) is not None:
        return f"\\{{{match.group(1)}\\}}"
    return f"{match.group(2)}\\{{{match.group(3)}\\}}"


_SYMPY_LOGIC = re.compile(r"\s*\([^()]+\)(?:\s*[&|]\s*\([^()]+\))+\s*")
"""relations in parentheses joined by ``&`` or ``|``, as sympy prints ``And`` and ``Or``
(``(x > 1) & (x < 3)``)"""
_RELATION_SIGN = re.compile(r"[<>=≤≥⩽⩾]|\\(?:le|ge|leq|geq|neq|ne)(?![A-Za-z])")


def sympy_logic(text: str) -> tuple[list[str], str] | None:
    """The relations and the one sign of ``text`` when it is relations in parentheses joined by
    sympy's ``&`` or ``|`` (``(x < -1) | (x > 1)``: ``["x < -1", "x > 1"], "|"``); else None."""
    if _SYMPY_LOGIC.fullmatch(text) is None:
        return None
    parts = re.findall(r"\(([^()]+)\)", text)
    signs = set(re.findall(r"\)\s*([&|])\s*\(", text))
    if len(signs) != 1 or not all(_RELATION_SIGN.search(part) for part in parts):
        return None
    return [part.strip() for part in parts], signs.pop()


def _sympy_connectives(text: str) -> str:
    """Relations in parentheses joined by one of sympy's ``&`` and ``|`` as logic's "and" and
    "or" (``(P >= 20.4) & (P <= 20.8)`` is ``P >= 20.4 \\land P <= 20.8``, which reads as a
    chain); any other text as written."""
    logic = sympy_logic(text)
    if logic is None:
        return text
    return (" \\land " if logic[1] == "&" else " \\lor ").join(logic[0])


def _conjunction(text: str) -> str:
    """Two bounds on one letter joined by logic's "and" as one chained inequality
    (``-2 < x \\land x < 1`` is ``-2 < x < 1``, an interval), and values given to names joined
    by it as a system, listed (``x = 0 \\land y = 42`` is ``x = 0, y = 42``, not one chain of
    equations); any other use of the sign is left as written (``a \\wedge b`` may be a wedge
    product)."""
    parts = _LOGICAL_AND.split(text)
    if len(parts) == 1:
        return text
    if all(_NAME_GIVEN_VALUE.fullmatch(part) for part in parts):
        return ", ".join(part.strip() for part in parts)
    if len(parts) == 2:
        first, second = _bound(parts[0]), _bound(parts[1])
        if first and second and first[0] == second[0] and first[1] != second[1]:
            lower, upper = (first, second) if first[1] == "lower" else (second, first)
            below = "<" if lower[3] else "\\le"
            above = "<" if upper[3] else "\\le"
            return f"{lower[2]} {below} {lower[0]} {above} {upper[2]}"
    return text


_ROOT = re.compile(r"\s*([A-Za-z])\s*=\s*[^=<>/]+")
"""one root of an equation, ``x = 2``: one letter given a value with no slash in it"""


def _roots_by_slash(text: str) -> str:
    """Roots of one letter separated by slashes (``x = 2 / x = 3``, as some tutors write
    them) as their list, ``x = 2, x = 3``, not the chain ``x = 2/x = 3``; a slash inside a value
    (``x = 1/2``) leaves the text as written."""
    parts = text.split("/")
    roots = [_ROOT.fullmatch(part) for part in parts]
    if any(root is None for root in roots) or len({root[1] for root in roots if root}) != 1:
        return text
    return ", ".join(part.strip() for part in parts)


def _bound(text: str) -> tuple[str, str, str, bool] | None:
    """``(letter, "lower" or "upper", bound, strict)`` for one inequality between a letter and
    an expression (``x > 3``, ``3 \\le x``), else None."""
    match = _ONE_INEQUALITY.match(text)
    if match is None:
        return None
    left, relation, right = match.group(1).strip(), match.group(2), match.group(3).strip()
    less = re.fullmatch(_LESS, relation) is not None
    strict = relation in _STRICT
    if re.fullmatch(r"[A-Za-z]", right) and left:
        return right, "lower" if less else "upper", left, strict
    if re.fullmatch(r"[A-Za-z]", left) and right:
        return left, "upper" if less else "lower", right, strict
    return None


def _aligned_lines(text: str) -> str:
    """The lines of an align environment (``a &= b \\\\ &= c``), its wrapper gone, as one line:
    from the last line with a left side of its own on, since a line that opens with ``&=``
    continues the chain above it and one with its own left side starts a new equation
    (``2\\alpha &= 290 \\\\ \\alpha &= 145`` states ``\\alpha = 145``). Lines that each give
    another one-letter name its value (``x &= 1 \\\\ y &= 2``) are a system, listed. Text
    holding any other environment (a matrix, ``cases``) keeps its ``&``."""
    if "\\begin" in text:
        text = _ALIGN_WRAPPER.sub(" ", text)
        if "\\begin" in text:
            return text
    last = max(text.rfind("\\boxed"), text.rfind("\\fbox"))
    box = _BOX_OPENING.match(text, last) if last >= 0 else None
    if box is not None and matching_braces(text).get(box.end() - 1) == len(text.rstrip()) - 1:
        # a box closing the text holds the lines ("Final Answer: \boxed{a &= 1 \\ b &= 2}"):
        # they are read inside it, the box and what precedes it kept
        inner = _joined_lines(text.rstrip()[box.end() : -1])
        return f"{text[: box.end()]}{inner}}}"
    return _joined_lines(text)


def _joined_lines(text: str) -> str:
    """:func:`_aligned_lines` of lines with no wrapper or box around them."""
    lines = text.split("\\\\")
    left_sides = [line.split("&")[0].strip() if "&" in line else "" for line in lines]
    named = [side for side in left_sides if side]
    if len(named) == len(lines) > 1 and len(set(named)) == len(named):
        if all(_ONE_LETTER_NAME.fullmatch(side) for side in named):
            return ", ".join(lines).replace("&", " ")  # "x &= 1 \\\\ y &= 2": a system
    start = max((index for index, side in enumerate(left_sides) if side), default=0)
    return " ".join(lines[start:]).replace("&", " ")


_BOX_OPENING = re.compile(r"\\(?:boxed|fbox)\s*\{")
"""a box's opening; the last one is read as holding the lines when its brace closes the text"""
_CONTINUED_CHAIN = ("=", "<", ">", "\\le", "\\ge", "\\approx", "\\ne")


def _short_whitespace(text: str) -> str:
    """``text`` with each run of :data:`_LONG_WHITESPACE` as one space or one line break."""
    if not _LONG_WHITESPACE.search(text):
        return text
    return _LONG_WHITESPACE.sub(lambda run: "\n" if "\n" in run.group() else " ", text)


_VALUE_LINE = re.compile(r"[-+]?(?:\d+(?:\.\d+)?|\.\d+)(?:[ \t]?[A-Za-z]{1,12})?")
"""a line holding one number, perhaps with a unit word (``-0.5kg``, ``12 cm``)"""


def _equation_lines(text: str) -> str:
    """Lines that are each an equation (``2x = 6`` then ``x = 3``: working, then the
    answer), or each one number perhaps with a unit (``-0.5kg`` then ``0kg``), as a list of
    them; a line break is no product. A line opening with ``=`` (or another relation)
    continues the chain of the line above. Other text stays as it is."""
    lines: list[str] = []
    for line in (line.strip() for line in text.split("\n")):
        if lines and line.startswith(_CONTINUED_CHAIN):
            lines[-1] = f"{lines[-1]} {line}"  # "= \frac{3^5}{5^4}" goes on the chain above
        elif line:
            lines.append(line)
    if len(lines) > 1 and (
        all("=" in line for line in lines) or all(_VALUE_LINE.fullmatch(line) for line in lines)
    ):
        return ", ".join(lines)
    return text


def _one_reversed_inequality(text: str) -> str:
    """``text`` with its one :data:`_REVERSED_INEQUALITY` sign written the usual way round."""
    signs = list(_REVERSED_INEQUALITY.finditer(text))
    if len(signs) != 1:
        return text
    sign = signs[0]
    if re.search(r"[=<>]", text[: sign.start()] + text[sign.end() :]):
        return text
    return f"{text[: sign.start()]}{sign[1]}={text[sign.end() :]}"


def _unwrap_text_macros(text: str, budget: Budget) -> str:
    """Replace ``\\text{...}`` and friends by their content; units after other content go.

    One pass: braces are matched once for the whole text, and every macro becomes
    edits of the original string, so nested or repeated macros stay linear.
    """
    if "\\" not in text:
        return text
    closing = _matching_braces(text, budget)
    # Where the first character outside macro heads and braces is: text after it is a unit.
    heads_blanked = _TEXT_MACRO.sub(lambda m: " " * len(m.group()), text)
    first_content = next(
        (i for i, ch in enumerate(heads_blanked) if ch not in " \t\n{}"), len(text)
    )
    replaced: dict[int, tuple[int, str]] = {}  # start -> (end, replacement)
    skip_until = -1
    for match in _TEXT_MACRO.finditer(text):
        budget.tick()
        open_index = match.end() - 1
        if open_index not in closing or match.start() < skip_until:
            continue
        close = closing[open_index]
        content = text[match.end() : close]
        if _CONNECTIVE_WORDS.fullmatch(content.strip()):
            replaced[match.start()] = (close + 1, ",")
            skip_until = close + 1
        elif (
            first_content < match.start()
            and not _AFTER_SIGN.search(text, max(0, match.start() - 40), match.start())
            and _only_unit_words(content)
        ):
            tail = _SQUARED_OR_CUBED_PREFIX.match(text, close + 1)
            end = tail.end() if tail else close + 1
            replaced[match.start()] = (end, " ")
            skip_until = end
        else:
            replaced[match.start()] = (match.end(), " ")
            replaced[close] = (close + 1, " ")
    pieces: list[str] = []
    index = 0
    while index < len(text):
        if index in replaced:
            index, replacement = replaced[index][0], replaced[index][1]
            pieces.append(replacement)
        else:
            pieces.append(text[index])
            index += 1
    budget.tick(len(text) // 16)
    return "".join(pieces)


def _matching_braces(text: str, budget: Budget) -> dict[int, int]:
    """Index of every balanced ``{`` mapped to its ``}``."""
    budget.tick(len(text) // 16 + 1)
    stack: list[int] = []
    closing: dict[int, int] = {}
    for index, ch in enumerate(text):
        if ch == "{":
            stack.append(index)
        elif ch == "}" and stack:
            closing[stack.pop()] = index
    return closing


def _only_unit_words(content: str) -> bool:
    """Whether ``\\text{...}`` content is a unit: "cm", "square feet", "km/h", "m/s^2"."""
    if len(content) > MAX_UNIT_PHRASE_CHARS:
        return False
    if not content.isascii():
        return is_other_script_unit_phrase(content)
    content = _UNIT_POWER.sub("", content)
    if not _UNIT_PHRASE.fullmatch(content):
        return False
    words = re.findall(r"[a-zA-Z]+", content)
    return bool(words) and all(_is_unit_word(word) or word in SINGLE_LETTER_UNITS for word in words)


def _without_glued_square_unit(text: str) -> str:
    """``12m²`` as ``12``: read before superscripts become powers, which a variable uses."""
    squared = _GLUED_SQUARE_UNIT.match(text.strip())
    if squared is not None and _is_unit_word(squared.group(2)):
        return squared.group(1)
    return text


def _strip_unit_tail(text: str) -> str:
    text = strip_other_script_unit_tail(text)
    if text.endswith(")"):
        group = _PARENTHESIZED_TAIL.search(text)
        if group is not None and (
            _is_remark(group.group(1).split())
            or is_other_script_unit_phrase(group.group(1).replace(".", " "))
        ):
            text = text[: group.start()]  # 12 (cm), 12 (a dozen), 300 (чел.)
    rate = _GLUED_RATE_UNIT.search(text)
    if rate is not None and _is_unit_word(rate.group()):
        text = f"{text[: rate.start()]} {rate.group()}"  # 2m/s^2 is 2 m/s^2
    glued = _GLUED_UNIT.search(text)
    if glued is not None and glued.group(1).lower() in UNIT_WORDS:
        text = f"{text[: glued.start()]} {glued.group()}"  # 10weeks is 10 weeks
    short = _GLUED_SHORT_UNIT.match(text.strip())
    if short is not None and short.group(1) in GLUED_TWO_LETTER_UNITS:
        return text.strip()[: short.start(1)]  # 12cm is 12 cm; 12cd, 2x·y stay products
    words = text.split()
    kept = len(words)
    while kept > 1 and _is_unit_word(words[kept - 1]):
        kept -= 1
    if kept < len(words) and (
        words[kept - 1][-1] in "0123456789})."
        or (words[kept - 1].endswith("\\pi") and _no_one_letter_word(words[kept:]))
    ):
        if _holds_quantity(words[:kept]):
            return text  # 2m/s*3km/s: units inside the expression; the last one is no tail
        return " ".join(words[:kept])  # 36\pi cm^2 is 36\pi; 2\pi h keeps its height h
    return text


_GLUED_VALUE_UNIT = re.compile(
    r"(?<![A-Za-z\\])\d([μµ]?[A-Za-z]{1,3}(?:/[μµ]?[A-Za-z]{1,3})?)(?![A-Za-z])"
)
"""a number glued to what may be a unit inside an expression (``2m/s`` in ``2m/s*3``)"""


def _holds_quantity(words: list[str]) -> bool:
    """Whether the words before a unit tail hold a quantity of their own: a known unit as a
    word of two letters or more (``kg`` in ``-0.5 kg m/s^2+10``) or glued to a number
    (``2m/s*3``). The tail is then the last operand's unit, not the whole answer's, and
    dropping it would lose the one unit that tells two such answers apart (``2m/s*3km/s``
    against ``2m/s*3m/s``)."""
    for word in words:
        if len(word) > 1 and canonical_unit(word) is not None:
            return True  # a one-letter word is more often a name (A = 1872 cm^2)
        if any(canonical_unit(glued) is not None for glued in _GLUED_VALUE_UNIT.findall(word)):
            return True
    return False


def _is_remark(words: list[str]) -> bool:
    """Whether a parenthesized tail's words say what the value counts or how it was got
    (``(cm)``, ``(a dozen)``, ``(rounded to the nearest whole)``): unit or counted words,
    with the short words of a phrase between them, which alone would be variables."""
    words = [word.rstrip(",") for word in words]
    unit_words = [word for word in words if _is_unit_word(word)]
    return bool(unit_words) and all(word in unit_words or word in _REMARK_FILLERS for word in words)


_REMARK_FILLERS = frozenset("a an as at by of on the to".split())
"""short words of an English phrase, read as words only between a remark's longer words"""


def _no_one_letter_word(words: list[str]) -> bool:
    return all(len(_SQUARED_OR_CUBED.sub("", word).rstrip(".")) > 1 for word in words)


def _strip_item_units(text: str) -> str:
    """Unit words after each item of a list or of one bracketed tuple (``3 cm, 4 cm`` is
    ``3, 4``; ``[45 degrees]`` is ``[45]``; ``-0.5 kg; 0 kg`` is ``-0.5; 0``), as after a whole
    answer. Items are cut at commas, or at semicolons when there is no comma."""
    separator = "," if "," in text else ";"
    if separator not in text and not text.startswith(("(", "[")):
        return text
    opening, inner, closing = "", text, ""
    if (
        text[:1] in "(["
        and text[-1:] in ")]"
        and top_level_split(text[1:-1], separator) is not None
    ):
        opening, inner, closing = text[0], text[1:-1], text[-1]
    items = top_level_split(inner, separator)
    if items is None or (len(items) < 2 and not opening):
        return text
    stripped = [_strip_unit_tail(item.strip()) for item in items]
    if all(new == old.strip() for new, old in zip(stripped, items, strict=True)):
        return text
    return opening + f"{separator} ".join(stripped) + closing


def _is_unit_word(word: str) -> bool:
    """A unit or a counted noun ("apples"): known units, or lower-case words of 3+ letters."""
    word = _SQUARED_OR_CUBED.sub("", word).rstrip(".")
    if holds_verdict_word(word):
        return False
    glued_power = _GLUED_POWER_DIGIT.fullmatch(word)
    if glued_power is not None:  # m2, cm3, m/s2: plain text's power of a known unit only
        return _is_known_unit(glued_power.group(1))
    if _is_known_unit(word):
        return True
    return (
        len(word) >= 3
        and word.isascii()
        and word.isalpha()
        and word.islower()
        and (word not in ("and", "or"))
    )


_GLUED_POWER_DIGIT = re.compile(r"([A-Za-z/]*[A-Za-z])[23]")
"""a unit with its power as a digit glued on (``cm2``, ``m/s2``), as plain text and SI's
ASCII spelling write ``cm^2``"""


def _is_known_unit(word: str) -> bool:
    """A unit symbol or name the tables know, or a rate of two (``km/h``, ``dollars/hour``)."""
    if _SCHOOL_AREA_UNIT.fullmatch(word) or word in SI_UNIT_SYMBOLS:
        return True
    if word.lower() in UNIT_WORDS:
        return True
    if "/" in word:
        parts = _SQUARED_OR_CUBED.sub("", word).split("/")
        return len(parts) == 2 and all(
            part.lower() in UNIT_WORDS or part in SINGLE_LETTER_UNITS for part in parts
        )
    return False


def split_connectives(text: str) -> str:
    """Turn "1 or 2" / "1 and 2" into "1, 2" (only outside of words and commands)."""
    if text.isascii() and ASCII_LETTER.search(text) is None:
        return text  # every connective is a word
    first_equals = text.find("=")
    if first_equals >= 0:
        text = _ONE_LETTER_CONNECTIVE.sub(
            lambda word: ", " if word.start() > first_equals else word.group(), text
        )
    return _CONNECTIVE_WORDS.sub(", ", text)


def looks_like_text_answer(text: str) -> bool:
    """Whether ``text`` is words (a name, a day, a yes/no) rather than mathematics; a sign in
    front (``-xyz``) makes it mathematics: words carry no sign."""
    if text.lstrip().startswith(("-", "+")):
        return False
    words = re.findall(r"(?<![\\a-zA-Z])[a-zA-Z]{3,}", text)
    return bool(words) and not re.search(r"[\\^_{}=<>]|\d", text)


def normalize_text_answer(text: str) -> str:
    """Canonical spelling of a text answer: lower case, no spaces (but one between two digits:
    "2 3" is not "23") or brackets around it. Turkish dotless and dotted I fold to ``i``, as
    lower-casing ``ALTI`` gives ``alti`` while the word is written ``altı``."""
    folded = re.sub(r"\s+", " ", _SPACE_NOT_BETWEEN_DIGITS.sub("", text)).lower().strip(".")
    return folded.translate(_TURKISH_I) if "ı" in folded or "i̇" in folded else folded


_TURKISH_I = str.maketrans({"ı": "i", "\u0307": None})
"""dotless ``ı`` as ``i``; the combining dot that lower-casing ``İ`` leaves, dropped"""
