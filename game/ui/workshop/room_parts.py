"""Pieces of the room's screen: the top bar, the prompt line, the customer, the meter, the line."""

from __future__ import annotations

import pygame

from game.model.scenario import Scenario
from game.ui.fonts import Colour
from game.ui.layout import inset
from game.ui.theme import Theme, mix
from game.ui.widgets.customer import MOOD_NAMES, draw_customer, mood_for
from game.ui.widgets.meter import fill_colour
from game.ui.widgets.panel import hatch
from game.ui.widgets.portrait import Portrait
from game.ui.widgets.text import Painter
from game.ui.workshop.paint import box, fits, height_of, leading
from game.ui.workshop.preset import Projector


def band_height(painter: Painter, p: Projector) -> int:
    """The height of the top bar and of the prompt line: one line of the smallest type."""
    return leading(painter.book, p.floor) + p.pad


def draw_bar(
    painter: Painter,
    p: Projector,
    theme: Theme,
    title: str,
    right: str,
    right_ink: Colour | None = None,
) -> pygame.Rect:
    """The game's header band across the top: the scenario on the left, decision and timer on
    the right, a rule beneath."""
    band = pygame.Rect(0, 0, p.width, band_height(painter, p))
    pygame.draw.rect(painter.surface, theme.backdrop, band)
    rule = max(2, p.stroke // 2)
    pygame.draw.rect(painter.surface, theme.border, (0, band.bottom - rule, p.width, rule))
    inner = inset(band, p.margin, 0)
    right_w = painter.book.width(right, p.floor, True) if right else 0
    if right:
        spot = pygame.Rect(inner.right - right_w, inner.y, right_w, inner.h)
        painter.text(
            right,
            spot,
            p.floor,
            right_ink or theme.ink,
            bold=True,
            valign="middle",
            panel=band,
        )
    left = pygame.Rect(inner.x, inner.y, inner.w - right_w - 2 * p.gap, inner.h)
    if painter.book.width(title, p.floor, True) <= left.w:
        painter.text(title, left, p.floor, theme.ink, bold=True, valign="middle", panel=band)
    return band


def draw_prompt(
    painter: Painter, p: Projector, theme: Theme, text: str, ink: Colour | None = None
) -> pygame.Rect:
    """What the next click does, centred along the bottom in the smallest room type."""
    h = band_height(painter, p)
    band = pygame.Rect(0, p.height - h, p.width, h)
    pygame.draw.line(painter.surface, theme.border, band.topleft, band.topright, p.stroke)
    inner = inset(band, p.margin, 0)
    if text and painter.book.width(text, p.floor, True) <= inner.w:
        painter.text(
            text,
            inner,
            p.floor,
            ink or theme.ink,
            bold=True,
            align="center",
            valign="middle",
            panel=band,
        )
    return band


def meter_height(painter: Painter, p: Projector) -> int:
    return painter.book.line_height(p.floor, True) + p.gap // 2 + round(p.floor * 0.9)


def draw_meter(
    painter: Painter,
    rect: pygame.Rect,
    theme: Theme,
    p: Projector,
    shown: float,
    leave_at: int,
    panel: pygame.Rect,
) -> None:
    """Trust as a number and a thick bar with the walk-out zone striped."""
    line_h = painter.book.line_height(p.floor, True)
    value = f"Trust {round(shown)}"
    mood = MOOD_NAMES[mood_for(shown, leave_at)]
    painter.text(
        value,
        pygame.Rect(rect.x, rect.y, rect.w, line_h),
        p.floor,
        theme.ink,
        bold=True,
        panel=panel,
    )
    mood_w = painter.book.width(mood, p.floor)
    if painter.book.width(value, p.floor, True) + p.gap + mood_w <= rect.w:
        spot = pygame.Rect(rect.right - mood_w, rect.y, mood_w, line_h)
        painter.text(mood, spot, p.floor, theme.muted, panel=panel)
    bar = pygame.Rect(rect.x, rect.y + line_h + p.gap // 2, rect.w, round(p.floor * 0.9))
    pygame.draw.rect(painter.surface, theme.meter_track, bar, border_radius=p.radius // 2)
    fill_w = round(bar.w * max(0.0, min(100.0, shown)) / 100)
    if fill_w > 0:
        fill = pygame.Rect(bar.x, bar.y, fill_w, bar.h)
        pygame.draw.rect(
            painter.surface, fill_colour(theme, shown, leave_at), fill, border_radius=p.radius // 2
        )
    zone = pygame.Rect(bar.x, bar.y, round(bar.w * leave_at / 100), bar.h)
    hatch(painter.surface, zone, mix(theme.bad, theme.ink, 0.3), max(6, p.floor // 3), p.stroke)
    pygame.draw.rect(
        painter.surface, theme.border, bar, width=p.stroke, border_radius=p.radius // 2
    )
    pygame.draw.line(
        painter.surface,
        theme.ink,
        (zone.right, bar.y - p.pad // 2),
        (zone.right, bar.bottom + p.pad // 2),
        p.stroke,
    )


def draw_customer_panel(
    painter: Painter,
    rect: pygame.Rect,
    theme: Theme,
    p: Projector,
    scenario: Scenario,
    shown: float,
    meter: bool,
    person: Portrait | None = None,
) -> None:
    """The customer's face (its mood follows trust), their name, and the meter unless hidden."""
    box(painter.surface, rect, theme, p, fill=theme.backdrop)
    inner = inset(rect, p.pad, p.pad)
    if meter:
        gauge_h = meter_height(painter, p)
        gauge = pygame.Rect(inner.x, inner.bottom - gauge_h, inner.w, gauge_h)
        inner.h -= gauge_h + p.gap
        draw_meter(painter, gauge, theme, p, shown, scenario.leave_at, rect)
    name = scenario.customer.name
    name_h = painter.book.line_height(p.floor, True)
    if fits(painter.book, name, p.floor, pygame.Rect(0, 0, inner.w, name_h), True):
        spot = pygame.Rect(inner.x, inner.bottom - name_h, inner.w, name_h)
        painter.text(name, spot, p.floor, theme.ink, bold=True, align="center", panel=rect)
        inner.h -= name_h + p.pad // 2
    if inner.h > p.floor * 2:
        mood = mood_for(shown, scenario.leave_at)
        if person is not None:
            person.draw(painter.surface, inner, scenario.customer.look, mood)
        else:
            draw_customer(painter.surface, inner, scenario.customer.look, mood)


def line_height_for(painter: Painter, p: Projector, text: str, width: int, size: int) -> int:
    """How tall a speech box `width` wide must be for `text` at `size`, label included."""
    label = painter.book.line_height(p.floor, True)
    return height_of(painter.book, text, size, width - 2 * p.pad) + label + 2 * p.pad + p.pad // 2


def draw_line(
    painter: Painter,
    rect: pygame.Rect,
    theme: Theme,
    p: Projector,
    speaker: str,
    text: str,
    narrator: bool,
    size: int,
) -> None:
    """The customer's words in a bold box (a dark caption card for a narrator)."""
    fill = theme.narrator if narrator else theme.bubble
    ink = theme.narrator_ink if narrator else theme.ink
    box(painter.surface, rect, theme, p, fill=fill)
    inner = inset(rect, p.pad, p.pad)
    label_h = painter.book.line_height(p.floor, True)
    label = "Narrator" if narrator else speaker
    painter.text(
        label,
        pygame.Rect(inner.x, inner.y, inner.w, label_h),
        p.floor,
        theme.narrator_ink if narrator else theme.accent,
        bold=True,
        panel=rect,
    )
    body = pygame.Rect(inner.x, inner.y + label_h + p.pad // 2, inner.w, 0)
    body.h = inner.bottom - body.y
    painter.text(text, body, size, ink, min_size=p.floor, panel=rect)
