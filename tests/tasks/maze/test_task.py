"""Maze rules: reading moves from untrusted text, wall bumps, the text view and search mode."""

from __future__ import annotations

import pytest

from metacot_envs.core.task import StepError
from metacot_envs.registry import spec_for
from metacot_envs.tasks.maze import MazeList, MazeState, MazeTask
from metacot_envs.testing import hostile_actions

make_maze_env = spec_for("MetaCoT/Maze-v0").make


@pytest.fixture
def task(snake) -> MazeTask:
    return MazeTask(MazeList([snake]))


def at(maze, x, y) -> MazeState:
    return MazeState(maze, (x, y))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("right", "right"),
        ("R", "right"),
        ("r", "right"),
        ("  RIGHT \n", "right"),
        ("down", "down"),
        ("D", "down"),
        ("move 1 1", "down"),
        ("move 2,0", "right"),
        ("Move (2, 0)", "right"),
        ("move to 2 0", "right"),
    ],
)
def test_parse__accepts_words_letters_and_move_x_y(task, snake, text, expected):
    # from (1, 0) in the snake maze: right to (2, 0); down is (1, 1), a wall
    state = at(snake, 1, 0)
    step = task.parse_step(state, text)
    if expected == "down":
        assert isinstance(step, StepError) and step.kind == "illegal"
    else:
        assert not isinstance(step, StepError), step
        assert task.format_step(step) == expected


def test_parse__a_wall_bump_is_illegal_and_says_where_the_wall_is(task, snake):
    error = task.parse_step(at(snake, 1, 0), "down")
    assert isinstance(error, StepError) and error.kind == "illegal"
    assert "wall at (1, 1)" in error.message and "legal moves: left, right" in error.message


def test_parse__leaving_the_grid_is_illegal(task, snake):
    error = task.parse_step(at(snake, 0, 0), "up")
    assert isinstance(error, StepError) and "leaves the maze" in error.message


def test_parse__move_to_a_far_cell_is_illegal(task, snake):
    error = task.parse_step(at(snake, 0, 0), "move 2 0")
    assert isinstance(error, StepError) and "not adjacent" in error.message


@pytest.mark.parametrize(
    "text",
    [
        "move \u0661 0",  # Arabic-Indic digit one: int() would accept it
        "move \uff11 0",  # fullwidth one
        "move 1\u00a00",  # no-break space is not an ASCII separator
        "\u0130",  # capital I with dot: must not case-fold to anything
        "\u212a",  # Kelvin sign
        "up up",
        "upp",
        "move 99999999999999999999 3",
        "move -1 0",
        "move 1.0 0",
        "right" * 100,
        "",
        "north",
    ],
)
def test_parse__rejects_non_ascii_digits_and_junk(task, snake, text):
    assert isinstance(task.parse_step(at(snake, 1, 0), text), StepError)


def test_parse__never_raises_on_5000_hostile_strings(task, snake):
    state = at(snake, 2, 1)
    for text in hostile_actions(5000, seed=3, legal=["up", "down", "move 2 2"]):
        task.parse_step(state, text)


def test_text_view__shows_grid_coordinates_agent_and_goal(snake):
    env = make_maze_env()
    obs, _ = env.reset(options={"problem": "\n".join(snake.to_rows())})
    assert "  01234\n0 A..#.\n1 ##.#.\n2 ...#.\n3 .###.\n4 ....G" in obs
    assert "You are at (0, 0); the goal is at (4, 4)." in obs
    obs, *_ = env.step("right")
    assert "0 SA.#." in obs


def test_text_view__labels_columns_past_ten_with_two_header_rows():
    env = make_maze_env(width=12, height=11)
    obs, _ = env.reset(seed=0)
    assert "   " + " " * 10 + "11\n   012345678901\n 0 " in obs
    assert "\n10 " in obs


def test_env__bump_is_an_invalid_step_with_penalty_and_message(snake):
    env = make_maze_env(invalid_penalty=0.1)
    env.reset(options={"problem": snake})
    _, reward, terminated, _, info = env.step("down")
    assert reward == -0.1 and not terminated
    assert "bump" in info["error"] and env.unwrapped.state.pos == (0, 0)


def test_search_mode__backtracks_out_of_the_dead_end_and_solves(snake):
    env = make_maze_env(search=True)
    env.reset(options={"problem": snake})
    to_fork = ["right", "right", "down", "down"]
    for move in to_fork:
        env.step(move)
    fork = env.unwrapped.search_tree.nodes[-1].node_id
    obs, *_ = env.step("left")
    obs, _, _, _, info = env.step(f"backtrack {fork}")
    assert f"[node {fork}]" in obs and env.unwrapped.state.pos == (2, 2)
    for move in ["left", "left", "down", "down", "right", "right", "right", "right"]:
        _, reward, terminated, _, info = env.step(move)
    assert terminated and reward == 1.0 and info["solved"]
    assert f"backtrack to node {fork}" in info["meta_cot"]
    assert info["trace"] == tuple(to_fork + ["left", "left", "down", "down"] + ["right"] * 4)


def test_astar_trace__is_offered_by_the_task_as_a_meta_cot(task, snake):
    lines = task.astar_trace(task.initial_state(snake))
    assert lines[0].startswith("create 0 0") and lines[-1] == "plan 4 4"
