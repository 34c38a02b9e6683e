import json

import pytest

from metacot_envs.registry import spec_for
from metacot_envs.tasks.math.datasets import (
    DatasetFormatError,
    filter_problems,
    load_jsonl,
    problems_from_records,
)

make_math_env = spec_for("MetaCoT/Math-v0").make

MATH_RECORDS = [
    {
        "problem": "What is $2+3$?",
        "answer": "5",
        "level": "Level 1",
        "subject": "Prealgebra",
        "unique_id": "test/prealgebra/1.json",
    },
    {
        "problem": "Simplify $\\frac{6}{8}$.",
        "solution": "Divide by 2: $\\boxed{\\frac{3}{4}}$.",
        "level": 3,
        "type": "Number Theory",
    },
]
GSM8K_RECORDS = [
    {"question": "Tom has 3 apples and buys 4. How many?", "answer": "3+4=<<3+4=7>>7\n#### 7"},
    {"question": "A car costs $1,200 more than $800.", "answer": "So 2,000.\n#### 2,000"},
]


def write_jsonl(path, records):
    path.write_text("\n".join(json.dumps(r) if isinstance(r, dict) else r for r in records) + "\n")
    return path


def test_load_jsonl__reads_math_records_with_answer_or_boxed_solution(tmp_path):
    problems = load_jsonl(write_jsonl(tmp_path / "math.jsonl", MATH_RECORDS))
    assert [p.reference for p in problems] == ["5", "\\frac{3}{4}"]
    assert [p.level for p in problems] == [1, 3]
    assert [p.subject for p in problems] == ["Prealgebra", "Number Theory"]
    assert problems[0].problem_id == "test/prealgebra/1.json"
    assert problems[1].problem_id.endswith("math.jsonl:2")


def test_load_jsonl__reads_gsm8k_final_answers_without_thousands_separators(tmp_path):
    problems = load_jsonl(write_jsonl(tmp_path / "gsm8k.jsonl", GSM8K_RECORDS))
    assert [p.reference for p in problems] == ["7", "2000"]
    assert all(p.kind == "gsm8k" for p in problems)


@pytest.mark.parametrize(
    ("bad_record", "fragment"),
    [
        ({"question_text": "no known fields"}, "missing field 'problem'"),
        ({"problem": "Compute 1+1.", "solution": "It is 2."}, "missing field 'answer'"),
        ({"problem": "", "answer": "2"}, "missing field 'problem'"),
        ({"question": "How many?", "answer": "Seven."}, "no final '#### <number>' line"),
        ("{not json", "not valid JSON"),
        ("[1, 2]", "expected a JSON object"),
    ],
)
def test_load_jsonl__names_file_line_and_field_of_a_malformed_record(
    tmp_path, bad_record, fragment
):
    path = write_jsonl(tmp_path / "bad.jsonl", [MATH_RECORDS[0], bad_record])
    with pytest.raises(DatasetFormatError) as caught:
        load_jsonl(path)
    message = str(caught.value)
    assert message.startswith(f"{path}:2:") and fragment in message


def test_records__any_iterable_of_dicts_works_like_a_file():
    problems = problems_from_records(r for r in [*MATH_RECORDS, *GSM8K_RECORDS])
    assert [p.kind for p in problems] == ["math", "math", "gsm8k", "gsm8k"]
    with pytest.raises(DatasetFormatError, match="records:1: missing field 'answer'"):
        problems_from_records([MATH_RECORDS[0], {"problem": "x"}])


def test_filter__keeps_levels_and_subjects_case_insensitively():
    problems = problems_from_records(MATH_RECORDS)
    assert [p.level for p in filter_problems(problems, levels=[3])] == [3]
    assert len(filter_problems(problems, subjects=["prealgebra"])) == 1
    assert filter_problems(problems, limit=1) == problems[:1]


def test_env__plays_a_jsonl_dataset_by_path_and_rewards_the_reference(tmp_path):
    path = write_jsonl(tmp_path / "math.jsonl", MATH_RECORDS)
    env = make_math_env(data_path=str(path), level=3)
    obs, _ = env.reset(seed=0)
    assert "Simplify" in obs
    _, reward, terminated, _, _ = env.step("Dividing by 2 gives \\boxed{0.75}.")
    assert (reward, terminated) == (1.0, True)


def test_env__plays_records_and_refuses_an_empty_selection():
    env = make_math_env(records=GSM8K_RECORDS, answer_patterns=[r"####\s*([^\n]+)"])
    env.reset(options={"problem": GSM8K_RECORDS[1]})
    _, reward, terminated, _, _ = env.step("1,200 + 800 = 2,000\n#### 2000")
    assert (reward, terminated) == (1.0, True)
    with pytest.raises(ValueError, match="no problems"):
        make_math_env(records=GSM8K_RECORDS, subjects=["Geometry"])
    with pytest.raises(ValueError, match="data_path"):
        make_math_env(source="jsonl")


def test_math_records__that_ask_to_factor_require_a_factored_answer(tmp_path):
    records = [
        {"problem": "Factor the expression $ab+5b+2a+10$.", "answer": "(a+5)(b+2)"},
        {"problem": "How many positive factors does 12 have?", "answer": "6"},
    ]
    env = make_math_env(data_path=str(write_jsonl(tmp_path / "math.jsonl", records)))
    env.reset(options={"problem": records[0]})
    assert env.unwrapped.problem.required_form == "factored"
    _, reward, _, _, _ = env.step("\\boxed{ab+5b+2a+10}")
    assert reward == 0.0
    env.reset(options={"problem": records[0]})
    _, reward, _, _, _ = env.step("\\boxed{(b+2)(a+5)}")
    assert reward == 1.0
    env.reset(options={"problem": records[1]})
    assert env.unwrapped.problem.required_form == ""


BAD_LINES = {
    "answer a list": (
        '{"problem": "p", "answer": [1, 2]}',
        "'answer' must be text or a number, got list",
    ),
    "answer an object": (
        '{"problem": "p", "answer": {"x": 1}}',
        "'answer' must be text or a number, got dict",
    ),
    "answer true": (
        '{"problem": "p", "answer": true}',
        "'answer' must be text or a number, got bool",
    ),
    "answer NaN": ('{"problem": "p", "answer": NaN}', "'answer' is nan"),
    "level a list": ('{"problem": "p", "answer": "1", "level": [3]}', "'level' must be a number"),
    "level a word": (
        '{"problem": "p", "answer": "1", "level": "hard"}',
        "'level' must be a number",
    ),
    "problem a list": ('{"problem": ["p"], "answer": "1"}', "'problem' must be text, got list"),
    "subject a number": ('{"problem": "p", "answer": "1", "subject": 7}', "'subject' must be text"),
    "nested 100k deep": ('{"problem": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested too deeply"),
    "not JSON": ("{problem: p}", "not valid JSON"),
}


@pytest.mark.parametrize(("line", "reason"), BAD_LINES.values(), ids=list(BAD_LINES))
def test_bad_dataset_line__is_refused_with_file_line_and_reason(tmp_path, line, reason):
    good = json.dumps(MATH_RECORDS[0])
    path = tmp_path / "data.jsonl"
    path.write_text(f"{good}\n{line}\n", encoding="utf-8")
    with pytest.raises(DatasetFormatError, match=rf"^{path}:2: .*{reason}"):
        load_jsonl(path)


@pytest.mark.parametrize(
    "content",
    [
        b'{"problem": "\xff", "answer": "1"}\n',
        '{"problem": "p"}'.encode("utf-16"),
        bytes(range(256)),
    ],
    ids=["latin-1 byte", "utf-16", "binary"],
)
def test_dataset_bytes_that_are_not_utf8__are_refused_at_their_line(tmp_path, content):
    path = tmp_path / "data.jsonl"
    path.write_bytes(b'{"problem": "p", "answer": "1"}\n' + content)
    with pytest.raises(DatasetFormatError, match=rf"^{path}:2: (not UTF-8|not valid JSON)"):
        load_jsonl(path)


def test_empty_or_missing_dataset__is_refused_naming_the_file(tmp_path):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n\n")
    with pytest.raises(DatasetFormatError, match=rf"^{empty}:1: the file holds no problems"):
        load_jsonl(empty)
    with pytest.raises(DatasetFormatError, match="no such file"):
        load_jsonl(tmp_path / "missing.jsonl")
    with pytest.raises(ValueError, match=rf"option 'data_path': {empty}:1: "):
        make_math_env(data_path=str(empty))
    data = write_jsonl(tmp_path / "math.jsonl", MATH_RECORDS)
    with pytest.raises(ValueError, match=rf"{data}: no problems left after filtering"):
        make_math_env(data_path=str(data), level=5)


def test_dataset_with_a_byte_order_mark__loads(tmp_path):
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(MATH_RECORDS[0]).encode() + b"\n")
    assert load_jsonl(path)[0].reference == "5"
