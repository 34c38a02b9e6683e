"""How the Ray runner sizes its tasks (pure arithmetic; no Ray needed)."""

from __future__ import annotations

from agents.distributed.ray_runner import task_size


def test_task_size__one_episode_until_episodes_are_timed():
    assert task_size(1000, 2, None, 0.25) == 1


def test_task_size__about_task_seconds_of_episodes_while_many_seeds_remain():
    assert task_size(10_000, 2, 0.01, 0.25) == 25


def test_task_size__slow_episodes_go_one_per_task():
    assert task_size(500, 2, 30.0, 0.25) == 1


def test_task_size__shrinks_as_the_seeds_run_out_so_workers_finish_together():
    sizes, left = [], 400
    while left:
        size = task_size(left, 2, 0.001, 10.0)
        sizes.append(size)
        left -= size
    assert sizes[0] == 100 and sizes[-1] == 1
    assert sizes == sorted(sizes, reverse=True)
    assert sum(sizes) == 400


def test_task_size__never_more_than_the_seeds_left():
    assert task_size(3, 1, 0.001, 10.0) == 2
    assert task_size(1, 8, 0.001, 10.0) == 1
    assert task_size(0, 2, 0.01, 0.25) == 0
