"""Settings: player name, theme, text size, sound, full screen, motion and text reveal;
saved as soon as changed."""

from __future__ import annotations

from typing import Any

import pygame

from game.play.settings import TEXT_SIZES, THEMES
from game.ui.context import Request
from game.ui.layout import Metrics, inset
from game.ui.scenes.base import Scene, header, key_hints
from game.ui.scenes.handoff import Handoff, Then
from game.ui.widgets.button import Button, ButtonList, on_button
from game.ui.widgets.text import Painter

THEME_NAMES = {"warm": "Warm", "contrast": "High contrast"}
SIZE_NAMES = {"normal": "Normal", "large": "Large", "largest": "Largest"}
ROWS = (
    ("player", "Player name"),
    ("theme", "Colors"),
    ("text_size", "Text size"),
    ("sound", "Sound cues"),
    ("fullscreen", "Full screen"),
    ("reduce_motion", "Reduce motion"),
    ("text_reveal", "Reveal the customer's words"),
    ("lrs", "Learning Record Store"),
)
TRAINER_ROWS = {"lrs"}  # where rounds are sent: set up by a trainer or IT, never by a learner


def rows_for(trainer: bool) -> tuple[tuple[str, str], ...]:
    """The settings a player may change: learners get every row but the trainer's."""
    return tuple(row for row in ROWS if trainer or row[0] not in TRAINER_ROWS)


def lrs_line(ctx: Any) -> str:
    """Where rounds are sent and what waits (read once as the screen opens, not every frame)."""
    from game.play.lrs_config import load_config
    from game.play.lrs_status import one_line

    status = ctx.lrs.status() if ctx.lrs is not None else None
    return one_line(status, load_config(ctx.store.folder))


def _cycle(options: tuple[str, ...], current: str, step: int) -> str:
    index = options.index(current) if current in options else 0
    return options[(index + step) % len(options)]


class SettingsScene(Scene):
    """Up/Down pick a row; Enter, Space, Left/Right or a click change it; Esc goes back."""

    name = "settings"

    def __init__(self, ctx: Any) -> None:
        super().__init__(ctx)
        self.rows = ButtonList(selected=0)

    def startup(self, came_from: str = "", handoff: Handoff | None = None) -> None:
        if came_from in ("title", "select"):
            self.back = came_from
        rows = rows_for(self.ctx.trainer)
        selected = min(self.rows.selected or 0, len(rows) - 1)
        self.rows.set([Button(label, key) for key, label in rows], selected=selected)
        self.lrs_line = lrs_line(self.ctx)

    def arrange(self, metrics: Metrics) -> None:
        super().arrange(metrics)
        m = metrics
        width = min(m.px(820), m.width - 2 * m.margin)
        x = (m.width - width) // 2
        y = m.px(76) + m.px(28)
        room = m.height - y - m.px(34 + 64 + 52)  # the notes below and the key hints
        count = len(rows_for(self.ctx.trainer))
        pitch = max(m.px(52), min(m.px(78), room // count))
        for i, button in enumerate(self.rows.buttons):
            button.rect = pygame.Rect(x, y + i * pitch, width, pitch - m.px(10))
        self.note = pygame.Rect(x, y + count * pitch + m.px(6), width, m.px(34))
        self.lrs_note = pygame.Rect(x, self.note.bottom, width, m.px(64))

    def value(self, key: str) -> str:
        s = self.ctx.settings
        return {
            "player": s.player_name,
            "theme": THEME_NAMES.get(s.theme, s.theme),
            "text_size": SIZE_NAMES.get(s.text_size, s.text_size),
            "sound": "On" if s.sound else "Off (M)",
            "fullscreen": "On" if s.fullscreen else "Off (F11)",
            "reduce_motion": "On" if s.reduce_motion else "Off",
            "text_reveal": "Gradually" if s.text_reveal else "All at once",
            "lrs": "Set up",
        }[key]

    def handle_event(self, event: pygame.event.Event) -> None:
        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
            self.go_back()
            return
        if event.type == pygame.KEYDOWN and event.key in (pygame.K_LEFT, pygame.K_RIGHT):
            if self.rows.selected is not None:
                self.change(
                    self.rows.buttons[self.rows.selected].action,
                    -1 if event.key == pygame.K_LEFT else 1,
                )
            return
        action = self.rows.handle(event)
        self.dirty |= self.rows.changed
        if action:
            self.change(action, 1)

    def change(self, key: str, step: int) -> None:
        """Change one setting, apply it at once, and save."""
        s = self.ctx.settings
        self.ctx.sound.play("click")
        if key == "player":
            self.go("name", Then("settings"))
            return
        if key == "lrs":
            self.go("lrs")
            return
        if key == "theme":
            s.theme = _cycle(THEMES, s.theme, step)
            self.ctx.fonts.clear()
        elif key == "text_size":
            s.text_size = _cycle(tuple(TEXT_SIZES), s.text_size, step)
            self.ctx.ask(Request.RESTYLE)
        elif key == "sound":
            self.ctx.ask(Request.TOGGLE_SOUND)
        elif key == "fullscreen":
            self.ctx.ask(Request.TOGGLE_FULLSCREEN)
        elif key == "reduce_motion":
            s.reduce_motion = not s.reduce_motion
        elif key == "text_reveal":
            s.text_reveal = not s.text_reveal
        self.ctx.save_settings()
        self.dirty = True

    def paint(self, painter: Painter) -> None:
        m, theme = self.m, self.theme
        header(painter, self, "Settings", f"Playing as {self.ctx.settings.player_name}")
        size = m.type(20)
        for i, button in enumerate(self.rows.buttons):
            button.label = ""
            focused = i == self.rows.selected
            button.draw(painter, theme, size, focused, m.u)
            ink, value_ink = on_button(theme, focused)  # readable on the focus fill
            inner = inset(button.rect, m.px(24), 0)
            label = dict(ROWS)[button.action]
            half = inner.w // 2
            painter.text(
                label,
                pygame.Rect(inner.x, inner.y, half, inner.h),
                size,
                ink,
                bold=True,
                valign="middle",
                panel=button.rect,
            )
            value = self.value(button.action)
            opens = button.action in ("player", "lrs")
            value = f"{value} · change ›" if opens else f"‹ {value} ›"
            painter.text(
                value,
                pygame.Rect(inner.x + half, inner.y, inner.w - half, inner.h),
                size,
                value_ink,
                bold=True,
                align="right",
                valign="middle",
                panel=button.rect,
            )
        if self.ctx.trainer:  # where files live and what the LRS does: for trainers only
            where = f"Settings are saved in {self.ctx.store.path}"
            painter.text(where, self.note, m.type(14), theme.muted, align="center")
            painter.text(self.lrs_line, self.lrs_note, m.type(14), theme.muted, align="center")
        key_hints(painter, self, [("↑↓", "choose"), ("←→ Enter", "change"), ("Esc", "back")])
