"""Shared test setup: the toy task joins the registry, as a plugin's row would."""

import os
from collections.abc import Iterator

import pytest

import tests.fixtures.reach_n  # noqa: F401  (registers MetaCoTToy/ReachN-v0)


@pytest.fixture(autouse=True, scope="session")
def _sb3_default_logs_in_pytest_tmp(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Keep SB3's default log folder inside pytest's temporary tree.

    An SB3 model that learns without a logger of its own makes an ``SB3-<date>`` folder in the
    system temp directory (``stable_baselines3.common.logger.configure``), one per ``learn``;
    ``SB3_LOGDIR`` points those at a folder pytest cleans up.
    """
    before = os.environ.get("SB3_LOGDIR")
    os.environ["SB3_LOGDIR"] = str(tmp_path_factory.mktemp("sb3-default-logs"))
    yield
    if before is None:
        os.environ.pop("SB3_LOGDIR", None)
    else:
        os.environ["SB3_LOGDIR"] = before
