"""YAML mistakes explained in plain words, at the character the trainer must change."""

from game.io.yaml_source import parse_text


def reported(text):
    return [(d.span.line, d.span.column, d.message) for d in parse_text(text, "f.yaml").diagnostics]


def test_a_leading_backtick_is_explained_as_reserved():
    assert reported("a:\n  say: `sighs` fine\n") == [
        (2, 8, "a value cannot start with '`' in YAML (the character is reserved)")
    ]


def test_a_comment_after_two_spaces_is_a_note_not_a_cut():
    assert reported("title: Late delivery  # shown in the menu\n") == []


def test_a_comment_after_one_word_is_a_note_not_a_cut():
    assert reported("goto: remedy # the fix\n") == []


def test_an_en_dash_inside_text_is_left_alone():
    assert reported("say: Open 9–5 every day.\n") == []


def test_a_list_left_open_is_not_told_to_be_quoted():
    assert [m for _, _, m in reported("set: [a, b\ngoto: x\n")] == [
        "the list opened here with '[' is never closed"
    ]


def test_the_quoting_hint_shows_the_line_as_it_should_be():
    diagnostic = parse_text("say: [sighs] fine\n", "f.yaml").diagnostics[0]
    assert diagnostic.hint == 'put the text in quotes: say: "[sighs] fine"'
