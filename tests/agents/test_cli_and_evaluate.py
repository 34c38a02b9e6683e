import json

import pytest

from agents.cli import main
from agents.evaluate import evaluate
from agents.policies import OraclePolicy, RandomPolicy
from agents.results import wilson_interval
from metacot_envs.config_files import ConfigError, load_env_config, make_from_config


def test_oracle_beats_random_and_rows_carry_provenance():
    oracle = evaluate("MetaCoT/Countdown-v0", OraclePolicy(), episodes=8, seed=0)
    random = evaluate("MetaCoT/Countdown-v0", RandomPolicy(), episodes=8, seed=0)
    assert oracle.success_rate == 1.0 and random.success_rate < 1.0
    assert oracle.git_commit and oracle.package_version and oracle.date
    assert oracle.ci_low <= oracle.success_rate <= oracle.ci_high


def test_wilson_interval__contains_the_rate_and_narrows_with_more_trials():
    low, high = wilson_interval(5, 10)
    wide = high - low
    low2, high2 = wilson_interval(50, 100)
    assert low < 0.5 < high and high2 - low2 < wide
    assert wilson_interval(0, 10)[0] == 0.0 and wilson_interval(10, 10)[1] == 1.0


def test_cli_evaluate__prints_a_table_and_writes_jsonl(tmp_path, capsys):
    out = tmp_path / "rows.jsonl"
    args = ["evaluate", "--episodes", "3", "--agent", "oracle", "--out", str(out)]
    assert main([*args, "--run-dir", str(tmp_path / "run"), "--no-plots"]) == 0
    printed = capsys.readouterr().out
    assert "| test split | oracle | 3 | 1.00 |" in printed
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert {r["env_id"] for r in rows} == {
        "MetaCoT/Countdown-v0",
        "MetaCoT/Game24-v0",
        "MetaCoT/Maze-v0",
        "MetaCoT/Math-v0",
    }
    assert {r["eval_set"] for r in rows} == {
        "countdown-4",
        "game24-test",
        "maze-7x7",
        "math-level-1",
    }


def test_cli_evaluate__ad_hoc_env_and_bad_options(tmp_path, capsys):
    run = ["--run-dir", str(tmp_path / "run"), "--no-plots"]
    assert main(["evaluate", "--env", "MetaCoT/Countdown-v0", "--set", "num_numbers=3", *run]) == 0
    assert "| num\\_numbers=3 | oracle | 10 | 1.00 |" in capsys.readouterr().out
    assert main(["evaluate", "--eval-set", "math500", *run]) == 2
    assert "eval set math500 needs data_path=PATH" in capsys.readouterr().err
    assert main(["evaluate", "--shard", "3/2", *run]) == 2
    assert "--shard expects i/N" in capsys.readouterr().err
    assert main(["evaluate", "--threads", "0", *run]) == 2
    assert "--threads must be at least 1, got 0" in capsys.readouterr().err


def test_cli_evaluate__threads_sets_torch_threads(tmp_path, capsys):
    import torch

    before = torch.get_num_threads()
    run = ["--run-dir", str(tmp_path / "run"), "--no-plots", "--episodes", "1"]
    try:
        torch.set_num_threads(2)  # so that 1 is a change the option made
        assert main(["evaluate", "--eval-set", "countdown-4", "--threads", "1", *run]) == 0
        assert torch.get_num_threads() == 1
    finally:
        torch.set_num_threads(before)


def test_cli_solve__solves_a_seeded_puzzle(capsys):
    assert main(["solve", "MetaCoT/Game24-v0", "--seed", "4"]) == 0
    assert "solved: True" in capsys.readouterr().out


def test_config__loads_and_reports_bad_keys_with_their_line(tmp_path):
    good = tmp_path / "ok.yaml"
    good.write_text("id: MetaCoT/Countdown-v0\nkwargs:\n  num_numbers: 3\n")
    assert load_env_config(good) == ("MetaCoT/Countdown-v0", {"num_numbers": 3})
    assert make_from_config(good).reset(seed=0)[0].count("Numbers:") == 1
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: MetaCoT/Countdown-v0\nkwargs:\n  num_numbers: 3\n  num_numberz: 4\n")
    with pytest.raises(ConfigError, match=r"bad.yaml:4: .*num_numberz"):
        make_from_config(bad)
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: [unclosed\n")
    with pytest.raises(ConfigError, match=r"broken.yaml:\d+: not valid YAML"):
        load_env_config(broken)


def test_shipped_configs__all_build(request):
    from pathlib import Path

    root = Path(request.config.rootpath) / "configs" / "envs"
    for path in sorted(root.glob("*.yaml")):
        env = make_from_config(path)
        env.reset(seed=0)
