"""Probability and combinatorics word problems; sympy computes the counts."""

from __future__ import annotations

import numpy as np
import sympy

from metacot_envs.tasks.math.generators.base import check_level, choose, integer, make_problem
from metacot_envs.tasks.math.generators.forms import rational_forms, to_fraction
from metacot_envs.tasks.math.types import Fact, MathProblem

_DIE_EVENTS = {
    "an even number": (2, 4, 6),
    "an odd number": (1, 3, 5),
    "a prime number": (2, 3, 5),
    "a multiple of 3": (3, 6),
    "a perfect square": (1, 4),
}


def probability(rng: np.random.Generator, level: int) -> MathProblem:
    """A die event (1), two balls from a bag (2), or exactly k heads in n coin flips (3)."""
    check_level("probability", level)
    facts: list[Fact] = []
    if level == 1:
        if integer(rng, 0, 1) == 0:
            event = choose(rng, sorted(_DIE_EVENTS))
            favorable, total = len(_DIE_EVENTS[event]), 6
        else:
            k = integer(rng, 1, 5)
            event = f"greater than {k}"
            favorable, total = 6 - k, 6
        question = (
            f"A fair six-sided die is rolled once. What is the probability of rolling {event}?"
        )
        value = sympy.Rational(favorable, total)
    elif level == 2:
        red, blue = integer(rng, 2, 8), integer(rng, 2, 8)
        color = choose(rng, ["red", "blue"])
        chosen = red if color == "red" else blue
        favorable_count = sympy.binomial(chosen, 2)
        total_count = sympy.binomial(red + blue, 2)
        question = (
            f"A bag holds {red} red and {blue} blue marbles. Two marbles are drawn at random "
            f"without replacement. What is the probability that both are {color}?"
        )
        value = sympy.Rational(favorable_count, total_count)
        facts = [
            Fact(("favorable",), (to_fraction(favorable_count),)),
            Fact(("total",), (to_fraction(total_count),)),
        ]
    else:
        flips = integer(rng, 3, 8)
        heads = integer(rng, 0, flips)
        favorable_count = sympy.binomial(flips, heads)
        value = sympy.Rational(favorable_count, 2**flips)
        question = (
            f"A fair coin is flipped {flips} times. What is the probability of getting "
            f"exactly {heads} heads?"
        )
        facts = [
            Fact(("favorable",), (to_fraction(favorable_count),)),
            Fact(("total",), (to_fraction(2**flips),)),
        ]
    return make_problem(
        "probability",
        level,
        "Counting & Probability",
        question,
        rational_forms(to_fraction(value)),
        facts,
    )


def combinatorics(rng: np.random.Generator, level: int) -> MathProblem:
    """Arrangements (1), committees (2), committees with at least one member of a group (3)."""
    check_level("combinatorics", level)
    facts: list[Fact] = []
    if level == 1:
        n = integer(rng, 3, 8)
        question = f"In how many different orders can {n} different books be placed on a shelf?"
        value = sympy.factorial(n)
    elif level == 2:
        n = integer(rng, 5, 14)
        k = integer(rng, 2, min(6, n - 1))
        question = f"In how many ways can a committee of {k} be chosen from {n} people?"
        value = sympy.binomial(n, k)
    else:
        men, women = integer(rng, 3, 9), integer(rng, 2, 7)
        k = integer(rng, 2, min(5, men))
        total, without = sympy.binomial(men + women, k), sympy.binomial(men, k)
        value = total - without
        question = (
            f"A club has {men} men and {women} women. In how many ways can a committee of {k} "
            "be chosen that includes at least one woman?"
        )
        facts = [
            Fact(("total",), (to_fraction(total),)),
            Fact(("without",), (to_fraction(without),)),
        ]
    return make_problem(
        "combinatorics",
        level,
        "Counting & Probability",
        question,
        rational_forms(to_fraction(value)),
        facts,
    )
