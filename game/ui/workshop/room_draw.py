"""Drawing the room's screen: the round, the join slide, the leave question, the notes."""

from __future__ import annotations

from typing import Any

import pygame

from game.play.workshop.flow import Workshop
from game.ui.theme import Theme
from game.ui.widgets.meter import MeterAnimation
from game.ui.widgets.portrait import Portrait
from game.ui.widgets.text import TextBox
from game.ui.workshop.join_view import corner_width, join_qr_size, paint_join
from game.ui.workshop.measure import MeasuredBook, measured
from game.ui.workshop.notes import Notes
from game.ui.workshop.paint import Sized, SizedPainter
from game.ui.workshop.phones import PhoneLink, PhoneView
from game.ui.workshop.presenter import PresenterWindow
from game.ui.workshop.preset import Projector
from game.ui.workshop.room_parts import draw_bar, draw_prompt
from game.ui.workshop.room_view import Room, body_rect, paint_room


class RoomDrawing:
    """The room scene's draw(); the scene (room.py) holds the state it reads."""

    ctx: Any
    ws: Workshop | None
    meter: MeterAnimation
    notes: Notes | None
    phones: PhoneLink | None
    presenter: PresenterWindow | None
    blank: bool
    confirm: bool
    join_slide: bool
    notes_on: bool
    spoilers: bool
    show_meter: bool
    person: Portrait
    boxes: list[TextBox]
    sizes: list[Sized]
    book: MeasuredBook | None = None  # the game's fonts with a memory of widths (measure.py)

    @property
    def theme(self) -> Theme:
        raise NotImplementedError  # the scene's own

    def close_presenter(self) -> None:
        raise NotImplementedError  # the scene's own

    # --- drawing --------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        """The room's view (or black, or the notes, or the question), then the presenter's."""
        self.boxes, self.sizes = [], []
        if self.ws is None:
            surface.fill((0, 0, 0))
            return
        if self.blank:
            surface.fill((0, 0, 0))
        elif self.notes_on and self.notes is not None:
            self.boxes = self.notes.draw(surface, self.ctx.fonts, self.theme, self.ws,
                                         spoilers=self.spoilers)  # fmt: skip
        else:
            surface.fill(self.theme.background)
            self.book = measured(self.book, self.ctx.fonts)
            painter = SizedPainter(surface, self.book)
            p = Projector(*surface.get_size())
            view = self.phones.view() if self.phones is not None else None
            if self.confirm:
                self._paint_confirm(painter, p)
            elif self.join_slide and view is not None:
                self._paint_join(painter, p, view)
            else:
                qr = self.phones.qr(corner_width(p)) if self.phones and view else None
                room = Room(p, self.theme, self.meter.shown, self.show_meter, view, qr, self.person)
                paint_room(painter, room, self.ws)
            self.boxes, self.sizes = painter.boxes, painter.sizes
        self._draw_presenter()

    def _draw_presenter(self) -> None:
        if self.presenter is None or self.notes is None or self.ws is None:
            return
        try:
            self.notes.draw(self.presenter.surface, self.ctx.fonts, self.theme, self.ws)
        except pygame.error:
            self.close_presenter()
            return
        self.presenter.flip()

    def _paint_join(self, painter: SizedPainter, p: Projector, view: PhoneView) -> None:
        assert self.ws is not None and self.phones is not None
        draw_bar(painter, p, self.theme, self.ws.scenario.title, "Join from your phone")
        draw_prompt(painter, p, self.theme, "▶ start · J shows this again")
        body = body_rect(painter, p)
        paint_join(painter, p, self.theme, view, self.phones.qr(join_qr_size(p, body)), body)

    def _paint_confirm(self, painter: SizedPainter, p: Projector) -> None:
        theme = self.theme
        area = p.screen.inflate(-2 * p.margin, -2 * p.margin)
        pygame.draw.rect(painter.surface, theme.bad, area, p.stroke * 2, border_radius=p.radius)
        inner = area.inflate(-4 * p.pad, -4 * p.pad)
        top = pygame.Rect(inner.x, inner.y, inner.w, inner.h // 2)
        painter.text("Leave this round?", top, p.large, theme.bad, bold=True, align="center",
                     valign="bottom", min_size=p.floor)  # fmt: skip
        bottom = pygame.Rect(
            inner.x, top.bottom + p.gap, inner.w, inner.bottom - top.bottom - p.gap
        )
        text = (
            "The room's answers so far will not be kept.\n"
            "L: leave and lose them · any other key: stay"
        )
        painter.text(text, bottom, p.body, theme.ink, align="center", min_size=p.floor)
