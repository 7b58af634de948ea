"""Shapes every screen shares: cards with soft shadows, pills, hatching, focus rings."""

from __future__ import annotations

import pygame

from game.ui.theme import Colour, Theme


def card(
    surface: pygame.Surface,
    rect: pygame.Rect,
    theme: Theme,
    radius: int,
    fill: Colour | None = None,
    border: Colour | None = None,
    shadow: int = 0,
) -> None:
    """A rounded card; `shadow` pixels of soft offset shadow beneath it."""
    if shadow > 0 and theme.shadow != theme.background:
        pygame.draw.rect(surface, theme.shadow, rect.move(0, shadow), border_radius=radius)
    pygame.draw.rect(surface, fill or theme.panel, rect, border_radius=radius)
    edge = border or theme.border
    width = max(1, theme.outline_width - 1) if border is None else theme.outline_width
    pygame.draw.rect(surface, edge, rect, width=width, border_radius=radius)


def focus_ring(
    surface: pygame.Surface, rect: pygame.Rect, theme: Theme, radius: int, gap: int
) -> None:
    """A ring around `rect` showing which control the keyboard is on."""
    ring = rect.inflate(gap * 2, gap * 2)
    pygame.draw.rect(surface, theme.focus, ring, width=max(2, gap), border_radius=radius + gap)


def hatch(
    surface: pygame.Surface, rect: pygame.Rect, colour: Colour, spacing: int, width: int = 2
) -> None:
    """Diagonal stripes inside `rect`: a pattern that does not rely on colour."""
    if rect.w <= 0 or rect.h <= 0:
        return
    previous = surface.get_clip()
    surface.set_clip(rect.clip(previous) if previous else rect)
    spacing = max(4, spacing)
    for x in range(rect.x - rect.h, rect.right + spacing, spacing):
        pygame.draw.line(surface, colour, (x, rect.bottom), (x + rect.h, rect.y), width)
    surface.set_clip(previous)


def dashed_hline(
    surface: pygame.Surface, colour: Colour, x1: int, x2: int, y: int, dash: int, width: int = 2
) -> None:
    """A dashed horizontal line from x1 to x2."""
    dash = max(2, dash)
    for x in range(min(x1, x2), max(x1, x2), dash * 2):
        pygame.draw.line(surface, colour, (x, y), (min(x + dash, max(x1, x2)), y), width)


def dashed_vline(
    surface: pygame.Surface, colour: Colour, x: int, y1: int, y2: int, dash: int, width: int = 2
) -> None:
    """A dashed vertical line from y1 to y2."""
    dash = max(2, dash)
    for y in range(min(y1, y2), max(y1, y2), dash * 2):
        pygame.draw.line(surface, colour, (x, y), (x, min(y + dash, max(y1, y2))), width)
