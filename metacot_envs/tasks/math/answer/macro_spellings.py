r"""Other spellings of the same LaTeX: TeX's own primitives and the ``physics`` package.

(More spacing commands, ``\enspace`` to ``\negthinspace``, ``\strut``, ``\bigm|`` and
amsmath's ``\uproot{2}``, are dropped with the other spacing in :mod:`latex_normalize`.)

Each rule is a textual rewrite into the spelling the rest of the normalizer already reads,
linear in the answer's length (brace groups are matched once per rewrite, at most
:data:`MAX_OVER_ROUNDS` rounds for nested ``\over``). Decided here:

- TeX's infix fraction: ``{a+b \over c}`` is ``\frac{a+b}{c}``, within the innermost braces
  around the ``\over``, or the whole answer when no braces enclose it (``1 \over 2``).
  A group holding two ``\over`` at one level is a TeX error and stays as written.
- The ``physics`` package's macros are what they typeset: ``\abs{x}`` is ``|x|``,
  ``\norm{v}`` is ``\|v\|``, ``\dd x`` and ``\dd{x}`` are ``\mathrm{d}x``,
  ``\dv{f}{x}`` is ``\frac{\mathrm{d}f}{\mathrm{d}x}`` and ``\pdv{f}{x}`` is
  ``\frac{\partial f}{\partial x}`` (``\dv[2]{f}{x}`` and ``\pdv[2]{u}{t}`` put the order on
  both ``d``/``\partial``; ``\pdv{f}{x}{y}`` is the mixed second derivative), ``\grad`` is
  ``\nabla``, and the bra-ket macros ``\ket{\psi}``, ``\bra{\phi}``, ``\braket{\phi|\psi}``
  are ``|\psi\rangle``, ``\langle\phi|``, ``\langle\phi|\psi\rangle`` (one argument:
  ``\langle\psi|\psi\rangle``); its brackets ``\pqty{a}``, ``\bqty{a}``, ``\Bqty{a}``,
  ``\vqty{a}`` are ``(a)``, ``[a]``, ``\{a\}``, ``|a|``, its ``\comm{A}{B}`` is ``[A,B]`` and
  ``\acomm``/``\pb`` are ``\{A,B\}``, and its ``\cross`` and ``\vdot`` are ``\times`` and
  ``\cdot``. ``\div`` and ``\curl`` are not read the physics way: plain LaTeX's ``\div`` is
  the division sign.
- Plain TeX's root: ``\root 3 \of {x}`` is ``\sqrt[3]{x}``.
- A negated relation written with ``\not``: ``\not\in`` is ``\notin`` and ``\not=`` is
  ``\neq``.
- ``\operatorname*{...}`` (limits below) is ``\operatorname{...}``.
- ``\rightarrow`` is ``\to`` (one arrow, two names), and the other names in
  :data:`SYNONYMS` are the signs they name (``\dotsc`` is ``\ldots``, ``\centerdot`` is
  ``\cdot``).
- The ``siunitx`` package's macros are what they typeset (:func:`siunitx_spelled_out`, read
  before units are compared): ``\\num{10000}`` is ``10000``, with siunitx's own reading of its
  number (``1.5e3`` is ``1.5\\times10^{3}``, a comma is the decimal marker: ``\\num{1,5}`` is
  ``1.5``); ``\\SI{9.8}{m/s^2}`` and ``\\qty{9.8}{m/s^2}`` are ``9.8\\text{ m/s^2}``; ``\\si{m}``
  and ``\\unit{m}`` are ``\\text{ m}``; ``\\ang{30}`` is ``30^{\\circ}``. A unit spelled in
  siunitx's unit macros (``\\kilo\\metre``) is dropped, as a unit on one side is. ``\\qty`` with
  one argument is the physics package's bracket and stays.
- Three full stops spaced apart (``. . .``) are the ellipsis ``\\ldots``.
- A font or text macro without braces takes the one character after it, as TeX reads it:
  ``\mathrm dx`` is ``\mathrm{d}x`` (a roman differential), ``\textbf a`` is ``\textbf{a}``,
  ``c_{\mathrm p}`` is ``c_{\mathrm{p}}``; a group holding only a font macro and its argument
  is that macro and argument (``{\mathbb R}^n`` is ``\mathbb{R}^n``).
"""

from __future__ import annotations

import re

from metacot_envs.tasks.math.answer.answer_spans import matching_braces
from metacot_envs.tasks.math.answer.budget import Budget

MAX_OVER_ROUNDS = 8
"""nesting levels of ``\\over`` rewritten; deeper ones stay as written"""

_OVER = re.compile(r"\\over(?![a-zA-Z])")
_PHYSICS_MACRO = re.compile(
    r"\\(abs|norm|dd|dv|pdv|ket|bra|braket|pqty|bqty|Bqty|vqty|comm|acomm|pb)\*?(?![a-zA-Z])"
)
_PHYSICS_OPERATOR = re.compile(r"\\(cross|vdot)(?![a-zA-Z])")
_ORDER = re.compile(r"\s*\[\s*([0-9a-zA-Z]{1,3})\s*\]")
_RIGHTARROW = re.compile(r"\\rightarrow(?![a-zA-Z])")
_GRAD = re.compile(r"\\grad(?![a-zA-Z])")
_SPACED_ELLIPSIS = re.compile(r"(?<![.\d])\.[ \t]+\.[ \t]+\.(?![.\d])")
"""three full stops spaced apart (``b_1, . . . , b_n``, as OCR of typeset ``\\ldots`` gives it)"""
_ONE_TOKEN = re.compile(r"\s*(\\[a-zA-Z]+|[0-9a-zA-Z])")
_ROOT_OF = re.compile(r"\\root\s*([^{}\\]{1,20}?)\s*\\of(?![a-zA-Z])")
_NEGATED_RELATION = re.compile(
    r"\\not\s*(\\in(?![a-zA-Z])|=|\\exists(?![a-zA-Z])|∃"
    r"|\\to(?![a-zA-Z])|\\rightarrow(?![a-zA-Z]))"
)
_NEGATED = {
    "\\in": "\\notin ", "=": "\\neq ", "\\exists": "\\nexists ", "∃": "\\nexists ",
    "\\to": "\\nrightarrow ", "\\rightarrow": "\\nrightarrow ",
}  # fmt: skip
"""a sign ``\\not`` strikes through and the sign that names the pair"""
_MOST_ARGUMENTS = {"dv": 2, "pdv": 3, "comm": 2, "acomm": 2, "pb": 2}
"""braced arguments a physics macro takes at most (others take one): a group after them is
not theirs (``\\abs{x}{}^2``)"""
SYNONYMS = {
    "centerdot": "\\cdot ", "cdotp": "\\cdot ", "ldotp": ".",
    "dotsc": "\\ldots ", "dotso": "\\ldots ", "dotsb": "\\ldots ", "dotsm": "\\ldots ",
    "dotsi": "\\ldots ", "dots": "\\ldots ", "cdots": "\\ldots ",
    "lparen": "(", "rparen": ")", "lnot": "\\neg ", "rm": "\\mathrm",
    "bf": "\\mathbf", "cal": "\\mathcal", "pmb": "\\boldsymbol", "colon": ":",
    "gets": "\\leftarrow ", "owns": "\\ni ", "circledot": "\\odot ",
}  # fmt: skip
"""other names of one sign: the dots amsmath picks by context (``\\dotsc`` between commas is
``\\ldots``, ``\\dotsb`` between operators ``\\cdots``), which all read as one ellipsis
(``1+2+\\cdots+n`` is ``1+2+\\ldots+n``), the centred dot's other names, plain TeX's
``\\gets``, ``\\owns``, ``\\lnot`` and font switches ``\\rm``, ``\\bf`` and ``\\cal`` (``{\\bf R}`` is
``\\mathbf{R}``), amsmath's poor man's bold ``\\pmb`` (``\\boldsymbol``), the punctuation colon
``\\colon`` of ``f\\colon A \\to B``, ``\\lparen`` and ``\\rparen``, and MathQuill's ``\\circledot``"""
_SYNONYM = re.compile(r"\\(" + "|".join(sorted(SYNONYMS, key=len, reverse=True)) + r")(?![a-zA-Z])")
_FONT_MACROS = "mathrm|mathbf|mathit|mathsf|mathbb|mathcal|mathfrak|boldsymbol|bm"
"""macros that set their argument in a font (a regex alternation)"""
_BRACELESS_FONT = re.compile(rf"\\({_FONT_MACROS}|textrm|textbf|textit|text|mbox)\s+([0-9a-zA-Z])")
"""a font or text macro whose argument is the one character after it (``\\textbf a``)"""
_GROUPED_FONT = re.compile(
    rf"(?<![A-Za-z}}\]_^])(?<![_^]\s)\{{\s*\\({_FONT_MACROS})\s*\{{([^{{}}]{{1,40}})\}}\s*\}}"
)
"""a group holding only a font macro and its argument (``{\\mathbb{R}}``, what plain TeX's
``{\\bf R}`` and ``{\\mathbb R}`` become above): that macro and argument; a group that is an
argument (right after a command, a closing brace or bracket: ``\\boxed{\\mathbf{5}}``) or a
script (``_{\\mathrm{ML}}``) stays"""


def rewrite_macro_spellings(text: str, budget: Budget) -> str:
    """``text`` with the spellings in the module docstring rewritten; other text as it is."""
    if ". ." in text:
        text = _SPACED_ELLIPSIS.sub(r"\\ldots ", text)
    if "\\" not in text:
        return text
    if "\\over" in text:
        text = _infix_fractions(text, budget)
    if _SYNONYM.search(text):
        text = _SYNONYM.sub(lambda m: SYNONYMS[m.group(1)], text)
    if "\\m" in text or "\\t" in text or "\\b" in text:
        text = _BRACELESS_FONT.sub(r"\\\1{\2}", text)
        if "{" in text:
            text = _GROUPED_FONT.sub(r"\\\1{\2}", text)
    if "rightarrow" in text:
        text = _RIGHTARROW.sub(r"\\to ", text)
    if "\\grad" in text:
        text = _GRAD.sub(r"\\nabla ", text)
    if "\\cross" in text or "\\vdot" in text:
        text = _PHYSICS_OPERATOR.sub(
            lambda m: "\\times " if m.group(1) == "cross" else "\\cdot ", text
        )
    if "\\root" in text:
        text = _ROOT_OF.sub(lambda m: f"\\sqrt[{m.group(1).strip()}]", text)
    if "\\not" in text:
        text = _NEGATED_RELATION.sub(lambda m: _NEGATED[m.group(1)], text)
    if "\\operatorname*" in text:
        text = text.replace("\\operatorname*", "\\operatorname")
    if _PHYSICS_MACRO.search(text):
        text = _physics_macros(text, budget)
    return text


def _closing_braces(text: str, budget: Budget) -> dict[int, int]:
    budget.tick(len(text) // 16 + 1)
    return matching_braces(text)


def _infix_fractions(text: str, budget: Budget) -> str:
    for _ in range(MAX_OVER_ROUNDS):
        rewritten = _innermost_over(text, budget)
        if rewritten == text:
            return text
        text = rewritten
    return text


def _innermost_over(text: str, budget: Budget) -> str:
    """One ``\\over`` whose enclosing group holds no other brace group with an ``\\over``."""
    closing = _closing_braces(text, budget)
    opening = {close: open_ for open_, close in closing.items()}
    stack: list[int] = [-1]  # -1: the whole answer
    overs: dict[int, list[int]] = {}
    index = 0
    while index < len(text):
        char = text[index]
        if char == "{" and index in closing:
            stack.append(index)
        elif char == "}" and index in opening and len(stack) > 1:
            stack.pop()
        elif char == "\\" and _OVER.match(text, index):
            overs.setdefault(stack[-1], []).append(index)
            index += len("\\over")
            continue
        elif char == "\\":
            index += 1  # an escaped character, such as \{, is not a brace
        index += 1
    for group, positions in sorted(overs.items(), key=lambda item: -item[0]):
        if len(positions) != 1:
            continue
        start, end = (group + 1, closing[group]) if group >= 0 else (0, len(text))
        inner = text[start:end]
        if any(other > group and other < end for other in overs if other != group):
            continue  # a nested group with its own \over goes first
        at = positions[0] - start
        numerator, denominator = inner[:at].strip(), inner[at + len("\\over") :].strip()
        if not numerator or not denominator:
            return text
        fraction = f"\\frac{{{numerator}}}{{{denominator}}}"
        if group >= 0:
            return text[:group] + fraction + text[end + 1 :]
        return fraction
    return text


def _physics_macros(text: str, budget: Budget) -> str:
    closing = _closing_braces(text, budget)
    pieces: list[str] = []
    index = 0
    for match in _PHYSICS_MACRO.finditer(text):
        budget.tick()
        if match.start() < index:
            continue
        name = match.group(1)
        position = match.end()
        order = None
        if name in ("dd", "dv", "pdv") and (bracket := _ORDER.match(text, position)):
            order, position = bracket.group(1), bracket.end()
        arguments: list[str] = []
        while len(arguments) < _MOST_ARGUMENTS.get(name, 1):
            brace = position
            while brace < len(text) and text[brace] in " \t":
                brace += 1
            if brace < len(text) and text[brace] == "{" and brace in closing:
                arguments.append(text[brace + 1 : closing[brace]])
                position = closing[brace] + 1
            else:
                break
        if name == "dd" and not arguments:
            token = _ONE_TOKEN.match(text, position)
            if token is not None:
                arguments.append(token.group(1))
                position = token.end()
        replacement = _typeset(name, order, arguments)
        if replacement is None:
            continue
        pieces.append(text[index : match.start()])
        pieces.append(replacement)
        index = position
    pieces.append(text[index:])
    return "".join(pieces)


def _typeset(name: str, order: str | None, arguments: list[str]) -> str | None:
    """What a physics macro with these arguments typesets, in plain LaTeX; ``None``: unread."""
    power = f"^{{{order}}}" if order else ""
    if name == "abs" and len(arguments) == 1:
        return f"|{arguments[0]}|"
    if name == "norm" and len(arguments) == 1:
        return f"\\|{arguments[0]}\\|"
    if name == "ket" and len(arguments) == 1:
        return f"|{arguments[0]}\\rangle "
    if name == "bra" and len(arguments) == 1:
        return f"\\langle {arguments[0]}|"
    if name == "braket" and len(arguments) == 1:
        inside = arguments[0] if "|" in arguments[0] else f"{arguments[0]}|{arguments[0]}"
        return f"\\langle {inside}\\rangle "
    brackets = {"pqty": ("(", ")"), "bqty": ("[", "]"), "Bqty": ("\\{", "\\}"), "vqty": ("|", "|")}
    if name in brackets and len(arguments) == 1:
        opening, closing = brackets[name]
        return f"{opening}{arguments[0]}{closing}"
    if name in ("comm", "acomm", "pb") and len(arguments) == 2:
        opening, closing = ("[", "]") if name == "comm" else ("\\{", "\\}")
        return f"{opening}{arguments[0]},{arguments[1]}{closing}"
    if name == "dd" and len(arguments) == 1:
        return f"\\mathrm{{d}}{power} {arguments[0]}"
    if name in ("dv", "pdv") and 1 <= len(arguments) <= 3:
        d = "\\mathrm{d}" if name == "dv" else "\\partial"
        if len(arguments) == 1:
            return f"\\frac{{{d}{power}}}{{{d} {arguments[0]}{power}}}"
        if len(arguments) == 3:
            if name == "dv" or order:
                return None
            function, first, second = arguments
            return f"\\frac{{{d}^{{2}} {function}}}{{{d} {first} {d} {second}}}"
        function, variable = arguments
        return f"\\frac{{{d}{power} {function}}}{{{d} {variable}{power}}}"
    return None


_SIUNITX_NUMBER = re.compile(r"\\num\s*\{([^{}\\]{1,40})\}")
_SIUNITX_QUANTITY = re.compile(r"\\(?:SI|qty)\s*\{([^{}\\]{1,40})\}\s*\{([^{}]{0,60})\}")
_SIUNITX_UNIT = re.compile(r"\\(?:si|unit)\s*\{([^{}]{0,60})\}")
_SIUNITX_ANGLE = re.compile(r"\\ang\s*\{([^{}\\;]{1,40})\}")
_SIUNITX_EXPONENT = re.compile(r"(?<=\d)\s*[eE]\s*([-+]?\d{1,4})$")
_SIUNITX_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d)")
_PLAIN_DECIMAL = re.compile(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)")


def siunitx_spelled_out(text: str) -> str:
    """``text`` with the ``siunitx`` macros of the module docstring written out."""
    if "\\" not in text or not any(
        name in text for name in ("\\num", "\\SI", "\\qty", "\\si", "\\unit", "\\ang")
    ):
        return text
    text = _SIUNITX_QUANTITY.sub(
        lambda m: (
            _siunitx_number(m.group(1), before_unit=True)
            + ("" if "\\" in m.group(2) else f"\\text{{ {m.group(2).strip()}}}")
        ),
        text,
    )
    text = _SIUNITX_NUMBER.sub(lambda m: _siunitx_number(m.group(1)), text)
    text = _SIUNITX_UNIT.sub(
        lambda m: " " if "\\" in m.group(1) else f"\\text{{ {m.group(1).strip()}}}", text
    )
    return _SIUNITX_ANGLE.sub(lambda m: f"{_siunitx_number(m.group(1))}^{{\\circ}}", text)


def _siunitx_number(number: str, before_unit: bool = False) -> str:
    """A siunitx number as plain LaTeX, in braces: ``e`` marks the exponent, a comma the
    decimal; a plain decimal ``before_unit`` goes bare, so the unit reader sees it."""
    number = _SIUNITX_DECIMAL_COMMA.sub(".", number.strip())
    if before_unit and _PLAIN_DECIMAL.fullmatch(number):
        return number
    number = _SIUNITX_EXPONENT.sub(lambda m: f"\\times10^{{{m.group(1)}}}", number)
    return f"{{{number}}}"
