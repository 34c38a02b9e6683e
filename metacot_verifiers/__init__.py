"""The verifiers taskset ``metacot-verifiers``: verifiers resolves a taskset id to a top-level
package exporting its classes in ``__all__``. The code is :mod:`agents.integrations.verifiers`."""

from agents.integrations.verifiers import (
    MetaCoTData,
    MetaCoTEnv,
    MetaCoTEnvConfig,
    MetaCoTTask,
    MetaCoTTaskset,
    MetaCoTTasksetConfig,
    StepChatHarness,
    StepChatHarnessConfig,
)

__all__ = [
    "MetaCoTData",
    "MetaCoTEnv",
    "MetaCoTEnvConfig",
    "MetaCoTTask",
    "MetaCoTTaskset",
    "MetaCoTTasksetConfig",
    "StepChatHarness",
    "StepChatHarnessConfig",
]
