"""Small line icons drawn with shapes: a headset, a video camera, a chat bubble, an envelope, a globe.

Each fills a square `rect` in one colour, so it reads in either theme and
needs no image file or emoji font.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import pygame

from game.ui.theme import Colour


def _width(rect: pygame.Rect) -> int:
    return max(2, rect.w // 9)


def _headset(surface: pygame.Surface, r: pygame.Rect, ink: Colour) -> None:
    band = pygame.Rect(r.x + r.w // 8, r.y + r.h // 10, r.w * 3 // 4, r.h * 3 // 4)
    pygame.draw.arc(surface, ink, band, 0, math.pi, _width(r))
    ear_w, ear_h = r.w // 4, r.h * 2 // 5
    for x in (r.x + r.w // 16, r.right - r.w // 16 - ear_w):
        pygame.draw.rect(surface, ink, (x, r.centery - r.h // 10, ear_w, ear_h), border_radius=3)
    boom = (r.x + r.w // 5, r.centery + r.h * 3 // 10)
    pygame.draw.line(surface, ink, boom, (r.centerx, r.bottom - r.h // 12), _width(r))
    pygame.draw.circle(surface, ink, (r.centerx, r.bottom - r.h // 12), max(2, r.w // 10))


def _camera(surface: pygame.Surface, r: pygame.Rect, ink: Colour) -> None:
    body = pygame.Rect(r.x, r.y + r.h // 4, r.w * 5 // 8, r.h // 2)
    pygame.draw.rect(surface, ink, body, border_radius=max(2, r.w // 10))
    lens = [(body.right, r.centery), (r.right, r.y + r.h // 4), (r.right, r.bottom - r.h // 4)]
    pygame.draw.polygon(surface, ink, lens)


def _chat(surface: pygame.Surface, r: pygame.Rect, ink: Colour) -> None:
    body = pygame.Rect(r.x, r.y + r.h // 8, r.w, r.h * 5 // 8)
    pygame.draw.rect(surface, ink, body, border_radius=max(2, r.w // 5))
    tail = [
        (r.x + r.w // 5, body.bottom - 1),
        (r.x + r.w // 6, r.bottom),
        (r.x + r.w // 2, body.bottom - 1),
    ]
    pygame.draw.polygon(surface, ink, tail)


def _envelope(surface: pygame.Surface, r: pygame.Rect, ink: Colour) -> None:
    body = pygame.Rect(r.x, r.y + r.h // 5, r.w, r.h * 3 // 5)
    pygame.draw.rect(surface, ink, body, width=_width(r), border_radius=2)
    pygame.draw.lines(
        surface, ink, False, [body.topleft, (body.centerx, body.centery), body.topright], _width(r)
    )


def _globe(surface: pygame.Surface, r: pygame.Rect, ink: Colour) -> None:
    w = _width(r)
    pygame.draw.circle(surface, ink, r.center, r.w // 2, w)
    pygame.draw.ellipse(surface, ink, r.inflate(-r.w // 2, 0), w)
    pygame.draw.line(surface, ink, (r.x, r.centery), (r.right, r.centery), w)


def _counter(surface: pygame.Surface, r: pygame.Rect, ink: Colour) -> None:
    """A service bell on a counter."""
    base_y = r.y + r.h * 3 // 4
    radius = r.w * 3 / 8
    dome = [
        (
            r.centerx + radius * math.cos(a / 12 * math.pi),
            base_y - radius * math.sin(a / 12 * math.pi),
        )
        for a in range(13)
    ]
    pygame.draw.polygon(surface, ink, dome)
    pygame.draw.rect(surface, ink, (r.x, base_y, r.w, max(2, r.h // 8)))
    pygame.draw.circle(
        surface, ink, (r.centerx, round(base_y - radius - r.h // 12)), max(2, r.w // 10)
    )


ICONS: dict[str, Callable[[pygame.Surface, pygame.Rect, Colour], None]] = {
    "headset": _headset,
    "camera": _camera,
    "chat": _chat,
    "envelope": _envelope,
    "globe": _globe,
    "bell": _counter,
}
# The icon that names each channel.
CHANNEL_ICONS = {
    "counter": "bell",
    "phone": "headset",
    "chat": "chat",
    "email": "envelope",
    "review": "globe",
    "video": "camera",
}


def draw_icon(surface: pygame.Surface, name: str, rect: pygame.Rect, ink: Colour) -> None:
    """Draw the icon called `name` inside the square `rect`."""
    ICONS[name](surface, rect, ink)
