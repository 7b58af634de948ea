"""Small windows stay readable: no text under 12 px at 1000×600, and no paragraph ends on a lone word."""

import pygame
import pytest

from game.ui.fonts import FontBook
from game.ui.scenes.title import TAGLINE
from game.ui.widgets.text import wrap
from tests.ui.helpers import assert_layout
from tests.ui.test_layout import visit_every_screen

SMALLEST = 12  # px: the issue measured 10–11 px at 1000×600 and found it hard to read


def assert_readable(pilot) -> None:
    assert_layout(pilot)
    small = {(box.text, box.size) for box in pilot.scene.boxes if 0 < box.size < SMALLEST}
    assert not small, f"{pilot.name}: text under {SMALLEST} px: {sorted(small)}"


@pytest.mark.parametrize("size", [(1000, 600), (800, 500)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_no_text_is_smaller_than_readable_in_a_small_window(make_pilot, size):
    pilot = make_pilot(size=size)
    visit_every_screen(pilot, assert_readable)


@pytest.fixture
def book():
    pygame.font.init()
    return FontBook()


def test_a_paragraph_never_ends_on_one_word_alone(book):
    text = "Practice turning a mistake into a customer who stays."
    width = book.width("Practice turning a mistake into a customer who", 21) + 2
    lines = wrap(book, text, 21, width)
    assert len(lines) == 2 and " " in lines[-1], lines


def test_the_title_tagline_has_no_orphan_at_any_width(book):
    for width in range(300, 700, 7):  # the tagline's column from 1000x600 up
        lines = wrap(book, TAGLINE, 21, width)
        assert len(lines) == 1 or " " in lines[-1], (width, lines)


def test_moving_a_word_down_never_adds_a_line(book):
    text = "one two three four five six seven eight nine ten eleven twelve"
    for width in range(60, 400, 5):
        lines = wrap(book, text, 16, width)
        assert all(book.width(line, 16) <= width for line in lines), width
