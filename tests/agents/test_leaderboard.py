import json
from dataclasses import asdict, replace

import pytest

from agents.evaluate import evaluate
from agents.leaderboard import BEGIN, END, RowRejected, load_rows, update_readme
from agents.policies import OraclePolicy, RandomPolicy


@pytest.fixture(scope="module")
def rows():
    made = [
        evaluate("MetaCoT/Game24-v0", p, episodes=4, seed=0)
        for p in (RandomPolicy(), OraclePolicy())
    ]
    return [replace(r, git_commit="0123456789abcdef") for r in made]  # as if run at a clean commit


def write(path, rows):
    path.write_text("\n".join(json.dumps(asdict(r)) for r in rows) + "\n")


def test_leaderboard__renders_rows_best_first(tmp_path, rows):
    write(tmp_path / "run.jsonl", rows)
    readme = tmp_path / "README.md"
    readme.write_text(f"# Board\n{BEGIN}\nold\n{END}\nfooter\n")
    update_readme(readme, load_rows(tmp_path))
    text = readme.read_text()
    assert "old" not in text and text.endswith("footer\n")
    assert text.index("| oracle |") < text.index("| random |")


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"git_commit": "abc+dirty"}, "clean commit"),
        ({"ci_low": 0.9, "success_rate": 0.1}, "inconsistent"),
        ({"episodes": 0}, "at least one episode"),
    ],
)
def test_leaderboard__refuses_bad_rows_naming_file_and_line(tmp_path, rows, change, reason):
    write(tmp_path / "run.jsonl", [rows[0], replace(rows[1], **change)])
    with pytest.raises(RowRejected, match=rf"run.jsonl:2: .*{reason}"):
        load_rows(tmp_path)


def test_leaderboard__refuses_missing_fields(tmp_path, rows):
    record = asdict(rows[0])
    del record["seed"]
    (tmp_path / "run.jsonl").write_text(json.dumps(record) + "\n")
    with pytest.raises(RowRejected, match=r"run.jsonl:1: missing field\(s\) \['seed'\]"):
        load_rows(tmp_path)


def test_leaderboard__a_rerun_of_the_same_config_supersedes_the_older_row(tmp_path, rows):
    old = [replace(r, date="2026-01-01T00:00:00+00:00", git_commit="aaaaaaaaaa11") for r in rows]
    new = replace(rows[0], date="2026-02-01T00:00:00+00:00", git_commit="bbbbbbbbbb22")
    write(tmp_path / "a.jsonl", old)
    write(tmp_path / "b.jsonl", [new])
    readme = tmp_path / "README.md"
    readme.write_text(f"{BEGIN}\n{END}\n")
    update_readme(readme, load_rows(tmp_path))
    text = readme.read_text()
    assert text.count(f"| {new.agent} |") == 1 and text.count(f"| {rows[1].agent} |") == 1
    assert f"{new.agent} @ bbbbbbbbbb seeds 0..3 kwargs {{}} (earlier runs aaaaaaaaaa: " in text


def test_leaderboard__reads_rows_written_before_steps_scored_existed(tmp_path, rows):
    record = asdict(rows[0])
    del record["steps_scored"]
    (tmp_path / "old.jsonl").write_text(json.dumps(record) + "\n")
    [row] = load_rows(tmp_path)
    assert row.steps_scored is None and row.agent == rows[0].agent
