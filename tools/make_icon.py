"""Draw the game's window icon: a speech bubble with a tick on the warm accent.

Run `python tools/make_icon.py` to (re)write assets/icon/make-it-right.png. The
picture is drawn here from shapes at four times its size and scaled down
smoothly, so its edges are anti-aliased; it is ours (see assets/icon/LICENSE.txt).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pygame  # noqa: E402

from game.ui.theme import WARM  # noqa: E402

OUT = ROOT / "assets" / "icon" / "make-it-right.png"
SIZE = 256
SCALE = 4  # drawn this many times larger, then smoothly scaled down


def draw_icon(size: int = SIZE) -> pygame.Surface:
    """The icon at `size` pixels square, on a transparent background."""
    big = size * SCALE
    canvas = pygame.Surface((big, big), pygame.SRCALPHA)

    def at(x: float, y: float) -> tuple[int, int]:
        return round(x * big), round(y * big)

    tile = pygame.Rect(at(0.03, 0.03), at(0.94, 0.94))
    pygame.draw.rect(canvas, WARM.accent, tile, border_radius=round(0.22 * big))
    bubble = pygame.Rect(at(0.17, 0.2), at(0.66, 0.5))
    pygame.draw.rect(canvas, WARM.panel, bubble, border_radius=round(0.16 * big))
    tail = [at(0.3, 0.66), at(0.26, 0.84), at(0.48, 0.68)]
    pygame.draw.polygon(canvas, WARM.panel, tail)
    tick = [at(0.33, 0.45), at(0.45, 0.56), at(0.67, 0.33)]
    half = 0.04 * big
    for a, b in zip(tick, tick[1:], strict=False):
        stroke(canvas, a, b, half)
    for point in tick:  # round the stroke's ends and its corner
        pygame.draw.circle(canvas, WARM.good, point, half)
    return pygame.transform.smoothscale(canvas, (size, size))


def stroke(canvas: pygame.Surface, a: tuple[int, int], b: tuple[int, int], half: float) -> None:
    """A straight stroke `2 * half` wide from a to b, as a polygon (even width on a slant)."""
    d = pygame.Vector2(b) - pygame.Vector2(a)
    side = pygame.Vector2(-d.y, d.x).normalize() * half
    corners = [pygame.Vector2(a) + side, pygame.Vector2(b) + side]
    corners += [pygame.Vector2(b) - side, pygame.Vector2(a) - side]
    pygame.draw.polygon(canvas, WARM.good, corners)


def main() -> int:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(draw_icon(), str(OUT))
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
