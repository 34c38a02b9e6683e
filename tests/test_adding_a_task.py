"""Adding a task is its folder plus one registry row: the toy task needs nothing else.

``tests/fixtures/reach_n`` is such a task. The registry-wide tests (``tests/envs``)
cover it because ``tests/conftest.py`` imports it, as a plugin's user would; this file
drives it through the command line and checks nothing outside its folder names it.
"""

import json
from pathlib import Path

from agents.cli import main

TOY = "tests.fixtures.reach_n:MetaCoTToy/ReachN-v0"
ROOT = Path(__file__).resolve().parents[1]


def test_toy_task__is_named_only_inside_its_folder_and_the_test_setup():
    allowed = {ROOT / "tests" / "conftest.py", Path(__file__).resolve()}
    mentions = [
        path
        for folder in ("metacot_envs", "agents", "tests", "configs", "scripts", "benchmarks")
        for path in (ROOT / folder).rglob("*.py")
        if "reach_n" in path.read_text(encoding="utf-8")
        and "fixtures/reach_n" not in path.as_posix()
        and path.resolve() not in allowed
    ]
    assert mentions == []


def test_cli_solve__solves_the_toy_task(capsys):
    assert main(["solve", TOY, "--seed", "3"]) == 0
    assert "solved: True" in capsys.readouterr().out


def test_cli_evaluate__runs_random_oracle_and_solver_prm_search_on_the_toy_task(tmp_path, capsys):
    out = tmp_path / "rows.jsonl"
    agents = ["--agent", "random", "--agent", "oracle", "--agent", "solver-prm-best-first"]
    assert main(["evaluate", "--env", TOY, *agents, "--episodes", "6", "--out", str(out)]) == 0
    rows = {r["agent"]: r for r in map(json.loads, out.read_text().splitlines())}
    assert rows["oracle"]["success_rate"] == 1.0
    assert rows["solver-prm-best-first"]["success_rate"] == 1.0
    assert rows["solver-prm-best-first"]["env_kwargs"] == {"search": True}
    assert rows["random"]["episodes"] == 6 and "| oracle | 6 | 1.00 |" in capsys.readouterr().out


def test_cli_traces__writes_the_toy_task_search_traces(tmp_path):
    out = tmp_path / "traces.jsonl"
    assert main(["traces", TOY, "--episodes", "3", "--out", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == 3 and all(r["solved"] for r in records)
    assert all(r["meta_cot"][0].startswith("start node 0: at 1") for r in records)
