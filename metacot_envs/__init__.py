"""metacot-envs: Gymnasium environments for research on search in LLM reasoning (Meta-CoT).

Importing the package registers every environment id in :mod:`metacot_envs.registry`.
"""

__version__ = "0.1.0"

from metacot_envs.registry import ENV_SPECS, register_all

register_all()

__all__ = ["ENV_SPECS", "__version__", "register_all"]
