"""The room's handout on one A4 page: the path, each decision's split as bars, overrides, lesson.

Drawn in the game's warm colours (they print well whatever is on the
projector), as large as one page allows: the type shrinks step by step until
every decision fits. S or ▶ on the debrief's last page saves it as PNG and PDF
(game/ui/workshop/debrief.py); the data comes from game/play/workshop/handout.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pygame

from game.play.workshop.handout import RoomSheet, Row, handout_stem
from game.ui.fonts import FontBook
from game.ui.handout import _shown, _unique, handout_folder
from game.ui.layout import inset
from game.ui.theme import WARM, Theme
from game.ui.widgets.chips import number_badge
from game.ui.widgets.text import Painter, TextBox, text_height
from game.ui.workshop.paint import delta_words
from game.ui.workshop.pdf import image_pdf
from game.words import quoted

PAGE = (1240, 1754)  # A4 at 150 dots per inch
DPI = 150
MARGIN = 70
SIZES = (22, 20, 18, 16, 15, 14, 13, 12)  # body type, largest first


@dataclass(frozen=True)
class Drawn:
    """The page and every text drawn on it (tests read the split from these)."""

    surface: pygame.Surface
    boxes: list[TextBox]
    size: int


def render_room_sheet(book: FontBook, sheet: RoomSheet) -> Drawn:
    """The handout at the largest body size that fits one page."""
    surface = pygame.Surface(PAGE)
    for size in SIZES:
        surface.fill((255, 255, 255))  # white paper: no ink spent on a tint
        painter = Painter(surface, book)
        if _page(painter, WARM, sheet, size) <= PAGE[1] - MARGIN:
            break
    return Drawn(surface, painter.boxes, size)


def save_room_handout(book: FontBook, sheet: RoomSheet, data_dir: str | Path | None,
                      when: datetime) -> tuple[list[Path], str]:  # fmt: skip
    """Draw and save the handout as PNG and PDF; the files written and a sentence to show."""
    folder = handout_folder(data_dir)
    shown = _shown(folder)
    try:
        drawn = render_room_sheet(book, sheet)
        folder.mkdir(parents=True, exist_ok=True)
        png = _unique(folder / f"{handout_stem(sheet.scenario_id, when)}.png")
        pdf = png.with_suffix(".pdf")
        pygame.image.save(drawn.surface, str(png))
        rgb = pygame.image.tobytes(drawn.surface, "RGB")
        pdf.write_bytes(image_pdf(rgb, *drawn.surface.get_size(), dpi=DPI))
    except (OSError, pygame.error, MemoryError) as problem:
        reason = getattr(problem, "strerror", None) or str(problem)
        return [], f"The room handout could not be saved in {shown} ({reason})."
    return [png, pdf], f"Room handout saved: {png.stem} (.png and .pdf) in {shown}"


def _page(painter: Painter, theme: Theme, sheet: RoomSheet, size: int) -> int:
    """Draw everything at body `size`; the y where the page's content ends."""
    rect = pygame.Rect(MARGIN, MARGIN, PAGE[0] - 2 * MARGIN, PAGE[1] - 2 * MARGIN)
    y = _heading(painter, theme, sheet, rect, size)
    for row in sheet.rows:
        y = _decision(painter, theme, row, pygame.Rect(rect.x, y, rect.w, 0), size) + size
    lesson = f"The lesson: {sheet.lesson}" if sheet.lesson else ""
    y = _text(painter, lesson, rect.x, y, rect.w, size + 2, theme.ink, True) + size
    _text(painter, "Made with Make It Right", rect.x, y, rect.w, size - 4, theme.muted)
    return y + size


def _text(painter: Painter, text: str, x: int, y: int, w: int, size: int,
          ink: tuple[int, int, int], bold: bool = False) -> int:  # fmt: skip
    """Wrapped text at (x, y); the y below it."""
    if not text.strip():
        return y
    h = text_height(painter.book, text, size, w, bold)
    painter.text(text, pygame.Rect(x, y, w, h), size, ink, bold=bold, min_size=size)
    return y + h


def _heading(painter: Painter, theme: Theme, sheet: RoomSheet, rect: pygame.Rect,
             size: int) -> int:  # fmt: skip
    """The title, the byline and the verdict on a soft band; the y below it."""
    pad = size
    inner_w = rect.w - 2 * pad - 10
    parts = [
        (f"Room handout · {sheet.title}", size + 12, theme.ink, True),
        (sheet.byline, size, theme.muted, False),
        (sheet.verdict, size + 4, theme.good if sheet.stays else theme.bad, True),
    ]
    if sheet.overrides:
        picks = f"Facilitator's picks: {sheet.overrides} (marked ★ below)"
        parts.append((picks, size, theme.ink, False))
    height = sum(text_height(painter.book, t, s, inner_w, b) + 6 for t, s, _, b in parts)
    band = pygame.Rect(rect.x, rect.y, rect.w, height + 2 * pad)
    pygame.draw.rect(painter.surface, theme.backdrop, band, border_radius=16)
    edge = pygame.Rect(band.x, band.y, 10, band.h)
    pygame.draw.rect(painter.surface, theme.good if sheet.stays else theme.bad, edge,
                     border_top_left_radius=16, border_bottom_left_radius=16)  # fmt: skip
    y = band.y + pad
    for text, s, ink, bold in parts:
        y = _text(painter, text, band.x + pad + 10, y, inner_w, s, ink, bold) + 6
    return band.bottom + size


def _decision(painter: Painter, theme: Theme, row: Row, rect: pygame.Rect, size: int) -> int:
    """One decision: who decided and what it did to trust, the line, and every answer's bar."""
    mark = "★ " if row.override else ""
    change = delta_words(row.trust_after - row.trust_before)
    head = f"Decision {row.number} · {mark}{row.who} · {change}"
    y = _text(painter, head, rect.x, rect.y, rect.w, size + 2, theme.accent, True) + 4
    line = f"{row.speaker}: {quoted(row.line)}"
    y = _text(painter, line, rect.x, y, rect.w, size, theme.muted) + size // 2
    for option in row.options:
        y = _option(painter, theme, option, pygame.Rect(rect.x, y, rect.w, 0), size) + 6
    return y


def _option(painter: Painter, theme: Theme, option, rect: pygame.Rect, size: int) -> int:
    """Badge, bar with count and share, then the answer's words (bold for the room's answer)."""
    book = painter.book
    badge = book.line_height(size, True)
    bar_w, tally_w = size * 7, book.width("88 · 100%", size, True)
    words_x = rect.x + badge + 12 + bar_w + 12 + tally_w + 12
    words_w = rect.right - words_x
    h = max(badge, text_height(book, option.say, size, words_w, option.chosen))
    number_badge(painter, str(option.place), (rect.x + badge // 2, rect.y + badge // 2), badge,
                 size, theme.accent if option.chosen else theme.muted, theme.accent_ink,
                 pygame.Rect(rect.x, rect.y, badge, badge))  # fmt: skip
    track = pygame.Rect(rect.x + badge + 12, rect.y + badge // 4, bar_w, badge // 2)
    pygame.draw.rect(painter.surface, theme.meter_track, track, border_radius=track.h // 2)
    if option.votes:
        fill = inset(track, 0, 0)
        fill.w = max(track.h, round(track.w * option.share / 100))
        colour = theme.accent if option.chosen else theme.muted
        pygame.draw.rect(painter.surface, colour, fill, border_radius=track.h // 2)
    tally = pygame.Rect(track.right + 12, rect.y, tally_w, badge)
    painter.text(option.tally, tally, size, theme.ink, bold=True, align="right", min_size=size)
    ink = theme.ink if option.chosen else theme.muted
    _text(painter, option.say, words_x, rect.y, words_w, size, ink, option.chosen)
    return rect.y + h
