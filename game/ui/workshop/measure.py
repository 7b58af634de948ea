"""The game's fonts, remembering every width they measured: the room lays out every frame.

The room's layouts try several type sizes, one and two columns, with and without
the customer's face, before drawing; each try wraps every answer, and wrapping
measures the same strings again and again. A MeasuredBook shares the game's
fonts and rendered text, and keeps each (text, size, weight) width it has seen,
so a frame costs the drawing, not the measuring (docs/performance.md).
"""

from __future__ import annotations

import pygame

from game.ui.fonts import Colour, FontBook
from game.ui.widgets.text import wrap

LIMIT = 50_000  # widths kept before the memory starts afresh (a few MB at most)


class MeasuredBook(FontBook):
    """A FontBook over `inner` (its fonts and rendered text) with a memory of widths."""

    def __init__(self, inner: FontBook) -> None:
        super().__init__(inner.folder)
        self.inner = inner
        self._widths: dict[tuple[str, int, bool], int] = {}
        self._lines: dict[tuple[str, int, int, bool], list[str]] = {}

    def get(self, size: int, bold: bool = False) -> pygame.font.Font:
        return self.inner.get(size, bold)

    def render(self, text: str, size: int, colour: Colour, bold: bool = False) -> pygame.Surface:
        return self.inner.render(text, size, colour, bold)

    def width(self, text: str, size: int, bold: bool = False) -> int:
        key = (text, int(size), bold)
        found = self._widths.get(key)
        if found is None:
            if len(self._widths) >= LIMIT:
                self._widths.clear()
            found = self._widths[key] = self.inner.width(text, size, bold)
        return found

    def lines(self, text: str, size: int, width: int, bold: bool = False) -> list[str]:
        """`text` wrapped to `width` at `size`, as widgets.text.wrap does, remembered."""
        key = (text, int(size), width, bold)
        found = self._lines.get(key)
        if found is None:
            if len(self._lines) >= LIMIT // 10:
                self._lines.clear()
            found = self._lines[key] = wrap(self, text, size, width, bold)
        return list(found)

    def clear(self) -> None:
        """Forget rendered text and measurements (after a theme or font change)."""
        self.inner.clear()
        self._widths.clear()
        self._lines.clear()


def wrap_lines(book: FontBook, text: str, size: int, width: int, bold: bool = False) -> list[str]:
    """Wrapped lines, remembered when `book` is a MeasuredBook."""
    if isinstance(book, MeasuredBook):
        return book.lines(text, size, width, bold)
    return wrap(book, text, size, width, bold)


def measured(book: MeasuredBook | None, fonts: FontBook) -> MeasuredBook:
    """`book` if it still measures `fonts`, else a fresh one over them."""
    return book if book is not None and book.inner is fonts else MeasuredBook(fonts)
