"""The numbered answers as big cards, each with its vote count and a bar as hands are tallied."""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.ui.fonts import FontBook
from game.ui.layout import inset
from game.ui.theme import Theme, mix
from game.ui.widgets.chips import number_badge
from game.ui.widgets.text import Painter
from game.ui.workshop.measure import wrap_lines
from game.ui.workshop.paint import SizedPainter, box, leading, tight_height
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
    total: int = 0  # every vote cast at this decision, for the share

    @property
    def tally(self) -> str:
        """'6 · 43%': the count and its share of all the votes."""
        share = round(100 * self.votes / self.total) if self.total else 0
        return f"{self.votes} · {share}%"


@dataclass(frozen=True)
class Shape:
    """Sizes shared by the cards of one layout."""

    size: int
    bars: str  # "none" (no vote yet), "under" the words, or "behind" them when room is short
    badge: int
    bar_h: int
    vpad: int  # the card's padding above and below its words (half in a tight layout)

    @property
    def voting(self) -> bool:
        return self.bars != NONE


NONE, UNDER, BEHIND = "none", "under", "behind"


def shape(book: FontBook, p: Projector, size: int, bars: str, tight: bool = False) -> Shape:
    badge = book.line_height(size, True) + p.pad // 2
    bar_h = max(6, round(p.floor * 0.4)) if bars == UNDER else 0
    return Shape(size, bars, badge, bar_h, p.pad // 4 if tight else p.pad)


def text_width(p: Projector, s: Shape, width: int) -> int:
    """Room for an answer's words inside a card `width` wide, right of the number badge."""
    return width - 2 * p.pad - s.badge - p.gap


def words_of(
    book: FontBook, p: Projector, s: Shape, card: Card, width: int
) -> tuple[list[str], bool]:
    """The card's wrapped lines, and whether the tally needs a line of its own below them."""
    lines = wrap_lines(book, card.text, s.size, max(1, width))
    if not s.voting:
        return lines, False
    room = width - book.width(lines[-1], s.size)
    return lines, room < book.width(card.tally, s.size, True) + p.gap


def card_height(book: FontBook, p: Projector, s: Shape, card: Card, width: int) -> int:
    lines, own_line = words_of(book, p, s, card, text_width(p, s, width))
    text_h = tight_height(book, s.size, len(lines) + own_line)
    bar = s.bar_h + p.pad // 2 if s.bars == UNDER else 0
    return max(text_h, s.badge) + 2 * s.vpad + bar


def layout(book: FontBook, p: Projector, area: pygame.Rect, cards: list[Card], size: int,
           bars: str, columns: int = 1, gap: int | None = None) -> list[pygame.Rect] | None:  # fmt: skip
    """One rectangle per card if they all fit `area` at `size` in `columns`, else None.

    Two columns let five or six answers share the screen with the customer's line."""
    gap = p.gap if gap is None else gap
    s = shape(book, p, size, bars, tight=gap < p.gap)
    width = (area.w - gap * (columns - 1)) // columns
    if text_width(p, s, width) < size * 4:
        return None
    heights = [card_height(book, p, s, c, width) for c in cards]
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


def draw_cards(painter: SizedPainter, p: Projector, theme: Theme, cards: list[Card],
               rects: list[pygame.Rect], size: int, bars: str,
               tight: bool = False) -> None:  # fmt: skip
    """Every card: number badge, words, and while voting the count and its bar."""
    s = shape(painter.book, p, size, bars, tight)
    most = max((c.votes for c in cards), default=0)
    for card, rect in zip(cards, rects, strict=True):
        _card(painter, p, theme, s, card, rect, most)


def _card(
    painter: SizedPainter,
    p: Projector,
    theme: Theme,
    s: Shape,
    card: Card,
    rect: pygame.Rect,
    most: int,
) -> None:
    ring = card.highlighted or card.picked
    edge = theme.focus if ring else theme.accent if card.leading else theme.border
    box(painter.surface, rect, theme, p, edge=edge, width=p.stroke * (2 if ring else 1))
    if s.bars == BEHIND and card.votes and most:
        _fill_behind(painter, p, theme, rect, card.votes / most, ring)
    inner = inset(rect, p.pad, s.vpad)
    centre = (inner.x + s.badge // 2, inner.y + s.badge // 2)
    number_badge(painter, str(card.number), centre, s.badge, s.size, theme.accent,
                 theme.accent_ink, rect)  # fmt: skip
    words = pygame.Rect(inner.x + s.badge + p.gap, inner.y, text_width(p, s, rect.w), 0)
    lines, own_line = words_of(painter.book, p, s, card, words.w)
    words.h = tight_height(painter.book, s.size, len(lines))
    painter.leaded(card.text, words, s.size, theme.ink, rect)
    if not s.voting:
        return
    step = leading(painter.book, s.size)
    row = len(lines) - 1 + own_line
    spot = pygame.Rect(words.x, words.y + row * step, words.w, painter.book.line_height(s.size))
    painter.text(card.tally, spot, s.size, theme.accent if card.leading else theme.ink,
                 bold=True, align="right", min_size=s.size, panel=rect)  # fmt: skip
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
        mix(theme.accent, theme.panel, 0.75),
        fill,
        border_radius=max(1, p.radius - edge),
    )
