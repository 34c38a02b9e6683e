"""Hostile action strings: data fed to ``env.step`` to prove nothing in them is ever executed."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from metacot_envs.testing.step_mutations import STEP_TEMPLATES, mutate_step

_PAYLOADS = (
    "__import__('os').system('x')",
    "exec('import os')",
    "eval('1+1')",
    "().__class__.__bases__[0].__subclasses__()",
    "9**9**9**9",
    "2**(10**9)",
    "10**10**10",
    "9^9^9^9",
    "(" * 500 + "1" + ")" * 500,
    "(" * 5000,
    ")" * 50,
    "1" * 100_000,
    "9" * 5000 + "*" + "9" * 5000,
    "\x00",
    "3\x00+4",
    "\u0663+\u0664=\u0667",
    "\uff13+\uff14",
    "\U0001d7d1+\U0001d7d2",
    "",
    " ",
    "\n\n",
    "=",
    "==",
    "1/0",
    "0/0",
    "1e308*1e308",
    "NaN",
    "inf-inf",
    "lambda: 0",
    "import os",
    "{}".format("{" * 300),
    "\\boxed{9^{9^{9^{9}}}}",
    "backtrack",
    "backtrack -1",
    "backtrack 999999999",
    "backtrack 1e9",
    "backtrack 0 0",
    "move 99999999999999999999 3",
    "up" * 10_000,
    "\ud800",
    "\u202e42=24",
)
_ALPHABET = list("0123456789+-*/^()= .,xe_abcdUDLRupdownleftright\\{}[]'\"\t\n\x00") + [
    "\u2212",
    "\u00d7",
    "\u00f7",
    "\u0663",
    "\u00bd",
]


def hostile_actions(count: int, seed: int = 0, legal: list[str] | None = None) -> Iterator[str]:
    """``count`` adversarial action strings, the same for the same arguments.

    Half are grammar-aware mutations of ``legal`` (and of :data:`STEP_TEMPLATES`),
    see :mod:`~metacot_envs.testing.step_mutations`; the rest are known payloads,
    random junk, random characters inserted into ``legal``, random unicode and
    deep parentheses.
    """
    rng = np.random.default_rng(seed)
    legal = legal or ["13-9=4", "up", "x = 3"]
    for i in range(count):
        kind = i % 10
        if kind >= 5:
            pool = STEP_TEMPLATES if rng.random() < 0.2 else legal
            yield mutate_step(pool[int(rng.integers(len(pool)))], rng)
        elif kind == 0:
            yield _PAYLOADS[(i // 10) % len(_PAYLOADS)]
        elif kind == 1:
            length = int(rng.integers(0, 60))
            yield "".join(_ALPHABET[int(k)] for k in rng.integers(0, len(_ALPHABET), length))
        elif kind == 2:
            base = list(legal[int(rng.integers(len(legal)))])
            for _ in range(int(rng.integers(1, 4))):
                pos = int(rng.integers(len(base) + 1))
                base.insert(pos, _ALPHABET[int(rng.integers(len(_ALPHABET)))])
            yield "".join(base)
        elif kind == 3:
            yield "".join(chr(int(c)) for c in rng.integers(1, 0x2FFF, int(rng.integers(1, 40))))
        else:
            depth = int(rng.integers(1, 200))
            yield (
                "(" * depth
                + str(int(rng.integers(0, 10**6)))
                + "**"
                + "9" * int(rng.integers(1, 30))
                + ")" * depth
            )
