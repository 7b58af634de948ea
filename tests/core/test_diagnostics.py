"""Every diagnostic class, demonstrated by a fixture file, at its exact line and column."""

import pytest

from game.io.library import load_library
from game.io.lint import validate_diagnostics
from game.io.loader import load_bytes, load_scenario
from game.io.render import format_diagnostic
from tests.conftest import DESIGN_EXAMPLE, FIXTURES

BAD = FIXTURES / "bad"

# fixture name -> every diagnostic it must yield, in order, as (code, line, column), with
# the balance lint and the spelling check that `validate` adds. The whole list, not a subset: a cascade of
# follow-on diagnostics is a change to notice.
EXPECTED = {
    "E100-yaml-syntax": [("E100", 33, 25)],
    "E100-tab-indent": [("E100", 33, 1)],
    "E100-missing-colon": [("E100", 39, 13)],
    "E100-missing-colon-after-choices": [("E100", 34, 12)],
    "E100-missing-colon-after-node-id": [("E100", 45, 9)],
    "E100-no-space-after-colon": [("E100", 36, 15)],
    "E100-indented-too-far": [("E100", 36, 9)],
    "E100-curly-quotes": [("E100", 33, 10)],
    "E100-non-breaking-space": [("E100", 34, 1)],
    "E100-non-breaking-space-after-colon": [("E100", 46, 9)],
    "E100-zero-width-space": [("E100", 39, 18)],
    "E100-unicode-minus": [("E100", 41, 16)],
    "E100-alias-start": [("E100", 33, 10)],
    "E100-list-start": [("E100", 33, 10)],
    "E100-reserved-start": [("E100", 35, 14)],
    "E100-unclosed-list": [("E100", 37, 14)],
    "E100-hash-in-one-line-mapping": [("E100", 12, 16)],
    "E100-several-problems": [
        ("E100", 33, 1),
        ("E100", 33, 25),
        ("E100", 46, 22),
        ("E112", 62, 14),
    ],
    "W105-comment-in-text": [("W105", 46, 29), ("W300", 4, 5), ("W301", 4, 5), ("W302", 4, 5)],
    "E101-duplicate-key": [("E101", 24, 9)],
    # the refused tag leaves no value, so the field is also the wrong type
    "E102-unsupported-tag": [("E102", 33, 10), ("E112", 33, 10)],
    "E103-alias-bomb": [("E103", 14, 40)],
    "E103-nested-too-deeply": [("E103", 8, 71)],
    "E103-number-too-long": [("E103", 14, 10)],
    "E110-unknown-key": [("E110", 43, 9)],
    "E111-missing-key": [("E111", 22, 9)],
    "E112-wrong-type": [("E112", 41, 16)],
    "E112-control-character": [("E112", 5, 8)],
    "E113-out-of-range": [("E113", 7, 13)],
    "E113-leave-at-above-start": [("E113", 15, 13)],
    "E113-text-too-long": [("E113", 5, 8)],
    "E114-bad-id": [("E114", 4, 5)],
    "E115-bad-format-version": [("E115", 3, 9)],
    "E120-dangling-target": [("E120", 26, 15)],
    "E121-unknown-principle": [("E121", 58, 22)],
    "E122-id-clash": [("E122", 65, 3)],
    "E123-bad-walkout": [("E123", 16, 10)],
    "E124-missing-outcome": [("E124", 3, 1)],
    "E125-bad-branches": [("E125", 55, 17)],
    "E126-bad-mistimed": [("E126", 43, 20)],
    "E130-condition-syntax": [("E130", 49, 36)],
    "E131-unknown-flag": [("E131", 49, 13)],
    # the fixture is also gameable: its balance warnings come along
    "W200-unreachable": [("W200", 45, 3), ("W300", 4, 5), ("W301", 4, 5), ("W302", 4, 5)],
    # follow-on: with the stuck node, an ending is never reached
    "E201-stuck": [("E201", 45, 3), ("W200", 66, 3)],
    # both nodes that cannot reach an ending, and the follow-on unreachable ending
    "E202-no-exit": [("E202", 45, 3), ("E202", 59, 3), ("W200", 69, 3)],
    "W300-gameable-by-length": [("W300", 4, 5)],
    "W301-gameable-by-keywords": [("W301", 4, 5)],
    "W302-gameable-by-greed": [("W302", 4, 5)],
    "W303-saturates": [("W303", 20, 3)],
    "W304-keeps-without-owning": [("W304", 4, 5)],
    "W305-difficulty-mismatch": [("W305", 4, 5)],
    "W306-gameable-by-position": [("W306", 4, 5)],
    "W400-misspelled": [
        ("W300", 4, 5),
        ("W301", 4, 5),
        ("W302", 4, 5),
        ("W400", 33, 23),
        ("W400", 56, 71),
    ],
}


# The YAML layer's fixtures: the whole list of what each reports, so no cascade hides in it.
EXACTLY = {
    "E100-yaml-syntax": [("E100", 33, 25)],
    "E100-tab-indent": [("E100", 33, 1)],
    "E100-missing-colon": [("E100", 39, 13)],
    "E100-missing-colon-after-choices": [("E100", 34, 12)],
    "E100-missing-colon-after-node-id": [("E100", 45, 9)],
    "E100-no-space-after-colon": [("E100", 36, 15)],
    "E100-indented-too-far": [("E100", 36, 9)],
    "E100-curly-quotes": [("E100", 33, 10)],
    "E100-non-breaking-space": [("E100", 34, 1)],
    "E100-non-breaking-space-after-colon": [("E100", 46, 9)],
    "E100-zero-width-space": [("E100", 39, 18)],
    "E100-unicode-minus": [("E100", 41, 16)],
    "E100-alias-start": [("E100", 33, 10)],
    "E100-list-start": [("E100", 33, 10)],
    "E100-reserved-start": [("E100", 35, 14)],
    "E100-unclosed-list": [("E100", 37, 14)],
    "E100-hash-in-one-line-mapping": [("E100", 12, 16)],
    "E100-several-problems": [
        ("E100", 33, 1),
        ("E100", 33, 25),
        ("E100", 46, 22),
        ("E112", 62, 14),
    ],
    "W105-comment-in-text": [("W105", 46, 29)],
}


def positions(result):
    """Where each diagnostic points, with the balance lint and spelling that `validate` adds."""
    lint = validate_diagnostics(result.scenario, lambda: result.text) if result.ok else []
    found = result.diagnostics + lint
    return [(d.code, d.span.line, d.span.column) for d in found]


def test_the_design_example_is_clean():
    result = load_scenario(DESIGN_EXAMPLE)
    assert result.diagnostics == []
    assert result.ok


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_yields_exactly_its_diagnostics_at_the_fault(name):
    result = load_scenario(BAD / f"{name}.yaml")
    assert positions(result) == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(EXACTLY))
def test_a_yaml_mistake_is_reported_once_and_nothing_follows_from_it(name):
    result = load_scenario(BAD / f"{name}.yaml")
    assert [(d.code, d.span.line, d.span.column) for d in result.diagnostics] == EXACTLY[name]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_file_with_an_error_yields_no_scenario(name):
    result = load_scenario(BAD / f"{name}.yaml")
    has_error = any(d.is_error for d in result.diagnostics)
    assert (result.scenario is None) == has_error


def test_every_bad_fixture_is_listed():
    assert {p.stem for p in BAD.glob("*.yaml")} == set(EXPECTED)


def test_invalid_utf8_is_reported_at_the_byte():
    data = DESIGN_EXAMPLE.read_bytes().replace(b"Excuse me?", b"Excuse \xff me?")
    result = load_bytes(data, "broken.yaml")
    assert [(d.code, d.span.line, d.span.column) for d in result.diagnostics] == [("E104", 31, 17)]


def test_a_byte_order_mark_is_accepted():
    result = load_bytes(b"\xef\xbb\xbf" + DESIGN_EXAMPLE.read_bytes(), "bom.yaml")
    assert result.ok


def test_an_empty_file_says_so():
    result = load_bytes(b"", "empty.yaml")
    assert [d.message for d in result.diagnostics] == ["file is empty"]


def test_a_list_at_the_top_is_a_wrong_type():
    result = load_bytes(b"- a\n- b\n", "list.yaml")
    assert [(d.code, d.span.line) for d in result.diagnostics] == [("E112", 1)]


def test_duplicate_ids_across_files_flag_the_later_file():
    library = load_library([FIXTURES / "duplicate-ids"])
    first, second = library.results
    assert first.ok
    assert [(d.code, d.span.line, d.span.column) for d in second.diagnostics] == [("E140", 2, 5)]
    assert "a-original.yaml" in second.diagnostics[0].message


def test_one_bad_file_does_not_stop_the_others(tmp_path):
    (tmp_path / "good.yaml").write_bytes(DESIGN_EXAMPLE.read_bytes())
    (tmp_path / "bad.yml").write_text("format: [\n")
    (tmp_path / "notes.txt").write_text("not a scenario")
    library = load_library([tmp_path])
    assert [s.id for s in library.scenarios] == ["missing-penne"]
    assert len(library.results) == 2


def test_all_problems_of_a_file_come_in_one_run():
    text = DESIGN_EXAMPLE.read_text()
    text = text.replace("goto: bristles", "goto: bristle").replace("[fix-fast]", "[fix-fastt]")
    text = text.replace("difficulty: 1 ", "difficulty: 9 ")
    codes = sorted(d.code for d in load_bytes(text.encode(), "many.yaml").diagnostics)
    assert codes == ["E113", "E120", "E121"]


def test_unknown_key_suggests_the_nearest():
    result = load_scenario(BAD / "E110-unknown-key.yaml")
    assert result.diagnostics[0].hint == "did you mean 'feedback'?"


def test_dangling_target_suggests_the_nearest_id():
    result = load_scenario(BAD / "E120-dangling-target.yaml")
    assert result.diagnostics[0].hint == "did you mean 'bristles'?"


def test_unknown_principle_suggests_the_nearest():
    result = load_scenario(BAD / "E121-unknown-principle.yaml")
    assert result.diagnostics[0].hint == "did you mean 'fix-fast'?"


def test_a_principle_defined_in_the_file_is_known():
    text = DESIGN_EXAMPLE.read_text().replace("[fix-fast]", "[call-back]")
    text += (
        "principles:\n  call-back:\n    name: Call back\n    summary: Ring them.\n    good: true\n"
    )
    assert load_bytes(text.encode(), "own.yaml").ok


def test_a_python_tag_never_constructs_an_object():
    result = load_scenario(BAD / "E102-unsupported-tag.yaml")
    assert result.scenario is None
    assert "E102" in {d.code for d in result.diagnostics}


def test_rendering_shows_the_line_and_a_caret_under_the_column():
    result = load_scenario(BAD / "E120-dangling-target.yaml")
    text = format_diagnostic(result.diagnostics[0], result.text)
    lines = text.splitlines()
    assert lines[0].startswith(f"{BAD / 'E120-dangling-target.yaml'}:26:15: error:")
    assert lines[1].endswith("        goto: bristle")
    assert lines[2].index("^") - lines[2].index("|") - 2 == 14


def test_the_caret_counts_wide_characters_as_two_columns():
    from game.io.diagnostics import error
    from game.model.span import Span

    text = "say: 日本語 goto: nowhere\n"
    excerpt = format_diagnostic(error(Span("w.yaml", 1, 16), "E120", "x"), text)
    source, caret = excerpt.splitlines()[1:3]
    assert caret.index("^") - caret.index("|") == 2 + len("say: ") + 2 * 3 + len(" goto: ")


def test_a_long_line_is_shown_as_a_window_with_the_caret_on_the_mistake():
    from game.io.diagnostics import error
    from game.io.render import WINDOW
    from game.model.span import Span

    text = "say: " + "word " * 1300 + "goto: nowhere\n"
    at = text.index("goto") + 1
    excerpt = format_diagnostic(error(Span("w.yaml", 1, at, 1, at + 4), "E120", "x"), text)
    source, caret = excerpt.splitlines()[1:3]
    assert source.startswith("    1 | …") and len(source) <= len("    1 | ") + WINDOW + 2
    under = caret.index("^") - caret.index("|") - 2
    assert source[source.index("|") + 2 :][under : under + 4] == "goto"
    assert caret.count("^") == 4


def test_a_long_repair_is_quoted_shortened_in_the_hint():
    result = load_changed(
        "say: Excuse me? I ordered off your own menu.",
        "say: " + "word " * 300 + "and then: oops",
    )
    [found] = [d for d in result.diagnostics if d.code == "E100"]
    assert found.hint is not None and len(found.hint) < 120
    assert "…" in found.hint and found.hint.endswith('and then: oops"')


def load_changed(old: str, new: str):
    """The design example with one piece of text replaced."""
    text = DESIGN_EXAMPLE.read_text(encoding="utf-8")
    assert old in text
    return load_bytes(text.replace(old, new, 1).encode(), "changed.yaml")


def extra_choices(count: int) -> str:
    return "".join(f"      - say: Extra {i}.\n        goto: remedy\n" for i in range(count))


def test_seven_choices_are_allowed():
    result = load_changed(
        "    choices:\n      - say: You're",
        "    choices:\n" + extra_choices(5) + "      - say: You're",
    )
    assert result.ok, result.diagnostics


def test_an_eighth_choice_is_refused_at_the_choices_list():
    result = load_changed(
        "    choices:\n      - say: You're",
        "    choices:\n" + extra_choices(6) + "      - say: You're",
    )
    assert [(d.code, d.span.line, d.message) for d in result.diagnostics] == [
        ("E113", 33, "node 'bristles' has 8 choices; it needs 1 to 7")
    ]


def test_a_node_with_no_choices_is_refused():
    text = DESIGN_EXAMPLE.read_text(encoding="utf-8")
    head, rest = text.split(
        "  bristles:\n    say: Excuse me? I ordered off your own menu.\n    choices:\n"
    )
    body = rest[rest.index("  remedy:") :]
    result = load_bytes(
        (head + "  bristles:\n    say: Hm.\n    choices: []\n" + body).encode(), "c.yaml"
    )
    assert ("E113", "node 'bristles' has 0 choices; it needs 1 to 7") in [
        (d.code, d.message) for d in result.diagnostics
    ]


def test_leave_at_equal_to_start_is_refused():
    result = load_changed("leave_at: 15 ", "leave_at: 60 ")
    assert [(d.code, d.span.line, d.span.column, d.message) for d in result.diagnostics] == [
        ("E113", 13, 13, "leave_at (60) must be below start (60)")
    ]


def test_leave_at_just_below_start_is_fine():
    result = load_changed("leave_at: 15 ", "leave_at: 59 ")
    assert not any(d.code == "E113" for d in result.diagnostics)
    assert result.scenario is not None and result.scenario.leave_at == 59


@pytest.mark.parametrize("bad", ["-call", "_call", "call!", "ca ll", "über"])
def test_an_invalid_node_id_is_refused_at_the_id(bad):
    result = load_changed("  call:\n", f"  '{bad}':\n")
    assert [(d.code, d.span.line, d.span.column, d.message) for d in result.diagnostics] == [
        ("E120", 15, 8, "start 'call' is not a node"),  # the start still names 'call'
        ("E114", 17, 3, f"'{bad}' is not a valid node id"),
    ]
