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
