"""The live chat's thread: the player's last answer as their own bubble, then the reply.

A chat window shows what was just said: the player's answer on the right
("You", another tint), and under it the customer's avatar with "… is typing"
or their message. One exchange back is enough (the conversation log, L, has
the rest). When the frame is short the player's bubble gives way first, to
fewer lines and then to none, so the customer's words keep their size.
"""

from __future__ import annotations

import pygame

from game.ui.fonts import FontBook
from game.ui.layout import Metrics, inset
from game.ui.theme import Theme, mix
from game.ui.widgets.bubble import LINE_SIZE, SPEAKER_SIZE, line_body
from game.ui.widgets.text import Painter, text_height, wrap

MINE_LABEL = "You"
MINE_SIZE = 16
MINE_LINES = 3  # the most of the player's answer the thread shows; the log has all of it
AVATAR = 40


def body_inner(body: pygame.Rect, m: Metrics) -> pygame.Rect:
    """The chat body's room inside its padding."""
    return inset(body, m.px(18), m.px(16))


def thread_height(
    book: FontBook, m: Metrics, earlier: str, width: int, most: int = MINE_LINES
) -> int:
    """The height the player's bubble (at most `most` lines) and its gap add to a chat frame
    `width` wide (0 when there is no earlier answer)."""
    inner_w = width - 2 * m.px(18)
    return _mine_height(book, m, len(_mine_lines(book, m, earlier, inner_w)[:most]))


def _mine_lines(book: FontBook, m: Metrics, earlier: str, inner_w: int) -> list[str]:
    """The player's answer wrapped inside its bubble, at most MINE_LINES lines."""
    if not earlier.strip():
        return []
    return wrap(book, earlier, m.type(MINE_SIZE), _mine_text_w(m, inner_w))[:MINE_LINES]


def _mine_text_w(m: Metrics, inner_w: int) -> int:
    """The widest the words in the player's bubble may run: the bubble stops short of the
    avatar's column, so the two sides of the thread read apart."""
    return max(1, min(int(inner_w * 0.8), inner_w - m.px(AVATAR + 16)) - 2 * m.px(12))


def _mine_height(book: FontBook, m: Metrics, lines: int) -> int:
    """A bubble with 'You' and `lines` lines of the answer, with the gap under it."""
    if lines <= 0:
        return 0
    label = book.line_height(m.type(SPEAKER_SIZE), True) + m.px(4)
    return label + lines * book.line_height(m.type(MINE_SIZE)) + 2 * m.px(8) + m.px(14)


def _reply_height(book: FontBook, m: Metrics, text: str, inner_w: int) -> int:
    """What the customer's side needs at full size: their name and message beside the avatar."""
    words_w = inner_w - m.px(AVATAR) - m.px(12) - 2 * m.px(6)
    label = book.line_height(m.type(SPEAKER_SIZE), True) + m.px(6)
    return max(m.px(AVATAR), label + text_height(book, text, m.type(LINE_SIZE), words_w))


def draw_chat_body(
    painter: Painter,
    body: pygame.Rect,
    theme: Theme,
    m: Metrics,
    parts: tuple[str, str, str, str],
    typing: tuple[bool, int],
    panel: pygame.Rect,
) -> None:
    """The thread in `body`: the player's last answer if it fits, then the customer's
    avatar and their message or typing dots. `parts` is (speaker, text, shown, earlier),
    `typing` is (typing now, the raised dot)."""
    speaker, text, shown, earlier = parts
    inner = body_inner(body, m)
    room = inner.h - _reply_height(painter.book, m, text, inner.w)
    lines = _mine_lines(painter.book, m, earlier, inner.w)
    while lines and _mine_height(painter.book, m, len(lines)) > room:
        lines.pop()  # short of room: the earlier bubble loses lines, then goes
    if lines:
        used = _mine_height(painter.book, m, len(lines))
        _draw_mine(painter, pygame.Rect(inner.x, inner.y, inner.w, used - m.px(14)), theme, m,
                   (earlier, lines), panel)  # fmt: skip
        inner = pygame.Rect(inner.x, inner.y + used, inner.w, inner.h - used)
    avatar = pygame.Rect(inner.x, inner.y, m.px(AVATAR), m.px(AVATAR))
    pygame.draw.circle(painter.surface, theme.accent, avatar.center, avatar.w // 2)
    initial = (speaker.strip() or "?")[0].upper()
    painter.line(initial, avatar.center, m.type(18), theme.accent_ink, bold=True, anchor="center",
                 panel=avatar)  # fmt: skip
    words = pygame.Rect(avatar.right + m.px(12), inner.y, inner.w - avatar.w - m.px(12), inner.h)
    if typing[0]:
        _typing(painter, words, theme, m, (speaker, typing[1]), panel)
        return
    fill = mix(theme.panel_alt, theme.bubble, 0.3)
    pygame.draw.rect(painter.surface, fill, words.inflate(m.px(8), m.px(8)), border_radius=m.px(12))
    line_body(painter, inset(words, m.px(6), 0), theme, m, speaker, text, shown, theme.ink, panel)


def mine_fill(theme: Theme) -> tuple[int, int, int]:
    """The player's own bubble: a cool tint apart from the customer's warm one (stronger on
    a dark theme, where a light touch of blue would not show)."""
    return mix(theme.bubble, theme.narrator, 0.2 if sum(theme.bubble) > 382 else 0.6)


def _draw_mine(
    painter: Painter,
    row: pygame.Rect,
    theme: Theme,
    m: Metrics,
    said: tuple[str, list[str]],
    panel: pygame.Rect,
) -> None:
    """The player's bubble at the right of `row`: 'You', then the answer (cut with '…'
    when not every line fitted)."""
    earlier, lines = said
    size, label_size = m.type(MINE_SIZE), m.type(SPEAKER_SIZE)
    pad_x, pad_y = m.px(12), m.px(8)
    widest = _mine_text_w(m, row.w)
    if len(lines) == 1 and wrap(painter.book, earlier, size, widest) == lines:
        widest = painter.book.width(lines[0], size) + 2  # a short answer, a short bubble
    text_w = max(widest, painter.book.width(MINE_LABEL, label_size, True))
    bubble = pygame.Rect(row.right - text_w - 2 * pad_x, row.y, text_w + 2 * pad_x, row.h)
    pygame.draw.rect(painter.surface, mine_fill(theme), bubble, border_radius=m.px(12))
    pygame.draw.rect(painter.surface, theme.border, bubble, width=1, border_radius=m.px(12))
    label_h = painter.book.line_height(label_size, True)
    label = pygame.Rect(bubble.x + pad_x, bubble.y + pad_y, text_w, label_h)
    painter.text(MINE_LABEL, label, label_size, theme.ink, bold=True, align="right", panel=panel)
    words = pygame.Rect(label.x, label.bottom + m.px(4), text_w,
                        len(lines) * painter.book.line_height(size))  # fmt: skip
    painter.text(earlier, words, size, theme.ink, min_size=size, panel=panel)


def _typing(
    painter: Painter,
    words: pygame.Rect,
    theme: Theme,
    m: Metrics,
    who: tuple[str, int],
    panel: pygame.Rect,
) -> None:
    """Three dots in a small bubble, one raised at a time, and who is typing."""
    speaker, dots = who
    bubble = pygame.Rect(words.x, words.y, m.px(72), m.px(36))
    pygame.draw.rect(painter.surface, theme.panel_alt, bubble, border_radius=bubble.h // 2)
    for i in range(3):
        lift = m.px(5) if i == dots else 0
        centre = (bubble.x + m.px(20) + i * m.px(16), bubble.centery - lift)
        pygame.draw.circle(painter.surface, theme.muted, centre, m.px(5))
    note = pygame.Rect(
        bubble.right + m.px(12), bubble.y, words.right - bubble.right - m.px(12), bubble.h
    )
    painter.text(f"{speaker} is typing…", note, m.type(SPEAKER_SIZE), theme.muted,
                 valign="middle", min_size=m.type(12), panel=panel)  # fmt: skip
