"""The bundled DejaVu Sans fonts, with pygame's default font when a file is missing."""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

import pygame

from game import ASSETS_DIR

FONT_DIR = ASSETS_DIR / "fonts"
REGULAR = "DejaVuSans.ttf"
BOLD = "DejaVuSans-Bold.ttf"
MAX_RENDERED = 600

Colour = tuple[int, int, int]


class FontBook:
    """Fonts by pixel size and weight, and a bounded cache of rendered text."""

    def __init__(self, folder: Path = FONT_DIR) -> None:
        self.folder = folder
        self.notice = ""
        self._fonts: dict[tuple[int, bool], pygame.font.Font] = {}
        self._rendered: OrderedDict[tuple[str, int, bool, Colour], pygame.Surface] = OrderedDict()
        self._missing: set[str] = set()

    def get(self, size: int, bold: bool = False) -> pygame.font.Font:
        """The font at `size` pixels; the default font (said once) if ours is missing."""
        size = max(6, int(size))
        key = (size, bold)
        font = self._fonts.get(key)
        if font is None:
            font = self._load(size, bold)
            self._fonts[key] = font
        return font

    def _load(self, size: int, bold: bool) -> pygame.font.Font:
        name = BOLD if bold else REGULAR
        path = self.folder / name
        if name not in self._missing:
            try:
                return pygame.font.Font(path, size)
            except (OSError, FileNotFoundError, pygame.error):
                self._missing.add(name)
                self.notice = f"The font {name} is missing; using pygame's default font instead."
        font = pygame.font.Font(None, round(size * 1.3))
        font.set_bold(bold)
        return font

    def render(self, text: str, size: int, colour: Colour, bold: bool = False) -> pygame.Surface:
        """`text` drawn once and cached; an empty string gives a 1-pixel-wide surface."""
        key = (text, int(size), bold, tuple(colour))
        surface = self._rendered.get(key)
        if surface is not None:
            self._rendered.move_to_end(key)
            return surface
        font = self.get(size, bold)
        if text:
            surface = font.render(text, True, colour)
        else:
            surface = pygame.Surface((1, font.get_linesize()), pygame.SRCALPHA)
        self._rendered[key] = surface
        if len(self._rendered) > MAX_RENDERED:
            self._rendered.popitem(last=False)
        return surface

    def width(self, text: str, size: int, bold: bool = False) -> int:
        return self.get(size, bold).size(text)[0] if text else 0

    def line_height(self, size: int, bold: bool = False) -> int:
        return self.get(size, bold).get_linesize()

    def clear(self) -> None:
        """Forget rendered text (after a theme change)."""
        self._rendered.clear()
