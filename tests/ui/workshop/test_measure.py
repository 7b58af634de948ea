"""The room's measured fonts: the same widths and lines as the game's fonts, measured once."""

import pygame
import pytest

from game.ui.fonts import FontBook
from game.ui.widgets.text import wrap
from game.ui.workshop import measure
from game.ui.workshop.measure import MeasuredBook, measured, wrap_lines

TEXT = "Nine weeks I waited for a slate-gray sofa. Your crew just carried a moss-green one up."


@pytest.fixture
def fonts():
    pygame.font.init()
    return FontBook()


def test_a_measured_book_wraps_exactly_as_the_fonts_do(fonts):
    book = MeasuredBook(fonts)
    for size, width in ((31, 400), (44, 900), (18, 120)):
        assert wrap_lines(book, TEXT, size, width) == wrap(fonts, TEXT, size, width)
        assert book.width(TEXT, size, True) == fonts.width(TEXT, size, True)


def test_it_measures_each_string_once(fonts, monkeypatch):
    book = MeasuredBook(fonts)
    calls = []
    original = fonts.width
    monkeypatch.setattr(fonts, "width", lambda *a: calls.append(a) or original(*a))
    book.width(TEXT, 31)
    book.width(TEXT, 31)
    assert len(calls) == 1


def test_its_memory_is_bounded(fonts, monkeypatch):
    monkeypatch.setattr(measure, "LIMIT", 10)
    book = MeasuredBook(fonts)
    for n in range(25):
        book.width(str(n), 20)
    assert len(book._widths) <= 10


def test_a_new_font_book_gets_a_new_memory(fonts):
    book = measured(None, fonts)
    assert measured(book, fonts) is book
    assert measured(book, FontBook()) is not book
