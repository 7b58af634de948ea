"""Wording helpers: quotes are added once, never doubled."""

from game.ui.words import quoted


def test_plain_words_get_curly_quotes():
    assert quoted("Where is the penne?") == "“Where is the penne?”"


def test_words_already_in_quotes_are_left_alone():
    assert quoted('"Morning, Mr. Okafor."') == '"Morning, Mr. Okafor."'
    assert quoted("“Sorry.”") == "“Sorry.”"
