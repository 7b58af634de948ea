"""Lay out up to seven numbered answer buttons so that even long ones fit their area."""

from __future__ import annotations

import pygame

from game.ui.fonts import FontBook
from game.ui.layout import Metrics
from game.ui.widgets.text import text_height

SIZES = (19, 18, 17, 16, 15, 14)  # design sizes, largest first: the line's frame shrinks first
LAST_RESORT = (
    13,
    12.5,
    12,
    11.5,
    11,
    10.5,
    10,
)  # then, when even 14 spills (7 answers under feedback, largest text)


def text_width(m: Metrics, width: int) -> int:
    """Room for the words inside a button `width` wide (padding and number badge taken off)."""
    return width - 2 * m.px(16) - m.px(40) - m.px(14)


def least_height(book: FontBook, m: Metrics, width: int, labels: list[str]) -> int:
    """The height the answers need at the smallest size `layout_choices` will use."""
    room, size = text_width(m, width), m.type(SIZES[-1])
    heights = [max(m.px(58), text_height(book, t, size, room) + m.px(22)) for t in labels]
    return sum(heights) + m.px(12) * max(0, len(labels) - 1)


def layout_choices(
    book: FontBook, m: Metrics, area: pygame.Rect, labels: list[str]
) -> tuple[int, list[pygame.Rect]]:
    """The largest type size at which every label fits, and one rectangle per button.

    First with comfortable buttons; then tighter buttons and gaps from design size 14
    down (LAST_RESORT still reads well at the larger text settings, never under the
    READABLE floor); if even that is too tall, the area is shared out evenly, so the
    answers never spill out of their area into the key hints.
    """
    room = text_width(m, area.w)
    heights: list[int] = []
    size, gap = m.type(SIZES[-1]), m.px(12)
    plans = [(d, True) for d in SIZES] + [(d, False) for d in (SIZES[-1], *LAST_RESORT)]
    for design, comfortable in plans:
        size = m.type(design)
        least, pad = (m.px(58), m.px(22)) if comfortable else (m.px(36), m.px(14))
        gap = m.px(12) if comfortable else m.px(8)
        heights = [max(least, text_height(book, t, size, room) + pad) for t in labels]
        if sum(heights) + gap * (len(labels) - 1) <= area.h:
            break
    total = sum(heights) + gap * max(0, len(labels) - 1)
    if total > area.h and heights:  # still too tall: share the height out evenly
        each = max(1, (area.h - gap * (len(labels) - 1)) // len(labels))
        heights = [each] * len(labels)
    rects, y = [], area.y
    for h in heights:
        rects.append(pygame.Rect(area.x, y, area.w, h))
        y += h + gap
    return size, rects
