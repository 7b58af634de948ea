"""Before a round: who the customer is, what went wrong, and Practice or Assessment."""

from __future__ import annotations

from typing import Any

import pygame

from game.names import ASSESSMENT, PRACTICE
from game.play.catalog import Entry
from game.ui.layout import Metrics, inset, split_h, take_bottom, take_top
from game.ui.scenes.base import Scene, header, key_hints
from game.ui.scenes.handoff import Handoff, OpenEntry
from game.ui.widgets.button import Button, ButtonList
from game.ui.widgets.chips import chip, chip_size, difficulty_label, number_badge
from game.ui.widgets.customer import mood_for
from game.ui.widgets.panel import card, focus_ring
from game.ui.widgets.portrait import Portrait
from game.ui.widgets.text import Painter

MODES = {
    PRACTICE: ("Practice", "Feedback right after each answer. Backspace lets you try another one."),
    ASSESSMENT: (
        "Assessment",
        "One try at each answer, like the real thing. Feedback comes in the debrief.",
    ),
}


class BriefingScene(Scene):
    """Keys 1 / 2, arrows + Enter, or a click choose the mode; D shows the file's problems."""

    name = "briefing"
    back = "select"

    def __init__(self, ctx: Any) -> None:
        super().__init__(ctx)
        self.modes = ButtonList(horizontal=True, numbers=True, selected=0)
        self.entry: Entry | None = None
        self.person = Portrait(motion=False)  # a still: this screen does not animate

    def startup(self, came_from: str = "", handoff: Handoff | None = None) -> None:
        key = handoff.key if isinstance(handoff, OpenEntry) else self.ctx.selected
        self.entry = self.ctx.catalog.find(key)
        if self.entry is None or self.entry.scenario is None:
            self.go("select")
            return
        keep = self.modes.selected if self.modes.buttons else 0
        self.modes.set(
            [Button(MODES[k][0], k, badge=str(i + 1)) for i, k in enumerate(MODES)], selected=keep
        )

    def on_reload(self) -> None:
        key = self.entry.key if self.entry else ""
        self.entry = self.ctx.catalog.find(key)
        if self.entry is None or self.entry.scenario is None:
            self.go("select")
        self.relayout()

    def arrange(self, metrics: Metrics) -> None:
        super().arrange(metrics)
        m = metrics
        body = pygame.Rect(m.margin, m.px(76) + m.px(24), m.width - 2 * m.margin, 0)
        body.h = m.height - body.y - m.px(64)
        modes, top = take_bottom(body, m.px(130), m.gap + m.px(6))
        self.panel = top
        self.portrait, self.info = split_h(inset(top, m.px(28), m.px(24)), 0.3, m.px(28))
        left, right = split_h(modes, 0.5, m.gap + m.px(8))
        for button, rect in zip(self.modes.buttons, (left, right), strict=False):
            button.rect = rect

    def handle_event(self, event: pygame.event.Event) -> None:
        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
            self.go_back()
            return
        if event.type == pygame.KEYDOWN and event.key == pygame.K_d and self.entry:
            if self.entry.diagnostics:
                self.go("problems", OpenEntry(self.entry.key))
            return
        if event.type == pygame.KEYDOWN and event.key in (pygame.K_p, pygame.K_a):
            self.start(PRACTICE if event.key == pygame.K_p else ASSESSMENT)
            return
        action = self.modes.handle(event)
        self.dirty |= self.modes.changed
        if action:
            self.start(action)

    def start(self, mode: str) -> None:
        if self.entry is None or self.entry.scenario is None:
            return
        self.ctx.sound.play("click")
        self.ctx.begin(self.entry.scenario, mode)
        self.go("play")

    def paint(self, painter: Painter) -> None:
        m, theme = self.m, self.theme
        if self.entry is None or self.entry.scenario is None:
            return
        scenario = self.entry.scenario
        header(painter, self, scenario.title, f"Playing as {self.ctx.settings.player_name}")
        card(painter.surface, self.panel, theme, m.px(18), shadow=m.px(4))
        backdrop = self.portrait.copy()
        pygame.draw.rect(painter.surface, theme.backdrop, backdrop, border_radius=m.px(14))
        look_at = inset(backdrop, m.px(10), m.px(10))
        self.person.draw(
            painter.surface,
            look_at,
            scenario.customer.look,
            mood_for(scenario.trust_start, scenario.leave_at),
        )
        self._info(painter, scenario)
        for i, button in enumerate(self.modes.buttons):
            self._mode(painter, button, i == self.modes.selected)
        hints = [("1", "practice"), ("2", "assessment"), ("Enter", "start"), ("Esc", "back")]
        if self.entry.diagnostics:
            hints.append(("D", "see problems"))
        key_hints(painter, self, hints)

    def _info(self, painter: Painter, scenario: Any) -> None:
        m, theme, panel = self.m, self.theme, self.panel
        customer = scenario.customer
        label, rest = take_top(self.info, m.px(24))
        painter.text("YOUR CUSTOMER", label, m.type(14), theme.accent, bold=True, panel=panel)
        name, rest = take_top(rest, m.px(38), m.px(2))
        painter.text(
            customer.name, name, m.type(26), theme.ink, bold=True, min_size=m.type(16), panel=panel
        )
        if customer.role:
            role, rest = take_top(rest, m.px(48), m.px(2))
            painter.text(
                customer.role, role, m.type(17), theme.muted, min_size=m.type(12), panel=panel
            )
        size, pad = m.type(14), m.px(8)
        chips_rect, rest = take_top(rest, chip_size(painter, "Ag", size, pad)[1], m.px(18))
        x = chips_rect.x
        texts = [
            difficulty_label(scenario.difficulty),
            f"Trust starts at {scenario.trust_start}",
            f"Walks out at {scenario.leave_at}",
        ]
        for text in texts:
            spot = chip(
                painter, text, (x, chips_rect.y), size, theme.ink, theme.panel_alt, pad, panel
            )
            x = spot.right + m.px(8)
        goal, rest = take_bottom(rest, m.px(56), m.px(12))
        note = self._warning()
        if note:
            strip, rest = take_bottom(rest, m.px(52), m.px(10))
            pygame.draw.rect(painter.surface, theme.warn_soft, strip, border_radius=m.px(10))
            painter.text(
                note,
                inset(strip, m.px(14), m.px(6)),
                m.type(15),
                theme.ink,
                valign="middle",
                min_size=m.type(11),
                panel=strip,
            )
        label, rest = take_top(rest, m.px(24), m.px(4))
        painter.text("WHAT HAPPENED", label, m.type(14), theme.accent, bold=True, panel=panel)
        painter.text(
            scenario.summary, rest, m.type(21), theme.ink, min_size=m.type(14), panel=panel
        )
        text = (
            f"Your goal: keep {customer.name} as a customer. Choose what to say and watch the "
            f"trust meter: at {scenario.leave_at} or below, the customer walks out."
        )
        painter.text(
            text, goal, m.type(16), theme.muted, valign="bottom", min_size=m.type(12), panel=panel
        )

    def _warning(self) -> str:
        entry = self.entry
        if entry is None:
            return ""
        if entry.stale:
            return "⚠ This file now has errors: you are playing its last good version (D: see the problems)."
        if entry.warnings:
            return f"⚠ This file has {entry.warnings} warning(s) (D: see them). It can still be played."
        return ""

    def _mode(self, painter: Painter, button: Button, selected: bool) -> None:
        m, theme = self.m, self.theme
        rect = button.rect
        radius = m.px(16)
        card(
            painter.surface,
            rect,
            theme,
            radius,
            fill=theme.accent_soft if selected else None,
            shadow=m.px(4),
        )
        if selected:
            focus_ring(painter.surface, rect, theme, radius, m.px(3))
        inner = inset(rect, m.px(22), m.px(16))
        d = m.px(40)
        centre = (inner.x + d // 2, inner.y + d // 2)
        number_badge(
            painter, button.badge, centre, d, m.type(20), theme.accent, theme.accent_ink, rect
        )
        text = pygame.Rect(inner.x + d + m.px(16), inner.y, inner.w - d - m.px(16), inner.h)
        title, body = take_top(text, m.px(32), m.px(4))
        title_text, description = MODES[button.action]
        painter.text(title_text, title, m.type(22), theme.ink, bold=True, panel=rect)
        painter.text(description, body, m.type(16), theme.muted, min_size=m.type(12), panel=rect)
