"""``metacot metastar collect`` and ``play`` from the command line."""

import json

import pytest

from agents.cli import main


def test_metastar_collect__writes_each_source_from_the_train_split(tmp_path):
    out = tmp_path / "corpus.jsonl"
    args = ["metastar", "collect", "MetaCoT/Countdown-v0", "--set", "num_numbers=3"]
    args += ["--problems", "8", "--out", str(out)]
    assert main([*args, "--source", "solution", "--source", "search", "--strategy", "dfs"]) == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert {r["source"] for r in rows} == {"solution", "search"}
    assert {r["strategy"] for r in rows if r["source"] == "search"} == {"dfs"}
    assert main([*args, "--source", "agent", "--agent", "oracle"]) == 0
    rows += [json.loads(line) for line in out.read_text().splitlines()]
    assert {r["strategy"] for r in rows if r["source"] == "agent"} == {"oracle"}
    assert all(r["env_kwargs"]["split"] == "train" for r in rows)


def test_metastar_collect__refuses_held_out_splits_and_missing_agents(tmp_path):
    base = ["metastar", "collect", "MetaCoT/Game24-v0", "--problems", "2"]
    with pytest.raises(SystemExit, match="held-out"):
        main([*base, "--set", "split=test", "--out", str(tmp_path / "a.jsonl")])
    with pytest.raises(SystemExit, match="--agent NAME"):
        main([*base, "--source", "agent", "--out", str(tmp_path / "b.jsonl")])
    assert not (tmp_path / "a.jsonl").exists()


def test_metastar_play__refuses_a_folder_that_is_not_a_checkpoint(tmp_path):
    with pytest.raises(SystemExit, match="not a checkpoint"):
        main(["metastar", "play", "MetaCoT/Countdown-v0", "--checkpoint", str(tmp_path)])
