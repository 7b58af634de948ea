"""The phones on the room's screen: the join slide, and the small QR while answers are open."""

from __future__ import annotations

import pygame

from game.ui.layout import inset, split_h
from game.ui.theme import Theme
from game.ui.widgets.text import Painter
from game.ui.workshop.paint import box, height_of
from game.ui.workshop.phones import PhoneView
from game.ui.workshop.preset import Projector


def join_lines(view: PhoneView) -> list[tuple[str, str]]:
    """(kind, words) for the slide, largest first."""
    people = "phone has" if view.joined == 1 else "phones have"
    return [
        ("head", "Vote from your phone"),
        ("step", "Scan the code with the camera, or open"),
        ("address", view.short),
        ("step", "Room code"),
        ("code", view.code),
        ("count", f"{view.joined} {people} joined"),
        ("note", "Same Wi-Fi as this laptop. Anonymous: no names, no app."),
    ]


def paint_join(painter: Painter, p: Projector, theme: Theme, view: PhoneView,
               qr: pygame.Surface | None, area: pygame.Rect) -> None:  # fmt: skip
    """A large QR code on the left, the short address and the room code on the right."""
    left, right = split_h(area, 0.5, p.margin)
    if qr is not None:
        spot = qr.get_rect(center=left.center)
        painter.surface.blit(qr, spot)
    box(painter.surface, right, theme, p)
    inner = inset(right, p.pad * 2, p.pad * 2)
    sizes = {"head": p.body, "step": p.floor, "address": p.large, "code": p.title,
             "count": p.body, "note": p.floor}  # fmt: skip
    inks = {"head": theme.accent, "address": theme.ink, "code": theme.ink, "count": theme.good}
    y = inner.y
    for kind, words in join_lines(view):
        size = sizes[kind]
        bold = kind != "note" and kind != "step"
        h = height_of(painter.book, words, size, inner.w, bold)
        if y + h > inner.bottom:
            size = p.floor
            h = height_of(painter.book, words, size, inner.w, bold)
            if y + h > inner.bottom:
                continue
        painter.text(words, pygame.Rect(inner.x, y, inner.w, h), size,
                     inks.get(kind, theme.muted), bold=bold, min_size=size,
                     panel=right)  # fmt: skip
        y += h + p.gap


def join_qr_size(p: Projector, area: pygame.Rect) -> int:
    """The join slide's QR: as large as half the body allows."""
    left, _ = split_h(area, 0.5, p.margin)
    return min(left.w, left.h)


def corner_width(p: Projector) -> int:
    """The column the small QR takes at the right while answers are open."""
    return round(p.floor * 3.4)


def paint_corner(painter: Painter, p: Projector, theme: Theme, view: PhoneView,
                 qr: pygame.Surface | None, column: pygame.Rect) -> None:  # fmt: skip
    """The small QR in the top corner of its column, the room code under it if it fits."""
    if qr is not None:
        spot = qr.get_rect(midtop=(column.centerx, column.y))
        painter.surface.blit(qr, spot)
        below = pygame.Rect(column.x, spot.bottom + p.gap // 2, column.w, column.h)
    else:
        below = column
    below.h = painter.book.line_height(p.floor, True)
    if painter.book.width(view.code, p.floor, True) <= below.w:
        painter.text(view.code, below, p.floor, theme.ink, bold=True, align="center",
                     min_size=p.floor)  # fmt: skip
