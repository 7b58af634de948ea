"""Shared pieces for drawing portraits as SVG: colours, the head's geometry, small shapes.

Everything here writes plain SVG that NanoSVG (what SDL_image and so
pygame.image.load_sized_svg use) draws: paths, circles, ellipses, fills,
strokes and opacity; no clip paths, masks, filters, patterns or text.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.model.scenario import Look

WIDTH, HEIGHT = 400, 480  # every portrait's viewBox: a bust, head and shoulders
INK = "#2d201c"
Point = tuple[float, float]


def rgb(colour: str) -> tuple[int, int, int]:
    """'#rrggbb' as three ints."""
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def mix(a: str, b: str, t: float) -> str:
    """The colour `t` of the way from `a` to `b`."""
    pa, pb = rgb(a), rgb(b)
    return "#" + "".join(f"{round(x + (y - x) * t):02x}" for x, y in zip(pa, pb, strict=True))


def shade(colour: str, t: float) -> str:
    """Darker by `t` (0..1); a negative `t` lightens."""
    return mix(colour, "#000000", t) if t >= 0 else mix(colour, "#ffffff", -t)


def luma(colour: str) -> float:
    """Perceived lightness 0..255."""
    r, g, b = rgb(colour)
    return 0.299 * r + 0.587 * g + 0.114 * b


def n(value: float) -> str:
    """A number for SVG, one decimal at most."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def path(d: str, fill: str = "none", **attrs: object) -> str:
    """A <path> with a fill and any further attributes (stroke_width -> stroke-width)."""
    extra = "".join(f' {k.replace("_", "-")}="{v}"' for k, v in attrs.items())
    return f'<path d="{d}" fill="{fill}"{extra}/>'


def ellipse(x: float, y: float, rx: float, ry: float, fill: str, **attrs: object) -> str:
    extra = "".join(f' {k.replace("_", "-")}="{v}"' for k, v in attrs.items())
    return f'<ellipse cx="{n(x)}" cy="{n(y)}" rx="{n(rx)}" ry="{n(ry)}" fill="{fill}"{extra}/>'


def circle(x: float, y: float, r: float, fill: str, **attrs: object) -> str:
    extra = "".join(f' {k.replace("_", "-")}="{v}"' for k, v in attrs.items())
    return f'<circle cx="{n(x)}" cy="{n(y)}" r="{n(r)}" fill="{fill}"{extra}/>'


def line(points: list[tuple[float, float]], colour: str, width: float, **attrs: object) -> str:
    """An open stroked polyline with round ends."""
    d = "M" + " L".join(f"{n(x)},{n(y)}" for x, y in points)
    return path(
        d, stroke=colour, stroke_width=n(width), stroke_linecap="round", stroke_linejoin="round",
        **attrs,
    )  # fmt: skip


def curve(
    a: tuple[float, float], control: tuple[float, float], b: tuple[float, float], colour: str,
    width: float, **attrs: object,
) -> str:  # fmt: skip
    """A stroked quadratic curve from `a` to `b` bending towards `control`."""
    d = f"M{n(a[0])},{n(a[1])} Q{n(control[0])},{n(control[1])} {n(b[0])},{n(b[1])}"
    return path(d, stroke=colour, stroke_width=n(width), stroke_linecap="round", **attrs)


@dataclass(frozen=True)
class Head:
    """Where the face sits, from the build: everything else is placed from these."""

    cx: float
    cy: float
    rx: float
    ry: float
    neck: float  # half the neck's width
    shoulders: float  # half the shoulders' width

    @property
    def scale(self) -> float:
        return self.rx / 68

    @property
    def eye_y(self) -> float:
        return self.cy + 4

    def eye_x(self, side: int) -> float:
        return self.cx + side * 27 * self.scale

    @property
    def mouth_y(self) -> float:
        return self.cy + 50


_BUILDS = {  # face half-width, neck half-width, shoulder half-width
    "slim": (63, 25, 116),
    "average": (68, 29, 130),
    "broad": (72, 34, 146),
    "heavy": (77, 38, 150),
}


def head_for(look: Look) -> Head:
    """The head's geometry for a look: a broader build gives a wider face and shoulders."""
    rx, neck, shoulders = _BUILDS.get(look.build, _BUILDS["average"])
    return Head(200, 206, rx, 86, neck, shoulders)


def face_outline(h: Head, jaw: float = 0.74) -> str:
    """The face's outline: a rounded cranium narrowing to the chin (`jaw` sets how much)."""
    cx, cy, rx, ry = h.cx, h.cy, h.rx, h.ry
    return (
        f"M{n(cx)},{n(cy - ry)} C{n(cx + rx * 0.58)},{n(cy - ry)} {n(cx + rx)},{n(cy - ry * 0.6)} "
        f"{n(cx + rx)},{n(cy - ry * 0.08)} C{n(cx + rx)},{n(cy + ry * 0.38)} "
        f"{n(cx + rx * jaw)},{n(cy + ry * 0.84)} {n(cx)},{n(cy + ry)} "
        f"C{n(cx - rx * jaw)},{n(cy + ry * 0.84)} {n(cx - rx)},{n(cy + ry * 0.38)} "
        f"{n(cx - rx)},{n(cy - ry * 0.08)} C{n(cx - rx)},{n(cy - ry * 0.6)} "
        f"{n(cx - rx * 0.58)},{n(cy - ry)} {n(cx)},{n(cy - ry)} Z"
    )


def span_at_y(points: list[Point], y: float) -> tuple[float, float]:
    """Where a horizontal line at `y` enters and leaves the polygon `points`."""
    xs = [
        a[0] + (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1])
        for a, b in zip(points, points[1:] + points[:1], strict=True)
        if (a[1] - y) * (b[1] - y) < 0
    ]
    return (min(xs), max(xs)) if xs else (0.0, 0.0)


def top_at_x(points: list[Point], x: float) -> float:
    """The highest point of the polygon `points` above `x`."""
    ys = [
        a[1] + (b[1] - a[1]) * (x - a[0]) / (b[0] - a[0])
        for a, b in zip(points, points[1:] + points[:1], strict=True)
        if (a[0] - x) * (b[0] - x) < 0
    ]
    return min(ys) if ys else float(HEIGHT)
