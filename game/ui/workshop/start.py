"""Workshop set-up: pick the scenario for the room and the timer, on the projector, full screen.

Entering it takes the projector (the second display when there are two, or
the one given with --display) and goes full screen; leaving it with Esc
gives the window back as it was.
"""

from __future__ import annotations

from typing import Any

import pygame

from game.model.scenario import Scenario
from game.play.catalog import Entry
from game.play.workshop.prefs import load_timer, save_timer
from game.play.workshop.reach import decision_range
from game.play.workshop.timer import DecisionTimer
from game.ui.context import Request
from game.ui.layout import inset, split_h
from game.ui.scenes.base import Scene
from game.ui.scenes.handoff import Handoff, OpenWorkshop, RoomStart
from game.ui.theme import Theme
from game.ui.widgets.chips import chip, chip_size, difficulty_label
from game.ui.workshop import presenter as screens
from game.ui.workshop.clicks import as_key
from game.ui.workshop.notices import draw_notices
from game.ui.workshop.paint import Sized, SizedPainter, box, height_of
from game.ui.workshop.phones import PhoneLink
from game.ui.workshop.preset import Projector, projector_theme
from game.ui.workshop.room_parts import draw_bar, draw_prompt
from game.ui.workshop.room_view import body_rect

START = (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_RIGHT, pygame.K_PAGEDOWN, pygame.K_SPACE)


class WorkshopStartScene(Scene):
    """↑↓ choose a scenario, ▶ or Enter starts it with the room, T sets the timer, Esc leaves."""

    name = "workshop"
    back = "title"

    def __init__(self, ctx: Any) -> None:
        super().__init__(ctx)
        self.entries: list[Entry] = []
        self.selected = 0
        self.timer = DecisionTimer()
        self.display: int | None = None
        self.claim = False  # take the projector on the next update
        self.made_fullscreen = False
        self.sizes: list[Sized] = []
        self.ranges: dict[str, tuple[int, int]] = {}  # decisions per round, by scenario id
        self.phones = PhoneLink()  # off by default; on for the whole of workshop mode

    @property
    def theme(self) -> Theme:
        return projector_theme(self.ctx.settings.theme)

    def draw_notices(self, surface: pygame.Surface) -> None:
        """Notices at the projector's type size, over the bottom line (see notices.py)."""
        draw_notices(surface, self.ctx.fonts, self.theme, self.ctx.toasts)

    def startup(self, came_from: str = "", handoff: Handoff | None = None) -> None:
        if isinstance(handoff, OpenWorkshop):
            self.display = handoff.display
        self.entries = [e for e in self.ctx.catalog.ordered(tutorial_first=False) if e.playable]
        keys = [e.key for e in self.entries]
        self.selected = keys.index(self.ctx.selected) if self.ctx.selected in keys else 0
        self.timer.seconds = load_timer(self.ctx.store.folder)
        self.claim = True

    def on_reload(self) -> None:
        self.startup()
        self.claim = False
        self.dirty = True

    def update(self, dt: float) -> None:
        if self.claim:
            self.claim = False
            self.take_the_screen()

    def take_the_screen(self) -> None:
        """Move to the room's display and go full screen (undone when leaving with Esc)."""
        count = len(screens.desktop_sizes())
        room, _ = screens.pick_displays(count, self.display)
        if count > 1 or self.display is not None:
            screens.place_window(screens.main_window(), room)
        if not self.ctx.settings.fullscreen:
            # Only for this session: a workshop on a projector must not make the
            # player's next ordinary start open full screen.
            self.made_fullscreen = True
            self.ctx.ask(Request.FULLSCREEN_FOR_NOW)

    def handle_event(self, event: pygame.event.Event) -> None:
        event = as_key(event)  # a clicker that acts as a mouse: left ▶, right ◀
        if event.type != pygame.KEYDOWN:
            return
        self.dirty = True
        key = event.key
        if key in (pygame.K_UP, pygame.K_DOWN, pygame.K_PAGEUP, pygame.K_LEFT) and self.entries:
            step = 1 if key == pygame.K_DOWN else -1
            self.selected = (self.selected + step) % len(self.entries)
        elif key in START and self.entries:
            self.begin()
        elif key == pygame.K_t:
            save_timer(self.ctx.store.folder, self.timer.cycle(restart=False))
        elif key == pygame.K_p:
            self.toggle_phones()
        elif key == pygame.K_d:
            self.go("workshop-debrief")
        elif key == pygame.K_ESCAPE:
            self.phones.stop()  # leaving workshop mode: the phones' server goes too
            if self.made_fullscreen:
                self.ctx.ask(Request.WINDOWED_FOR_NOW)
            self.made_fullscreen = False
            self.go("title")

    def toggle_phones(self) -> None:
        """P: start or stop the phones' web server on this computer's network."""
        if self.phones.on:
            self.phones.stop()
            self.ctx.notify("Phones off: count hands.")
            return
        problem = self.phones.start()
        view = self.phones.view()
        if problem or view is None:
            self.ctx.notify(problem or "The phones' server could not start.", long=True)
        else:
            self.ctx.notify(f"Phones on: {view.short}, room code {view.code}.")

    def request_quit(self) -> bool:
        self.phones.stop()
        return True

    def begin(self) -> None:
        entry = self.entries[self.selected]
        self.ctx.selected = entry.key
        self.ctx.sound.play("click")
        self.go("workshop-room", RoomStart(entry.scenario, self.timer.seconds, self.display,
                                           phones=self.phones))  # fmt: skip

    # --- drawing -------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        theme = self.theme
        surface.fill(theme.background)
        p = Projector(*surface.get_size())
        painter = SizedPainter(surface, self.ctx.fonts)
        draw_bar(painter, p, theme, "Workshop: choose the scenario for the room", "")
        draw_prompt(painter, p, theme, "↑↓ choose · ▶ start · T timer · P phones · Esc back")
        body = body_rect(painter, p)
        if not self.entries:
            painter.text(
                "Loading scenarios…"
                if not self.ctx.catalog.loaded
                else "No playable scenarios were found. Press Esc, then check Scenarios.",
                body,
                p.body,
                theme.bad,
                bold=True,
                min_size=p.floor,
            )
        else:
            left, right = split_h(body, 0.45, p.margin)
            self._list(painter, p, theme, left)
            self._details(painter, p, theme, right)
        self.boxes, self.sizes = painter.boxes, painter.sizes

    def _list(self, painter: SizedPainter, p: Projector, theme: Theme, area: pygame.Rect) -> None:
        book, width = painter.book, area.w - 2 * p.pad
        heights = [height_of(book, e.title, p.floor, width, True) + 2 * p.pad for e in self.entries]
        first = 0
        while sum(heights[first : self.selected + 1]) + p.gap * (self.selected - first) > area.h:
            first += 1
        y = area.y
        for i in range(first, len(self.entries)):
            rect = pygame.Rect(area.x, y, area.w, heights[i])
            if rect.bottom > area.bottom:
                break
            chosen = i == self.selected
            if chosen:  # the game's chosen button: accent fill with a ring just outside it
                ring = rect.inflate(2 * p.stroke, 2 * p.stroke)
                pygame.draw.rect(painter.surface, theme.accent, ring, width=p.stroke,
                                 border_radius=p.radius + p.stroke)  # fmt: skip
            box(
                painter.surface,
                rect,
                theme,
                p,
                fill=theme.accent if chosen else theme.panel,
                edge=theme.panel if chosen else theme.border,
            )
            painter.text(
                self.entries[i].title,
                inset(rect, p.pad, p.pad),
                p.floor,
                theme.accent_ink if chosen else theme.ink,
                bold=True,
                min_size=p.floor,
                panel=rect,
            )
            y = rect.bottom + p.gap

    def _chips(self, painter: SizedPainter, p: Projector, theme: Theme, scenario: Scenario,
               area: pygame.Rect) -> int:  # fmt: skip
        """The difficulty and the first tags as the game's chips, on one line; the y below."""
        h = painter.book.line_height(p.floor) + p.pad  # a chip's height (chips.chip_size)
        row = pygame.Rect(area.x, area.y, area.w, h)
        level = [(difficulty_label(scenario.difficulty), theme.ink, theme.backdrop)]
        tags = [(f"#{t}", theme.good, theme.good_soft) for t in scenario.tags[:2]]
        x = row.x
        for text, ink, fill in level + tags:
            w = chip_size(painter, text, p.floor, p.pad)[0]
            if x + w > row.right:
                break
            chip(painter, text, (x, row.y), p.floor, ink, fill, p.pad, row)
            x += w + p.gap
        return row.bottom

    def _phones_words(self) -> str:
        view = self.phones.view()
        if view is None:
            return "Phones: off, hands only (P)"
        return f"Phones: on, {view.short}, code {view.code} (P)"

    def _decisions(self, scenario: Scenario) -> str:
        """'Decisions per round: 5–7', worked out once per scenario, to plan the session."""
        if scenario.id not in self.ranges:
            self.ranges[scenario.id] = decision_range(scenario)
        low, high = self.ranges[scenario.id]
        return f"Decisions per round: {low}–{high}" if low != high else (
            f"Decisions per round: {low}")  # fmt: skip

    def _details(self, painter: SizedPainter, p: Projector, theme: Theme,
                 area: pygame.Rect) -> None:  # fmt: skip
        scenario = self.entries[self.selected].scenario
        assert scenario is not None
        customer = scenario.customer
        two = len(screens.desktop_sizes()) > 1
        notes = "Your notes: on the laptop screen." if two else "Your notes: press N in the round."
        parts = [
            (scenario.title, p.body, True, theme.ink),
            (
                f"Customer: {customer.name}" + (f", {customer.role}" if customer.role else ""),
                p.floor,
                False,
                theme.muted,
            ),
            (scenario.summary, p.floor, False, theme.ink),
            (self._decisions(scenario), p.floor, True, theme.ink),
            (f"Timer: {self.timer.label()} (T)", p.floor, True, theme.accent),
            (self._phones_words(), p.floor, True, theme.accent),
            (notes, p.floor, False, theme.ink),
            ("D: back to the last room debrief.", p.floor, False, theme.muted),
        ]
        y, width = area.y, area.w
        for text, size, bold, ink in parts[:1]:
            h = height_of(painter.book, text, size, width, bold)
            painter.text(text, pygame.Rect(area.x, y, width, h), size, ink, bold=bold,
                         min_size=size)  # fmt: skip
            y += h + p.gap
        y = self._chips(painter, p, theme, scenario, pygame.Rect(area.x, y, width, area.h)) + p.gap
        for text, size, bold, ink in parts[1:]:
            h = height_of(painter.book, text, size, width, bold)
            if y + h > area.bottom:
                continue
            painter.text(
                text, pygame.Rect(area.x, y, width, h), size, ink, bold=bold, min_size=size
            )
            y += h + p.gap
