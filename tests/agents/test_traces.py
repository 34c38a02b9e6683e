"""Meta-STaR trace collection: records, the STaR filter, replayable provenance, the CLI."""

import json

import gymnasium as gym

import metacot_envs  # noqa: F401
from agents.cli import main
from agents.policies import BestFirstPolicy, PRMStepScorer, RandomPolicy
from agents.traces import collect_traces, sft_example
from metacot_envs.prms import SolverPRM


def test_traces__record_a_search_whose_final_cot_replays_from_the_seed():
    policy = BestFirstPolicy(PRMStepScorer(SolverPRM(graded=True)))
    records = list(collect_traces("MetaCoT/Game24-v0", policy, episodes=3, seed=5))
    assert len(records) == 3 and all(r.solved for r in records)
    for record in records:
        assert record.meta_cot[0].startswith("start node 0: left ")
        assert record.meta_cot[-1].endswith(": solved") and "Numbers:" in record.question
        env = gym.make(record.env_id, **record.env_kwargs)
        env.reset(seed=record.seed)
        for step in record.final_cot:
            _, reward, *_ = env.step(step)
        assert reward == 1.0
        example = sft_example(record)
        assert example["prompt"] == record.question
        assert example["completion"].endswith("\n".join(record.final_cot))


def test_traces__keep_only_solved_episodes_unless_asked():
    env_id, kwargs = "MetaCoT/Countdown-v0", {"num_numbers": 3, "max_steps": 8}
    everything = list(collect_traces(env_id, RandomPolicy(), 12, 0, kwargs, only_solved=False))
    kept = list(collect_traces(env_id, RandomPolicy(), 12, 0, kwargs))
    assert len(everything) == 12 and 0 < len(kept) < 12 and all(r.solved for r in kept)
    assert [r.seed for r in kept] == [r.seed for r in everything if r.solved]


def test_cli_traces__writes_records_and_sft_pairs(tmp_path, capsys):
    out, sft = tmp_path / "traces.jsonl", tmp_path / "sft.jsonl"
    args = ["traces", "MetaCoT/Countdown-v0", "--episodes", "2", "--out", str(out)]
    assert main([*args, "--sft-out", str(sft)]) == 0
    records = [json.loads(line) for line in out.read_text().splitlines()]
    pairs = [json.loads(line) for line in sft.read_text().splitlines()]
    assert len(records) == len(pairs) == 2 and records[0]["env_kwargs"] == {"search": True}
    assert pairs[0]["completion"].startswith("<search>\nstart node 0")
    assert "2 of 2 episodes solved" in capsys.readouterr().out
