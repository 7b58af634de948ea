"""The card shown instead of a cramped layout when the window is too small."""

from __future__ import annotations

import pygame

from game.ui.context import Context
from game.ui.layout import MIN_SIZE, Metrics
from game.ui.widgets.panel import card
from game.ui.widgets.text import Painter


def draw_enlarge(surface: pygame.Surface, ctx: Context, m: Metrics) -> list:
    """Ask for a bigger window, in type large enough to read at any size."""
    theme = ctx.theme
    surface.fill(theme.background)
    painter = Painter(surface, ctx.fonts)
    rect = pygame.Rect(0, 0, int(m.width * 0.86), int(m.height * 0.7))
    rect.center = (m.width // 2, m.height // 2)
    card(surface, rect, theme, 14, shadow=3)
    inner = rect.inflate(-40, -32)
    size = max(14, min(26, m.width // 24))
    title = pygame.Rect(inner.x, inner.y, inner.w, inner.h // 2)
    painter.text(
        "Please enlarge the window",
        title,
        size + 4,
        theme.ink,
        bold=True,
        align="center",
        valign="bottom",
        min_size=12,
        panel=rect,
    )
    body = pygame.Rect(inner.x, title.bottom + 10, inner.w, inner.bottom - title.bottom - 10)
    note = f"Make It Right needs at least {MIN_SIZE[0]} × {MIN_SIZE[1]} pixels (F11: full screen)."
    painter.text(note, body, size - 4, theme.muted, align="center", min_size=10, panel=rect)
    return painter.boxes
