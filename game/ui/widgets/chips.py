"""Small rounded labels: tags, difficulty, error badges, principle names."""

from __future__ import annotations

import pygame

from game.ui.theme import Colour
from game.ui.widgets.text import Painter

DIFFICULTY = {1: "Easy", 2: "Medium", 3: "Hard"}


def chip_size(painter: Painter, text: str, size: int, pad: int) -> tuple[int, int]:
    """The width and height a chip with `text` needs."""
    return painter.book.width(text, size, True) + 2 * pad, painter.book.line_height(size) + pad


def chip(
    painter: Painter,
    text: str,
    topleft: tuple[int, int],
    size: int,
    ink: Colour,
    fill: Colour,
    pad: int,
    panel: pygame.Rect | None = None,
) -> pygame.Rect:
    """Draw one chip with its top-left corner at `topleft`; return its rectangle."""
    w, h = chip_size(painter, text, size, pad)
    rect = pygame.Rect(topleft, (w, h))
    pygame.draw.rect(painter.surface, fill, rect, border_radius=h // 2)
    painter.line(text, rect.center, size, ink, bold=True, anchor="center", panel=panel or rect)
    return rect


def chip_row(
    painter: Painter,
    texts: list[str],
    area: pygame.Rect,
    size: int,
    ink: Colour,
    fill: Colour,
    pad: int,
    gap: int,
) -> list[pygame.Rect]:
    """Chips left to right inside `area`, wrapping to new lines; those that do not fit are left out."""
    x, y = area.x, area.y
    drawn = []
    for text in texts:
        w, h = chip_size(painter, text, size, pad)
        if w > area.w:
            continue
        if x + w > area.right:
            x, y = area.x, y + h + gap
        if y + h > area.bottom:
            break
        drawn.append(chip(painter, text, (x, y), size, ink, fill, pad, area))
        x += w + gap
    return drawn


def difficulty_label(level: int) -> str:
    """'●●○ Medium': filled dots and a word, so it never depends on colour."""
    level = max(1, min(3, level))
    return "●" * level + "○" * (3 - level) + " " + DIFFICULTY[level]


def number_badge(
    painter: Painter,
    text: str,
    centre: tuple[int, int],
    diameter: int,
    size: int,
    fill: Colour,
    ink: Colour,
    panel: pygame.Rect,
) -> None:
    """A filled circle with a number (or key) centred in it, as on answers and steps."""
    pygame.draw.circle(painter.surface, fill, centre, diameter // 2)
    painter.line(text, centre, size, ink, bold=True, anchor="center", panel=panel)
