"""Plain-text math spellings rewritten into the LaTeX subset: calculator and sympy-style answers.

Many graders store references (and models write answers) in a plain, program-like dialect
rather than LaTeX: ``7*sin(pi*x/5)+1``, ``ln(a)*a^x``, ``2**100``, ``1.09951162778E+12``,
``(-infinity,5)``. Decided here, each rule purely textual (nothing is evaluated):

- a function name from :data:`PLAIN_FUNCTIONS` written without a backslash and followed by
  ``(`` is that function (``sin(x)`` is ``\\sin(x)``; ``basin(`` is not touched);
  ``sqrt(...)`` becomes ``\\sqrt{...}`` (its parentheses are its argument), ``factorial(n)``
  ``(n)!``, ``cbrt(...)``
  ``\\sqrt[3]{...}``, and ``abs(...)``
  (sympy's ``Abs(...)`` too) becomes ``\\left|...\\right|``; names in capitals (``SQRT(``,
  ``SIN(``), capitalised (``Sqrt(``) or in Mathematica's spelling (``ArcTan(``) are the same
  functions, and ``sqrt2`` / ``sqrt 12``
  (no parentheses, a number) is ``\\sqrt{2}`` / ``\\sqrt{12}``, as a function name glued to a
  number is that function of it (``cos4`` is ``\\cos 4``), and one raised to a number is
  that function's power (``sin^2(x)`` is ``\\sin^2(x)``);
- the names Russian and other European schools use, ``tg``, ``ctg``, ``arctg``, ``cosec``
  and ``lg`` (with a backslash, in ``\\operatorname{}``, or bare and applied to an argument),
  are the tangent, cotangent, arctangent, cosecant and decimal logarithm: ``tg x`` is ``tan
  x``, ``\\ctg\\alpha`` is ``\\cot\\alpha``, ``lg(1000)`` is 3 (``lg(8, 2)`` is to base 2, as
  ``log(8, 2)`` is);
- the reciprocal and inverse functions beyond LaTeX's own (``sech``, ``csch``, ``coth``,
  ``arcsec``, ``arccsc``, ``arccot``, ``arcsinh``, ``arccosh``, ``arctanh``) are functions
  too, and so are their other names (:data:`FUNCTION_ALIASES`): sympy's ``asin``, ``acot``,
  ``asinh``, ISO's ``arsinh`` and the British ``cosech``; ``\\arccot x`` is ``\\arctan(1/x)``;
- ``frac{14}{3}`` (LaTeX's fraction without its backslash) is ``\\frac{14}{3}``;
  ``log_2(8)``, and C's and JavaScript's ``log10(100)`` and ``log2(8)``, are
  logarithms to those bases;
- the words ``pi`` and ``infinity`` standing alone (no letter or backslash next to them) are
  the constants ``\\pi`` and ``\\infty``, and so are sympy's ``oo`` (``(0, oo)``, ``-oo``),
  the programming spellings ``inf`` (``(-inf, 2)``) and ``Infinity`` (JavaScript's), and
  ``infty`` (LaTeX's name without its backslash);
- a Greek letter's name written as a word (``2*theta``, ``alpha+beta``, ``Delta*t``, as sympy
  prints symbols) is that letter, when every other word in the answer is one too or a
  connective ("and", "or"): ``the beta distribution`` stays words;
- the word ``equals`` (or ``is equal to``) after a one-letter name opening the answer is
  ``=`` (``x equals 7`` is ``x = 7``);
- ``+-`` opening an answer or a side (``+-5``, ``x = +-3``) is ``\\pm``;
- ``**`` is a power, as in Python and sympy (it has no other meaning in LaTeX);
- E notation is a number in scientific notation: ``1.5E+12``, ``3.63e-11``, ``1e-3``,
  ``1e3``: digits, ``e`` or ``E``, an exponent of up to three digits, with no letter, digit or
  dot next to it (nobody writes Euler's number between two digits, ``2e5`` for ``10e``;
  ``2e``, ``e^5`` and ``2ex`` keep their ``e``). The number becomes ``(mantissa\\cdot10^{exponent})``, which keeps the mantissa's written
  precision for the rounding rule (:mod:`decimal_precision`);
- Mathematica's calls of one argument in square brackets are calls: ``Sqrt[2]`` is
  ``Sqrt(2)``, ``ArcSin[x/2]`` is ``ArcSin(x/2)`` (functions from :data:`_MATHEMATICA_NAMES`;
  a bracket holding a top-level comma, such as ``Log[2, 8]``, whose argument order differs
  from the other spellings', stays as written);
- the counting calls of two arguments are LaTeX's: sympy's ``binomial(8, 3)``, ``binom``,
  ``choose``, Python's ``comb(8, 3)`` (and ``combinations``), calculators' ``nCr(8, 3)`` and
  the textbook ``C(8, 3)`` of two whole numbers are ``\\binom{8}{3}`` (``C(x, 3)`` stays a
  call of C), as is ``8 choose 3`` typed between its operands (:data:`_INFIX_CHOOSE`);
  ``nPr(8, 3)`` and Python's ``perm(8, 3)`` (and ``permutations``) are ``\\frac{8!}{5!}``, and
  ``atan2(y, x)`` (numpy's ``arctan2``) is the angle of the point ``(x, y)``:
  ``atan2(-sqrt(3), -1)`` is ``-\\frac{2\\pi}{3}``;
- a Python module's name before its function or constant goes: ``sp.sqrt(2)``, ``math.pi``,
  ``np.exp(1)`` (also ``sympy.``, ``numpy.``, ``mpmath.``);
- sympy's repeating decimal, a decimal followed directly by its repeating digits in square
  brackets (``0.[3]`` is ``\\frac13``, ``.034[56]`` is ``\\frac{1711}{49500}``), is that
  fraction, as ``0.\\overline{3}`` is.
"""

from __future__ import annotations

import re

from metacot_envs.tasks.math.answer.latex_commands import FUNCTION_ALIASES
from metacot_envs.tasks.math.answer.sympy_sets import sympy_sets

PLAIN_FUNCTIONS = (
    frozenset(
        "sin cos tan sec csc cot arcsin arccos arctan arcsec arccsc arccot sinh cosh tanh sech "
        "csch coth arcsinh arccosh arctanh ln log exp".split()
    )
    | FUNCTION_ALIASES.keys()
)
"""function names read as their LaTeX command when written bare and followed by ``(``"""

_SPELLINGS = sorted(
    {spelling for name in PLAIN_FUNCTIONS for spelling in (name, name.upper(), name.capitalize())}
    | {"Arc" + name[3:].capitalize() for name in PLAIN_FUNCTIONS if name.startswith("arc")},
    key=len,
    reverse=True,
)
"""each name as written, in capitals (``SIN(``, as calculators print it), capitalised, and
the inverse functions as Mathematica spells them (``ArcSin(``)"""
_AT_A_SPELLING = "(?=[" + "".join(sorted({spelling[0] for spelling in _SPELLINGS})) + "])"
"""a lookahead for the first letters of :data:`_SPELLINGS`: opening a pattern, it lets ``re``
skip every other position before trying the long alternation of names (same matches, several
times faster)"""
_PLAIN_FUNCTION = re.compile(
    _AT_A_SPELLING + r"(?<![A-Za-z\\])(" + "|".join(_SPELLINGS) + r")(?=\s*\()"
)
_PLAIN_FUNCTION_OF_NAME = re.compile(
    _AT_A_SPELLING
    + r"(?<![A-Za-z\\])(?!(?<=\d )(?i:sec)(?![A-Za-z]))("
    + "|".join(_SPELLINGS)
    + r")(?=[ \t]+[A-Za-z0-9(\\])"
)
"""a function name, a space and its argument (``csc x``, ``sin 2x``, ``2 sin x``, as Khan's KAS
and calculators write it); ``sec`` not after a number and a space, where it may be seconds"""
_GLUED_FUNCTION_NAMES = "sin|cos|tan|sec|csc|cot|ln"
_FUNCTION_GLUED_TO_LETTER = re.compile(
    rf"(?<![A-Za-z\\])({_GLUED_FUNCTION_NAMES})"
    r"([a-gi-z]|theta|alpha|beta|gamma|phi|psi|omega)(?![A-Za-z])"
)
"""a function name glued to a one-letter argument or a Greek letter's name (``sinx``,
``cosx``, ``lnx``, ``sintheta``), as students type them: that function of it. Never ``h``
(``sinh``, ``sech`` are functions of their own), never ``secs`` (seconds) or the word
``sine``"""
_FUNCTION_BEFORE_COMMAND_OR_BAR = re.compile(
    rf"(?<![A-Za-z\\])({_GLUED_FUNCTION_NAMES}|log)(?=\\(?:theta|alpha|beta|gamma|phi|psi|omega|pi)"
    r"(?![A-Za-z])|\s*\|)"
)
"""a function name right before a Greek letter's command (``sin\\theta``, which ``sinθ``
becomes) or an absolute value's bar (``ln|x|``): that function of it"""
_ANY_GLUED_FUNCTION = re.compile(_GLUED_FUNCTION_NAMES + "|log")
"""a quick test before the two patterns above"""
_PLAIN_LOG_BASE = re.compile(
    r"(?<![A-Za-z\\])log_(\d+|[A-Za-z](?![A-Za-z])|\{[^{}]{1,20}\}|\(\d{1,20}\))(?=\s*\()"
)
"""``log_2(8)``, ``log_a(b)``: a logarithm with its base as a subscript, a number or one letter
(AsciiMath's ``log_(2)(8)`` too)"""
_PLAIN_LOG_NAMED_BASE = re.compile(r"(?<![A-Za-z\\])(?:log|LOG|Log)(10|2)(?=\s*\()")
"""``log10(100)``, ``log2(8)``: C's, JavaScript's and numpy's names for the logarithms to base
10 and 2 (with no parenthesis, ``log10`` stays the logarithm of 10, as ``cos4`` is ``\\cos 4``)"""
_PLAIN_PLUS_MINUS = re.compile(r"(^|[=(,;][ \t]*)\+/?-(?=[ \t]*[\w\\(.])")
"""``+-5``, ``x = +-3``, ``+/-3``: a typed plus-minus sign opening an answer or a side
(``2+-3`` after a number stays the sum ``2 + (-3)``)"""
_MAXIMA_CONSTANT = re.compile(r"(?<![\w%])%(pi|i|e)(?![A-Za-z])")
"""Maxima's (STACK's) ``%pi``, ``%i`` and ``%e``: pi, the imaginary unit and Euler's number"""
_PLAIN_SQRT = re.compile(r"(?<![A-Za-z\\])(?:sqrt|SQRT|Sqrt)\s*\(")
_PLAIN_ABS = re.compile(r"(?<![A-Za-z\\])(?:abs|ABS|Abs)\s*\(")
_PLAIN_CBRT = re.compile(r"(?<![A-Za-z\\])(?:cbrt|CBRT|Cbrt)\s*\(")
"""``cbrt(...)``, the cube root of programming libraries (C, numpy, JavaScript's Math.cbrt)"""
_PLAIN_FUNCTION_POWER = re.compile(
    _AT_A_SPELLING
    + r"(?<![A-Za-z\\])("
    + "|".join(_SPELLINGS)
    + r")(?=\^\s*(?:\d|\{\s*-?\d{1,3}\s*\}|-1))"
)
"""a function name raised to a number (``sin^2(x)``, ``cos^{2} x``): that function, as
``\\sin^2`` is"""
_PLAIN_FUNCTION_OF_NUMBER = re.compile(
    _AT_A_SPELLING + r"(?<![A-Za-z\\])(" + "|".join(_SPELLINGS) + r")(?=\d)"
)
"""a function name glued to a number (``cos4``, ``ln2``): the function of that number"""
_PLAIN_SQRT_OF_NUMBER = re.compile(r"(?<![A-Za-z\\])(?:sqrt|SQRT|Sqrt)\s*(\d+(?:\.\d+)?)")
"""``sqrt2``, ``sqrt 12``: a square root written without parentheses, of a number"""
_LETTER_TIMES_TEN = re.compile(r"(\d)\s*[xX]\s*10\^")
"""``4.7 x 10^-4``: the letter x as the times sign of scientific notation"""
_LETTER_TIMES = re.compile(
    r"(?:(?<![\w.])|(?<=\d[xX])|(?<=\d [xX] ))(?!0[xXbo])(\d+(?:\.\d+)?)( ?)[xX]\2(?=\d)"
)
"""``2 x 3 = 6``, ``8x19``, ``2x2x3``: the letter x between two numbers (set apart on both
sides or on neither), a times sign; a variable stands after its coefficient, not before a number. A
token ``0x``, ``0b`` or ``0o`` is a radix literal's prefix, left to it"""
_SIGN_WORD = re.compile(r"(?<![A-Za-z])(?:minus|negative|Minus|Negative)[ \t]+(?=\.?\d)")
"""``minus 5``, ``negative 2.5``: the word for the sign before a number written in digits"""
_ARITHMETIC_WORD = re.compile(
    r"(?<![\w.])(\d+(?:\.\d+)?)\s+(plus|Plus|times|Times|divided by|Divided by)\s+(?=\.?\d)"
)
"""``2 plus 3``, ``4 times 3``, ``7 divided by 91``: the words for a sum, a product and a
quotient between two numbers written in digits (read as letters, ``2 plus 3`` would equal
``1 plus 6``); ``minus`` is :data:`_SIGN_WORD`'s"""
_ARITHMETIC_SIGNS = {"plus": "+", "times": "\\times", "divided by": "/"}
_GLUED_COUNTING = re.compile(r"(?<![\w.^_{])(\d{1,4})([CP])(\d{1,4})(?![\w.])")
"""``5C3`` and ``5P3``, a calculator's combinations and permutations of two whole numbers:
``nCr(5, 3)`` and ``nPr(5, 3)``, which :func:`_two_argument_calls` reads"""
_PLAIN_SQRT_BRACE = re.compile(r"(?<![A-Za-z\\])(?:sqrt|SQRT|Sqrt)(?=\s*[{\[])")
"""``2sqrt{13}``, ``sqrt[3]{x}``: LaTeX's root that lost its backslash"""
_PLAIN_FRAC_BRACE = re.compile(r"(?<![A-Za-z\\])([dt]?frac)(?=\s*\{)")
"""``frac{14}{3}``, ``dfrac{1}{2}``: LaTeX's fraction that lost its backslash"""
MAX_PLAIN_SQRTS = 32
"""``sqrt(`` (and, apart, ``abs(``) calls rewritten per answer (each scans for its closing
parenthesis)"""
EUROPEAN_FUNCTION_NAMES = {
    "tg": "tan", "ctg": "cot", "arctg": "arctan", "cosec": "csc", "lg": "lg",
}  # fmt: skip
"""function names of Russian and other European schools (``lg``, ISO 80000-2's decimal
logarithm, as well), and the name each stands for"""
_EUROPEAN_FUNCTION = re.compile(
    r"(?<![A-Za-z])(\\(?:operatorname\s*\{)?)?(arctg|ctg|tg|cosec(?!h)|lg)"
    r"(?(1)\}?(?![A-Za-z])|(?=\s*[(\\^0-9]|[ \t]+[A-Za-z]))"
)
"""one of :data:`EUROPEAN_FUNCTION_NAMES` as a command, or bare and applied to something (``tg
x``, ``ctg(x)``, ``tg2x``: a bare ``tg`` alone may be the product of ``t`` and ``g``)"""
_PLAIN_FACTORIAL = re.compile(r"(?<![A-Za-z\\])(?:factorial|Factorial)\s*\(")
"""sympy's and Mathematica's ``factorial(n)``: ``n!``"""
_PLAIN_FLOOR = re.compile(r"(?<![A-Za-z\\])(?:floor|Floor)\s*\(")
_PLAIN_CEILING = re.compile(r"(?<![A-Za-z\\])(?:ceil|ceiling|Ceiling)\s*\(")
"""sympy's, Python's and JavaScript's ``floor(x)`` and ``ceil(x)`` (``ceiling``, Mathematica's
``Ceiling``): ``\\lfloor x\\rfloor`` and ``\\lceil x\\rceil``"""
_ARGUMENT_CALLS = (
    (_PLAIN_FACTORIAL, "(", ")!"),
    (_PLAIN_SQRT, "\\sqrt{", "}"),
    (_PLAIN_CBRT, "\\sqrt[3]{", "}"),
    (_PLAIN_ABS, "\\left|", "\\right|"),
    (_PLAIN_FLOOR, "\\lfloor ", "\\rfloor "),
    (_PLAIN_CEILING, "\\lceil ", "\\rceil "),
)
"""calls whose parenthesised argument becomes a LaTeX group: ``sqrt(x)`` is ``\\sqrt{x}``"""
_PAIR_CALL = re.compile(
    r"(?<![A-Za-z\\])(binomial|binom|choose|combinations|comb|nCr|nPr|permutations|perm|atan2"
    r"|arctan2|C)\s*\("
)
"""sympy's ``binomial(n, k)``, calculators' ``nCr(n, k)`` and ``nPr(n, k)`` (counting calls),
and the two-argument arctangent ``atan2(y, x)`` (numpy's ``arctan2``): calls of two arguments"""
_PAIR_CALL_HINTS = ("C", "P", "bin", "choose", "comb", "perm", "tan2")
"""text one of :data:`_PAIR_CALL`'s names holds (a cheap test before the search)"""
_INFIX_CHOOSE_OPERAND = r"(\d+|[a-z]|\([^()]*\))"
_INFIX_CHOOSE = re.compile(
    rf"(?<![A-Za-z0-9.\\]){_INFIX_CHOOSE_OPERAND}\s+choose\s+{_INFIX_CHOOSE_OPERAND}(?![A-Za-z0-9.])"
)
"""``n choose k`` written in words between its operands (``(n choose 2)``, ``5 choose 2``), as
Wolfram Alpha and combinatorics texts type the binomial: ``\\binom{n}{k}``; each operand is a
whole number, one lower-case letter or a group in parentheses, so prose (``I choose 3``) stays"""
_MODULE_PREFIX = re.compile(r"(?<![\w.])(?:sp|sympy|np|numpy|math|mp|mpmath)\.(?=[A-Za-z])")
"""a Python module's name before one of its functions or constants (``sp.sqrt(2)``,
``math.pi``, ``np.exp(1)``), as code that grades answers writes them"""
ONE_LETTER_NAME = r"[A-Za-z](?:_\{?\w{1,8}\}?)?"
"""a one-letter name, perhaps with a subscript (``x``, ``x_1``, ``a_{12}``)"""
_EQUALS_WORD = re.compile(rf"^(\s*{ONE_LETTER_NAME})\s+(?:equals|is equal to)\s+(?=\S)")
"""``x equals 7``: a one-letter name (perhaps with a subscript) opening the answer, then the
word for ``=``"""
_PLAIN_CONSTANT = re.compile(
    r"(?<![A-Za-z\\])(pi|Pi|PI|infinity|Infinity|INFINITY|infty|inf|oo)(?![A-Za-z])"
)
_E_NOTATION = re.compile(
    r"(?<![\w.\\^{])(\d{1,3}(?:,\d{3})*,0\d\d(?:,\d{3})*(?:\.\d*)?|\d+\.\d*|\.\d+|\d+)"
    r"(?:E([+-]?\d{1,3})|e([+-]?\d{1,3}))(?![\w.])"
)
"""a number in E notation; a mantissa grouped in thousands with a group led by a zero
(``1,000e8``) is one number, as :data:`equivalence._ZERO_LED_GROUP` reads such commas, not a
list ending in ``000e8``"""


GREEK_NAMES = frozenset(
    "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi rho sigma tau "
    "upsilon phi chi psi omega Gamma Delta Theta Lambda Xi Sigma Phi Psi Omega".split()
)
"""Greek letters read as the letter when written as a bare word: the lower-case ones and the
capitals with a glyph of their own (``F*Delta*t`` is ``F\\Delta t``, as ``F·Δt``; AsciiMath
spells them so)"""
_BARE_WORD = re.compile(r"(?<![A-Za-z\\])[A-Za-z]{2,}")
_WORDS_BESIDE_GREEK = frozenset({"and", "or"})

_APOSTROPHE_MIXED_NUMBER = re.compile(r"(?<![\w.'])(\d{1,40})'(\d{1,40}/\d{1,40})(?![\w./'])")
"""a mixed number written whole part, apostrophe, proper fraction (``2'1/3``), as Chinese
four-operations exercise sets print them: the mixed number ``2 1/3``"""
_ARITHMETIC = re.compile(r"(?:[\d.+\-*/×÷() \t]|\\(?:div|times|cdot)(?![A-Za-z]))+")
"""the characters of an arithmetic exercise written with its equals sign and nothing after
(``3/5 + 1/2 =``, ``4 ÷ 8 =``): its value, as a key that lists exercises means"""

_PYTHON_FRACTION = re.compile(
    r"(?<![\w\\])(?:Fraction|Rational)\(\s*(-?\d{1,60})\s*(?:,\s*(-?\d{1,60})\s*)?\)"
)
"""Python's ``Fraction(p, q)`` (or ``Fraction(n)``) repr of a rational, and sympy's
``Rational(p, q)``, integer arguments only"""


_MATHEMATICA_NAMES = (
    "Sqrt Sin Cos Tan Cot Sec Csc ArcSin ArcCos ArcTan ArcSec ArcCsc ArcCot Sinh Cosh Tanh Sech "
    "Csch Coth ArcSinh ArcCosh ArcTanh Exp Log Abs Factorial Floor Ceiling".split()
)
"""Mathematica functions of one argument whose bracketed calls read as calls"""
_MATHEMATICA_CALL = re.compile(rf"(?<![A-Za-z\\])(?:{'|'.join(_MATHEMATICA_NAMES)})\[")
_MAX_BRACKET_CALLS = 32
"""bracketed calls rewritten in one answer; the rest stay as written"""
_BRACKETED_REPETEND = re.compile(r"(?<![\w.\]])([0-9]*)\.([0-9]{0,40})\[([0-9]{1,40})\]")


def _mathematica_calls(text: str) -> str:
    """``Sqrt[x]`` as ``Sqrt(x)``: each call's matching square bracket becomes parentheses."""
    position = 0
    for _ in range(_MAX_BRACKET_CALLS):
        call = _MATHEMATICA_CALL.search(text, position)
        if call is None:
            break
        position = call.end()
        depth, closing = 0, None
        for index in range(call.end() - 1, len(text)):
            if text[index] == "[":
                depth += 1
            elif text[index] == "]":
                depth -= 1
                if depth == 0:
                    closing = index
                    break
            elif text[index] == "," and depth == 1:
                break
        if closing is not None:
            inner = text[call.end() : closing]
            text = f"{text[: call.end() - 1]}({inner}){text[closing + 1 :]}"
    return text


def repeating_decimal_as_fraction(match: re.Match[str]) -> str:
    """A repeating decimal matched as (whole part, fixed digits, repeating digits), written
    ``1.2\\overline{34}`` or sympy's ``1.2[34]``, as the exact fraction it denotes:
    ``(611/495)``."""
    whole, fixed, repeating = match.group(1) or "0", match.group(2), match.group(3)
    numerator = int(whole + fixed + repeating) - int(whole + fixed)
    return f"({numerator}/{10 ** len(fixed) * (10 ** len(repeating) - 1)})"


def rewrite_plain_spelling(text: str) -> str:
    """``text`` with its plain-text function names, constants, ``**``, E notation and Python
    ``Fraction(p, q)`` reprs in LaTeX."""
    if text.rstrip().endswith("="):
        text = _unanswered_arithmetic(text)
    if "'" in text:
        text = _APOSTROPHE_MIXED_NUMBER.sub(r"\1 \2", text)
    if "tg" in text or "cosec" in text or "lg" in text:
        text = _EUROPEAN_FUNCTION.sub(lambda m: f"\\{EUROPEAN_FUNCTION_NAMES[m.group(2)]} ", text)
    if "p." in text or "th." in text or "py." in text:
        text = _MODULE_PREFIX.sub("", text)
    if "[" in text:
        text = _BRACKETED_REPETEND.sub(repeating_decimal_as_fraction, _mathematica_calls(text))
    if "inus" in text or "egative" in text:
        text = _SIGN_WORD.sub("-", text)
    if " plus " in text or " times " in text or "ivided by" in text:
        text = _ARITHMETIC_WORD.sub(
            lambda m: f"{m.group(1)} {_ARITHMETIC_SIGNS[m.group(2).lower()]} ", text
        )
    if "C" in text or "P" in text:
        text = _GLUED_COUNTING.sub(lambda m: f"n{m.group(2)}r({m.group(1)}, {m.group(3)})", text)
    if "equal" in text:
        text = _EQUALS_WORD.sub(r"\1 = ", text)
    if " choose " in text:
        text = _INFIX_CHOOSE.sub(lambda m: f"\\binom{{{m.group(1)}}}{{{m.group(2)}}}", text)
    if "Interval" in text or "Set" in text or "Union(" in text or "Reals" in text:
        text = sympy_sets(text)
    if "Fraction(" in text or "Rational(" in text:
        text = _PYTHON_FRACTION.sub(
            lambda m: (
                f"\\frac{{{m.group(1)}}}{{{m.group(2)}}}" if m.group(2) else f"({m.group(1)})"
            ),
            text,
        )
    if "%" in text:
        text = _MAXIMA_CONSTANT.sub(
            lambda m: {"pi": "\\pi ", "i": " i ", "e": " e "}[m.group(1)], text
        )
    if "log_" in text:
        text = _PLAIN_LOG_BASE.sub(lambda m: f"\\log_{{{m.group(1).strip('{}()')}}}", text)
    if "og1" in text or "og2" in text or "OG1" in text or "OG2" in text:
        text = _PLAIN_LOG_NAMED_BASE.sub(lambda m: f"\\log_{{{m.group(1)}}}", text)
    if "+-" in text or "+/-" in text:
        text = _PLAIN_PLUS_MINUS.sub(r"\1\\pm ", text)
    if "**" in text:
        text = text.replace("**", "^")
    if "10^" in text:
        text = _LETTER_TIMES_TEN.sub(r"\1\\times 10^", text)
    if "x" in text or "X" in text:
        text = _LETTER_TIMES.sub(r"\1\\times ", text)
    if "E" in text or "e" in text:
        text = _E_NOTATION.sub(_scientific, text)
    if "(" in text:
        for call, opening, closing in _ARGUMENT_CALLS:
            text = _rewrite_calls(text, call, opening, closing)
        if any(hint in text for hint in _PAIR_CALL_HINTS):
            text = _two_argument_calls(text)
        text = _PLAIN_FUNCTION.sub(_function_command, text)
    if _ANY_GLUED_FUNCTION.search(text):
        text = _FUNCTION_GLUED_TO_LETTER.sub(_function_of_glued_letter, text)
        text = _FUNCTION_BEFORE_COMMAND_OR_BAR.sub(_function_command, text)
    if " " in text or "\t" in text:
        text = _PLAIN_FUNCTION_OF_NAME.sub(_function_command, text)
    if "^" in text:
        text = _PLAIN_FUNCTION_POWER.sub(_function_command, text)
    if _has_digit_and_letter(text):
        text = _PLAIN_FUNCTION_OF_NUMBER.sub(lambda m: _function_command(m) + " ", text)
    if "frac" in text:
        text = _PLAIN_FRAC_BRACE.sub(r"\\\1", text)
    if "qrt" in text or "QRT" in text:
        text = _PLAIN_SQRT_OF_NUMBER.sub(lambda m: f"\\sqrt{{{m.group(1)}}}", text)
        text = _PLAIN_SQRT_BRACE.sub(lambda _: "\\sqrt", text)
    if "pi" in text or "Pi" in text or "PI" in text or "nf" in text or "NF" in text or "oo" in text:
        text = _PLAIN_CONSTANT.sub(
            lambda m: "\\pi " if m.group(1).lower() == "pi" else "\\infty ", text
        )
    return _greek_words_as_letters(text)


_ASCII_DIGIT = re.compile(r"[0-9]")
ASCII_LETTER = re.compile(r"[A-Za-z]")
"""a Latin letter of ASCII"""
LETTER_PAIR = re.compile(r"[A-Za-z]{2}")
"""two ASCII letters in a row, which every word and every unit word needs"""


def _has_digit_and_letter(text: str) -> bool:
    """Whether ``text`` holds a digit and a letter, as ``str.isdigit`` and ``str.isalpha`` tell
    them; ASCII text, the usual answer, is searched by two regexes instead of a Python loop."""
    if text.isascii():
        return _ASCII_DIGIT.search(text) is not None and ASCII_LETTER.search(text) is not None
    return any(c.isdigit() for c in text) and any(c.isalpha() for c in text)


def _unanswered_arithmetic(text: str) -> str:
    """An arithmetic exercise ending in its equals sign (:data:`_ARITHMETIC`) as the exercise."""
    exercise = text.rstrip()[:-1]
    if _ARITHMETIC.fullmatch(exercise) and any(c.isdigit() for c in exercise):
        return exercise.strip()
    return text


def _function_of_glued_letter(match: re.Match[str]) -> str:
    name, argument = match.group(1), match.group(2)
    if (name, argument) in (("sec", "s"), ("sin", "e")):  # seconds; the word "sine"
        return match.group()
    return f"\\{name} {argument}"


def _function_command(match: re.Match[str]) -> str:
    """The LaTeX command for a plain function name as written (``Sin``, ``asin``, ``ArcTan``)."""
    name = match.group(1).lower()
    return "\\" + FUNCTION_ALIASES.get(name, name)


def _greek_words_as_letters(text: str) -> str:
    """``text`` with bare Greek letter names as commands, when its only bare words are those
    names and connectives (``2*theta`` is ``2\\theta``; ``the beta distribution`` is left)."""
    words = _BARE_WORD.findall(text)
    if not any(word in GREEK_NAMES for word in words) or not all(
        word in GREEK_NAMES or word in _WORDS_BESIDE_GREEK for word in words
    ):
        return text
    return _BARE_WORD.sub(
        lambda m: f"\\{m.group()} " if m.group() in GREEK_NAMES else m.group(), text
    )


def _rewrite_calls(text: str, call: re.Pattern[str], opening: str, closing: str) -> str:
    """Each ``call`` match's parenthesised argument between ``opening`` and ``closing``
    (``sqrt(a+b)`` as ``\\sqrt{a+b}``); an unclosed call is left as written."""
    for _ in range(MAX_PLAIN_SQRTS):
        match = call.search(text)
        if match is None:
            break
        depth, index = 1, match.end()
        while index < len(text) and depth:
            depth += {"(": 1, ")": -1}.get(text[index], 0)
            index += 1
        if depth:
            break
        inner = text[match.end() : index - 1]
        text = f"{text[: match.start()]}{opening}{inner}{closing}{text[index:]}"
    return text


def _two_argument_calls(text: str) -> str:
    """``binomial(n, k)``, ``binom``, ``choose`` and ``nCr`` as ``\\binom{n}{k}``, ``nPr(n, k)``
    as ``\\frac{n!}{(n-k)!}`` and ``atan2(y, x)`` as the half-angle form
    ``2\\arctan\\frac{y}{\\sqrt{x^2+y^2}+x}`` (the angle of the point (x, y), in (-pi, pi]; the
    form fails only on the negative x-axis, where atan2 is pi); a call without exactly two
    arguments is left as written."""
    position = 0
    for _ in range(MAX_PLAIN_SQRTS):
        match = _PAIR_CALL.search(text, position)
        if match is None:
            break
        position = match.end()
        depth, index, commas = 1, match.end(), []
        while index < len(text) and depth:
            char = text[index]
            depth += {"(": 1, ")": -1, "[": 1, "]": -1, "{": 1, "}": -1}.get(char, 0)
            if char == "," and depth == 1:
                commas.append(index)
            index += 1
        if depth or len(commas) != 1:
            continue
        n, k = text[match.end() : commas[0]].strip(), text[commas[0] + 1 : index - 1].strip()
        if match.group(1) == "C" and not (n.isdigit() and k.isdigit()):
            continue  # a function or point named C; only C(5, 3) of two whole numbers counts
        if match.group(1) in ("nPr", "perm", "permutations"):
            call = f"\\frac{{({n})!}}{{(({n})-({k}))!}}"
        elif match.group(1) in ("atan2", "arctan2"):
            y, x = n, k
            call = f"(2\\arctan\\frac{{{y}}}{{\\sqrt{{({x})^2+({y})^2}}+({x})}})"
        else:
            call = f"\\binom{{{n}}}{{{k}}}"
        text = f"{text[: match.start()]}{call}{text[index:]}"
        position = match.start() + len(call)
    return text


def _scientific(match: re.Match[str]) -> str:
    mantissa, upper, lower = match.groups()
    return _as_power(mantissa.replace(",", ""), upper if upper is not None else lower)


def _as_power(mantissa: str, exponent: str) -> str:
    if mantissa.endswith("."):
        mantissa = mantissa[:-1]
    return f"({mantissa}\\cdot10^{{{int(exponent)}}})"
