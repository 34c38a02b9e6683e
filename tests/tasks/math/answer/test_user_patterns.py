"""Compiling user-supplied answer patterns: refused early when compiling would not be bounded."""

import re

import pytest

from metacot_envs.tasks.math.answer.user_patterns import (
    MAX_PATTERN_CHARS,
    compile_user_pattern,
    repeat_count_product,
)
from metacot_envs.testing import deadline


@pytest.mark.parametrize(
    "pattern", [r"(?:a{65535}){65535}", r"x{4294967294}", r"((a{100}){100}){100}", r"a{,20000}"]
)
def test_compile_user_pattern__refuses_repeats_that_regex_would_copy_out(pattern: str) -> None:
    with deadline(5.0), pytest.raises(ValueError, match=re.escape(repr(pattern))):
        compile_user_pattern(pattern)


def test_compile_user_pattern__refuses_an_invalid_regex_naming_it() -> None:
    with pytest.raises(ValueError, match=r"'\(unclosed' is not a valid regex"):
        compile_user_pattern("(unclosed")


def test_compile_user_pattern__refuses_an_overlong_pattern() -> None:
    with pytest.raises(ValueError, match=f"the limit is {MAX_PATTERN_CHARS}"):
        compile_user_pattern("a" * (MAX_PATTERN_CHARS + 1))


@pytest.mark.parametrize("pattern", [None, 42, [r"(x)"]])
def test_compile_user_pattern__refuses_what_is_not_a_string(pattern: object) -> None:
    with pytest.raises(ValueError, match="must be a regex string"):
        compile_user_pattern(pattern)


def test_compile_user_pattern__accepts_nested_quantifiers_that_match_linearly() -> None:
    compiled = compile_user_pattern(r"answer: ((?:\d+, )*\d+)")
    assert compiled.search("answer: 1, 2, 3").group(1) == "1, 2, 3"


@pytest.mark.parametrize(
    ("pattern", "product"),
    [
        (r"\d{3}(?:,\d{3})*", 9),
        (r"a{2,5}b{3}", 15),
        (r"a{,7}", 7),
        (r"a{0}", 1),
        (r"\{1000\}", 1),
        (r"[{1000}]", 1),
        (r"[]{1000}]", 1),
        (r"[^]{1000}]x{2}", 2),
        (r"[\]{1000}]", 1),
    ],
)
def test_repeat_count_product__counts_repeats_but_not_literal_braces(
    pattern: str, product: int
) -> None:
    assert repeat_count_product(pattern) == product
