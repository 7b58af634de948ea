"""Short notices ("Sound muted", "Settings saved") in a strip of their own along the bottom.

Every screen keeps its bottom band free for the key hints (content ends at least
`FOOTER` design pixels above the bottom), so a notice takes that band's place for
a few seconds and never covers an answer, the meter, a button or a result line.
A short notice is feedback on what the player just did, so their next key press
or click makes it stale and clears it; a long one (a problem with the records,
no sound device) stays its time.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pygame

from game.ui.layout import Metrics, inset
from game.ui.theme import Theme
from game.ui.widgets.text import Painter

SHOW_FOR = 3.5
LONG_SHOW_FOR = 7.0
FOOTER = 54  # design pixels at the bottom of every screen kept for key hints and notices
NOTICE_SIZE = 15


@dataclass
class Toast:
    text: str
    left: float
    long: bool = False


@dataclass
class Toasts:
    """A queue of notices; the newest shows in the footer strip while the others wait."""

    items: list[Toast] = field(default_factory=list)
    history: list[str] = field(default_factory=list)

    def add(self, text: str, long: bool = False) -> None:
        self.history.append(text)
        self.items = [t for t in self.items if t.text != text][-2:]
        self.items.append(Toast(text, LONG_SHOW_FOR if long else SHOW_FOR, long))

    def acted(self) -> None:
        """The player pressed a key or clicked: short notices from before it are stale now."""
        self.items = [t for t in self.items if t.long]

    def update(self, dt: float) -> bool:
        """Age the notices; True while any is still showing."""
        for toast in self.items:
            toast.left -= dt
        before = len(self.items)
        self.items = [t for t in self.items if t.left > 0]
        return bool(self.items) or before != len(self.items)

    @property
    def active(self) -> bool:
        return bool(self.items)

    @property
    def showing(self) -> str:
        """The notice on screen now ('' for none)."""
        return self.items[-1].text if self.items else ""

    def draw(self, painter: Painter, theme: Theme, m: Metrics) -> pygame.Rect:
        """The newest notice over the footer strip; return the strip it filled."""
        strip = notice_strip(m)
        if not self.items:
            return pygame.Rect(strip.x, strip.y, 0, 0)
        pygame.draw.rect(painter.surface, theme.narrator, strip)
        pygame.draw.line(painter.surface, theme.border, strip.topleft, strip.topright, 2)
        inner = inset(strip, m.margin, m.px(4))
        size = m.type(NOTICE_SIZE)
        painter.text(self.showing, inner, size, theme.narrator_ink, align="center",
                     valign="middle", min_size=max(12, m.type(12)), panel=strip)  # fmt: skip
        return strip


def notice_strip(m: Metrics) -> pygame.Rect:
    """The band along the bottom of the window that notices (and key hints) use."""
    height = m.px(FOOTER)
    return pygame.Rect(0, m.height - height, m.width, height)
