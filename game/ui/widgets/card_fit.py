"""One type size for every scenario card: titles wrap to two lines, cards grow to fit.

Fitting each card's text on its own gave neighbouring cards different sizes
and cut long titles ("The Saturday…") at the largest text setting. Here the
whole grid is measured once per layout: the largest title size at which every
title fits on two lines, one summary size, and the card height that holds the
longest of them. Cards taller than the screen scroll, as before.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.ui.fonts import FontBook
from game.ui.layout import Metrics
from game.ui.widgets.text import wrap

TITLE, TITLE_FLOOR = 22, 16
SUMMARY, SUMMARY_FLOOR = 16, 13
TITLE_LINES = 2


@dataclass(frozen=True)
class CardType:
    """The sizes every card in the grid uses, and the height that holds the longest text."""

    title: int
    title_lines: int
    summary: int
    summary_lines: int
    height: int


def lines_of(book: FontBook, text: str, size: int, width: int, bold: bool = False) -> int:
    """How many lines `text` takes wrapped to `width` at `size` (0 for no text)."""
    return len(wrap(book, text, size, max(1, width), bold)) if text.strip() else 0


def card_type(
    book: FontBook,
    m: Metrics,
    texts: list[tuple[str, str]],
    width: int,
    frame: int,
    tallest: int,
) -> CardType:
    """Sizes for cards `width` wide showing (title, summary) `texts`.

    `frame` is the height of everything on a card but its title and summary
    (padding, chips, the best result, tags); `tallest` is the most a card may be.
    """
    title = _title_size(book, m, [t for t, _ in texts], width)
    title_lines = max([lines_of(book, t, title, width, True) for t, _ in texts] or [1])
    title_h = title_lines * book.line_height(title, True)
    summary = m.type(SUMMARY)
    while True:
        summary_lines = max([lines_of(book, s, summary, width) for _, s in texts] or [1])
        height = frame + title_h + summary_lines * book.line_height(summary)
        if height <= tallest or summary <= m.type(SUMMARY_FLOOR):
            break
        summary -= 1
    return CardType(title, title_lines, summary, summary_lines, min(height, max(frame, tallest)))


def _title_size(book: FontBook, m: Metrics, titles: list[str], width: int) -> int:
    """The largest title size, down to the floor, at which every title takes two lines at most."""
    size = m.type(TITLE)
    floor = m.type(TITLE_FLOOR)
    while size > floor and any(lines_of(book, t, size, width, True) > TITLE_LINES for t in titles):
        size -= 1
    return size
