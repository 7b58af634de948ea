"""The Scene protocol every screen follows, and the chrome they share (header, key hints)."""

from __future__ import annotations

import pygame

from game.ui.context import Context
from game.ui.layout import Metrics
from game.ui.scenes.handoff import Handoff
from game.ui.theme import Theme
from game.ui.toasts import notice_strip
from game.ui.widgets.text import Painter, TextBox

ESCAPE_KEYS = (pygame.K_ESCAPE,)


IDLE_STEP = 0.1  # an idle screen's clocks advance ten times a second


class Scene:
    """One screen: startup / arrange / handle_event / update / draw, and `next` to leave.

    A scene never imports another scene: it asks to go somewhere by name with
    `go(name, handoff)`, and the App starts that scene with `startup(came_from, handoff)`
    (scenes/handoff.py has the typed hand-offs).
    """

    name = ""
    back: str | None = "title"  # where Esc goes; None: Esc does nothing
    wants_text = False  # True while typing, so letter shortcuts (M) are not stolen

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.next: str | None = None
        self.handoff: Handoff | None = None
        self.dirty = True
        self.boxes: list[TextBox] = []
        self.m = ctx.metrics

    # --- lifecycle -----------------------------------------------------------
    def startup(self, came_from: str = "", handoff: Handoff | None = None) -> None:
        """Called each time the scene becomes current, with where the player came from."""

    def arrange(self, metrics: Metrics) -> None:
        """Work out rectangles for this window size (called on startup and resize)."""
        self.m = metrics

    def handle_event(self, event: pygame.event.Event) -> None:
        """React to one event; the default goes back on Esc."""
        if event.type == pygame.KEYDOWN and event.key in ESCAPE_KEYS:
            self.go_back()

    def update(self, dt: float) -> None:
        """Advance animations by `dt` seconds."""

    @property
    def animating(self) -> bool:
        """True while something moves, so the loop runs at full rate."""
        return False

    def next_change_in(self) -> float:
        """Seconds an idle screen may go without an update (events are still read every
        frame): clocks such as a toast's or a call timer's only need IDLE_STEP."""
        return IDLE_STEP

    def request_quit(self) -> bool:
        """The window's close button was pressed: True to quit now."""
        return True

    def on_reload(self) -> None:
        """The scenario files were reloaded (F5)."""
        self.relayout()

    # --- helpers ---------------------------------------------------------------
    @property
    def theme(self) -> Theme:
        return self.ctx.theme

    def go(self, name: str, handoff: Handoff | None = None) -> None:
        self.next, self.handoff = name, handoff

    def go_back(self) -> None:
        if self.back:
            self.go(self.back)

    def relayout(self) -> None:
        self.arrange(self.m)
        self.dirty = True

    def draw(self, surface: pygame.Surface) -> None:
        """Paint the whole screen and remember every text box for layout checks."""
        surface.fill(self.theme.background)
        painter = Painter(surface, self.ctx.fonts)
        self.paint(painter)
        self.boxes = painter.boxes

    def paint(self, painter: Painter) -> None:
        """Draw the scene's content (override)."""


def header(painter: Painter, scene: Scene, title: str, right: str = "") -> pygame.Rect:
    """The band at the top of a screen: a title on the left, small text on the right."""
    m, theme = scene.m, scene.theme
    band = pygame.Rect(0, 0, m.width, m.px(76))
    pygame.draw.rect(painter.surface, theme.backdrop, band)
    pygame.draw.line(painter.surface, theme.border, band.bottomleft, band.bottomright, 2)
    inner = band.inflate(-2 * m.margin, 0)
    right_w = min(inner.w // 3, painter.book.width(right, m.type(17)) + 4) if right else 0
    if right:
        spot = pygame.Rect(inner.right - right_w, inner.y, right_w, inner.h)
        painter.text(right, spot, m.type(17), theme.muted, align="right", valign="middle")
    title_rect = pygame.Rect(inner.x, inner.y, inner.w - right_w - m.gap, inner.h)
    painter.text(title, title_rect, m.type(28), theme.ink, bold=True, valign="middle")
    return band


def key_hints(painter: Painter, scene: Scene, hints: list[tuple[str, str]]) -> pygame.Rect:
    """Key caps and what they do, centred along the bottom; drops hints that do not fit."""
    m, theme = scene.m, scene.theme
    size = m.type(14)
    book = painter.book
    pad, gap = m.px(8), m.px(22)
    widths = [book.width(k, size, True) + 2 * pad + m.px(6) + book.width(d, size) for k, d in hints]
    while hints and sum(widths) + gap * (len(widths) - 1) > m.width - 2 * m.margin:
        hints, widths = hints[:-1], widths[:-1]
    total = sum(widths) + gap * max(0, len(widths) - 1)
    line_h = book.line_height(size)
    y = m.height - m.px(14) - line_h
    x = (m.width - total) // 2
    area = notice_strip(m)  # the footer: content never reaches it, notices take its place
    for (key, description), width in zip(hints, widths, strict=True):
        cap_w = book.width(key, size, True) + 2 * pad
        cap = pygame.Rect(x, y - m.px(3), cap_w, line_h + m.px(6))
        pygame.draw.rect(painter.surface, theme.panel, cap, border_radius=m.px(6))
        pygame.draw.rect(painter.surface, theme.border, cap, width=2, border_radius=m.px(6))
        painter.line(key, cap.center, size, theme.ink, bold=True, anchor="center", panel=area)
        painter.line(description, (cap.right + m.px(6), y), size, theme.muted, panel=area)
        x += width + gap
    return area
