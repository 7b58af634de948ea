"""A modal question over the current screen ("Leave this round?") with two buttons."""

from __future__ import annotations

import pygame

from game.ui.layout import Metrics, inset
from game.ui.theme import Theme
from game.ui.widgets.button import Button, ButtonList
from game.ui.widgets.panel import card
from game.ui.widgets.text import Painter


class Confirm:
    """Asks `question`; `handle` returns 'yes', 'no' or None. Esc means no, Y / N work too."""

    def __init__(self, title: str, question: str, yes: str, no: str, tag: str = "") -> None:
        self.title, self.question, self.tag = title, question, tag
        self.buttons = ButtonList(
            [Button(no, "no"), Button(yes, "yes", primary=True)], selected=0, horizontal=True
        )
        self.panel = pygame.Rect(0, 0, 0, 0)

    def arrange(self, m: Metrics) -> None:
        self.panel = pygame.Rect(0, 0, min(m.px(620), m.width - 2 * m.margin), m.px(270))
        self.panel.center = (m.width // 2, m.height // 2)
        inner = inset(self.panel, m.px(32), m.px(28))
        w = (inner.w - m.gap) // 2
        for i, button in enumerate(self.buttons.buttons):
            button.rect = pygame.Rect(
                inner.x + i * (w + m.gap), inner.bottom - m.px(56), w, m.px(56)
            )

    def handle(self, event: pygame.event.Event) -> str | None:
        if event.type == pygame.KEYDOWN:
            if event.key in (pygame.K_ESCAPE, pygame.K_n):
                return "no"
            if event.key == pygame.K_y:
                return "yes"
        return self.buttons.handle(event)

    def draw(self, painter: Painter, theme: Theme, m: Metrics) -> None:
        veil = pygame.Surface(painter.surface.get_size(), pygame.SRCALPHA)
        veil.fill((20, 16, 12, 150))
        painter.surface.blit(veil, (0, 0))
        card(painter.surface, self.panel, theme, m.px(18), shadow=m.px(5))
        inner = inset(self.panel, m.px(32), m.px(28))
        title = pygame.Rect(inner.x, inner.y, inner.w, m.px(40))
        painter.text(self.title, title, m.type(26), theme.ink, bold=True, panel=self.panel)
        body = pygame.Rect(inner.x, title.bottom + m.px(8), inner.w, m.px(84))
        painter.text(self.question, body, m.type(18), theme.muted, panel=self.panel)
        self.buttons.draw(painter, theme, m.type(19), m.u)
