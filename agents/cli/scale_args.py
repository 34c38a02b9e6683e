"""``--concurrency``, ``--backend-url`` and ``--ray``: how ``evaluate`` and ``traces`` play episodes.

``--backend-url URL`` points every LLM agent at an OpenAI-compatible server
(``metacot serve``, ``vllm serve``) instead of an in-process model. ``--concurrency K``
plays K episodes at once on threads (each with its own agent instance); LLM agents
need ``--backend-url`` for that, because an in-process transformers model seeds
sampling through torch's global generator. ``--ray [ADDRESS]`` plays each episode as
a Ray task (``ADDRESS`` of a running cluster, or none: ``RAY_ADDRESS`` or a new local
Ray with ``--ray-cpus`` CPUs).
"""

from __future__ import annotations

import argparse
import functools
import os
from dataclasses import dataclass, field

from agents.backends.endpoint import BACKEND_URL_VARIABLE
from agents.evaluate import EpisodeRunner, SequentialRunner
from agents.policies.base import Policy
from agents.registry import make_agent

LOCAL_RAY = "local"


def add_scale_args(parser: argparse.ArgumentParser) -> None:
    """Add ``--backend-url``, ``--concurrency``, ``--ray`` and ``--ray-cpus`` to ``parser``."""
    group = parser.add_argument_group("scaling out")
    group.add_argument(
        "--backend-url",
        help="OpenAI-compatible endpoint for LLM agents, e.g. http://127.0.0.1:8000/v1",
    )
    group.add_argument(
        "--concurrency", type=int, default=1, help="episodes played at once on threads (1)"
    )
    group.add_argument(
        "--ray",
        nargs="?",
        const=LOCAL_RAY,
        metavar="ADDRESS",
        help="play episodes as Ray tasks (no ADDRESS: RAY_ADDRESS or a new local Ray)",
    )
    group.add_argument("--ray-cpus", type=int, help="CPUs of a new local Ray (default: all)")


@dataclass
class RunnerFactory:
    """Builds the episode runner of each agent from the scaling options."""

    concurrency: int = 1
    ray: str | None = None
    ray_cpus: int | None = None
    _pools: dict[str, list[Policy]] = field(default_factory=dict)

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> RunnerFactory:
        """The factory for parsed arguments; sets the backend URL for agents made from now on."""
        if args.concurrency < 1:
            raise ValueError(f"--concurrency must be at least 1, got {args.concurrency}")
        if args.ray is not None and args.concurrency > 1:
            raise ValueError("--ray and --concurrency exclude each other (Ray sizes its own pool)")
        if args.backend_url:
            if not args.backend_url.startswith(("http://", "https://")):
                raise ValueError(
                    f"--backend-url must start with http:// or https://: {args.backend_url}"
                )
            os.environ[BACKEND_URL_VARIABLE] = args.backend_url
        return cls(args.concurrency, args.ray, args.ray_cpus)

    def runner(self, agent: str, policy: Policy) -> EpisodeRunner:
        """The runner for ``agent`` (``policy`` is its instance in this process)."""
        if self.ray is not None:
            from agents.distributed.ray_runner import RayRunner, start_ray

            try:
                start_ray(None if self.ray == LOCAL_RAY else self.ray, self.ray_cpus)
            except ImportError as exc:
                raise ValueError(
                    f"--ray needs the ray extra (pip install -e '.[ray]'): {exc}"
                ) from None
            return RayRunner(functools.partial(make_agent, agent), key=agent)
        if self.concurrency == 1:
            return SequentialRunner(policy)
        from agents.distributed.threads import ThreadRunner, shares_safely

        if not shares_safely(policy):
            raise ValueError(
                f"--concurrency {self.concurrency} with {agent}: its model runs in-process and "
                "cannot be shared by threads; serve it (metacot serve) and pass --backend-url"
            )
        pool = self._pools.setdefault(agent, [policy])
        if pool[0] is not policy:
            pool[:] = [policy]
        while len(pool) < self.concurrency:
            pool.append(make_agent(agent))
        return ThreadRunner(pool[: self.concurrency])
