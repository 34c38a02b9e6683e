"""Every shipped experiment config trains in-process, logs, checkpoints, resumes, and its checkpoint plays.

Budgets are tiny (a few hundred env steps for SB3, a few dozen LLM steps); the SmolLM2
configs run with the tiny random model swapped in (their real runs live in
benchmarks/bench_rl.py), so the config, the pipeline and the checkpoint agent are all
exercised here without loading the 135M model.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from agents.cli import main
from agents.registry import make_agent
from agents.rl.run import AGENT_ENV_KEYS, read_manifest
from agents.train import load_experiment, run_experiment

pytest.importorskip("tensorboard")
from tensorboard.backend.event_processing.event_accumulator import (  # noqa: E402
    EventAccumulator,
)

# `metacot train` hands GRPO and Meta-STaR files to their own runners, tested with those
# (tests/agents/integrations/test_trl.py, tests/agents/metastar/test_rounds.py)
CONFIGS = sorted(
    path
    for path in Path("configs/experiments").glob("*.yaml")
    if yaml.safe_load(path.read_text(encoding="utf-8"))["algorithm"] not in ("grpo", "metastar")
)

SB3_BUDGET = [
    "run.total_steps=256",
    "run.checkpoint_every=128",
    "run.progress_bar=false",
    "trainer.n_envs=4",
    "trainer.n_steps=32",
    "trainer.batch_size=64",
    "trainer.n_epochs=1",
]
STEP_BUDGET = [
    "run.total_steps=24",
    "run.checkpoint_every=12",
    "run.progress_bar=false",
    "run.torch_threads=1",
    "trainer.model=tiny",
    "trainer.problems_per_iteration=2",
    "trainer.group_size=2",
    "trainer.max_new_tokens=6",
    "trainer.max_prompt_tokens=256",
    "trainer.ppo_epochs=1",
]


def budget(path: Path) -> list[str]:
    algorithm = load_experiment(path).algorithm
    return STEP_BUDGET if algorithm == "step_ppo" else SB3_BUDGET


def scalars(run_dir: Path) -> dict[str, list[int]]:
    events = EventAccumulator(str(run_dir / "tb"))
    events.Reload()
    return {tag: [e.step for e in events.Scalars(tag)] for tag in events.Tags()["scalars"]}


def test_configs__ship_every_algorithm_and_both_meta_rl_variants():
    loaded = [load_experiment(path) for path in CONFIGS]
    algorithms = {c.algorithm for c in loaded}
    assert {"ppo", "maskable_ppo", "recurrent_ppo", "step_ppo"} <= algorithms
    meta = {c.env.kwargs.get("trial_reward") for c in loaded if c.algorithm == "recurrent_ppo"}
    assert meta == {"final", "all"}
    models = {c.trainer.model for c in loaded if c.algorithm == "step_ppo"}
    assert models == {"tiny", "smollm2"}
    assert {c.env.id for c in loaded if c.algorithm == "step_ppo"} == {
        "MetaCoT/Countdown-v0",
        "MetaCoT/Math-v0",
    }


@pytest.mark.parametrize("path", CONFIGS, ids=[p.stem for p in CONFIGS])
def test_config__trains_logs_checkpoints_resumes_and_evaluates(path, tmp_path):
    out = tmp_path / "run"
    overrides = budget(path)
    config = load_experiment(path, overrides)
    checkpoint = run_experiment(config, out)

    folder, manifest = read_manifest(out)
    assert folder == checkpoint and manifest["name"] == config.name
    first = manifest["steps"]
    assert first >= config.run.total_steps
    tags = scalars(out)
    for key in ("charts/success_rate", "charts/episode_steps", "losses/policy_loss"):
        assert key in tags, (key, sorted(tags))
    if config.algorithm == "step_ppo":
        assert {"charts/tokens", "losses/kl_to_ref"} <= set(tags) or config.trainer.kl_coef == 0

    target = first + config.run.total_steps
    run_experiment(load_experiment(path, [*overrides, f"run.total_steps={target}"]), out, True)
    _, resumed = read_manifest(out)
    assert resumed["steps"] >= target > first
    assert max(scalars(out)["charts/success_rate"]) > max(tags["charts/success_rate"])

    rows = tmp_path / "rows.jsonl"
    sets = [
        arg
        for key, value in config.env.kwargs.items()
        if key not in AGENT_ENV_KEYS
        for arg in ("--set", f"{key}={json.dumps(value)}")
    ]
    status = main(
        [
            "evaluate",
            "--env",
            config.env.id,
            *sets,
            "--agent",
            f"checkpoint:{out}",
            "--episodes",
            "2",
            "--seed",
            "100000",
            "--out",
            str(rows),
        ]
    )
    assert status == 0
    [row] = [json.loads(line) for line in rows.read_text().splitlines()]
    assert row["agent"] == config.name and row["episodes"] == 2 and row["env_steps"] > 0
    assert row["agent_config"]["trained_steps"] == resumed["steps"]
    for key in AGENT_ENV_KEYS:
        if key in config.env.kwargs:
            assert row["env_kwargs"][key] == config.env.kwargs[key]
    assert make_agent(f"checkpoint:{checkpoint}").name == config.name
