import pytest

from metacot_envs.tasks.math.env import make_math_env


@pytest.fixture
def math_env():
    """A procedural Math-v0 text env (no data files needed)."""
    return make_math_env()
