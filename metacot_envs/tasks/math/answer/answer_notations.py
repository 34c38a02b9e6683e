r"""Notations for sets, intervals, repeating decimals and matrices, rewritten into the subset.

Each rule is a textual rewrite (nothing is evaluated), linear in the answer's length, and
only ever applies where the text would otherwise be a parse error or plain text, so no
answer that parsed before changes meaning. Decided here:

- French / ISO 31-11 half-open intervals: a reversed bracket is an open end, so ``]1,3]``
  is ``(1,3]``, ``[1,3[`` is ``[1,3)`` and ``]1,3[`` is ``(1,3)``.
- "All real numbers" (``all real numbers``, ``all reals``, ``\text{all real numbers}``, the
  whole answer) is ``(-\infty,\infty)``, as ``\mathbb{R}`` already is; ``\mathbb{R}
  \setminus \{1, 2\}`` with plain numbers is the union of intervals it leaves.
- Repeating decimals: ``0.(3)``, ``0.\dot{3}`` and ``0.\dot{1}4285\dot{7}`` are
  ``0.\overline{3}`` and ``0.\overline{142857}``. A decimal with an ellipsis (``...``,
  ``\ldots``, ``\dots``, ``…``) repeats its last digits when they show a period at least
  twice (``0.333...`` and ``0.1666...`` repeat 3 and 6, ``0.142857142857...`` repeats
  142857); otherwise the ellipsis goes and the decimal is as written (``3.14159...`` is
  ``3.14159``, then the rounding rule applies).
- A list of equally long bracketed rows (``[[1,2],[3,4]]``, also sympy's
  ``Matrix([[1,2],[3,4]])``), the whole answer, is that matrix; sympy's ``Matrix`` of a flat
  list (``Matrix([1, 2, x])``) is its column vector.
- An ordinal suffix after a number goes: ``10^{th}``, ``3^{\text{rd}}``, ``21\text{st}``,
  and a whole answer ``42nd``.
- An angle in degrees and minutes (and seconds), the whole answer, is its number of degrees:
  ``60°15'`` and ``60°15′`` are ``60.25``, ``12°30'45''`` is ``12.5125``; minutes or seconds of
  60 or more leave it as written.
- Union and reals spelled otherwise: a ``U`` between two bracketed intervals or sets
  (``(-inf,3)U(3,inf)``, ``{1,2} U [3,4)``) and ``\bigcup`` are ``\cup``; ``\R`` and ``\Reals`` are
  ``\mathbb{R}``.
- A Python complex literal (``3+4j``, ``(1-2j)``, ``-j``: digits, signs, ``*``, ``/``,
  parentheses, commas and ``j`` only, no ``i``) writes the imaginary unit ``j``: it is ``i``.
- A diagonal matrix by its diagonal (``\operatorname{diag}(2, 2, 12)``, ``\mathrm{diag}``,
  plain ``diag(1, 2)``; up to :data:`MAX_DIAGONAL` entries) is that matrix written out.
- A congruence ending in its modulus (``(n+2)(n+4) \equiv 4 \cdot 6 \equiv 3 \pmod{7}``,
  ``x \equiv 3 \ (\mathrm{mod}\ 7)``, ``3 \bmod 7``) states its last side, the residue:
  the answer to a remainder question. A modulus in the middle (``17 \bmod 5 = 2``) is an
  operation and stays.
- A point named by a capital letter before its coordinates (``I(1;1)``, ``A(2, -3)``, ``M_1(0;
  5)``, as school geometry writes it) is its coordinates; ``C`` and ``P`` stay, being also
  combinations and permutations (``C(5, 2)``).
- The reals less some points, spelled in words or typed: ``all real numbers except 3`` (also
  ``but``, ``other than``, ``apart from``, ``excluding``; numbers joined by commas, ``and`` or
  ``or``, or ``x = 3``) and ``R \ {3}``, ``ℝ∖{3}``, ``\mathbb{R} \backslash \{3\}`` (the
  whole answer) are ``\mathbb{R} \setminus \{3\}``, the union of intervals it leaves.
- Set-builder notation for one variable (``\{x \mid x > 2\}``, ``\{x : x > 2\}``,
  ``\{x | x > 2\}``, ``\{x \in \mathbb{R} \mid x > 2\}``, ``{x | x > 2}`` typed with bare
  braces; the whole answer) is its condition, which then compares as the interval it
  describes. A condition that opens by naming the reals as the domain
  (``\{x \mid x \in \mathbb{R}, x > 2\}``) is the rest of it; another domain stays.
"""

from __future__ import annotations

import re
from fractions import Fraction

from metacot_envs.tasks.math.answer.bracket_items import top_level_split

_NUMBER = r"-?\d+(?:\.\d+)?(?:/\d+)?"
REALS_IN_WORDS = (
    r"(?:the\s+set\s+of\s+)?(?:all|any)\s+real\s*(?:numbers?|values?|s)?"
    r"(?:\s*,?\s*(?:except|but|other\s+than|apart\s+from|excluding)\s+(?:for\s+)?"
    rf"(?:[a-z]\s*=\s*)?({_NUMBER}(?:\s*(?:,|,?\s*and|,?\s*or)\s*(?:[a-z]\s*=\s*)?{_NUMBER}){{0,9}}))?"
)
"""the reals in words, perhaps less up to ten numbers (``all real numbers``, ``all reals except
x = 1 and x = -1``; the numbers are group 1), for a case-insensitive pattern"""
ALL_REALS = re.compile(rf"(?i)^\s*(?:\\text\s*\{{\s*)?{REALS_IN_WORDS}\s*\.?\s*(?:\}}\s*)?\.?\s*$")
"""the whole answer the reals in words (:data:`REALS_IN_WORDS`), in a ``\\text`` or not"""
_EXCEPTED_SEPARATOR = re.compile(r"\s*(?:,|,?\s*\band\b|,?\s*\bor\b)\s*(?:[a-z]\s*=\s*)?")
_TYPED_REALS_MINUS = re.compile(
    r"^\s*(?:R|ℝ|\\mathbb\s*\{?\s*R\s*\}?)\s*(?:\\setminus|\\backslash|∖|\\)?\s*"
    rf"\\?\{{\s*({_NUMBER}(?:\s*,\s*{_NUMBER}){{0,9}})\s*\\?\}}\s*$"
)
"""the reals less some numbers, the whole answer, the set minus typed as a backslash (whose
space LaTeX reads as a control space: ``R \\ {3}`` arrives as ``R  {3}``) or as ``∖``"""
_REALS_MINUS_POINTS = re.compile(
    r"\(-\\infty,\\infty\)\s*\\(?:setminus|backslash)\s*\\\{([-+0-9./,\s]{1,200})\\\}"
)
_ELLIPSIS_DECIMAL = re.compile(
    r"(?<![0-9.])([0-9]*)\.([0-9]{1,80})\s*(?:\.\.\.|…|\\[lc]?dots\b(?:\s*\{\s*\})?)"
)
_ELLIPSIS_DECIMAL_COMMA = re.compile(
    r"(?<![0-9.,])([0-9]+),([0-9]{1,80})\s*(?:\.\.\.|…|\\[lc]?dots\b(?:\s*\{\s*\})?)"
)
"""the same with a decimal comma (``0,333…``): no list item ends in an ellipsis glued to its
digits; after another comma or a point (``1,2,3...``) it is a sequence"""
_PARENTHESIZED_PERIOD = re.compile(r"(?<![0-9.])([0-9]+)\.([0-9]{0,40})\(([0-9]{1,40})\)")
_DOTTED_PERIOD = re.compile(
    r"(?<![0-9.,])([0-9]*)[.,]([0-9]{0,40})\\dot\s*\{?([0-9])\}?"
    r"(?:([0-9]{0,40})\\dot\s*\{?([0-9])\}?)?"
)
"""a period marked by dots over its first and last digits, after a decimal point or a decimal
comma (``0.\\dot{3}``, ``0,\\dot{2}\\dot{1}``: no list item is a dotted period)"""
_NESTED_LIST = re.compile(r"^\s*(Matrix\s*\(\s*)?\[\s*(\[[^\[\]]*\](?:\s*,\s*\[[^\[\]]*\])*)\s*\]")
_ROW = re.compile(r"\[([^\[\]]*)\]")
_BRACED_ORDINAL = re.compile(
    r"(?<=[0-9])\s*(?:\^\s*)?(?:\{\s*)?(?:\\(?:text|mathrm|textrm)\s*)?\{\s*(?:st|nd|rd|th)\s*\}"
    r"(?:\s*\})?(?![A-Za-z])"
)
_CARET_ORDINAL = re.compile(r"(?<=[0-9])\s*\^\s*(?:st|nd|rd|th)(?![A-Za-z])")
_PLAIN_ORDINAL = re.compile(r"^\s*([0-9]+)(?:st|nd|rd|th)\s*$")
_LETTER_U_UNION = re.compile(r"(?<=[\)\]}])\s*(?:U|[Uu]nion)\s*(?=[\(\[{]|\\\{)")
"""a union written as the letter U or the word between two intervals or sets (``(1,2) U
(3,4)``, ``[5,\\infty) union (-\\infty,2]``); a lowercase ``u`` may be a variable's factor,
so it is a union only between two bracketed pairs (:data:`_LOWER_U_UNION`)"""
_LOWER_U_UNION = re.compile(
    r"([\(\[][^()\[\]]{1,40},[^()\[\]]{1,40}[\)\]])\s*u\s*"
    r"(?=[\(\[][^()\[\]]{1,40},[^()\[\]]{1,40}[\)\]])"
)
"""a lowercase ``u`` between two intervals (``(-Infinity,0)u(2,Infinity)``, as WeBWorK writes
the union): two bracketed pairs have no product with a variable between them"""
_UNION_AND_REALS_ALIASES = re.compile(r"\\(?:bigcup|R|Reals)(?![A-Za-z])")
_REALS = r"(?:\\mathbb\s*\{?\s*R\s*\}?|R|ℝ)"
_SET_BUILDER = re.compile(
    r"^\s*(\\?)\{\s*([A-Za-z])(?:\s*(?:\\in|∈)\s*" + _REALS + r")?\s*"
    r"(?:\\mid|\\vert|\||:|\\colon)\s*((?:[^{}]|\\mathbb\s*\{\s*R\s*\}){1,400}?)\s*\1\}\s*$"
)
"""a whole answer in set-builder notation for one real variable: ``\\{x \\mid x > 2\\}``, with
the variable's domain named (``\\{x \\in \\mathbb{R} : x > 2\\}``) or with the braces typed
bare (``{x | x<2}``, where a bar cannot open an absolute value, the condition naming ``x``)"""
_DOMAIN_FIRST = re.compile(
    r"\s*([A-Za-z])\s*(?:\\in|∈)\s*"
    + _REALS
    + r"\s*(?:,|;|\\land|\\wedge|\\text\s*\{\s*and\s*\})\s*"
)
"""a set-builder condition that opens by naming the variable's domain, the reals
(``k \\in \\mathbb{R},`` of ``\\{k : k \\in \\mathbb{R}, -3 \\le k < 2\\}``)"""
_MODULUS_AT_END = re.compile(
    r"(?:\\pmod\s*(?:\{[^{}]{1,40}\}|\w{1,20})"
    r"|\(\s*\\?(?:bmod|mod|text\s*\{\s*mod\s*\}|mathrm\s*\{\s*mod\s*\})\s*(?:\{[^{}]{1,40}\}|\w{1,20})\s*\)"
    r"|\\(?:bmod|mod)\s*(?:\{[^{}]{1,40}\}|\w{1,20}))\s*(?:\.\s*)?$"
)
"""a modulus closing the answer: ``\\pmod{7}``, ``(\\mod 7)``, ``(mod 7)``, ``\\bmod 7``"""
_NAMED_POINT = re.compile(
    r"(?<![A-Za-z\\_^{])[A-BD-OQ-Z](?:_\{?\w{1,3}\}?|'{1,2})?\s*"
    r"(?=\(\s*[-+]?\d[\d.,/]*\s*[;,]\s*[-+]?\d)"
)
"""a point's name right before its numeric coordinates"""
_PYTHON_COMPLEX = re.compile(r"[0-9.+\-*/(),\sj]+")
_OPENING_CONTEXT = ("", "=", ",", ";", "{", "\\cup", "\\cap", "\\in", "(")
_CLOSING_CONTEXT = ("", ",", ";", "}", ".", "\\cup", "\\cap", ")")
MAX_PERIOD = 40


def rewrite_notations(text: str) -> str:
    """``text`` with the notations above in the parser's subset (see the module docstring)."""
    if ("eal" in text or "EAL" in text) and (reals := ALL_REALS.match(text)) is not None:
        if reals.group(1) is None:
            return "(-\\infty,\\infty)"
        points = _EXCEPTED_SEPARATOR.split(reals.group(1).strip())
        return f"\\mathbb{{R}}\\setminus\\{{{', '.join(points)}\\}}"
    if "{" in text and (minus := _TYPED_REALS_MINUS.match(text)) is not None:
        return f"\\mathbb{{R}}\\setminus\\{{{minus.group(1)}\\}}"
    if "\\bigcup" in text or "\\R" in text:
        text = _UNION_AND_REALS_ALIASES.sub(
            lambda m: "\\cup " if m.group() == "\\bigcup" else "\\mathbb{R}", text
        )
    if "j" in text and _PYTHON_COMPLEX.fullmatch(text):
        text = text.replace("j", "i")
    if "U" in text or "nion" in text:
        text = _LETTER_U_UNION.sub(lambda _: "\\cup ", text)
    if "u" in text and "," in text:
        text = _LOWER_U_UNION.sub(lambda match: f"{match.group(1)}\\cup ", text)
    if text.lstrip().startswith(("\\{", "{")):
        builder = _SET_BUILDER.match(text)
        if builder is not None and builder.group(2) in builder.group(3):
            text = builder.group(3)
            domain = _DOMAIN_FIRST.match(text)
            if domain is not None and domain.group(1) == builder.group(2):
                text = text[domain.end() :]
    if "\\dot" in text:
        text = _DOTTED_PERIOD.sub(_dotted_period, text)
    if "." in text:
        if "(" in text:
            text = _PARENTHESIZED_PERIOD.sub(r"\1.\2\\overline{\3}", text)
        if "." in text or "dots" in text or "…" in text:
            text = _ELLIPSIS_DECIMAL.sub(_ellipsis_decimal, text)
    if "," in text and ("..." in text or "dots" in text or "…" in text):
        text = _ELLIPSIS_DECIMAL_COMMA.sub(_ellipsis_decimal, text)
    if "mod" in text:
        text = _congruence_residue(text)
    if "(" in text:
        text = _NAMED_POINT.sub("", text)
    if "diag" in text:
        text = _diagonal_matrices(text)
    if "[[" in text.replace(" ", "") and "]" in text:
        text = _nested_list_as_matrix(text)
    elif "Matrix" in text:
        text = _sympy_column_vector(text)
    if "]" in text or "[" in text:
        text = _iso_intervals(text)
    if "st" in text or "nd" in text or "rd" in text or "th" in text:
        text = _BRACED_ORDINAL.sub("", text)
        text = _CARET_ORDINAL.sub("", text)
        text = _PLAIN_ORDINAL.sub(r"\1", text)
    return text


_DEGREES_MINUTES = re.compile(
    r"\s*(-?)(\d{1,3}(?:\.\d+)?)\s*\^\s*\{?\s*\\circ\s*\}?\s*(\d{1,2}(?:\.\d+)?)\s*(?:'(?!'))?"
    r"(?:\s*(\d{1,2}(?:\.\d+)?)\s*(?:''|\"))?\s*"
)
"""an angle in degrees and minutes, perhaps seconds: ``60°15'``, ``60°15′``, ``12°30'45''``, and
``60°15`` with the minutes' mark left off"""


def degrees_and_minutes(text: str) -> str:
    """A whole answer that is an angle in degrees and minutes as its number of degrees
    (``60°15'`` is ``(241/4)``, degrees sign already ``^\\circ``); other text, and an angle whose
    minutes or seconds are not below 60, as written."""
    angle = _DEGREES_MINUTES.fullmatch(text)
    if angle is None:
        return text
    sign, degrees, minutes, seconds = angle.groups()
    if Fraction(minutes) >= 60 or (seconds is not None and Fraction(seconds) >= 60):
        return text
    value = Fraction(degrees) + Fraction(minutes) / 60 + Fraction(seconds or 0) / 3600
    return f"{sign}{_plain_number(value)}"


def reals_minus_points(text: str) -> str:
    """``(-\\infty,\\infty) \\setminus \\{1, 2\\}`` (plain numbers) as the union it leaves."""
    if "\\setminus" not in text and "\\backslash" not in text:
        return text
    return _REALS_MINUS_POINTS.sub(_union_without_points, text)


def _union_without_points(match: re.Match[str]) -> str:
    try:
        points = sorted({Fraction(item.strip()) for item in match.group(1).split(",")})
    except (ValueError, ZeroDivisionError):
        return match.group()
    texts = {point: _plain_number(point) for point in points}
    bounds = ["-\\infty", *(texts[p] for p in points), "\\infty"]
    return "\\cup".join(f"({low},{high})" for low, high in zip(bounds, bounds[1:], strict=False))


def _plain_number(value: Fraction) -> str:
    if value.denominator == 1:
        return str(value.numerator)
    return f"({value.numerator}/{value.denominator})"


def _dotted_period(match: re.Match[str]) -> str:
    """``0.\\dot{3}`` repeats 3; ``0.\\dot{1}4285\\dot{7}`` repeats 142857."""
    whole, fixed, first, middle, last = match.groups()
    period = first + (middle or "") + (last or "")
    return f"{whole}.{fixed}\\overline{{{period}}}"


def _ellipsis_decimal(match: re.Match[str]) -> str:
    whole, digits = match.group(1), match.group(2)
    for period in range(1, min(MAX_PERIOD, len(digits) // 2) + 1):
        block = digits[-period:]
        if digits[-2 * period : -period] != block:
            continue
        fixed = digits
        while fixed.endswith(block):
            fixed = fixed[:-period]
        return f"{whole}.{fixed}\\overline{{{block}}}"
    return f"{whole}.{digits}"


MAX_DIAGONAL = 12
"""most entries of a ``diag(...)`` written out as a matrix"""
MAX_DIAGONAL_CALLS = 4
"""most ``diag(...)`` calls in one answer written out"""
_DIAG_CALL = re.compile(
    r"(?:\\(?:operatorname|mathrm|text|rm)\s*\{\s*diag\s*\}|(?<![A-Za-z\\])diag)\s*\("
)


def _diagonal_matrices(text: str) -> str:
    """``diag(a, b)`` as ``\\begin{pmatrix}a&0\\\\0&b\\end{pmatrix}``."""
    out, position = [], 0
    for count, call in enumerate(_DIAG_CALL.finditer(text)):
        if count == MAX_DIAGONAL_CALLS:
            break  # each call scans to its closing parenthesis: a few keep that linear
        if call.start() < position:
            continue
        depth, end = 1, call.end()
        while end < len(text) and depth:
            depth += {"(": 1, ")": -1}.get(text[end], 0)
            end += 1
        entries = [item.strip() for item in top_level_split(text[call.end() : end - 1]) or []]
        if depth or not 1 <= len(entries) <= MAX_DIAGONAL or not all(entries):
            continue
        rows = (
            "&".join(e if i == j else "0" for j in range(len(entries)))
            for i, e in enumerate(entries)
        )
        out.append(text[position : call.start()])
        out.append("\\begin{pmatrix}" + "\\\\".join(rows) + "\\end{pmatrix}")
        position = end
    return "".join(out) + text[position:] if out else text


_SYMPY_COLUMN = re.compile(r"\s*Matrix\s*\(\s*\[([^\[\]]*)\]\s*\)\s*")
"""sympy's column vector: ``Matrix`` of a flat list (``Matrix([1, 2, x])``), the whole answer"""


def _sympy_column_vector(text: str) -> str:
    match = _SYMPY_COLUMN.fullmatch(text)
    if match is None:
        return text
    items = top_level_split(match.group(1))
    if items is None or any(not item.strip() for item in items):
        return text
    return "\\begin{pmatrix}" + "\\\\".join(item.strip() for item in items) + "\\end{pmatrix}"


def _nested_list_as_matrix(text: str) -> str:
    match = _NESTED_LIST.match(text)
    if match is None:
        return text
    rest = text[match.end() :]
    if (rest.strip() != ")") if match.group(1) else rest.strip():
        return text
    rows = [top_level_split(row.group(1)) or [""] for row in _ROW.finditer(match.group(2))]
    if len({len(row) for row in rows}) != 1 or any(not item.strip() for r in rows for item in r):
        return text
    body = "\\\\".join("&".join(item.strip() for item in row) for row in rows)
    return f"\\begin{{pmatrix}}{body}\\end{{pmatrix}}"


def _iso_intervals(text: str) -> str:
    """Reversed brackets as open ends: ``]a,b]``, ``[a,b[``, ``]a,b[`` (one pass)."""
    brackets = [index for index, ch in enumerate(text) if ch in "[]"]
    replaced: dict[int, str] = {}
    for left, right in zip(brackets, brackets[1:], strict=False):
        body = text[left + 1 : right]
        if "(" in body or ")" in body or len(top_level_split(body) or []) != 2:
            continue
        opening, closing = text[left], text[right]
        reversed_open = opening == "]" and _ends_with_context(text[max(0, left - 64) : left], left)
        reversed_close = closing == "[" and _starts_with_context(text[right + 1 : right + 65])
        if not (reversed_open or reversed_close) or left in replaced:
            continue
        if (opening == "]" and not reversed_open) or (closing == "[" and not reversed_close):
            continue
        replaced[left] = "(" if reversed_open else "["
        replaced[right] = ")" if reversed_close else "]"
    if not replaced:
        return text
    return "".join(replaced.get(index, ch) for index, ch in enumerate(text))


def _ends_with_context(before: str, start: int) -> bool:
    """Whether an interval may open after ``before`` (the 64 characters before ``start``)."""
    stripped = before.rstrip()
    if not stripped:
        return start == len(before)
    return any(stripped.endswith(context) for context in _OPENING_CONTEXT if context)


def _starts_with_context(after: str) -> bool:
    after = after.lstrip()
    return not after or any(after.startswith(c) for c in _CLOSING_CONTEXT if c)


def _congruence_residue(text: str) -> str:
    """The residue a congruence ending in its modulus states: its side after the last
    ``\\equiv`` (all of it before the modulus when it has none); ``text`` itself when that
    side holds an ``=`` or is empty."""
    modulus = _MODULUS_AT_END.search(text)
    if modulus is None:
        return text
    head = text[: modulus.start()]
    cut = head.rfind("\\equiv")
    residue = (head[cut + len("\\equiv") :] if cut >= 0 else head).strip()
    return residue if residue and "=" not in residue else text
