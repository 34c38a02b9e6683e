"""Every registered env, in every mode, survives hostile action strings without executing them."""

from __future__ import annotations

import re
import zlib

import numpy as np
import pytest

import metacot_envs  # noqa: F401  (registers the ids)
from metacot_envs.core.env import ReasoningEnv
from metacot_envs.registry import registered_specs
from metacot_envs.testing import deadline, hostile_actions, make_raw

SPECS = registered_specs()
ACTIONS_PER_RUN = 20_000
ACTIONS_PER_STATE = 1_000
COUNTDOWN_LEGAL = ["13+7=20", "13-7=6", "13*7=91", "22-13=9", "22/2=11", "7-2=5"]


def enter_random_state(env: ReasoningEnv, rng: np.random.Generator) -> None:
    """A fresh problem, then up to two legal steps that do not end it (deeper states hold
    fractions and negatives in Game of 24)."""
    env.reset(seed=int(rng.integers(10_000)))
    for _ in range(int(rng.integers(3))):
        steps = env.legal_steps() or []
        before = env.get_state()
        if not steps:
            return
        env.step(steps[int(rng.integers(len(steps)))])
        if env.task.is_terminal(env.state):
            env.set_state(before)
            return


@pytest.mark.parametrize("search", [False, True], ids=["plain", "search"])
@pytest.mark.parametrize("spec", SPECS, ids=[s.id for s in SPECS])
def test_step__survives_20000_hostile_actions(spec, search):
    env = make_raw(spec, search=search, max_steps=10**9)
    assert isinstance(env, ReasoningEnv)
    seed = zlib.crc32(spec.id.encode()) % 1000
    rng = np.random.default_rng(seed)
    rejected = 0
    # Mutations of legal steps reach deep parser paths only while those steps are still
    # legal, so each batch starts from one state and returns to it after an accepted step.
    for batch in range(ACTIONS_PER_RUN // ACTIONS_PER_STATE):
        enter_random_state(env, rng)
        start = env.get_state()
        legal = list(env.legal_steps() or []) or ["1+1"]
        for action in hostile_actions(ACTIONS_PER_STATE, seed=seed * 100 + batch, legal=legal):
            before = env.state
            with deadline(5.0):
                _, reward, _, _, info = env.step(action)
            if "error" in info:
                rejected += 1
                assert env.state == before, f"rejected action {action[:40]!r} changed the state"
                assert isinstance(info["error"], str) and info["error"]
                assert reward == 0.0
            else:
                env.set_state(start)
    # A free-text task (steps not enumerable, e.g. math reasoning) accepts most junk, and
    # most mutated step-shaped text, as a useless but legal step: there the invariants
    # above are the contract.
    assert rejected > (18_000 if env.legal_steps() is not None else 6_000), rejected


@pytest.fixture(scope="module")
def countdown_actions() -> list[str]:
    return list(hostile_actions(ACTIONS_PER_RUN, seed=0, legal=COUNTDOWN_LEGAL))


def _count_matching(pattern: str, actions: list[str]) -> int:
    matcher = re.compile(pattern)
    return sum(1 for a in actions if matcher.search(a))


LEGAL_LHS = "(?:" + "|".join(re.escape(s.split("=")[0]) for s in COUNTDOWN_LEGAL) + ")"


@pytest.mark.parametrize(
    ("what", "pattern"),
    [
        ("a zero denominator as the stated result of a legal step", rf"^{LEGAL_LHS}=-?\d+/0+$"),
        ("any zero denominator in the stated result", r"=[^=]*/\(?-?0+(?![0-9])"),
        ("a zero denominator as an operand", r"^[^=]*\d/\(?-?0+(?![0-9])[^=]*="),
        ("zero divided by zero", r"(?<![0-9])0/\(?0(?![0-9])"),
        ("negative zero", r"(?:^|[=(/ ])-0(?![0-9./])"),
        ("a negative stated result of a legal step", rf"^{LEGAL_LHS}=-\d+$"),
        ("a fraction as the stated result of a legal step", rf"^{LEGAL_LHS}=\d+/[1-9]\d*$"),
        ("a parenthesized negative operand", r"^[^=]*\(-\d+\)[^=]*="),
        ("a literal longer than 12 digits", r"\d{13}"),
        ("a decimal or exponent", r"\d(?:\.\d*|[eE]-?\d)"),
        ("full-width digits", "[\uff10-\uff19]"),
        ("the unicode minus, times or divide", "[\u2212\u00d7\u00f7]"),
        ("a second '='", r"^[^=]+=[^=]*="),
        ("a removed operator", r"^\d+=\d+$"),
        ("tabs or newlines between tokens", r"\d[\t\n]|[\t\n]\d"),
        ("a 'move x y' with a hostile coordinate", r"^move (?:to )?\(?[^)]*(?:-|/|\d{5})"),
    ],
)
def test_hostile_actions__cover_grammar_shaped_classes_for_countdown_steps(
    countdown_actions, what, pattern
):
    assert _count_matching(pattern, countdown_actions) >= 20, (
        f"no {what} among {ACTIONS_PER_RUN} hostile actions"
    )


def test_hostile_actions__are_fixed_by_the_seed():
    first = list(hostile_actions(2_000, seed=7, legal=COUNTDOWN_LEGAL))
    assert first == list(hostile_actions(2_000, seed=7, legal=COUNTDOWN_LEGAL))
    assert first != list(hostile_actions(2_000, seed=8, legal=COUNTDOWN_LEGAL))
