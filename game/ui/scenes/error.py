"""Shown when a scene fails unexpectedly: an apology, not a traceback; any key goes on."""

from __future__ import annotations

import pygame

from game.ui.layout import inset
from game.ui.scenes.base import Scene, key_hints
from game.ui.scenes.handoff import Crash, Handoff
from game.ui.widgets.button import Button
from game.ui.widgets.panel import card
from game.ui.widgets.text import Painter


class ErrorScene(Scene):
    """A calm error panel; Enter, Esc or a click returns to the title screen."""

    name = "error"

    def startup(self, came_from: str = "", handoff: Handoff | None = None) -> None:
        crash = handoff if isinstance(handoff, Crash) else Crash("unknown problem")
        self.message = crash.message[:300]
        self.where = crash.where

    def handle_event(self, event: pygame.event.Event) -> None:
        if event.type in (pygame.KEYDOWN, pygame.MOUSEBUTTONDOWN):
            self.ctx.end_round()
            self.go("title")

    def paint(self, painter: Painter) -> None:
        m, theme = self.m, self.theme
        rect = pygame.Rect(0, 0, min(m.px(760), m.width - 2 * m.margin), m.px(290))
        rect.center = (m.width // 2, m.height // 2 - m.px(20))
        card(painter.surface, rect, theme, m.px(18), shadow=m.px(4))
        stripe = pygame.Rect(rect.x, rect.y, rect.w, m.px(10))
        pygame.draw.rect(
            painter.surface,
            theme.warn,
            stripe,
            border_top_left_radius=m.px(18),
            border_top_right_radius=m.px(18),
        )
        inner = inset(rect, m.px(36), m.px(32))
        title = pygame.Rect(inner.x, inner.y, inner.w, m.px(44))
        painter.text(
            "Sorry — something went wrong", title, m.type(28), theme.ink, bold=True, panel=rect
        )
        body = pygame.Rect(inner.x, title.bottom + m.px(12), inner.w, m.px(80))
        text = (
            "The game caught the problem and is still running. The details were written "
            "to the log for whoever looks after the game."
        )
        painter.text(text, body, m.type(18), theme.ink, panel=rect)
        button = Button("Back to the title", "title", primary=True)
        button.rect = pygame.Rect(inner.x, inner.bottom - m.px(52), m.px(260), m.px(52))
        detail = pygame.Rect(inner.x, body.bottom, inner.w, button.rect.y - m.px(12) - body.bottom)
        if self.ctx.trainer:  # the exception is for whoever looks after the game
            painter.text(self.message, detail, m.type(14), theme.muted, panel=rect)
        button.draw(painter, theme, m.type(18), True, m.u)
        key_hints(painter, self, [("Enter", "back to the title screen")])
