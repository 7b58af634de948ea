"""S on the debrief: the whole debrief, not just what is on screen, saved as one PNG handout.

Where it goes: with a data folder chosen (`--data-dir` or MAKE_IT_RIGHT_DATA),
its `handouts/`; otherwise `Make It Right` in the user's Pictures folder when
that folder exists, else `handouts/` in the records folder. The picture is
drawn at 1.5× the design size in the warm (light) colours, so it prints well
whatever theme is on screen. Saving never raises: a failure is said in words.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game.engine.debrief import Debrief
from game.ui.fonts import FontBook
from game.ui.layout import Metrics, inset
from game.ui.scenes.debrief_blocks import BlockMaker
from game.ui.theme import WARM
from game.ui.widgets.text import Painter, text_height

if TYPE_CHECKING:
    from game.model.scenario import Scenario
    from game.play.session import PlaySession as Session
    from game.ui.context import Context

PAGE = Metrics(1920, 1080)  # one design pixel is 1.5 pixels in the picture
MAX_HEIGHT = 30000
FOLDER_NAME = "Make It Right"


@dataclass(frozen=True)
class Sheet:
    """What the top of the handout says, besides the blocks."""

    title: str
    byline: str
    verdict: str
    stays: bool


def handout_folder(data_dir: str | Path | None = None) -> Path:
    """The folder handouts are saved in (see the module docstring)."""
    from game.records.files import ENV_VAR, records_dir

    chosen = data_dir or os.environ.get(ENV_VAR)
    if chosen:
        return Path(chosen).expanduser() / "handouts"
    import platformdirs

    pictures = Path(platformdirs.user_pictures_dir())
    if pictures.is_dir():
        return pictures / FOLDER_NAME
    return records_dir() / "handouts"


def handout_name(scenario_id: str, player: str, when: datetime) -> str:
    """'missing-penne-ana-lee-20261123-171500.png': safe on every system."""
    plain = unicodedata.normalize("NFKD", player).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9]+", "-", plain).strip("-").lower() or "player"
    scenario = re.sub(r"[^A-Za-z0-9_-]+", "-", scenario_id).strip("-") or "scenario"
    return f"{scenario}-{slug[:40]}-{when:%Y%m%d-%H%M%S}.png"


def save_debrief(
    ctx: Context, session: Session, data: Debrief, now: datetime | None = None
) -> tuple[Path | None, str]:
    """Draw the round's whole debrief and save it; the file (None on failure) and a notice."""
    when = now or datetime.now()
    player = ctx.settings.player_name
    mode = "Practice" if session.practice else "Assessment"
    verdict = "✓ The customer stayed" if data.stays else "✗ The customer left"
    sheet = Sheet(
        title=f"Debrief · {session.scenario.title}",
        byline=f"{player} · {mode} · {when.day} {when:%b %Y, %H:%M}",
        verdict=f"{verdict} · trust {data.points[0]} → {data.final}",
        stays=bool(data.stays),
    )
    try:
        surface = render_sheet(ctx.fonts, session.scenario, data, sheet)
    except (pygame.error, MemoryError) as problem:
        return None, f"The debrief picture could not be drawn ({problem})."
    folder = handout_folder(ctx.records.data_dir)
    return save_sheet(surface, folder, handout_name(session.scenario.id, player, when))


def render_sheet(book: FontBook, scenario: Scenario, data: Debrief, sheet: Sheet) -> pygame.Surface:
    """The heading, every debrief block one under another, and a footer, on one surface."""
    m, theme = PAGE, WARM
    maker = BlockMaker(book, m, theme, scenario, data)
    width = m.px(1000)
    pad = m.px(40)
    blocks = [(block, block.measure(width)) for block in maker.blocks()]
    head_h = _heading_height(book, sheet, width)
    body_h = sum(h + m.px(14) for _, h in blocks)
    foot_h = book.line_height(m.type(13)) + m.px(16)
    height = min(MAX_HEIGHT, pad + head_h + m.px(20) + body_h + foot_h + pad)
    surface = pygame.Surface((width + 2 * pad, height))
    surface.fill(theme.background)
    painter = Painter(surface, book)
    y = _paint_heading(painter, sheet, pygame.Rect(pad, pad, width, head_h)) + m.px(20)
    for block, h in blocks:
        block.paint(painter, pygame.Rect(pad, y, width, h))
        y += h + m.px(14)
    footer = pygame.Rect(pad, y + m.px(8), width, foot_h)
    painter.text("Made with Make It Right", footer, m.type(13), theme.muted, align="right")
    return surface


def save_sheet(surface: pygame.Surface, folder: Path, name: str) -> tuple[Path | None, str]:
    """Write the picture as `folder/name` (never overwriting); the path and a sentence to show."""
    shown = _shown(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = _unique(folder / name)
        pygame.image.save(surface, str(path))
    except (OSError, pygame.error) as problem:
        reason = getattr(problem, "strerror", None) or str(problem)
        return None, f"The debrief picture could not be saved in {shown} ({reason})."
    return path, f"Debrief saved as a picture: {path.name} in {shown}"


def _heading_height(book: FontBook, sheet: Sheet, width: int) -> int:
    m = PAGE
    title = text_height(book, sheet.title, m.type(28), width - 2 * m.px(24), True)
    byline = text_height(book, sheet.byline, m.type(16), width - 2 * m.px(24))
    verdict = text_height(book, sheet.verdict, m.type(20), width - 2 * m.px(24), True)
    return title + byline + verdict + m.px(6) + m.px(12) + 2 * m.px(22)


def _paint_heading(painter: Painter, sheet: Sheet, rect: pygame.Rect) -> int:
    m, theme, book = PAGE, WARM, painter.book
    pygame.draw.rect(painter.surface, theme.backdrop, rect, border_radius=m.px(16))
    band = pygame.Rect(rect.x, rect.y, m.px(10), rect.h)
    ink = theme.good if sheet.stays else theme.bad
    pygame.draw.rect(
        painter.surface,
        ink,
        band,
        border_top_left_radius=m.px(16),
        border_bottom_left_radius=m.px(16),
    )
    inner = inset(rect, m.px(24), m.px(22))
    y = inner.y
    for text, size, colour, bold, gap in (
        (sheet.title, m.type(28), theme.ink, True, m.px(6)),
        (sheet.byline, m.type(16), theme.muted, False, m.px(12)),
        (sheet.verdict, m.type(20), ink, True, 0),
    ):
        h = text_height(book, text, size, inner.w, bold)
        painter.text(text, pygame.Rect(inner.x, y, inner.w, h), size, colour, bold=bold)
        y += h + gap
    return rect.bottom


def _unique(path: Path) -> Path:
    count = 2
    found = path
    while found.exists():
        found = path.with_name(f"{path.stem}-{count}{path.suffix}")
        count += 1
    return found


def _shown(folder: Path) -> str:
    """The folder as a person would write it (~ for the home folder)."""
    try:
        return "~" + os.sep + str(folder.relative_to(Path.home()))
    except ValueError:
        return str(folder)
