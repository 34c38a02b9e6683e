"""Playing many episodes at once: threads against a served model, or tasks on a Ray cluster.

Both are :class:`~agents.evaluate.EpisodeRunner` s, so ``run_cell`` (resume, shards,
records by seed) is the same whoever plays. Ray is an optional extra: import
:mod:`agents.distributed.ray_runner` only when you use it.
"""

from agents.distributed.threads import ThreadRunner, find_backends

__all__ = ["ThreadRunner", "find_backends"]
