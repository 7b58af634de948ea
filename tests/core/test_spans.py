"""A diagnostic's span covers the key or value it names, so an editor can underline it."""

from game.io.diagnostics import Diagnostic
from game.io.loader import load_bytes, load_scenario
from game.io.render import source_excerpt
from game.io.yaml_source import parse_text
from game.model.span import Span
from tests.conftest import FIXTURES

BAD = FIXTURES / "bad"


def only(path, code) -> Diagnostic:
    found = [d for d in load_scenario(path).diagnostics if d.code == code]
    assert len(found) == 1, found
    return found[0]


def test_a_dangling_target_covers_the_target_value():
    span = only(BAD / "E120-dangling-target.yaml", "E120").span
    assert (span.line, span.column, span.end_line, span.end_column) == (26, 15, 26, 22)


def test_an_unknown_key_covers_the_key():
    span = only(BAD / "E110-unknown-key.yaml", "E110").span
    assert (span.line, span.column, span.end) == (43, 9, (43, 16))


def test_an_unknown_flag_covers_the_flag_inside_a_quoted_condition():
    text = (BAD / "E131-unknown-flag.yaml").read_text(encoding="utf-8")
    quoted = text.replace("if: apologised and trust >= 50", 'if: "apologised and trust >= 50"')
    [found] = [d for d in load_bytes(quoted.encode(), "q.yaml").diagnostics if d.code == "E131"]
    assert (found.span.column, found.span.end) == (14, (49, 24))


def test_a_quoted_value_is_underlined_with_its_quotes():
    text = (FIXTURES / "format" / "every-key.yaml").read_text(encoding="utf-8")
    text = text.replace('skin: "#111111"', 'skin: "#11"')
    [found] = load_bytes(text.encode(), "c.yaml", analyse=False).diagnostics
    assert (found.span.line, found.span.column, found.span.end) == (12, 16, (12, 21))


def test_the_content_of_a_quoted_value_is_inside_its_quotes():
    value = parse_text('say: "Hello"\n', "s.yaml").root.get("say")
    assert (value.span.column, value.span.end_column) == (6, 13)
    assert (value.content_span().column, value.content_span().end_column) == (7, 12)


def test_a_span_made_from_a_position_is_a_point():
    span = Span("a.yaml", 3, 7)
    assert span.is_point and span.end == (3, 7)


def test_a_shifted_span_with_a_width_covers_that_many_characters():
    assert Span("a.yaml", 3, 7).shifted(4, width=5).end == (3, 16)


def test_the_excerpt_underlines_a_span_on_one_line():
    diagnostic = Diagnostic(Span("a.yaml", 1, 7, 1, 12), "error", "E120", "x")
    assert source_excerpt(diagnostic, "goto: bristle\n").splitlines()[1] == "      |       ^^^^^"


def test_the_excerpt_marks_a_span_over_several_lines_with_one_caret():
    diagnostic = Diagnostic(Span("a.yaml", 1, 1, 3, 1), "error", "E111", "x")
    assert source_excerpt(diagnostic, "a: 1\nb: 2\n").splitlines()[1] == "      | ^"


def test_wide_characters_are_underlined_two_columns_each():
    diagnostic = Diagnostic(Span("a.yaml", 1, 7, 1, 9), "error", "E120", "x")
    assert source_excerpt(diagnostic, "goto: 東京\n").splitlines()[1] == "      |       ^^^^"


def test_the_json_form_gives_the_end_of_the_range():
    data = only(BAD / "E120-dangling-target.yaml", "E120").to_json()
    assert (data["line"], data["column"], data["end_line"], data["end_column"]) == (26, 15, 26, 22)
