"""The ending: stay or leave, the closing line, and the people the customer tells."""

from __future__ import annotations

from typing import Any

import pygame

from game.engine.why import why_it_ended
from game.ui.layout import Metrics, inset, split_h, take_bottom, take_top
from game.ui.scenes.base import Scene, header, key_hints
from game.ui.scenes.handoff import Handoff, Resume
from game.ui.widgets.button import Button, ButtonList
from game.ui.widgets.crowd import draw_crowd, word_of_mouth
from game.ui.widgets.customer import mood_for
from game.ui.widgets.panel import card
from game.ui.widgets.portrait import Portrait
from game.ui.widgets.text import Painter, text_height


class EndingScene(Scene):
    """Enter opens the debrief, R plays again, Esc goes back to the scenarios."""

    name = "ending"
    back = "select"

    def __init__(self, ctx: Any) -> None:
        super().__init__(ctx)
        self.buttons = ButtonList(horizontal=True, selected=0)
        self.why = ""  # why the round ended so, from the round (engine/why.py)
        self.figures: list[pygame.Rect] = []  # one per person told, as drawn
        self.person = Portrait(motion=False)  # a still: this screen does not animate

    def startup(self, came_from: str = "", handoff: Handoff | None = None) -> None:
        session = self.ctx.session
        if session is None or not session.round.finished:
            self.go("select")
            return
        self.ctx.sound.play("stay" if session.round.ending.stays else "leave")
        round_ = session.round
        self.why = why_it_ended(session.scenario, round_.steps, round_.ending, round_.trust)
        self.buttons.set(
            [
                Button("See the debrief", "debrief", primary=True),
                Button("Play again", "again"),
                Button("Other scenarios", "select"),
            ],
            selected=0,
        )

    def arrange(self, metrics: Metrics) -> None:
        super().arrange(metrics)
        m = metrics
        body = pygame.Rect(m.margin, m.px(76) + m.px(24), m.width - 2 * m.margin, 0)
        body.h = m.height - body.y - m.px(60)
        buttons, top = take_bottom(body, m.px(60), m.px(20))
        self.left, self.right = split_h(top, 0.3, m.px(28))
        w = (buttons.w - 2 * m.gap) // 3
        for i, button in enumerate(self.buttons.buttons):
            button.rect = pygame.Rect(buttons.x + i * (w + m.gap), buttons.y, w, buttons.h)

    def handle_event(self, event: pygame.event.Event) -> None:
        session = self.ctx.session
        if session is None:
            return
        if event.type == pygame.KEYDOWN:
            if event.key == pygame.K_ESCAPE:
                self.go("select")
                return
            if event.key == pygame.K_r:
                self._act("again")
                return
            if event.key == pygame.K_BACKSPACE and session.practice:
                session.rewind()
                self.ctx.sound.play("rewind")
                self.go("play", Resume())
                return
        action = self.buttons.handle(event)
        self.dirty |= self.buttons.changed
        if action:
            self._act(action)

    def _act(self, action: str) -> None:
        session = self.ctx.session
        self.ctx.sound.play("click")
        if action == "again" and session is not None:
            self.ctx.restart()
            self.go("play")
        else:
            self.go(action)

    def paint(self, painter: Painter) -> None:
        session = self.ctx.session
        if session is None or session.round.ending is None:
            return
        m, theme = self.m, self.theme
        scenario, ending = session.scenario, session.round.ending
        header(painter, self, scenario.title, "The round is over")
        card(painter.surface, self.left, theme, m.px(18), shadow=m.px(4))
        inner = inset(self.left, m.px(20), m.px(20))
        name, portrait = take_bottom(inner, m.px(40), m.px(8))
        pygame.draw.rect(painter.surface, theme.backdrop, portrait, border_radius=m.px(14))
        self.person.draw(
            painter.surface,
            inset(portrait, m.px(8)),
            scenario.customer.look,
            mood_for(session.round.trust, scenario.leave_at),
        )
        painter.text(
            scenario.customer.name,
            name,
            m.type(20),
            theme.ink,
            bold=True,
            align="center",
            valign="middle",
            min_size=m.type(13),
            panel=self.left,
        )
        self._verdict(painter, session, ending)
        self.buttons.draw(painter, theme, m.type(19), m.u)
        hints = [("Enter", "debrief"), ("R", "play again"), ("Esc", "scenarios")]
        if session.practice:
            hints.insert(2, ("Backspace", "take back the last answer"))
        key_hints(painter, self, hints)

    def _verdict(self, painter: Painter, session: Any, ending: Any) -> None:
        m, theme = self.m, self.theme
        customer = session.scenario.customer.name
        stays = ending.stays
        ink = theme.good if stays else theme.bad
        card(painter.surface, self.right, theme, m.px(18), shadow=m.px(4))
        band = pygame.Rect(self.right.x, self.right.y, m.px(10), self.right.h)
        pygame.draw.rect(
            painter.surface,
            ink,
            band,
            border_top_left_radius=m.px(18),
            border_bottom_left_radius=m.px(18),
        )
        inner = inset(self.right, m.px(36), m.px(26))
        title, rest = take_top(inner, m.px(58))
        verdict = f"✓ {customer} stays" if stays else f"✗ {customer} leaves"
        painter.text(verdict, title, m.type(40), ink, bold=True, valign="middle", panel=self.right)
        why = " ".join(t for t in (self.why, ending.lesson) if t)
        size = m.type(17)
        most = 4 * painter.book.line_height(size)
        wanted = min(most, text_height(painter.book, why, size, rest.w))
        sub, rest = take_top(rest, wanted, m.px(12))
        painter.text(why, sub, size, theme.ink, min_size=m.type(13), panel=self.right)
        line, rest = take_top(rest, int(rest.h * 0.40), m.px(12))
        pygame.draw.rect(painter.surface, theme.panel_alt, line, border_radius=m.px(12))
        painter.text(
            ending.say,
            inset(line, m.px(20), m.px(14)),
            m.type(20),
            theme.ink,
            min_size=m.type(13),
            valign="middle",
            panel=line,
        )
        self._word_of_mouth(painter, rest, ending.tells, stays)

    def _word_of_mouth(self, painter: Painter, area: pygame.Rect, tells: int, stays: bool) -> None:
        m, theme = self.m, self.theme
        label, crowd = take_top(area, m.px(32), m.px(8))
        painter.text(word_of_mouth(tells, stays), label, m.type(18), theme.ink, bold=True,
                     panel=self.right)  # fmt: skip
        self.figures = draw_crowd(painter.surface, crowd, tells, stays, theme)
