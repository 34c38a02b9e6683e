"""Soundness probe: edits of real answers that change what they state, still judged equal?

Usage: python benchmarks/probe_value_changes.py [--seed 0] [--examples 6] [--extract]

The complement of ``probe_rewrites.py`` (rewrites that keep a value, which ours should accept):
each answer of the peer table (``tests/tasks/math/answer/peer_pairs.jsonl``) gets edits that
usually change what it states: a digit replaced by another, an inequality turned round
(``<`` for ``>``, ``\\le`` for ``\\ge``), a ``+`` made a ``-``, a minus sign dropped, an
interval's bracket swapped (``[`` for ``(``, ``]`` for ``)``), an exponent raised by one, ``x``
renamed ``y``, a fraction turned over, a square root or a ``\\pi`` dropped, a unit swapped for
another (``cm`` for ``mm``), a pair's items or two letters swapped, ``\\sin`` for ``\\cos``,
``\\cup`` for ``\\cap``, ``\\infty`` negated, ``=`` made ``\\neq``, a list's item dropped, the
whole answer negated, ``\\le`` made ``<``, a decimal point moved, a product made a sum, one
added, an interval made a set, an exponent negated, a square root taken, ``a - b`` made
``b - a``, ``f(x)`` renamed ``g(x)``, an inequality's left side put in an absolute value
(``|x + 1| > 2`` for ``x + 1 > 2``), a digit of a number dropped or written twice (``1,34`` and
``1,2234`` for ``1,234``), two different numbers swapped. ``check_equivalent``
judges each edit against its answer (with ``--extract``, both read as the Math env reads a
response first: ``extract_answer``, else the text after its reasoning; an edit that leaves the
answer read unchanged, in prose around it, is counted apart). Printed: how many edits were judged equal, grouped by
edit and by the checker's reason, with examples to read.

An equal verdict is a lead, not a bug: some edits keep the meaning (a digit in a working step
that a chain's last side leaves out, two intervals that still cover every real, an edit inside
text the checker ignores, the decimal places a rounded answer states). The probe found
``-3==x`` matching ``-1==x``, ``2 > 1`` matching ``2 < 1``, ``A = 1872 cm^3`` matching
``A = 1872 cm^2`` and ``2y < 6`` matching ``2x < 6``; its later edits found ``1250 sq mm``
matching ``1250 sq cm``, ``9.81 s/m**2`` matching ``9.81 m/s**2``, ``10 ft, 3 km`` matching
``10 ft, 3 m``, ``\\boxed{10\\text{ mm}}`` matching ``\\boxed{10\\text{ cm}}`` and
``y=0 \\land x=42`` matching ``x=0 \\land y=42``; later ``$x^2/16 + y^2/12 = 1/4$ implies
\\boxed{y^2/4 + y^2/3 = 1}`` matching any conclusion ending in ``= 1``. Many equal verdicts of "swap two letters" are
symmetric expressions (``x + y``), and many of "swap two numbers" a sum's or a product's own
terms; read their groups after a rule changes. "swap two numbers" found ``2 to 6`` matching
``3 to 4``, ``2 over 3`` matching ``3 over 2``, ``Answer: 3  This result uses 7 steps.``
matching ``Answer: 7  This result uses 3 steps.`` (words read as products of letters),
``5C3`` matching ``3C5`` and ``(5,1;3)`` matching ``(1,5;3)``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

from metacot_envs.tasks.math.answer import after_reasoning, check_equivalent, extract_answer

TABLE = Path(__file__).resolve().parent.parent / "tests/tasks/math/answer/peer_pairs.jsonl"
MAX_CHARS = 120
"""longer answers are mostly prose whose edits land in text the checker rightly ignores"""

_TURNED = {"<": ">", ">": "<", "\\le": "\\ge", "\\ge": "\\le", "\\leq": "\\geq", "\\geq": "\\leq"}
_INEQUALITY = re.compile(r"\\[lg]eq?(?![A-Za-z])|(?<![\\<>=a-z/-])[<>](?![=<>/a-z])")
_DIGIT = re.compile(r"\d")
_PLUS = re.compile(r"(?<=[\w})\]])\s*\+\s*(?=[\w\\({])")
_MINUS_SIGN = re.compile(r"(?<![\w})\]])-(?=\d)")
_OPEN_INTERVAL = re.compile(r"(?<![\w\\])\((?=\s*-?[\d\\][^()]*,[^()]*[\])])")
_EXPONENT = re.compile(r"\^(\d)(?!\d)")

Edit = Callable[[str, random.Random], "str | None"]


def _at(pattern: re.Pattern[str], text: str, rng: random.Random) -> re.Match[str] | None:
    found = list(pattern.finditer(text))
    return rng.choice(found) if found else None


def turn_inequality(text: str, rng: random.Random) -> str | None:
    found = _at(_INEQUALITY, text, rng)
    if found is None:
        return None
    return text[: found.start()] + _TURNED[found.group()] + text[found.end() :]


def replace_digit(text: str, rng: random.Random) -> str | None:
    found = _at(_DIGIT, text, rng)
    if found is None:
        return None
    digit = rng.choice([d for d in "0123456789" if d != found.group()])
    return text[: found.start()] + digit + text[found.end() :]


_DIGIT_IN_RUN = re.compile(r"(?<=\d)\d|\d(?=\d)")


def drop_digit(text: str, rng: random.Random) -> str | None:
    """One digit of a run of digits dropped (``1,234`` to ``1,34``, ``2025`` to ``225``)."""
    found = _at(_DIGIT_IN_RUN, text, rng)
    return None if found is None else text[: found.start()] + text[found.end() :]


def repeat_digit(text: str, rng: random.Random) -> str | None:
    """One digit written twice (``1,234`` to ``1,2234``, ``x_1`` to ``x_11``)."""
    found = _at(_DIGIT, text, rng)
    return None if found is None else text[: found.end()] + found.group() + text[found.end() :]


_NUMBER = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")


def swap_numbers(text: str, rng: random.Random) -> str | None:
    """Two different numbers of the answer swapped (``2 to 6`` to ``6 to 2``, ``3x + 5`` to
    ``5x + 3``); a sum's or a product's own terms swapped keep the value, so read its groups."""
    found = list(_NUMBER.finditer(text))
    if len(found) < 2:
        return None
    first, second = sorted(rng.sample(found, 2), key=lambda match: match.start())
    if first.group() == second.group():
        return None
    return (
        text[: first.start()]
        + second.group()
        + text[first.end() : second.start()]
        + first.group()
        + text[second.end() :]
    )


def plus_to_minus(text: str, rng: random.Random) -> str | None:
    found = _at(_PLUS, text, rng)
    return None if found is None else text[: found.start()] + " - " + text[found.end() :]


def drop_minus(text: str, rng: random.Random) -> str | None:
    found = _at(_MINUS_SIGN, text, rng)
    return None if found is None else text[: found.start()] + text[found.end() :]


def close_interval(text: str, rng: random.Random) -> str | None:
    found = _at(_OPEN_INTERVAL, text, rng)
    return None if found is None else text[: found.start()] + "[" + text[found.end() :]


def raise_exponent(text: str, rng: random.Random) -> str | None:
    found = _at(_EXPONENT, text, rng)
    if found is None:
        return None
    return text[: found.start()] + f"^{int(found.group(1)) + 1}" + text[found.end() :]


_FRACTION = re.compile(r"\\frac\{([^{}]+)\}\{([^{}]+)\}")
_LONE_X = re.compile(r"(?<![A-Za-z\\])x(?![A-Za-z])")
_SQRT = re.compile(r"\\sqrt(?=\{)")
_PI = re.compile(r"\\pi(?![A-Za-z])")


def rename_x(text: str, rng: random.Random) -> str | None:
    found = _at(_LONE_X, text, rng)
    return None if found is None else text[: found.start()] + "y" + text[found.end() :]


def turn_fraction(text: str, rng: random.Random) -> str | None:
    found = _at(_FRACTION, text, rng)
    if found is None or found.group(1) == found.group(2):
        return None
    turned = f"\\frac{{{found.group(2)}}}{{{found.group(1)}}}"
    return text[: found.start()] + turned + text[found.end() :]


def drop_root(text: str, rng: random.Random) -> str | None:
    found = _at(_SQRT, text, rng)
    return None if found is None else text[: found.start()] + text[found.end() :]


def drop_pi(text: str, rng: random.Random) -> str | None:
    found = _at(_PI, text, rng)
    return None if found is None else text[: found.start()] + text[found.end() :]


_PAIR = re.compile(r"\(\s*([^(),]+?)\s*,\s*([^(),]+?)\s*\)")
_FUNCTION = re.compile(r"\\?(?:sin|cos|tan|exp|arcsin|arccos)(?![A-Za-z])")
_SWAPPED_FUNCTION = {
    "sin": "cos",
    "cos": "sin",
    "tan": "cot",
    "exp": "log",
    "arcsin": "arccos",
    "arccos": "arcsin",
}
_UNIT = re.compile(r"(?<=[\d\s}])(cm|mm|km|kg|mg|ml|mL|m|g|s|h|min)(?![A-Za-z])")
_SWAPPED_UNIT = {
    "cm": "mm",
    "mm": "cm",
    "km": "m",
    "kg": "g",
    "mg": "g",
    "ml": "L",
    "mL": "L",
    "m": "km",
    "g": "kg",
    "s": "min",
    "h": "min",
    "min": "s",
}
_CLOSE_BRACKET = re.compile(r"(?<=[\d}])\s*\)(?=\s*(?:$|\\cup|,|\s*\\right))")
_CUP = re.compile(r"\\cup(?![A-Za-z])")
_INFINITY = re.compile(r"(?<![-\w])\\infty")
_EQUALS = re.compile(r"(?<![<>!=\\])=(?!=)")
_LETTERS = re.compile(r"(?<![A-Za-z\\])([a-z])(?![A-Za-z])")
_TOP_COMMA = re.compile(r",")


def swap_pair(text: str, rng: random.Random) -> str | None:
    found = _at(_PAIR, text, rng)
    if found is None or found.group(1).strip() == found.group(2).strip():
        return None
    swapped = f"({found.group(2)}, {found.group(1)})"
    return text[: found.start()] + swapped + text[found.end() :]


def swap_function(text: str, rng: random.Random) -> str | None:
    found = _at(_FUNCTION, text, rng)
    if found is None:
        return None
    name = found.group().lstrip("\\")
    slash = "\\" if found.group().startswith("\\") else ""
    return text[: found.start()] + slash + _SWAPPED_FUNCTION[name] + text[found.end() :]


def swap_unit(text: str, rng: random.Random) -> str | None:
    found = _at(_UNIT, text, rng)
    if found is None:
        return None
    return text[: found.start()] + _SWAPPED_UNIT[found.group()] + text[found.end() :]


def close_right(text: str, rng: random.Random) -> str | None:
    found = _at(_CLOSE_BRACKET, text, rng)
    if found is None or "[" in text[: found.start()] and "(" not in text[: found.start()]:
        return None
    return text[: found.start()] + "]" + text[found.end() :]


def cup_to_cap(text: str, rng: random.Random) -> str | None:
    found = _at(_CUP, text, rng)
    return None if found is None else text[: found.start()] + "\\cap" + text[found.end() :]


def negate_infinity(text: str, rng: random.Random) -> str | None:
    found = _at(_INFINITY, text, rng)
    return None if found is None else text[: found.start()] + "-\\infty" + text[found.end() :]


def equals_to_not_equal(text: str, rng: random.Random) -> str | None:
    found = _at(_EQUALS, text, rng)
    return None if found is None else text[: found.start()] + "\\neq " + text[found.end() :]


def swap_letters(text: str, rng: random.Random) -> str | None:
    letters = sorted({m.group(1) for m in _LETTERS.finditer(text)} - {"e", "i", "d"})
    if len(letters) < 2:
        return None
    first, second = rng.sample(letters, 2)

    def swap(found: re.Match[str]) -> str:
        letter = found.group(1)
        return second if letter == first else first if letter == second else letter

    return _LETTERS.sub(swap, text)


def drop_item(text: str, rng: random.Random) -> str | None:
    depth, cuts = 0, []
    for index, char in enumerate(text):
        depth += char in "([{"
        depth -= char in ")]}"
        if char == "," and depth == 0:
            cuts.append(index)
    if not cuts:
        return None
    cut = rng.choice(cuts)
    after = [c for c in cuts if c > cut]
    end = after[0] if after else len(text)
    return text[:cut] + text[end:]


def negate_whole(text: str, rng: random.Random) -> str | None:
    if any(mark in text for mark in "=<>,") or "\\le" in text or "\\ge" in text:
        return None
    return f"-({text})"


_NON_STRICT = {
    "\\le": "<",
    "\\leq": "<",
    "\\ge": ">",
    "\\geq": ">",
    "≤": "<",
    "≥": ">",
    "<=": "<",
    ">=": ">",
}
_NON_STRICT_SIGN = re.compile(r"\\[lg]eq?(?![A-Za-z])|[≤≥]|<=|>=")
_DECIMAL = re.compile(r"(?<![\d.])(\d+)\.(\d+)(?![\d.])")
_TIMES = re.compile(r"(?<=[\w})])\s*(?:\*|\\cdot|\\times)\s*(?=[\w\\({])")


def make_strict(text: str, rng: random.Random) -> str | None:
    found = _at(_NON_STRICT_SIGN, text, rng)
    if found is None:
        return None
    return text[: found.start()] + _NON_STRICT[found.group()] + text[found.end() :]


def move_decimal_point(text: str, rng: random.Random) -> str | None:
    found = _at(_DECIMAL, text, rng)
    if found is None or len(found.group(2)) < 1:
        return None
    whole, fraction = found.group(1), found.group(2)
    moved = f"{whole}{fraction[0]}.{fraction[1:]}" if len(fraction) > 1 else f"{whole}{fraction}"
    return text[: found.start()] + moved + text[found.end() :]


def times_to_plus(text: str, rng: random.Random) -> str | None:
    found = _at(_TIMES, text, rng)
    return None if found is None else text[: found.start()] + " + " + text[found.end() :]


def add_one(text: str, rng: random.Random) -> str | None:
    if any(mark in text for mark in "=<>,;") or "\\le" in text or "\\ge" in text:
        return None
    return f"{text} + 1"


_INTERVAL = re.compile(r"(?<![\w\\])[(\[](\s*-?[\w.\\{}]+\s*,\s*-?[\w.\\{}]+\s*)[)\]]")
_POWER = re.compile(r"\^(\{?)(\d)")


def interval_to_set(text: str, rng: random.Random) -> str | None:
    found = _at(_INTERVAL, text, rng)
    if found is None or "infty" in found.group(1):
        return None
    return text[: found.start()] + "\\{" + found.group(1) + "\\}" + text[found.end() :]


def negate_exponent(text: str, rng: random.Random) -> str | None:
    found = _at(_POWER, text, rng)
    if found is None or found.group(2) == "0":
        return None
    return text[: found.start()] + f"^{found.group(1)}-{found.group(2)}" + text[found.end() :]


def take_root(text: str, rng: random.Random) -> str | None:
    if any(mark in text for mark in "=<>,;") or "\\le" in text or "\\ge" in text:
        return None
    return f"\\sqrt{{{text}}}"


_DIFFERENCE = re.compile(r"(?<![\w^_\\])([a-z0-9]+)\s*-\s*([a-z0-9]+)(?![\w^(])")
_FUNCTION_NAME = re.compile(r"(?<![A-Za-z\\])([fgh])(?=\s*\()")


def swap_difference(text: str, rng: random.Random) -> str | None:
    found = _at(_DIFFERENCE, text, rng)
    if found is None or found.group(1) == found.group(2):
        return None
    swapped = f"{found.group(2)} - {found.group(1)}"
    return text[: found.start()] + swapped + text[found.end() :]


def rename_function(text: str, rng: random.Random) -> str | None:
    found = _at(_FUNCTION_NAME, text, rng)
    if found is None:
        return None
    other = {"f": "g", "g": "h", "h": "f"}[found.group(1)]
    return text[: found.start()] + other + text[found.end() :]


_LEFT_OF_INEQUALITY = re.compile(
    r"^([^<>=,;|\\$]*[A-Za-z][^<>=,;|\\$]*?)\s*(?=<|>|\\[lg]eq?(?![A-Za-z]))"
)


def absolute_left_side(text: str, rng: random.Random) -> str | None:
    found = _LEFT_OF_INEQUALITY.match(text)
    if found is None or not found.group(1).strip():
        return None
    return f"|{found.group(1).strip()}| " + text[found.end() :]


EDITS: dict[str, Edit] = {
    "turn an inequality": turn_inequality,
    "replace a digit": replace_digit,
    "+ to -": plus_to_minus,
    "drop a minus": drop_minus,
    "( to [": close_interval,
    "raise an exponent": raise_exponent,
    "rename x to y": rename_x,
    "turn a fraction over": turn_fraction,
    "drop a square root": drop_root,
    "drop a pi": drop_pi,
    "swap a pair": swap_pair,
    "swap a function": swap_function,
    "swap a unit": swap_unit,
    ") to ]": close_right,
    "cup to cap": cup_to_cap,
    "negate infinity": negate_infinity,
    "= to neq": equals_to_not_equal,
    "swap two letters": swap_letters,
    "drop an item": drop_item,
    "negate the whole": negate_whole,
    "make strict": make_strict,
    "move a decimal point": move_decimal_point,
    "times to plus": times_to_plus,
    "add one": add_one,
    "interval to set": interval_to_set,
    "negate an exponent": negate_exponent,
    "take a root": take_root,
    "swap a difference": swap_difference,
    "rename a function": rename_function,
    "absolute left side": absolute_left_side,
    "drop a digit": drop_digit,
    "repeat a digit": repeat_digit,
    "swap two numbers": swap_numbers,
}


def _as_the_env_reads(text: str) -> str:
    return extract_answer(text) or after_reasoning(text)


def table_answers() -> list[str]:
    """Every distinct answer text of the peer table up to :data:`MAX_CHARS` characters."""
    answers: set[str] = set()
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        pair = json.loads(line)
        for side in (pair["candidate"], pair["reference"]):
            if isinstance(side, str) and 0 < len(side) <= MAX_CHARS:
                answers.add(side)
    return sorted(answers)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--examples", type=int, default=6, help="examples printed per group")
    parser.add_argument("--extract", action="store_true", help="read both sides as the env does")
    args = parser.parse_args()
    read = _as_the_env_reads if args.extract else str
    rng = random.Random(args.seed)
    tried: Counter[str] = Counter()
    outside: Counter[str] = Counter()
    equal: Counter[tuple[str, str]] = Counter()
    examples: defaultdict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for answer in table_answers():
        for name, edit in EDITS.items():
            edited = edit(answer, rng)
            if edited is None or edited == answer:
                continue
            tried[name] += 1
            sides = read(edited), read(answer)
            if sides[0] == sides[1]:
                outside[name] += 1  # the edit fell outside the answer the env reads
                continue
            verdict = check_equivalent(*sides)
            if verdict.equivalent:
                group = (name, verdict.reason)
                equal[group] += 1
                if len(examples[group]) < args.examples:
                    examples[group].append((edited, answer))
    for name, count in tried.items():
        judged = sum(n for (edit, _), n in equal.items() if edit == name)
        skipped = f" ({outside[name]} outside the answer read)" if args.extract else ""
        print(f"{name}: {count} edits{skipped}, {judged} judged equal")
    for group, count in equal.most_common():
        print(f"\n{count}  {group[0]}  ({group[1]})")
        for edited, answer in examples[group]:
            print(f"    {edited[:80]!r}  for  {answer[:80]!r}")


if __name__ == "__main__":
    main()
