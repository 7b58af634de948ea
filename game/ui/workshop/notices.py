"""Notices ("Decision timer: 60 s") on the projector: in the room's type, over the bottom line.

The game's usual notices are sized for a laptop (1/57 of the height at 1080p)
and take the footer strip of key hints (game/ui/toasts.py); on the projector
the newest notice takes the prompt line's place instead, at the 1/25 floor,
covering no room content.
"""

from __future__ import annotations

import pygame

from game.ui.fonts import FontBook
from game.ui.layout import inset
from game.ui.theme import Theme
from game.ui.toasts import Toasts
from game.ui.widgets.text import Painter
from game.ui.workshop.paint import height_of, leading
from game.ui.workshop.preset import Projector


def notice_rect(book: FontBook, p: Projector, text: str) -> pygame.Rect:
    """The band the notice needs at the bottom: the prompt line's height or more."""
    wanted = height_of(book, text, p.floor, p.width - 2 * p.margin, True) + p.pad
    h = max(band_height_for(book, p), wanted)
    return pygame.Rect(0, p.height - h, p.width, h)


def band_height_for(book: FontBook, p: Projector) -> int:
    """The prompt line's height (room_parts.band_height), so a notice covers it exactly."""
    return leading(book, p.floor) + p.pad


def draw_notices(surface: pygame.Surface, book: FontBook, theme: Theme, toasts: Toasts) -> None:
    """The newest notice in the room's smallest type, in a dark band over the prompt line."""
    if not toasts.items:
        return
    p = Projector(*surface.get_size())
    painter = Painter(surface, book)
    text = toasts.items[-1].text
    band = notice_rect(book, p, text)
    pygame.draw.rect(surface, theme.narrator, band)
    painter.text(text, inset(band, p.margin, p.pad // 2), p.floor, theme.narrator_ink, bold=True,
                 align="center", valign="middle", min_size=p.floor, panel=band)  # fmt: skip
