"""Short notices shown over any screen for a few seconds ("Sound off", "Reloaded")."""

from __future__ import annotations

from dataclasses import dataclass, field

import pygame

from game.ui.layout import Metrics
from game.ui.theme import Theme
from game.ui.widgets.panel import card
from game.ui.widgets.text import Painter, wrap

SHOW_FOR = 3.5
LONG_SHOW_FOR = 7.0


@dataclass
class Toast:
    text: str
    left: float


@dataclass
class Toasts:
    """A queue of notices; at most three on screen, newest at the bottom."""

    items: list[Toast] = field(default_factory=list)
    history: list[str] = field(default_factory=list)

    def add(self, text: str, long: bool = False) -> None:
        self.history.append(text)
        self.items = [t for t in self.items if t.text != text][-2:]
        self.items.append(Toast(text, LONG_SHOW_FOR if long else SHOW_FOR))

    def update(self, dt: float) -> bool:
        """Age the notices; True while any is still showing."""
        for toast in self.items:
            toast.left -= dt
        before = len(self.items)
        self.items = [t for t in self.items if t.left > 0]
        return bool(self.items) or before != len(self.items)

    @property
    def active(self) -> bool:
        return bool(self.items)

    def draw(self, painter: Painter, theme: Theme, m: Metrics) -> None:
        size = m.type(17)
        width = min(m.width - 2 * m.margin, m.px(760))
        bottom = m.height - m.px(64)
        for toast in reversed(self.items):
            inner_w = width - 2 * m.px(20)
            lines = len(wrap(painter.book, toast.text, size, inner_w))
            height = lines * painter.book.line_height(size) + 2 * m.px(12)
            rect = pygame.Rect(0, 0, width, height)
            rect.midbottom = (m.width // 2, bottom)
            card(painter.surface, rect, theme, m.px(12), fill=theme.narrator, border=theme.narrator)
            inner = rect.inflate(-2 * m.px(20), -2 * m.px(12))
            painter.text(toast.text, inner, size, theme.narrator_ink, align="center", panel=rect)
            bottom = rect.y - m.px(8)
