"""Settings › Learning Record Store: the endpoint, key and secret, saved for this user.

The same file `make-it-right lrs set` writes (owner-only, 0600); the secret is
drawn as dots and never shown again (left empty, the saved one is kept). Test
runs `lrs test`'s checks in a background thread, so the window never waits on
the network.
"""

from __future__ import annotations

import contextlib
import threading
from typing import Any

import pygame

from game.ui.layout import Metrics, cycle, inset, tab_step
from game.ui.scenes.base import Scene, header, key_hints
from game.ui.scenes.handoff import Handoff
from game.ui.widgets.button import Button, ButtonList
from game.ui.widgets.panel import card
from game.ui.widgets.text import Painter
from game.ui.widgets.textinput import TextField

FIELDS = (("endpoint", "Endpoint (ends in /xAPI/)"), ("key", "Key"), ("secret", "Secret"))
EXPLAIN = (
    "Every finished round is queued and sent to your organization's LRS in the background,"
    " also after time offline. Ask your LMS or IT team for these three."
)


class LrsScene(Scene):
    """Type the three values (Tab or ↑↓ between them), then Save, Test or Forget."""

    name = "lrs"
    back = "settings"
    wants_text = True

    def __init__(self, ctx: Any) -> None:
        super().__init__(ctx)
        self.fields = {
            "endpoint": TextField(limit=300, placeholder="https://lrs.example.org/xAPI/"),
            "key": TextField(limit=200, placeholder="the key your LRS gave you"),
            "secret": TextField(limit=200, placeholder="the secret", masked=True),
        }
        self.focus = "endpoint"
        self.buttons = ButtonList(horizontal=True, selected=None)
        self.message = ""
        self._checks: list[str] | None = None  # filled by the test thread
        self._testing = False

    def startup(self, came_from: str = "", handoff: Handoff | None = None) -> None:
        from game.play.lrs_config import load_config

        saved = load_config(self.ctx.store.folder)
        self.fields["endpoint"].value = saved.endpoint if saved else ""
        self.fields["key"].value = saved.key if saved else ""
        self.fields["secret"].value = ""
        self.fields["secret"].placeholder = "(saved; type to replace)" if saved else "the secret"
        self.focus, self.message = "endpoint", ""
        self.buttons.set(
            [
                Button("Save", "save", primary=True),
                Button("Test connection", "test"),
                Button("Forget", "forget"),
                Button("Back", "back"),
            ],
            selected=None,
        )
        with contextlib.suppress(pygame.error):
            pygame.key.start_text_input()

    def arrange(self, metrics: Metrics) -> None:
        super().arrange(metrics)
        m = metrics
        width = min(m.px(900), m.width - 2 * m.margin)
        self.panel = pygame.Rect((m.width - width) // 2, m.px(96), width, m.height - m.px(150))
        inner = inset(self.panel, m.px(32), m.px(24))
        self.explain = pygame.Rect(inner.x, inner.y, inner.w, m.px(52))
        y = self.explain.bottom + m.px(10)
        self.labels: dict[str, pygame.Rect] = {}
        for key, _ in FIELDS:
            self.labels[key] = pygame.Rect(inner.x, y, inner.w, m.px(26))
            self.fields[key].rect = pygame.Rect(inner.x, y + m.px(28), inner.w, m.px(52))
            y += m.px(92)
        button_w = (inner.w - 3 * m.gap) // 4
        for i, button in enumerate(self.buttons.buttons):
            button.rect = pygame.Rect(inner.x + i * (button_w + m.gap), y, button_w, m.px(56))
        self.note = pygame.Rect(inner.x, y + m.px(66), inner.w, max(0, inner.bottom - y - m.px(66)))

    def handle_event(self, event: pygame.event.Event) -> None:
        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
            self._leave()
            return
        if tab_step(event):
            self._tab(tab_step(event))
            return
        if event.type == pygame.KEYDOWN and event.key in (pygame.K_DOWN, pygame.K_UP):
            self._move(-1 if event.key == pygame.K_UP else 1)
            return
        if event.type == pygame.MOUSEBUTTONDOWN:
            for key, field in self.fields.items():
                if field.rect.collidepoint(event.pos):
                    self.focus, self.buttons.selected, self.dirty = key, None, True
        if self.focus and self.fields[self.focus].handle(event):
            self.dirty = True
            return
        enter = event.type == pygame.KEYDOWN and event.key in (pygame.K_RETURN, pygame.K_KP_ENTER)
        if enter and self.buttons.selected is None:  # Enter in a field saves
            self._act("save")
            return
        action = self.buttons.handle(event)
        if self.buttons.changed:
            self.focus, self.dirty = "", True  # one focus: the button, not a field too
        if action:
            self._act(action)

    def _tab(self, step: int) -> None:
        """Tab / Shift+Tab through the fields, then the buttons, in reading order."""
        keys = [k for k, _ in FIELDS]
        at = keys.index(self.focus) if self.focus in keys else None
        if at is None and self.buttons.selected is not None:
            at = len(keys) + self.buttons.selected
        to = cycle(at, len(keys) + len(self.buttons.buttons), step)
        self.focus = keys[to] if to < len(keys) else ""
        self.buttons.selected = None if to < len(keys) else to - len(keys)
        self.dirty = True

    def _move(self, step: int) -> None:
        keys = [k for k, _ in FIELDS]
        at = keys.index(self.focus) if self.focus in keys else -1
        self.focus = keys[(at + step) % len(keys)]
        self.buttons.selected = None
        self.dirty = True

    def _act(self, action: str) -> None:
        self.ctx.sound.play("click")
        if action == "save":
            self.message = self._save()
        elif action == "test":
            self._test()
        elif action == "forget":
            from game.play.lrs_config import forget_config

            gone = forget_config(self.ctx.store.folder)
            self.message = "The LRS settings were removed." if gone else "Nothing was saved."
            self.startup()
        else:
            self._leave()
        self.dirty = True

    def _config(self) -> tuple[Any, str]:
        """The typed values as an LrsConfig, or None and why not."""
        from game.play.lrs_config import LrsConfig, endpoint_problem, load_config

        endpoint = self.fields["endpoint"].value.strip()
        key = self.fields["key"].value.strip()
        secret = self.fields["secret"].value
        saved = load_config(self.ctx.store.folder)
        if not secret and saved is not None:
            secret = saved.secret
        problem = endpoint_problem(endpoint)
        if problem:
            return None, problem[:1].upper() + problem[1:] + "."
        if not key or not secret:
            return None, "The key and the secret are both needed."
        return LrsConfig(endpoint, key, secret), ""

    def _save(self) -> str:
        from game.play.lrs_config import save_config

        config, problem = self._config()
        if config is None:
            return problem
        try:
            save_config(config, self.ctx.store.folder)
        except OSError as exc:
            return f"Could not save: {exc.strerror or exc}."
        return "Saved. Rounds are sent in the background; Test checks the connection now."

    def _test(self) -> None:
        config, problem = self._config()
        if config is None:
            self.message = problem
            return
        if self._testing:
            return
        self._testing, self._checks, self.message = True, None, "Testing the connection…"

        def run() -> None:
            from game.play.lrs_check import check_connection

            try:
                found = [("✓ " if c.passed else "✗ ") + c.text for c in check_connection(config)]
            except Exception as exc:  # noqa: BLE001 - a message for the screen, never a crash
                found = [f"✗ The test could not run: {exc}"]
            self._checks = found

        threading.Thread(target=run, daemon=True).start()

    def update(self, dt: float) -> None:
        if self._testing and self._checks is not None:
            self.message = "\n".join(self._checks)
            self._testing, self.dirty = False, True

    @property
    def animating(self) -> bool:
        return self._testing  # keep reading the thread's result

    def _leave(self) -> None:
        with contextlib.suppress(pygame.error):
            pygame.key.stop_text_input()
        self.go("settings")

    def paint(self, painter: Painter) -> None:
        m, theme = self.m, self.theme
        header(painter, self, "Learning Record Store", "Settings")
        card(painter.surface, self.panel, theme, m.px(18), shadow=m.px(4))
        painter.text(EXPLAIN, self.explain, m.type(15), theme.muted, panel=self.panel)
        for key, label in FIELDS:
            ink = theme.accent if key == self.focus else theme.ink
            painter.text(label, self.labels[key], m.type(15), ink, bold=True, panel=self.panel)
            self.fields[key].focused = key == self.focus
            self.fields[key].draw(painter, theme, m.type(18), m.u)
        self.buttons.draw(painter, theme, m.type(17), m.u)
        if self.message:
            painter.text(self.message, self.note, m.type(15), theme.ink, panel=self.panel)
        hints = [("Tab", "next"), ("↑↓", "fields"), ("Enter", "save"), ("Esc", "back")]
        key_hints(painter, self, hints)
