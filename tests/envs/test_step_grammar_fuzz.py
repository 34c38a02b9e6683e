"""Property tests: step-shaped strings from a small grammar never crash ``step``.

Each example plays one to four steps drawn from the current state (its numbers, its
legal steps, the maze position), so the strings reach deep parser paths: legal
operands around a hostile result, zero denominators, signs, huge literals, spacing.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from metacot_envs.core.env import ReasoningEnv
from metacot_envs.core.safe_math import format_number
from metacot_envs.registry import spec_for
from metacot_envs.testing import deadline, make_raw

PENALTY = 0.5
FUZZ = settings(
    deadline=None,
    max_examples=400,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
COUNTDOWN_PROBLEMS = {
    "MetaCoT/Countdown-v0": [([13, 7, 2, 5], 24), ([3, 3, 0, 100], 6), ([10**11, 1, 2], 7)],
    "MetaCoT/Game24-v0": [([0, Fraction(24, 5), -3, 5], 24), ([1, 1, 4, 6], 24)],
}
SPACE = st.sampled_from(["", "", "", " ", "  ", "\t"])
ODD_NUMBERS = ["0", "00", "-0", "9" * 13, "1" * 40, "1.5", "1e3", "\u00bd", "\uff13", "\u0663"]
OPERATORS = ["+", "-", "*", "/", "^", "**", "\u2212", "\u00d7", "\u00f7", "//", "%", ""]
# Strategies are built once (building one per draw costs ~50x the step itself); parts that
# depend on the state are placeholders filled in after the draw: @n3@ is the state's
# number 3, @s3@ its legal step 3, @l3@ that step's left-hand side, @x-1@ the maze x - 1.
_PLACEHOLDER = re.compile(r"@([nslxy])(-?[0-9]+)@")


def fill(template: str, numbers: list[str], legal: list[str], pos: tuple[int, int]) -> str:
    def one(match: re.Match[str]) -> str:
        kind, k = match[1], int(match[2])
        if kind == "x":
            return str(pos[0] + k)
        if kind == "y":
            return str(pos[1] + k)
        if kind == "n":
            return numbers[k % len(numbers)] if numbers else "1"
        step = legal[k % len(legal)] if legal else "1+1"
        return step if kind == "s" else step.split("=")[0]

    return _PLACEHOLDER.sub(one, template)


def _ref(kind: str, low: int = 0, high: int = 63) -> st.SearchStrategy[str]:
    return st.integers(low, high).map(lambda k: f"@{kind}{k}@")


NUMBER = st.one_of(
    _ref("n"),
    _ref("n"),
    st.just("0"),
    st.integers(0, 30).map(str),
    st.integers(-(10**15), 10**15).map(str),
    st.sampled_from(ODD_NUMBERS),
)
_PAIR = st.tuples(NUMBER, SPACE, NUMBER)
OPERAND = st.one_of(
    NUMBER,
    NUMBER.map(lambda a: f"({a})"),
    NUMBER.map(lambda a: f"(-{a})"),
    _PAIR.map(lambda p: f"({p[0]}/{p[1]}{p[2]})"),
    _PAIR.map(lambda p: f"(-{p[0]}/{p[1]}{p[2]})"),
)
EXPRESSION = st.recursive(
    OPERAND,
    lambda inner: st.one_of(
        st.tuples(inner, SPACE, st.sampled_from(OPERATORS), SPACE, inner).map("".join),
        inner.map(lambda e: f"({e})"),
        inner.map(lambda e: f"-{e}"),
    ),
    max_leaves=5,
)
_BARE_FRACTION = st.tuples(st.sampled_from(["", "-"]), NUMBER, st.one_of(st.just("0"), NUMBER)).map(
    lambda p: f"{p[0]}{p[1]}/{p[2]}"
)
# one_of favours its first branches: the forms that reach the deepest checks come first
_RESULT = st.one_of(_BARE_FRACTION, OPERAND, EXPRESSION)
_EQUALS = st.one_of(
    st.tuples(SPACE, _RESULT).map(lambda r: f"={r[0]}{r[1]}"),
    st.just(""),
    st.tuples(_RESULT, _RESULT).map(lambda r: f"={r[0]}={r[1]}"),
)
_BUILT_STEP = st.tuples(SPACE, EXPRESSION, SPACE, _EQUALS, SPACE).map("".join)
# a legal left-hand side reaches the check of the stated result (where 13+7=4/0 crashed)
_LEGAL_LHS_STEP = st.tuples(SPACE, _ref("l"), SPACE, _EQUALS, SPACE).map("".join)
BACKTRACK = st.integers(-3, 10**12).map(lambda k: f"backtrack {k}")
COUNTDOWN_STEP = st.one_of(_BUILT_STEP, _LEGAL_LHS_STEP, _LEGAL_LHS_STEP, _ref("s"), BACKTRACK)
"""a step-shaped string to fill from a Countdown state"""


def env_for(env_id: str, search: bool) -> ReasoningEnv:
    env = make_raw(spec_for(env_id), search=search, max_steps=10**9, invalid_penalty=PENALTY)
    assert isinstance(env, ReasoningEnv)
    return env


def assert_step_keeps_the_contract(env: ReasoningEnv, action: str) -> dict[str, Any]:
    before = env.state
    with deadline(5.0):
        _, reward, terminated, _, info = env.step(action)
    if "error" in info:
        assert isinstance(info["error"], str) and info["error"]
        assert env.state == before, f"rejected {action!r} changed the state"
        assert reward == -PENALTY and not terminated
    return info


@pytest.mark.parametrize("search", [False, True], ids=["text", "search"])
@pytest.mark.parametrize("env_id", list(COUNTDOWN_PROBLEMS))
def test_step__never_raises_on_grammar_shaped_countdown_steps(env_id, search):
    env = env_for(env_id, search)

    @FUZZ
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        problem = data.draw(st.sampled_from([*COUNTDOWN_PROBLEMS[env_id], None]))
        env.reset(seed=data.draw(st.integers(0, 999)), options={"problem": problem})
        for _ in range(data.draw(st.integers(1, 4))):
            before = env.state
            numbers = [format_number(n) for n in before.numbers]
            action = fill(data.draw(COUNTDOWN_STEP), numbers, env.legal_steps() or [], (0, 0))
            info = assert_step_keeps_the_contract(env, action)
            if "error" not in info and not action.lstrip().startswith("backtrack"):
                # an accepted step is written canonically and reads back as itself
                again = env.task.parse_step(before, info["step_text"])
                assert env.task.apply(before, again) == env.state, (action, info["step_text"])

    run()


COORDINATE_WORDS = ["0", "-0", "00", "-1", "99999", "9" * 30, "\uff13", "1.5", "1e1", ""]
MOVE_WORDS = ["move", "MOVE", "Move", "mov", "move to", "move  to", "move to node", ""]
DIRECTIONS = ["up", "down", "left", "right", "U", "D", "L", "R", "u", "Up", "UP", "upp"]
DIRECTIONS += ["north", "up up", "up, down", "\u0443p", "lef t", ""]


_COORDINATE = st.one_of(
    _ref("x", -1, 1),
    _ref("y", -1, 1),
    st.integers(-5, 40).map(str),
    st.sampled_from(COORDINATE_WORDS),
)
_MOVE = st.tuples(
    SPACE,
    st.sampled_from(MOVE_WORDS),
    SPACE,
    st.sampled_from(["", "(", "["]),
    _COORDINATE,
    st.sampled_from([" ", ",", ", ", " , ", "  ", "\t", "", ";"]),
    _COORDINATE,
    st.sampled_from(["", ")", "]"]),
    SPACE,
)
MAZE_STEP = st.one_of(
    _MOVE.map("".join),
    st.tuples(SPACE, st.sampled_from(DIRECTIONS), SPACE).map("".join),
    BACKTRACK,
)
"""a move-shaped string to fill from a maze state"""


@pytest.mark.parametrize("search", [False, True], ids=["text", "search"])
def test_step__never_raises_on_grammar_shaped_maze_moves(search):
    env = env_for("MetaCoT/Maze-v0", search)

    @FUZZ
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        env.reset(seed=data.draw(st.integers(0, 999)))
        for _ in range(data.draw(st.integers(1, 4))):
            before = env.state
            action = fill(data.draw(MAZE_STEP), [], [], before.pos)
            info = assert_step_keeps_the_contract(env, action)
            if "error" not in info and not action.lstrip().startswith("backtrack"):
                (x0, y0), (x1, y1) = before.pos, env.state.pos
                assert abs(x1 - x0) + abs(y1 - y0) == 1 and before.maze.is_open((x1, y1))

    run()


_FRACTION = st.tuples(NUMBER, NUMBER).map(lambda p: f"\\frac{{{p[0]}}}{{{p[1]}}}")
_ANSWER = st.one_of(NUMBER, EXPRESSION, _FRACTION)
MATH_STEP = st.one_of(
    st.tuples(st.sampled_from(["x", "y", "2x"]), SPACE, _ANSWER).map(
        lambda p: f"{p[0]} ={p[1]}{p[2]}"
    ),
    _ANSWER.map(lambda a: f"\\boxed{{{a}}}"),
    st.tuples(_ANSWER, _ANSWER).map(lambda p: f"So {p[0]} = {p[1]}, hence \\boxed{{{p[1]}}}."),
    EXPRESSION,
)
"""a math-step-shaped string (its @n..@ placeholders become 1, 2, 3 or x)"""


@pytest.mark.parametrize("search", [False, True], ids=["text", "search"])
def test_step__never_raises_on_grammar_shaped_math_steps(search):
    env = env_for("MetaCoT/Math-v0", search)

    @settings(FUZZ, max_examples=100)
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        env.reset(seed=data.draw(st.integers(0, 999)))
        for _ in range(data.draw(st.integers(1, 3))):
            action = fill(data.draw(MATH_STEP), ["1", "2", "3", "x"], [], (0, 0))
            assert_step_keeps_the_contract(env, action)

    run()
