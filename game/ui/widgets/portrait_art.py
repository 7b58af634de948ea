"""The illustrated customers: SVG files rendered at the size needed, cached, never fatal.

tools/make_portraits.py draws every shipped customer into assets/art/portraits/
as `<person>-<mood>.svg` (and `-blink.svg`, eyes shut), with index.json saying
which `look` each person was drawn from. A scenario whose look matches gets
that person; any other look, or a file that is missing or will not render,
gets None, and the caller draws the shape-drawn bust instead.
"""

from __future__ import annotations

import io
import json
from collections import OrderedDict
from dataclasses import fields
from pathlib import Path

import pygame

from game import ASSETS_DIR
from game.model.scenario import Look

ART_DIR = ASSETS_DIR / "art" / "portraits"
# Rendered pictures kept, oldest dropped first: a whole person (7 moods, 7 blinks) at 4K
# is about 55 MB; every person of the library at 1080p would be 300 MB, so a cap it is.
CACHE_BYTES = 96 * 1024 * 1024

Key = tuple[str, str, bool, tuple[int, int]]


class PortraitArt:
    """Finds a look's person and renders their pictures, one per (person, mood, blink, size)."""

    def __init__(self, folder: Path = ART_DIR, budget: int = CACHE_BYTES) -> None:
        self.folder = folder
        self.budget = budget
        self._people: dict[Look, str] | None = None
        self._cache: OrderedDict[Key, pygame.Surface | None] = OrderedDict()
        self._sources: dict[str, bytes | None] = {}  # the SVG text, read once (2.4 MB in all)
        self._bytes = 0

    def person(self, look: Look) -> str | None:
        """The person drawn from exactly this look, if the folder has one."""
        return self._index().get(look)

    def look_of(self, person: str) -> Look | None:
        """The look a person of the library was drawn from (the title shows two of them)."""
        return next((look for look, name in self._index().items() if name == person), None)

    def _index(self) -> dict[Look, str]:
        """index.json as look -> person, read on first use."""
        if self._people is None:
            self._people = _read_index(self.folder / "index.json")
        return self._people

    def picture(
        self, look: Look, mood: str, size: tuple[int, int], blink: bool = False
    ) -> pygame.Surface | None:
        """`look` feeling `mood`, fitted inside `size`; None when there is no usable art."""
        person = self.person(look)
        if person is None or size[0] < 1 or size[1] < 1:
            return None
        key = (person, mood, blink, size)
        if key in self._cache:
            self._cache.move_to_end(key)
            return self._cache[key]
        found = self._render(f"{person}-{mood}{'-blink' if blink else ''}.svg", size)
        self._keep(key, found)
        return found

    def source(self, name: str) -> bytes | None:
        """The SVG file `name`, read once and kept; None if it cannot be read."""
        if name not in self._sources:
            try:
                self._sources[name] = (self.folder / name).read_bytes()
            except OSError:
                self._sources[name] = None
        return self._sources[name]

    def _render(self, name: str, size: tuple[int, int]) -> pygame.Surface | None:
        data = self.source(name)
        if data is None:
            return None
        try:
            picture = pygame.image.load_sized_svg(io.BytesIO(data), size)
        except (pygame.error, ValueError):
            return None
        if picture.get_bounding_rect().width == 0:  # parsed, but nothing drawable in it
            return None
        return picture.convert_alpha() if pygame.display.get_surface() is not None else picture

    def _keep(self, key: Key, picture: pygame.Surface | None) -> None:
        self._cache[key] = picture
        self._bytes += _size_of(picture)
        while self._bytes > self.budget and len(self._cache) > 1:
            _, old = self._cache.popitem(last=False)
            self._bytes -= _size_of(old)

    @property
    def cached_bytes(self) -> int:
        """Pixel bytes held by the cache (the benchmark reports it)."""
        return self._bytes


def _size_of(picture: pygame.Surface | None) -> int:
    return 0 if picture is None else picture.get_width() * picture.get_height() * 4


def _read_index(path: Path) -> dict[Look, str]:
    """index.json as look -> person; an unreadable or odd index gives no people, never an error."""
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    names = {f.name for f in fields(Look)}
    people: dict[Look, str] = {}
    for person, entry in entries.items() if isinstance(entries, dict) else []:
        look = entry.get("look") if isinstance(entry, dict) else None
        if isinstance(look, dict) and set(look) == names:
            people[Look(**{k: str(v) for k, v in look.items()})] = str(person)
    return people
