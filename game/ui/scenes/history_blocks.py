"""The History screen's sections as blocks that measure their height for a width, then draw."""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.play.history import BAD, GOOD, HistoryView, PrincipleLine, ScenarioLine
from game.ui.fonts import FontBook
from game.ui.layout import Metrics, inset, split_h
from game.ui.scenes.debrief_blocks import Block
from game.ui.theme import Colour, Theme, mix
from game.ui.widgets.panel import card
from game.ui.widgets.text import Painter, text_height

NO_MOVES = "None yet."
NO_MISSES = "None so far: you took every good move you were offered."


class HistoryBlocks:
    """Builds the History screen's blocks for one player, sized for the current window."""

    def __init__(self, book: FontBook, m: Metrics, theme: Theme, view: HistoryView) -> None:
        self.book, self.m, self.theme, self.view = book, m, theme, view

    def blocks(self) -> list[Block]:
        found = [self.tiles()]
        view = self.view
        if view.assessments:
            shown = len(view.assessments)
            more = f" (latest {shown} of {view.assessed})" if view.assessed > shown else ""
            found.append(self.heading(f"Your assessments{more}"))
            found += [self.scenario(line) for line in view.assessments]
        found.append(self.heading("Scenarios you have played"))
        found += [self.scenario(line) for line in self.view.scenarios]
        found.append(self.heading("Recovery principles"))
        found.append(self.principles())
        return found

    def tone(self, tone: str) -> Colour:
        theme = self.theme
        return {GOOD: theme.good, BAD: theme.bad}.get(tone, theme.muted)

    # --- blocks -----------------------------------------------------------------
    def heading(self, text: str) -> Block:
        size = self.m.type(22)

        def paint(p: Painter, r: pygame.Rect) -> None:
            p.text(text, r, size, self.theme.ink, bold=True, valign="bottom")

        return Block(lambda w: self.book.line_height(size, True) + self.m.px(18), paint)

    def tiles(self) -> Block:
        """Rounds played, how often the customer stayed, scenarios played: three big numbers."""
        m, book = self.m, self.book
        pad, value, label = m.px(18), m.type(30), m.type(15)
        count = len(self.view.tiles)

        def measure(width: int) -> int:
            return 2 * pad + book.line_height(value, True) + m.px(4) + book.line_height(label)

        def paint(p: Painter, rect: pygame.Rect) -> None:
            theme = self.theme
            w = (rect.w - m.gap * (count - 1)) // count
            for i, (name, number) in enumerate(self.view.tiles):
                tile = pygame.Rect(rect.x + i * (w + m.gap), rect.y, w, rect.h)
                card(p.surface, tile, theme, m.px(14), shadow=m.px(3))
                inner = inset(tile, pad)
                top = pygame.Rect(inner.x, inner.y, inner.w, book.line_height(value, True))
                ink = theme.good if i == 1 else theme.ink
                p.text(number, top, value, ink, bold=True, min_size=m.type(16), panel=tile)
                below = pygame.Rect(
                    inner.x, top.bottom + m.px(4), inner.w, inner.bottom - top.bottom - m.px(4)
                )
                p.text(name, below, label, theme.muted, min_size=m.type(11), panel=tile)

        return Block(measure, paint)

    def scenario(self, line: ScenarioLine) -> Block:
        """A card: the title and how often on the left, the best result as a pill on the right."""
        m, book = self.m, self.book
        pad, title, detail, best = m.px(20), m.type(19), m.type(15), m.type(15)

        def parts(width: int) -> tuple[int, int, int, int]:
            pill_w = min(book.width(line.best, best, True) + 2 * m.px(14), (width - 2 * pad) // 2)
            text_w = width - 2 * pad - m.px(8) - pill_w - m.gap
            title_h = text_height(book, line.title, title, text_w, True)
            return text_w, pill_w, title_h, text_height(book, line.detail, detail, text_w)

        def measure(width: int) -> int:
            _, _, title_h, detail_h = parts(width)
            pill_h = book.line_height(best, True) + m.px(12)
            return 2 * pad + max(title_h + m.px(4) + detail_h, pill_h)

        def paint(p: Painter, rect: pygame.Rect) -> None:
            theme = self.theme
            text_w, pill_w, title_h, detail_h = parts(rect.w)
            ink = self.tone(line.tone)
            card(p.surface, rect, theme, m.px(14), shadow=m.px(3))
            pygame.draw.rect(
                p.surface,
                ink,
                (rect.x, rect.y, m.px(8), rect.h),
                border_top_left_radius=m.px(14),
                border_bottom_left_radius=m.px(14),
            )
            x, y = rect.x + pad + m.px(8), rect.y + pad
            p.text(
                line.title,
                pygame.Rect(x, y, text_w, title_h),
                title,
                theme.ink,
                bold=True,
                panel=rect,
            )
            y += title_h + m.px(4)
            p.text(
                line.detail, pygame.Rect(x, y, text_w, detail_h), detail, theme.muted, panel=rect
            )
            pill = pygame.Rect(0, 0, pill_w, book.line_height(best, True) + m.px(12))
            pill.midright = (rect.right - pad, rect.centery)
            fill = theme.good_soft if line.tone == GOOD else theme.bad_soft
            pygame.draw.rect(p.surface, fill, pill, border_radius=pill.h // 2)
            p.text(
                line.best,
                inset(pill, m.px(14), m.px(6)),
                best,
                ink,
                bold=True,
                align="center",
                valign="middle",
                min_size=m.type(11),
                panel=pill,
            )

        return Block(measure, paint)

    def principles(self) -> Block:
        """Two cards side by side (stacked when narrow): moves used most, good moves missed most."""
        m, theme = self.m, self.theme
        columns = [
            Column("Moves you use most", self.view.used, theme.accent, NO_MOVES, missed=False),
            Column(
                "Good moves you miss most", self.view.missed, theme.warn, NO_MISSES, missed=True
            ),
        ]

        def side_by_side(width: int) -> bool:
            return width >= m.px(760)

        def measure(width: int) -> int:
            if side_by_side(width):
                return max(self._list_height(c, (width - m.gap) // 2) for c in columns)
            return sum(self._list_height(c, width) for c in columns) + m.gap

        def paint(p: Painter, rect: pygame.Rect) -> None:
            if side_by_side(rect.w):
                areas = split_h(rect, 0.5, m.gap)
            else:
                first = self._list_height(columns[0], rect.w)
                areas = (
                    pygame.Rect(rect.x, rect.y, rect.w, first),
                    pygame.Rect(rect.x, rect.y + first + m.gap, rect.w, rect.h - first - m.gap),
                )
            for column, area in zip(columns, areas, strict=True):
                self._paint_list(p, area, column)

        return Block(measure, paint)

    # --- the principle lists ----------------------------------------------------
    def _sizes(self) -> tuple[int, int, int, int]:
        m = self.m
        return m.px(20), m.type(17), m.type(16), m.type(14)

    def _item_heights(self, item: PrincipleLine, width: int, missed: bool) -> tuple[int, int, int]:
        m, book = self.m, self.book
        _, _, name, small = self._sizes()
        note_w = book.width(item.note, small) + m.px(4)
        name_h = text_height(
            book, _mark(item, missed) + item.name, name, width - note_w - m.gap, True
        )
        summary_h = text_height(book, item.summary, small, width) if missed and item.summary else 0
        return note_w, name_h, summary_h

    def _list_height(self, column: Column, width: int) -> int:
        m, book = self.m, self.book
        pad, title, _, small = self._sizes()
        inner = width - 2 * pad - m.px(8)
        height = 2 * pad + book.line_height(title, True) + m.px(10)
        if not column.items:
            return height + text_height(book, column.empty, small, inner)
        for item in column.items:
            _, name_h, summary_h = self._item_heights(item, inner, column.missed)
            height += name_h + (summary_h + m.px(2) if summary_h else 0) + m.px(20)
        return height - m.px(8)

    def _paint_list(self, p: Painter, area: pygame.Rect, column: Column) -> None:
        m, book, theme = self.m, self.book, self.theme
        pad, title_size, name, small = self._sizes()
        card(p.surface, area, theme, m.px(14), shadow=m.px(3))
        pygame.draw.rect(
            p.surface,
            column.ink,
            (area.x, area.y, m.px(8), area.h),
            border_top_left_radius=m.px(14),
            border_bottom_left_radius=m.px(14),
        )
        x, y, w = area.x + pad + m.px(8), area.y + pad, area.w - 2 * pad - m.px(8)
        title_h = book.line_height(title_size, True)
        p.text(
            column.title,
            pygame.Rect(x, y, w, title_h),
            title_size,
            mix(column.ink, theme.ink, 0.3),
            bold=True,
            panel=area,
        )
        y += title_h + m.px(10)
        if not column.items:
            p.text(
                column.empty,
                pygame.Rect(x, y, w, area.bottom - pad - y),
                small,
                theme.muted,
                panel=area,
            )
            return
        most = max(item.count for item in column.items)
        for item in column.items:
            note_w, name_h, summary_h = self._item_heights(item, w, column.missed)
            ink = theme.bad if item.tone == BAD else theme.ink
            p.text(
                _mark(item, column.missed) + item.name,
                pygame.Rect(x, y, w - note_w - m.gap, name_h),
                name,
                ink,
                bold=True,
                panel=area,
            )
            p.text(
                item.note,
                pygame.Rect(x + w - note_w, y, note_w, name_h),
                small,
                theme.muted,
                align="right",
                panel=area,
            )
            y += name_h
            if summary_h:
                p.text(
                    item.summary,
                    pygame.Rect(x, y + m.px(2), w, summary_h),
                    small,
                    theme.muted,
                    panel=area,
                )
                y += summary_h + m.px(2)
            track = pygame.Rect(x, y + m.px(6), w, m.px(6))
            pygame.draw.rect(p.surface, theme.meter_track, track, border_radius=track.h // 2)
            bar = pygame.Rect(
                track.x, track.y, max(track.h, round(track.w * item.count / most)), track.h
            )
            pygame.draw.rect(
                p.surface, self._bar(item, column.missed), bar, border_radius=track.h // 2
            )
            y += m.px(20)

    def _bar(self, item: PrincipleLine, missed: bool) -> Colour:
        if missed:
            return self.theme.warn
        return self.theme.bad if item.tone == BAD else self.theme.good


@dataclass(frozen=True)
class Column:
    """One list of principles: its title, items, colour and what to say when it is empty."""

    title: str
    items: tuple[PrincipleLine, ...]
    ink: Colour
    empty: str
    missed: bool


def _mark(item: PrincipleLine, missed: bool) -> str:
    """○ for a good move passed by, ✓ for a good move used, ✗ for one that costs trust."""
    if missed:
        return "○ "
    return "✓ " if item.tone == GOOD else "✗ " if item.tone == BAD else ""
