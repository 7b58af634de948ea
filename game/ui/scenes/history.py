"""History: the current player's scenarios, best results, and the moves they use and miss."""

from __future__ import annotations

from typing import Any

import pygame

from game.model.scenario import Look
from game.play.history import HistoryView, history_view, plural
from game.ui.layout import Metrics, inset, split_h, take_top
from game.ui.scenes.base import header, key_hints
from game.ui.scenes.handoff import Handoff
from game.ui.scenes.history_blocks import HistoryBlocks
from game.ui.scenes.scroll_page import ScrollPage
from game.ui.widgets.button import Button
from game.ui.widgets.panel import card
from game.ui.widgets.portrait import Portrait
from game.ui.widgets.scroll import paint_blocks, stack_blocks
from game.ui.widgets.text import Painter, text_height

WELCOME = (
    "Play a scenario and this page fills up: your best result on each one, how often the "
    "customer stayed, the recovery moves you use most and the good moves you tend to miss."
)


FALLBACK = Look("#c68642", "#3b2314", "#16766c")  # the friendly face as a bust, without art


GREETER = "angela-ferreira"  # one of the library's people welcomes a new player


class HistoryScene(ScrollPage):
    """Scroll with the wheel, arrows, PgUp/PgDn; Enter picks a scenario, Esc goes back."""

    name = "history"
    button_share = 3

    def __init__(self, ctx: Any) -> None:
        super().__init__(ctx)
        self.view: HistoryView | None = None
        self.back = "title"
        self.greeter = Portrait(motion=False)  # a still: the page does not animate

    def startup(self, came_from: str = "", handoff: Handoff | None = None) -> None:
        self.back = "select" if came_from == "select" else "title"
        self.scroller.offset = 0
        self._load()
        back = "Back to scenarios" if self.back == "select" else "Back"
        self.buttons.set(
            [Button(back, "back"), Button("Play a scenario", "select", primary=True)], selected=1
        )

    def _load(self) -> None:
        history = self.ctx.records.history(self.ctx.settings.player_name)
        scenarios = [e.scenario for e in self.ctx.catalog.entries if e.scenario is not None]
        self.view = history_view(history, scenarios)
        self.ctx.show_record_notices()

    def on_reload(self) -> None:
        self._load()
        self.relayout()

    def arrange(self, metrics: Metrics) -> None:
        super().arrange(metrics)
        m = metrics
        self.bar = self.arrange_page(m)
        self.blocks = []
        if self.view is None or self.view.empty:
            self.scroller.content_h = 0
            return
        maker = HistoryBlocks(self.ctx.fonts, m, self.theme, self.view)
        self.blocks = stack_blocks(self.scroller, maker.blocks(), m.px(1040), m.px(14))

    def handle_event(self, event: pygame.event.Event) -> None:
        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
            self.go_back()
            return
        action = self.page_action(event)
        if action == "back":
            self.go_back()
        elif action == "select":
            self.ctx.sound.play("click")
            self.go("select")

    def paint(self, painter: Painter) -> None:
        m, theme = self.m, self.theme
        view = self.view
        if view is None:
            return
        header(painter, self, "Your history", f"Playing as {self.ctx.settings.player_name}")
        if view.empty:
            self._welcome(painter)
        else:
            self._content(painter)
        self.buttons.draw(painter, theme, m.type(18), m.u)
        self._saved_note(painter)
        hints = [("↑↓ PgUp PgDn", "scroll"), ("Enter", "play"), ("Esc", "back")]
        key_hints(painter, self, hints)

    def _content(self, painter: Painter) -> None:
        paint_blocks(painter, self.scroller, self.blocks, self.theme, self.m.px(8))

    def _welcome(self, painter: Painter) -> None:
        """The empty page for a new player: a friendly face and what will appear here."""
        m, theme = self.m, self.theme
        area = self.scroller.view
        width = min(area.w, m.px(900))
        rect = pygame.Rect(area.x + (area.w - width) // 2, area.y + m.px(8), width, 0)
        rect.h = min(area.h - m.px(16), m.px(300))
        card(painter.surface, rect, theme, m.px(18), fill=theme.accent_soft, shadow=m.px(4))
        face, words = split_h(inset(rect, m.px(28)), 0.26, m.px(28))
        pygame.draw.rect(painter.surface, theme.panel, face, border_radius=m.px(14))
        look = self.greeter.art.look_of(GREETER) or FALLBACK
        self.greeter.draw(painter.surface, inset(face, m.px(10)), look, "relieved")
        name = self.ctx.settings.player_name
        body_h = text_height(painter.book, WELCOME, m.type(19), words.w)
        top = words.y + max(0, (words.h - m.px(56) - body_h) // 2)  # the words centred by the face
        title, rest = take_top(pygame.Rect(words.x, top, words.w, words.bottom - top), m.px(56))
        painter.text(
            f"No rounds yet, {name}",
            title,
            m.type(30),
            theme.ink,
            bold=True,
            valign="middle",
            min_size=m.type(18),
            panel=rect,
        )
        painter.text(WELCOME, rest, m.type(19), theme.ink, min_size=m.type(13), panel=rect)

    def _saved_note(self, painter: Painter) -> None:
        """Left of the buttons: how many rounds, and whether they are being saved."""
        m, theme = self.m, self.theme
        first = self.buttons.buttons[0].rect
        area = pygame.Rect(self.bar.x, self.bar.y, first.x - m.gap - self.bar.x, self.bar.h)
        rounds = int(self.view.tiles[0][1]) if self.view and not self.view.empty else 0
        if not self.ctx.records.store.persistent:
            text, ink = "⚠ Not saved: this session's rounds are kept in memory only", theme.bad
        elif rounds:
            text, ink = f"{plural(rounds, 'round')} kept on this computer", theme.muted
        else:
            text, ink = "Your rounds will be kept on this computer", theme.muted
        painter.text(text, area, m.type(16), ink, valign="middle", min_size=m.type(12))
