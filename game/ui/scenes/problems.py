"""A scenario file's diagnostics: FILE:LINE:COL, the message, the source line, the hint."""

from __future__ import annotations

from typing import Any

import pygame

from game.io.diagnostics import Diagnostic
from game.play.catalog import Entry
from game.ui.layout import Metrics, take_top
from game.ui.scenes.base import Scene, header, key_hints
from game.ui.scenes.handoff import Handoff, OpenEntry
from game.ui.trainer import file_name
from game.ui.widgets.chips import chip, chip_size
from game.ui.widgets.panel import card
from game.ui.widgets.scroll import Scroller
from game.ui.widgets.text import Painter, text_height


class ProblemsScene(Scene):
    """Read-only and scrollable; Esc goes back to where it was opened from."""

    name = "problems"
    back = "select"

    def __init__(self, ctx: Any) -> None:
        super().__init__(ctx)
        self.scroller = Scroller()
        self.entry: Entry | None = None
        self.cards: list[tuple[Diagnostic, pygame.Rect]] = []

    def startup(self, came_from: str = "", handoff: Handoff | None = None) -> None:
        self.entry = self.ctx.catalog.find(handoff.key) if isinstance(handoff, OpenEntry) else None
        self.back = "briefing" if came_from == "briefing" else "select"
        self.scroller.offset = 0

    def on_reload(self) -> None:
        if self.entry is not None:
            self.entry = self.ctx.catalog.find(self.entry.key) or self.ctx.catalog.find(
                self.entry.path
            )
        self.relayout()

    def arrange(self, metrics: Metrics) -> None:
        super().arrange(metrics)
        m = metrics
        top = m.px(76) + m.px(16)
        intro, view = take_top(
            pygame.Rect(
                m.margin, top, m.width - 2 * m.margin - m.px(20), m.height - top - m.px(60)
            ),
            m.px(60),
            m.px(12),
        )
        self.intro, self.scroller.view = intro, view
        self.scroller.line = m.px(60)
        self.cards, y = [], 0
        for diagnostic in self.entry.diagnostics if self.entry else []:
            h = self._height(diagnostic, view.w)
            self.cards.append((diagnostic, pygame.Rect(view.x, y, view.w, h)))
            y += h + m.px(12)
        self.scroller.content_h = y
        self.scroller.scroll_to(self.scroller.offset)

    def _height(self, d: Diagnostic, width: int) -> int:
        m, book = self.m, self.ctx.fonts
        inner = width - 2 * m.px(20)
        h = 2 * m.px(16) + book.line_height(m.type(15), True) + m.px(10)
        h += text_height(book, self.ctx.shown(f"{d.message} [{d.code}]"), m.type(18), inner, True)
        if self._source(d):
            h += m.px(10) + book.line_height(m.type(15)) + m.px(12)
        if d.hint:
            h += m.px(8) + text_height(book, f"Hint: {d.hint}", m.type(16), inner)
        return h

    def _source(self, d: Diagnostic) -> str:
        lines = self.entry.text.splitlines() if self.entry else []
        return lines[d.span.line - 1].expandtabs(4) if 1 <= d.span.line <= len(lines) else ""

    def handle_event(self, event: pygame.event.Event) -> None:
        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
            self.go_back()
        elif self.scroller.handle(event):
            self.dirty = True

    def paint(self, painter: Painter) -> None:
        m, theme = self.m, self.theme
        entry = self.entry
        header(painter, self, "Problems in a scenario file")
        if entry is None:
            return
        painter.text(
            self._intro(entry),
            self.intro,
            m.type(17),
            theme.ink,
            valign="middle",
            min_size=m.type(12),
        )
        view = self.scroller.view
        previous = painter.surface.get_clip()
        painter.surface.set_clip(view)
        painter.clip = view
        for diagnostic, rect in self.cards:
            placed = rect.move(0, view.y - self.scroller.offset)
            if placed.bottom >= view.y and placed.y <= view.bottom:
                self._card(painter, diagnostic, placed)
        painter.clip = None
        painter.surface.set_clip(previous)
        self.scroller.draw_bar(painter.surface, theme, m.px(8))
        hints = [("↑↓ PgUp PgDn", "scroll"), ("Esc", "back")]
        if self.ctx.trainer:
            hints.insert(1, ("F5", "reload after fixing"))
        key_hints(painter, self, hints)

    def _intro(self, entry: Entry) -> str:
        errors = f"{entry.errors} error{'s' if entry.errors != 1 else ''}"
        warnings = f"{entry.warnings} warning{'s' if entry.warnings != 1 else ''}"
        state = (
            "Until they are fixed, its last good version is played."
            if entry.stale
            else "It can be played."
            if entry.playable
            else "It cannot be played until they are fixed."
        )
        if not self.ctx.trainer:  # learners: no path, no F5
            return f"{file_name(entry.path)}: {errors}, {warnings}. {state}"
        return f"{entry.path}: {errors}, {warnings}. {state} Fix the file, then press F5."

    def _card(self, painter: Painter, d: Diagnostic, rect: pygame.Rect) -> None:
        m, theme = self.m, self.theme
        error = d.is_error
        ink = theme.bad if error else theme.warn
        card(painter.surface, rect, theme, m.px(12), shadow=m.px(3))
        pygame.draw.rect(
            painter.surface,
            ink,
            (rect.x, rect.y, m.px(8), rect.h),
            border_top_left_radius=m.px(12),
            border_bottom_left_radius=m.px(12),
        )
        x, y, w = rect.x + m.px(20), rect.y + m.px(16), rect.w - 2 * m.px(20)
        size = m.type(15)
        label = "error" if error else "warning"
        cw = chip_size(painter, label, m.type(13), m.px(8))[0]
        chip(painter, label, (x, y), m.type(13), theme.accent_ink, ink, m.px(8), rect)
        where = pygame.Rect(
            x + cw + m.px(10), y, w - cw - m.px(10), painter.book.line_height(size, True)
        )
        painter.text(
            self.ctx.shown(str(d.span)),
            where,
            size,
            theme.muted,
            bold=True,
            min_size=m.type(11),
            panel=rect,
        )
        y += painter.book.line_height(size, True) + m.px(10)
        message = self.ctx.shown(f"{d.message} [{d.code}]")
        h = text_height(painter.book, message, m.type(18), w, True)
        painter.text(message, pygame.Rect(x, y, w, h), m.type(18), theme.ink, bold=True, panel=rect)
        y += h
        source = self._source(d)
        if source:
            y = self._source_line(
                painter, source, d.span.column, pygame.Rect(x, y + m.px(10), w, 0), rect
            )
        if d.hint:
            hint = f"Hint: {d.hint}"
            h = text_height(painter.book, hint, m.type(16), w)
            painter.text(
                hint, pygame.Rect(x, y + m.px(8), w, h), m.type(16), theme.good, panel=rect
            )

    def _source_line(
        self, painter: Painter, line: str, column: int, at: pygame.Rect, panel: pygame.Rect
    ) -> int:
        """The source line with the faulty column underlined; long lines keep the column in view."""
        m, theme, book = self.m, self.theme, painter.book
        size = m.type(15)
        box = pygame.Rect(at.x, at.y, at.w, book.line_height(size) + m.px(12))
        pygame.draw.rect(painter.surface, theme.panel_alt, box, border_radius=m.px(6))
        column = max(1, min(column, len(line) + 1))
        room = box.w - m.px(24)
        start = 0
        while start < column - 1 and book.width(line[start:], size) > room:
            start += 1
        shown = line[start:]
        while shown and book.width(shown, size) > room:
            shown = shown[:-1]
        text_x = box.x + m.px(12)
        painter.line(shown or " ", (text_x, box.y + m.px(6)), size, theme.ink, panel=box)
        under_x = text_x + book.width(shown[: column - 1 - start], size)
        width = max(
            m.px(10), book.width(shown[column - 1 - start : column - start + 7].split(" ")[0], size)
        )
        pygame.draw.line(
            painter.surface,
            theme.bad,
            (under_x, box.bottom - m.px(5)),
            (under_x + width, box.bottom - m.px(5)),
            max(2, m.px(3)),
        )
        return box.bottom
