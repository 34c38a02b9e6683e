import copy
import pickle

import gymnasium as gym
import pytest

import metacot_envs  # noqa: F401  (registers the ids)
from metacot_envs.core.env import LegalStepTexts
from metacot_envs.testing import registered_views

VIEWS = registered_views()


@pytest.mark.parametrize(("spec", "view"), VIEWS, ids=[f"{s.id}[{v}]" for s, v in VIEWS])
def test_legal_steps__deep_copy_stays_lazy_and_equal(spec, view):
    # SB3's DummyVecEnv deep-copies every info on every step; the copy must not format the steps
    env = gym.make(spec.id, view=view)
    _, info = env.reset(seed=0)
    legal = info["legal_steps"]
    if legal is None:  # a task without a step enumeration (Math): nothing to copy lazily
        assert copy.deepcopy(info)["legal_steps"] is None
        return
    copied = copy.deepcopy(info)
    twin = copied["legal_steps"]
    assert isinstance(twin, LegalStepTexts) and legal._texts is None  # nothing formatted
    assert list(twin) == list(legal)
    assert copied["trace"] == info["trace"] and isinstance(copied["trace"], tuple)
    assert pickle.loads(pickle.dumps(info))["legal_steps"] == list(legal)


@pytest.mark.parametrize(("spec", "view"), VIEWS, ids=[f"{s.id}[{v}]" for s, v in VIEWS])
def test_step_info__deep_copy_is_equal_and_as_independent_as_a_plain_one(spec, view):
    env = gym.make(spec.id, view=view)
    env.reset(seed=0)
    _, _, _, _, info = env.step(env.action_space.sample())
    info["added_by_a_wrapper"] = {"episode": {"r": [1.0]}}  # a mutable value someone added
    copied = copy.deepcopy(info)
    assert copied == info and type(copied) is type(info) and isinstance(copied, dict)
    copied["reward_components"]["task"] = 99.0
    copied["added_by_a_wrapper"]["episode"]["r"].append(2.0)
    assert info["reward_components"].get("task") != 99.0
    assert info["added_by_a_wrapper"] == {"episode": {"r": [1.0]}}
    for key in ("action_mask",):  # arrays are copied, never shared
        if key in info:
            assert copied[key] is not info[key]
    assert pickle.loads(pickle.dumps(info)) == info
