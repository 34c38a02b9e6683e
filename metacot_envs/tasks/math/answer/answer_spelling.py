r"""Spelling rules applied to answer text before parsing: number formats and escaping slips.

Each rule is a linear regex rewrite; none evaluates anything.

- Thousands separators: ``10,\!080`` and ``11,\! 111,\! 111,\! 100`` (MATH's spelling),
  ``1 000`` and ``1\ 000`` (groups of exactly three digits after a space) are one number,
  and so is ``1.000.000`` (dots as separators, as in Vietnamese or German): two or more dots,
  each followed by exactly three digits, after a first group of 1-3 digits not starting with
  0. A single dot stays a decimal point (``1.000`` is one), and ``1.000.00`` or ``1.2.3``
  are no number.
  Two numbers side by side that are not such groups (``2 3``) are a parse error, never
  a product (see the grammar).
- Decimal commas: an answer whose every comma sits between digits, unspaced, also has a
  reading with decimal points: ``1,22``, ``1000,99``, ``0,111``, ``y=0,5x+1,5``,
  ``2(x+1,5)``; both readings are kept (``3,5`` is the list 3, 5 and 3.5) and it matches if
  either does. Not when a comma could group thousands (1-3 digits not starting with 0, then
  three: ``1,000``, ``2,000x``) or two numbers alone fill a bracket (``(1,5)``, ``[1,5]``: a
  pair or an interval). ``1.234,56`` (dots grouping thousands, a decimal comma) also reads as
  ``1234.56``.
- Leading zeros before thousands grouping go: ``+0001,000.00`` is ``+1,000.00``.
- Escaping slips: a doubled backslash before a known command (``\\frac``, ``\\le``: text
  escaped twice) is one backslash, and in such a text four backslashes are the row break
  ``\\``; a trailing lone backslash (``185\``) goes; a literal
  ``\n`` (backslash, n) not starting a command is a line break; ``\quadx`` (spacing
  glued to a letter) is ``\quad x``; inside a matrix a single backslash before a number
  is a row break that lost a backslash (``-5\1 & 4``).
- Escapes a string literal ate: in a non-raw Python or JSON string, ``\b`` of ``\boxed`` is a
  backspace, ``\f`` of ``\frac`` a form feed, ``\a`` of ``\alpha`` a bell and ``\v`` of
  ``\vec`` a vertical tab. Such a control character right before a letter is that backslash
  and letter again (``\x08oxed{42}`` is ``\boxed{42}``); these four never stand in text of
  their own. A tab, carriage return or newline is whitespace and stays it (``\t`` of
  ``\text`` is not guessed back).
- Choices and clock times: an answer that opens with a choice label and goes on with the
  option's text (``C. x = 42``, ``(C) 42``, ``C) 42``) is the choice ``C``; a clock time
  with a.m./p.m. (``08:34 \text{P.M.}``) is written on the 24-hour clock (``20:34``). A
  lower-case part label opening the answer goes (``(a) 5`` is ``5``).
- Currency: a currency sign next to a number goes (``€12``, ``12 €``, ``£3.50``, ``¥500``,
  ``₹40``, ``R$ 1.050,00``, ``US$5``, ``EC$70``), as ``\$`` does; so does a currency code
  that opens an answer holding only a number, or a number and a scale word (``S/ 1,050``,
  ``Rp 5000``, ``rp 60 ribu``, ``Rs. 40``, ``RM36.00``, ``USD 1250``; after the number ``1250 USD`` is a
  unit word). ``S/``
  needs a space or a dot after it (``S/2`` is S over 2), and a letter code is never read inside
  an expression.
  The number keeps its own reading, a single dot a decimal point, except in an amount of
  rupiah or dong, currencies written without cents, whose dots group thousands (``Rp 5.000``
  is 5000, ``885.000 đồng`` is 885000).
- Scale words: ``thousand``, ``million``, ``billion``, ``trillion`` and ``dozen`` after a number
  (also in ``\text{}``), Indonesian ``ribu``, ``juta``, ``miliar`` and ``triliun`` (a thousand
  to a trillion), and Chinese ``万`` / ``亿`` glued to one, multiply it
  (``5\text{ million}`` is ``5\cdot 10^{6}``, ``5 dozen`` is ``5\cdot 12``, ``2,5 juta`` is
  2500000, ``3.5万`` is 35000): they are part of the value, not units to drop.
- Unreadable chains: when the grammar cannot read an equation chain whole
  (``1 = \zzz = x = 0``), its last top-level side is the answer.
"""

from __future__ import annotations

import html
import itertools
import re
from fractions import Fraction

_COMMA_BANG_THOUSANDS = re.compile(r"(?<=\d),\s*\\!\s*(?=\d{3}(?!\d))")
_SPACE_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:(?:\s|\\ |~)+\d{3}(?![\d]))+")
_SPACE_INSIDE = re.compile(r"(?:\s|\\ |~)+")
_UNDERSCORE_THOUSANDS = re.compile(r"(?<![\w.{])[1-9]\d{0,2}(?:_\d{3})+(?![\w{])")
"""``1_577_000``: Python's digit grouping in a program's printed literal; a subscript is never
three digits after a number"""
_DOT_THOUSANDS = re.compile(r"(?<![\d.,])[1-9]\d{0,2}(?:\.\d{3}){2,}(?!\d|[.,]\d)")
_THOUSANDS_HEAD = re.compile(r"[1-9]\d{0,2}")
"""the digits before a comma that may group thousands: 1-3, not starting with 0"""
_EUROPEAN_NUMBER = re.compile(r"([-+]?)([1-9]\d{0,2}(?:\.\d{3})+),(\d+)")
"""``1.234,56``: dots grouping thousands and a decimal comma, as most of Europe writes"""
LEADING_DECIMAL_COMMA = re.compile(r"([-+]?),(\d+)")
"""``,5``: a whole answer opening with a decimal comma, its leading zero left out, as ``.5``
leaves it out before a point; no list opens with a comma, so it has no other reading"""
CURRENCY_CODES = (
    "USD EUR GBP INR JPY CNY RMB CAD AUD CHF HKD SGD NZD MYR IDR PHP KRW BRL MXN ZAR NGN KES VND "
    "THB PKR BDT EGP TRY RUB"
).split()
"""ISO currency codes (and ``RMB``) read before an amount (``USD 1250``) and, as unit words,
after one (``9 AUD``)"""
_CURRENCY_SIGNS = "€£¥￥₹₩₽₺₫₱₦₪฿₴₨₵₡₸¢"
_ANY_CURRENCY_SIGN = re.compile(f"[{_CURRENCY_SIGNS}]")
_CURRENCY_BEFORE = re.compile(rf"[{_CURRENCY_SIGNS}]\s*(?=[-+]?\.?\d)")
_DOLLAR_CODE = re.compile(r"(^\s*|[(,;=]\s*)[A-Z]{1,3}\$\s*(?=[-+]?\.?\d)")
"""a dollar with its country letters (``R$``, ``US$``, ``EC$``) right before a number, opening
the text or an item; read only when every ``$`` of the text is such a code (``$x + C$ 5`` is
math)"""
_CURRENCY_AFTER = re.compile(rf"(?<=\d)\s*[{_CURRENCY_SIGNS}](?!\w)")
_ENGLISH_SCALE_WORDS = "thousand|million|billion|trillion|dozen"
"""scale words written after a number, each also with a plural ``s``"""
_INDONESIAN_SCALE_WORDS = "ribu|juta|miliar|triliun"
"""Indonesian scale words after a number (a thousand to a trillion), which take no plural"""
_SCALE_WORD_AFTER_NUMBER = rf"(?:{_ENGLISH_SCALE_WORDS})s?|{_INDONESIAN_SCALE_WORDS}"
SCALE_WORD_AFTER = re.compile(rf"[ \t]+({_SCALE_WORD_AFTER_NUMBER})(?![A-Za-z])")
"""a scale word right after a number in prose (``3 million``, ``2 dozen``, ``5 juta``): part
of the value a sentence states, as it is of a bare answer"""
_CURRENCY_CODE_ANSWER = re.compile(
    r"^\s*(?:S/\.?\s+|S/\.|(?:R[psM]|rp|RP)\.?\s*"
    rf"|(?:{'|'.join(CURRENCY_CODES)})\s*)"
    rf"(?=[-+]?\d[\d.,\s]*(?:(?:{_SCALE_WORD_AFTER_NUMBER})\s*)?$)"
)
"""a currency code opening an answer that is only a number, maybe with a scale word: Peru's
``S/``, ``Rp`` (also ``rp``, ``RP``), ``Rs``, Malaysia's ``RM``, and ISO codes (``USD 1250``,
``MYR 36``)"""
_SCALE_FACTORS = {
    "thousand": "10^{3}",
    "million": "10^{6}",
    "billion": "10^{9}",
    "trillion": "10^{12}",
    "dozen": "12",
    "ribu": "10^{3}",
    "juta": "10^{6}",
    "miliar": "10^{9}",
    "triliun": "10^{12}",
    "万": "10^{4}",
    "亿": "10^{8}",
    "만": "10^{4}",
    "억": "10^{8}",
}
_ANY_SCALE_WORD = re.compile(rf"{_ENGLISH_SCALE_WORDS}|{_INDONESIAN_SCALE_WORDS}|万|亿|만|억")
_SCALE_WORD = re.compile(
    rf"(\d)\s*(?:\\(?:text|mathrm|textrm|mbox)\s*\{{\s*({_ENGLISH_SCALE_WORDS})s?\s*\}}"
    rf"|({_ENGLISH_SCALE_WORDS})s?(?![A-Za-z])|({_INDONESIAN_SCALE_WORDS})(?![A-Za-z])"
    r"|(万|亿|만|억))"
)
"""a scale word after a number: ``5 million``, ``5\\text{ million}``, ``3万``"""
_GROUPED_BEFORE_SCALE = re.compile(
    r"(?<![\d.,])[1-9]\d{0,2}(?:,\d{3})+"
    r"(?=(?:\.\d+)?\s*(?:\\(?:text|mathrm|textrm|mbox)\s*\{\s*)?"
    rf"(?:{_ENGLISH_SCALE_WORDS})s?(?![A-Za-z])|(?:\.\d+)?(?:万|亿|만|억))"
)
"""a comma-grouped number before an English or CJK scale word (``$1,577 million``): one number,
not a list; Indonesian amounts are left alone, their comma being a decimal one (``2,5 juta``)"""
_MATRIX_ROW_SLIP = re.compile(r"(?<!\\)\\(?=\s*[-+]?\d)")
"""a single backslash before a number: a row break ``\\\\`` that lost one backslash to an
escaping slip (``-5\\1 & 4``); read only inside a matrix environment"""
_MATRIX_BODY = re.compile(r"(\\begin\{[pbvBV]?matrix\})(.*?)(\\end\{[pbvBV]?matrix\})", re.S)
_GLUED_DECIMAL_COMMA = re.compile(r"(?<![\d,.])(\d+),(\d+)(?![\d,.])")
_BRACKETED_PAIR = re.compile(
    r"(?:[(\[]|(?<!frac)(?<!sqrt)(?<!\})(?<!\])(?<!\^)\{)\s*[-+]?\d+,\d+\s*\\?[)\]}]"
)
"""two numbers alone filling a bracket (``(1,5)``, ``[1,5]``, ``\\{1,5\\}``): a pair, an interval or
a set, not a decimal comma; a command's argument (``\\frac{1,5}{2,5}``, ``\\sqrt{2,5}``,
``\\sqrt[3]{2,5}``) or an exponent in braces (``x^{0,5}``) is no such bracket"""
_KNOWN_COMMANDS = (
    "frac|dfrac|tfrac|sqrt|left|right|boxed|text|textbf|mathrm|le|leq|ge|geq|lt|gt|ne|neq"
    "|cdot|times|pi|infty|in|cup|approx|pm|mp|circ|begin|end|quad|qquad|dots|ldots"
)
_DOUBLED_BACKSLASH = re.compile(r"(?<!\\)\\\\(?=(?:" + _KNOWN_COMMANDS + r")(?![a-zA-Z]))")
_LITERAL_NEWLINE = re.compile(r"(?<!\\)\\n(?![a-zA-Z])")
_TRAILING_BACKSLASH = re.compile(r"(?<!\\)\\\s*$")
_GLUED_SPACING = re.compile(r"(?<!\\)\\(q?quad)(?=[a-zA-Z])")
_ESCAPED_ROW_BREAK = re.compile(r"(?<!\\)\\{4}(?!\\)")
_LEADING_ZEROS_BEFORE_GROUPS = re.compile(r"(?<![\d.,])0+(?=[1-9]\d{0,2}(?:,\d{3})+(?!\d))")
_CHOICE_LABEL = re.compile(
    r"\s*(?:\(([A-J])\)|([A-J])[.)]|(?:[Oo]ption|[Cc]hoice)\s+\(?([A-J])\)?\s*[:.)]?)\s+\S.*",
    re.DOTALL,
)
_PART_LABEL = re.compile(r"\s*\(([a-h])\)\s+(?=\S)")
"""a lower-case part label opening the answer (``(a) 5``): the part, not a factor"""
_TWELVE_HOUR_TIME = re.compile(r"(\d{1,2}):([0-5]\d)\s*([AaPp])\.?\s*[Mm]\.?")
_ZERO_SECONDS_TIME = re.compile(r"([01]?\d|2[0-3]):([0-5]\d):00")


_EATEN_ESCAPE = re.compile(r"[\x07\x08\x0b\x0c](?=[A-Za-z])")
_EATEN_LETTERS = {"\x07": "\\a", "\x08": "\\b", "\x0b": "\\v", "\x0c": "\\f"}


def restore_eaten_escapes(text: str) -> str:
    r"""``text`` with each bell, backspace, vertical tab or form feed before a letter written as
    the backslash and letter a string escape made it of (``\x0crac`` is ``\frac``)."""
    if not _EATEN_ESCAPE.search(text):
        return text
    return _EATEN_ESCAPE.sub(lambda m: _EATEN_LETTERS[m.group()], text)


def repair_escaping(text: str) -> str:
    """Undo double escaping (``\\\\frac``), literal ``\\n`` and a trailing lone backslash."""
    if "\\" not in text:
        return text
    text, doubled = _DOUBLED_BACKSLASH.subn(r"\\", text)
    if doubled:
        text = _ESCAPED_ROW_BREAK.sub(r"\\\\", text)
    text = _LITERAL_NEWLINE.sub(" ", text)
    text = _GLUED_SPACING.sub(r"\\\1 ", text)
    if "matrix}" in text:
        text = _MATRIX_BODY.sub(
            lambda m: m.group(1) + _MATRIX_ROW_SLIP.sub(r"\\\\", m.group(2)) + m.group(3), text
        )
    return _TRAILING_BACKSLASH.sub("", text)


_HTML_SCRIPT = re.compile(r"<(sup|sub)>([^<>]{1,64})</\1>", re.IGNORECASE)


def html_scripts_as_latex(text: str) -> str:
    """HTML's superscript and subscript tags (``10<sup>-3</sup>``, ``x<sub>1</sub>``), as a web
    form or a renderer writes them, as the exponent and index they are (``10^{-3}``,
    ``x_{1}``)."""
    if "</" not in text:
        return text
    return _HTML_SCRIPT.sub(
        lambda m: ("^{" if m.group(1).lower() == "sup" else "_{") + m.group(2) + "}", text
    )


_HTML_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,7}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
"""an HTML character reference, with its semicolon (``&gt;``, ``&minus;``, ``&#8722;``)"""


def _decoded_entity(match: re.Match[str]) -> str:
    character = html.unescape(match.group())
    # an unknown name stays as written; a reference to a control character stays too, so the
    # control-character check still sees the text as it came
    return character if len(character) == 1 and character.isprintable() else match.group()


def html_entities_decoded(text: str) -> str:
    """HTML's character references (``x &gt; 4``, ``&minus;3``, ``&#8730;2``), as a web form
    or an answer key saved from a page holds them, as the characters they stand for
    (``x > 4``); only references closed by their semicolon."""
    if "&" not in text or ";" not in text:
        return text
    return _HTML_ENTITY.sub(_decoded_entity, text)


_RADIX_LITERAL = re.compile(
    r"(?<![\w.])0(?:x(?P<hex>[0-9A-Fa-f]{1,40}(?:\.[0-9A-Fa-f]{1,20})?)"
    r"|b(?P<binary>[01]{1,160}(?:\.[01]{1,60})?)|o(?P<octal>[0-7]{1,50}(?:\.[0-7]{1,20})?))"
    r"(?![\w.])"
)
"""a programming language's hexadecimal, binary or octal literal (``0x10``, ``0b100.001``,
``0o17``; a lowercase prefix on a zero that starts a token)"""
_RADIX = {"hex": 16, "binary": 2, "octal": 8}


def radix_literals(text: str) -> str:
    """``text`` with each hexadecimal, binary or octal literal written in decimal (``0x10`` is
    ``16``, ``0b100.001`` is ``4.125``: a fraction in these bases ends in decimal too); they
    had read as zero times a name, so ``0x10`` matched ``0x20``."""
    if "0x" not in text and "0b" not in text and "0o" not in text:
        return text
    return _RADIX_LITERAL.sub(_in_decimal, text)


def _in_decimal(match: re.Match[str]) -> str:
    kind = next(name for name in _RADIX if match.group(name) is not None)
    whole, _, fraction = match.group(kind).partition(".")
    base = _RADIX[kind]
    value = Fraction(int(whole, base)) + Fraction(int(fraction or "0", base), base ** len(fraction))
    if value.denominator == 1:
        return str(value.numerator)
    places = 0
    while (value * 10**places).denominator != 1:  # ends: the denominator is a power of 2
        places += 1
    digits = str(value.numerator * 10**places // value.denominator).rjust(places + 1, "0")
    return f"{digits[:-places]}.{digits[-places:]}"


def join_thousands(text: str) -> str:
    """``10,\\!080``, ``1 000``, ``1.000.000`` and ``1_000_000`` as one digit run (call before
    ``\\!`` and spaces go)."""
    if text.count(".") >= 2:
        text = _DOT_THOUSANDS.sub(lambda m: m.group().replace(".", ""), text)
    if ",\\!" in text or ", \\!" in text:
        text = _COMMA_BANG_THOUSANDS.sub("", text)
    if " " in text or "\\ " in text or "~" in text:
        text = _SPACE_THOUSANDS.sub(lambda m: _SPACE_INSIDE.sub("", m.group()), text)
    if "_" in text:
        text = _UNDERSCORE_THOUSANDS.sub(lambda m: m.group().replace("_", ""), text)
    return text


def decimal_comma_reading(normalized: str) -> str | None:
    """The answer read with decimal commas (``1,22`` as ``1.22``, ``y=0,5x+1,5`` as
    ``y=0.5x+1.5``, ``1.234,56`` as ``1234.56``, ``,5`` as ``0.5``) when every comma in it sits between digits,
    unspaced, and none could group thousands (``1,000``, ``2,000x``) or join the two numbers
    alone in a bracket (``(1,5)``); else None."""
    text = normalized.strip()
    leading = LEADING_DECIMAL_COMMA.fullmatch(text)
    if leading is not None:
        return f"{leading.group(1)}0.{leading.group(2)}"
    european = _EUROPEAN_NUMBER.fullmatch(text)
    if european is not None:
        sign, whole, fraction = european.groups()
        return f"{sign}{whole.replace('.', '')}.{fraction}"
    if "," not in text or _BRACKETED_PAIR.search(text):
        return None
    commas = list(_GLUED_DECIMAL_COMMA.finditer(text))
    if len(commas) != text.count(",") or any(map(_could_group_thousands, commas)):
        return None
    return _GLUED_DECIMAL_COMMA.sub(r"\1.\2", text)


def _could_group_thousands(comma: re.Match[str]) -> bool:
    whole, fraction = comma.groups()
    return len(fraction) == 3 and _THOUSANDS_HEAD.fullmatch(whole) is not None


def last_top_level_side(normalized: str) -> str | None:
    """The text after the last ``=`` outside brackets (not ``<=``, ``>=``, ``!=``), or None.

    None too when a list separator (``,`` or ``;`` outside brackets) comes before that ``=``:
    ``x=2, y=4, \\max=12`` is a list, and its last item's value is not the answer."""
    depth, cut, separator = 0, -1, -1
    for index, ch in enumerate(normalized):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "=" and depth == 0 and (index == 0 or normalized[index - 1] not in "<>!"):
            cut = index
        elif ch in ",;" and depth == 0 and separator < 0:
            separator = index
    side = normalized[cut + 1 :].strip() if not 0 <= separator < cut else ""
    return side or None


def top_level_sides(normalized: str) -> list[str] | None:
    """The sides of an equation or chain, split at each ``=`` outside brackets (not ``<=``,
    ``>=``, ``!=``), or None when there is no such ``=`` or a list separator (``,`` or ``;``)
    stands outside brackets: a list is not one chain."""
    depth, cuts = 0, [-1]
    for index, ch in enumerate(normalized):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif depth == 0 and ch in ",;":
            return None
        elif ch == "=" and depth == 0 and normalized[index - 1 : index] not in "<>!":
            cuts.append(index)
    if len(cuts) == 1:
        return None
    cuts.append(len(normalized))
    return [normalized[start + 1 : end].strip() for start, end in itertools.pairwise(cuts)]


def drop_leading_zeros_before_groups(text: str) -> str:
    """``0001,000.00`` as ``1,000.00``, so thousands grouping can be read."""
    return _LEADING_ZEROS_BEFORE_GROUPS.sub("", text) if "," in text else text


_CHOICE_OPTION = re.compile(
    r"\s*(?:(?:\\(?:textbf|text|textrm|mathrm|mathbf)\s*\{\s*)?(?:\([A-J]\)|[A-J][.)])(?:\s*\})?"
    r"|(?:[Oo]ption|[Cc]hoice)\s+\(?[A-J]\)?\s*[:.)]?)(?:\s|\\[ ,;:!]|~)+(?P<text>\S.*)",
    re.DOTALL,
)
"""a choice label and its option's text (``(D) 49``, ``D.\\ a_{11}``, ``\\textbf{(D)}\\ 49``,
``\\text{(C) } \\frac{1}{6}``, ``Option B: 26``)"""
_LONE_CHOICE = re.compile(
    r"\s*(?:\\(?:textbf|text|textrm|mathrm|mathbf)\s*\{\s*)?\(?[A-J]\)?[.)]?(?:\s*\})?\s*"
)
"""a choice label alone (``C``, ``(C)``, ``C.``, ``\\textbf{(C)}``, ``\\text{(C)}``)"""


def choice_options(candidate: str, reference: str) -> tuple[str, str]:
    """The two answers, a labelled choice on one side read as its option's text when the
    other side is neither a choice nor a labelled one: ``(D) 49`` against ``49`` states
    ``49``, and against ``D`` or ``(B) 49`` it stays the choice ``D``."""
    options = _CHOICE_OPTION.match(candidate), _CHOICE_OPTION.match(reference)
    if (options[0] is None) == (options[1] is None):
        return candidate, reference
    if options[0] is not None and not _LONE_CHOICE.fullmatch(reference):
        return options[0].group("text"), reference
    if options[1] is not None and not _LONE_CHOICE.fullmatch(candidate):
        return candidate, options[1].group("text")
    return candidate, reference


def choice_and_clock(text: str) -> str:
    """A labelled choice with its option text as the bare label; a 12-hour time as 24-hour;
    a clock time with zero seconds as hours and minutes (``20:34:00`` is ``20:34``: a ratio
    has no zero term)."""
    choice = _CHOICE_LABEL.fullmatch(text)
    if choice is not None:
        return choice.group(1) or choice.group(2) or choice.group(3)
    if text.lstrip().startswith("(") and (part := _PART_LABEL.match(text)) is not None:
        text = text[part.end() :]
    zero_seconds = _ZERO_SECONDS_TIME.fullmatch(text.strip())
    if zero_seconds is not None:
        return f"{zero_seconds.group(1)}:{zero_seconds.group(2)}"
    time = _TWELVE_HOUR_TIME.fullmatch(text.strip())
    if time is None or not 1 <= int(time.group(1)) <= 12:
        return text
    hour = int(time.group(1)) % 12 + (12 if time.group(3) in "Pp" else 0)
    return f"{hour}:{time.group(2)}"


DOT_GROUPED_THOUSANDS = r"\d{1,3}(?:\.\d{3})+"
"""digits in groups of three after dots (``5.000``, ``1.250.000``)"""
RUPIAH_CODE = r"(?:Rp|rp|RP|IDR)\.?"
"""the rupiah's code before an amount, as typed in any case"""
DONG_WORD = r"(?:đồng|₫|VND|đ)(?![A-Za-z\u00C0-\u1EF9])"
"""the dong's name or sign after an amount"""
_RUPIAH_OR_DONG_AMOUNT = re.compile(
    rf"^\s*(?:{RUPIAH_CODE}\s*({DOT_GROUPED_THOUSANDS})|({DOT_GROUPED_THOUSANDS})\s*{DONG_WORD})\s*$"
)


def drop_currency(text: str) -> str:
    """``text`` without the currency signs and codes next to its numbers. An amount of
    rupiah or dong groups thousands with dots (``Rp 5.000`` is 5000, ``885.000 đồng`` 885000):
    those currencies are written without cents."""
    amount = _RUPIAH_OR_DONG_AMOUNT.match(text)
    if amount is not None:
        return (amount.group(1) or amount.group(2)).replace(".", "")
    if _ANY_CURRENCY_SIGN.search(text):
        text = _CURRENCY_AFTER.sub("", _CURRENCY_BEFORE.sub("", text))
    if "$" in text and len(_DOLLAR_CODE.findall(text)) == text.count("$"):
        text = _DOLLAR_CODE.sub(r"\1", text)
    return _CURRENCY_CODE_ANSWER.sub("", text)  # anchored at the start: fails at once


def apply_scale_words(text: str) -> str:
    """``text`` with each scale word after a number written as a power of ten."""
    if not _ANY_SCALE_WORD.search(text):
        return text
    text = _GROUPED_BEFORE_SCALE.sub(lambda m: m.group().replace(",", ""), text)
    return _SCALE_WORD.sub(_scaled, text)


def _scaled(match: re.Match[str]) -> str:
    word = next(group for group in match.groups()[1:] if group)
    return f"{match.group(1)}\\cdot {_SCALE_FACTORS[word]}"


_MAGNITUDE_SUFFIXES = {"k": 3, "K": 3, "M": 6, "MM": 6, "mn": 6, "B": 9, "bn": 9, "T": 12}
_SUFFIXED_AMOUNT = re.compile(
    r"\(?(?:\\?\$|[€£])?([-+]?)(?:\\?\$|[€£])?"
    r"([1-9]\d{0,2}(?:,\d{3})+|\d+)(\.\d+)?(k|K|MM|M|mn|bn|B|T)\)?"
)
"""an answer that is one amount with a magnitude suffix glued to it, as finance writes them
(``17k``, ``$1.5M``, ``1.4MM``, ``2bn``, ``0.5T``)"""
_SPACED_SUFFIX = re.compile(r"\d\s+[A-Za-z]")
"""a letter after a number and a space: a unit, never a magnitude suffix"""
_LONGEST_SUFFIXED_AMOUNT = 40
"""characters of the longest answer read as a suffixed amount (no amount is longer)"""


def magnitude_suffix_reading(text: str) -> str | None:
    """``text`` as the number its magnitude suffix scales (``17k`` is ``17\\cdot 10^{3}``), or
    None. Only a whole answer of one amount, and only as a second reading: ``300K`` keeps its
    reading as 300 kelvin and ``5M`` as 5 molar."""
    text = text.strip()
    if len(text) > _LONGEST_SUFFIXED_AMOUNT or not (text[-1:].isalpha() or text[-1:] == ")"):
        return None
    if _SPACED_SUFFIX.search(text):
        return None  # "5 K", "1.5 M": a unit after a space, not a suffix
    # the other spaces go first: the pattern then has no two optional runs that could share them
    amount = _SUFFIXED_AMOUNT.fullmatch("".join(text.split()))
    if amount is None:
        return None
    sign, digits, decimals, suffix = amount.groups()
    power = _MAGNITUDE_SUFFIXES[suffix]
    return f"{sign}{digits.replace(',', '')}{decimals or ''}\\cdot 10^{{{power}}}"
