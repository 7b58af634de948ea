"""Pieces of the play screen: the top bar and the Practice feedback strip."""

from __future__ import annotations

from typing import Any

import pygame

from game.engine.debrief import worth
from game.engine.rules import Step
from game.ui.fonts import FontBook
from game.ui.layout import Metrics, inset
from game.ui.theme import Theme
from game.ui.widgets.chips import chip, chip_size
from game.ui.widgets.dialog import Confirm
from game.ui.widgets.meter import change_text
from game.ui.widgets.text import Painter, text_height
from game.ui.words import quoted

FEEDBACK_SIZE = 16
LOG_LABEL = "Conversation (L)"
LOG_SIZE = 14
# How each scenario `channel` is named in the top bar: where the player is talking.
CHANNEL_LABELS = {
    "counter": "At the counter",
    "phone": "Phone call",
    "chat": "Live chat",
    "email": "Email",
    "review": "Online review",
    "video": "Video call",
}


def draw_top_bar(painter: Painter, scene: Any, bar: pygame.Rect, log: pygame.Rect) -> None:
    """Scenario title, mode and channel on the left; the answer count, the player and the
    conversation log's button on the right."""
    m, theme = scene.m, scene.theme
    session = scene.ctx.session
    pygame.draw.rect(painter.surface, theme.backdrop, bar)
    pygame.draw.line(painter.surface, theme.border, bar.bottomleft, bar.bottomright, 2)
    inner = inset(bar, m.margin, 0)
    inner.w = max(0, log.x - m.gap - inner.x)
    draw_log_button(painter, scene, log)
    answered = len(session.round.steps)
    right = f"Answers so far: {answered} · {scene.ctx.settings.player_name}"
    size = m.type(16)
    right_w = min(inner.w // 3, painter.book.width(right, size) + 2)
    painter.text(right, pygame.Rect(inner.right - right_w, inner.y, right_w, inner.h), size,
                 theme.muted, align="right", valign="middle")  # fmt: skip
    mode = "Practice" if session.practice else "Assessment"
    channel = channel_label(session.scenario.channel)
    chip_size_px, pad = m.type(14), m.px(10)
    chip_w, chip_h = chip_size(painter, mode, chip_size_px, pad)
    channel_w = chip_size(painter, channel, chip_size_px, pad)[0]
    title_w = inner.w - right_w - chip_w - channel_w - 4 * m.gap
    title = pygame.Rect(inner.x, inner.y, title_w, inner.h)
    used = painter.text(session.scenario.title, title, m.type(22), theme.ink, bold=True,
                        valign="middle", min_size=m.type(14))  # fmt: skip
    fill = theme.good_soft if session.practice else theme.accent_soft
    ink = theme.good if session.practice else theme.accent
    top = bar.centery - chip_h // 2
    drawn = chip(painter, mode, (used.right + m.gap, top), chip_size_px, ink, fill, pad, bar)
    chip(painter, channel, (drawn.right + m.gap, top), chip_size_px, theme.ink, theme.panel_alt,
         pad, bar)  # fmt: skip


def draw_log_button(painter: Painter, scene: Any, rect: pygame.Rect) -> None:
    """The button that opens the conversation so far (L does too)."""
    m, theme = scene.m, scene.theme
    pygame.draw.rect(painter.surface, theme.panel, rect, border_radius=rect.h // 2)
    pygame.draw.rect(painter.surface, theme.border, rect, width=2, border_radius=rect.h // 2)
    painter.line(LOG_LABEL, rect.center, m.type(LOG_SIZE), theme.ink, bold=True, anchor="center",
                 panel=rect)  # fmt: skip


def channel_label(channel: str) -> str:
    """The top bar's name for a scenario's channel ("Phone call", "Live chat")."""
    return CHANNEL_LABELS.get(channel, channel.title())


def feedback_height(book: FontBook, m: Metrics, step: Step, width: int, taken: bool = False) -> int:
    """How tall the feedback strip must be for this step's feedback (capped)."""
    text = _text(step, taken)
    body_w = width - 2 * m.px(20) - m.px(8)
    needed = text_height(book, text, m.type(FEEDBACK_SIZE), body_w)
    label = book.line_height(m.type(14), True) + m.px(6)
    return min(m.px(170), needed + label + 2 * m.px(14))


def _text(step: Step, taken: bool = False) -> str:
    if taken:
        why = f" {step.feedback}" if step.feedback else ""
        return f"{quoted(step.say, limit=90)}{why} Trust is back to {step.trust_before}."
    if step.feedback:
        return step.feedback
    return "No note for this answer. Watch how the customer reacts."


def _label(delta: int, taken: bool) -> str:
    if taken:
        return "You took that answer back: try another one"
    if delta > 0:
        return "Your last answer helped"
    return "Your last answer hurt" if delta < 0 else "Your last answer"


def draw_feedback(
    painter: Painter, scene: Any, rect: pygame.Rect, step: Step, taken: bool = False
) -> None:
    """The last answer's effect and why (or the answer just taken back): a labelled
    strip, not colour alone, that shows what an answer was worth even at full trust."""
    m, theme = scene.m, scene.theme
    value = worth(scene.ctx.session.scenario, step)
    sign = step.delta or value
    ink = theme.good if sign > 0 else theme.bad if sign < 0 else theme.muted
    fill = theme.good_soft if sign > 0 else theme.bad_soft if sign < 0 else theme.panel_alt
    if taken:
        ink, fill = theme.muted, theme.panel_alt
    pygame.draw.rect(painter.surface, fill, rect, border_radius=m.px(12))
    stripe = pygame.Rect(rect.x, rect.y, m.px(8), rect.h)
    pygame.draw.rect(
        painter.surface,
        ink,
        stripe,
        border_top_left_radius=m.px(12),
        border_bottom_left_radius=m.px(12),
    )
    inner = inset(rect, m.px(20), m.px(12))
    inner.x += m.px(8)
    inner.w -= m.px(8)
    size = m.type(14)
    label_h = painter.book.line_height(size, True)
    change = change_text(step.delta, value, step.trust_after)
    delta_label = f"it was {change}" if taken else change
    cw = chip_size(painter, delta_label, size, m.px(8))[0]
    label_rect = pygame.Rect(inner.x, inner.y, inner.w - cw - m.gap, label_h)
    painter.text(_label(sign, taken), label_rect, size, ink, bold=True, panel=rect)
    chip(
        painter,
        delta_label,
        (inner.right - cw, inner.y - m.px(3)),
        size,
        theme.accent_ink,
        ink,
        m.px(8),
        rect,
    )
    body = pygame.Rect(inner.x, inner.y + label_h + m.px(6), inner.w, inner.h - label_h - m.px(6))
    painter.text(
        _text(step, taken), body, m.type(FEEDBACK_SIZE), theme.ink, min_size=m.type(12), panel=rect
    )


def play_hints(scene: Any) -> list[tuple[str, str]]:
    """The key hints for the play screen's current state (the log open, the round over)."""
    if scene.log.open:
        return [("↑↓", "scroll"), ("L Esc", "close")]
    if scene.at_end:
        return [("Enter", "see how it ends"), ("Backspace", "try again"), ("Esc", "leave")]
    count = len(scene.choices.buttons)
    hints = [(f"1–{count}" if count > 1 else "1", "answer"), ("↑↓ Enter", "pick")]
    if scene.session.practice:
        hints.append(("Backspace", "try again"))
    return hints + [("Esc", "leave"), ("M", "sound")]


def leave_dialog(tag: str) -> Confirm:
    """'Leave this round?' (tag 'leave') or 'Quit the game?' (tag 'quit') mid-round."""
    quitting = tag == "quit"
    return Confirm(
        "Quit the game?" if quitting else "Leave this round?",
        "This round is not finished. If you leave now, it will not be counted.",
        "Quit" if quitting else "Leave round",
        "Keep playing",
        tag,
    )


def hold_answers(surface: pygame.Surface, rects: list[pygame.Rect], theme: Theme) -> None:
    """Fade the answers toward the background while the customer's words still appear."""
    if not rects:
        return
    area = rects[0].unionall(rects[1:]).inflate(8, 8)
    veil = pygame.Surface(area.size, pygame.SRCALPHA)
    veil.fill((*theme.background, 150))
    surface.blit(veil, area)


def opens_log(event: pygame.event.Event, button: pygame.Rect) -> bool:
    """L, or a left click on the top bar's Conversation button."""
    if event.type == pygame.KEYDOWN:
        return bool(event.key == pygame.K_l)
    clicked = event.type == pygame.MOUSEBUTTONDOWN and event.button == 1
    return clicked and button.collidepoint(event.pos)
