"""Results rows are data from anywhere: every bad row is refused with file, line and reason."""

import json
import math
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agents.cli import main
from agents.evaluate import evaluate
from agents.policies import OraclePolicy, RandomPolicy
from agents.results import RowRejected, row_json_schema
from agents.row_validation import MAX_FILE_BYTES, read_rows, validate_files, validate_record

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "leaderboards" / "row.schema.json"
COMMIT = "0123456789abcdef0123456789abcdef01234567"


@pytest.fixture(scope="module")
def good_rows():
    made = [
        evaluate("MetaCoT/Game24-v0", policy, episodes=50, seed=0)
        for policy in (RandomPolicy(), OraclePolicy())
    ]
    return [replace(row, git_commit=COMMIT).to_json() for row in made]  # as if run clean


def line(record):
    return json.dumps(record)


def with_field(record, key, value):
    return line({**record, key: value})


def without_field(record, key):
    return line({k: v for k, v in record.items() if k != key})


# (case id, how to corrupt the random agent's row into one line, expected reason)
BAD_ROWS = [
    ("commit-int", lambda r: with_field(r, "git_commit", 123), "git_commit must be a string"),
    ("rate-str", lambda r: with_field(r, "success_rate", "0.5"), "success_rate must be a number"),
    (
        "rate-null",
        lambda r: with_field(r, "success_rate", None),
        "success_rate must be a number, got null",
    ),
    (
        "episodes-str",
        lambda r: with_field(r, "episodes", "10"),
        "episodes must be an integer, got a string",
    ),
    ("seed-str", lambda r: with_field(r, "seed", "0"), "seed must be an integer, got a string"),
    ("steps-str", lambda r: with_field(r, "mean_steps", "many"), "mean_steps must be a number"),
    (
        "kwargs-list",
        lambda r: with_field(r, "env_kwargs", [1, 2]),
        "env_kwargs must be an object, got an array",
    ),
    (
        "kwargs-str",
        lambda r: with_field(r, "env_kwargs", "split=test"),
        "env_kwargs must be an object",
    ),
    (
        "agent-list",
        lambda r: with_field(r, "agent", ["random"]),
        "agent must be a string, got an array",
    ),
    (
        "episodes-float",
        lambda r: with_field(r, "episodes", 10.5),
        "episodes must be an integer, got a number",
    ),
    (
        "episodes-bool",
        lambda r: with_field(r, "episodes", True),
        "episodes must be an integer, got a boolean",
    ),
    (
        "seed-float",
        lambda r: with_field(r, "seed", 0.5),
        "seed must be an integer, got a number 0.5",
    ),
    (
        "tokens-negative",
        lambda r: with_field(r, "tokens_generated", -5),
        "tokens_generated must be at least 0",
    ),
    (
        "wall-nan",
        lambda r: line(r).replace('"wall_seconds": ', '"wall_seconds": NaN, "x": '),
        "NaN is not a number",
    ),
    ("wall-infinity", lambda r: with_field(r, "wall_seconds", 1e400), "Infinity is not a number"),
    (
        "env-unknown",
        lambda r: with_field(r, "env_id", "MetaCoT/Nope-v0"),
        "is not a registered env",
    ),
    ("env-int", lambda r: with_field(r, "env_id", 24), "env_id must be a string"),
    (
        "env-module-unknown",
        lambda r: with_field(r, "env_id", "os:MetaCoT/Nope-v0"),
        "not a registered env",
    ),
    ("date-words", lambda r: with_field(r, "date", "yesterday"), "is not an ISO 8601 date-time"),
    (
        "date-impossible",
        lambda r: with_field(r, "date", "2026-02-30T00:00:00+00:00"),
        "is not a real date",
    ),
    ("scored-str", lambda r: with_field(r, "steps_scored", "x"), "steps_scored must be an integer"),
    (
        "commit-shell",
        lambda r: with_field(r, "git_commit", "not-a-sha; rm -rf /"),
        "is not a clean commit",
    ),
    (
        "commit-dirty",
        lambda r: with_field(r, "git_commit", COMMIT + "+dirty"),
        "is not a clean commit",
    ),
    ("commit-missing", lambda r: without_field(r, "git_commit"), "missing field(s) ['git_commit']"),
    ("agent-pipe", lambda r: with_field(r, "agent", "a|b"), "is not an agent name"),
    ("agent-newline", lambda r: with_field(r, "agent", "a\nb"), "is not an agent name"),
    (
        "rate-percent",
        lambda r: with_field(r, "success_rate", 59.4),
        "success_rate must be at most 1",
    ),
    (
        "rate-not-whole",
        lambda r: with_field(r, "success_rate", 0.31),
        "is not a whole number of 50 episodes",
    ),
    ("ci-wrong", lambda r: with_field(r, "ci_high", 0.99), "interval are inconsistent"),
    ("episodes-zero", lambda r: with_field(r, "episodes", 0), "episodes must be at least 1"),
    (
        "hash-mismatch",
        lambda r: with_field(r, "agent_config_hash", "0" * 12),
        "agent_config_hash does not match",
    ),
    ("unknown-field", lambda r: with_field(r, "bonus", 1), "unknown field(s) ['bonus']"),
    (
        "duplicate-key",
        lambda r: line(r)[:-1] + ', "success_rate": 1.0}',
        "duplicate key 'success_rate'",
    ),
    (
        "nested-duplicate",
        lambda r: line(r).replace('"env_kwargs": {}', '"env_kwargs": {"a": 1, "a": 2}'),
        "duplicate key 'a'",
    ),
    ("not-object", lambda r: "[1, 2, 3]", "a row must be a JSON object, got an array"),
    ("not-json", lambda r: line(r)[:-5], "not valid JSON"),
    ("deep-nesting", lambda r: "[" * 100_000 + "]" * 100_000, "not valid JSON"),
    (
        "huge-integer",
        lambda r: with_field(r, "seed", 0).replace('"seed": 0', '"seed": ' + "9" * 5000),
        "not valid JSON",
    ),
]


def board(tmp_path, good_rows, bad_line=None):
    """A results folder (good rows in a.jsonl, the bad line as line 2 of b.jsonl) and a README."""
    results = tmp_path / "results"
    results.mkdir()
    (results / "a.jsonl").write_text("".join(line(r) + "\n" for r in good_rows), encoding="utf-8")
    if bad_line is not None:
        data = line(good_rows[1]).encode() + b"\n" + bad_line + b"\n"
        (results / "b.jsonl").write_bytes(data)
    readme = tmp_path / "README.md"
    readme.write_text("# Board\n<!-- leaderboard:begin -->\nold\n<!-- leaderboard:end -->\n")
    return results, readme


def leaderboard(results, readme, *extra):
    return main(
        ["leaderboard", "--results", str(results), "--readme", str(readme), "--no-plots", *extra]
    )


@pytest.mark.parametrize(("case", "corrupt", "reason"), BAD_ROWS, ids=[c[0] for c in BAD_ROWS])
def test_bad_row__refused_with_file_line_and_reason_and_readme_unchanged(
    tmp_path, good_rows, capsys, case, corrupt, reason
):
    results, readme = board(tmp_path, good_rows, corrupt(good_rows[0]).encode("utf-8"))
    before = readme.read_bytes()
    assert leaderboard(results, readme) == 1
    err = capsys.readouterr().err
    assert "b.jsonl:2: " in err and reason in err, err
    assert readme.read_bytes() == before


@pytest.mark.parametrize(("case", "corrupt", "reason"), BAD_ROWS, ids=[c[0] for c in BAD_ROWS])
def test_bad_row__skip_invalid_renders_the_good_rows(
    tmp_path, good_rows, capsys, case, corrupt, reason
):
    results, readme = board(tmp_path, good_rows, corrupt(good_rows[0]).encode("utf-8"))
    assert leaderboard(results, readme, "--skip-invalid") == 0
    assert reason in capsys.readouterr().err
    text = readme.read_text()
    assert "| random |" in text and "| oracle |" in text and "old" not in text


def test_non_utf8_file__refused_with_its_line(tmp_path, good_rows, capsys):
    results, readme = board(tmp_path, good_rows, b'{"agent": "caf\xe9"}')
    before = readme.read_bytes()
    assert leaderboard(results, readme) == 1
    assert "b.jsonl:2: not UTF-8 (byte 0xe9" in capsys.readouterr().err
    assert readme.read_bytes() == before


def test_file_over_the_size_cap__refused_unread(tmp_path, good_rows, capsys):
    results, readme = board(tmp_path, good_rows)
    with (results / "huge.jsonl").open("wb") as handle:
        handle.truncate(50 * 2**20)  # 50 MB (sparse: cheap to make)
    before = readme.read_bytes()
    assert leaderboard(results, readme) == 1
    assert f"huge.jsonl:1: file is 50.0 MB, over the {MAX_FILE_BYTES // 2**20} MB limit" in (
        capsys.readouterr().err
    )
    assert readme.read_bytes() == before


@pytest.mark.parametrize("folder", ["empty", "missing"])
def test_empty_or_mistyped_results_folder__refused_and_readme_kept(
    tmp_path, good_rows, capsys, folder
):
    _, readme = board(tmp_path, good_rows)
    results = tmp_path / folder
    if folder == "empty":
        results.mkdir()
    before = readme.read_bytes()
    assert leaderboard(results, readme) == 1
    err = capsys.readouterr().err
    assert str(results) in err and "left as it was" in err
    assert readme.read_bytes() == before


def test_missing_readme__refused_without_a_traceback(tmp_path, good_rows, capsys):
    results, _ = board(tmp_path, good_rows)
    assert leaderboard(results, tmp_path / "nope" / "README.md") == 1
    assert "README.md: no such README" in capsys.readouterr().err


def test_readme_without_markers__refused_and_unchanged(tmp_path, good_rows, capsys):
    results, readme = board(tmp_path, good_rows)
    readme.write_text("# no markers\n")
    assert leaderboard(results, readme) == 1
    assert "needs the markers" in capsys.readouterr().err
    assert readme.read_text() == "# no markers\n"


def test_committed_rows__all_valid_under_our_checks_and_the_schema_file():
    root = SCHEMA_FILE.parent / "results"
    report = validate_files(sorted(root.glob("*.jsonl")))
    assert report.refusals == [] and len(report.rows) >= 30
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    for path in root.glob("*.jsonl"):
        for text in path.read_text(encoding="utf-8").splitlines():
            jsonschema.validate(json.loads(text), schema)


def test_schema_file__is_generated_from_the_result_row_dataclass():
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == row_json_schema(), (
        "leaderboards/row.schema.json is stale: run `metacot leaderboard schema --write "
        "leaderboards/row.schema.json`"
    )


@pytest.mark.parametrize(("case", "corrupt", "reason"), BAD_ROWS, ids=[c[0] for c in BAD_ROWS])
def test_schema_file__agrees_on_what_a_schema_can_say(good_rows, case, corrupt, reason):
    """Where a JSON Schema can express the rule, jsonschema refuses the row too."""
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    try:
        record = json.loads(corrupt(good_rows[0]))
    except (ValueError, RecursionError):
        return  # not JSON: no schema applies
    if any(
        word in reason
        for word in (
            "registered",
            "real date",
            "whole",
            "interval",
            "hash",
            "NaN",
            "Infinity",
            "duplicate",
        )
    ):
        return  # cross-field and parser rules: ours alone
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(record, schema)


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_corrupted_rows__only_our_errors_escape_and_each_names_the_file(tmp_path, good_rows, data):
    record = dict(good_rows[data.draw(st.sampled_from([0, 1]))])
    for _ in range(data.draw(st.integers(1, 3))):
        key = data.draw(st.sampled_from(sorted(record) + ["extra"]))
        action = data.draw(st.sampled_from(["replace", "delete"]))
        if action == "delete":
            record.pop(key, None)
        else:
            record[key] = data.draw(json_values)
    text = json.dumps(record, allow_nan=True).encode()
    if data.draw(st.booleans()):
        cut = data.draw(st.integers(0, len(text)))
        text = text[:cut] + data.draw(st.binary(max_size=4)) + text[cut:]
    path = tmp_path / f"fuzz-{data.draw(st.integers(0, 10**9))}.jsonl"
    path.write_bytes(text + b"\n")
    report = validate_files([path])
    assert all(refusal.startswith(f"{path}:") for refusal in report.refusals)
    try:
        rows = read_rows(path)
    except RowRejected as exc:
        assert str(exc).startswith(f"{path}:")
    else:
        for row in rows:  # accepted by us: the schema must accept it too, and it must be sane
            jsonschema.validate(row.to_json(), row_json_schema())
            assert 0 <= row.success_rate <= 1 and row.episodes >= 1
            assert all(math.isfinite(v) for v in (row.wall_seconds, row.mean_steps))


def test_validate_record__accepts_rows_written_before_the_optional_fields(good_rows):
    old = {
        k: v
        for k, v in good_rows[0].items()
        if k not in ("steps_scored", "steps_proposed", "prm_calls", "problem_order")
    }
    row = validate_record(old, "old.jsonl:1")
    assert row.steps_scored is None and row.problem_order == "seeded"


def test_leaderboard_readme__shows_the_errors_a_user_really_gets(
    tmp_path, good_rows, capsys, monkeypatch
):
    """The refusal example in leaderboards/README.md is what these three bad rows produce."""
    readme_text = (SCHEMA_FILE.parent / "README.md").read_text(encoding="utf-8")
    shown = readme_text.split("a temporary file.", 1)[0].split("\n```\nrefused: ")[1]
    shown = "refused: " + shown.split("\n```", 1)[0] + "\n"
    results = tmp_path / "leaderboards" / "results"
    results.mkdir(parents=True)
    good = good_rows[0]
    lines = [line(good), line(good_rows[1]), with_field(good, "success_rate", 59.4)]
    lines += [
        line(good)[:-1] + ', "success_rate": 1.0}',
        with_field(good, "git_commit", "abc+dirty"),
    ]
    (results / "mine.jsonl").write_text("\n".join(lines) + "\n")
    readme = tmp_path / "leaderboards" / "README.md"
    readme.write_text("<!-- leaderboard:begin -->\n<!-- leaderboard:end -->\n")
    monkeypatch.chdir(tmp_path)  # the default --results and --readme, as a user runs it
    assert main(["leaderboard", "--no-plots"]) == 1
    assert capsys.readouterr().err == shown
