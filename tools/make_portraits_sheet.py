"""A contact sheet of every portrait: one row per person, one column per mood, to look at."""

from __future__ import annotations

import io
import os
from pathlib import Path

from game.model.format import MOODS

CELL = (150, 180)


def contact_sheet(files: dict[str, str], out: Path, blink: bool = False) -> None:
    """Render every `<person>-<mood>.svg` of `files` into one PNG at `out`."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    import pygame

    pygame.display.init()
    pygame.font.init()
    keys = sorted({name[: -len("-neutral.svg")] for name in files if name.endswith("-neutral.svg")})
    sheet = pygame.Surface((CELL[0] * len(MOODS) + 160, CELL[1] * len(keys)))
    sheet.fill((246, 238, 226))
    font = pygame.font.Font(None, 22)
    for row, key in enumerate(keys):
        sheet.blit(font.render(key, True, (40, 30, 30)), (6, row * CELL[1] + CELL[1] // 2))
        for col, mood in enumerate(MOODS):
            name = f"{key}-{mood}{'-blink' if blink else ''}.svg"
            art = pygame.image.load_sized_svg(io.BytesIO(files[name].encode()), CELL)
            sheet.blit(art, (160 + col * CELL[0], row * CELL[1]))
    pygame.image.save(sheet, str(out))
