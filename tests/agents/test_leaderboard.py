"""Rendering the leaderboard: tables per family, superseding re-runs, escaping, plots."""

import json
from dataclasses import replace
from pathlib import Path

import pytest

from agents.cli import main
from agents.eval_sets import eval_set, set_kwargs
from agents.evaluate import evaluate
from agents.leaderboard import (
    BEGIN,
    END,
    MIN_RANKED_EPISODES,
    LeaderboardError,
    RowRejected,
    load_rows,
    render,
    update_readme,
)
from agents.leaderboard_plots import planned_plots, render_plots
from agents.policies import OraclePolicy, RandomPolicy
from agents.results import config_hash

ROOT = Path(__file__).resolve().parents[2]
COMMIT = "0123456789abcdef0123456789abcdef01234567"


@pytest.fixture(scope="module")
def rows():
    made = []
    for name in ("game24-test", "maze-7x7", "math-level-1", "math-level-2"):
        chosen = eval_set(name)
        for policy in (RandomPolicy(), OraclePolicy()):
            row = evaluate(chosen.env_id, policy, 50, 1_000_000, set_kwargs(chosen))
            made.append(replace(row, git_commit=COMMIT, eval_set=name))
    return made


def write(path, rows):
    path.write_text("".join(json.dumps(r.to_json()) + "\n" for r in rows))


def test_render__one_table_per_family_best_first(tmp_path, rows):
    write(tmp_path / "run.jsonl", rows)
    text = render(load_rows(tmp_path))
    assert [line for line in text.splitlines() if line.startswith("### ")] == [
        "### Game of 24",
        "### Maze",
        "### Math",
    ]
    maze = text.split("### Maze")[1].split("###")[0]
    assert maze.index("| 7x7 | oracle | 50 | 1.00 |") < maze.index("| 7x7 | random | 50 |")
    assert "| level 1 | oracle |" in text and "| level 2 | oracle |" in text


def test_readme__rendered_between_markers_keeping_the_rest(tmp_path, rows):
    readme = tmp_path / "README.md"
    readme.write_text(f"# Board\n{BEGIN}\nold\n{END}\nfooter\n")
    assert update_readme(readme, rows)
    text = readme.read_text()
    assert "old" not in text and text.endswith(f"{END}\nfooter\n") and "| test split |" in text
    assert not update_readme(readme, rows)  # nothing new: the file is not rewritten


def test_readme__never_rendered_from_no_rows(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text(f"{BEGIN}\ntables\n{END}\n")
    with pytest.raises(LeaderboardError, match="no rows"):
        update_readme(readme, [])
    assert readme.read_text() == f"{BEGIN}\ntables\n{END}\n"


def test_rows_with_few_episodes__listed_not_ranked(rows):
    few = replace(rows[0], episodes=10, env_steps=30, mean_steps=3.0, agent="tiny")
    text = render([*rows, few])
    assert "| tiny |" not in text
    assert f"Too few episodes to rank (< {MIN_RANKED_EPISODES}): tiny on test split: 0/10" in text


def test_a_rerun_of_the_same_config__supersedes_the_older_row(tmp_path, rows):
    old = [replace(r, date="2026-01-01T00:00:00+00:00", git_commit="a" * 40) for r in rows]
    new = replace(rows[0], date="2026-02-01T00:00:00+00:00", git_commit="b" * 40)
    write(tmp_path / "a.jsonl", old)
    write(tmp_path / "b.jsonl", [new])
    text = render(load_rows(tmp_path))
    assert text.count(f"| {new.agent} |") == len({r.eval_set for r in rows})
    assert f"{new.agent} @ bbbbbbbbbb seeds 1000000..1000049 (seeded) kwargs " in text
    assert "(earlier runs aaaaaaaaaa: 0/50)" in text


def test_same_agent_name_with_other_configs__shown_with_the_fields_that_differ(rows):
    base = rows[0]

    def variant(**changes):
        config = {**base.agent_config, **changes}
        return replace(base, agent_config=config, agent_config_hash=config_hash(config))

    text = render([base, variant(dtype="bfloat16"), variant(dtype="float32")])
    agent = base.agent
    assert f"| {agent} (dtype=-) |" in text
    assert f"| {agent} (dtype=bfloat16) |" in text and f"| {agent} (dtype=float32) |" in text
    assert f"| {agent} |" not in text  # alone on a set, an agent keeps its plain name
    assert f"| {rows[2].agent} |" in render(rows)
    # nested fields are dotted; a digest shows only when nothing else tells rows apart
    trained = [
        variant(trainer={"gamma": gamma, "lr": 1e-5}, model_sha256=digest)
        for gamma, digest in ((1.0, "aa"), (0.9, "bb"))
    ]
    text = render(trained)
    assert f"| {agent} (trainer.gamma=1.0) |" in text and f"| {agent} (trainer.gamma=0.9) |" in text
    text = render([variant(model_sha256="aa"), variant(model_sha256="bb")])
    assert f"| {agent} (model\\_sha256=aa) |" in text
    # fields are added until every config has its own label, each only if it splits rows
    grid = [variant(a=a, b=b, c=0) for a, b in ((1, 1), (1, 2), (2, 1))]
    text = render(grid)
    for a, b in ((1, 1), (1, 2), (2, 1)):
        assert f"| {agent} (a={a}, b={b}) |" in text  # c never differs, so never shown
    # the field that splits most goes first; a commit only when no plain field splits
    runs = [
        variant(a_commit=commit, seed=seed, trainer={"gamma": gamma}, z=z)
        for commit, seed, gamma, z in (("c1", 0, 1.0, 0), ("c1", 1, 1.0, 0), ("c2", 1, 0.9, 1))
    ]
    text = render(runs)
    for seed, gamma in ((0, 1.0), (1, 1.0), (1, 0.9)):
        assert f"| {agent} (seed={seed}, trainer.gamma={gamma}) |" in text
    text = render([variant(a_commit="c1", z=0), variant(a_commit="c2", z=1)])
    assert f"| {agent} (z=0) |" in text and "a\\_commit" not in text
    # the step count a run ended on is provenance too: settings name the rows first
    steps = [
        variant(train_seed=seed, trained_steps=count, trainer={"gamma": gamma})
        for seed, count, gamma in ((0, 162, 0.9), (1, 179, 0.9), (0, 163, 1.0), (1, 180, 1.0))
    ]
    text = render(steps)
    for seed, gamma in ((0, 0.9), (1, 0.9), (0, 1.0), (1, 1.0)):
        assert f"| {agent} (train\\_seed={seed}, trainer.gamma={gamma}) |" in text


def test_rows_from_before_the_optional_fields__still_render(tmp_path):
    old = ROOT / "leaderboards" / "results" / "2026-11-22-baselines.jsonl"
    record = json.loads(old.read_text().splitlines()[0])
    assert "steps_proposed" not in record and "problem_order" not in record
    (tmp_path / "old.jsonl").write_text(json.dumps(record) + "\n")
    [row] = load_rows(tmp_path)
    assert row.steps_proposed is None and "| - |" in render([row], min_episodes=1)


def test_text_from_rows__is_escaped_in_markdown(rows):
    kwargs = {"note": "a|b <img src=x> `c`", **rows[0].env_kwargs}
    config = {"agent": "x(1)", "prompt": "| evil"}
    row = replace(rows[0], env_kwargs=kwargs, agent="x(1)", agent_config=config)
    row = replace(row, agent_config_hash=config_hash(config), eval_set=None)
    text = render([row], min_episodes=1)
    table_line = next(line for line in text.splitlines() if "| x(1) |" in line)
    assert table_line.count(" | ") == 11  # twelve cells: the `|` in the kwargs did not split one
    assert "<img" not in text and "a\\|b &lt;img src=x&gt; \\`c\\`" in text


def test_load_rows__raises_on_the_first_bad_row_naming_file_and_line(tmp_path, rows):
    write(tmp_path / "run.jsonl", [rows[0], replace(rows[1], episodes=0)])
    with pytest.raises(RowRejected, match=r"run.jsonl:2: episodes must be at least 1"):
        load_rows(tmp_path)


def test_plots__success_vs_compute_per_family_and_math_levels(tmp_path, rows):
    pytest.importorskip("matplotlib")
    written = render_plots(rows, tmp_path)
    assert set(written) == {"Game of 24", "Maze", "Math", "Math levels"}
    assert {p.name for p in written.values()} == set(planned_plots(rows).values())
    for path in written.values():
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and path.stat().st_size > 5000
    assert not list(tmp_path.glob(".*tmp*"))


def test_plots__an_interval_end_a_rounding_hair_past_the_rate_still_plots(tmp_path, rows):
    # Wilson's upper end for 100/100 comes out as 0.9999999999999999 < 1.0
    pytest.importorskip("matplotlib")
    perfect = [replace(r, ci_high=0.9999999999999999) for r in rows if r.success_rate == 1.0]
    assert perfect
    written = render_plots(perfect, tmp_path)
    assert all(path.stat().st_size > 5000 for path in written.values())


def test_cli_leaderboard__renders_readme_with_embedded_plots(tmp_path, rows, capsys):
    pytest.importorskip("matplotlib")
    results = tmp_path / "results"
    results.mkdir()
    write(results / "run.jsonl", rows)
    readme = tmp_path / "README.md"
    readme.write_text(f"{BEGIN}\n{END}\n")
    assert main(["leaderboard", "--results", str(results), "--readme", str(readme)]) == 0
    text = readme.read_text()
    assert "![Maze: success per agent](plots/maze.png)" in text
    assert "![Math levels: success per agent](plots/math-levels.png)" in text
    assert (tmp_path / "plots" / "math-levels.png").exists()


def test_committed_leaderboard__is_what_metacot_leaderboard_renders(tmp_path):
    rows = load_rows(ROOT / "leaderboards" / "results")
    readme = ROOT / "leaderboards" / "README.md"
    copy = tmp_path / "README.md"
    copy.write_text(readme.read_text(encoding="utf-8"), encoding="utf-8")
    plots = {k: f"plots/{v}" for k, v in planned_plots(rows, MIN_RANKED_EPISODES).items()}
    update_readme(copy, rows, plots)
    assert copy.read_text(encoding="utf-8") == readme.read_text(encoding="utf-8"), (
        "leaderboards/README.md is stale: run `metacot leaderboard`"
    )
    for name in plots.values():
        assert (readme.parent / name).is_file() and f"]({name})" in readme.read_text()


def test_committed_leaderboard__every_family_ranked_with_enough_episodes():
    text = (ROOT / "leaderboards" / "README.md").read_text(encoding="utf-8")
    for family in ("Countdown", "Game of 24", "Maze", "Math"):
        section = text.split(f"### {family}\n")[1].split("\n### ")[0]
        table = [
            line for line in section.splitlines() if line.startswith("| ") and "---" not in line
        ]
        assert len(table) >= 3, family
        for line in table[1:]:
            cells = [c.strip() for c in line.split("|")[1:-1]]
            llm = "smollm2" in cells[1] or float(cells[7]) > 0  # a model reads or writes
            assert int(cells[2]) >= (50 if llm else 100), line


def test_plot_legend__drops_the_settings_every_spelled_out_set_shares():
    from agents.leaderboard_plots import short_set_labels

    labels = [
        "height=5, trials=3, width=5",
        "height=5, trials=1, width=5",
        "7x7",
    ]
    assert short_set_labels(labels) == {
        "height=5, trials=3, width=5": "trials=3",
        "height=5, trials=1, width=5": "trials=1",
        "7x7": "7x7",
    }
    assert short_set_labels(["height=5, width=5"]) == {"height=5, width=5": "height=5, width=5"}
