"""A customer's line staged in time: typing dots first (in a chat), then the words a few at a time.

The text grows a whole word at a time, so a line wraps where the full line
wraps and nothing jumps. Any key or click shows the rest at once (the play
screen takes that press as a skip, never as an answer). Time comes from the
scene's `update(dt)`, so tests step it exactly; with `motion` off the line is
simply all there.
"""

from __future__ import annotations

import pygame

TYPING_SECONDS = 1.0  # how long "… is typing" shows before a chat message
CHARS_PER_SECOND = 75.0  # a quick reader's pace; a long line takes about three seconds
DOT_SECONDS = 0.3  # one step of the typing dots


class LineReveal:
    """How much of the current line shows, and whether the typing dots are up."""

    def __init__(self) -> None:
        self.text = ""
        self.typing_left = 0.0
        self.shown_chars = 0.0
        self.dots = 0  # which of the three typing dots is raised

    def start(self, text: str, typing: bool, motion: bool) -> None:
        """A new line: with `motion`, type (if `typing`) and then reveal; else show it all."""
        self.text = text
        self.typing_left = TYPING_SECONDS if (typing and motion) else 0.0
        self.shown_chars = 0.0 if motion else float(len(text))
        self.dots = 0

    def skip(self) -> None:
        """Show the whole line now."""
        self.typing_left = 0.0
        self.shown_chars = float(len(self.text))

    def update(self, dt: float) -> bool:
        """Advance by `dt` seconds; True if what shows changed."""
        if not self.moving:
            return False
        if self.typing_left > 0:
            before = self.dots
            self.typing_left = max(0.0, self.typing_left - dt)
            self.dots = int((TYPING_SECONDS - self.typing_left) / DOT_SECONDS) % 3
            return self.dots != before or self.typing_left == 0
        before_text = self.shown
        self.shown_chars = min(float(len(self.text)), self.shown_chars + CHARS_PER_SECOND * dt)
        return self.shown != before_text

    @property
    def typing(self) -> bool:
        """True while the typing dots show and no words yet."""
        return self.typing_left > 0

    @property
    def moving(self) -> bool:
        return self.typing_left > 0 or self.shown_chars < len(self.text)

    @property
    def shown(self) -> str:
        """The words that show so far: whole words only, so the wrap never changes."""
        if self.typing:
            return ""
        count = int(self.shown_chars)
        if count >= len(self.text):
            return self.text
        end = self.text.find(" ", count)
        return self.text if end < 0 else self.text[:end]


def is_press(event: pygame.event.Event) -> bool:
    """A key going down or a mouse button pressed: what skips a reveal."""
    return event.type == pygame.KEYDOWN or (
        event.type == pygame.MOUSEBUTTONDOWN and getattr(event, "button", 1) in (1, 2, 3)
    )
