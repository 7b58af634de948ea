"""Where everything on the play screen goes, in the order a turn happened.

Left: the customer in their setting, their name, and (Practice) the trust
meter right under the face. Right, top to bottom: the customer's line in its
channel's frame (their reaction to the last answer), then in Practice the
feedback on that answer, then the next answers. The key-hint row at the
bottom stays free for the App's notices and the hints.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pygame

from game.engine.rules import Step
from game.ui.fonts import FontBook
from game.ui.layout import Metrics, inset, split_h, take_bottom, take_top
from game.ui.scenes.play_parts import LOG_LABEL, LOG_SIZE, feedback_height
from game.ui.widgets.button import Button
from game.ui.widgets.channels import Line, frame_floor, frame_height, thread_heights
from game.ui.widgets.choices import layout_choices, least_height


@dataclass
class PlayLayout:
    """The play screen's rectangles for one window size and one turn."""

    bar: pygame.Rect = field(default_factory=pygame.Rect)
    left: pygame.Rect = field(default_factory=pygame.Rect)
    right: pygame.Rect = field(default_factory=pygame.Rect)
    portrait: pygame.Rect = field(default_factory=pygame.Rect)
    name: pygame.Rect = field(default_factory=pygame.Rect)
    meter: pygame.Rect = field(default_factory=pygame.Rect)
    frame: pygame.Rect = field(default_factory=pygame.Rect)  # the customer's line
    feedback: pygame.Rect | None = None
    log_button: pygame.Rect = field(default_factory=pygame.Rect)
    choice_size: int = 18


def arrange_sides(m: Metrics, book: FontBook, practice: bool) -> PlayLayout:
    """The bar, the two columns and the left column's parts."""
    out = PlayLayout()
    out.bar = pygame.Rect(0, 0, m.width, m.px(64))
    body = pygame.Rect(m.margin, out.bar.bottom + m.px(20), m.width - 2 * m.margin, 0)
    body.h = m.height - body.y - m.px(56)
    out.left, right = split_h(body, 0.3, m.px(40))
    out.right = pygame.Rect(right.x + m.px(10), right.y, right.w - m.px(10), right.h)
    inner = inset(out.left, m.px(20), m.px(20))
    name_h = book.line_height(m.type(20), True) + 2 * book.line_height(m.type(14)) + m.px(6)
    out.name, rest = take_bottom(inner, max(m.px(64), name_h), m.px(4))
    if practice:  # the meter sits right under the face, where the eye already is
        out.meter, out.portrait = take_bottom(rest, meter_height(m, book), m.px(10))
    else:  # Assessment hides the meter: the face has the room
        out.meter, out.portrait = pygame.Rect(inner.x, rest.bottom, inner.w, 0), rest
    size = m.type(LOG_SIZE)
    w, h = book.width(LOG_LABEL, size, True) + 2 * m.px(12), book.line_height(size, True) + m.px(12)
    out.log_button = pygame.Rect(0, 0, w, h)
    out.log_button.midright = (m.width - m.margin, out.bar.centery)
    return out


def meter_height(m: Metrics, book: FontBook) -> int:
    """What draw_meter needs: its label, the bar, and the walk-out note under it."""
    label = book.line_height(m.type(16), True)
    note = book.line_height(m.type(14))
    return label + m.px(10) + m.px(28) + m.px(8) + note + m.px(4)


def arrange_turn(
    out: PlayLayout,
    m: Metrics,
    book: FontBook,
    line: Line,
    feedback: tuple[Step, bool] | None,
    buttons: list[Button],
) -> None:
    """The right column: the line's frame, the feedback under it, the answers last."""
    area = out.right
    gap = m.px(16)
    labels = [b.label for b in buttons]
    strip = feedback_height(book, m, feedback[0], area.w, feedback[1]) + gap if feedback else 0
    least, most = m.px(112), max(m.px(112), int(area.h * 0.42))
    height = max(least, min(most, frame_height(book, m, line, area.w)))
    spare = area.h - strip - least_height(book, m, area.w, labels) - m.px(20)
    height = max(frame_floor(book, m, line), min(height, spare))  # many answers: the line shrinks
    height += thread_room(book, m, line, area, (strip, labels), height)
    out.frame, rest = take_top(area, height, m.px(20))
    out.feedback = None
    if feedback is not None:
        out.feedback, rest = take_top(rest, strip - gap, gap)
    out.choice_size, rects = layout_choices(book, m, rest, labels)
    for button, rect in zip(buttons, rects, strict=True):
        button.rect = rect


def thread_room(
    book: FontBook,
    m: Metrics,
    line: Line,
    area: pygame.Rect,
    below: tuple[int, list[str]],
    height: int,
) -> int:
    """How much taller a chat frame of `height` may grow to show the player's last answer:
    the most of it that leaves the answers (under a feedback strip `below[0]` tall) at the
    type size they have without it, else nothing: the answers come first."""
    strip, labels = below

    def answer_size(frame_h: int) -> int:
        rest = take_top(area, frame_h, m.px(20))[1]
        rest = take_top(rest, strip, 0)[1] if strip else rest
        size, rects = layout_choices(book, m, rest, labels)
        return size if not rects or rects[-1].bottom <= rest.bottom else 0

    plain = answer_size(height)
    for extra in thread_heights(book, m, line, area.w):
        if plain and height + extra <= area.h and answer_size(height + extra) >= plain:
            return extra
    return 0
