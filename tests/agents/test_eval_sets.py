"""Evaluation sets: disjoint from training, every family covered, suites checked on load."""

import gymnasium as gym
import pytest

from agents.eval_sets import (
    COUNTDOWN_HOLDOUT_TARGETS,
    EVAL_SEED_START,
    EVAL_SETS,
    eval_set,
    family_of,
    set_kwargs,
    set_label,
)
from agents.registry import AGENTS
from agents.suites import SuiteError, load_suite

FAMILIES = {"Countdown", "Game of 24", "Maze", "Math"}


def test_countdown_4__evaluates_only_held_out_targets_and_train_never_sees_them():
    chosen = eval_set("countdown-4")
    env = gym.make(chosen.env_id, **set_kwargs(chosen))
    train = gym.make(
        "MetaCoT/Countdown-v0",
        num_numbers=4,
        split="train",
        holdout_targets=COUNTDOWN_HOLDOUT_TARGETS,
    )
    for seed in range(EVAL_SEED_START, EVAL_SEED_START + 30):
        assert _target(env.reset(seed=seed)[0]) in COUNTDOWN_HOLDOUT_TARGETS
        assert _target(train.reset(seed=seed - EVAL_SEED_START)[0]) not in COUNTDOWN_HOLDOUT_TARGETS


def _target(observation):
    return int(observation.split("Target: ")[1].split()[0])


def test_game24_test_split__is_disjoint_from_train_and_enumerated_once():
    chosen = eval_set("game24-test")
    test = chosen.problems(set_kwargs(chosen))
    train = chosen.problems({"split": "train"})
    assert len(test) == 272 and len(set(map(str, test))) == 272
    assert not {str(p) for p in test} & {str(p) for p in train}


def test_sets_needing_a_file__say_which_keyword_or_use_the_data_dir(tmp_path):
    with pytest.raises(ValueError, match="needs data_path=PATH"):
        set_kwargs(eval_set("math500"))
    with pytest.raises(ValueError, match="is not a file"):
        set_kwargs(eval_set("math500"), data_dir=str(tmp_path))
    (tmp_path / "24.csv").write_text("Rank,Puzzles\n901,1 2 3 4\n950,4 9 10 13\n")
    kwargs = set_kwargs(eval_set("game24-tot"), data_dir=str(tmp_path))
    assert kwargs["csv_path"] == str(tmp_path / "24.csv")
    assert eval_set("game24-tot").problems(kwargs) == [([1, 2, 3, 4], 24), ([4, 9, 10, 13], 24)]


def test_eval_sets__cover_every_family_with_unique_names_and_labels():
    assert {s.family for s in EVAL_SETS} == FAMILIES
    assert len({s.name for s in EVAL_SETS}) == len({s.label for s in EVAL_SETS}) == len(EVAL_SETS)
    for chosen in EVAL_SETS:
        assert family_of(chosen.env_id) == chosen.family
        kwargs = {**chosen.env_kwargs, "search": True}  # what a search agent's row records
        if chosen.needs:
            assert set_label(chosen.env_id, kwargs) != chosen.label  # a set needs its file
            kwargs[chosen.needs] = "/data/file"
        assert set_label(chosen.env_id, kwargs) == chosen.label


@pytest.mark.parametrize("name", ["quick", "full"])
def test_shipped_suites__load_and_cover_every_family(name):
    suite = load_suite(name, AGENTS)
    families = {eval_set(s).family for run in suite.runs for s in run.eval_sets}
    assert families == FAMILIES


def test_full_suite__has_enough_episodes_to_rank():
    for run in load_suite("full", AGENTS).runs:
        llm = all(agent.startswith("smollm2") for agent in run.agents)
        assert run.episodes >= (50 if llm else 100), run


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("runs: 3\n", "a list under 'runs'"),
        (
            "runs:\n  - {eval_sets: [nope], agents: [random], episodes: 3}\n",
            "unknown eval set 'nope'",
        ),
        ("runs:\n  - {eval_sets: [maze-7x7], agents: [nobody], episodes: 3}\n", "unknown agent"),
        ("runs:\n  - {eval_sets: [maze-7x7], agents: [random], episodes: 0}\n", "positive integer"),
        ("runs:\n  - {eval_sets: maze-7x7, agents: [random], episodes: 3}\n", "non-empty lists"),
        (
            "runs:\n  - {eval_sets: [maze-7x7], agents: [random], episodes: 3, x: 1}\n",
            "expected only",
        ),
        ("runs: [unclosed\n", "not valid YAML"),
    ],
)
def test_bad_suite__refused_naming_the_file(tmp_path, text, reason):
    path = tmp_path / "suite.yaml"
    path.write_text(text)
    with pytest.raises(SuiteError, match=reason) as caught:
        load_suite(str(path), AGENTS)
    assert str(path) in str(caught.value)
