"""torchrl users: ``GymEnv("MetaCoT/...")`` builds our envs by id and a torchrl collector gathers frames."""

from __future__ import annotations

import pytest
import torch
from torchrl.collectors import Collector
from torchrl.envs import GymEnv
from torchrl.envs.utils import check_env_specs

import metacot_envs  # noqa: F401  (registers the ids)


@pytest.mark.parametrize("trials", [1, 3], ids=["episodes", "meta-episodes"])
def test_gym_env_by_id__passes_specs_and_a_collector_gathers_frames(trials):
    env = GymEnv("MetaCoT/Maze-v0", view="discrete", width=5, height=5, trials=trials)
    check_env_specs(env)
    collector = Collector(env, policy=None, frames_per_batch=64, total_frames=256)
    frames, ends = 0, 0
    try:
        for batch in collector:
            assert batch.batch_size == torch.Size([64])
            frames += batch.numel()
            ends += int(batch["next", "done"].sum())
    finally:
        collector.shutdown()
    assert frames == 256 and ends > 0
    assert env.observation_spec["observation"].shape[-1] == (5 if trials == 1 else 81)


def test_readme_torchrl_example__runs_as_written():
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    block = re.search(r"torchrl's own `GymEnv`.*?```python\n(.*?)```", readme, re.S).group(1)
    namespace: dict = {}
    exec(compile(block, "README-torchrl-example", "exec"), namespace)  # noqa: S102  (our README)
    assert namespace["frames"] == 256
