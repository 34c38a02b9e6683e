"""torchrl on the discrete Countdown view: spec checks and masked rollouts through real torchrl envs."""

import gymnasium as gym
import torch
from torchrl.data import Binary
from torchrl.envs import GymWrapper, TransformedEnv
from torchrl.envs.gym_like import default_info_dict_reader
from torchrl.envs.transforms import ActionMask
from torchrl.envs.utils import check_env_specs

import metacot_envs  # noqa: F401

KWARGS = {"view": "discrete", "num_numbers": 3, "number_max": 10, "target_max": 30}


def test_gym_wrapper__passes_torchrl_spec_checks():
    check_env_specs(GymWrapper(gym.make("MetaCoT/Countdown-v0", **KWARGS)))


def test_action_mask_transform__keeps_rollouts_legal():
    env = gym.make("MetaCoT/Countdown-v0", mask_in_info=True, invalid_penalty=1.0, **KWARGS)
    wrapped = GymWrapper(env)
    mask_spec = {"action_mask": Binary(env.action_space.n, dtype=torch.bool)}
    wrapped.set_info_dict_reader(default_info_dict_reader(["action_mask"], spec=mask_spec))
    masked = TransformedEnv(wrapped, ActionMask())
    masked.set_seed(0)
    rollout = masked.rollout(200, break_when_any_done=False)  # the env's own masked random actions
    assert rollout.batch_size == torch.Size([200])
    assert (rollout["next", "reward"] >= 0).all(), "a masked (illegal) action was taken"
    chosen = rollout["action"].long().argmax(-1)
    assert rollout["action_mask"].gather(-1, chosen.unsqueeze(-1)).all()
    assert int(rollout["next", "done"].sum()) > 20
