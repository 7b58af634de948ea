"""The customer drawn with shapes in the `look` colours, and which face to show.

The face follows trust, unless the line being said has an author-set `mood`:
the words win over the number (a sarcastic thank-you at high trust). The
illustrated portraits (widgets/portrait.py) have the seven faces of
format.MOODS; this bust is what they fall back to when a look has no art.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import pygame

from game.model.format import MOODS as SEVEN
from game.ui.theme import Colour, hex_colour, mix

if TYPE_CHECKING:
    from game.model.scenario import Look

MOODS = ("furious", "upset", "wary", "pleased", "delighted")  # what trust alone shows
# Every face draw_customer can draw: trust's five and the moods a node can name
# (game.model.format.MOODS: sarcastic, neutral and relieved are drawn only for those).
FACES = ("furious", "upset", "sarcastic", "wary", "neutral", "pleased", "relieved", "delighted")
MOOD_NAMES = {
    "furious": "Furious",
    "upset": "Upset",
    "wary": "Wary",
    "pleased": "Warming up",
    "delighted": "Delighted",
}
INK: Colour = (45, 32, 28)
# Trust's faces that are not among the seven a line can name, as the nearest of those.
AS_SEVEN = {"pleased": "relieved"}


def mood_for(trust: float, leave_at: int) -> str:
    """One of MOODS for a trust value: furious near the walk-out line, delighted near 100."""
    if trust <= leave_at + 10:
        return "furious"
    if trust < 45:
        return "upset"
    if trust < 65:
        return "wary"
    if trust < 82:
        return "pleased"
    return "delighted"


def face_for(node_mood: str | None, trust: float, leave_at: int) -> str:
    """One of the seven faces: the node's own mood when it names one, else the one trust gives."""
    return node_mood if node_mood in SEVEN else seven(mood_for(trust, leave_at))


def seven(face: str) -> str:
    """`face` as one of format.MOODS (trust's "pleased" is "relieved"); unknown -> neutral."""
    face = AS_SEVEN.get(face, face)
    return face if face in SEVEN else "neutral"


def _curve(
    surface: pygame.Surface,
    colour: Colour,
    left: tuple[float, float],
    right: tuple[float, float],
    bend: float,
    width: int,
) -> None:
    """A smooth curve from `left` to `right` bowing `bend` pixels down (negative: up)."""
    points = []
    for i in range(17):
        t = i / 16
        x = left[0] + (right[0] - left[0]) * t
        y = left[1] + (right[1] - left[1]) * t + bend * (1 - (2 * t - 1) ** 2)
        points.append((x, y))
    for a, b in zip(points, points[1:], strict=False):
        pygame.draw.aaline(surface, colour, a, b, width)
    for point in points[1:-1]:
        pygame.draw.circle(surface, colour, point, max(1, width / 2 - 0.5))
    for end in (points[0], points[-1]):
        pygame.draw.aacircle(surface, colour, end, max(1, width / 2))


def draw_customer(surface: pygame.Surface, rect: pygame.Rect, look: Look, mood: str) -> None:
    """Draw head, hair, shoulders and a face for `mood` inside `rect`."""
    skin = hex_colour(look.skin, (198, 134, 66))
    hair = hex_colour(look.hair, (43, 27, 14))
    shirt = hex_colour(look.shirt, (58, 110, 165))
    r = min(rect.w * 0.27, rect.h * 0.25)
    cx, cy = rect.centerx, rect.y + rect.h * 0.42
    previous = surface.get_clip()
    surface.set_clip(rect.clip(previous) if previous else rect)
    _body(surface, rect, cx, cy, r, skin, shirt)
    pygame.draw.aacircle(surface, hair, (cx, cy - 0.06 * r), 1.1 * r)
    for side in (-1, 1):
        pygame.draw.circle(
            surface, mix(skin, INK, 0.08), (cx + side * 0.98 * r, cy + 0.12 * r), 0.2 * r
        )
    face = mix(skin, (214, 40, 40), 0.28) if mood == "furious" else skin
    pygame.draw.aacircle(surface, face, (cx, cy + 0.06 * r), r)
    _fringe(surface, cx, cy, r, hair)
    _face(surface, cx, cy + 0.06 * r, r, mood, face)
    surface.set_clip(previous)


def _body(
    surface: pygame.Surface,
    rect: pygame.Rect,
    cx: float,
    cy: float,
    r: float,
    skin: Colour,
    shirt: Colour,
) -> None:
    neck = pygame.Rect(0, 0, 0.55 * r, 0.7 * r)
    neck.midtop = (cx, cy + 0.75 * r)
    pygame.draw.rect(surface, mix(skin, INK, 0.12), neck)
    shoulders = pygame.Rect(0, 0, 2.9 * r, 2.0 * r)
    shoulders.midtop = (cx, cy + 1.25 * r)
    pygame.draw.ellipse(surface, shirt, shoulders)
    collar = [(cx - 0.42 * r, cy + 1.27 * r), (cx, cy + 1.72 * r), (cx + 0.42 * r, cy + 1.27 * r)]
    pygame.draw.polygon(surface, mix(skin, INK, 0.12), collar)
    pygame.draw.lines(
        surface, mix(shirt, (255, 255, 255), 0.35), False, collar, max(2, int(r * 0.06))
    )


def _fringe(surface: pygame.Surface, cx: float, cy: float, r: float, hair: Colour) -> None:
    cap = pygame.Rect(0, 0, 2.08 * r, 1.25 * r)
    cap.midtop = (cx, cy - 1.1 * r)
    old = surface.get_clip()
    band = pygame.Rect(int(cx - 1.2 * r), int(cy - 1.3 * r), int(2.4 * r), int(0.95 * r))
    surface.set_clip(band.clip(old) if old else band)
    pygame.draw.ellipse(surface, hair, cap)
    surface.set_clip(old)


def _face(surface: pygame.Surface, cx: float, cy: float, r: float, mood: str, face: Colour) -> None:
    line = max(2, round(r * 0.075))
    eye_y = cy - 0.08 * r
    for side in (-1, 1):
        ex = cx + side * 0.36 * r
        _eye(surface, ex, eye_y, r, mood, line)
        _brow(surface, ex, eye_y - 0.28 * r, r, mood, side, line)
    if mood in ("pleased", "delighted"):
        blush = mix(face, (232, 96, 110), 0.4)
        for side in (-1, 1):
            cheek = pygame.Rect(0, 0, 0.32 * r, 0.18 * r)
            cheek.center = (cx + side * 0.58 * r, cy + 0.22 * r)
            pygame.draw.ellipse(surface, blush, cheek)
    _mouth(surface, cx, cy + 0.45 * r, r, mood, line)


def _eye(surface: pygame.Surface, x: float, y: float, r: float, mood: str, line: int) -> None:
    if mood == "delighted":
        _curve(
            surface,
            INK,
            (x - 0.13 * r, y + 0.04 * r),
            (x + 0.13 * r, y + 0.04 * r),
            -0.12 * r,
            line,
        )
        return
    if mood == "relieved":  # eyes closed on a long breath out
        left, right = (x - 0.13 * r, y), (x + 0.13 * r, y)
        _curve(surface, INK, left, right, 0.07 * r, line)
        return
    height = {"furious": 0.1, "upset": 0.2, "wary": 0.17, "sarcastic": 0.1}.get(mood, 0.2) * r
    white = pygame.Rect(0, 0, 0.27 * r, height * 1.2)
    white.center = (x, y)
    pygame.draw.ellipse(surface, (250, 248, 244), white)
    pygame.draw.ellipse(surface, INK, white, max(1, round(r * 0.025)))
    pupil = pygame.Rect(0, 0, 0.14 * r, min(height, 0.17 * r))
    pupil.center = (x, y + 0.01 * r)
    pygame.draw.ellipse(surface, INK, pupil)
    if height > 0.12 * r:
        pygame.draw.circle(
            surface, (255, 255, 255), (x + 0.03 * r, y - 0.03 * r), max(1, 0.025 * r)
        )


def _brow(
    surface: pygame.Surface, x: float, y: float, r: float, mood: str, side: int, line: int
) -> None:
    """Brows carry most of the mood: angry slope in, worried slope up, calm flat."""
    tilt = _TILT[mood]
    lift = _LIFT[mood]
    inner = (x - side * 0.14 * r, y + (tilt + lift) * r)
    outer = (x + side * 0.14 * r, y + (-tilt * 0.4 + lift) * r)
    width = line + (1 if mood == "furious" else 0)
    if mood == "wary" and side == 1:  # one brow raised: not convinced yet
        inner, outer = (inner[0], inner[1] - 0.1 * r), (outer[0], outer[1] - 0.14 * r)
    if mood == "sarcastic" and side == -1:  # the other brow, higher: "oh, really"
        inner, outer = (inner[0], inner[1] - 0.14 * r), (outer[0], outer[1] - 0.2 * r)
    _curve(surface, INK, inner, outer, 0, width)


# Brow slope and height per face: angry slope in, worried slope up, calm flat.
_TILT = {
    "furious": 0.16,
    "upset": -0.12,
    "sarcastic": 0.04,
    "wary": 0.03,
    "neutral": 0.0,
    "pleased": -0.02,
    "relieved": -0.08,
    "delighted": -0.05,
}
_LIFT = {
    "furious": 0.06,
    "upset": 0.0,
    "sarcastic": 0.02,
    "wary": 0.0,
    "neutral": 0.0,
    "pleased": -0.04,
    "relieved": -0.04,
    "delighted": -0.08,
}
_HALF_MOUTH = {
    "furious": 0.26,
    "upset": 0.22,
    "sarcastic": 0.22,
    "wary": 0.2,
    "neutral": 0.2,
    "pleased": 0.26,
    "relieved": 0.24,
    "delighted": 0.32,
}
_BEND = {
    "furious": -0.16,
    "upset": -0.1,
    "sarcastic": 0.03,
    "wary": 0.0,
    "neutral": 0.0,
    "pleased": 0.12,
    "relieved": 0.08,
}


def _mouth(surface: pygame.Surface, cx: float, y: float, r: float, mood: str, line: int) -> None:
    half = _HALF_MOUTH[mood] * r
    left, right = (cx - half, y), (cx + half, y)
    if mood == "delighted":
        grin = [
            (cx - half + i * 2 * half / 16, y + 0.3 * r * math.sin(math.pi * i / 16))
            for i in range(17)
        ]
        pygame.draw.polygon(surface, (120, 30, 40), grin)
        pygame.draw.lines(surface, INK, True, grin, max(2, line - 1))
        return
    bend = _BEND[mood] * r
    if mood == "wary":
        right = (cx + half, y - 0.04 * r)
    if mood == "sarcastic":  # a smirk: one corner up, the other flat
        right = (cx + half, y - 0.12 * r)
    _curve(surface, INK, left, right, bend, line)
