"""Env config files: every malformed file is refused with file:line: and what is wrong."""

from __future__ import annotations

import pytest

from agents.cli import main
from metacot_envs.config_files import MAX_CONFIG_BYTES, ConfigError, make_from_config

COUNTDOWN = "id: MetaCoT/Countdown-v0\nkwargs:\n"
BAD_CONFIGS = {
    "misspelled option": (COUNTDOWN + "  num_numbers: 3\n  num_numberz: 4\n", 4, "num_numberz"),
    "fractional count": (COUNTDOWN + "  num_numbers: 4.5\n", 3, "whole number"),
    "search as text": (COUNTDOWN + "  search: 'no'\n", 3, "true or false"),
    "unknown view": (COUNTDOWN + "  max_steps: 5\n  view: pixels\n", 4, "'view'.*pixels"),
    "unknown id": ("id: MetaCoT/Nope-v0\n", 1, "Nope"),
    "unimportable module": ("id: no_such_module:X-v0\n", 1, "no_such_module"),
    "duplicate id": ("id: MetaCoT/Maze-v0\nid: MetaCoT/Countdown-v0\n", 2, "duplicate key 'id'"),
    "unknown top-level key": ("id: MetaCoT/Maze-v0\nkwarg:\n  width: 5\n", 2, "kwarg"),
    "kwargs a list": ("id: MetaCoT/Maze-v0\nkwargs: [1, 2]\n", 2, "must be a mapping"),
    "id a number": ("id: 5\n", 1, "'id' must be"),
    "no id": ("kwargs: {}\n", 1, "missing field 'id'"),
    "not YAML": ("id: [unclosed\n", 2, "not valid YAML"),
    "empty": ("", 1, "expected a mapping"),
    "a list": ("- 1\n- 2\n", 1, "expected a mapping"),
    "negative penalty": (COUNTDOWN + "  invalid_penalty: -1.0\n", 3, "invalid_penalty.*0.0"),
    "zero max_steps": (COUNTDOWN + "  max_steps: 0\n", 3, "max_steps"),
    "tiny observation": (COUNTDOWN + "  max_obs_chars: 4\n", 3, "max_obs_chars"),
    "a thousand numbers": (COUNTDOWN + "  view: discrete\n  num_numbers: 1000\n", 4, "num_numbers"),
    "huge render cells": ("id: MetaCoT/Maze-v0\nkwargs:\n  render_cell_pixels: 100000\n", 3, "64"),
    "unknown maze kind": ("id: MetaCoT/Maze-v0\nkwargs:\n  kind: spiral\n", 3, "spiral"),
    "density pair of one": ("id: MetaCoT/Maze-v0\nkwargs:\n  wall_density: [0.3]\n", 3, "wall"),
    "three ranks": ("id: MetaCoT/Game24-v0\nkwargs:\n  ranks: [1, 2, 3]\n", 3, "ranks"),
    "fractional rank": ("id: MetaCoT/Game24-v0\nkwargs:\n  ranks: [1.5, 3]\n", 3, "ranks"),
    "one rank": ("id: MetaCoT/Game24-v0\nkwargs:\n  ranks: [1]\n", 3, "ranks"),
    "reversed ranks": ("id: MetaCoT/Game24-v0\nkwargs:\n  ranks: [9, 3]\n", 3, "ranks"),
    "missing csv": ("id: MetaCoT/Game24-v0\nkwargs:\n  csv_path: /no/such.csv\n", 3, "no such"),
    "missing dataset": (
        "id: MetaCoT/Math-v0\nkwargs:\n  data_path: /no/such.jsonl\n",
        3,
        "no such",
    ),
    "option name a number": ("id: MetaCoT/Maze-v0\nkwargs:\n  1: 2\n", 2, "option names"),
    "nested 500 deep": (
        "id: MetaCoT/Maze-v0\nkwargs:\n  width: " + "[" * 500 + "]" * 500,
        3,
        "nest",
    ),
}


@pytest.mark.parametrize(("text", "line", "reason"), BAD_CONFIGS.values(), ids=list(BAD_CONFIGS))
def test_bad_config__is_refused_with_file_line_and_reason(tmp_path, text, line, reason):
    path = tmp_path / "env.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=rf"^{path}:{line}: .*{reason}"):
        make_from_config(path)


def test_alias_bomb__is_refused_quickly(tmp_path):
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [
        f"a{i}: &a{i} [*a{i - 1}] ".replace("[*", "[" + ", ".join([f"*a{i - 1}"] * 9) + ", *")
        for i in range(1, 9)
    ]
    path = tmp_path / "bomb.yaml"
    path.write_text(
        "id: MetaCoT/Maze-v0\nkwargs:\n  junk:\n" + "\n".join(f"    {x}" for x in lines) + "\n"
    )
    with pytest.raises(ConfigError, match=rf"^{path}:\d+: expands to more than"):
        make_from_config(path)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"id: MetaCoT/Maze-v0\nkwargs:\n  kind: \xff\xfe\n", "not UTF-8"),
        (b"\xff\xfei\x00d\x00", "not UTF-8"),
    ],
    ids=["latin-1 byte", "utf-16"],
)
def test_config_bytes_that_are_not_utf8__are_refused_at_their_line(tmp_path, content, reason):
    path = tmp_path / "env.yaml"
    path.write_bytes(content)
    with pytest.raises(ConfigError, match=rf"^{path}:\d+: {reason}"):
        make_from_config(path)


def test_config_that_is_a_directory_missing_or_too_large__is_refused(tmp_path):
    with pytest.raises(ConfigError, match="is a directory"):
        make_from_config(tmp_path)
    with pytest.raises(ConfigError, match="no such config file"):
        make_from_config(tmp_path / "nope.yaml")
    big = tmp_path / "big.yaml"
    big.write_text("id: MetaCoT/Maze-v0\n#" + "x" * MAX_CONFIG_BYTES + "\n")
    with pytest.raises(ConfigError, match="more than a config may hold"):
        make_from_config(big)


@pytest.mark.parametrize("command", ["play", "solve", "traces"])
def test_cli__reports_a_bad_config_in_one_line_without_a_traceback(tmp_path, command, capsys):
    path = tmp_path / "env.yaml"
    path.write_text(COUNTDOWN + "  view: pixels\n", encoding="utf-8")
    extra = ["--out", str(tmp_path / "t.jsonl")] if command == "traces" else []
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--config", str(path), *extra])
    assert str(exit_info.value).startswith(f"error: {path}:3: option 'view'")


def test_cli__reports_a_bad_override_or_id_in_one_line(capsys):
    with pytest.raises(SystemExit, match=r"^error: MetaCoT/Countdown-v0: option 'num_numbers'"):
        main(["solve", "MetaCoT/Countdown-v0", "--set", "num_numbers=4.5"])
    with pytest.raises(SystemExit, match=r"^error: MetaCoT/Nope-v0: "):
        main(["evaluate", "--env", "MetaCoT/Nope-v0", "--agent", "random", "--episodes", "1"])
