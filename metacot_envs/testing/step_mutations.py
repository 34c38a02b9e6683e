"""Grammar-aware mutations of legal steps: hostile numbers at every operand and result position.

Random characters rarely land on a bug that needs a well-formed step around it
(``13+7=4/0`` only reaches the result check when ``13+7`` is legal). These
mutations keep the shape of a legal step and change one part of it: a number
(zero, ``n/0``, signs, fractions, decimals, huge and unicode forms), an
operator or ``=``, a word, the spacing, or the length. Everything is drawn from
the caller's ``np.random.Generator``, so a seed fixes the output.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np

STEP_TEMPLATES = (
    "13-9=4",
    "(24/5)*5=24",
    "move 3 4",
    "move (3, 4)",
    "move to 3 4",
    "up",
    "x = 3",
    "\\boxed{3}",
)
"""step shapes mutated besides the caller's legal steps (e.g. ``move x y`` for a maze)"""

_TOKEN = re.compile(r"[0-9]+|[A-Za-z]+|\s+|.", re.DOTALL)
_OPERATOR_CHARS = frozenset("+-*/^\u2212\u00d7\u00f7")
_OPERATORS = ("+", "-", "*", "/", "^", "**", "%", "//", "\u2212", "\u00d7", "\u00f7", "\u2044")
_EQUALS = ("", "==", "= =", ":=", "=>", "\uff1d", "=0=", "=-")
_SPACES = (" ", "  ", "\t", "\n", "\r", "\u00a0", "\u200b", "\u3000")
_WORDS = ("up", "down", "left", "right", "U", "d", "move", "to", "backtrack", "x", "boxed", "mov")
_HOMOGLYPHS = str.maketrans({"o": "\u043e", "e": "\u0435", "p": "\u0440", "x": "\u0445"})
_FULLWIDTH = str.maketrans(
    "0123456789", "\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19"
)
_ARABIC = str.maketrans(
    "0123456789", "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669"
)


def tokenize_step(text: str) -> list[str]:
    """Split step text into digit runs, letter runs, whitespace runs and single characters."""
    return _TOKEN.findall(text)


def number_forms(n: str, rng: np.random.Generator) -> list[str]:
    """Hostile ways to write a number where ``n`` stood: zeros, zero denominators, signs,
    fractions, decimals and exponents, huge and long literals, parentheses, unicode."""
    m = str(int(rng.integers(1, 13)))
    big = "9" * int(rng.choice([12, 13, 25, 400, 1990]))
    return [
        "0", "00", "-0", "+0", "(-0)", "(0)", "0/0", "(0/0)", f"-{n}/0",
        f"{n}/0", f"{n}/00", f"({n}/0)", f"{n}/(0)", f"{n}/(-0)", f"{n}/0/0", f"{n}/({n}-{n})",
        f"-{n}", f"(-{n})", f"--{n}", f"+{n}", f"-(-{n})", f"(-(-{n}))",
        f"{n}/{m}", f"({n}/{m})", f"(-{n}/{m})", f"{n}/-{m}", f"0/{m}", f"-0/{m}", f"{n}/{n}",
        f"{n}.0", f"{n}.5", f".{n}", f"{n}.", f"{n}e0", f"{n}e309", f"1e{n}", f"{n}E-1",
        f"0x{n}", f"{n}_0", f"0{n}", f"{n}j",
        big, f"-{big}", f"{big}/{big}", f"1/{big}", f"{n}{big}",
        f"({n})", f"(({n}))", "(" * 20 + n + ")" * 20, f"({n}", f"{n})",
        f"\u2212{n}", n.translate(_FULLWIDTH), n.translate(_ARABIC), f"{n}\u00f70", f"{n}\u20440",
        "\u00bd", f"{n}\u00b2", "\u221e", "NaN", "inf", f"{n}%",
    ]  # fmt: skip


def mutate_step(step: str, rng: np.random.Generator) -> str:
    """``step`` with one to three grammar-aware mutations applied in a row."""
    text = step
    for _ in range(1 + int(rng.random() < 0.3) + int(rng.random() < 0.1)):
        mutation = _MUTATIONS[int(rng.integers(len(_MUTATIONS)))]
        text = mutation(tokenize_step(text), rng)
    return text


def _replace_number(tokens: list[str], rng: np.random.Generator) -> str:
    numbers = [i for i, t in enumerate(tokens) if t[0] in "0123456789"]
    if not numbers:
        return _insert_number(tokens, rng)
    after_equals = [i for i in numbers if "=" in tokens[:i]]
    # the result position half the time: its own code path (the check of the stated value)
    pick = after_equals if after_equals and rng.random() < 0.5 else numbers
    i = pick[int(rng.integers(len(pick)))]
    forms = number_forms(tokens[i], rng)
    tokens[i] = forms[int(rng.integers(len(forms)))]
    return "".join(tokens)


def _insert_number(tokens: list[str], rng: np.random.Generator) -> str:
    forms = number_forms(str(int(rng.integers(0, 30))), rng)
    tokens.insert(int(rng.integers(len(tokens) + 1)), " " + forms[int(rng.integers(len(forms)))])
    return "".join(tokens)


def _replace_operator(tokens: list[str], rng: np.random.Generator) -> str:
    operators = [i for i, t in enumerate(tokens) if t in _OPERATOR_CHARS]
    if not operators:
        return _change_equals(tokens, rng)
    i = operators[int(rng.integers(len(operators)))]
    how = int(rng.integers(3))
    if how == 0:
        tokens[i] = _OPERATORS[int(rng.integers(len(_OPERATORS)))]
    elif how == 1:
        tokens[i] = tokens[i] * 2
    else:
        tokens[i] = ""
    return "".join(tokens)


def _change_equals(tokens: list[str], rng: np.random.Generator) -> str:
    if "=" not in tokens:
        forms = number_forms(str(int(rng.integers(0, 30))), rng)
        return "".join(tokens) + "=" + forms[int(rng.integers(len(forms)))]
    i = tokens.index("=")
    how = int(rng.integers(4))
    if how == 0:
        tokens[i] = _EQUALS[int(rng.integers(len(_EQUALS)))]
    elif how == 1:  # a second '=' and another result
        forms = number_forms("".join(tokens[i + 1 :]).strip() or "0", rng)
        tokens.append("=" + forms[int(rng.integers(len(forms)))])
    elif how == 2:  # '=' without a result, or a result without an expression
        return "".join(tokens[: i + 1] if rng.random() < 0.5 else tokens[i:])
    else:
        tokens[i], tokens[0] = tokens[0], tokens[i]
    return "".join(tokens)


def _change_word(tokens: list[str], rng: np.random.Generator) -> str:
    words = [i for i, t in enumerate(tokens) if t.isascii() and t.isalpha()]
    if not words:
        return _swap_tokens(tokens, rng)
    i = words[int(rng.integers(len(words)))]
    how = int(rng.integers(5))
    if how == 0:
        tokens[i] = _WORDS[int(rng.integers(len(_WORDS)))]
    elif how == 1:
        tokens[i] = tokens[i].upper() if rng.random() < 0.5 else tokens[i].title()
    elif how == 2:
        tokens[i] = tokens[i].translate(_HOMOGLYPHS)
    elif how == 3:
        tokens[i] = tokens[i] + " " + tokens[i]
    else:
        tokens[i] = tokens[i][: int(rng.integers(len(tokens[i])))]
    return "".join(tokens)


def _swap_tokens(tokens: list[str], rng: np.random.Generator) -> str:
    if len(tokens) < 2:
        return "".join(tokens) * 2
    i = int(rng.integers(len(tokens) - 1))
    if rng.random() < 0.5:
        tokens[i], tokens[i + 1] = tokens[i + 1], tokens[i]
    else:
        tokens.insert(i, tokens[i])
    return "".join(tokens)


def _respace(tokens: list[str], rng: np.random.Generator) -> str:
    for _ in range(int(rng.integers(1, 4))):
        space = _SPACES[int(rng.integers(len(_SPACES)))] * int(rng.integers(1, 4))
        tokens.insert(int(rng.integers(len(tokens) + 1)), space)
    return "".join(tokens)


def _truncate(tokens: list[str], rng: np.random.Generator) -> str:
    text = "".join(tokens)
    return text[: int(rng.integers(len(text) + 1))] if text else text


_MUTATIONS: tuple[Callable[[list[str], np.random.Generator], str], ...] = (
    _replace_number,
    _replace_number,
    _replace_number,
    _replace_operator,
    _change_equals,
    _change_word,
    _swap_tokens,
    _respace,
    _truncate,
)
"""weighted by repetition: numbers are where most parser paths branch"""
