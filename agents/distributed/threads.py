"""Concurrent episodes in one process: a thread per policy instance, one env each.

Threads help when episodes wait on I/O (an ``OpenAIBackend`` talking to ``metacot
serve`` or ``vllm serve``: the server batches or queues while the envs, search and
PRMs of other episodes run). CPU-bound agents gain little under the GIL; fan those
out with :class:`~agents.distributed.ray_runner.RayRunner` instead.

Results equal the sequential run's for the same seeds because every episode is a
function of its seed alone: ``play_episode`` resets the env with the seed and the
policy re-seeds itself in ``reset``. That needs one policy instance per thread
(policies keep per-episode state) and a backend that is safe to share between
threads, or one per policy: an in-process ``TransformersBackend`` seeds sampling
through torch's global generator, so :func:`find_backends` lets callers refuse it.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator, Sequence
from typing import Any

from agents.backends.base import Backend
from agents.episode import EpisodeRecord, play_episode
from agents.evaluate import EpisodeFailure, ProblemOrder, make_env
from agents.policies.base import Policy

_DONE = object()


class _Raise:
    """An exception a worker thread hands to the consumer to raise."""

    def __init__(self, error: BaseException) -> None:
        self.error = error


class ThreadRunner:
    """Plays seeds on ``len(policies)`` threads, each with its own policy and env.

    Seeds start in the order given; outcomes are yielded as episodes end (any order).
    After the first failure no new episode starts; those already running finish.
    """

    def __init__(self, policies: Sequence[Policy]) -> None:
        if not policies:
            raise ValueError("ThreadRunner needs at least one policy")
        if len({id(p) for p in policies}) != len(policies):
            raise ValueError("ThreadRunner needs a distinct policy instance per thread")
        self.policies = list(policies)

    def play(
        self,
        env_id: str,
        env_kwargs: dict[str, Any],
        seeds: Sequence[int],
        order: ProblemOrder | None,
    ) -> Iterator[EpisodeRecord | EpisodeFailure]:
        pending = iter(list(seeds))
        take = threading.Lock()
        stop = threading.Event()
        out: queue.Queue[Any] = queue.Queue()

        def next_seed() -> int | None:
            with take:
                return None if stop.is_set() else next(pending, None)

        def work(policy: Policy) -> None:
            try:
                env = make_env(env_id, policy, env_kwargs)
            except Exception as exc:
                seed = next_seed()
                if seed is not None:
                    stop.set()
                    out.put(EpisodeFailure.of(seed, exc))
                out.put(_DONE)
                return
            try:
                while (seed := next_seed()) is not None:
                    options = order.options(seed) if order is not None else None
                    try:
                        out.put(play_episode(env, policy, seed, options=options))
                    except NotImplementedError as exc:  # the agent cannot play this env
                        stop.set()
                        out.put(_Raise(exc))
                    except Exception as exc:
                        stop.set()
                        out.put(EpisodeFailure.of(seed, exc))
            finally:
                env.close()
                out.put(_DONE)

        workers = self.policies[: max(1, len(seeds))]
        threads = [
            threading.Thread(target=work, args=(p,), daemon=True, name=f"episodes-{k}")
            for k, p in enumerate(workers)
        ]
        for thread in threads:
            thread.start()
        running = len(threads)
        try:
            while running:
                item = out.get()
                if item is _DONE:
                    running -= 1
                elif isinstance(item, _Raise):
                    raise item.error
                else:
                    yield item
        finally:
            stop.set()  # the consumer stopped early (or is done): start nothing new


def find_backends(policy: Policy, depth: int = 3) -> list[Backend]:
    """The backends a policy holds (looked up through its attributes, ``depth`` levels down)."""
    found: list[Backend] = []
    seen: set[int] = set()

    def visit(obj: Any, level: int) -> None:
        if id(obj) in seen or level > depth:
            return
        seen.add(id(obj))
        if isinstance(obj, Backend):
            found.append(obj)
            return
        values = vars(obj).values() if hasattr(obj, "__dict__") else ()
        if isinstance(obj, (list, tuple)):
            values = obj
        for value in values:
            if hasattr(value, "__dict__") or isinstance(value, (list, tuple)):
                visit(value, level + 1)

    visit(policy, 0)
    return found


def shares_safely(policy: Policy) -> bool:
    """Whether copies of ``policy`` may run in threads at once (every backend says it may)."""
    return all(getattr(b, "concurrent_safe", False) for b in find_backends(policy))
