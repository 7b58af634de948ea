"""The play screen's left card: the customer in their setting, their name, and the trust meter.

The backdrop names the place (scenario `setting`); a video call puts the
customer in a camera frame, a phone call shows the headset. The portrait is
drawn by one call (`draw_portrait`), so a new portrait widget slots in there.
"""

from __future__ import annotations

from typing import Any

import pygame

from game.ui.layout import inset, take_top
from game.ui.scenes.play_layout import PlayLayout
from game.ui.widgets.backdrops import Backdrops
from game.ui.widgets.icons import draw_icon
from game.ui.widgets.meter import draw_meter, draw_popups
from game.ui.widgets.panel import card
from game.ui.widgets.text import Painter


def draw_customer_card(painter: Painter, scene: Any, at: PlayLayout, backdrops: Backdrops) -> None:
    """The card, the backdrop, the customer with today's face, name, role and (Practice) meter."""
    m, theme = scene.m, scene.theme
    scenario = scene.session.scenario
    card(painter.surface, at.left, theme, m.px(18), shadow=m.px(4))
    repaint_frame(painter, scene, at, backdrops)
    name, role = take_top(at.name, painter.book.line_height(m.type(20), True) + m.px(2))
    painter.text(scenario.customer.name, name, m.type(20), theme.ink, bold=True,
                 align="center", valign="bottom", min_size=m.type(14), panel=at.left)  # fmt: skip
    painter.text(scenario.customer.role, role, m.type(14), theme.muted, align="center",
                 min_size=m.type(11), panel=at.left)  # fmt: skip
    if scene.session.practice:  # Assessment: read the customer, not a number
        draw_meter(painter, at.meter, theme, m, scene.meter, scenario.leave_at, at.left)


def repaint_frame(painter: Painter, scene: Any, at: PlayLayout, backdrops: Backdrops) -> None:
    """The customer's frame alone: setting, person, channel motif and the meter's popups.

    The whole card paints it; a blink or a breath repaints only this.
    """
    m, theme = scene.m, scene.theme
    frame = inset(at.portrait, m.px(4), 0)
    backdrops.draw(painter.surface, frame, scene.session.scenario.setting, theme, m.px(14))
    draw_portrait(painter.surface, inset(frame, m.px(8), m.px(8)), scene)
    _channel_motif(painter.surface, frame, scene)
    if scene.session.practice:
        draw_popups(painter, theme, m, scene.meter, frame)


def draw_portrait(surface: pygame.Surface, rect: pygame.Rect, scene: Any) -> None:
    """The customer, with the face for the line being said (the only portrait call)."""
    scene.person.draw(surface, rect, scene.session.scenario.customer.look, scene.face())


def _channel_motif(surface: pygame.Surface, frame: pygame.Rect, scene: Any) -> None:
    """A video call frames the customer as a camera picture; a phone call shows the headset."""
    m, theme = scene.m, scene.theme
    channel = scene.session.scenario.channel
    if channel == "video":
        pygame.draw.rect(surface, theme.narrator, frame, width=m.px(8), border_radius=m.px(14))
        dot = (frame.x + m.px(24), frame.y + m.px(24))
        pygame.draw.circle(surface, theme.bad, dot, m.px(7))
    elif channel == "phone":
        badge = pygame.Rect(0, 0, m.px(44), m.px(44))
        badge.topleft = (frame.x + m.px(10), frame.y + m.px(10))
        pygame.draw.circle(surface, theme.narrator, badge.center, badge.w // 2 + m.px(4))
        draw_icon(surface, "headset", badge.inflate(-m.px(12), -m.px(12)), theme.narrator_ink)
