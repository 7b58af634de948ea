"""Wrapped, fitted text: shrink the type until it fits the box, never spill outside it.

Every piece of text drawn through a Painter is recorded as a TextBox (the
rectangle the glyphs cover and the panel they belong in), so tests can check
that nothing overflows or overlaps at any window size.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pygame

from game.ui.fonts import Colour, FontBook
from game.ui.layout import READABLE

ELLIPSIS = "…"


@dataclass(frozen=True)
class TextBox:
    """Where a piece of text landed and the panel it must stay inside."""

    text: str
    rect: pygame.Rect
    panel: pygame.Rect
    size: int = 0  # the font size it was set in, after any shrinking
    cut: bool = False  # it did not fit and ends in "…"


def _break_word(book: FontBook, word: str, size: int, width: int, bold: bool) -> list[str]:
    pieces, current = [], ""
    for ch in word:
        if current and book.width(current + ch, size, bold) > width:
            pieces.append(current)
            current = ch
        else:
            current += ch
    return pieces + [current] if current else pieces


def wrap(book: FontBook, text: str, size: int, width: int, bold: bool = False) -> list[str]:
    """Greedy word wrap to `width` pixels; words longer than a line are broken, and a
    paragraph never ends on one word alone (an orphan) when the line above can spare one."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        start = len(lines)
        _wrap_paragraph(book, paragraph, size, width, bold, lines)
        _no_orphan(book, lines, start, size, width, bold)
    return lines


def _no_orphan(
    book: FontBook, lines: list[str], start: int, size: int, width: int, bold: bool
) -> None:
    """Move the last word of a paragraph's second-last line down beside a lone last word,
    unless that would leave a lone word on the line above instead."""
    if len(lines) - start < 2 or " " in lines[-1] or not lines[-1]:
        return
    head, _, word = lines[-2].rpartition(" ")
    if " " in head and book.width(f"{word} {lines[-1]}", size, bold) <= width:
        lines[-2], lines[-1] = head, f"{word} {lines[-1]}"


def _wrap_paragraph(
    book: FontBook, paragraph: str, size: int, width: int, bold: bool, lines: list[str]
) -> None:
    """Greedy word wrap of one paragraph onto `lines`."""
    current = ""
    for word in paragraph.split():
        trial = f"{current} {word}" if current else word
        if book.width(trial, size, bold) <= width:
            current = trial
            continue
        if current:
            lines.append(current)
        if book.width(word, size, bold) <= width:
            current = word
        else:
            *full, current = _break_word(book, word, size, width, bold) or [""]
            lines.extend(full)
    lines.append(current)


def _truncate(book: FontBook, line: str, size: int, width: int, bold: bool) -> str:
    while line and book.width(line + ELLIPSIS, size, bold) > width:
        line = line[:-1]
    return line.rstrip() + ELLIPSIS


def fit(
    book: FontBook, text: str, width: int, height: int, size: int, min_size: int, bold: bool = False
) -> tuple[int, list[str]]:
    """The largest size from `size` down to `min_size` whose wrapped lines fit the box."""
    size = max(6, int(size))
    min_size = min(max(READABLE, int(min_size)), size)  # shrink, but never below readable
    while True:
        lines = wrap(book, text, size, max(1, width), bold)
        if len(lines) * book.line_height(size, bold) <= height or size <= min_size:
            break
        size = max(min_size, int(size * 0.92))
    room = max(1, height // book.line_height(size, bold))
    if len(lines) > room:
        lines = lines[: room - 1] + [_truncate(book, lines[room - 1], size, width, bold)]
    return size, lines


def text_height(book: FontBook, text: str, size: int, width: int, bold: bool = False) -> int:
    """How tall `text` is when wrapped to `width` at `size`."""
    return len(wrap(book, text, size, max(1, width), bold)) * book.line_height(size, bold)


@dataclass
class Painter:
    """Draws text onto a surface through the font book and records every box."""

    surface: pygame.Surface
    book: FontBook
    boxes: list[TextBox] = field(default_factory=list)
    offset: tuple[int, int] = (0, 0)
    clip: pygame.Rect | None = None  # inside a scroll view: record only what shows

    def text(
        self,
        text: str,
        rect: pygame.Rect,
        size: int,
        colour: Colour,
        bold: bool = False,
        align: str = "left",
        valign: str = "top",
        min_size: int | None = None,
        panel: pygame.Rect | None = None,
    ) -> pygame.Rect:
        """Draw `text` wrapped inside `rect`, shrinking toward `min_size`; return the inked area."""
        if not text.strip() or rect.width <= 0 or rect.height <= 0:
            return pygame.Rect(rect.x, rect.y, 0, 0)
        floor = min_size if min_size is not None else max(6, int(size * 0.7))
        used_size, lines = fit(self.book, text, rect.width, rect.height, size, floor, bold)
        line_h = self.book.line_height(used_size, bold)
        block_h = line_h * len(lines)
        top = rect.y
        if valign == "middle":
            top = rect.y + (rect.height - block_h) // 2
        elif valign == "bottom":
            top = rect.bottom - block_h
        inked = None
        for i, line in enumerate(lines):
            if not line:
                continue
            surface = self.book.render(line, used_size, colour, bold)
            x = rect.x
            if align == "center":
                x = rect.centerx - surface.get_width() // 2
            elif align == "right":
                x = rect.right - surface.get_width()
            spot = surface.get_rect(topleft=(x, top + i * line_h))
            self.surface.blit(surface, spot)
            inked = spot if inked is None else inked.union(spot)
        inked = inked or pygame.Rect(rect.x, top, 0, 0)
        cut = bool(lines) and lines[-1].endswith(ELLIPSIS) and not text.endswith(ELLIPSIS)
        self._record(text, inked, panel or rect, used_size, cut)
        return inked

    def line(
        self,
        text: str,
        pos: tuple[int, int],
        size: int,
        colour: Colour,
        bold: bool = False,
        anchor: str = "topleft",
        panel: pygame.Rect | None = None,
    ) -> pygame.Rect:
        """Draw one unwrapped line with its `anchor` at `pos`; return its rectangle."""
        if not text:
            return pygame.Rect(pos, (0, 0))
        surface = self.book.render(text, size, colour, bold)
        spot = surface.get_rect(**{anchor: pos})
        self.surface.blit(surface, spot)
        self._record(text, spot, panel or spot, size)
        return spot

    def _record(
        self, text: str, rect: pygame.Rect, panel: pygame.Rect, size: int = 0, cut: bool = False
    ) -> None:
        dx, dy = self.offset
        rect, panel = rect.move(dx, dy), panel.move(dx, dy)
        if self.clip is not None:
            rect, panel = rect.clip(self.clip), panel.clip(self.clip)
            if rect.w == 0 or rect.h == 0:
                return
        self.boxes.append(TextBox(text, rect, panel, size, cut))
