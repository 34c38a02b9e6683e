"""TRL bridge: real GRPOTrainer steps with the multi-turn rollout_func on Countdown-3."""

import json
from pathlib import Path

import pytest

pytest.importorskip("trl")
pytest.importorskip("datasets")

from trl import GRPOConfig, GRPOTrainer  # noqa: E402

from agents.integrations.episode_env import DiscountedReward, load_kwargs, make_episode_env  # noqa: E402
from agents.integrations.token_episode import (  # noqa: E402
    StepSampling,
    TokenTranscriptPolicy,
    Transcript,
    TurnFormat,
)
from agents.integrations.trl import (  # noqa: E402
    EpisodeRollout,
    episode_dataset,
    episode_return_reward,
    episode_rows,
)
from agents.policies.llm_step import first_line  # noqa: E402
from metacot_envs.models import tiny_random_causal_lm  # noqa: E402

ENV_ID = "MetaCoT/Countdown-v0"
# a rejected step costs 0.1 and the graded solver PRM shapes every step by (gamma - 1) * phi(s),
# which differs between problems: returns are not all equal even for a random model
KWARGS = {"num_numbers": 3, "invalid_penalty": 0.1}
GAMMA, PRM = 0.9, "solver-graded"


def replay_return(tokenizer, row_seed, env_kwargs, completion_ids, env_mask):
    """The return of the model turns of a completion, replayed through a fresh env."""
    transcript = Transcript(completion_ids=list(completion_ids), env_mask=list(env_mask))
    env = make_episode_env(ENV_ID, env_kwargs, gamma=GAMMA, prm=PRM)
    env.reset(seed=row_seed)
    total, done = 0.0, False
    for turn in transcript.model_turns():
        assert not done, "the model wrote after its episode ended"
        step = first_line(tokenizer.decode(turn, skip_special_tokens=True))
        _, reward, terminated, truncated, _ = env.step(step)
        total += float(reward)
        done = terminated or truncated
    return total


class RecordingTrainer(GRPOTrainer):
    """Keeps what TRL built from each rollout batch (the masks it trains with)."""

    batches: list

    def _generate_and_score_completions(self, inputs):
        output = super()._generate_and_score_completions(inputs)
        self.batches.append((inputs, output))
        return output


def test_grpo_trainer__two_steps_mask_env_tokens_share_seeds_and_reward_the_replayed_return(
    tmp_path, monkeypatch
):
    monkeypatch.setenv("TRL_EXPERIMENTAL_SILENCE", "1")
    tokenizer, model = tiny_random_causal_lm(seed=0)
    dataset = episode_dataset(ENV_ID, range(16), KWARGS)
    rollout = EpisodeRollout(dataset, max_step_tokens=12, gamma=GAMMA, prm=PRM)
    calls = []

    def recording_rollout(prompts, trainer):
        out = rollout(prompts, trainer)
        calls.append((list(prompts), out))
        return out

    rewards_seen = []

    def reward(completions, episode_return, seed, env_kwargs, completion_ids, **kwargs):
        rewards_seen.append((list(seed), list(env_kwargs), list(episode_return)))
        return episode_return_reward(completions, episode_return)

    num_generations = 2
    args = GRPOConfig(
        output_dir=str(tmp_path),
        use_cpu=True,
        bf16=False,
        num_generations=num_generations,
        per_device_train_batch_size=4,
        max_steps=2,
        max_completion_length=500,
        learning_rate=1e-3,
        beta=0.0,
        report_to="none",
        logging_steps=1,
        save_strategy="no",
        seed=0,
    )
    RecordingTrainer.batches = []
    trainer = RecordingTrainer(
        model=model,
        processing_class=tokenizer,
        args=args,
        train_dataset=dataset,
        rollout_func=recording_rollout,
        reward_funcs=reward,
    )
    trainer.train()

    assert len(calls) == 2 and len(RecordingTrainer.batches) == 2
    returns = []
    for (prompts, out), (inputs, built) in zip(calls, RecordingTrainer.batches, strict=True):
        assert len(prompts) == len(out["completion_ids"]) == 4
        # a group of generations is one problem: one prompt, one seed
        for start in range(0, len(prompts), num_generations):
            group = slice(start, start + num_generations)
            assert len(set(prompts[group])) == 1
            assert len(set(out["episode_seed"][group])) == 1
            assert out["episode_seed"][start] == inputs[start]["seed"]
        for i, (ids, mask) in enumerate(zip(out["completion_ids"], out["env_mask"], strict=True)):
            assert len(ids) == len(mask) == len(out["logprobs"][i]) and 0 in mask and 1 in mask
            # env tokens are the env's observation text, and TRL trains without them
            env_text = tokenizer.decode([t for t, m in zip(ids, mask, strict=True) if not m])
            assert "T a r g e t" in env_text  # the char-level tokenizer decodes with spaces
            loss_mask = (built["completion_mask"][i] * built["tool_mask"][i]).tolist()
            assert loss_mask[: len(mask)] == mask and not any(loss_mask[len(mask) :])
            # the reward is the return of the same completion replayed through the env
            seed = inputs[i]["seed"]
            expected = replay_return(
                tokenizer, seed, load_kwargs(inputs[i]["env_kwargs"]), ids, mask
            )
            assert out["episode_return"][i] == pytest.approx(expected, abs=1e-9)
            returns.append(expected)
    seen = [r for _, _, batch in rewards_seen for r in batch]
    assert seen == pytest.approx(returns, abs=1e-9)
    assert len(set(round(r, 9) for r in returns)) > 1, "returns should differ between episodes"


def test_episode_rows__pin_each_prompt_to_its_seed():
    rows = episode_rows(ENV_ID, [0, 1, 2], KWARGS)
    env = make_episode_env(ENV_ID, KWARGS)
    for row in rows:
        observation, _ = env.reset(seed=row["seed"])
        assert observation in row["prompt"] and load_kwargs(row["env_kwargs"]) == KWARGS


def test_rollout__refuses_a_prompt_not_in_its_dataset():
    rollout = EpisodeRollout(episode_rows(ENV_ID, [0], KWARGS))
    tokenizer, model = tiny_random_causal_lm(seed=0)
    with pytest.raises(ValueError, match="not in its dataset"):
        rollout.play("What is 2+2?", TokenTranscriptPolicy(model, tokenizer))


def test_rollout__refuses_rows_whose_seed_no_longer_gives_the_prompt():
    rows = episode_rows(ENV_ID, [0], KWARGS)
    rows[0]["seed"] = 1  # a dataset built by other code: seed 1 is another problem
    rollout = EpisodeRollout(rows)
    tokenizer, model = tiny_random_causal_lm(seed=0)
    policy = TokenTranscriptPolicy(model, tokenizer, StepSampling(max_new_tokens=4), 64)
    with pytest.raises(ValueError, match="rebuild the dataset"):
        rollout.play(rows[0]["prompt"], policy)


def test_turn_format__chat_turns_come_from_the_template_and_skip_a_repeated_eos():
    class Template:
        chat_template = "x"

        def apply_chat_template(self, messages, tokenize, add_generation_prompt):
            text = "".join(f"<{m['role']}>{m['content']}</s>" for m in messages)
            return text + "<assistant>"

    fmt = TurnFormat.from_tokenizer(Template())
    assert fmt.opening("Q") == "<user>Q</s><assistant>"
    assert fmt.feedback("F") == "</s><user>F</s><assistant>"
    assert fmt.feedback("F", model_wrote="</s>") == "<user>F</s><assistant>"


def test_discounted_reward__pays_gamma_to_the_t_times_the_step_reward():
    env = DiscountedReward(make_episode_env(ENV_ID, KWARGS), gamma=0.5)
    env.reset(seed=0)
    rewards = [env.step("nonsense")[1] for _ in range(3)]
    assert rewards == pytest.approx([-0.1, -0.05, -0.025])


def test_grpo_experiment__metacot_train_runs_the_tiny_config_and_writes_before_and_after_rows(
    tmp_path, monkeypatch
):
    from agents.cli import main
    from agents.results import ResultRow

    monkeypatch.setenv("TRL_EXPERIMENTAL_SILENCE", "1")
    config = Path(__file__).resolve().parents[3] / "configs/experiments/grpo-countdown3-tiny.yaml"
    assert main(["train", str(config), "--out", str(tmp_path)]) == 0
    results = tmp_path / "rows.jsonl"
    # parsed without validation: a dirty test checkout cannot make leaderboard-grade rows
    rows = [ResultRow(**json.loads(line)) for line in results.read_text().splitlines()]
    assert [row.agent for row in rows] == [
        "grpo-countdown3-tiny-before",
        "grpo-countdown3-tiny-after",
    ]
    assert all(row.episodes == 4 and row.env_kwargs["num_numbers"] == 3 for row in rows)
    assert [row.agent_config["trained_steps"] for row in rows] == [0, 2]


def test_grpo_experiment__a_bad_field_is_reported_at_its_line(tmp_path, capsys):
    from agents.integrations.grpo_experiment import main

    config = tmp_path / "bad.yaml"
    config.write_text("name: x\nnum_generations: 3\nper_device_train_batch_size: 8\n")
    assert main([str(config)]) == 2
    assert "bad.yaml:3:" in capsys.readouterr().err
    config.write_text("name: x\nlearning_rat: 0.1\n")
    assert main([str(config)]) == 2
    assert "bad.yaml:2: unknown field 'learning_rat'" in capsys.readouterr().err
