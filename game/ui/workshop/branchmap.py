"""The branch map drawn large: nodes in columns, the room's path thick and numbered.

Endings sit on the right as coloured pills that say stays or leaves and how
many people hear about it. A "what if" answer is drawn as a dashed line from
its decision to where it would have led.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pygame

from game.model.scenario import Scenario
from game.play.workshop.mapdata import MapLayout
from game.ui.theme import Colour, Theme, mix
from game.ui.widgets.text import Painter
from game.ui.workshop.paint import pill, pill_width
from game.ui.workshop.preset import Projector

Line = Callable[[str, str], list[tuple[float, float]]]  # the points of the edge between two items


@dataclass(frozen=True)
class Marks:
    """What to pick out on the map: the room's path, the ending reached, a what-if."""

    path: tuple[tuple[str, str], ...] = ()
    numbers: dict[str, int] = field(default_factory=dict)
    reached: str | None = None
    focus: str | None = None
    whatif: tuple[str, str] | None = None


def ending_label(scenario: Scenario, eid: str) -> str:
    ending = scenario.endings[eid]
    return f"{'✓ stays' if ending.stays else '✗ leaves'} · tells {ending.tells}"


def places(
    painter: Painter, p: Projector, scenario: Scenario, lay: MapLayout, rect: pygame.Rect
) -> dict[str, pygame.Rect]:
    """A rectangle per node (a square around its circle) and per ending (its pill)."""
    book = painter.book
    pill_w = max(pill_width(book, ending_label(scenario, e), p.floor, p.pad) for e in lay.endings)
    pill_w = min(pill_w, rect.w * 2 // 5)
    pill_h = book.line_height(p.floor, True) + p.pad
    nodes_w = rect.w - pill_w - p.margin
    spots: dict[str, pygame.Rect] = {}
    col_w = nodes_w / max(1, len(lay.columns))
    tallest = max((len(c) for c in lay.columns), default=1)
    side = int(max(12, min(col_w * 0.62, rect.h / tallest * 0.7, p.floor * 1.6)))
    for c, column in enumerate(lay.columns):
        row_h = rect.h / len(column)
        for r, nid in enumerate(column):
            spot = pygame.Rect(0, 0, side, side)
            spot.center = (round(rect.x + col_w * (c + 0.5)), round(rect.y + row_h * (r + 0.5)))
            spots[nid] = spot
    row_h = rect.h / max(1, len(lay.endings))
    for r, eid in enumerate(lay.endings):
        spot = pygame.Rect(rect.right - pill_w, 0, pill_w, min(pill_h, int(row_h) - 2))
        spot.centery = round(rect.y + row_h * (r + 0.5))
        spots[eid] = spot
    return spots


def _anchor(spot: pygame.Rect, is_ending: bool) -> tuple[int, int]:
    return spot.midleft if is_ending else spot.center


def _points(a: tuple[int, int], b: tuple[int, int], bend: float) -> list[tuple[float, float]]:
    """A straight segment, or a curve bowing sideways when both ends share a column."""
    if abs(a[0] - b[0]) > 2:
        return [a, b]
    down = b[1] > a[1]  # downward edges bow right, upward ones left: both ways stay apart
    side = min(bend, abs(b[1] - a[1]) * 0.3) * (1 if down else -1)
    control = (a[0] + side, (a[1] + b[1]) / 2)
    return [
        (
            (1 - t) ** 2 * a[0] + 2 * (1 - t) * t * control[0] + t * t * b[0],
            (1 - t) ** 2 * a[1] + 2 * (1 - t) * t * control[1] + t * t * b[1],
        )
        for t in (i / 16 for i in range(17))
    ]


def _stroke(
    surface: pygame.Surface, colour: Colour, points: list, width: int, dashed: bool = False
) -> None:
    """Draw a polyline; `dashed` leaves every other stretch out."""
    if dashed:
        points = _dense(points, max(4, width * 2))
        for i in range(0, len(points) - 1, 2):
            pygame.draw.line(surface, colour, points[i], points[i + 1], width)
        return
    pygame.draw.lines(surface, colour, False, points, width)
    for point in points[1:-1]:
        pygame.draw.circle(surface, colour, point, width / 2)


def _dense(points: list, step: float) -> list[tuple[float, float]]:
    """The polyline resampled every `step` pixels, so dashes come out even."""
    out = [points[0]]
    for a, b in zip(points, points[1:], strict=False):
        length = max(1.0, ((b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2) ** 0.5)
        count = max(1, int(length // step))
        out += [
            (a[0] + (b[0] - a[0]) * k / count, a[1] + (b[1] - a[1]) * k / count)
            for k in range(1, count + 1)
        ]
    return out


def draw_map(
    painter: Painter,
    p: Projector,
    theme: Theme,
    scenario: Scenario,
    lay: MapLayout,
    rect: pygame.Rect,
    marks: Marks,
) -> dict[str, pygame.Rect]:
    """Draw the whole map inside `rect`; return where each node and ending went."""
    surface = painter.surface
    spots = places(painter, p, scenario, lay, rect)
    endings = set(lay.endings)

    bend = max(spot.w for spot in spots.values()) * 0.9

    def line(source: str, target: str) -> list[tuple[float, float]]:
        a = _anchor(spots[source], source in endings)
        return _points(a, _anchor(spots[target], target in endings), bend)

    faint = mix(theme.muted, theme.background, 0.35)
    for source, target in sorted(lay.edges):
        if source in spots and target in spots:
            _stroke(surface, faint, line(source, target), p.stroke)
    # Nodes off the path go under the room's path, so a long line reads as passing over them.
    off = [nid for nid in scenario.nodes if nid not in marks.numbers]
    on = [nid for nid in scenario.nodes if nid in marks.numbers]
    for i, nid in enumerate(off + on):
        if i == len(off):
            _paths(surface, p, theme, marks, line, spots)
        _node(
            painter,
            p,
            theme,
            spots[nid],
            marks.numbers.get(nid),
            nid == marks.focus,
            marks.whatif is not None and nid == marks.whatif[1],
        )
    if not on:
        _paths(surface, p, theme, marks, line, spots)
    for eid in lay.endings:
        _ending(painter, p, theme, scenario, eid, spots[eid], marks)
    return spots


def _paths(
    surface: pygame.Surface,
    p: Projector,
    theme: Theme,
    marks: Marks,
    line: Line,
    spots: dict[str, pygame.Rect],
) -> None:
    """The room's path, thick, and the what-if answer, dashed."""
    for source, target in marks.path:
        if source in spots and target in spots:
            _stroke(surface, theme.accent, line(source, target), p.stroke * 3)
    if marks.whatif and all(i in spots for i in marks.whatif):
        _stroke(surface, theme.focus, line(*marks.whatif), p.stroke * 2, dashed=True)


def _node(
    painter: Painter,
    p: Projector,
    theme: Theme,
    spot: pygame.Rect,
    number: int | None,
    focus: bool,
    target: bool,
) -> None:
    surface, r = painter.surface, spot.w // 2
    on_path = number is not None
    fill = theme.accent if on_path else theme.panel_alt
    pygame.draw.circle(surface, fill, spot.center, r)
    pygame.draw.circle(surface, theme.border, spot.center, r, p.stroke)
    if focus or target:
        pygame.draw.circle(surface, theme.focus, spot.center, r + p.stroke * 2, p.stroke * 2)
    if on_path and spot.h >= painter.book.line_height(p.floor, True) * 0.9:
        painter.line(
            str(number),
            spot.center,
            p.floor,
            theme.accent_ink,
            bold=True,
            anchor="center",
            panel=spot.inflate(p.floor, p.floor // 2),
        )


def _ending(
    painter: Painter,
    p: Projector,
    theme: Theme,
    scenario: Scenario,
    eid: str,
    spot: pygame.Rect,
    marks: Marks,
) -> None:
    ending = scenario.endings[eid]
    fill = theme.good if ending.stays else theme.bad
    pill(painter, ending_label(scenario, eid), spot, p.floor, theme.accent_ink, fill)
    if eid == marks.reached:
        ring = spot.inflate(p.stroke * 4, p.stroke * 4)
        pygame.draw.rect(
            painter.surface, theme.accent, ring, p.stroke * 2, border_radius=ring.h // 2
        )
    if marks.whatif and eid == marks.whatif[1]:
        ring = spot.inflate(p.stroke * 4, p.stroke * 4)
        pygame.draw.rect(
            painter.surface, theme.focus, ring, p.stroke * 2, border_radius=ring.h // 2
        )
