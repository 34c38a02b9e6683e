"""Run directories: interrupted evaluations resume to the same rows; shards merge to them too."""

import io
import json
import os
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import pytest

from agents.cli import main
from agents.eval_sets import EVAL_SEED_START, eval_set, set_kwargs
from agents.evaluate import ProblemOrder, cell_spec, run_cell
from agents.policies import OraclePolicy, RandomPolicy
from agents.progress import EpisodeProgress
from agents.run_dir import RunCell, RunDirError, Shard, read_records

VOLATILE = ("date", "wall_seconds")
"""what differs between two runs of the same episodes"""


class InterruptAfter:
    """Wraps a policy and raises KeyboardInterrupt (as Ctrl-C would) at its n-th action."""

    def __init__(self, inner, actions):
        self.inner, self.left = inner, actions
        self.name, self.compute, self.env_kwargs = inner.name, inner.compute, inner.env_kwargs

    def config(self):
        return self.inner.config()

    def reset(self, env, seed):
        self.inner.reset(env, seed)

    def act(self, observation, info):
        self.left -= 1
        if self.left == 0:
            raise KeyboardInterrupt
        return self.inner.act(observation, info)


def stable(row):
    return {k: v for k, v in asdict(row).items() if k not in VOLATILE}


def open_cell(path, name, policy, episodes=12, fingerprint="code-a"):
    chosen = eval_set(name)
    kwargs = set_kwargs(chosen)
    order = ProblemOrder(EVAL_SEED_START, chosen.problems(kwargs)) if chosen.problems else None
    spec = cell_spec(chosen.env_id, policy, episodes, EVAL_SEED_START, kwargs, order, name)
    return RunCell.open(path, spec, "f" * 40, fingerprint), order


CASES = [
    ("countdown-4", RandomPolicy, 15),
    ("game24-test", OraclePolicy, 15),
    ("maze-7x7", RandomPolicy, 150),
]


@pytest.mark.parametrize(("name", "make_policy", "actions"), CASES, ids=[c[0] for c in CASES])
def test_interrupted_run__resumes_to_the_rows_of_an_uninterrupted_run(
    tmp_path, name, make_policy, actions
):
    cell, order = open_cell(tmp_path / "whole", name, make_policy())
    whole = run_cell(cell, make_policy(), order=order, progress_bar=False)

    cell, order = open_cell(tmp_path / "broken", name, make_policy())
    with pytest.raises(KeyboardInterrupt):
        run_cell(cell, InterruptAfter(make_policy(), actions), order=order, progress_bar=False)
    kept = list(read_records(tmp_path / "broken" / "episodes.jsonl"))
    assert 0 < len(kept) < 12 and not (tmp_path / "broken" / "row.json").exists()

    cell, order = open_cell(tmp_path / "broken", name, make_policy())
    assert cell.notes == [] and len(cell.missing()) == 12 - len(kept)
    resumed = run_cell(cell, make_policy(), order=order, progress_bar=False)
    assert whole is not None and resumed is not None
    assert stable(resumed) == stable(whole)
    assert resumed.eval_set == name and resumed.seed == EVAL_SEED_START
    assert json.loads((tmp_path / "broken" / "row.json").read_text()) == resumed.to_json()


def test_partial_last_line__is_cut_off_and_its_episode_played_again(tmp_path):
    cell, _ = open_cell(tmp_path, "countdown-4", RandomPolicy())
    whole = run_cell(cell, RandomPolicy(), progress_bar=False)
    episodes = tmp_path / "episodes.jsonl"
    data = episodes.read_bytes()
    episodes.write_bytes(data[: len(data) - 40])  # killed in the middle of writing the last record
    cell, _ = open_cell(tmp_path, "countdown-4", RandomPolicy())
    assert cell.missing() == [EVAL_SEED_START + 11]
    again = run_cell(cell, RandomPolicy(), progress_bar=False)
    assert stable(again) == stable(whole)
    assert len(episodes.read_text().splitlines()) == 12
    assert all(json.loads(text) for text in episodes.read_text().splitlines())


def test_resume__skips_finished_episodes(tmp_path):
    cell, _ = open_cell(tmp_path, "countdown-4", RandomPolicy())
    run_cell(cell, RandomPolicy(), progress_bar=False)
    cell, _ = open_cell(tmp_path, "countdown-4", RandomPolicy())
    untouched = InterruptAfter(RandomPolicy(), 1)  # would raise on its first action
    assert run_cell(cell, untouched, progress_bar=False) is not None


def test_other_code_or_settings__start_the_cell_over_keeping_old_records(tmp_path):
    cell, _ = open_cell(tmp_path, "countdown-4", RandomPolicy())
    run_cell(cell, RandomPolicy(), progress_bar=False)
    cell, _ = open_cell(tmp_path, "countdown-4", RandomPolicy(), fingerprint="code-b")
    assert "started over" in cell.notes[0] and len(cell.missing()) == 12
    stale = list(tmp_path.glob("stale-*/episodes.jsonl"))
    assert len(stale) == 1 and len(stale[0].read_text().splitlines()) == 12


def test_more_episodes__extend_a_finished_cell(tmp_path):
    cell, _ = open_cell(tmp_path, "countdown-4", RandomPolicy(), episodes=6)
    run_cell(cell, RandomPolicy(), progress_bar=False)
    cell, _ = open_cell(tmp_path, "countdown-4", RandomPolicy(), episodes=12)
    assert cell.notes == [] and len(cell.missing()) == 6
    longer = run_cell(cell, RandomPolicy(), progress_bar=False)
    cell, _ = open_cell(tmp_path / "fresh", "countdown-4", RandomPolicy(), episodes=12)
    assert stable(longer) == stable(run_cell(cell, RandomPolicy(), progress_bar=False))


def test_shards__merge_into_the_rows_of_an_unsharded_run(tmp_path, capsys):
    run = tmp_path / "run"
    for index in (1, 2, 3):
        cell, order = open_cell(run / "game24-test" / "oracle", "game24-test", OraclePolicy())
        row = run_cell(cell, OraclePolicy(), Shard(index, 3), order, progress_bar=False)
        assert (row is None) == (index < 3)  # the last shard completes the plan
    files = sorted(p.name for p in (run / "game24-test" / "oracle").glob("episodes*.jsonl"))
    assert files == [f"episodes.shard-{i}-of-3.jsonl" for i in (1, 2, 3)]
    (run / "game24-test" / "oracle" / "row.json").unlink()

    out = tmp_path / "rows.jsonl"
    assert main(["leaderboard", "merge", str(run), "--out", str(out)]) == 0
    [merged] = [json.loads(text) for text in out.read_text().splitlines()]
    cell, order = open_cell(tmp_path / "whole", "game24-test", OraclePolicy())
    whole = run_cell(cell, OraclePolicy(), order=order, progress_bar=False).to_json()
    assert {k: v for k, v in merged.items() if k not in VOLATILE} == {
        k: v for k, v in whole.items() if k not in VOLATILE
    }
    assert main(["leaderboard", "merge", str(run), "--out", str(out)]) == 0
    assert len(out.read_text().splitlines()) == 1  # merging again appends no duplicate


def test_merge__reports_missing_shards(tmp_path, capsys):
    cell, order = open_cell(tmp_path / "run" / "c" / "a", "game24-test", OraclePolicy())
    run_cell(cell, OraclePolicy(), Shard(1, 2), order, progress_bar=False)
    assert main(["leaderboard", "merge", str(tmp_path / "run")]) == 1
    assert "6 seed(s) missing" in capsys.readouterr().err


def test_shard__parses_and_splits_seeds_deterministically():
    assert Shard.parse("2/3").seeds(range(10, 17)) == [11, 14]
    seeds = sorted(s for i in (1, 2, 3) for s in Shard.parse(f"{i}/3").seeds(range(10)))
    assert seeds == list(range(10))
    for bad in ("0/3", "4/3", "x", "1/0"):
        with pytest.raises(ValueError, match="i/N"):
            Shard.parse(bad)


def test_enumerated_set__plays_each_problem_once(tmp_path):
    cell, order = open_cell(tmp_path, "game24-test", OraclePolicy(), episodes=40)
    run_cell(cell, OraclePolicy(), order=order, progress_bar=False)
    questions = [r.question for r in read_records(tmp_path / "episodes.jsonl")]
    assert len(set(questions)) == 40


def test_progress__off_a_terminal_prints_one_summary_line(tmp_path):
    cell, _ = open_cell(tmp_path, "countdown-4", OraclePolicy())
    run_cell(cell, OraclePolicy(), progress_bar=False)
    stream = io.StringIO()
    with EpisodeProgress("countdown-4 oracle", 12, resumed=2, stream=stream) as progress:
        for record in list(read_records(tmp_path / "episodes.jsonl"))[2:]:
            progress.update(record)
    assert stream.getvalue().count("\n") == 1
    assert stream.getvalue().startswith(
        "countdown-4 oracle: 12/12 episodes, 2 resumed, success 10/12"
    )


def test_cli_evaluate__resumes_and_prints_every_family(tmp_path, capsys):
    args = ["evaluate", "--agent", "random", "--agent", "oracle", "--episodes", "3"]
    args += ["--run-dir", str(tmp_path / "run"), "--no-plots"]
    assert main(args) == 0
    first = capsys.readouterr()
    for family in ("### Countdown", "### Game of 24", "### Maze", "### Math"):
        assert family in first.out
    assert main(args) == 0
    second = capsys.readouterr()
    assert "3/3 episodes, 3 resumed" in second.err
    assert _tables(second.out) == _tables(first.out) and len(_tables(first.out)) >= 10


def _tables(text):
    """Table lines without the wall-clock column."""
    return [line.rsplit("|", 2)[0] for line in text.splitlines() if line.startswith("| ")]


HOLD_A_CELL = """
import sys
from tests.agents.test_run_dir import open_cell
from agents.policies import RandomPolicy
from pathlib import Path
cell, _ = open_cell(Path(sys.argv[1]), "countdown-4", RandomPolicy(), fingerprint=sys.argv[2])
print("open", flush=True)
sys.stdin.readline()
"""


def test_a_cell_another_process_writes__is_not_set_aside_under_it(tmp_path):
    repo = Path(__file__).resolve().parents[2]
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_A_CELL, str(tmp_path), "code-a"],
        cwd=repo,
        env={**os.environ, "PYTHONPATH": str(repo)},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(RunDirError, match="another run is writing this cell"):
            open_cell(tmp_path, "countdown-4", RandomPolicy(), fingerprint="code-b")
        assert not list(tmp_path.glob("stale-*"))
        same, _ = open_cell(tmp_path, "countdown-4", RandomPolicy())  # a shard of the same run
        assert same.notes == []
        same.close()
    finally:
        holder.communicate("\n", timeout=60)
    moved, _ = open_cell(tmp_path, "countdown-4", RandomPolicy(), fingerprint="code-b")
    assert "started over" in moved.notes[0]
