"""The speech bubble for the customer's line, and the darker caption card for a narrator."""

from __future__ import annotations

import pygame

from game.ui.fonts import FontBook
from game.ui.layout import Metrics, inset
from game.ui.theme import Theme
from game.ui.widgets.text import Painter, text_height

SPEAKER_SIZE = 16
LINE_SIZE = 22


def bubble_height(book: FontBook, m: Metrics, text: str, width: int) -> int:
    """The height a bubble `width` wide needs for `text` at the full type size."""
    pad = m.px(24)
    label = book.line_height(m.type(SPEAKER_SIZE), True) + m.px(6)
    return text_height(book, text, m.type(LINE_SIZE), width - 2 * pad) + label + 2 * pad


def draw_bubble(
    painter: Painter,
    rect: pygame.Rect,
    theme: Theme,
    m: Metrics,
    speaker: str,
    text: str,
    narrator: bool,
) -> None:
    """A rounded bubble with a tail toward the customer, or a caption card for narration."""
    surface = painter.surface
    radius = m.px(20)
    if narrator:
        pygame.draw.rect(surface, theme.narrator, rect, border_radius=m.px(8))
        pygame.draw.rect(
            surface, theme.border, rect, width=theme.outline_width - 1 or 1, border_radius=m.px(8)
        )
        bar = pygame.Rect(rect.x, rect.y, m.px(8), rect.h)
        pygame.draw.rect(
            surface,
            theme.accent,
            bar,
            border_top_left_radius=m.px(8),
            border_bottom_left_radius=m.px(8),
        )
        ink, label_ink, label = theme.narrator_ink, theme.narrator_ink, "NARRATOR"
    else:
        tail_y = rect.y + min(rect.h // 2, m.px(70))
        tail = [
            (rect.x + 2, tail_y - m.px(16)),
            (rect.x - m.px(22), tail_y + m.px(6)),
            (rect.x + 2, tail_y + m.px(14)),
        ]
        shadow = [(x, y + m.px(4)) for x, y in tail]
        pygame.draw.rect(surface, theme.shadow, rect.move(0, m.px(4)), border_radius=radius)
        pygame.draw.polygon(surface, theme.shadow, shadow)
        pygame.draw.rect(surface, theme.bubble, rect, border_radius=radius)
        pygame.draw.rect(surface, theme.border, rect, width=2, border_radius=radius)
        pygame.draw.polygon(surface, theme.bubble, tail)
        pygame.draw.lines(surface, theme.border, False, tail, 2)
        ink, label_ink, label = theme.ink, theme.accent, speaker
    inner = inset(rect, m.px(24))
    label_h = painter.book.line_height(m.type(SPEAKER_SIZE), True)
    painter.text(
        label,
        pygame.Rect(inner.x, inner.y, inner.w, label_h),
        m.type(SPEAKER_SIZE),
        label_ink,
        bold=True,
        panel=rect,
    )
    body = pygame.Rect(inner.x, inner.y + label_h + m.px(6), inner.w, inner.h - label_h - m.px(6))
    painter.text(
        text,
        body,
        m.type(LINE_SIZE),
        ink,
        min_size=m.type(14),
        align="center" if narrator else "left",
        panel=rect,
    )
