"""Neck, shoulders and clothing of a portrait: one small drawing per `clothing` word.

The torso is a polygon computed here, so patterns (a flannel's checks) can be
cut to its edge without clip paths, which NanoSVG does not draw.
"""

from __future__ import annotations

from collections.abc import Callable

from game.model.scenario import Look
from tools.make_portraits_kit import (
    HEIGHT,
    Head,
    Point,
    circle,
    curve,
    ellipse,
    line,
    luma,
    mix,
    n,
    path,
    shade,
    span_at_y,
    top_at_x,
)

TOP = 340.0  # where the shoulders' line meets the neck


def torso(h: Head) -> list[Point]:
    """The torso's outline: shoulders sloping from the neck and rounding into the arms."""
    cx, w, neck = h.cx, h.shoulders, h.neck + 10
    points: list[Point] = []
    for i in range(13):  # the right shoulder, neck to arm, as a quarter ellipse
        t = i / 12
        points.append((cx + neck + (w - neck) * (1 - (1 - t) ** 2.2), TOP - 6 + 58 * t**2.4))
    points += [(cx + w + 4, HEIGHT + 2), (cx - w - 4, HEIGHT + 2)]
    points += [(2 * cx - x, y) for x, y in reversed(points[:13])]
    return points


def _poly(points: list[Point]) -> str:
    return "M" + " L".join(f"{n(x)},{n(y)}" for x, y in points) + " Z"


def neck(h: Head, look: Look) -> list[str]:
    """The neck and the shadow the chin casts on it."""
    x, w = h.cx, h.neck
    top, bottom = h.cy + h.ry * 0.55, TOP + 30
    skin = look.skin
    d = f"M{n(x - w)},{n(top)} L{n(x - w - 2)},{n(bottom)} L{n(x + w + 2)},{n(bottom)} L{n(x + w)},{n(top)} Z"
    shadow = f"M{n(x - w)},{n(h.cy + h.ry * 0.7)} Q{n(x)},{n(h.cy + h.ry + 22)} {n(x + w)},{n(h.cy + h.ry * 0.7)} Z"
    return [path(d, skin), path(shadow, shade(skin, 0.14))]


def clothing(h: Head, look: Look) -> list[str]:
    """The torso in `look.shirt`, then what makes the garment that garment."""
    cloth = look.shirt
    parts = [path(_poly(torso(h)), cloth)]
    for side in (-1, 1):  # a fold where the arm meets the chest
        x = h.cx + side * (h.shoulders - 30)
        parts.append(
            curve(
                (x, HEIGHT - 60),
                (x - side * 6, HEIGHT - 25),
                (x - side * 4, HEIGHT),
                shade(cloth, 0.18),
                3,
            )
        )
    return parts + _GARMENTS.get(look.clothing, _tee)(h, look)


def _collar_v(h: Head, depth: float, spread: float, rise: float = 0) -> str:
    """The opening at the neck; in skin, its top `rise`s inside the neck so no seam shows."""
    x, w = h.cx, h.neck
    return (
        f"M{n(x - w - spread)},{n(TOP - 6)} L{n(x - w + 1)},{n(TOP - 6 - rise)} L{n(x + w - 1)},{n(TOP - 6 - rise)} "
        f"L{n(x + w + spread)},{n(TOP - 6)} L{n(x)},{n(TOP + depth)} Z"
    )


def _crew(h: Head, look: Look, band: float = 5) -> list[str]:
    x, w = h.cx, h.neck + 9
    ring = f"M{n(x - w)},{n(TOP - 7)} Q{n(x)},{n(TOP + 18)} {n(x + w)},{n(TOP - 7)}"
    return [
        path(ring, stroke=shade(look.shirt, 0.22), stroke_width=n(band), stroke_linecap="round")
    ]


def _tee(h: Head, look: Look) -> list[str]:
    return _crew(h, look)


def _sweater(h: Head, look: Look) -> list[str]:
    ribs = [curve((h.cx + dx, HEIGHT - 14), (h.cx + dx + 1, HEIGHT - 7), (h.cx + dx, HEIGHT), shade(look.shirt, 0.2), 2)
            for dx in range(-int(h.shoulders) + 20, int(h.shoulders) - 10, 14)]  # fmt: skip
    return _crew(h, look, 10) + ribs


def _shirt_collar(h: Head, colour: str, spread: float = 14) -> list[str]:
    x, w = h.cx, h.neck
    parts = []
    for side in (-1, 1):
        d = (f"M{n(x + side * (w + 2))},{n(TOP - 24)} L{n(x + side * (w + spread + 8))},{n(TOP + 4)} "
             f"L{n(x + side * 4)},{n(TOP + 20)} L{n(x)},{n(TOP + 8)} Z")  # fmt: skip
        parts.append(
            path(d, colour, stroke=shade(colour, 0.25), stroke_width="1.5", stroke_linejoin="round")
        )
    return parts


def _buttons(h: Head, colour: str, start: float, count: int, gap: float = 26) -> list[str]:
    return [circle(h.cx, start + i * gap, 3.2, colour) for i in range(count)]


def _shirt(h: Head, look: Look) -> list[str]:
    placket = line([(h.cx, TOP + 14), (h.cx, HEIGHT)], shade(look.shirt, 0.2), 2)
    return (
        [path(_collar_v(h, 22, 2, 12), look.skin), placket]
        + _shirt_collar(h, look.shirt)
        + _buttons(h, shade(look.shirt, 0.35), TOP + 36, 4)
    )


def _flannel(h: Head, look: Look) -> list[str]:
    outline = torso(h)
    dark = shade(look.shirt, 0.35)
    parts = []
    for y in range(int(TOP) + 8, HEIGHT, 26):
        xs = span_at_y(outline, y + 5)
        parts.append(
            f'<rect x="{n(xs[0])}" y="{y}" width="{n(xs[1] - xs[0])}" height="10" fill="{dark}" opacity="0.45"/>'
        )
    for x in range(int(h.cx - h.shoulders), int(h.cx + h.shoulders), 26):
        top = top_at_x(outline, x + 5)
        parts.append(
            f'<rect x="{x}" y="{n(top)}" width="10" height="{n(HEIGHT - top)}" fill="{dark}" opacity="0.35"/>'
        )
    return parts + _shirt(h, look)


def _polo(h: Head, look: Look) -> list[str]:
    placket = path(
        f"M{n(h.cx - 6)},{n(TOP + 2)} V{n(TOP + 46)} H{n(h.cx + 6)} V{n(TOP + 2)} Z",
        shade(look.shirt, 0.12),
    )
    return (
        [path(_collar_v(h, 12, 0, 12), look.skin), placket]
        + _shirt_collar(h, look.shirt, 10)
        + _buttons(h, mix(look.shirt, "#ffffff", 0.6), TOP + 18, 2, 18)
    )


def _cardigan(h: Head, look: Look) -> list[str]:
    under = "#f2ead8" if luma(look.shirt) < 170 else "#4a4a52"
    x, w = h.cx, h.neck + 10
    vee = f"M{n(x - w)},{n(TOP - 8)} L{n(x - 4)},{n(HEIGHT)} L{n(x + 4)},{n(HEIGHT)} L{n(x + w)},{n(TOP - 8)} Z"
    edge = shade(look.shirt, 0.25)
    return [
        path(vee, under),
        *_crew(h, Look(shirt=under), 4),
        line([(x - w, TOP - 6), (x - 5, HEIGHT)], edge, 5),
        line([(x + w, TOP - 6), (x + 5, HEIGHT)], edge, 5),
        *[
            circle(x - 14 + i * 2.4, TOP + 62 + i * 30, 3.6, shade(look.shirt, 0.45))
            for i in range(3)
        ],
    ]


def _hoodie(h: Head, look: Look) -> list[str]:
    x, w = h.cx, h.neck + 16
    hood = f"M{n(x - w - 14)},{n(TOP - 4)} Q{n(x)},{n(TOP + 52)} {n(x + w + 14)},{n(TOP - 4)} Q{n(x)},{n(TOP + 20)} {n(x - w - 14)},{n(TOP - 4)} Z"
    string = mix(look.shirt, "#ffffff", 0.7)
    return [
        path(hood, shade(look.shirt, 0.2)),
        line([(x - 10, TOP + 22), (x - 12, TOP + 72)], string, 3),
        line([(x + 10, TOP + 22), (x + 12, TOP + 72)], string, 3),
    ]


def _blazer(h: Head, look: Look) -> list[str]:
    x, w = h.cx, h.neck
    shirt = "#f4f1ea" if luma(look.shirt) < 180 else "#2f3640"
    vee = f"M{n(x - w - 6)},{n(TOP - 10)} L{n(x)},{n(TOP + 70)} L{n(x + w + 6)},{n(TOP - 10)} Z"
    parts = [path(vee, shirt), *_shirt_collar(h, shirt, 4)]
    lapel = shade(look.shirt, 0.18)
    for side in (-1, 1):
        d = (f"M{n(x + side * (w + 6))},{n(TOP - 10)} L{n(x + side * (w + 26))},{n(TOP + 20)} "
             f"L{n(x + side * (w + 14))},{n(TOP + 30)} L{n(x + side * 2)},{n(TOP + 82)} L{n(x + side * 2)},{n(TOP + 70)} Z")  # fmt: skip
        parts.append(
            path(
                d,
                lapel,
                stroke=shade(look.shirt, 0.35),
                stroke_width="1.5",
                stroke_linejoin="round",
            )
        )
    return parts + [circle(x + 8, TOP + 96, 4, shade(look.shirt, 0.4))]


def _raincoat(h: Head, look: Look) -> list[str]:
    x, w = h.cx, h.neck
    edge = shade(look.shirt, 0.3)
    parts = [path(_collar_v(h, 40, 4), shade(look.skin, 0.1))]
    for side in (-1, 1):  # a trench coat's wide collar, turned up against the rain
        d = (f"M{n(x + side * (w - 2))},{n(TOP - 34)} L{n(x + side * (w + 50))},{n(TOP + 8)} "
             f"L{n(x + side * (w + 22))},{n(TOP + 44)} L{n(x + side * 4)},{n(TOP + 74)} L{n(x + side * 2)},{n(TOP - 4)} Z")  # fmt: skip
        parts.append(
            path(
                d, shade(look.shirt, 0.12), stroke=edge, stroke_width="2.5", stroke_linejoin="round"
            )
        )
        parts.append(curve((x + side * (h.shoulders - 50), TOP + 16), (x + side * (h.shoulders - 28), TOP + 40),
                           (x + side * (h.shoulders - 24), TOP + 96), "#ffffff", 6, opacity="0.3"))  # fmt: skip
        parts += [circle(x + side * 24, TOP + 92 + i * 34, 4.5, edge) for i in range(2)]
    drops = [
        _drop(x + dx, TOP + dy)
        for dx, dy in ((-96, 34), (-62, 80), (74, 44), (108, 92), (40, 118), (-30, 126))
    ]
    return parts + drops


def _drop(x: float, y: float) -> str:
    """A raindrop on a wet coat."""
    d = f"M{n(x)},{n(y - 7)} Q{n(x + 4)},{n(y)} {n(x)},{n(y + 3)} Q{n(x - 4)},{n(y)} {n(x)},{n(y - 7)} Z"
    return path(d, "#e6f2ff", opacity="0.75")


def _scrubs(h: Head, look: Look) -> list[str]:
    edge = shade(look.shirt, 0.22)
    pocket = path(
        f"M{n(h.cx - 78)},{n(TOP + 48)} h34 v34 h-34 Z", "none", stroke=edge, stroke_width="2.5"
    )
    pen = line([(h.cx - 70, TOP + 40), (h.cx - 70, TOP + 56)], "#30363d", 3)
    return [
        path(_collar_v(h, 44, 2, 12), look.skin),
        line(
            [(h.cx - h.neck - 2, TOP - 6), (h.cx, TOP + 44), (h.cx + h.neck + 2, TOP - 6)], edge, 5
        ),
        pocket,
        pen,
    ]


def _uniform(h: Head, look: Look) -> list[str]:
    parts = _shirt(h, look)
    strap = shade(look.shirt, 0.3)
    for side in (-1, 1):  # epaulettes and a pocket with its flap
        x = h.cx + side * (h.shoulders - 48)
        parts.append(line([(x - side * 26, TOP + 4), (x + side * 14, TOP + 20)], strap, 8))
        px = h.cx + side * 52
        parts.append(
            path(
                f"M{n(px - 20)},{n(TOP + 60)} h40 v40 h-40 Z",
                "none",
                stroke=strap,
                stroke_width="2",
            )
        )
        parts.append(path(f"M{n(px - 21)},{n(TOP + 58)} h42 v12 h-42 Z", shade(look.shirt, 0.15)))
    parts.append(ellipse(h.cx - 52, TOP + 44, 12, 8, "#d9b13b"))  # a badge
    return parts


def _jacket(h: Head, look: Look) -> list[str]:
    x = h.cx
    under = mix(look.shirt, "#f0ece4", 0.75)
    stand = f"M{n(x - h.neck - 10)},{n(TOP - 22)} L{n(x - h.neck - 14)},{n(TOP + 4)} Q{n(x)},{n(TOP + 26)} {n(x + h.neck + 14)},{n(TOP + 4)} L{n(x + h.neck + 10)},{n(TOP - 22)} Q{n(x)},{n(TOP - 2)} {n(x - h.neck - 10)},{n(TOP - 22)} Z"
    return [
        path(_collar_v(h, 34, 0), under),
        path(stand, shade(look.shirt, 0.15), stroke=shade(look.shirt, 0.3), stroke_width="2"),
        line([(x + 3, TOP + 16), (x + 3, HEIGHT)], "#b9b4a8", 3.5),
        path(f"M{n(x + 60)},{n(TOP + 70)} h46 v8 h-46 Z", shade(look.shirt, 0.25)),
    ]


def _apron(h: Head, look: Look) -> list[str]:
    tee = "#3b3f46" if luma(look.shirt) > 110 else "#e9e4da"
    x = h.cx
    bib = f"M{n(x - 58)},{n(TOP + 48)} L{n(x + 58)},{n(TOP + 48)} L{n(x + 66)},{n(HEIGHT)} L{n(x - 66)},{n(HEIGHT)} Z"
    parts = [path(_poly(torso(h)), tee), *_crew(h, Look(shirt=tee)), path(bib, look.shirt)]
    for side in (-1, 1):
        parts.append(
            line([(x + side * 52, TOP + 50), (x + side * (h.neck + 4), TOP - 8)], look.shirt, 8)
        )
    parts.append(path(f"M{n(x - 26)},{n(TOP + 86)} h52 v30 h-52 Z", shade(look.shirt, 0.12)))
    return parts


_GARMENTS: dict[str, Callable[[Head, Look], list[str]]] = {
    "tee": _tee,
    "shirt": _shirt,
    "polo": _polo,
    "sweater": _sweater,
    "cardigan": _cardigan,
    "hoodie": _hoodie,
    "blazer": _blazer,
    "raincoat": _raincoat,
    "scrubs": _scrubs,
    "uniform": _uniform,
    "jacket": _jacket,
    "flannel": _flannel,
    "apron": _apron,
}
