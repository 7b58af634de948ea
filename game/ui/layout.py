"""Layout arithmetic: one scale factor from the window size, and rectangle helpers."""

from __future__ import annotations

from dataclasses import dataclass

import pygame

BASE_SIZE = (1280, 720)
MIN_SIZE = (800, 500)
READABLE = 12  # px: no text is set smaller, however small the window (10 px was hard to read)


@dataclass(frozen=True)
class Metrics:
    """Sizes for one window: `u` is one design pixel at 1280×720, `t` scales type too."""

    width: int
    height: int
    text_scale: float = 1.0

    @property
    def u(self) -> float:
        return min(self.width / BASE_SIZE[0], self.height / BASE_SIZE[1])

    def px(self, design: float) -> int:
        """A design-pixel length at this window size."""
        return max(1, round(design * self.u))

    def type(self, design: float) -> int:
        """A font size in pixels: design size × window scale × the larger-text setting."""
        return max(READABLE, round(design * self.u * self.text_scale))

    @property
    def too_small(self) -> bool:
        return self.width < MIN_SIZE[0] or self.height < MIN_SIZE[1]

    @property
    def screen(self) -> pygame.Rect:
        return pygame.Rect(0, 0, self.width, self.height)

    @property
    def margin(self) -> int:
        return self.px(32)

    @property
    def gap(self) -> int:
        return self.px(16)


def inset(rect: pygame.Rect, dx: int, dy: int | None = None) -> pygame.Rect:
    """`rect` shrunk by `dx` on the left and right and `dy` on the top and bottom."""
    dy = dx if dy is None else dy
    return pygame.Rect(rect.x + dx, rect.y + dy, max(0, rect.w - 2 * dx), max(0, rect.h - 2 * dy))


def split_h(rect: pygame.Rect, fraction: float, gap: int) -> tuple[pygame.Rect, pygame.Rect]:
    """Cut `rect` into a left part `fraction` wide and the rest, `gap` apart."""
    left_w = round((rect.w - gap) * fraction)
    left = pygame.Rect(rect.x, rect.y, left_w, rect.h)
    right = pygame.Rect(left.right + gap, rect.y, rect.w - left_w - gap, rect.h)
    return left, right


def take_top(rect: pygame.Rect, height: int, gap: int = 0) -> tuple[pygame.Rect, pygame.Rect]:
    """Cut a band `height` tall off the top of `rect`; return it and what is left below."""
    height = min(height, rect.h)
    top = pygame.Rect(rect.x, rect.y, rect.w, height)
    rest_y = top.bottom + gap
    rest = pygame.Rect(rect.x, rest_y, rect.w, max(0, rect.bottom - rest_y))
    return top, rest


def take_bottom(rect: pygame.Rect, height: int, gap: int = 0) -> tuple[pygame.Rect, pygame.Rect]:
    """Cut a band `height` tall off the bottom of `rect`; return it and what is left above."""
    height = min(height, rect.h)
    bottom = pygame.Rect(rect.x, rect.bottom - height, rect.w, height)
    rest = pygame.Rect(rect.x, rect.y, rect.w, max(0, bottom.y - gap - rect.y))
    return bottom, rest


def grid(area: pygame.Rect, count: int, columns: int, row_h: int, gap: int) -> list[pygame.Rect]:
    """`count` cells `row_h` tall in `columns` columns, filling `area` from the top."""
    columns = max(1, columns)
    cell_w = (area.w - gap * (columns - 1)) // columns
    return [
        pygame.Rect(
            area.x + (i % columns) * (cell_w + gap),
            area.y + (i // columns) * (row_h + gap),
            cell_w,
            row_h,
        )
        for i in range(count)
    ]


def tab_step(event: pygame.event.Event) -> int:
    """Tab moves focus forward (+1), Shift+Tab back (-1); any other event: 0."""
    if event.type != pygame.KEYDOWN or event.key != pygame.K_TAB:
        return 0
    return -1 if getattr(event, "mod", 0) & pygame.KMOD_SHIFT else 1


def cycle(index: int | None, count: int, step: int) -> int:
    """The next place in a focus order of `count` places, wrapping round; None is before the first."""
    if index is None:
        return 0 if step > 0 else count - 1
    return (index + step) % count
