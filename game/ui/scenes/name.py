"""Who's playing? The name is typed, remembered for next time, and may stay Guest."""

from __future__ import annotations

import contextlib
from typing import Any

import pygame

from game.play.settings import GUEST, MAX_NAME, clean_name
from game.ui.layout import Metrics, cycle, inset, tab_step
from game.ui.scenes.base import Scene, header, key_hints
from game.ui.scenes.handoff import Handoff, Then
from game.ui.widgets.button import Button, ButtonList
from game.ui.widgets.panel import card
from game.ui.widgets.text import Painter
from game.ui.widgets.textinput import TextField

EXPLAIN = "Your name goes on your results. Leave it empty to play as Guest."


class NameScene(Scene):
    """A field prefilled with the remembered name; Enter continues, Esc goes back."""

    name = "name"
    back = "title"
    wants_text = True

    def __init__(self, ctx: Any) -> None:
        super().__init__(ctx)
        self.field = TextField(limit=MAX_NAME, placeholder=GUEST)
        self.buttons = ButtonList(horizontal=True, selected=0)
        self.then = "select"

    def startup(self, came_from: str = "", handoff: Handoff | None = None) -> None:
        self.then = handoff.scene if isinstance(handoff, Then) else "select"
        self.back = "settings" if self.then == "settings" else "title"
        self.field.value = self.ctx.settings.player
        self.buttons.set(
            [
                Button("Continue", "continue", primary=True),
                Button("New player", "new"),
                Button("Play as Guest", "guest"),
            ],
            selected=None,
        )
        self.field.focused = True
        with contextlib.suppress(pygame.error):
            pygame.key.start_text_input()

    def arrange(self, metrics: Metrics) -> None:
        super().arrange(metrics)
        m = metrics
        self.panel = pygame.Rect(0, 0, min(m.px(720), m.width - 2 * m.margin), m.px(400))
        self.panel.center = (m.width // 2, m.height // 2 + m.px(20))
        inner = inset(self.panel, m.px(40), m.px(36))
        self.title_rect = pygame.Rect(inner.x, inner.y, inner.w, m.px(48))
        self.explain_rect = pygame.Rect(
            inner.x, self.title_rect.bottom + m.px(6), inner.w, m.px(60)
        )
        self.field.rect = pygame.Rect(
            inner.x, self.explain_rect.bottom + m.px(18), inner.w, m.px(68)
        )
        count = max(1, len(self.buttons.buttons))
        button_w = (inner.w - (count - 1) * m.gap) // count
        self.count_rect = pygame.Rect(inner.x, self.field.rect.bottom + m.px(4), inner.w, m.px(26))
        y = inner.bottom - m.px(60)
        for i, button in enumerate(self.buttons.buttons):
            button.rect = pygame.Rect(inner.x + i * (button_w + m.gap), y, button_w, m.px(60))

    def handle_event(self, event: pygame.event.Event) -> None:
        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
            self.go_back()
            return
        if tab_step(event):
            self._focus(cycle(self._focused_at(), 1 + len(self.buttons.buttons), tab_step(event)))
            return
        if self._arrow_between_groups(event):
            self._focus(1 if event.key == pygame.K_DOWN else 0)
            return
        if self._into_field(event):
            self._focus(0)  # typing always goes into the name
        if self.field.handle(event):
            self.dirty = True
            return
        enter = event.type == pygame.KEYDOWN and event.key in (pygame.K_RETURN, pygame.K_KP_ENTER)
        if enter and self.field.focused:
            self._finish(self.field.value)
            return
        if event.type == pygame.KEYDOWN and event.key == pygame.K_SPACE:
            return  # a space was typed (TEXTINPUT); it must not press a button
        if self.field.focused and event.type == pygame.KEYDOWN:
            return  # ← → and the rest stay in the field while it has focus
        action = self.buttons.handle(event)
        if self.buttons.changed:
            self.field.focused, self.dirty = False, True
        if action == "continue":
            self._finish(self.field.value)
        elif action == "new":
            self._new_player()
        elif action == "guest":
            self._finish("")

    def _focused_at(self) -> int:
        """Where focus is in reading order: 0 the field, then each button."""
        if self.field.focused or self.buttons.selected is None:
            return 0
        return 1 + self.buttons.selected

    def _focus(self, at: int) -> None:
        self.field.focused = at == 0
        self.buttons.selected = None if at == 0 else at - 1
        self.dirty = True

    def _into_field(self, event: pygame.event.Event) -> bool:
        """Typing, Backspace or a click on the field: focus goes to the name."""
        if event.type == pygame.TEXTINPUT:
            return True
        if event.type == pygame.KEYDOWN:
            return event.key == pygame.K_BACKSPACE
        return event.type == pygame.MOUSEBUTTONDOWN and self.field.rect.collidepoint(event.pos)

    def _arrow_between_groups(self, event: pygame.event.Event) -> bool:
        """↓ from the field to the buttons, ↑ from the buttons back to the field."""
        if event.type != pygame.KEYDOWN:
            return False
        return (event.key == pygame.K_DOWN and self.field.focused) or (
            event.key == pygame.K_UP and not self.field.focused
        )

    def _new_player(self) -> None:
        """A shared training PC: clear the last player's name; their scenarios start over at
        the tutorial's card, not at the last one they opened."""
        self.field.value = ""
        self.ctx.selected = ""
        self._focus(0)  # ready for the new player's name

    def _finish(self, typed: str) -> None:
        name = clean_name(typed)
        self.ctx.settings.player = "" if name.lower() == GUEST.lower() else name
        self.ctx.save_settings()
        self.ctx.sound.play("click")
        with contextlib.suppress(pygame.error):
            pygame.key.stop_text_input()
        self.go(self.then)

    def paint(self, painter: Painter) -> None:
        m, theme = self.m, self.theme
        header(painter, self, "Make It Right")
        card(painter.surface, self.panel, theme, m.px(18), shadow=m.px(4))
        painter.text(
            "Who's playing?", self.title_rect, m.type(30), theme.ink, bold=True, panel=self.panel
        )
        painter.text(EXPLAIN, self.explain_rect, m.type(18), theme.muted, panel=self.panel)
        self.field.draw(painter, theme, m.type(24), m.u)
        count = f"{len(self.field.value)} / {self.field.limit} characters"
        painter.text(
            count, self.count_rect, m.type(14), theme.muted, align="right", panel=self.panel
        )
        self.buttons.draw(painter, theme, m.type(20), m.u)
        key_hints(
            painter,
            self,
            [("Enter", "continue"), ("Tab", "next"), ("Esc", "back"), ("F11", "full screen")],
        )
