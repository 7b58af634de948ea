"""Vertical scrolling for long content: wheel, arrows, PgUp/PgDn, Home/End, and a thumb."""

from __future__ import annotations

import pygame

from game.ui.theme import Theme


class Scroller:
    """Tracks `offset` into content `content_h` tall seen through `view`."""

    def __init__(self) -> None:
        self.offset = 0
        self.content_h = 0
        self.view = pygame.Rect(0, 0, 0, 0)
        self.line = 40

    @property
    def limit(self) -> int:
        return max(0, self.content_h - self.view.h)

    def scroll_to(self, offset: int) -> bool:
        """Move to `offset` (clamped); True if the view moved."""
        new = max(0, min(self.limit, int(offset)))
        moved, self.offset = new != self.offset, new
        return moved

    def handle(self, event: pygame.event.Event) -> bool:
        """Scroll for wheel and navigation keys; True if the view moved."""
        if event.type == pygame.MOUSEWHEEL:
            return self.scroll_to(self.offset - event.y * self.line * 2)
        if event.type != pygame.KEYDOWN:
            return False
        page = max(self.line, int(self.view.h * 0.9))
        moves = {
            pygame.K_UP: -self.line,
            pygame.K_DOWN: self.line,
            pygame.K_PAGEUP: -page,
            pygame.K_PAGEDOWN: page,
            pygame.K_HOME: -self.content_h,
            pygame.K_END: self.content_h,
        }
        if event.key in moves:
            return self.scroll_to(self.offset + moves[event.key])
        return False

    def draw_bar(self, surface: pygame.Surface, theme: Theme, width: int) -> None:
        """A thin track and thumb on the right edge of the view, if there is more to see."""
        if self.limit <= 0:
            return
        track = pygame.Rect(self.view.right + width, self.view.y, width, self.view.h)
        pygame.draw.rect(surface, theme.meter_track, track, border_radius=width // 2)
        thumb_h = max(width * 3, int(track.h * self.view.h / self.content_h))
        y = track.y + int((track.h - thumb_h) * self.offset / self.limit)
        pygame.draw.rect(
            surface, theme.muted, (track.x, y, width, thumb_h), border_radius=width // 2
        )


def stack_blocks(scroller: Scroller, blocks: list, max_width: int, gap: int) -> list:
    """Lay `blocks` (each with measure(width) and paint(painter, rect)) in a centred column.

    Returns (block, rect) pairs in content coordinates and sets the content height.
    """
    view = scroller.view
    width = min(view.w, max_width)
    x, y = view.x + (view.w - width) // 2, 0
    placed = []
    for block in blocks:
        h = block.measure(width)
        placed.append((block, pygame.Rect(x, y, width, h)))
        y += h + gap
    scroller.content_h = y
    scroller.scroll_to(scroller.offset)
    return placed


def paint_blocks(painter, scroller: Scroller, placed: list, theme: Theme, bar: int) -> None:
    """Paint the placed blocks that show through the view, clipped, then the scroll bar."""
    view = scroller.view
    previous = painter.surface.get_clip()
    painter.surface.set_clip(view)
    painter.clip = view
    for block, rect in placed:
        shown = rect.move(0, view.y - scroller.offset)
        if shown.bottom >= view.y and shown.y <= view.bottom:
            block.paint(painter, shown)
    painter.clip = None
    painter.surface.set_clip(previous)
    scroller.draw_bar(painter.surface, theme, bar)
