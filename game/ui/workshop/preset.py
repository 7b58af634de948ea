"""The projector preset: type sized by the screen's height, thick strokes, two stark palettes.

Every word the room sees is at least 1/25 of the screen height (`floor`), so
it reads from the back of a room at any resolution. Colours avoid pale tints
that a dim projector washes out: meaning is carried by saturated colour,
thick outlines and words, never by a light fill alone.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pygame

from game.ui.theme import Theme

ROOM_SHARE = 25  # body text is at least 1/25 of the screen height


@dataclass(frozen=True)
class Projector:
    """Sizes for one screen, all derived from its height (and width for margins)."""

    width: int
    height: int

    @property
    def floor(self) -> int:
        """The smallest type the room ever sees: 1/25 of the height, rounded up."""
        return math.ceil(self.height / ROOM_SHARE)

    @property
    def body(self) -> int:
        return max(self.floor, round(self.height / 21))

    @property
    def large(self) -> int:
        return round(self.height / 15)

    @property
    def title(self) -> int:
        return round(self.height / 10)

    @property
    def stroke(self) -> int:
        """Outline width: never thinner than 3 pixels."""
        return max(3, round(self.height / 220))

    @property
    def margin(self) -> int:
        return max(12, round(min(self.width, self.height * 1.6) * 0.025))

    @property
    def gap(self) -> int:
        return max(8, round(self.height * 0.018))

    @property
    def pad(self) -> int:
        return max(6, round(self.height * 0.016))

    @property
    def radius(self) -> int:
        return max(6, round(self.height * 0.016))

    @property
    def screen(self) -> pygame.Rect:
        return pygame.Rect(0, 0, self.width, self.height)


LIGHT = Theme(
    name="projector",
    background=(255, 255, 255),
    backdrop=(226, 233, 242),
    panel=(255, 255, 255),
    panel_alt=(236, 238, 242),
    shadow=(255, 255, 255),
    border=(20, 20, 20),
    ink=(10, 10, 10),
    muted=(50, 50, 50),
    accent=(0, 66, 155),
    accent_ink=(255, 255, 255),
    accent_soft=(204, 222, 250),
    good=(0, 105, 45),
    good_soft=(206, 238, 214),
    bad=(175, 0, 20),
    bad_soft=(252, 214, 214),
    warn=(140, 80, 0),
    warn_soft=(250, 230, 190),
    narrator=(24, 30, 62),
    narrator_ink=(255, 255, 255),
    bubble=(255, 255, 255),
    meter_track=(205, 205, 205),
    focus=(205, 85, 0),
    outline_width=4,
)

DARK = Theme(
    name="projector-dark",
    background=(0, 0, 0),
    backdrop=(28, 32, 44),
    panel=(0, 0, 0),
    panel_alt=(34, 34, 34),
    shadow=(0, 0, 0),
    border=(255, 255, 255),
    ink=(255, 255, 255),
    muted=(228, 228, 228),
    accent=(255, 214, 0),
    accent_ink=(0, 0, 0),
    accent_soft=(70, 60, 0),
    good=(90, 235, 130),
    good_soft=(0, 60, 30),
    bad=(255, 115, 115),
    bad_soft=(90, 0, 0),
    warn=(255, 190, 60),
    warn_soft=(70, 50, 0),
    narrator=(36, 40, 110),
    narrator_ink=(255, 255, 255),
    bubble=(0, 0, 0),
    meter_track=(70, 70, 70),
    focus=(255, 140, 0),
    outline_width=4,
)


def projector_theme(game_theme: str) -> Theme:
    """The dark palette for players who chose high contrast, the light one otherwise."""
    return DARK if game_theme == "contrast" else LIGHT
