"""Shared test setup: the toy task joins the registry, as a plugin's row would."""

import tests.fixtures.reach_n  # noqa: F401  (registers MetaCoTToy/ReachN-v0)
