"""Meta-STaR rounds and experiment configs: a tiny end-to-end run, and errors naming file and line."""

import json

import pytest

from agents.cli import main
from agents.metastar.config import load_metastar_config
from agents.metastar.line_backend import LineBackend
from agents.metastar.sft import load_trained
from metacot_envs.config_files import ConfigError

TINY_EXPERIMENT = """\
algorithm: metastar
out_dir: {out}
env_id: MetaCoT/Countdown-v0
env_kwargs:
  num_numbers: 3
  holdout_targets: [13, 23, 33, 43, 53, 63, 73, 83, 93]
corpus:
  problems: 30
  sources: [solution, search]
  strategies: [beam-2-noisy-0.3, astar-noisy-1]
sft:
  max_tokens: 1000000
  max_steps: 6
  batch_size: 4
  seq_len: 256
  save_every: 100
  log_every: 2
  progress: false
  model: {{hidden_size: 32, layers: 1, heads: 2, intermediate_size: 64, context: 512}}
eval:
  episodes: 3
  max_actions: 6
  max_tokens: 40
rounds:
  rounds: 1
  problems: 4
  max_tokens: 2000
"""


@pytest.mark.parametrize("command", [["metastar", "run"], ["train"]])
def test_metastar_run__trains_evaluates_and_logs_each_round(tmp_path, capsys, command):
    out = tmp_path / "run"
    config = tmp_path / "exp.yaml"
    config.write_text(TINY_EXPERIMENT.format(out=out))
    assert main([*command, str(config)]) == 0
    rounds = [json.loads(line) for line in (out / "rounds.jsonl").read_text().splitlines()]
    assert [r["round"] for r in rounds] == [0, 1]
    assert all(r["eval_episodes"] == 3 and 0 <= r["success_rate"] <= 1 for r in rounds)
    assert rounds[1]["train_tokens"] > 0 and rounds[1]["collect_problems"] == 4
    rows = [json.loads(line) for line in (out / "rows.jsonl").read_text().splitlines()]
    assert [r["agent"] for r in rows] == ["metastar-round-0", "metastar-round-1"]
    assert rows[0]["env_kwargs"]["split"] == "val"
    corpus = [json.loads(line) for line in (out / "corpus-0.jsonl").read_text().splitlines()]
    assert {c["source"] for c in corpus} == {"solution", "search"}
    assert all(c["env_kwargs"]["split"] == "train" for c in corpus)
    assert (out / "round-1" / "final" / "config.json").exists()
    assert "round  success" in capsys.readouterr().out


@pytest.mark.parametrize(
    "text,message",
    [
        ("out_dir: x\ncorpus:\n  problemz: 3\n", r":3: unknown setting corpus.problemz"),
        ("out_dir: x\neval:\n  episodes: many\n", r":3: eval.episodes must be int"),
        ("out_dir: x\nsft:\n  model: {arch: rnn}\n", r":2: .*arch must be one of"),
        ("out_dir: x\ncorpus: {sources: [vibes]}\n", r":2: corpus: sources must be"),
        ("- a list\n", r":1: expected a mapping"),
        ("out_dir: x\nout_dir: y\n", r":2: duplicate key"),
    ],
)
def test_load_metastar_config__errors_name_file_and_line(tmp_path, text, message):
    path = tmp_path / "bad.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=rf"bad.yaml{message}"):
        load_metastar_config(path)


def test_shipped_experiment_config__loads():
    config = load_metastar_config("configs/experiments/metastar-countdown.yaml")
    assert config.env_id == "MetaCoT/Countdown-v0" and config.eval.env_kwargs["split"] == "val"
    assert config.sft is not None and config.sft.out_dir.endswith("round-0")


def test_line_backend__stops_at_the_line_end_and_counts_tokens_written(tmp_path):
    from agents.metastar.collect import solution_examples
    from agents.metastar.sft import ModelSpec, SFTConfig, train_sft

    corpus = solution_examples("MetaCoT/Countdown-v0", {"num_numbers": 3}, range(20))
    spec = ModelSpec(hidden_size=32, layers=1, heads=2, intermediate_size=64, context=256)
    result = train_sft(
        corpus,
        SFTConfig(
            out_dir=str(tmp_path),
            model=spec,
            max_steps=30,
            lr=1e-2,
            batch_size=4,
            seq_len=256,
            progress=False,
        ),
    )
    tokenizer, model = load_trained(result.final_dir)
    backend = LineBackend(tokenizer, model, max_prompt_tokens=200)
    [[line]] = backend.generate([corpus[0].prompt], temperature=0, max_new_tokens=40, stop=["\n"])
    assert "\n" not in line.text and 1 <= line.num_tokens <= 40
    if line.num_tokens < 40:  # it stopped early: the text is what those tokens spell
        assert len(tokenizer(line.text, add_special_tokens=False)["input_ids"]) < line.num_tokens
    [[a], [b]] = [
        backend.generate([corpus[0].prompt], temperature=1.0, stop=["\n"], seed=7) for _ in range(2)
    ]
    assert a == b
    scores = backend.score(corpus[0].prompt, ["node", "zzzz"])
    assert len(scores) == 2 and all(s < 0 for s in scores)
