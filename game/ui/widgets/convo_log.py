"""The conversation so far, over the play screen: what the customer said and what the player answered.

Opened with L or the top bar's "Conversation" button; the wheel, arrows,
Page Up/Down, Home and End scroll it; L, Esc or a click outside closes it.
It opens at the newest line, since that is what a player wants to check.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pygame

from game.engine.rules import Step
from game.model.scenario import Node, Scenario
from game.ui.fonts import FontBook
from game.ui.layout import Metrics, inset
from game.ui.theme import Theme
from game.ui.widgets.panel import card
from game.ui.widgets.scroll import Scroller
from game.ui.widgets.text import Painter, text_height

TEXT_SIZE = 17
LABEL_SIZE = 14
YOU = "You"


@dataclass(frozen=True)
class Said:
    """One line of the conversation: who said it and the words."""

    who: str
    text: str
    player: bool = False


def said_so_far(scenario: Scenario, steps: Sequence[Step], current: str | None) -> list[Said]:
    """Each line the customer said and each answer given, in order, ending with the line
    now on screen (`current`, a node id, or None once the round is over)."""
    said: list[Said] = []
    for step in steps:
        node = scenario.nodes.get(step.node)
        if node is not None:
            said.append(_said(scenario, node))
        said.append(Said(YOU, step.say, player=True))
    node = scenario.nodes.get(current) if current else None
    if node is not None:
        said.append(_said(scenario, node))
    return said


def _said(scenario: Scenario, node: Node) -> Said:
    return Said("Narrator" if node.is_narration else scenario.speaker_of(node), node.say)


class ConversationLog:
    """A scrollable card listing `Said` lines; `handle` answers 'close', 'scrolled' or None."""

    def __init__(self) -> None:
        self.open = False
        self.lines: list[Said] = []
        self.scroller = Scroller()
        self.panel = pygame.Rect(0, 0, 0, 0)
        self.heights: list[int] = []

    def show(self, lines: list[Said]) -> None:
        self.open, self.lines = True, lines
        self.scroller.offset = 10**9  # clamped to the end once laid out

    def arrange(self, m: Metrics, book: FontBook) -> None:
        """Size the card and measure every line for this window."""
        self.panel = pygame.Rect(0, 0, min(m.px(860), m.width - 2 * m.margin), 0)
        top, bottom = m.px(64 + 12), m.height - m.px(56)  # clear of the top bar and the key hints
        self.panel.h = bottom - top
        self.panel.midtop = (m.width // 2, top)
        inner = inset(self.panel, m.px(28), m.px(24))
        title_h = book.line_height(m.type(22), True) + m.px(12)
        self.scroller.view = pygame.Rect(inner.x, inner.y + title_h, inner.w - m.px(14),
                                         inner.h - title_h)  # fmt: skip
        self.scroller.line = book.line_height(m.type(TEXT_SIZE))
        width = self._text_width(m)
        label = book.line_height(m.type(LABEL_SIZE), True) + m.px(4)
        self.heights = [label + text_height(book, s.text, m.type(TEXT_SIZE), width) + m.px(24)
                        for s in self.lines]  # fmt: skip
        self.scroller.content_h = sum(self.heights) + m.px(12) * len(self.lines)
        self.scroller.scroll_to(self.scroller.offset)

    def _text_width(self, m: Metrics) -> int:
        return self.scroller.view.w - m.px(80) - 2 * m.px(14)

    def handle(self, event: pygame.event.Event) -> str | None:
        if event.type == pygame.KEYDOWN and event.key in (pygame.K_ESCAPE, pygame.K_l):
            self.open = False
            return "close"
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            if not self.panel.collidepoint(event.pos):
                self.open = False
                return "close"
            return None
        return "scrolled" if self.scroller.handle(event) else None

    def draw(self, painter: Painter, theme: Theme, m: Metrics) -> None:
        veil = pygame.Surface(painter.surface.get_size(), pygame.SRCALPHA)
        veil.fill((20, 16, 12, 150))
        painter.surface.blit(veil, (0, 0))
        card(painter.surface, self.panel, theme, m.px(18), shadow=m.px(5))
        inner = inset(self.panel, m.px(28), m.px(24))
        title = pygame.Rect(inner.x, inner.y, inner.w, painter.book.line_height(m.type(22), True))
        used = painter.text("The conversation so far", title, m.type(22), theme.ink, bold=True,
                            panel=self.panel)  # fmt: skip
        hint = pygame.Rect(used.right + m.gap, title.y, inner.right - used.right - m.gap, title.h)
        painter.text("L or Esc to close", hint, m.type(14), theme.muted, align="right",
                     valign="middle", panel=self.panel)  # fmt: skip
        self._draw_lines(painter, theme, m)

    def _draw_lines(self, painter: Painter, theme: Theme, m: Metrics) -> None:
        view = self.scroller.view
        previous = painter.surface.get_clip()
        painter.surface.set_clip(view)
        painter.clip = view
        y = view.y - self.scroller.offset
        for said, height in zip(self.lines, self.heights, strict=True):
            if y + height >= view.y and y <= view.bottom:
                self._draw_one(painter, theme, m, said, pygame.Rect(view.x, y, view.w, height))
            y += height + m.px(12)
        painter.clip = None
        painter.surface.set_clip(previous)
        self.scroller.draw_bar(painter.surface, theme, m.px(6))

    def _draw_one(self, painter: Painter, theme: Theme, m: Metrics, said: Said,
                  row: pygame.Rect) -> None:  # fmt: skip
        """A customer line on the left, the player's answer indented on the right."""
        indent = m.px(80)
        box = pygame.Rect(row.x + (indent if said.player else 0), row.y, row.w - indent, row.h)
        fill = theme.good_soft if said.player else theme.panel_alt
        pygame.draw.rect(painter.surface, fill, box, border_radius=m.px(12))
        inner = inset(box, m.px(14), m.px(12))
        label_h = painter.book.line_height(m.type(LABEL_SIZE), True)
        ink = theme.good if said.player else theme.accent
        painter.text(said.who, pygame.Rect(inner.x, inner.y, inner.w, label_h), m.type(LABEL_SIZE),
                     ink, bold=True, panel=box)  # fmt: skip
        body = pygame.Rect(inner.x, inner.y + label_h + m.px(4), inner.w, inner.h - label_h)
        painter.text(said.text, body, m.type(TEXT_SIZE), theme.ink, min_size=m.type(TEXT_SIZE),
                     panel=box)  # fmt: skip
