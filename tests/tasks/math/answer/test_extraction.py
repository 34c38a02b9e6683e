from metacot_envs.tasks.math.answer import extract_answer


def test_extract_answer__last_boxed_wins_with_nested_braces() -> None:
    text = r"first \boxed{1}, then \boxed{\frac{1}{2}}"
    assert extract_answer(text) == r"\frac{1}{2}"


def test_extract_answer__outer_box_wins_over_box_nested_inside_it() -> None:
    assert extract_answer(r"\boxed{\boxed{3}+{4}}") == r"\boxed{3}+{4}"


def test_extract_answer__fbox_is_a_box() -> None:
    assert extract_answer(r"so \fbox{42}.") == "42"


def test_extract_answer__gsm8k_hashes() -> None:
    assert extract_answer("She makes 9 * 2 = $18\n#### 18") == "18"


def test_extract_answer__answer_colon_strips_dollars_and_period() -> None:
    assert extract_answer("Work...\nAnswer: $x = 5$.") == "x = 5"


def test_extract_answer__none_without_an_answer() -> None:
    assert extract_answer("no final answer here") is None
    assert extract_answer("the answer depends on x") is None
    assert extract_answer("") is None


def test_extract_answer__unbalanced_box_is_ignored() -> None:
    assert extract_answer(r"\boxed{1 and then \boxed{2}") == "2"


def test_extract_answer__many_unclosed_boxes_are_scanned_once() -> None:
    text = r"\boxed{" * 20_000 + "7"
    assert extract_answer(text) is None


def test_extract_answer__markdown_bold_around_answer_is_stripped() -> None:
    assert extract_answer("**Answer:** 5") == "5"
    assert extract_answer("**Answer**: $7$") == "7"


def test_extract_answer__boxed_wins_over_an_answer_line() -> None:
    assert extract_answer("Answer: 3\nso \\boxed{4}") == "4"


def test_extract_answer__custom_patterns_replace_the_defaults() -> None:
    assert extract_answer(r"\boxed{4} Result = 9", patterns=(r"Result = (\d+)",)) == "9"


def test_extract_answer__long_runs_of_spaces_do_not_backtrack() -> None:
    # Each of these took seconds per 1,000 spaces with overlapping \s* repeats; now linear.
    for text in ("answer" + " " * 50_000 + "x", "final answer is" + " " * 50_000 + "\n"):
        assert extract_answer(text) is None
    assert extract_answer("Final answer:" + " " * 50_000 + "7") == "7"
