"""The one game window: opening, resizing and full screen, with every failure caught."""

from __future__ import annotations

import contextlib
import warnings

import pygame

from game import ASSETS_DIR

TITLE = "Make It Right"
ICON = ASSETS_DIR / "icon" / "make-it-right.png"  # drawn by tools/make_icon.py
ICON_SIZE = (64, 64)  # X11 drops a 256-pixel icon (measured under Xvfb); 64 shows everywhere
SMALLEST = (480, 320)


class Display:
    """Owns the window; `surface` is re-read after every size change."""

    def __init__(self) -> None:
        self.surface: pygame.Surface | None = None
        self.icon: pygame.Surface | None = None
        self.fullscreen = False
        self._window: pygame.Window | None = None

    def open(self, size: tuple[int, int], fit: bool = True) -> pygame.Surface:
        """Open a resizable window of `size` (`fit`: shrunk to the desktop) and return its surface."""
        pygame.display.set_caption(TITLE)
        self.icon = set_icon()  # before the window opens, or some systems keep pygame's
        if fit:
            size = self._fit_desktop(size)
        self.surface = pygame.display.set_mode(size, pygame.RESIZABLE)
        window = self.window
        if window is not None:
            with contextlib.suppress(pygame.error, AttributeError, ValueError):
                window.minimum_size = SMALLEST
        return self.surface

    @staticmethod
    def _fit_desktop(size: tuple[int, int]) -> tuple[int, int]:
        try:
            desk_w, desk_h = pygame.display.get_desktop_sizes()[0]
        except (pygame.error, IndexError):
            return size
        if desk_w <= 0 or desk_h <= 0 or (size[0] <= desk_w and size[1] <= desk_h):
            return size
        scale = min(desk_w / size[0], desk_h / size[1]) * 0.9
        return (max(SMALLEST[0], int(size[0] * scale)), max(SMALLEST[1], int(size[1] * scale)))

    @property
    def window(self) -> pygame.Window | None:
        """The pygame.Window behind the display module, if this SDL offers one."""
        if self._window is None:
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", DeprecationWarning)
                    self._window = pygame.Window.from_display_module()
            except (pygame.error, AttributeError):
                return None
        return self._window

    def refresh(self) -> pygame.Surface:
        """The current display surface (call after any resize event)."""
        self.surface = pygame.display.get_surface()
        return self.surface

    @property
    def size(self) -> tuple[int, int]:
        return self.refresh().get_size()

    def resize(self, size: tuple[int, int]) -> pygame.Surface:
        """Resize the window from code (tests and screenshots use this)."""
        self.surface = pygame.display.set_mode(size, pygame.RESIZABLE)
        return self.surface

    def set_fullscreen(self, on: bool) -> str:
        """Switch full screen on or off; return '' or a sentence saying why it failed."""
        window = self.window
        if window is None:
            return "Full screen is not available here."
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                if on:
                    window.set_fullscreen(desktop=True)
                else:
                    window.set_windowed()
        except (pygame.error, AttributeError, ValueError) as problem:
            return f"Full screen is not available here ({problem})."
        self.fullscreen = on
        self.refresh()
        return ""

    def flip(self) -> None:
        pygame.display.flip()


def set_icon() -> pygame.Surface | None:
    """Give the window the game's icon; None (pygame's own stays) if the file is missing."""
    try:
        icon = pygame.transform.smoothscale(pygame.image.load(str(ICON)), ICON_SIZE)
    except (pygame.error, OSError, ValueError):
        return None
    pygame.display.set_icon(icon)
    return icon
