"""Trust over time: a line through each answer, with the walk-out line and zone marked."""

from __future__ import annotations

import pygame

from game.ui.layout import Metrics
from game.ui.theme import Theme, mix
from game.ui.widgets.panel import dashed_hline, hatch
from game.ui.widgets.text import Painter

LEVELS = (0, 25, 50, 75, 100)


def draw_chart(
    painter: Painter,
    rect: pygame.Rect,
    theme: Theme,
    m: Metrics,
    points: tuple[int, ...],
    leave_at: int,
) -> pygame.Rect:
    """Plot `points` (trust at the start and after each answer) inside `rect`.

    Returns where the "walks out at N" label went, so tests can check it stays clear.
    """
    surface = painter.surface
    size = m.type(13)
    plot = plot_area(painter, rect, m)

    def y_of(trust: float) -> int:
        return round(plot.bottom - plot.h * trust / 100)

    def x_of(i: int) -> int:
        span = max(1, len(points) - 1)
        return round(plot.x + plot.w * i / span)

    pygame.draw.rect(surface, theme.panel, plot)
    zone = pygame.Rect(plot.x, y_of(leave_at), plot.w, plot.bottom - y_of(leave_at))
    pygame.draw.rect(surface, theme.bad_soft, zone)
    hatch(surface, zone, mix(theme.bad_soft, theme.bad, 0.35), m.px(10), max(1, m.px(2)))
    for level in LEVELS:
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
    coords = [(x_of(i), y_of(t)) for i, t in enumerate(points)]
    note = f"walks out at {leave_at}"
    spot = place_label(
        painter, plot, m, note, size, y_of(leave_at), coords, [y_of(v) for v in LEVELS]
    )
    if len(coords) > 1:
        pygame.draw.lines(surface, theme.accent, False, coords, max(2, m.px(4)))
    for i, (x, y) in enumerate(coords):
        _marker(surface, theme, m, x, y, points[i] - points[i - 1] if i else 0)
        label = "start" if i == 0 else str(i)
        anchor = "topleft" if i == 0 else "topright" if i == len(coords) - 1 else "midtop"
        painter.line(
            label, (x, plot.bottom + m.px(4)), size, theme.muted, anchor=anchor, panel=rect
        )
    pygame.draw.rect(surface, theme.panel, spot.inflate(m.px(8), m.px(2)), border_radius=m.px(4))
    painter.line(note, spot.topleft, size, theme.bad, bold=True, panel=rect)
    return spot


def plot_area(painter: Painter, rect: pygame.Rect, m: Metrics) -> pygame.Rect:
    """The plot inside the chart's `rect`: room on the left for 0–100, below for answer numbers."""
    size = m.type(13)
    axis_w = painter.book.width("100", size) + m.px(10)
    label_h = painter.book.line_height(size)
    top = rect.y + label_h // 2 + m.px(4)
    return pygame.Rect(
        rect.x + axis_w, top, rect.w - axis_w - m.px(16), rect.bottom - label_h - m.px(8) - top
    )


def place_label(
    painter: Painter,
    plot: pygame.Rect,
    m: Metrics,
    text: str,
    size: int,
    line_y: int,
    coords: list[tuple[int, int]],
    grid_ys: list[int],
) -> pygame.Rect:
    """Where the walk-out label goes: just above (or below) its dashed line, at the right,
    left or middle, at the first place the trust line, its markers and the gridlines miss."""
    box = pygame.Rect(0, 0, painter.book.width(text, size, True), painter.book.line_height(size))
    gap, edge = m.px(5), m.px(8)
    spots = []
    for y in (line_y - gap - box.h, line_y + gap):
        for x in (plot.right - edge - box.w, plot.x + edge, plot.centerx - box.w // 2):
            spots.append(box.move(x, y))
    inside = [r for r in spots if plot.contains(r)] or spots
    clear = m.px(10)  # the line's width and its markers' radius
    for lines in (grid_ys, []):  # clear of the gridlines too if it can be (its pad hides them)
        for spot in inside:
            if _is_clear(spot.inflate(clear, clear), coords, lines):
                return spot
    return inside[0]


def _is_clear(area: pygame.Rect, coords: list[tuple[int, int]], grid_ys: list[int]) -> bool:
    """True when no segment of the trust line, no marker and no gridline enters `area`."""
    if any(area.top <= y <= area.bottom for y in grid_ys):
        return False
    if any(area.collidepoint(point) for point in coords):
        return False
    return not any(area.clipline(a, b) for a, b in zip(coords, coords[1:], strict=False))


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
