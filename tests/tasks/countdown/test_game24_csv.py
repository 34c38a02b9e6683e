"""Ranked Game of 24 puzzle files: malformed ones are refused with file:line and the reason."""

from __future__ import annotations

import gymnasium as gym
import pytest

import metacot_envs  # noqa: F401  (registers the ids)
from metacot_envs.tasks.countdown.game24 import PuzzleFileError, load_game24_csv

HEADER = "Rank,Puzzles,AMT (s),Solved rate,1-sigma Mean (s),1-sigma STD (s)\n"
GOOD = "1,1 1 4 6,4.4,99.60%,4.67,1.48\n"
BAD_ROWS = {
    "unsolvable": ("2,1 1 1 1,4.4,99%,1,1\n", "cannot make 24"),
    "out of range": ("2,100 200 300 400,4.4,99%,1,1\n", "lie in 1-13"),
    "fifty digits": ("2," + "9" * 50 + " 1 2 3,4.4,99%,1,1\n", "4 whole numbers"),
    "negative and zeros": ("2,-5 0 0 0,4.4,99%,1,1\n", "4 whole numbers"),
    "arabic-indic digits": ("2,\u0661 \u0662 \u0663 \u0664,4.4,99%,1,1\n", "4 whole numbers"),
    "three numbers": ("2,1 2 3,4.4,99%,1,1\n", "4 whole numbers"),
    "rank not a number": ("two,1 2 3 4,4.4,99%,1,1\n", "rank"),
}


@pytest.mark.parametrize(("row", "reason"), BAD_ROWS.values(), ids=list(BAD_ROWS))
def test_bad_puzzle_row__is_refused_with_file_line_and_reason(tmp_path, row, reason):
    path = tmp_path / "24.csv"
    path.write_text(HEADER + GOOD + row, encoding="utf-8")
    with pytest.raises(PuzzleFileError, match=rf"^{path}:3: .*{reason}"):
        load_game24_csv(path)


def test_puzzle_file_with_a_byte_order_mark__keeps_its_rank_column(tmp_path):
    path = tmp_path / "24.csv"
    path.write_bytes(b"\xef\xbb\xbf" + (HEADER + GOOD + "2,4 9 10 13,1,1,1,1\n").encode())
    assert load_game24_csv(path, ranks=(2, 2)) == [(4, 9, 10, 13)]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"Rank,Puzzles\n1,1 1 4 \xff6\n", "2: not UTF-8"),
        (b"", "1: expected a header"),
        (b"Rank\n1\n", "1: expected"),
    ],
    ids=["latin-1 byte", "empty", "no puzzles column"],
)
def test_unreadable_puzzle_file__is_refused_naming_file_and_line(tmp_path, content, reason):
    path = tmp_path / "24.csv"
    path.write_bytes(content)
    with pytest.raises(PuzzleFileError, match=rf"^{path}:{reason}"):
        load_game24_csv(path)


def test_env_with_a_bad_puzzle_file__names_the_option_and_the_file(tmp_path):
    path = tmp_path / "24.csv"
    path.write_text(HEADER + "1,1 1 1 1,1,1,1,1\n", encoding="utf-8")
    with pytest.raises(ValueError, match=rf"option 'csv_path': {path}:2: "):
        gym.make("MetaCoT/Game24-v0", csv_path=str(path))
