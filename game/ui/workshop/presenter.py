"""Which display shows the room and which the notes, and the presenter's own window.

The game's window is opened by the display module (set_mode). The presenter
view is a second `pygame.Window` drawn with `get_surface()` + `flip()` only,
so the two never share a surface; if SDL refuses the second window, the
notes fall back to the N overlay on the room's screen.
"""

from __future__ import annotations

import contextlib
import warnings

import pygame

CENTRED_ON = 0x2FFF0000  # SDL_WINDOWPOS_CENTERED_DISPLAY(n) is this | n
TITLE = "Make It Right: facilitator notes"


def desktop_sizes() -> list[tuple[int, int]]:
    """The size of every monitor (an empty list if SDL cannot say)."""
    try:
        return list(pygame.display.get_desktop_sizes())
    except pygame.error:
        return []


def pick_displays(count: int, wanted: int | None = None) -> tuple[int, int | None]:
    """(room display, presenter display or None): the room on `wanted`, else on the second one."""
    if count <= 1:
        return 0, None
    room = wanted if wanted is not None and 0 <= wanted < count else 1
    return room, next(i for i in range(count) if i != room)


def place_window(window: pygame.Window | None, display: int) -> bool:
    """Centre `window` on monitor `display`; False if that cannot be done here."""
    if window is None:
        return False
    try:
        window.position = (CENTRED_ON | display, CENTRED_ON | display)
    except (pygame.error, TypeError, ValueError, OverflowError):
        return False
    return True


class PresenterWindow:
    """A second window on the laptop's screen showing the facilitator's notes."""

    def __init__(self, window: pygame.Window) -> None:
        self.window = window

    @classmethod
    def open(cls, display: int, size: tuple[int, int]) -> PresenterWindow | None:
        """Open the notes window on `display`, 85% of `size`; None if SDL refuses."""
        inner = (max(640, int(size[0] * 0.85)), max(400, int(size[1] * 0.85)))
        try:
            window = pygame.Window(
                TITLE, inner, position=(CENTRED_ON | display,) * 2, resizable=True
            )
        except (pygame.error, TypeError, ValueError):
            return None
        return cls(window)

    def owns(self, event: pygame.event.Event) -> bool:
        """True if `event` happened in this window."""
        return getattr(event, "window", None) is self.window

    @property
    def surface(self) -> pygame.Surface:
        return self.window.get_surface()

    def flip(self) -> None:
        with contextlib.suppress(pygame.error):
            self.window.flip()

    def close(self) -> None:
        with contextlib.suppress(pygame.error):
            self.window.destroy()


def main_window() -> pygame.Window | None:
    """The game's own window as a pygame.Window (None if this SDL cannot say)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            return pygame.Window.from_display_module()
    except (pygame.error, AttributeError):
        return None
