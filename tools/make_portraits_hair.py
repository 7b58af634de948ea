"""Hair (behind and in front of the face), facial hair, glasses and accessories."""

from __future__ import annotations

from game.model.scenario import Look
from tools.make_portraits_body import TOP
from tools.make_portraits_kit import Head, circle, curve, ellipse, line, luma, n, path, shade


def hair_back(h: Head, look: Look) -> list[str]:
    """What hangs behind the head: long hair, a bob's sides, braids, an afro, a ponytail."""
    c, cx, cy, rx, ry = look.hair, h.cx, h.cy, h.rx, h.ry
    style = look.hair_style
    if style == "afro":
        return [ellipse(cx, cy - 20, rx + 28, ry + 8, c)]
    if style == "long":
        d = (f"M{n(cx - rx - 14)},{n(cy - 20)} Q{n(cx - rx - 26)},{n(cy + 120)} {n(cx - rx - 40)},{n(TOP + 40)} "
             f"L{n(cx + rx + 40)},{n(TOP + 40)} Q{n(cx + rx + 26)},{n(cy + 120)} {n(cx + rx + 14)},{n(cy - 20)} Z")  # fmt: skip
        return [path(d, c), ellipse(cx, cy - 30, rx + 16, ry - 6, c)]
    if style == "bob":
        d = (f"M{n(cx - rx - 16)},{n(cy - 24)} Q{n(cx - rx - 22)},{n(cy + 52)} {n(cx - rx - 4)},{n(cy + 70)} "
             f"Q{n(cx)},{n(cy + 84)} {n(cx + rx + 4)},{n(cy + 70)} Q{n(cx + rx + 22)},{n(cy + 52)} {n(cx + rx + 16)},{n(cy - 24)} Z")  # fmt: skip
        return [path(d, c), ellipse(cx, cy - 28, rx + 16, ry - 4, c)]
    if style == "braids":
        parts = [ellipse(cx, cy - 28, rx + 12, ry - 6, c)]
        for side in (-1, 1):
            for k in range(2):
                x = cx + side * (rx + 4 + k * 12)
                parts += [
                    ellipse(x, cy + 10 + i * 26, 8, 14, shade(c, 0.1 * (i % 2))) for i in range(7)
                ]
        return parts
    if style == "ponytail":
        d = (f"M{n(cx + rx - 16)},{n(cy - 62)} C{n(cx + rx + 40)},{n(cy - 64)} {n(cx + rx + 40)},{n(cy + 20)} "
             f"{n(cx + rx + 30)},{n(cy + 96)} Q{n(cx + rx + 18)},{n(cy + 112)} {n(cx + rx + 8)},{n(cy + 92)} "
             f"C{n(cx + rx + 12)},{n(cy + 30)} {n(cx + rx)},{n(cy - 10)} {n(cx + rx - 22)},{n(cy - 30)} Z")  # fmt: skip
        return [path(d, c)]
    if style == "bun":
        return [
            circle(cx, cy - ry - 16, 28, c),
            ellipse(cx - 6, cy - ry - 22, 10, 6, shade(c, -0.15), opacity="0.5"),
        ]
    return []


def hair_front(h: Head, look: Look) -> list[str]:
    """The hair over the top of the head and the forehead, for each style."""
    c, cx, cy, rx, ry = look.hair, h.cx, h.cy, h.rx, h.ry
    style = look.hair_style
    hi = shade(c, -0.18) if luma(c) < 150 else shade(c, 0.12)
    if style == "bald":
        return [ellipse(cx - 18, cy - ry + 22, 20, 9, "#ffffff", opacity="0.18")]
    if style == "balding":
        parts = [ellipse(cx - 18, cy - ry + 22, 20, 9, "#ffffff", opacity="0.18")]
        for side in (-1, 1):
            d = (f"M{n(cx + side * (rx + 4))},{n(cy + 6)} Q{n(cx + side * (rx + 10))},{n(cy - 40)} {n(cx + side * (rx - 16))},{n(cy - 62)} "
                 f"Q{n(cx + side * (rx - 6))},{n(cy - 30)} {n(cx + side * (rx - 4))},{n(cy + 2)} Z")  # fmt: skip
            parts.append(path(d, c))
        return parts
    cap = _cap(h, 0.5 if style not in ("bun", "ponytail", "braids") else 0.62)
    if style == "buzz":
        return [path(cap, c, opacity="0.72")]
    parts = [path(cap, c)]
    if style == "curly" or style == "afro":
        for i in range(9):
            t = i / 8
            x = cx - rx * 0.95 + 2 * rx * 0.95 * t
            y = cy - ry * 0.62 - 26 * (1 - (2 * t - 1) ** 2) + (8 if style == "afro" else 0)
            parts.append(
                circle(
                    x, y, 15 if style == "curly" else 13, c, stroke=shade(c, 0.12), stroke_width="2"
                )
            )
        parts += [
            circle(cx - rx * 0.5 + 22 * i, cy - ry * 0.55, 6, hi, opacity="0.35") for i in range(4)
        ]
        return parts
    if style in ("bob", "long"):  # a side part with a sweep across the forehead
        sweep = f"M{n(cx - 14)},{n(cy - ry + 4)} Q{n(cx - rx * 0.7)},{n(cy - ry * 0.55)} {n(cx - rx - 2)},{n(cy - 6)} L{n(cx - rx + 10)},{n(cy - ry * 0.5)} Z"
        parts.append(path(sweep, c))
    parts.append(
        curve(
            (cx - rx * 0.4, cy - ry * 0.8),
            (cx - 4, cy - ry * 0.98),
            (cx + rx * 0.45, cy - ry * 0.78),
            hi,
            3,
            opacity="0.5",
        )
    )
    return parts


def _cap(h: Head, hairline: float) -> str:
    """Hair over the crown down to a hairline `hairline` of the way from the top to the eyes."""
    cx, cy, rx, ry = h.cx, h.cy, h.rx, h.ry
    low = cy - ry * hairline
    return (
        f"M{n(cx - rx - 5)},{n(cy - 4)} C{n(cx - rx - 8)},{n(cy - ry - 34)} {n(cx + rx + 8)},{n(cy - ry - 34)} "
        f"{n(cx + rx + 5)},{n(cy - 4)} L{n(cx + rx - 3)},{n(cy - 14)} "
        f"Q{n(cx + rx - 8)},{n(low - 6)} {n(cx + 12)},{n(low)} Q{n(cx - 20)},{n(low - 2)} {n(cx - rx * 0.6)},{n(low + 6)} "
        f"Q{n(cx - rx + 4)},{n(low + 14)} {n(cx - rx + 3)},{n(cy - 14)} Z"
    )


def facial_hair(h: Head, look: Look) -> list[str]:
    """Stubble, a mustache, a goatee or a full beard, under the mouth."""
    kind, c, cx, cy, rx, ry = look.facial_hair, look.hair, h.cx, h.cy, h.rx, h.ry
    y = h.mouth_y
    tache = f"M{n(cx - 24)},{n(y - 4)} Q{n(cx - 18)},{n(y - 18)} {n(cx)},{n(y - 14)} Q{n(cx + 18)},{n(y - 18)} {n(cx + 24)},{n(y - 4)} Q{n(cx)},{n(y - 9)} {n(cx - 24)},{n(y - 4)} Z"
    if kind == "stubble":
        d = (f"M{n(cx - rx + 6)},{n(cy + 30)} Q{n(cx - rx + 10)},{n(cy + ry * 0.85)} {n(cx)},{n(cy + ry)} "
             f"Q{n(cx + rx - 10)},{n(cy + ry * 0.85)} {n(cx + rx - 6)},{n(cy + 30)} Q{n(cx)},{n(cy + 96)} {n(cx - rx + 6)},{n(cy + 30)} Z")  # fmt: skip
        return [path(d, c, opacity="0.16"), path(tache, c, opacity="0.2")]
    if kind == "mustache":
        return [path(tache, c)]
    if kind == "goatee":
        chin = f"M{n(cx - 16)},{n(y + 10)} Q{n(cx)},{n(y + 6)} {n(cx + 16)},{n(y + 10)} Q{n(cx + 14)},{n(cy + ry + 6)} {n(cx)},{n(cy + ry + 8)} Q{n(cx - 14)},{n(cy + ry + 6)} {n(cx - 16)},{n(y + 10)} Z"
        return [path(chin, c), path(tache, c)]
    if kind == "beard":
        d = (f"M{n(cx - rx + 1)},{n(cy + 4)} Q{n(cx - rx + 2)},{n(cy + ry + 10)} {n(cx)},{n(cy + ry + 16)} "
             f"Q{n(cx + rx - 2)},{n(cy + ry + 10)} {n(cx + rx - 1)},{n(cy + 4)} L{n(cx + rx - 12)},{n(cy + 14)} "
             f"Q{n(cx + 30)},{n(y - 2)} {n(cx)},{n(y + 12)} Q{n(cx - 30)},{n(y - 2)} {n(cx - rx + 12)},{n(cy + 14)} Z")  # fmt: skip
        return [path(d, c), path(tache, c)]
    return []


def glasses(h: Head, look: Look) -> list[str]:
    """Frames over the eyes, drawn after them so they sit in front."""
    if look.glasses == "none":
        return []
    frame = "#2b2624" if luma(look.skin) > 90 else "#c9a24a"
    parts = []
    for side in (-1, 1):
        x, y = h.eye_x(side), h.eye_y + 1
        if look.glasses == "round":
            parts.append(circle(x, y, 17, "#ffffff", opacity="0.12"))
            parts.append(circle(x, y, 17, "none", stroke=frame, stroke_width="3"))
        else:
            d = f"M{n(x - 19)},{n(y - 12)} h38 v22 q0,4 -4,4 h-30 q-4,0 -4,-4 Z"
            parts.append(path(d, "#ffffff", opacity="0.12"))
            parts.append(path(d, "none", stroke=frame, stroke_width="3.2", stroke_linejoin="round"))
        parts.append(line([(x + side * 18, y - 3), (h.cx + side * (h.rx + 1), y - 6)], frame, 3))
    parts.append(
        curve((h.cx - 9, h.eye_y - 2), (h.cx, h.eye_y - 7), (h.cx + 9, h.eye_y - 2), frame, 3)
    )
    return parts


def accessory_back(h: Head, look: Look) -> list[str]:
    """Accessories drawn before the face: a lanyard, a necklace (on the chest)."""
    if look.accessory == "lanyard":
        strap = "#2f6fb0" if luma(look.shirt) > 90 else "#d8d2c4"
        return [
            line([(h.cx - h.neck, TOP - 10), (h.cx - 6, TOP + 80)], strap, 5),
            line([(h.cx + h.neck, TOP - 10), (h.cx + 6, TOP + 80)], strap, 5),
            path(
                f"M{n(h.cx - 20)},{n(TOP + 80)} h40 v52 h-40 Z",
                "#f7f7f2",
                stroke="#8a8f96",
                stroke_width="1.5",
            ),
            path(f"M{n(h.cx - 13)},{n(TOP + 88)} h16 v18 h-16 Z", "#9fb3c8"),
            line([(h.cx - 13, TOP + 116), (h.cx + 12, TOP + 116)], "#8a8f96", 2.5),
        ]
    if look.accessory == "necklace":
        return [curve((h.cx - h.neck - 4, TOP - 6), (h.cx, TOP + 40), (h.cx + h.neck + 4, TOP - 6), "#e8d8a8", 3.5),
                circle(h.cx, TOP + 17, 5, "#e8d8a8")]  # fmt: skip
    return []


def accessory_front(h: Head, look: Look) -> list[str]:
    """Accessories drawn over the head: earrings, a headset, a cap."""
    kind = look.accessory
    if kind == "earrings":
        return [circle(h.cx + s * (h.rx + 1), h.cy + 24, 4.5, "#e0b84a") for s in (-1, 1)]
    if kind == "headset":
        band = "#30343a"
        return [
            path(f"M{n(h.cx - h.rx - 8)},{n(h.cy + 2)} Q{n(h.cx)},{n(h.cy - h.ry * 2.3)} {n(h.cx + h.rx + 8)},{n(h.cy + 2)}",
                 stroke=band, stroke_width="7", stroke_linecap="round"),
            ellipse(h.cx - h.rx - 6, h.cy + 6, 11, 17, band),
            ellipse(h.cx + h.rx + 6, h.cy + 6, 11, 17, band),
            curve((h.cx - h.rx - 4, h.cy + 18), (h.cx - h.rx + 2, h.mouth_y + 4), (h.cx - 30, h.mouth_y + 2), band, 4),
            circle(h.cx - 29, h.mouth_y + 2, 5, band),
        ]  # fmt: skip
    if kind == "cap":
        colour = shade(look.shirt, 0.15) if luma(look.shirt) > 60 else "#8c2f2f"
        cx, top = h.cx, h.cy - h.ry
        crown = f"M{n(cx - h.rx - 6)},{n(h.cy - 26)} C{n(cx - h.rx - 6)},{n(top - 26)} {n(cx + h.rx + 6)},{n(top - 26)} {n(cx + h.rx + 6)},{n(h.cy - 26)} Z"
        brim = f"M{n(cx - h.rx - 4)},{n(h.cy - 30)} Q{n(cx)},{n(h.cy - 48)} {n(cx + h.rx + 26)},{n(h.cy - 24)} Q{n(cx)},{n(h.cy - 20)} {n(cx - h.rx - 4)},{n(h.cy - 30)} Z"
        return [path(crown, colour), path(brim, shade(colour, 0.2))]
    return []


def ears(h: Head, look: Look) -> list[str]:
    """The ears, behind the face's edge."""
    inner = shade(look.skin, 0.18)
    parts = []
    for side in (-1, 1):
        x = h.cx + side * (h.rx - 2)
        parts += [
            ellipse(x, h.cy + 8, 12, 19, look.skin),
            ellipse(x + side * 2, h.cy + 8, 6, 11, inner),
        ]
    return parts
