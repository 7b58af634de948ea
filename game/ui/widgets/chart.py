"""Trust over time: a line through each answer, with the walk-out line and zone marked."""

from __future__ import annotations

import pygame

from game.ui.layout import Metrics
from game.ui.theme import Theme, mix
from game.ui.widgets.panel import dashed_hline, hatch
from game.ui.widgets.text import Painter


def draw_chart(
    painter: Painter,
    rect: pygame.Rect,
    theme: Theme,
    m: Metrics,
    points: tuple[int, ...],
    leave_at: int,
) -> None:
    """Plot `points` (trust at the start and after each answer) inside `rect`."""
    surface = painter.surface
    size = m.type(13)
    axis_w = painter.book.width("100", size) + m.px(10)
    label_h = painter.book.line_height(size)
    plot = pygame.Rect(
        rect.x + axis_w, rect.y + label_h // 2 + m.px(4), rect.w - axis_w - m.px(16), 0
    )
    plot.h = rect.bottom - label_h - m.px(8) - plot.y

    def y_of(trust: float) -> int:
        return round(plot.bottom - plot.h * trust / 100)

    def x_of(i: int) -> int:
        span = max(1, len(points) - 1)
        return round(plot.x + plot.w * i / span)

    pygame.draw.rect(surface, theme.panel, plot)
    zone = pygame.Rect(plot.x, y_of(leave_at), plot.w, plot.bottom - y_of(leave_at))
    pygame.draw.rect(surface, theme.bad_soft, zone)
    hatch(surface, zone, mix(theme.bad_soft, theme.bad, 0.35), m.px(10), max(1, m.px(2)))
    for level in (0, 25, 50, 75, 100):
        pygame.draw.line(surface, theme.border, (plot.x, y_of(level)), (plot.right, y_of(level)), 1)
        painter.line(
            str(level),
            (plot.x - m.px(8), y_of(level)),
            size,
            theme.muted,
            anchor="midright",
            panel=rect,
        )
    dashed_hline(surface, theme.bad, plot.x, plot.right, y_of(leave_at), m.px(8), max(2, m.px(3)))
    note = f"walks out at {leave_at}"
    painter.line(
        note,
        (plot.right - m.px(6), y_of(leave_at) - m.px(4)),
        size,
        theme.bad,
        bold=True,
        anchor="bottomright",
        panel=rect,
    )
    coords = [(x_of(i), y_of(t)) for i, t in enumerate(points)]
    if len(coords) > 1:
        pygame.draw.lines(surface, theme.accent, False, coords, max(2, m.px(4)))
    for i, (x, y) in enumerate(coords):
        _marker(surface, theme, m, x, y, points[i] - points[i - 1] if i else 0)
        label = "start" if i == 0 else str(i)
        anchor = "topleft" if i == 0 else "topright" if i == len(coords) - 1 else "midtop"
        painter.line(
            label, (x, plot.bottom + m.px(4)), size, theme.muted, anchor=anchor, panel=rect
        )


def _marker(surface: pygame.Surface, theme: Theme, m: Metrics, x: int, y: int, delta: int) -> None:
    """A triangle pointing up or down for a gain or a loss, a dot when nothing changed."""
    r = m.px(8)
    if delta > 0:
        shape = [(x, y - r), (x - r, y + r * 0.7), (x + r, y + r * 0.7)]
        pygame.draw.polygon(surface, theme.good, shape)
        pygame.draw.polygon(surface, theme.panel, shape, 2)
    elif delta < 0:
        shape = [(x, y + r), (x - r, y - r * 0.7), (x + r, y - r * 0.7)]
        pygame.draw.polygon(surface, theme.bad, shape)
        pygame.draw.polygon(surface, theme.panel, shape, 2)
    else:
        pygame.draw.circle(surface, theme.accent, (x, y), r * 0.85)
        pygame.draw.circle(surface, theme.panel, (x, y), r * 0.85, max(2, m.px(2)))
