"""Kinds the hundred-and-twenty-second peer batch (dev122, blind115) showed the checker missing.

A currency word after an amount (``元``, ``円``, ``원``) as a kind of quantity, the values of the
working's names in parentheses after the answer, parts numbered ``(1)``, ``⑵`` or ``③``, a
chain of products written with the letter x, and sympy's ``&`` and ``|`` between relations.
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import extract_answer
from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a currency after the amount is a kind of quantity: not a unit of length
        ("-300米", "-300元", False),
        ("5 m", "5 元", False),
        ("5%", "5元", False),
        ("12€", "$12", False),
        ("-300", "-300元", True),  # alone, dropped against a bare number as other signs are
        ("500円", "500", True),
        ("3元", "3元", True),
        # the working's values in parentheses after the answer
        ("31 (a=1, b=3, c=27)", "31", True),
        ("32 (a=1, b=3, c=27)", "31", False),
        ("(1, 2) (x=1, y=2)", "(1,2)", True),
        # numbered parts are a list of their values
        ("x=4, a=2", "(1) x=4 (2) a=2", True),
        ("x=4, a=3", "(1) x=4 (2) a=2", False),
        ("5, 6", "⑴ 5 ⑵ 6", True),
        ("5, 6", "① 5 ② 6", True),
        ("(1)(2)", "2", True),  # a product, no parts
        ("(1) (2)", "2", True),
        ("(2) x (1)", "2x", True),
        ("(1) 书店 +3\n(2) 超市 -2", "(1) 书店 +3；(2) 超市 -2", True),
        # a chain of products written with the letter x
        ("2x2x3", "12", True),
        ("２ｘ２ｘ３", "12", True),
        ("2 x 2 x 3", "12", True),
        ("2x2x3", "13", False),
        # sympy's And and Or between relations in parentheses
        ("(P >= 20.4) & (P <= 20.8)", "20,4 ⩽ P ⩽ 20,8", True),
        ("(x > 1) & (x < 3)", "(1,3)", True),
        ("(x > 1) & (x < 4)", "(1,3)", False),
        ("(x < -1) | (x > 1)", "(-\\infty,-1)\\cup(1,\\infty)", True),
        ("(x < -1) | (x > 2)", "(-\\infty,-1)\\cup(1,\\infty)", False),
    ],
)
def test_verdicts(candidate: str, reference: str, equal: bool) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    "text", ["(1) x=4 (2) a=2", "(1) 书店 +3；(2) 超市 -2", "⑴ 5 ⑵ 6", "a) 27\nb) 8"]
)
def test_a_list_of_numbered_parts_is_a_bare_answer(text: str) -> None:
    assert extract_answer(text) is None  # read whole, not searched for a last number
