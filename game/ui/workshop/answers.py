"""The numbered answers as big cards, each with its vote count and a bar as hands are tallied."""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.ui.fonts import FontBook
from game.ui.layout import inset
from game.ui.theme import Theme, mix
from game.ui.widgets.chips import number_badge
from game.ui.widgets.text import Painter
from game.ui.workshop.paint import box, height_of
from game.ui.workshop.preset import Projector


@dataclass(frozen=True)
class Card:
    """One answer as the room sees it."""

    number: int
    text: str
    votes: int = 0
    leading: bool = False
    highlighted: bool = False
    picked: bool = False


@dataclass(frozen=True)
class Shape:
    """Sizes shared by the cards of one layout."""

    size: int
    bars: str  # "none" (no vote yet), "under" the words, or "behind" them when room is short
    badge: int
    count_w: int
    bar_h: int
    vpad: int  # the card's padding above and below its words (half in a tight layout)

    @property
    def voting(self) -> bool:
        return self.bars != NONE


NONE, UNDER, BEHIND = "none", "under", "behind"


def shape(book: FontBook, p: Projector, size: int, bars: str, tight: bool = False) -> Shape:
    badge = book.line_height(size, True) + p.pad // 2
    count_w = book.width("88", size, True) if bars != NONE else 0
    bar_h = max(6, round(p.floor * 0.4)) if bars == UNDER else 0
    return Shape(size, bars, badge, count_w, bar_h, p.pad // 2 if tight else p.pad)


def column_width(s: Shape) -> int:
    """The left column: the number badge, and under it the count while voting."""
    return max(s.badge, s.count_w)


def text_width(p: Projector, s: Shape, width: int) -> int:
    """Room for an answer's words inside a card `width` wide."""
    return width - 2 * p.pad - column_width(s) - p.gap


def card_height(book: FontBook, p: Projector, s: Shape, text: str, width: int) -> int:
    text_h = height_of(book, text, s.size, text_width(p, s, width))
    bar = s.bar_h + p.pad // 2 if s.bars == UNDER else 0
    left = 2 * s.badge if s.voting else s.badge  # the count sits under the badge
    return max(text_h, left) + 2 * s.vpad + bar


def layout(book: FontBook, p: Projector, area: pygame.Rect, cards: list[Card], size: int,
           bars: str, columns: int = 1, gap: int | None = None) -> list[pygame.Rect] | None:  # fmt: skip
    """One rectangle per card if they all fit `area` at `size` in `columns`, else None.

    Two columns let five or six answers share the screen with the customer's line."""
    gap = p.gap if gap is None else gap
    s = shape(book, p, size, bars, tight=gap < p.gap)
    width = (area.w - gap * (columns - 1)) // columns
    if text_width(p, s, width) < size * 4:
        return None
    heights = [card_height(book, p, s, c.text, width) for c in cards]
    rows = [max(heights[i : i + columns]) for i in range(0, len(cards), columns)]
    if sum(rows) + gap * (len(rows) - 1) > area.h:
        return None
    spare = area.h - sum(rows) - gap * (len(rows) - 1)
    row_gap = gap + min(p.gap, spare // max(1, len(rows)))  # breathe when there is room
    rects, y = [], area.y
    for row, h in enumerate(rows):
        for col in range(min(columns, len(cards) - row * columns)):
            rects.append(pygame.Rect(area.x + col * (width + gap), y, width, h))
        y += h + row_gap
    return rects


def draw_cards(painter: Painter, p: Projector, theme: Theme, cards: list[Card],
               rects: list[pygame.Rect], size: int, bars: str,
               tight: bool = False) -> None:  # fmt: skip
    """Every card: number badge, words, and while voting the count and its bar."""
    s = shape(painter.book, p, size, bars, tight)
    most = max((c.votes for c in cards), default=0)
    for card, rect in zip(cards, rects, strict=True):
        _card(painter, p, theme, s, card, rect, most)


def _card(
    painter: Painter, p: Projector, theme: Theme, s: Shape, card: Card, rect: pygame.Rect, most: int
) -> None:
    ring = card.highlighted or card.picked
    edge = theme.focus if ring else theme.accent if card.leading else theme.border
    box(painter.surface, rect, theme, p, edge=edge, width=p.stroke * (2 if ring else 1))
    if s.bars == BEHIND and card.votes and most:
        _fill_behind(painter, p, theme, rect, card.votes / most, ring)
    inner = inset(rect, p.pad, s.vpad)
    left = column_width(s)
    centre = (inner.x + left // 2, inner.y + s.badge // 2)
    number_badge(painter, str(card.number), centre, s.badge, s.size, theme.accent,
                 theme.accent_ink, rect)  # fmt: skip
    words = pygame.Rect(inner.x + left + p.gap, inner.y, text_width(p, s, rect.w), 0)
    words.h = inner.h - (s.bar_h + p.pad // 2 if s.bars == UNDER else 0)
    painter.text(card.text, words, s.size, theme.ink, min_size=s.size, panel=rect)
    if not s.voting:
        return
    count = pygame.Rect(inner.x, inner.y + s.badge, left, s.badge)
    painter.text(str(card.votes), count, s.size, theme.accent if card.leading else theme.ink,
                 bold=True, align="center",
                 valign="middle", min_size=s.size, panel=rect)  # fmt: skip
    if s.bars != UNDER:
        return
    track = pygame.Rect(words.x, inner.bottom - s.bar_h, inner.right - words.x, s.bar_h)
    pygame.draw.rect(painter.surface, theme.meter_track, track, border_radius=s.bar_h // 2)
    if card.votes and most:
        fill = pygame.Rect(track.x, track.y, max(s.bar_h, track.w * card.votes // most), s.bar_h)
        colour = theme.accent if card.leading else theme.muted
        pygame.draw.rect(painter.surface, colour, fill, border_radius=s.bar_h // 2)


def _fill_behind(
    painter: Painter, p: Projector, theme: Theme, rect: pygame.Rect, share: float, ring: bool
) -> None:
    """The vote bar as a strong tint behind the words, from the card's left edge."""
    edge = p.stroke * (2 if ring else 1)
    inside = rect.inflate(-2 * edge, -2 * edge)
    fill = pygame.Rect(inside.x, inside.y, max(p.radius, round(inside.w * share)), inside.h)
    pygame.draw.rect(
        painter.surface,
        mix(theme.accent, theme.panel, 0.68),
        fill,
        border_radius=max(1, p.radius - edge),
    )
