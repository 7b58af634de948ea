"""A one-line text field fed by TEXTINPUT and KEYDOWN events (no blinking: idle stays idle)."""

from __future__ import annotations

import pygame

from game.ui.theme import Theme
from game.ui.widgets.panel import card, focus_ring
from game.ui.widgets.text import Painter


class TextField:
    """Holds `value`; typing appends, Backspace deletes, Ctrl+Backspace clears."""

    def __init__(
        self, value: str = "", limit: int = 24, placeholder: str = "", masked: bool = False
    ) -> None:
        self.value = value
        self.limit = limit
        self.placeholder = placeholder
        self.masked = masked  # a secret: drawn as dots, never as its text
        self.rect = pygame.Rect(0, 0, 0, 0)
        self.focused = True  # the ring and caret show only while typing goes here

    def handle(self, event: pygame.event.Event) -> bool:
        """Apply one event; True if the value changed."""
        if event.type == pygame.TEXTINPUT:
            text = "".join(ch for ch in event.text if ch.isprintable())
            room = self.limit - len(self.value)
            if text and room > 0:
                self.value += text[:room]
                return True
        elif event.type == pygame.KEYDOWN and event.key == pygame.K_BACKSPACE and self.value:
            mods = getattr(event, "mod", 0)
            self.value = "" if mods & pygame.KMOD_CTRL else self.value[:-1]
            return True
        return False

    def draw(self, painter: Painter, theme: Theme, size: int, u: float) -> None:
        radius = max(6, round(10 * u))
        card(painter.surface, self.rect, theme, radius, fill=theme.panel)
        if self.focused:
            focus_ring(painter.surface, self.rect, theme, radius, max(2, round(3 * u)))
        pad = max(8, round(18 * u))
        inner = self.rect.inflate(-2 * pad, 0)
        shown = ("•" * len(self.value) if self.masked else self.value) or self.placeholder
        colour = theme.ink if self.value else theme.muted
        font = painter.book.get(size)
        while self.value and font.size(shown)[0] > inner.w - 4 and len(shown) > 1:
            shown = shown[1:]  # keep the end of a long name in view
        spot = (
            painter.line(
                shown, (inner.x, inner.centery), size, colour, anchor="midleft", panel=self.rect
            )
            if shown
            else inner
        )
        if not self.focused:
            return
        caret_x = spot.right + 2 if self.value else inner.x
        top, bottom = inner.centery - size * 0.6, inner.centery + size * 0.6
        pygame.draw.line(
            painter.surface, theme.accent, (caret_x, top), (caret_x, bottom), max(2, round(2 * u))
        )
