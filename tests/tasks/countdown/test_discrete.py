"""The Countdown codec under rule variants the registry's defaults do not exercise.

The registry-wide check covers every registered id with its default kwargs; these are
the rule combinations (negatives, fractions, every number used) of the same codec.
"""

import pytest

from metacot_envs.core.env import ReasoningEnv
from metacot_envs.tasks.countdown import CountdownConfig
from metacot_envs.testing import check_discrete_codec, replay_solver_through_codec
from metacot_envs.wrappers import DiscreteView

VARIANTS = {
    "five-numbers": {"num_numbers": 5},
    "negatives-fractions": {"num_numbers": 4, "allow_fractions": True, "allow_negative": True},
    "use-all": {"num_numbers": 4, "use_all": True, "target_max": 200},
}


@pytest.mark.parametrize("kwargs", VARIANTS.values(), ids=list(VARIANTS))
def test_codec__masks_and_decodes_the_legal_steps_under_every_rule_variant(kwargs):
    env = DiscreteView(ReasoningEnv(CountdownConfig(**kwargs).build_task()))
    for seed in range(3):
        check_discrete_codec(env, seed=seed * 10, episodes=5)
        replay_solver_through_codec(env, seed=seed)
