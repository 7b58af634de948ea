"""Colour palettes: the warm default and a high-contrast theme, as plain values."""

from __future__ import annotations

from dataclasses import dataclass

Colour = tuple[int, int, int]


def hex_colour(text: str, default: Colour = (128, 128, 128)) -> Colour:
    """'#rrggbb' as an (r, g, b) tuple; `default` if the text is not a colour."""
    raw = text.strip().lstrip("#")
    if len(raw) != 6:
        return default
    try:
        return (int(raw[0:2], 16), int(raw[2:4], 16), int(raw[4:6], 16))
    except ValueError:
        return default


def mix(a: Colour, b: Colour, t: float) -> Colour:
    """The colour `t` of the way from `a` to `b` (0 gives a, 1 gives b)."""
    t = max(0.0, min(1.0, t))
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


@dataclass(frozen=True)
class Theme:
    """Every colour a scene or widget draws with, by role rather than by hue."""

    name: str
    background: Colour
    backdrop: Colour  # the soft band behind the header
    panel: Colour
    panel_alt: Colour
    shadow: Colour
    border: Colour
    ink: Colour
    muted: Colour
    accent: Colour  # buttons, focus
    accent_ink: Colour  # text on accent
    accent_soft: Colour  # hovered button background
    good: Colour
    good_soft: Colour
    bad: Colour
    bad_soft: Colour
    warn: Colour
    warn_soft: Colour
    narrator: Colour
    narrator_ink: Colour
    bubble: Colour
    meter_track: Colour
    focus: Colour
    outline_width: int = 2


WARM = Theme(
    name="warm",
    background=(250, 244, 235),
    backdrop=(243, 231, 214),
    panel=(255, 253, 249),
    panel_alt=(247, 239, 228),
    shadow=(226, 212, 194),
    border=(226, 211, 192),
    ink=(47, 39, 34),
    muted=(112, 98, 88),
    accent=(196, 86, 50),
    accent_ink=(255, 255, 255),
    accent_soft=(251, 228, 214),
    good=(22, 118, 108),
    good_soft=(214, 239, 233),
    bad=(178, 40, 48),
    bad_soft=(250, 222, 220),
    warn=(176, 110, 0),
    warn_soft=(253, 238, 200),
    narrator=(58, 64, 84),
    narrator_ink=(245, 241, 232),
    bubble=(255, 255, 255),
    meter_track=(236, 226, 212),
    focus=(196, 86, 50),
)

HIGH_CONTRAST = Theme(
    name="contrast",
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
    warn=(255, 221, 0),
    warn_soft=(60, 50, 0),
    narrator=(40, 40, 110),
    narrator_ink=(255, 255, 255),
    bubble=(0, 0, 0),
    meter_track=(45, 45, 45),
    focus=(255, 221, 0),
    outline_width=3,
)

THEMES = {WARM.name: WARM, HIGH_CONTRAST.name: HIGH_CONTRAST}


def theme_named(name: str) -> Theme:
    """The theme called `name`, or the warm default for an unknown name."""
    return THEMES.get(name, WARM)
