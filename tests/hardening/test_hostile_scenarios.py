"""Hostile scenario files, each a small generated reproduction: a positioned refusal, never a crash."""

import itertools

import pytest

from game.engine.conditions import MAX_NESTING, parse_condition
from game.io.budgets import MAX_DIGITS, MAX_KEYS, MAX_SCALAR_CHARS, TEXT_LIMITS
from game.io.loader import load_bytes
from game.io.render import format_all
from tests.conftest import DESIGN_EXAMPLE


def codes_of(data: bytes) -> dict[str, list]:
    result = load_bytes(data, "hostile.yaml")
    found: dict[str, list] = {}
    for d in result.diagnostics:
        found.setdefault(d.code, []).append(d)
    return found


def with_condition(condition: str) -> bytes:
    """The design example with its first `if:` replaced by `condition`."""
    text = DESIGN_EXAMPLE.read_text()
    start = text.index("if: ") + 4
    end = text.index("\n", start)
    return (text[:start] + repr(condition) + text[end:]).encode()


@pytest.mark.parametrize(
    "tagged", ["!!bool maybe", "!!bool ''", '!!int ""', "!!int '-'", '!!float ""', "!!float x"]
)
def test_a_tagged_value_the_tag_cannot_read_is_a_positioned_wrong_type(tagged):
    found = codes_of(f"format: 1\nid: {tagged}\n".encode())
    (problem,) = found["E112"]
    assert "cannot be read as" in problem.message
    assert (problem.span.line, problem.span.column) == (2, 5)


def test_a_number_of_thousands_of_digits_is_refused_where_it_stands():
    found = codes_of(b"format: 1\ntrust:\n  start: " + b"9" * 5000 + b"\n")
    (problem,) = found["E103"]
    assert f"more than {MAX_DIGITS} digits" in problem.message
    assert (problem.span.line, problem.span.column) == (3, 10)


def test_a_tagged_number_of_thousands_of_digits_is_refused_too():
    found = codes_of(b"format: 1\ntells: !!int " + b"7" * 5000 + b"\n")
    assert "digits" in found["E103"][0].message


def test_a_number_of_thousands_of_digits_inside_a_condition_is_a_condition_error():
    found = codes_of(with_condition("trust >= " + "9" * 5000))
    (problem,) = found["E130"]
    assert "number is too long" in problem.message


@pytest.mark.parametrize(
    "condition",
    ["(" * 250 + "apologized" + ")" * 250, "not " * 1000 + "apologized"],
    ids=["parentheses", "nots"],
)
def test_a_condition_nested_hundreds_deep_is_a_positioned_condition_error(condition):
    found = codes_of(with_condition(condition))
    (problem,) = found["E130"]
    assert "nested too deeply" in problem.message
    assert problem.span.column > 10  # at the level that went too deep, not the start


def test_conditions_nested_up_to_the_limit_still_parse():
    condition = (
        "not " * (MAX_NESTING // 2) + "(" * (MAX_NESTING // 2) + "a" + ")" * (MAX_NESTING // 2)
    )
    expr, problem = parse_condition(condition)
    assert problem is None and expr is not None


def test_a_mapping_with_hundreds_of_thousands_of_keys_is_refused_quickly():
    data = b"format: 1\n" + b"".join(b"k%d: 1\n" % i for i in range(MAX_KEYS * 10))
    found = codes_of(data)  # stops reading at the first key over budget
    (problem,) = found["E103"]
    assert f"more than {MAX_KEYS:,} keys" in problem.message
    assert problem.span.line == MAX_KEYS + 1  # line 1 holds 'format', the first key


def test_a_list_with_too_many_entries_is_refused_at_the_first_one_too_many():
    count = MAX_KEYS + 1
    found = codes_of(b"format: 1\ntags: [" + b"a, " * count + b"]\n")
    assert "entries" in found["E103"][0].message


def test_a_value_longer_than_any_scenario_needs_is_refused():
    found = codes_of(b"format: 1\nsummary: " + b"x" * (MAX_SCALAR_CHARS + 1) + b"\n")
    assert "value is too long" in found["E103"][0].message


@pytest.mark.parametrize("written", ["true", "[60]", "1.0", "{a: 1}"])
def test_a_format_that_is_not_exactly_the_number_1_is_refused(written):
    found = codes_of(f"format: {written}\n".encode())
    (problem,) = found["E115"]
    assert (problem.span.line, problem.span.column) == (1, 9)


def test_a_title_longer_than_the_screen_can_show_is_refused_at_load():
    limit = TEXT_LIMITS["title"]
    text = DESIGN_EXAMPLE.read_text().replace("title: ", "title: " + "x" * limit, 1)
    found = codes_of(text.encode())
    assert f"at most {limit}" in found["E113"][0].message


@pytest.mark.parametrize("control", ["\\e]0;pwned\\a", "\\0", "\\e[2J"])
def test_control_characters_in_text_are_refused(control):
    text = DESIGN_EXAMPLE.read_text()
    start = text.index("say: ") + 5
    end = text.index("\n", start)
    data = (text[:start] + f'"before {control} after"' + text[end:]).encode()
    result = load_bytes(data, "hostile.yaml")
    assert result.scenario is None
    assert any("control character" in d.message for d in result.diagnostics)


def test_control_characters_from_a_file_are_printed_as_escapes():
    data = b'format: 1\n"ti\\e]0;pwned\\atle": x\n'
    result = load_bytes(data, "hostile.yaml")
    shown = format_all(result.diagnostics, {"hostile.yaml": result.text})
    assert "\x1b" not in shown and "\x07" not in shown
    assert "\\x1b]0;pwned\\x07" in shown


def test_a_raw_escape_in_the_file_is_escaped_in_the_excerpt_with_carets_aligned():
    data = b"format: 1\n\x1b[2Jkey: x\n"
    result = load_bytes(data, "hostile.yaml")
    shown = format_all(result.diagnostics, {"hostile.yaml": result.text})
    assert "\x1b" not in shown
    line, carets = next((a, b) for a, b in itertools.pairwise(shown.splitlines()) if "^" in b)
    assert line.index("\\x1b") == carets.index("^")


class CountingText(str):
    """A file's text that counts how often it is split into lines."""

    splits = 0

    def splitlines(self, keepends: bool = False) -> list[str]:
        CountingText.splits += 1
        return super().splitlines(keepends)


def test_many_messages_about_one_file_split_it_into_lines_once():
    data = b"format: 1\n" + b"".join(b"unknown%d: 1\n" % i for i in range(200))
    result = load_bytes(data, "many.yaml")
    CountingText.splits = 0
    shown = format_all(result.diagnostics, {"many.yaml": CountingText(result.text)})
    assert shown.count("unknown key") == 200
    assert CountingText.splits == 1
