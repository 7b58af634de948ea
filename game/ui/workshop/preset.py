"""The projector preset: type sized by the screen's height, thick strokes, two stark palettes.

Every word the room sees is at least 1/25 of the screen height (`floor`), so
it reads from the back of a room at any resolution. The palettes are the
game's own (warm, and high contrast), deepened where a dim projector would
wash them out: meaning is carried by saturated colour, thick outlines and
words, never by a light fill alone.
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


# The game's warm palette (game/ui/theme.py WARM), deepened for a projector: every text colour
# keeps at least 4.5:1 on the cream, the outlines 4:1, and nothing relies on a pale tint alone.
LIGHT = Theme(
    name="projector",
    background=(250, 244, 235),
    backdrop=(243, 231, 214),
    panel=(255, 253, 249),
    panel_alt=(247, 239, 228),
    shadow=(214, 196, 172),
    border=(128, 104, 86),
    ink=(34, 28, 24),
    muted=(88, 74, 64),
    accent=(168, 64, 30),
    accent_ink=(255, 255, 255),
    accent_soft=(251, 228, 214),
    good=(10, 105, 96),
    good_soft=(214, 239, 233),
    bad=(168, 28, 38),
    bad_soft=(250, 222, 220),
    warn=(140, 80, 0),
    warn_soft=(253, 238, 200),
    narrator=(58, 64, 84),
    narrator_ink=(245, 241, 232),
    bubble=(255, 253, 249),
    meter_track=(226, 214, 198),
    focus=(0, 86, 150),
    outline_width=4,
)

# The game's high-contrast palette (HIGH_CONTRAST), with an orange ring beside the yellow accent.
DARK = Theme(
    name="projector-dark",
    background=(0, 0, 0),
    backdrop=(18, 18, 18),
    panel=(12, 12, 12),
    panel_alt=(30, 30, 30),
    shadow=(0, 0, 0),
    border=(255, 255, 255),
    ink=(255, 255, 255),
    muted=(230, 230, 230),
    accent=(255, 221, 0),
    accent_ink=(0, 0, 0),
    accent_soft=(70, 60, 0),
    good=(90, 230, 255),
    good_soft=(0, 50, 70),
    bad=(255, 120, 120),
    bad_soft=(80, 0, 0),
    warn=(255, 190, 60),
    warn_soft=(60, 50, 0),
    narrator=(40, 40, 110),
    narrator_ink=(255, 255, 255),
    bubble=(0, 0, 0),
    meter_track=(60, 60, 60),
    focus=(255, 140, 0),
    outline_width=4,
)


def projector_theme(game_theme: str) -> Theme:
    """The dark palette for players who chose high contrast, the light one otherwise."""
    return DARK if game_theme == "contrast" else LIGHT
