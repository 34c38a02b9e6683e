"""Episodes as Ray tasks: the CPU work of evaluation (envs, solvers, PRMs, search) over a cluster.

Each task plays a chunk of seeds. A worker process builds the policy (from a picklable
zero-argument factory, e.g. ``functools.partial(make_agent, "solver-prm-mcts")``)
and the env (from the env id and kwargs) once, keeps them for the next tasks of the
same setting, and returns the chunk's records. Only the driver writes records, so a
task that Ray runs again after its worker died (``max_retries``) is written once,
when it finally returns: nothing is lost or duplicated. An episode that raises is
not retried (the same seed would raise again); it comes back as an
:class:`~agents.evaluate.EpisodeFailure`, and no further task is started.

Chunk sizes: by default the runner sizes each task itself (:func:`task_size`): one
episode per task until episodes have been timed, then about ``task_seconds`` of
episodes per task (Ray's per-task cost, 1-2 ms of the driver's CPU plus the worker's
wait while the driver hands it its next task, stays small next to it), and never more
than the not-yet-submitted seeds divided by twice the number of task slots, so chunks
shrink towards the end and the workers finish together instead of one idling while
another plays a large last chunk. Slow episodes (LLM agents, seconds each) therefore
go one per task, as before. The runner keeps two tasks per slot in flight and
submits the next chunk as one returns, so a freed worker's next task is already
queued. ``episodes_per_task=N`` fixes every chunk at N seeds instead.

LLM agents on a cluster talk to a served model: the driver's ``METACOT_BACKEND_URL``
(``--backend-url``) goes to every worker in the job's runtime environment.
The workers import the same ``agents`` and ``metacot_envs`` as the driver: on a
local Ray they inherit its environment (``PYTHONPATH`` included); on a real cluster
install the package on every node (or pass ``runtime_env``).
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from agents.backends.endpoint import BACKEND_URL_VARIABLE
from agents.episode import EpisodeRecord
from agents.evaluate import EpisodeFailure, ProblemOrder
from agents.policies.base import Policy

DEFAULT_MAX_RETRIES = 3
"""times Ray re-runs an episode whose worker process died"""

DEFAULT_TASK_SECONDS = 0.5
"""wall time a self-sized task aims at: ~250x Ray's per-task cost (1-2 ms of the driver's
CPU, plus a worker's wait for its next task), short enough for steady progress"""

_worker_cache: dict[str, Any] = {}


def start_ray(address: str | None = None, num_cpus: int | None = None) -> None:
    """Connect to the Ray cluster at ``address`` (None: ``RAY_ADDRESS`` or a new local one).

    ``num_cpus`` sizes a new local cluster (ignored when connecting). The backend URL
    and ``PYTHONPATH`` of this process go to the workers. Connecting twice is a no-op.
    Ray's usage statistics (which a local cluster would otherwise send to Ray's
    servers) are off unless ``RAY_USAGE_STATS_ENABLED`` is set: the suite runs offline.
    """
    import ray

    if ray.is_initialized():
        return
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    env_vars = {k: os.environ[k] for k in (BACKEND_URL_VARIABLE, "PYTHONPATH") if os.environ.get(k)}
    ray.init(
        address=address or None,
        num_cpus=None if address else num_cpus,
        runtime_env={"env_vars": env_vars} if env_vars else None,
        include_dashboard=False,
        log_to_driver=False,
        configure_logging=False,
    )


def _play_in_worker(
    key: str,
    factory: Callable[[], Policy],
    env_id: str,
    env_kwargs: dict[str, Any],
    seeds: list[int],
    options: list[dict[str, Any] | None],
) -> list[EpisodeRecord | EpisodeFailure]:
    """Run in a Ray worker: episodes with this process's cached policy and env.

    Returns the record of each finished episode (Ray pickles them as they are, like the
    records a single process yields); the first episode that raises gives an
    :class:`EpisodeFailure` and ends the task.
    """
    import metacot_envs  # noqa: F401  (registers the envs in a fresh worker)
    from agents.episode import play_episode
    from agents.evaluate import make_env

    policy = _worker_cache.get(key)
    if policy is None:
        policy = _worker_cache[key] = factory()
    env_key = f"{key}|{env_id}|{sorted(env_kwargs.items())!r}"
    env = _worker_cache.get(env_key)
    if env is None:
        env = _worker_cache[env_key] = make_env(env_id, policy, env_kwargs)
    out: list[EpisodeRecord | EpisodeFailure] = []
    for seed, option in zip(seeds, options, strict=True):
        try:
            out.append(play_episode(env, policy, seed, options=option))
        except NotImplementedError:  # the agent cannot play this env: the driver re-raises it
            raise
        except Exception as exc:
            out.append(EpisodeFailure.of(seed, exc))
            break
    return out


def task_size(
    unsubmitted: int, slots: int, episode_seconds: float | None, task_seconds: float
) -> int:
    """How many of the ``unsubmitted`` seeds the next task plays (see the module docstring).

    ``episode_seconds`` is the mean wall time of the episodes timed so far (None before
    the first returns); ``slots`` is how many tasks the cluster runs at once.
    """
    if unsubmitted <= 0:
        return 0
    if episode_seconds is None:
        return 1
    by_time = int(task_seconds / max(episode_seconds, 1e-9))
    balanced = -(-unsubmitted // (2 * max(slots, 1)))  # ceil: shrinks as the seeds run out
    return max(1, min(by_time, balanced, unsubmitted))


class RayRunner:
    """Plays seeds as Ray tasks in chunks; yields outcomes as tasks finish.

    ``key`` names the policy in the workers' caches (use the agent name); two
    runners with different factories need different keys. ``episodes_per_task``
    None sizes chunks from the episodes' times (``task_seconds`` each, shrinking
    at the end); a number fixes it.
    """

    def __init__(
        self,
        factory: Callable[[], Policy],
        key: str,
        max_retries: int = DEFAULT_MAX_RETRIES,
        num_cpus_per_task: float = 1.0,
        episodes_per_task: int | None = None,
        task_seconds: float = DEFAULT_TASK_SECONDS,
    ) -> None:
        if episodes_per_task is not None and episodes_per_task < 1:
            raise ValueError(f"episodes_per_task must be at least 1, got {episodes_per_task}")
        if task_seconds <= 0:
            raise ValueError(f"task_seconds must be positive, got {task_seconds}")
        self.factory = factory
        self.key = key
        self.max_retries = max_retries
        self.num_cpus_per_task = num_cpus_per_task
        self.episodes_per_task = episodes_per_task
        self.task_seconds = task_seconds

    def _slots(self) -> int:
        """Tasks the cluster runs at once (its CPUs over each task's share; at least 1)."""
        import ray

        # ray leaves cluster_resources unannotated
        cpus = float(ray.cluster_resources().get("CPU", 1.0))  # type: ignore[no-untyped-call]
        per_task = self.num_cpus_per_task if self.num_cpus_per_task > 0 else 1.0
        return max(1, int(cpus / per_task))

    def play(
        self,
        env_id: str,
        env_kwargs: dict[str, Any],
        seeds: Sequence[int],
        order: ProblemOrder | None,
    ) -> Iterator[EpisodeRecord | EpisodeFailure]:
        import ray

        if not ray.is_initialized():
            start_ray()
        task = ray.remote(
            max_retries=self.max_retries,
            retry_exceptions=False,
            num_cpus=self.num_cpus_per_task,
        )(_play_in_worker)
        factory = ray.put(self.factory)
        slots = self._slots()
        queue = deque(seeds)
        timed = [0, 0.0]  # episodes timed, their total wall seconds
        pending: dict[Any, list[int]] = {}

        def submit() -> None:
            while queue and len(pending) < 2 * slots:
                if self.episodes_per_task is not None:
                    size = min(self.episodes_per_task, len(queue))
                else:
                    mean = timed[1] / timed[0] if timed[0] else None
                    size = task_size(len(queue), slots, mean, self.task_seconds)
                chunk = [queue.popleft() for _ in range(size)]
                options = [order.options(s) if order is not None else None for s in chunk]
                ref = task.remote(self.key, factory, env_id, env_kwargs, chunk, options)
                pending[ref] = chunk

        submit()
        try:
            while pending:
                [ready], _ = ray.wait(list(pending), num_returns=1)
                chunk = pending.pop(ready)
                try:
                    results = ray.get(ready)
                except Exception as exc:  # its worker died more than max_retries times
                    cause = _cause(exc)
                    if isinstance(cause, NotImplementedError):
                        raise cause from None
                    yield EpisodeFailure.of(chunk[0], cause)
                    break
                records = [r for r in results if isinstance(r, EpisodeRecord)]
                failed = len(records) < len(results)
                if not failed:
                    timed[0] += len(records)
                    timed[1] += sum(r.wall_seconds for r in records)
                    submit()  # before the consumer's turn: keep the workers fed
                yield from results
                if failed:
                    break
        finally:
            for ref in pending:  # after a failure, or a consumer that stopped early
                ray.cancel(ref)


def _cause(exc: BaseException) -> BaseException:
    """The episode's own exception inside Ray's wrapper, where there is one."""
    cause = getattr(exc, "cause", None)
    return cause if isinstance(cause, BaseException) else exc
