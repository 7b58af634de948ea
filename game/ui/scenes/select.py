"""Scenario select: a grid of cards (title, summary, difficulty, tags, best result, error badge)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pygame

from game.play.catalog import TUTORIAL_ID, Entry
from game.play.history import BAD, GOOD, NEUTRAL, card_line
from game.ui.layout import Metrics, cycle, grid, inset, tab_step
from game.ui.scenes.base import Scene, header, key_hints
from game.ui.scenes.handoff import Handoff, OpenEntry
from game.ui.widgets.card_fit import CardType, card_type
from game.ui.widgets.chips import chip, chip_size, difficulty_label
from game.ui.widgets.panel import card, focus_ring
from game.ui.widgets.text import Painter

if TYPE_CHECKING:
    from game.records import ScenarioResult

ARROWS = {pygame.K_LEFT: -1, pygame.K_RIGHT: 1}


class SelectScene(Scene):
    """Arrows or the mouse pick a card; Enter or a click opens it (diagnostics if broken)."""

    name = "select"
    back = "title"

    def __init__(self, ctx: Any) -> None:
        super().__init__(ctx)
        self.entries: list[Entry] = []
        self.rects: list[pygame.Rect] = []
        self.selected = 0
        self.first_row = 0
        self.best: dict[str, ScenarioResult] = {}  # scenario id -> the player's best

    @property
    def new_player(self) -> bool:
        return not self.ctx.settings.has_completed(TUTORIAL_ID)

    def startup(self, came_from: str = "", handoff: Handoff | None = None) -> None:
        self.ctx.end_round()
        self._refresh()

    @property
    def loading(self) -> bool:
        """The scenario files are still being read (the first time): no cards to show yet."""
        return not self.ctx.catalog.loaded

    def _refresh(self) -> None:
        self.entries = self.ctx.catalog.ordered(tutorial_first=self.new_player)
        self._read_best()
        keys = [e.key for e in self.entries]
        self.selected = keys.index(self.ctx.selected) if self.ctx.selected in keys else 0
        self.first_row = 0

    def _read_best(self) -> None:
        """The player's best results, once the records are open (never waiting for them)."""
        if self.ctx.records.opened:
            self.best = self.ctx.records.best(self.ctx.settings.player_name)
            self.ctx.show_record_notices()

    def on_reload(self) -> None:
        self._refresh()
        self.relayout()

    def on_records(self) -> None:
        """The records arrived from their worker: show the best results on the cards."""
        self._read_best()
        self.dirty = True

    def arrange(self, metrics: Metrics) -> None:
        super().arrange(metrics)
        m = metrics
        self.columns = 4 if m.width / m.u >= 1200 else 3
        top = m.px(76) + m.px(64)
        self.area = pygame.Rect(m.margin, top, m.width - 2 * m.margin, m.height - top - m.px(56))
        self.type = self._card_type()
        self.card_h = max(m.px(250), self.type.height)
        self.visible_rows = max(1, (self.area.h + m.gap) // (self.card_h + m.gap))
        self._scroll_to_selected()

    def _card_type(self) -> CardType:
        """One title size and one summary size for every card, and the height they need."""
        m, book = self.m, self.ctx.fonts
        cell_w = (self.area.w - (m.gap + m.px(8)) * (self.columns - 1)) // self.columns
        chip_h = book.line_height(m.type(13)) + m.px(8)
        best_h = book.line_height(m.type(14), True) + m.px(4)
        frame = 2 * m.px(18) + chip_h + m.px(12) + m.px(6) + best_h + chip_h + m.px(16)
        texts = [(e.title, self._summary(e)) for e in self.entries]
        return card_type(book, m, texts, cell_w - 2 * m.px(22), frame, self.area.h)

    def _layout_cards(self) -> None:
        m = self.m
        start = self.first_row * self.columns
        shown = self.entries[start : start + self.visible_rows * self.columns]
        cells = grid(self.area, len(shown), self.columns, self.card_h, m.gap + m.px(8))
        self.rects = [pygame.Rect(0, 0, 0, 0)] * start + cells
        self.rects += [pygame.Rect(0, 0, 0, 0)] * (len(self.entries) - len(self.rects))

    def _scroll_to_selected(self) -> None:
        row = self.selected // self.columns if self.entries else 0
        if row < self.first_row:
            self.first_row = row
        elif row >= self.first_row + self.visible_rows:
            self.first_row = row - self.visible_rows + 1
        self._layout_cards()

    def handle_event(self, event: pygame.event.Event) -> None:
        if tab_step(event) and self.entries:  # Tab / Shift+Tab: the cards in reading order
            self._move(cycle(self.selected, len(self.entries), tab_step(event)) - self.selected)
        elif event.type == pygame.KEYDOWN:
            self._key(event.key)
        elif event.type == pygame.MOUSEMOTION:
            self._hover(event.pos)
        elif event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            index = self._at(event.pos)
            if index is not None:
                self.selected = index
                self.open(index)
        elif event.type == pygame.MOUSEWHEEL:
            self._move(-self.columns if event.y > 0 else self.columns)

    def _key(self, key: int) -> None:
        if key == pygame.K_ESCAPE:
            self.go_back()
        elif key == pygame.K_h:
            self.go("history")
        elif key in ARROWS:
            self._move(ARROWS[key])
        elif key in (pygame.K_UP, pygame.K_DOWN):
            self._move(-self.columns if key == pygame.K_UP else self.columns)
        elif key in (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE) and self.entries:
            self.open(self.selected)

    def _move(self, step: int) -> None:
        if not self.entries:
            return
        self.selected = max(0, min(len(self.entries) - 1, self.selected + step))
        self._scroll_to_selected()
        self.dirty = True

    def _at(self, pos: tuple[int, int]) -> int | None:
        return next((i for i, r in enumerate(self.rects) if r.w and r.collidepoint(pos)), None)

    def _hover(self, pos: tuple[int, int]) -> None:
        index = self._at(pos)
        if index is not None and index != self.selected:
            self.selected, self.dirty = index, True

    def open(self, index: int) -> None:
        """Open a card: the briefing for a playable file, the diagnostics for a broken one."""
        entry = self.entries[index]
        self.ctx.selected = entry.key
        self.ctx.sound.play("click")
        self.go("briefing" if entry.playable else "problems", OpenEntry(entry.key))

    def paint(self, painter: Painter) -> None:
        m, theme = self.m, self.theme
        right = f"Playing as {self.ctx.settings.player_name}"
        header(painter, self, "Choose a scenario", right)
        intro = pygame.Rect(m.margin, m.px(76) + m.px(14), self.area.w, m.px(36))
        painter.text(self._intro(), intro, m.type(18), theme.muted, valign="middle")
        if not self.entries and not self.loading:
            self._empty(painter)
        for i, entry in enumerate(self.entries):
            if self.rects[i].w:
                self._card(painter, entry, self.rects[i], i == self.selected)
        hints = [
            ("←→↑↓", "choose"),
            ("Enter", "open"),
            ("H", "your history"),
            ("Esc", "back"),
        ]
        if self.ctx.trainer:
            hints.append(("F5", "reload files"))
        key_hints(painter, self, hints)

    def _intro(self) -> str:
        if self.loading:
            return "Loading scenarios…"
        count = len(self.entries)
        text = f"{count} scenario{'s' if count != 1 else ''}. Pick one to play."
        if self.ctx.catalog.has_tutorial and self.new_player:
            text = "New here? Start with the tutorial: it shows you how a round works."
        shown = self.visible_rows * self.columns
        below = count - (self.first_row * self.columns + shown)
        if below > 0:
            text += f"  ▼ {below} more below (scroll or arrow keys)"
        elif self.first_row:
            text += "  ▲ more above"
        return text

    def _empty(self, painter: Painter) -> None:
        m, theme = self.m, self.theme
        rect = pygame.Rect(self.area.x, self.area.y, self.area.w, m.px(160))
        card(painter.surface, rect, theme, m.px(16), shadow=m.px(3))
        if self.ctx.trainer:
            where = ", ".join(str(p) for p in self.ctx.catalog.paths)
            text = f"No scenario files were found in {where}. Add .yaml files there and press F5."
        else:
            text = "No scenarios are ready to play yet. Please ask your trainer."
        painter.text(
            text, inset(rect, m.px(28)), m.type(20), theme.ink, valign="middle", panel=rect
        )

    def _card(self, painter: Painter, entry: Entry, rect: pygame.Rect, selected: bool) -> None:
        m, theme = self.m, self.theme
        radius = m.px(16)
        broken = not entry.playable
        card(
            painter.surface,
            rect,
            theme,
            radius,
            fill=theme.bad_soft if broken else None,
            border=theme.bad if broken else None,
            shadow=m.px(4),
        )
        if selected:
            focus_ring(painter.surface, rect, theme, radius, m.px(3))
        inner = inset(rect, m.px(22), m.px(18))
        size, pad = m.type(13), m.px(8)
        top_h = chip_size(painter, "Ag", size, pad)[1]
        scenario = entry.scenario
        badge, ink, fill = self._badge(entry)
        level = difficulty_label(scenario.difficulty) if scenario else ""
        gap = m.px(10)
        if level and badge and self._chips_w(painter, level, badge) + gap > inner.w:
            level = level.split()[0]  # the dots alone
        if badge and self._chips_w(painter, level, badge) + gap > inner.w:
            badge = badge.split()[0]  # the symbol alone
        if level:
            chip(painter, level, inner.topleft, size, theme.ink, theme.panel_alt, pad, rect)
        if badge:
            w = chip_size(painter, badge, size, pad)[0]
            chip(painter, badge, (inner.right - w, inner.y), size, ink, fill, pad, rect)
        fit = self.type  # every card the same sizes (widgets/card_fit.py)
        title_h = fit.title_lines * painter.book.line_height(fit.title, True)
        title = pygame.Rect(inner.x, inner.y + top_h + m.px(12), inner.w, title_h)
        painter.text(
            entry.title, title, fit.title, theme.ink, bold=True, min_size=fit.title, panel=rect
        )
        tags = [f"#{t}" for t in scenario.tags] if scenario else []
        tag_h = chip_size(painter, "Ag", size, pad)[1] if tags else 0
        best_h = self._best(
            painter, entry, inner.bottom - tag_h - m.px(6) if tags else inner.bottom, inner, rect
        )
        summary_top = title.bottom + m.px(6)
        summary = pygame.Rect(
            inner.x, summary_top, inner.w, inner.bottom - tag_h - best_h - m.px(10) - summary_top
        )
        painter.text(
            self._summary(entry),
            summary,
            fit.summary,
            theme.muted,
            min_size=fit.summary,
            panel=rect,
        )
        self._tags(painter, tags, pygame.Rect(inner.x, inner.bottom - tag_h, inner.w, tag_h), rect)

    def _best(
        self, painter: Painter, entry: Entry, bottom: int, inner: pygame.Rect, panel: pygame.Rect
    ) -> int:
        """The player's best result (or 'Not played yet') as one line ending at `bottom`."""
        if entry.scenario is None:
            return 0
        m, theme = self.m, self.theme
        text, tone = card_line(self.best.get(entry.scenario.id))
        size = m.type(14)
        h = painter.book.line_height(size, True)
        spot = pygame.Rect(inner.x, bottom - h, inner.w, h)
        ink = {GOOD: theme.good, BAD: theme.bad}.get(tone, theme.muted)
        painter.text(
            text,
            spot,
            size,
            ink,
            bold=tone != NEUTRAL,
            valign="middle",
            min_size=m.type(11),
            panel=panel,
        )
        return h + m.px(4)

    def _tags(
        self, painter: Painter, tags: list[str], area: pygame.Rect, panel: pygame.Rect
    ) -> None:
        m, theme = self.m, self.theme
        size, pad, x = m.type(13), m.px(8), area.x
        for tag in tags:
            w = chip_size(painter, tag, size, pad)[0]
            if x + w > area.right:
                break
            chip(painter, tag, (x, area.y), size, theme.good, theme.good_soft, pad, panel)
            x += w + m.px(8)

    def _chips_w(self, painter: Painter, *texts: str) -> int:
        size, pad = self.m.type(13), self.m.px(8)
        return sum(chip_size(painter, t, size, pad)[0] for t in texts if t)

    def _summary(self, entry: Entry) -> str:
        if entry.scenario is None:
            first = entry.diagnostics[0] if entry.diagnostics else None
            where = (
                self.ctx.shown(f"{first.span}: {first.message}")
                if first
                else "This file could not be read."
            )
            return f"This file has errors and cannot be played yet. {where}"
        if entry.stale:
            return f"Playing the last good version until the file's errors are fixed. {entry.scenario.summary}"
        return entry.scenario.summary

    def _badge(self, entry: Entry) -> tuple[str, tuple, tuple]:
        theme = self.theme
        if entry.errors:
            noun = "error" if entry.errors == 1 else "errors"
            text = f"⚠ {entry.errors} {noun}"
            return text, theme.accent_ink, theme.bad
        scenario = entry.scenario
        if scenario and scenario.id == TUTORIAL_ID and self.new_player:
            return "★ Start here", theme.accent_ink, theme.accent
        played = scenario is not None and self.ctx.settings.has_completed(scenario.id)
        if scenario and played and scenario.id not in self.best:
            return "✓ Played", theme.good, theme.good_soft
        return "", theme.ink, theme.panel
