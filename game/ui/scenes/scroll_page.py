"""The shape the long pages share: blocks scrolled in a view above a bar of buttons."""

from __future__ import annotations

from typing import Any

import pygame

from game.ui.layout import Metrics, take_bottom
from game.ui.scenes.base import Scene
from game.ui.widgets.button import ButtonList
from game.ui.widgets.scroll import Scroller


class ScrollPage(Scene):
    """A Scene with a Scroller over `blocks` and a right-aligned bar of two buttons."""

    button_share = 2  # each button takes at most 1/button_share of the bar

    def __init__(self, ctx: Any) -> None:
        super().__init__(ctx)
        self.scroller = Scroller()
        self.buttons = ButtonList(horizontal=True, selected=1)
        self.blocks: list[tuple[Any, pygame.Rect]] = []

    def arrange_page(self, m: Metrics) -> pygame.Rect:
        """Place the view and the buttons for this window size; return the button bar."""
        body = pygame.Rect(m.margin, m.px(76) + m.px(12), m.width - 2 * m.margin - m.px(20), 0)
        body.h = m.height - body.y - m.px(56)
        bar, view = take_bottom(body, m.px(58), m.px(14))
        w = min(m.px(300), (bar.w - m.gap) // self.button_share)
        for i, button in enumerate(self.buttons.buttons):
            button.rect = pygame.Rect(bar.right - (2 - i) * w - (1 - i) * m.gap, bar.y, w, bar.h)
        self.scroller.view = view
        self.scroller.line = m.px(60)
        return bar

    def page_action(self, event: pygame.event.Event) -> str | None:
        """Scroll, or work the buttons; the chosen button's action, if any."""
        if self.scroller.handle(event):
            self.dirty = True
            return None
        action = self.buttons.handle(event)
        self.dirty |= self.buttons.changed
        return action
