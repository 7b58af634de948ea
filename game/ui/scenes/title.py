"""The title screen: the name, a friendly face, Start / Scenarios / Settings / History / Workshop / Quit."""

from __future__ import annotations

from typing import Any

import pygame

from game.model.scenario import Look
from game.ui.layout import Metrics
from game.ui.scenes.base import Scene, key_hints
from game.ui.scenes.handoff import Handoff, Then
from game.ui.widgets.button import Button, ButtonList
from game.ui.widgets.portrait import Portrait
from game.ui.widgets.text import Painter

TAGLINE = "Practice turning a mistake into a customer who stays."


# The two faces drawn as busts if the art is missing.
LOOKS = (Look("#8d5524", "#1c1c1c", "#16766c"), Look("#e0ac69", "#6b4226", "#c45632"))
FACES = ("keisha-morrow", "tomas-reyes")  # two of the library's people, behind and in front


class TitleScene(Scene):
    """Start goes to the player's name, Scenarios to the list, Settings, Quit."""

    name = "title"
    back = None

    def __init__(self, ctx: Any) -> None:
        super().__init__(ctx)
        self.menu = ButtonList(selected=0, wrap=False)
        self.faces = {person: Portrait(motion=False) for person in FACES}  # stills, no loop cost

    def startup(self, came_from: str = "", handoff: Handoff | None = None) -> None:
        self.ctx.end_round()
        self.menu.set(
            [
                Button("Start", "start", primary=True),
                Button("Scenarios", "select"),
                Button("Settings", "settings"),
                Button("History", "history"),
                Button("Workshop", "workshop"),
                Button("Quit", "quit"),
            ],
            selected=0,
        )

    def arrange(self, metrics: Metrics) -> None:
        super().arrange(metrics)
        m = metrics
        width = min(m.px(380), m.width // 2 - m.margin)
        top = int(m.height * 0.40)
        count = max(1, len(self.menu.buttons))
        step = min(m.px(70), (m.height - top - m.px(96)) // count)  # room below for name and keys
        height, gap = step * 4 // 5, step - step * 4 // 5
        left = m.margin * 2 if m.width >= m.height else m.margin
        for i, button in enumerate(self.menu.buttons):
            button.rect = pygame.Rect(left, top + i * (height + gap), width, height)

    def handle_event(self, event: pygame.event.Event) -> None:
        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
            self.menu.selected = len(self.menu.buttons) - 1  # Esc points at Quit, never quits
            self.dirty = True
            return
        action = self.menu.handle(event)
        self.dirty |= self.menu.changed
        if action == "start":
            self.ctx.sound.play("click")
            self.go("name", Then("select"))
        elif action in ("select", "settings", "workshop", "history"):
            self.ctx.sound.play("click")
            self.go(action)
        elif action == "quit":
            self.go("quit")

    def paint(self, painter: Painter) -> None:
        m, theme = self.m, self.theme
        surface = painter.surface
        art = pygame.Rect(m.width // 2, 0, m.width - m.width // 2, m.height)
        pygame.draw.rect(surface, theme.backdrop, art)
        pygame.draw.circle(
            surface,
            theme.accent_soft,
            (art.centerx, int(m.height * 0.46)),
            int(min(art.w, m.height) * 0.36),
        )
        side = int(min(art.w * 0.42, m.height * 0.5))
        front = pygame.Rect(0, 0, side, int(side * 1.1))
        front.midbottom = (art.centerx + side // 5, int(m.height * 0.78))
        behind = front.move(-int(side * 0.55), 0)  # both stand on the same line
        for person, rect, look, mood in zip(
            FACES, (behind, front), LOOKS, ("relieved", "delighted"), strict=True
        ):
            face = self.faces[person]
            face.draw(surface, rect, face.art.look_of(person) or look, mood)  # bust if no art
        left = self.menu.buttons[0].rect.x if self.menu.buttons else m.margin
        text_w = m.width // 2 - left - m.margin
        title = pygame.Rect(left, int(m.height * 0.14), text_w, m.px(96))
        painter.text("Make It Right", title, m.type(64), theme.ink, bold=True, valign="bottom")
        tag = pygame.Rect(left, title.bottom + m.px(8), text_w, m.px(64))
        painter.text(TAGLINE, tag, m.type(21), theme.muted)
        stripe = pygame.Rect(left, title.bottom + m.px(2), m.px(72), m.px(5))
        pygame.draw.rect(surface, theme.accent, stripe, border_radius=m.px(3))
        self.menu.draw(painter, theme, m.type(22), m.u)
        who = f"Playing as {self.ctx.settings.player_name}"
        last = self.menu.buttons[-1].rect if self.menu.buttons else title
        spot = pygame.Rect(left, last.bottom + m.px(14), text_w, m.px(28))
        painter.text(who, spot, m.type(16), theme.muted)
        key_hints(
            painter,
            self,
            [("↑↓", "move"), ("Enter", "choose"), ("F11", "full screen"), ("M", "sound")],
        )
