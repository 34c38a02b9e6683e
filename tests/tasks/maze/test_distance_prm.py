"""The BFS oracle PRM: its values, and its potential-based shaping in PRMShaping."""

from __future__ import annotations

import pytest

from metacot_envs.core.prm import ProcessRewardModel
from metacot_envs.registry import spec_for
from metacot_envs.tasks.maze import Maze, MazeDistancePRM, MazeList, MazeState, MazeTask, astar
from metacot_envs.wrappers.prm_shaping import PRMShaping

make_maze_env = spec_for("MetaCoT/Maze-v0").make


def test_prm__is_0_at_start_1_at_goal_and_rises_by_1_over_d0_along_the_plan(snake):
    prm = MazeDistancePRM()
    assert isinstance(prm, ProcessRewardModel)
    task = MazeTask(MazeList([snake]))
    path = astar(snake).path
    scores = prm.score(task, [MazeState(snake, cell) for cell in path])
    assert scores == pytest.approx([k / 12 for k in range(13)])


def test_prm__clips_to_0_where_the_agent_is_farther_than_at_the_start():
    maze = Maze.from_rows(["...S.G", "......"])
    task = MazeTask(MazeList([maze]))
    scores = MazeDistancePRM().score(task, [MazeState(maze, (0, 0)), MazeState(maze, (4, 0))])
    assert scores == [0.0, 0.5]


def test_prm__rejects_states_of_other_tasks(snake):
    with pytest.raises(TypeError):
        MazeDistancePRM().score(MazeTask(MazeList([snake])), ["not a maze state"])


def test_prm_shaping__pays_1_over_d0_per_optimal_move_and_keeps_the_return(snake):
    env = PRMShaping(make_maze_env(), MazeDistancePRM(), gamma=1.0)
    env.reset(options={"problem": snake})
    rewards = []
    for move in astar(snake).moves:
        _, reward, terminated, _, info = env.step(move.name)
        rewards.append(reward)
    assert terminated
    assert rewards[:-1] == pytest.approx([1 / 12] * 11)
    assert sum(rewards) == pytest.approx(1.0), "potential shaping keeps the return (Φ(s0) = 0)"


def test_prm_shaping__a_step_away_from_the_goal_costs_as_much(snake):
    env = PRMShaping(make_maze_env(), MazeDistancePRM(), gamma=1.0)
    env.reset(options={"problem": snake})
    env.step("right")
    env.step("right")
    _, reward, *_ = env.step("left")
    assert reward == pytest.approx(-1 / 12)


def test_prm_shaping__works_in_the_discrete_view():
    env = PRMShaping(make_maze_env(view="discrete", width=6, height=6), MazeDistancePRM())
    env.reset(seed=0)
    _, _, _, _, info = env.step(0)
    assert {"task", "shaping", "prm"} <= set(info["reward_components"])
