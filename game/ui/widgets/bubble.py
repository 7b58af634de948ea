"""The speech bubble for the customer's line, and the darker caption card for a narrator.

`line_body` draws a speaker's name and their words, revealed so far, at the
size the whole line needs, so the words never grow or jump while they appear.
"""

from __future__ import annotations

import pygame

from game.ui.fonts import FontBook
from game.ui.layout import Metrics, inset
from game.ui.theme import Theme
from game.ui.widgets.text import Painter, fit, text_height

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
    shown: str | None = None,
) -> None:
    """A rounded bubble with a tail toward the customer, or a caption card for narration;
    `shown` is the part of `text` revealed so far (all of it when None)."""
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
    body = inset(rect, m.px(24))
    line_body(painter, body, theme, m, label, text, text if shown is None else shown, ink, rect,
              label_ink, "center" if narrator else "left")  # fmt: skip


def line_body(
    painter: Painter,
    inner: pygame.Rect,
    theme: Theme,
    m: Metrics,
    speaker: str,
    text: str,
    shown: str,
    ink: tuple[int, int, int],
    panel: pygame.Rect,
    label_ink: tuple[int, int, int] | None = None,
    align: str = "left",
) -> None:
    """The speaker's name, then the revealed part of `text` at the size all of `text` fits."""
    label_size = m.type(SPEAKER_SIZE)
    label_h = painter.book.line_height(label_size, True)
    painter.text(speaker, pygame.Rect(inner.x, inner.y, inner.w, label_h), label_size,
                 label_ink or theme.accent, bold=True, panel=panel)  # fmt: skip
    body = pygame.Rect(inner.x, inner.y + label_h + m.px(6), inner.w, inner.h - label_h - m.px(6))
    if body.w <= 0 or body.h <= 0:
        return
    size, _ = fit(painter.book, text, body.w, body.h, m.type(LINE_SIZE), m.type(14))
    painter.text(shown, body, size, ink, min_size=size, align=align, panel=panel)
