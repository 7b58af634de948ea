"""Large buttons and a list of them driven by mouse (event.pos) and keyboard alike."""

from __future__ import annotations

from dataclasses import dataclass, field

import pygame

from game.ui.layout import READABLE, cycle, tab_step
from game.ui.theme import Colour, Theme
from game.ui.widgets.chips import number_badge
from game.ui.widgets.panel import card, focus_ring
from game.ui.widgets.text import Painter

NUMBER_KEYS = {getattr(pygame, f"K_{n}"): n for n in range(1, 10)} | {
    getattr(pygame, f"K_KP{n}"): n for n in range(1, 10)
}
ACTIVATE_KEYS = (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE)


@dataclass
class Button:
    """A labelled, clickable rectangle; `badge` is the number or key shown beside it."""

    label: str
    action: str
    rect: pygame.Rect = field(default_factory=lambda: pygame.Rect(0, 0, 0, 0))
    badge: str = ""
    primary: bool = False
    enabled: bool = True

    def draw(self, painter: Painter, theme: Theme, size: int, selected: bool, u: float) -> None:
        """Draw the button; `selected` when hovered or chosen with the arrow keys or Tab.

        One focus style everywhere: the focused button alone is filled with the
        accent and ringed. The primary button (the default action) is only
        outlined in the accent with a bold label, so it never outshines the focus.
        """
        surface = painter.surface
        radius = max(6, round(12 * u))
        fill, ink = (theme.accent, theme.accent_ink) if selected else (theme.panel, theme.ink)
        if not self.enabled:
            fill, ink = theme.panel_alt, theme.muted
        card(surface, self.rect, theme, radius, fill=fill, shadow=max(1, round(3 * u)))
        if self.primary and self.enabled:
            edge = max(2, round(3 * u))
            pygame.draw.rect(surface, theme.accent, self.rect, width=edge, border_radius=radius)
        if selected:
            focus_ring(surface, self.rect, theme, radius, max(2, round(3 * u)))
        pad = max(8, round(16 * u))
        inner = self.rect.inflate(-2 * pad, -max(4, round(8 * u)))
        if self.badge:
            inner = self._draw_badge(painter, theme, inner, size, u, selected)
        align = "left" if self.badge else "center"
        painter.text(
            self.label,
            inner,
            size,
            ink,
            bold=self.primary,
            align=align,
            valign="middle",
            min_size=max(READABLE, int(size * 0.72)),
            panel=self.rect,
        )

    def _draw_badge(
        self, painter: Painter, theme: Theme, inner: pygame.Rect, size: int, u: float, on: bool
    ) -> pygame.Rect:
        diameter = min(inner.h, max(size + round(12 * u), round(34 * u)))
        centre = (inner.x + diameter // 2, inner.centery)
        fill, ink = (theme.accent_ink, theme.accent) if on else (theme.accent, theme.accent_ink)
        number_badge(
            painter,
            self.badge,
            centre,
            diameter,
            max(READABLE, int(size * 0.9)),
            fill,
            ink,
            self.rect,
        )
        gap = round(14 * u)
        return pygame.Rect(inner.x + diameter + gap, inner.y, inner.w - diameter - gap, inner.h)


def on_button(theme: Theme, focused: bool) -> tuple[Colour, Colour]:
    """Ink and accent ink for text a screen draws on a button itself, readable on its fill."""
    if focused:
        return theme.accent_ink, theme.accent_ink
    return theme.ink, theme.accent


class ButtonList:
    """Buttons with one selection moved by arrows or hover; returns the action chosen."""

    def __init__(
        self,
        buttons: list[Button] | None = None,
        selected: int | None = 0,
        numbers: bool = False,
        horizontal: bool = False,
        wrap: bool = True,
    ) -> None:
        self.buttons = buttons or []
        self.selected = selected
        self.numbers = numbers
        self.horizontal = horizontal
        self.wrap = wrap  # False: the ends stop the arrows (Start never wraps onto Quit)
        self.changed = False

    def set(self, buttons: list[Button], selected: int | None = 0) -> None:
        self.buttons = buttons
        self.selected = selected if buttons else None

    def at(self, pos: tuple[int, int]) -> int | None:
        """The index of the enabled button under `pos`, if any."""
        for i, button in enumerate(self.buttons):
            if button.enabled and button.rect.collidepoint(pos):
                return i
        return None

    def handle(self, event: pygame.event.Event) -> str | None:
        """React to one event; the chosen button's action, or None."""
        self.changed = False
        if event.type == pygame.MOUSEMOTION:
            index = self.at(event.pos)
            if index is not None and index != self.selected:
                self.selected, self.changed = index, True
        elif event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            index = self.at(event.pos)
            if index is not None:
                self.selected, self.changed = index, True
                return self.buttons[index].action
        elif tab_step(event):
            self.tab(tab_step(event))
        elif event.type == pygame.KEYDOWN:
            return self._key(event.key)
        return None

    def tab(self, step: int) -> None:
        """Tab / Shift+Tab: the next enabled button in reading order, wrapping round."""
        index = self.selected
        for _ in range(len(self.buttons)):
            index = cycle(index, len(self.buttons), step)
            if self.buttons[index].enabled:
                self.selected, self.changed = index, True
                return

    def _key(self, key: int) -> str | None:
        back, forward = (
            (pygame.K_LEFT, pygame.K_RIGHT) if self.horizontal else (pygame.K_UP, pygame.K_DOWN)
        )
        if key in (back, forward) and self.buttons:
            self._move(-1 if key == back else 1)
        elif key in ACTIVATE_KEYS and self.selected is not None and self.buttons:
            button = self.buttons[self.selected]
            return button.action if button.enabled else None
        elif self.numbers and key in NUMBER_KEYS:
            number = NUMBER_KEYS[key]
            if 1 <= number <= len(self.buttons) and self.buttons[number - 1].enabled:
                self.selected, self.changed = number - 1, True
                return self.buttons[number - 1].action
        return None

    def _move(self, step: int) -> None:
        count = len(self.buttons)
        start = self.selected if self.selected is not None else (-1 if step > 0 else count)
        for offset in range(1, count + 1):
            index = start + step * offset
            if not self.wrap and not 0 <= index < count:
                return
            index %= count
            if self.buttons[index].enabled:
                self.selected, self.changed = index, True
                return

    def draw(self, painter: Painter, theme: Theme, size: int, u: float) -> None:
        for i, button in enumerate(self.buttons):
            button.draw(painter, theme, size, i == self.selected, u)
