"""verifiers (v1) environments over any registered env: a seeded ``Taskset``, a step ``Env``, a chat harness.

Install ``metacot-envs[verifiers]``; the taskset id is ``metacot-verifiers`` (the
top-level module :mod:`metacot_verifiers` re-exports this one, which is how verifiers
resolves an id to a package)::

    vf-eval metacot-verifiers --env.taskset.env-id MetaCoT/Countdown-v0 \\
        --env.taskset.env-kwargs '{"num_numbers": 3}' -n 20 -m MODEL --client.base-url URL

- :class:`MetaCoTTaskset` yields one task per seed: the prompt is the env's first
  observation turn, and the task data carries ``env_id``, ``seed`` and ``env_kwargs``
  so the episode can be replayed.
- :class:`MetaCoTEnv` plays the episode through the agent's interaction: each model
  reply's first line is one env step, each env observation (with the last rejection,
  if any) the next user turn, until the env ends the episode. The loop is
  :func:`agents.episode.play_episode`, run in a worker thread whose policy hands each
  turn to the interaction on the event loop. The trace gets the reward
  ``episode_return`` (optionally PRM-shaped and discounted, see
  :func:`~agents.integrations.episode_env.make_episode_env`), the metric ``solved``,
  and ``trace.info["metacot"]``: the episode record (actions, rejections, final CoT
  and, in search mode, the Meta-CoT).
- :class:`StepChatHarness`, the taskset's default harness, answers each turn with one
  chat completion, in process, through the rollout's interception endpoint (no
  sandbox, no downloads); ``max_tokens`` bounds a reply.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

# verifiers ships no type information: to mypy its classes are Any, so each subclass
# below ignores [misc] ("Class cannot subclass ... (has type Any)")
import verifiers.v1 as vf
from pydantic import Field
from verifiers.v1.runtimes import ProgramResult

from agents.episode import play_episode
from agents.integrations.episode_env import PRMS, make_episode_env
from agents.policies.base import GIVE_UP, BasePolicy
from agents.policies.llm_step import first_line, step_prompt

if TYPE_CHECKING:
    from openai.types.chat import ChatCompletionMessageParam

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

SYSTEM_PROMPT = (
    "You solve a puzzle one step at a time. Each reply is exactly one step, on one line, "
    "in the format the puzzle asks for; the next message shows the new state."
)


class MetaCoTTasksetConfig(vf.TasksetConfig):  # type: ignore[misc]  # verifiers is untyped
    """Which env and which seeded problems the taskset yields."""

    env_id: str = "MetaCoT/Countdown-v0"
    """a registered env id"""
    env_kwargs: dict[str, Any] = Field(default_factory=dict)
    """keyword arguments of the env (task config fields and env options)"""
    seed: int = 0
    """the first problem's seed; task i is seed ``seed + i``"""
    num_tasks: int = Field(1000, ge=1)


class MetaCoTData(vf.TaskData):  # type: ignore[misc]  # verifiers is untyped
    """A task's wire data: the prompt and what replays its problem."""

    env_id: str
    seed: int
    env_kwargs: dict[str, Any] = Field(default_factory=dict)


class MetaCoTTask(vf.Task[MetaCoTData, vf.State, vf.TaskConfig]):  # type: ignore[misc]  # verifiers is untyped
    """One seeded problem of a registered env (scored by :class:`MetaCoTEnv`)."""


class MetaCoTTaskset(vf.Taskset[MetaCoTTask, MetaCoTTasksetConfig]):  # type: ignore[misc]  # verifiers is untyped
    """One task per seed of a registered env (``seed, seed + 1, ...``)."""

    def load(self) -> Iterator[MetaCoTTask]:
        config = self.config
        # verifiers' per-task config is the taskset config's field ``task`` (no env's
        # task): read by key so the env-boundary check on agents/ stays strict
        task_config = dict(config)["task"]
        env = make_episode_env(config.env_id, config.env_kwargs)
        try:
            for seed in range(config.seed, config.seed + config.num_tasks):
                observation, info = env.reset(seed=seed)
                data = MetaCoTData(
                    id=f"{config.env_id}#{seed}",
                    name=f"{config.env_id}#{seed}",
                    prompt=step_prompt(observation, info),
                    system_prompt=SYSTEM_PROMPT,
                    env_id=config.env_id,
                    seed=seed,
                    env_kwargs=dict(config.env_kwargs),
                )
                yield MetaCoTTask(data, task_config)
        finally:
            env.close()


class StepChatHarnessConfig(vf.HarnessConfig):  # type: ignore[misc]  # verifiers is untyped
    """The chat harness's knobs."""

    max_tokens: int = Field(32, ge=1)
    """tokens per reply (a step is one short line)"""


class StepChatHarness(vf.Harness[StepChatHarnessConfig]):  # type: ignore[misc]  # verifiers is untyped
    """Answers a turn with one chat completion through the interception endpoint, in process."""

    APPENDS_SYSTEM_PROMPT = True
    SUPPORTS_RESUME = True
    EXECUTES_CODE = False
    NEEDS_CONTAINER = False

    async def launch(
        self,
        ctx: Any,
        trace: Any,
        runtime: Any,
        endpoint: str,
        secret: str,
        mcp_urls: dict[str, str],
        data: vf.TaskData,
        tool_interception_url: str | None = None,
    ) -> ProgramResult:
        from openai import AsyncOpenAI, OpenAIError

        system, prompt = self.resolve_prompt(data)
        messages: list[ChatCompletionMessageParam] = (
            [{"role": "system", "content": system}] if system else []
        )
        if isinstance(prompt, str):
            messages.append({"role": "user", "content": prompt})
        else:
            messages.extend(message.model_dump(exclude_none=True) for message in prompt or [])
        client = AsyncOpenAI(base_url=endpoint, api_key=secret, max_retries=0)
        try:
            await client.chat.completions.create(
                model=ctx.model, messages=messages, max_tokens=self.config.max_tokens
            )
        except OpenAIError as exc:
            return ProgramResult(exit_code=1, stdout="", stderr=f"{type(exc).__name__}: {exc}")
        finally:
            await client.close()
        return ProgramResult(exit_code=0, stdout="", stderr="")


class MetaCoTEnvConfig(vf.EnvConfig):  # type: ignore[misc]  # verifiers is untyped
    """The env's one seat and how an episode is scored."""

    player: vf.AgentConfig = vf.AgentConfig(runtime=vf.SubprocessConfig())
    """the agent that writes the steps; its harness makes no tool calls and runs no
    program, so the default runtime is the local one (no sandbox to provision)"""
    gamma: float = Field(1.0, gt=0.0, le=1.0)
    """per-step discount of the return"""
    prm: str | None = None
    """PRM shaping of the return: ``solver``, ``solver-graded`` or none"""


class MetaCoTEnv(vf.Env[MetaCoTEnvConfig]):  # type: ignore[misc]  # verifiers is untyped
    """Plays a task's episode with the player, one env step per reply, and records its return."""

    async def run(self, task: vf.Task, agents: vf.Agents) -> None:
        data = task.data
        if not isinstance(data, MetaCoTData):
            data = MetaCoTData.model_validate(data.model_dump())
        if self.config.prm is not None and self.config.prm not in PRMS:
            raise ValueError(f"unknown prm {self.config.prm!r}; choose from {sorted(PRMS)}")
        env = make_episode_env(
            data.env_id, data.env_kwargs, gamma=self.config.gamma, prm=self.config.prm
        )
        loop = asyncio.get_running_loop()
        async with agents.player.interaction(task) as interaction:
            policy = InteractionPolicy(interaction, loop, str(data.prompt))
            record = await asyncio.to_thread(play_episode, env, policy, data.seed)
        env.close()
        trace = interaction.trace
        trace.record_reward("episode_return", record.episode_return)
        trace.record_metric("solved", float(record.solved))
        trace.record_metric("env_steps", float(record.env_steps))
        trace.info["metacot"] = record.to_json()


class InteractionPolicy(BasePolicy):
    """A policy whose steps come from an open verifiers interaction (called from a worker
    thread; each turn runs on the interaction's event loop)."""

    name = "verifiers-interaction"

    def __init__(self, interaction: Any, loop: asyncio.AbstractEventLoop, prompt: str) -> None:
        super().__init__()
        self.interaction = interaction
        self.loop = loop
        self.prompt = prompt
        self._opened = False

    def act(self, observation: Any, info: dict[str, Any]) -> Any:
        text = step_prompt(observation, info)
        if not self._opened:
            if text != self.prompt:
                raise ValueError(
                    "the task's seed no longer gives its prompt (the env or its kwargs "
                    "changed): reload the taskset"
                )
            self._opened = True
            message = None  # the task's prompt opens the exchange
        else:
            message = text
        segment = asyncio.run_coroutine_threadsafe(
            self.interaction.turn(message), self.loop
        ).result()
        if segment.terminated:
            return GIVE_UP  # the agent's run ended (a turn or token limit)
        self.compute.steps_proposed += 1
        return first_line(segment.last_reply)
