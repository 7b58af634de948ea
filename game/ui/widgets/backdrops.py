"""The place behind the customer, one per scenario `setting`, drawn with shapes (no image files).

Each backdrop is a quiet room seen past the customer's shoulders: a wall, the
few things that name the place (a menu board, shelves, a key rack, a window,
cubicle walls with a headset, goal posts), and the counter or desk edge at the
bottom. Colours are washed toward the theme's backdrop so the customer and any
text stay the strongest thing on screen, in the warm and the high-contrast theme.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.ui.theme import Colour, Theme, mix

WASH = 0.45  # how far every colour is washed toward the theme's backdrop


def _rel(rect: pygame.Rect, x: float, y: float, w: float, h: float) -> pygame.Rect:
    """A rectangle given in fractions of `rect`."""
    return pygame.Rect(
        rect.x + round(rect.w * x), rect.y + round(rect.h * y), round(rect.w * w), round(rect.h * h)
    )


class _Brush:
    """Draws washed shapes in fractions of one rectangle."""

    def __init__(self, surface: pygame.Surface, rect: pygame.Rect, theme: Theme) -> None:
        self.surface, self.rect, self.theme = surface, rect, theme

    def ink(self, colour: Colour) -> Colour:
        return mix(colour, self.theme.backdrop, WASH)

    def box(self, colour: Colour, x: float, y: float, w: float, h: float, radius: int = 0) -> None:
        pygame.draw.rect(self.surface, self.ink(colour), _rel(self.rect, x, y, w, h),
                         border_radius=radius)  # fmt: skip

    def disc(self, colour: Colour, x: float, y: float, r: float) -> None:
        centre = (self.rect.x + self.rect.w * x, self.rect.y + self.rect.h * y)
        pygame.draw.circle(self.surface, self.ink(colour), centre, max(1.0, self.rect.w * r))

    def line(self, colour: Colour, a: tuple[float, float], b: tuple[float, float], w: int) -> None:
        r = self.rect
        start = (r.x + r.w * a[0], r.y + r.h * a[1])
        end = (r.x + r.w * b[0], r.y + r.h * b[1])
        pygame.draw.line(self.surface, self.ink(colour), start, end, max(1, w))


def _cafe(b: _Brush) -> None:
    b.box((214, 188, 150), 0, 0, 1, 1)
    b.box((62, 58, 54), 0.06, 0.07, 0.42, 0.3, 6)  # the menu board
    for i in range(4):
        b.box((225, 220, 205), 0.1, 0.12 + i * 0.06, 0.24 - (i % 2) * 0.08, 0.018)
    b.box((150, 154, 160), 0.68, 0.12, 0.22, 0.22, 6)  # the espresso machine
    b.box((90, 92, 96), 0.72, 0.3, 0.04, 0.08)
    b.box((90, 92, 96), 0.82, 0.3, 0.04, 0.08)
    for x in (0.6, 0.66, 0.92):
        b.box((240, 236, 226), x, 0.4, 0.045, 0.06, 3)  # cups


def _restaurant(b: _Brush) -> None:
    b.box((168, 84, 64), 0, 0, 1, 1)
    b.box((140, 66, 50), 0, 0.55, 1, 0.45)  # wainscot
    for x in (0.18, 0.82):
        b.line((60, 44, 36), (x, 0), (x, 0.16), 2)
        b.disc((246, 214, 140), x, 0.2, 0.07)  # pendant lamps
    b.box((236, 222, 196), 0.36, 0.1, 0.28, 0.2, 4)  # a framed picture
    b.box((120, 150, 120), 0.39, 0.13, 0.22, 0.14)


def _shop(b: _Brush) -> None:
    b.box((222, 214, 198), 0, 0, 1, 1)
    colours = ((196, 96, 70), (70, 120, 170), (210, 170, 70), (100, 150, 110))
    for row in range(3):
        y = 0.08 + row * 0.16
        b.box((150, 120, 92), 0.04, y + 0.12, 0.92, 0.025)  # a shelf
        for i in range(7):
            height = 0.07 + (i * 7 + row * 3) % 4 * 0.012
            b.box(colours[(i + row) % 4], 0.07 + i * 0.125, y + 0.12 - height, 0.09, height, 2)


def _front_desk(b: _Brush) -> None:
    b.box((196, 204, 210), 0, 0, 1, 1)
    b.box((150, 112, 80), 0, 0, 1, 0.05)
    b.box((122, 92, 66), 0.06, 0.1, 0.3, 0.28, 4)  # the key rack
    for row in range(3):
        for col in range(4):
            b.disc((232, 200, 110), 0.1 + col * 0.07, 0.15 + row * 0.08, 0.012)
    b.disc((250, 248, 240), 0.8, 0.2, 0.1)  # the clock
    b.line((60, 60, 60), (0.8, 0.2), (0.8, 0.13), 3)
    b.line((60, 60, 60), (0.8, 0.2), (0.85, 0.2), 3)


def _office(b: _Brush) -> None:
    b.box((214, 218, 214), 0, 0, 1, 1)
    b.box((150, 190, 220), 0.08, 0.08, 0.5, 0.34, 4)  # a window on the city
    for i, h in enumerate((0.16, 0.24, 0.12, 0.2, 0.14)):
        b.box((120, 140, 160), 0.1 + i * 0.095, 0.42 - h, 0.08, h)
    b.box((235, 235, 230), 0.08, 0.24, 0.5, 0.012)  # the window bar
    b.box((90, 130, 80), 0.76, 0.26, 0.12, 0.16, 20)  # a plant
    b.box((170, 110, 70), 0.78, 0.38, 0.08, 0.08, 3)


def _call_center(b: _Brush) -> None:
    b.box((206, 212, 222), 0, 0, 1, 1)
    for x in (0.0, 0.52):
        b.box((126, 140, 170), x, 0.18, 0.48, 0.4, 6)  # cubicle walls
        b.box((60, 66, 80), x + 0.12, 0.26, 0.24, 0.16, 4)  # a monitor
    headset = (50, 56, 70)  # a headset hanging on the wall
    rect = b.rect
    arc = pygame.Rect(0, 0, round(rect.w * 0.16), round(rect.w * 0.16))
    arc.center = (rect.x + round(rect.w * 0.88), rect.y + round(rect.h * 0.1))
    pygame.draw.arc(b.surface, b.ink(headset), arc, 0, 3.14159, max(2, rect.w // 90))
    b.box(headset, 0.79, 0.09, 0.035, 0.06, 3)
    b.box(headset, 0.935, 0.09, 0.035, 0.06, 3)


def _outdoors(b: _Brush) -> None:
    b.box((160, 206, 232), 0, 0, 1, 1)
    b.box((104, 170, 96), 0, 0.5, 1, 0.5)
    b.disc((250, 250, 250), 0.2, 0.14, 0.07)  # a cloud
    b.disc((250, 250, 250), 0.28, 0.12, 0.08)
    for x in (0.62, 0.94):
        b.box((250, 250, 250), x, 0.22, 0.02, 0.3)  # the goal posts
    b.box((250, 250, 250), 0.62, 0.22, 0.34, 0.02)


BACKDROPS: dict[str, Callable[[_Brush], None]] = {
    "cafe": _cafe,
    "restaurant": _restaurant,
    "shop": _shop,
    "front-desk": _front_desk,
    "office": _office,
    "call-center": _call_center,
    "outdoors": _outdoors,
}


def draw_backdrop(surface: pygame.Surface, rect: pygame.Rect, setting: str, theme: Theme) -> None:
    """The room for `setting` filling `rect`, and a counter edge along the bottom."""
    brush = _Brush(surface, rect, theme)
    BACKDROPS.get(setting, _front_desk)(brush)
    brush.box((132, 98, 70), 0, 0.9, 1, 0.1)  # the counter or desk, in front of the customer


class Backdrops:
    """Draws a backdrop with rounded corners, kept as a picture until size, place or theme change."""

    def __init__(self) -> None:
        self.key: tuple[object, ...] = ()
        self.picture: pygame.Surface | None = None

    def draw(
        self, surface: pygame.Surface, rect: pygame.Rect, setting: str, theme: Theme, radius: int
    ) -> None:
        """Blit the backdrop for `setting` into `rect`, drawing it only when something changed."""
        key = (setting, rect.size, theme.name, radius)
        if self.picture is None or key != self.key:
            self.key, self.picture = key, _rounded(rect.size, setting, theme, radius)
        surface.blit(self.picture, rect)


def _rounded(size: tuple[int, int], setting: str, theme: Theme, radius: int) -> pygame.Surface:
    picture = pygame.Surface(size, pygame.SRCALPHA)
    draw_backdrop(picture, picture.get_rect(), setting, theme)
    mask = pygame.Surface(size, pygame.SRCALPHA)
    pygame.draw.rect(mask, (255, 255, 255, 255), mask.get_rect(), border_radius=radius)
    picture.blit(mask, (0, 0), special_flags=pygame.BLEND_RGBA_MIN)
    return picture
