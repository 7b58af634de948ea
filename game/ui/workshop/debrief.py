"""The room's debrief: the branch map with the room's path, then each answer it passed by.

▶ / ◀ page through "what would have happened" for every rejected answer;
↑↓ jump a decision; Enter plays the shown answer out in Practice mode on the
usual play screen; R runs the scenario again with the room; Esc finishes.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pygame

from game.engine import rules
from game.model.scenario import Scenario
from game.play.workshop import whatif
from game.play.workshop.flow import Decision
from game.play.workshop.handout import room_sheet
from game.play.workshop.mapdata import MapLayout, layout
from game.ui.layout import inset, take_bottom
from game.ui.scenes.base import Scene
from game.ui.scenes.handoff import Handoff, RoomResult, RoomStart
from game.ui.theme import Theme
from game.ui.workshop.branchmap import Marks, draw_map
from game.ui.workshop.clicks import as_key
from game.ui.workshop.debrief_text import page_blocks
from game.ui.workshop.handout_view import save_room_handout
from game.ui.workshop.notices import draw_notices
from game.ui.workshop.paint import Sized, SizedPainter, box
from game.ui.workshop.preset import Projector, projector_theme
from game.ui.workshop.room_parts import draw_bar, draw_prompt
from game.ui.workshop.room_view import body_rect

NEXT = (pygame.K_PAGEDOWN, pygame.K_RIGHT, pygame.K_SPACE)
PREVIOUS = (pygame.K_PAGEUP, pygame.K_LEFT)


class WorkshopDebriefScene(Scene):
    """Pages: the overview, then one per rejected answer, in the order the room met them."""

    name = "workshop-debrief"
    back = "workshop"

    def __init__(self, ctx: Any) -> None:
        super().__init__(ctx)
        self.scenario: Scenario | None = None
        self.steps: tuple[rules.Step, ...] = ()
        self.moments: list[whatif.Moment] = []
        self.pages: list[tuple[int, int] | None] = [None]
        self.page = 0
        self.lay: MapLayout | None = None
        self.timer = 0
        self.seed: int | None = None
        self.start: rules.State | None = None
        self.decisions: tuple[Decision, ...] = ()
        self.saved: list[Path] = []  # the room handout, once saved
        self.blank = False
        self.sizes: list[Sized] = []

    @property
    def theme(self) -> Theme:
        return projector_theme(self.ctx.settings.theme)

    def draw_notices(self, surface: pygame.Surface) -> None:
        """Notices at the projector's type size, over the bottom line (see notices.py)."""
        draw_notices(surface, self.ctx.fonts, self.theme, self.ctx.toasts)

    def startup(self, came_from: str = "", handoff: Handoff | None = None) -> None:
        if not isinstance(handoff, RoomResult):
            if self.scenario is None:
                self.ctx.notify("There is no room debrief yet: run a scenario with the room first.")
                self.go("workshop")
            return  # back from practice: the last debrief, as it was
        scenario, start, seed = handoff.scenario, handoff.start, handoff.seed
        self.scenario, self.steps = scenario, handoff.steps
        self.timer, self.seed = handoff.timer, handoff.seed
        self.start, self.decisions, self.saved = start, handoff.decisions, []
        self.moments = whatif.moments(scenario, start, self.steps, list(self.decisions), seed)
        self.pages = whatif.pages(self.moments)
        self.page, self.blank = 0, False
        self.lay = layout(scenario)

    @property
    def current(self) -> tuple[whatif.Moment, whatif.Alternative] | None:
        spot = self.pages[self.page]
        if spot is None:
            return None
        moment = self.moments[spot[0]]
        return moment, moment.rejected[spot[1]]

    # --- keys ------------------------------------------------------------------------
    def handle_event(self, event: pygame.event.Event) -> None:
        event = as_key(event)  # a clicker that acts as a mouse: left ▶, right ◀
        if event.type != pygame.KEYDOWN:
            return
        self.dirty = True
        key = event.key
        if self.blank:
            self.blank = False
        elif key in (pygame.K_b, pygame.K_PERIOD):
            self.blank = True
        elif key == pygame.K_s or key in NEXT and self.page == len(self.pages) - 1:
            self.save_handout()  # ▶ on the last page: the clicker alone can save it
        elif key in NEXT or key in PREVIOUS:
            step = 1 if key in NEXT else -1
            self.page = max(0, min(len(self.pages) - 1, self.page + step))
        elif key in (pygame.K_UP, pygame.K_DOWN):
            self._jump(-1 if key == pygame.K_UP else 1)
        elif key in (pygame.K_RETURN, pygame.K_KP_ENTER):
            self.play_it_out()
        elif key == pygame.K_r and self.scenario is not None:
            self.go("workshop-room", RoomStart(self.scenario, self.timer))
        elif key == pygame.K_ESCAPE:
            self.go("workshop")

    def _jump(self, step: int) -> None:
        """To the first page of the previous or next decision that has other answers."""
        here = self.pages[self.page]
        moment = here[0] if here else -1
        wanted = [i for i, spot in enumerate(self.pages) if spot and spot[1] == 0]
        if step > 0:
            later = [i for i in wanted if self.pages[i][0] > moment]
            self.page = later[0] if later else self.page
        else:
            earlier = [i for i in wanted if self.pages[i][0] < moment]
            self.page = earlier[-1] if earlier else 0

    def save_handout(self) -> None:
        """The room's one-page handout as PNG and PDF; a notice says where it went."""
        if self.scenario is None or self.start is None:
            return
        when = datetime.now()
        sheet = room_sheet(self.scenario, self.start, self.steps, self.decisions, self.seed, when)
        self.saved, message = save_room_handout(self.ctx.fonts, sheet,
                                                self.ctx.records.data_dir, when)  # fmt: skip
        self.ctx.notify(message)

    def play_it_out(self) -> None:
        """The room plays on from the shown answer, on the room's screen (not recorded); Esc or
        the end of that round comes back to this page."""
        current = self.current
        if current is None or self.scenario is None:
            self.ctx.notify("Page on (▶) to an answer the room passed by, then press Enter.")
            return
        _, alternative = current
        state = whatif.replay_state(alternative)
        start = RoomStart(self.scenario, self.timer, state=state, seed=self.seed,
                          what_if=alternative.place)  # fmt: skip
        self.go("workshop-room", start)

    # --- drawing -----------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        if self.blank or self.scenario is None or self.lay is None:
            surface.fill((0, 0, 0))
            self.boxes, self.sizes = [], []
            return
        theme = self.theme
        surface.fill(theme.background)
        p = Projector(*surface.get_size())
        painter = SizedPainter(surface, self.ctx.fonts)
        right = f"{self.page + 1} of {len(self.pages)}"
        draw_bar(painter, p, theme, f"Room debrief · {self.scenario.title}", right)
        draw_prompt(painter, p, theme, self._prompt())
        self._body(painter, p, theme, body_rect(painter, p))
        self.boxes, self.sizes = painter.boxes, painter.sizes

    def _prompt(self) -> str:
        if self.page == len(self.pages) - 1:
            save = "Handout saved" if self.saved else "▶ save the handout"
            more = " · Enter play it out" if self.current is not None else ""
            return f"{save}{more} · Esc done"
        if self.current is None:
            return "▶ the other answers · R again · Esc done"
        return "▶ next · Enter play it out · Esc done"

    def _body(self, painter: SizedPainter, p: Projector, theme: Theme, body: pygame.Rect) -> None:
        assert self.scenario is not None and self.lay is not None
        width = body.w - 2 * p.pad
        blocks = page_blocks(
            painter.book, p, self.scenario, self.steps, self.current, width, int(body.h * 0.5)
        )
        text_h = sum(b.height for b in blocks) + p.gap * (len(blocks) - 1) + 2 * p.pad
        panel, top = take_bottom(body, text_h, p.gap)
        box(painter.surface, panel, theme, p)
        inner = inset(panel, p.pad, p.pad)
        for block in blocks:
            rect = pygame.Rect(inner.x, inner.y, inner.w, block.height)
            painter.text(
                block.text,
                rect,
                block.size,
                block.colour(theme),
                bold=block.bold,
                min_size=block.size,
                panel=panel,
            )
            inner.y = rect.bottom + p.gap
        draw_map(painter, p, theme, self.scenario, self.lay, top.inflate(0, -p.pad), self._marks())

    def _marks(self) -> Marks:
        path = tuple((s.node, s.target) for s in self.steps)
        numbers = {s.node: i + 1 for i, s in enumerate(self.steps)}
        reached = self.steps[-1].target if self.steps else None
        current = self.current
        if current is None:
            return Marks(path, numbers, reached)
        moment, alternative = current
        return Marks(path, numbers, reached, moment.node.id, (moment.node.id, alternative.target))
