"""Property test: corrupted config, dataset and puzzle files only ever raise the project's own
errors, and every message names the file."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from metacot_envs.config_files import ConfigError, make_from_config
from metacot_envs.core.option_checks import OptionError
from metacot_envs.tasks.countdown.game24 import PuzzleFileError, load_game24_csv
from metacot_envs.tasks.math.datasets import DatasetFormatError, load_jsonl

FUZZ = settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.lists(st.integers(-5, 30), max_size=5),
    st.dictionaries(st.text(max_size=4), st.integers(), max_size=2),
)
CONFIG_LINES = [
    "id: MetaCoT/Countdown-v0",
    "id: MetaCoT/Maze-v0",
    "kwargs:",
    "  num_numbers: 4",
    "  width: 7",
    "  view: discrete",
    "  search: true",
    "  max_steps: 12",
    "  invalid_penalty: 0.5",
]
OPTION_NAMES = ["num_numbers", "width", "view", "search", "max_steps", "ranks", "wall_density"]


def corrupt(data: st.DataObject, text: str) -> bytes:
    """One of: a random byte spliced in, a cut, a doubled line, or raw junk bytes."""
    raw = text.encode()
    kind = data.draw(st.integers(0, 3))
    at = data.draw(st.integers(0, len(raw)))
    if kind == 0:
        return raw[:at] + bytes([data.draw(st.integers(0, 255))]) + raw[at:]
    if kind == 1:
        return raw[:at]
    if kind == 2:
        lines = text.splitlines(keepends=True) or [""]
        line = lines[data.draw(st.integers(0, len(lines) - 1))]
        return (text + line).encode()
    return data.draw(st.binary(max_size=40))


@FUZZ
@given(data=st.data())
def test_corrupted_config__raises_only_config_errors_naming_the_file(tmp_path_factory, data):
    lines = data.draw(st.lists(st.sampled_from(CONFIG_LINES), min_size=1, max_size=6))
    option = data.draw(st.sampled_from(OPTION_NAMES))
    value = json.dumps(data.draw(VALUES))
    text = "\n".join(lines) + f"\nkwargs:\n  {option}: {value}\n"
    path = tmp_path_factory.mktemp("cfg") / "env.yaml"
    path.write_bytes(corrupt(data, text) if data.draw(st.booleans()) else text.encode())
    try:
        make_from_config(path).close()
    except ConfigError as exc:
        assert str(exc).startswith(f"{path}:"), exc


@FUZZ
@given(data=st.data())
def test_corrupted_dataset_line__raises_only_dataset_errors_naming_the_file(tmp_path_factory, data):
    record = {"problem": "What is 2+2?", "answer": "4", "level": "Level 1", "subject": "Algebra"}
    field = data.draw(st.sampled_from([*record, "solution", "type", "unique_id"]))
    record[field] = data.draw(VALUES)
    text = json.dumps(record)
    path = tmp_path_factory.mktemp("data") / "math.jsonl"
    path.write_bytes(corrupt(data, text) if data.draw(st.booleans()) else text.encode())
    try:
        load_jsonl(path)
    except DatasetFormatError as exc:
        assert str(exc).startswith(f"{path}:"), exc


@FUZZ
@given(data=st.data())
def test_corrupted_puzzle_file__raises_only_puzzle_file_errors_naming_the_file(
    tmp_path_factory, data
):
    cells = [str(data.draw(VALUES)).replace(",", " ").replace("\n", " ") for _ in range(2)]
    text = f"Rank,Puzzles\n1,1 1 4 6\n{cells[0]},{cells[1]}\n"
    path = tmp_path_factory.mktemp("csv") / "24.csv"
    path.write_bytes(corrupt(data, text) if data.draw(st.booleans()) else text.encode())
    try:
        load_game24_csv(path)
    except PuzzleFileError as exc:
        assert str(exc).startswith(f"{path}:"), exc


@pytest.mark.parametrize("kwargs", [{"num_numbers": 4.5}, {"search": "no"}, {"view": 3}])
def test_option_errors__are_value_errors_naming_the_option(kwargs):
    import gymnasium as gym

    with pytest.raises(OptionError, match=rf"option '{next(iter(kwargs))}'"):
        gym.make("MetaCoT/Countdown-v0", **kwargs)
