from fractions import Fraction

import numpy as np
import pytest

from metacot_envs.core.task import replay
from metacot_envs.prms.math_claim_prm import MathClaimPRM
from metacot_envs.tasks.math.claims import find_claims
from metacot_envs.tasks.math.config import MathConfig
from metacot_envs.tasks.math.types import Fact, MathProblem

QUADRATIC = MathProblem(
    "Find all real solutions of $x^2 - 5x + 6 = 0$.",
    "2, 3",
    facts=(Fact(("D", "discriminant"), (Fraction(1),)), Fact(("x",), (Fraction(2), Fraction(3)))),
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("So x = 3.", [("x", Fraction(3), True)]),
        ("The discriminant = 1, so x = 4", [("discriminant", 1, True), ("x", 4, False)]),
        ("2x = 6 and x^2 = 9 and x = 3y", []),
        ("3 \\times 4 = 13", [("3 * 4", 13, False)]),
        ("\\frac{1}{2} + \\frac{1}{3} = \\frac{5}{6}", [("(1/2) + (1/3)", Fraction(5, 6), True)]),
        ("y = -\\frac{2}{3} is unknown", [("y", Fraction(-2, 3), None)]),
    ],
)
def test_find_claims__reads_labelled_values_and_arithmetic(text, expected):
    claims = find_claims(text, QUADRATIC.facts)
    assert [(c.subject, c.value, c.correct) for c in claims] == expected


def test_claim_prm__rewards_right_facts_and_zeroes_a_wrong_one():
    task = MathConfig().build_task()
    start = task.initial_state(QUADRATIC)
    prm = MathClaimPRM()
    half = replay(task, start, ["The discriminant = 25 - 24 = 1."])
    full = replay(task, half, ["Factoring, x = 2 or x = 3."])
    wrong = replay(task, half, ["So x = 5."])
    false_arithmetic = replay(task, start, ["25 - 24 = 2"])
    answered = replay(task, full, ["\\boxed{3, 2}"])
    scores = prm.score(task, [start, half, full, wrong, false_arithmetic, answered])
    assert scores == [0.5, 0.75, 1.0, 0.0, 0.0, 1.0]


def test_claim_prm__gives_procedural_states_scores_in_unit_interval():
    task = MathConfig().build_task()
    rng = np.random.default_rng(0)
    states = [task.initial_state(task.sample(rng)) for _ in range(20)]
    assert all(0.0 <= s <= 1.0 for s in MathClaimPRM().score(task, states))
