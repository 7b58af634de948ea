"""The face of a portrait for each of the seven moods: eyes, brows, mouth, colour in the cheeks.

Each mood is a row of numbers (how open the eyes are, where the brows sit,
the mouth's shape), so the seven read apart at a glance: brows and mouth carry
most of it, the eyes and the cheeks the rest.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.model.scenario import Look
from tools.make_portraits_kit import (
    INK,
    Head,
    circle,
    curve,
    ellipse,
    line,
    luma,
    mix,
    n,
    path,
    shade,
)


@dataclass(frozen=True)
class Expression:
    """One mood as numbers: eye opening (upper, lower lid), pupils, brows, mouth."""

    upper: float  # how far the upper lid stands above the eye line, 0..1
    lower: float  # how far the lower lid drops below it, 0..1
    look_x: float = 0.0  # pupils sideways, -1..1
    look_y: float = 0.0
    brow_inner: float = 0.0  # px down (+) or up (-) at the inner end
    brow_outer: float = 0.0
    brow_lift: tuple[float, float] = (0.0, 0.0)  # extra lift per side (left, right)
    mouth: str = "line"
    bend: float = 0.0  # the mouth's curve: + smiles, - frowns
    tilt: float = 0.0  # one corner higher: a smirk
    width: float = 1.0
    blush: float = 0.0
    flush: float = 0.0
    creases: bool = False  # the frown lines between the brows


EXPRESSIONS = {
    "furious": Expression(
        0.45, 0.6, brow_inner=11, brow_outer=-5, mouth="shout", width=1.1, flush=0.2,
        creases=True,
    ),
    "upset": Expression(
        1.0, 1.0, look_y=0.35, brow_inner=-10, brow_outer=6, mouth="frown", bend=-12, width=0.95,
    ),
    "sarcastic": Expression(
        0.5, 0.85, look_x=0.55, look_y=-0.1, brow_lift=(-12, 3), brow_inner=2, mouth="line",
        bend=1, tilt=-9, width=1.0,
    ),
    "wary": Expression(
        0.7, 0.7, look_x=-0.7, brow_inner=4, brow_outer=1, brow_lift=(0, -5), mouth="line",
        bend=-1.5, tilt=2, width=0.72,
    ),
    "neutral": Expression(0.9, 0.95, mouth="line", bend=1.5, width=0.9),
    "relieved": Expression(
        0.62, 0.9, look_y=0.15, brow_inner=-5, brow_outer=3, mouth="smile", bend=7, width=1.0,
        blush=0.25,
    ),
    "delighted": Expression(
        0.95, 0.2, brow_inner=-6, brow_outer=-5, mouth="grin", bend=12, width=1.2, blush=0.4,
    ),
}  # fmt: skip

LIPS = "#b5495b"
TEETH = "#fbf8f2"


def iris_colour(look: Look) -> str:
    """Dark brown, or a grey-blue for fair skin with fair hair."""
    return "#5b7087" if luma(look.skin) > 205 and luma(look.hair) > 120 else "#3b2a20"


def face(h: Head, look: Look, mood: str, blink: bool) -> list[str]:
    """The features of `mood` in order, back to front, eyes shut when `blink`."""
    e = EXPRESSIONS[mood]
    parts = _cheeks(h, look, e) + _age_lines(h, look)
    for side in (-1, 1):
        parts += _eye(h, look, e, side, blink)
        parts += _brow(h, look, e, side)
    if e.creases:
        for side in (-1, 1):
            x = h.cx + side * 5 * h.scale
            parts.append(
                line([(x, h.eye_y - 21), (x - side, h.eye_y - 12)], shade(look.skin, 0.3), 2)
            )
    parts.append(_nose(h, look, e))
    return parts


def _cheeks(h: Head, look: Look, e: Expression) -> list[str]:
    parts = []
    if e.flush:  # angry colour in the cheeks and across the brow, never the whole face
        red = mix(look.skin, "#d0302a", 0.75)
        for side in (-1, 1):
            parts.append(
                ellipse(h.cx + side * 34 * h.scale, h.cy + 30, 19, 12, red, opacity=e.flush)
            )
        parts.append(ellipse(h.cx, h.cy - 30, 30 * h.scale, 9, red, opacity=e.flush * 0.6))
    if e.blush:
        pink = mix(look.skin, "#e0607a", 0.7)
        for side in (-1, 1):
            parts.append(
                ellipse(h.cx + side * 36 * h.scale, h.cy + 28, 15, 9, pink, opacity=e.blush)
            )
    return parts


def _age_lines(h: Head, look: Look) -> list[str]:
    if look.age not in ("middle-aged", "senior"):
        return []
    ink = shade(look.skin, 0.22)
    parts = []
    for side in (-1, 1):  # from the nose to the mouth's corners
        x = h.cx + side * 20 * h.scale
        parts.append(
            curve(
                (x, h.cy + 28),
                (x + side * 7, h.cy + 40),
                (x + side * 5, h.cy + 52),
                ink,
                1.6,
                opacity=0.7,
            )
        )
    if look.age == "senior":
        for i, y in enumerate((h.cy - 36, h.cy - 29)):  # the forehead
            w = (26 - i * 6) * h.scale
            parts.append(
                curve((h.cx - w, y + 2), (h.cx, y - 3), (h.cx + w, y + 2), ink, 1.5, opacity=0.6)
            )
        for side in (-1, 1):  # under the eyes and at their corners
            x = h.eye_x(side)
            parts.append(
                curve(
                    (x - 9, h.eye_y + 11),
                    (x, h.eye_y + 15),
                    (x + 9, h.eye_y + 11),
                    ink,
                    1.3,
                    opacity=0.6,
                )
            )
            cx = x + side * 17
            parts.append(
                line([(cx, h.eye_y - 2), (cx + side * 5, h.eye_y - 4)], ink, 1.2, opacity=0.6)
            )
            parts.append(
                line([(cx, h.eye_y + 2), (cx + side * 5, h.eye_y + 4)], ink, 1.2, opacity=0.6)
            )
    return parts


def _eye(h: Head, look: Look, e: Expression, side: int, blink: bool) -> list[str]:
    x, y = h.eye_x(side), h.eye_y
    w = 11.5 * h.scale
    if blink:
        return [curve((x - w, y + 1), (x, y + 7), (x + w, y + 1), INK, 2.6)]
    up, down = 9.0 * e.upper, 7.0 * e.lower
    if e.mouth == "grin":  # smiling eyes: the lower lid pushed up into a crescent
        return [
            path(f"M{n(x - w)},{n(y + 2)} Q{n(x)},{n(y - 2 * up)} {n(x + w)},{n(y + 2)} "
                 f"Q{n(x)},{n(y - 4)} {n(x - w)},{n(y + 2)} Z", INK),
        ]  # fmt: skip
    shape = f"M{n(x - w)},{n(y)} Q{n(x)},{n(y - 2 * up)} {n(x + w)},{n(y)} Q{n(x)},{n(y + 2 * down)} {n(x - w)},{n(y)} Z"
    ix, iy = x + e.look_x * 4.5 * h.scale, y + e.look_y * 3.5
    box = f"M{n(x - w - 3)},{n(y - 13)} H{n(x + w + 3)} V{n(y + 12)} H{n(x - w - 3)} Z "
    return [
        path(shape, "#fbf8f3"),
        circle(ix, iy, 6.3 * h.scale, iris_colour(look)),
        circle(ix, iy, 3.0 * h.scale, "#120c0a"),
        circle(ix + 2, iy - 2.2, 1.6 * h.scale, "#ffffff"),
        path(box + shape, look.skin, fill_rule="evenodd"),  # the lids hide what the iris overhangs
        path(f"M{n(x - w)},{n(y)} Q{n(x)},{n(y - 2 * up)} {n(x + w)},{n(y)}", stroke=INK,
             stroke_width="2.6", stroke_linecap="round"),
        path(f"M{n(x - w)},{n(y)} Q{n(x)},{n(y + 2 * down)} {n(x + w)},{n(y)}",
             stroke=shade(look.skin, 0.35), stroke_width="1.8", stroke_linecap="round"),
    ]  # fmt: skip


def _brow(h: Head, look: Look, e: Expression, side: int) -> list[str]:
    x, y = h.eye_x(side), h.eye_y - 21
    lift = e.brow_lift[0 if side < 0 else 1]
    inner = (x - side * 12 * h.scale, y + e.brow_inner + lift * 0.7)
    outer = (x + side * 13 * h.scale, y + e.brow_outer + lift)
    middle = ((inner[0] + outer[0]) / 2, min(inner[1], outer[1]) - 4)
    colour = shade(look.hair, 0.25) if luma(look.hair) < 200 else mix(look.hair, "#6b6560", 0.45)
    width = 5.5 if look.age != "senior" else 4.5
    return [curve(inner, middle, outer, colour, width + (1 if e.flush else 0))]


def _nose(h: Head, look: Look, e: Expression) -> str:
    x, y = h.cx, h.cy + 30
    wide = 1.25 if e.flush else 1.0
    return path(
        f"M{n(x - 8 * wide)},{n(y)} Q{n(x)},{n(y + 6)} {n(x + 8 * wide)},{n(y)}",
        stroke=shade(look.skin, 0.38), stroke_width="2.4", stroke_linecap="round",
    )  # fmt: skip


def mouth(h: Head, look: Look, mood: str) -> list[str]:
    """The mouth of `mood`: drawn over any beard, so the words' feeling always shows."""
    e = EXPRESSIONS[mood]
    x, y = h.cx, h.mouth_y
    half = 19 * e.width * h.scale
    lips = mix(look.skin, LIPS, 0.45)
    dark = "#5a1f26"
    if e.mouth == "shout":  # teeth bared in an arch, corners pulled down: nothing like a smile
        return _grimace(x, y, half, lips)
    if e.mouth == "grin":
        d = (f"M{n(x - half)},{n(y - 3)} Q{n(x)},{n(y + 3)} {n(x + half)},{n(y - 3)} "
             f"Q{n(x + half * 0.8)},{n(y + 24)} {n(x)},{n(y + 25)} Q{n(x - half * 0.8)},{n(y + 24)} {n(x - half)},{n(y - 3)} Z")  # fmt: skip
        teeth = path(f"M{n(x - half * 0.88)},{n(y - 1.5)} Q{n(x)},{n(y + 4)} {n(x + half * 0.88)},{n(y - 1.5)} L{n(x + half * 0.75)},{n(y + 5)} Q{n(x)},{n(y + 9)} {n(x - half * 0.75)},{n(y + 5)} Z", TEETH)  # fmt: skip
        tongue = ellipse(x, y + 19, half * 0.45, 5, "#d0606a")
        return [
            path(d, dark, stroke=shade(lips, 0.15), stroke_width="3", stroke_linejoin="round"),
            tongue,
            teeth,
        ]
    left = (x - half, y - e.bend * 0.3)
    right = (x + half, y - e.bend * 0.3 + e.tilt)
    control = (x + half * 0.25 * (1 if e.tilt else 0), y + e.bend * 0.9)
    parts = []
    if e.mouth == "frown":  # the lower lip pushed out: a pout under a downturned mouth
        parts.append(
            curve((x - half * 0.55, y + 7), (x, y + 12), (x + half * 0.55, y + 7), lips, 4)
        )
    if e.mouth == "smile":
        parts.append(
            curve((x - half * 0.6, y + 6), (x, y + 13), (x + half * 0.6, y + 6), lips, 3.5)
        )
    parts.append(curve(left, control, right, mix(INK, lips, 0.3), 3.4))
    if e.tilt < -3:  # the smirk's dimple
        parts.append(
            curve(
                (right[0] + 2, right[1] - 3),
                (right[0] + 5, right[1]),
                (right[0] + 3, right[1] + 3),
                mix(INK, lips, 0.4),
                2,
            )
        )
    return parts


def _grimace(x: float, y: float, half: float, lips: str) -> list[str]:
    """Clenched teeth behind lips drawn back into an arch."""
    top, bottom, corner = y - 9, y + 5, y + 10
    d = (f"M{n(x - half)},{n(corner)} Q{n(x)},{n(2 * top - corner)} {n(x + half)},{n(corner)} "
         f"Q{n(x)},{n(2 * bottom - corner + 8)} {n(x - half)},{n(corner)} Z")  # fmt: skip
    seam = (
        f"M{n(x - half + 3)},{n(corner - 1)} Q{n(x)},{n(y - 6)} {n(x + half - 3)},{n(corner - 1)}"
    )
    parts = [path(d, TEETH, stroke=shade(lips, 0.35), stroke_width="2.4", stroke_linejoin="round")]
    parts.append(path(seam, stroke="#7d6a66", stroke_width="1.6"))
    for k in (-2, -1, 0, 1, 2):
        tx = x + k * half * 0.3
        parts.append(line([(tx, y - 4 + abs(k) * 2.2), (tx, y + 7 + abs(k) * 1.2)], "#b9aca6", 1.2))
    return parts
