"""A Painter that also records the type size of every text and whether any was cut short.

The workshop's layout tests read these records to prove the projector rule:
no text smaller than 1/25 of the screen height, and no text truncated.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pygame

from game.engine.debrief import worth
from game.engine.rules import Step
from game.model.scenario import Scenario
from game.ui.fonts import Colour, FontBook
from game.ui.theme import Theme
from game.ui.widgets.meter import change_text
from game.ui.widgets.text import Painter, fit, wrap
from game.ui.workshop.measure import wrap_lines
from game.ui.workshop.preset import Projector


@dataclass(frozen=True)
class Sized:
    """One drawn text: its words, the pixel size used, and whether it was cut with '…'."""

    text: str
    size: int
    truncated: bool


@dataclass
class SizedPainter(Painter):
    """Draws like Painter; `sizes` lists every text with the size it ended up at."""

    sizes: list[Sized] = field(default_factory=list)

    def text(
        self,
        text: str,
        rect: pygame.Rect,
        size: int,
        colour: Colour,
        bold: bool = False,
        align: str = "left",
        valign: str = "top",
        min_size: int | None = None,
        panel: pygame.Rect | None = None,
    ) -> pygame.Rect:
        """Fit `text` as Painter does, record the size and any truncation, then draw it."""
        if not text.strip() or rect.width <= 0 or rect.height <= 0:
            return pygame.Rect(rect.x, rect.y, 0, 0)
        floor = min_size if min_size is not None else size
        used, lines = fit(self.book, text, rect.width, rect.height, size, floor, bold)
        full = wrap(self.book, text, used, rect.width, bold)
        self.sizes.append(Sized(text, used, len(full) > len(lines)))
        return super().text(text, rect, used, colour, bold, align, valign, used, panel)

    def line(
        self,
        text: str,
        pos: tuple[int, int],
        size: int,
        colour: Colour,
        bold: bool = False,
        anchor: str = "topleft",
        panel: pygame.Rect | None = None,
    ) -> pygame.Rect:
        """Draw one unwrapped line and record its size."""
        if text:
            self.sizes.append(Sized(text, size, False))
        return super().line(text, pos, size, colour, bold, anchor, panel)

    def leaded(
        self, text: str, rect: pygame.Rect, size: int, colour: Colour, panel: pygame.Rect
    ) -> pygame.Rect:
        """Wrap `text` to `rect` at `size` with the room's tight leading, never shrinking it."""
        lines = wrap_lines(self.book, text, size, max(1, rect.w))
        step = leading(self.book, size)
        self.sizes.append(Sized(text, size, tight_height(self.book, size, len(lines)) > rect.h))
        spots = []
        for i, line in enumerate(lines):
            glyphs = self.book.render(line, size, colour) if line else None
            spot = self.surface.blit(glyphs, (rect.x, rect.y + i * step)) if glyphs else None
            spots.append(spot or pygame.Rect(rect.x, rect.y + i * step, 0, step))
        # Each line's box is its line step (the glyphs' ink ends inside it), and the last line
        # stands alone, so a tally may share it or sit on the line below.
        boxes = [pygame.Rect(r.x, r.y, r.w, step) for r in spots]
        upper = [r for r in boxes[:-1] if r.w]
        if upper:
            self._record(text, upper[0].unionall(upper[1:]), panel)
            self._record(lines[-1], boxes[-1], panel)
        else:
            self._record(text, boxes[-1], panel)
        return spots[0].unionall(spots[1:])


LEADING = 1.08  # the room's line step as a share of the type size (the font's own is ~1.17)


def leading(book: FontBook, size: int) -> int:
    """The distance from one line to the next in the room's tight setting."""
    return min(book.line_height(size), round(size * LEADING))


def tight_height(book: FontBook, size: int, lines: int) -> int:
    """How tall `lines` lines are with the room's tight leading (the last one at full height)."""
    return (lines - 1) * leading(book, size) + book.line_height(size) if lines > 0 else 0


def height_of(book: FontBook, text: str, size: int, width: int, bold: bool = False) -> int:
    """How tall `text` is when wrapped to `width` at `size` (0 for no text)."""
    if not text.strip():
        return 0
    return len(wrap_lines(book, text, size, max(1, width), bold)) * book.line_height(size, bold)


def fits(book: FontBook, text: str, size: int, rect: pygame.Rect, bold: bool = False) -> bool:
    return height_of(book, text, size, rect.w, bold) <= rect.h


def box(
    surface: pygame.Surface,
    rect: pygame.Rect,
    theme: Theme,
    p: Projector,
    fill: Colour | None = None,
    edge: Colour | None = None,
    width: int = 0,
) -> None:
    """A rounded card as the game draws them, with a solid shadow beneath (a soft one would
    wash out) and a thick outline."""
    if theme.shadow != theme.background:
        pygame.draw.rect(surface, theme.shadow, rect.move(0, p.stroke), border_radius=p.radius)
    pygame.draw.rect(surface, fill or theme.panel, rect, border_radius=p.radius)
    pygame.draw.rect(
        surface, edge or theme.border, rect, width=width or p.stroke, border_radius=p.radius
    )


def pill(
    painter: Painter,
    text: str,
    rect: pygame.Rect,
    size: int,
    ink: Colour,
    fill: Colour,
    panel: pygame.Rect | None = None,
) -> pygame.Rect:
    """A filled rounded label with `text` centred in it."""
    pygame.draw.rect(painter.surface, fill, rect, border_radius=rect.h // 2)
    return painter.text(
        text,
        rect,
        size,
        ink,
        bold=True,
        align="center",
        valign="middle",
        min_size=size,
        panel=panel or rect,
    )


def pill_width(book: FontBook, text: str, size: int, pad: int) -> int:
    return book.width(text, size, True) + 2 * pad + size // 2


def delta_words(delta: int) -> str:
    """'▲ +15 trust', '▼ −30 trust' or '± 0 trust': the sign is never colour alone."""
    if delta > 0:
        return f"▲ +{delta} trust"
    if delta < 0:
        return f"▼ −{abs(delta)} trust"
    return "± 0 trust"


def effect(scenario: Scenario, step: Step) -> int:
    """The answer's sign as written: a good answer at full trust still counts as good."""
    return step.delta or worth(scenario, step)


def change_words(scenario: Scenario, step: Step) -> str:
    """'▲ +15 trust', or '▲ +10 · trust already full' at the top of the meter (never '± 0')."""
    text = change_text(step.delta, worth(scenario, step), step.trust_after)
    return text if "trust" in text else f"{text} trust"


def votes_words(count: int) -> str:
    """'1 vote', '3 votes'."""
    return f"{count} vote" if count == 1 else f"{count} votes"
