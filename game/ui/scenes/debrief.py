"""The debrief: trust over time, every answer with its feedback, principles, the lesson."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pygame

from game.engine.debrief import Debrief, summarise
from game.engine.score import Assessment
from game.ui.layout import Metrics
from game.ui.scenes.base import header, key_hints
from game.ui.scenes.debrief_blocks import BlockMaker
from game.ui.scenes.handoff import Handoff
from game.ui.scenes.scroll_page import ScrollPage
from game.ui.widgets.button import Button
from game.ui.widgets.scroll import paint_blocks, stack_blocks
from game.ui.widgets.text import Painter


class DebriefScene(ScrollPage):
    """Scroll with the wheel, arrows, PgUp/PgDn; R plays again, S saves a picture, Enter/Esc leave."""

    name = "debrief"
    back = "select"

    def __init__(self, ctx: Any) -> None:
        super().__init__(ctx)
        self.data: Debrief | None = None
        self.assessment: Assessment | None = None  # Assessment rounds: the stored score
        self.saved: Path | None = None  # the last picture saved with S

    def startup(self, came_from: str = "", handoff: Handoff | None = None) -> None:
        session = self.ctx.session
        if session is None:
            self.go("select")
            return
        self.data = summarise(session.round)
        finished = session.round.finished
        self.assessment = None
        if not session.practice and session.mode != "workshop" and finished:
            self.assessment = self.ctx.records.assess(session.round)
        self.scroller.offset = 0
        self.buttons.set(
            [Button("Play again", "again"), Button("Other scenarios", "select", primary=True)],
            selected=1,
        )

    def arrange(self, metrics: Metrics) -> None:
        super().arrange(metrics)
        session = self.ctx.session
        if session is None or self.data is None:
            return
        m = metrics
        self.arrange_page(m)
        maker = BlockMaker(
            self.ctx.fonts, m, self.theme, session.scenario, self.data, self.assessment
        )
        self.blocks = stack_blocks(self.scroller, maker.blocks(), m.px(1000), m.px(14))

    def handle_event(self, event: pygame.event.Event) -> None:
        if event.type == pygame.KEYDOWN and event.key in (
            pygame.K_ESCAPE,
            pygame.K_RETURN,
            pygame.K_KP_ENTER,
        ):
            self.go("select")
            return
        if event.type == pygame.KEYDOWN and event.key == pygame.K_r:
            self._again()
            return
        if event.type == pygame.KEYDOWN and event.key == pygame.K_s:
            self.save_picture()
            return
        action = self.page_action(event)
        if action == "again":
            self._again()
        elif action == "select":
            self.go("select")

    def save_picture(self) -> None:
        """S: the whole debrief as a PNG handout; a notice names the folder (or the problem)."""
        from game.ui.handout import save_debrief

        if self.ctx.session is not None and self.data is not None:
            self.saved, message = save_debrief(self.ctx, self.ctx.session, self.data)
            self.ctx.notify(message, long=True)

    def _again(self) -> None:
        if self.ctx.restart() is not None:
            self.go("play")

    def paint(self, painter: Painter) -> None:
        session = self.ctx.session
        if session is None or self.data is None:
            return
        m, theme = self.m, self.theme
        header(painter, self, f"Debrief · {session.scenario.title}", self._summary())
        paint_blocks(painter, self.scroller, self.blocks, theme, m.px(8))
        self.buttons.draw(painter, theme, m.type(18), m.u)
        self._outcome(painter)
        hints = [("↑↓ PgUp PgDn", "scroll"), ("R", "play again"), ("S", "save picture")]
        key_hints(painter, self, [*hints, ("Enter", "scenarios")])

    def _summary(self) -> str:
        session = self.ctx.session
        assert session is not None and self.data is not None
        mode = "Practice" if session.practice else "Assessment"
        count = session.round.rewinds
        rewinds = f" · {count} rewind{'s' if count != 1 else ''}" if session.practice else ""
        return f"{mode} · {self.ctx.settings.player_name}{rewinds}"

    def _outcome(self, painter: Painter) -> None:
        """The verdict to the left of the buttons, always in view."""
        m, theme = self.m, self.theme
        data = self.data
        assert data is not None
        first = self.buttons.buttons[0].rect
        area = pygame.Rect(
            self.scroller.view.x, first.y, first.x - m.gap - self.scroller.view.x, first.h
        )
        stays = data.stays
        verdict = "✓ The customer stayed" if stays else "✗ The customer left"
        text = f"{verdict} · trust {data.points[0]} → {data.final}"
        if self.assessment is not None:
            passed = "Passed" if self.assessment.passed else "Not passed"
            text = f"{verdict} · {passed}, {self.assessment.score} / 100"
            stays = self.assessment.passed
        painter.text(
            text,
            area,
            m.type(18),
            theme.good if stays else theme.bad,
            bold=True,
            valign="middle",
            min_size=m.type(13),
        )
