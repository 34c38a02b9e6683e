"""Math-v0 under hostile step text.

Steps are free text here, so most junk is a (useless) legal step; what must hold is
that nothing raises or hangs, rejections never change the state, and the text that
must be refused (empty, NUL, foreign Unicode, over-long, absurdly nested) always is.
"""

import pytest

from metacot_envs.core.spaces import TEXT_CHARSET
from metacot_envs.registry import spec_for
from metacot_envs.tasks.math.step_text import UNICODE_TO_ASCII
from metacot_envs.testing import deadline, hostile_actions

make_math_env = spec_for("MetaCoT/Math-v0").make

ALLOWED = set(TEXT_CHARSET) | set(UNICODE_TO_ASCII)


def must_be_rejected(action: str) -> bool:
    return (
        not action.strip()
        or len(action) > 2000
        or "\x00" in action
        or any(c not in ALLOWED for c in action)
    )


@pytest.mark.parametrize("search", [False, True], ids=["plain", "search"])
def test_step__survives_10000_hostile_actions(search):
    env = make_math_env(search=search, max_steps=10**9)
    env.reset(seed=1)
    rejected = accepted = 0
    for action in hostile_actions(10_000, seed=5, legal=["1+1", "x = 3", "\\boxed{3}"]):
        before = env.state
        with deadline(5.0):
            _, reward, terminated, truncated, info = env.step(action)
        if "error" in info:
            rejected += 1
            assert env.state == before and reward == 0.0 and info["error"]
        else:
            accepted += 1
            assert not must_be_rejected(action) or action.startswith("backtrack"), action[:60]
        if terminated or truncated or (not search and env.task.is_terminal(env.state)):
            env.reset(seed=rejected)
    # half of hostile_actions() are mutations of legal steps, mostly still legal free text
    assert rejected > 3_000 and accepted > 0
