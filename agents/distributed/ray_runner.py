"""Episodes as Ray tasks: the CPU work of evaluation (envs, solvers, PRMs, search) over a cluster.

Each task plays ``episodes_per_task`` seeds (default 1; more amortizes Ray's per-task
cost for agents whose episodes take milliseconds). A worker process builds the policy (from a picklable
zero-argument factory, e.g. ``functools.partial(make_agent, "solver-prm-mcts")``)
and the env (from the env id and kwargs) once, keeps them for the next tasks of the
same setting, and returns the episode's record as JSON. Only the driver writes
records, so a task that Ray runs again after its worker died (``max_retries``) is
written once, when it finally returns: nothing is lost or duplicated. An episode
that raises is not retried (the same seed would raise again); it comes back as an
:class:`~agents.evaluate.EpisodeFailure`, and the tasks not yet started are cancelled.

LLM agents on a cluster talk to a served model: the driver's ``METACOT_BACKEND_URL``
(``--backend-url``) goes to every worker in the job's runtime environment.
The workers import the same ``agents`` and ``metacot_envs`` as the driver: on a
local Ray they inherit its environment (``PYTHONPATH`` included); on a real cluster
install the package on every node (or pass ``runtime_env``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from agents.backends.endpoint import BACKEND_URL_VARIABLE
from agents.episode import EpisodeRecord
from agents.evaluate import EpisodeFailure, ProblemOrder
from agents.policies.base import Policy

DEFAULT_MAX_RETRIES = 3
"""times Ray re-runs an episode whose worker process died"""

_worker_cache: dict[str, Any] = {}


def start_ray(address: str | None = None, num_cpus: int | None = None) -> None:
    """Connect to the Ray cluster at ``address`` (None: ``RAY_ADDRESS`` or a new local one).

    ``num_cpus`` sizes a new local cluster (ignored when connecting). The backend URL
    and ``PYTHONPATH`` of this process go to the workers. Connecting twice is a no-op.
    """
    import ray

    if ray.is_initialized():
        return
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
) -> list[dict[str, Any]]:
    """Run in a Ray worker: episodes with this process's cached policy and env.

    Returns ``{"record": ...}`` per finished episode; the first episode that raises
    gives ``{"seed": s, "error": text}`` and ends the task.
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
    out: list[dict[str, Any]] = []
    for seed, option in zip(seeds, options, strict=True):
        try:
            out.append({"record": play_episode(env, policy, seed, options=option).to_json()})
        except NotImplementedError:  # the agent cannot play this env: the driver re-raises it
            raise
        except Exception as exc:
            out.append({"seed": seed, "error": EpisodeFailure.of(seed, exc).error})
            break
    return out


class RayRunner:
    """Plays each seed as a Ray task; yields outcomes as tasks finish.

    ``key`` names the policy in the workers' caches (use the agent name); two
    runners with different factories need different keys.
    """

    def __init__(
        self,
        factory: Callable[[], Policy],
        key: str,
        max_retries: int = DEFAULT_MAX_RETRIES,
        num_cpus_per_task: float = 1.0,
        episodes_per_task: int = 1,
    ) -> None:
        if episodes_per_task < 1:
            raise ValueError(f"episodes_per_task must be at least 1, got {episodes_per_task}")
        self.factory = factory
        self.key = key
        self.max_retries = max_retries
        self.num_cpus_per_task = num_cpus_per_task
        self.episodes_per_task = episodes_per_task

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
        pending: dict[Any, list[int]] = {}
        step = self.episodes_per_task
        for start in range(0, len(seeds), step):
            chunk = list(seeds[start : start + step])
            options = [order.options(s) if order is not None else None for s in chunk]
            ref = task.remote(self.key, factory, env_id, env_kwargs, chunk, options)
            pending[ref] = chunk
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
                failed = False
                for item in results:
                    if "record" in item:
                        yield EpisodeRecord.from_json(item["record"])
                    else:
                        failed = True
                        yield EpisodeFailure(int(item["seed"]), str(item["error"]))
                if failed:
                    break
        finally:
            for ref in pending:  # after a failure, or a consumer that stopped early
                ray.cancel(ref)


def _cause(exc: BaseException) -> BaseException:
    """The episode's own exception inside Ray's wrapper, where there is one."""
    cause = getattr(exc, "cause", None)
    return cause if isinstance(cause, BaseException) else exc
