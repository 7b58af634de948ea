"""The customer's line, framed as the channel it comes through.

At the counter a speech bubble; on the phone a call card with a headset and a
running call timer; in a chat a window with the player's last answer as their
own bubble, then "… is typing" before the customer's message (widgets/chat.py);
an email with From, Subject and the player's last reply quoted; a public
review or post with who can read the reply; a video call with its own bar.
The player knows where they are at a glance. Narration is always the caption
card, whatever the channel. Every frame has a chrome band (height `chrome_height`)
above the words, so the play screen can size the frame before drawing it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pygame

from game.ui.fonts import FontBook
from game.ui.layout import Metrics, inset
from game.ui.theme import Colour, Theme
from game.ui.widgets.bubble import LINE_SIZE, SPEAKER_SIZE, draw_bubble, line_body
from game.ui.widgets.chat import MINE_LINES, draw_chat_body, thread_height
from game.ui.widgets.icons import CHANNEL_ICONS, draw_icon
from game.ui.widgets.text import Painter, text_height

CHROME_SIZE = 15


@dataclass(frozen=True)
class Line:
    """What a frame shows: who speaks, the whole line, the part revealed so far, and the chrome's facts."""

    channel: str
    speaker: str
    text: str
    shown: str
    narrator: bool = False
    typing: bool = False
    dots: int = 0
    seconds: float = 0.0  # how long the call has been going (phone, video)
    subject: str = ""  # email: the thread's subject
    earlier: str = ""  # the player's last answer: quoted in an email, their own bubble in a chat


def call_time(seconds: float) -> str:
    """A call timer: '0:07', '2:31', '1:02:05'."""
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def chrome_height(book: FontBook, m: Metrics, line: Line) -> int:
    """The height of the channel's band above the words (0 at the counter and for narration)."""
    if line.narrator or line.channel == "counter":
        return 0
    line_h = book.line_height(m.type(CHROME_SIZE), True)
    if line.channel == "email":  # From, Subject, and the quoted reply under them
        return 2 * line_h + m.px(24) + (line_h + m.px(8) if line.earlier else 0)
    return line_h + m.px(14)


def frame_height(book: FontBook, m: Metrics, line: Line, width: int) -> int:
    """How tall the frame must be for the whole line at full size (the reveal never resizes it)."""
    pad = m.px(22)
    label = book.line_height(m.type(SPEAKER_SIZE), True) + m.px(6)
    words = text_height(book, line.text, m.type(LINE_SIZE), width - 2 * pad - _indent(m, line))
    return chrome_height(book, m, line) + words + label + 2 * pad


def thread_heights(book: FontBook, m: Metrics, line: Line, width: int) -> list[int]:
    """What a chat frame may add above the reply for the player's last answer: the height
    with its most lines first, then one line fewer each (empty outside a chat or before
    the first answer)."""
    if not _indent(m, line):
        return []
    heights = {thread_height(book, m, line.earlier, width, n) for n in range(1, MINE_LINES + 1)}
    return sorted((h for h in heights if h), reverse=True)


def frame_floor(book: FontBook, m: Metrics, line: Line) -> int:
    """The least height a frame can have: its band, the speaker and one line of small type."""
    label = book.line_height(m.type(SPEAKER_SIZE), True) + m.px(6)
    return chrome_height(book, m, line) + label + book.line_height(m.type(14)) + 2 * m.px(22)


def _indent(m: Metrics, line: Line) -> int:
    """Room the chat's avatar takes on the left of the message."""
    return m.px(56) if line.channel == "chat" and not line.narrator else 0


def draw_frame(painter: Painter, rect: pygame.Rect, theme: Theme, m: Metrics, line: Line) -> None:
    """Draw `line` in its channel's frame inside `rect`."""
    if line.narrator or line.channel == "counter":
        draw_bubble(painter, rect, theme, m, line.speaker, line.text, line.narrator, line.shown)
        return
    surface = painter.surface
    radius = m.px(14)
    pygame.draw.rect(surface, theme.shadow, rect.move(0, m.px(4)), border_radius=radius)
    pygame.draw.rect(surface, theme.bubble, rect, border_radius=radius)
    chrome = draw_chrome(painter, rect, theme, m, line)
    body = pygame.Rect(rect.x, chrome.bottom, rect.w, rect.h - chrome.h)
    if line.channel == "chat":
        draw_chat_body(painter, body, theme, m, (line.speaker, line.text, line.shown, line.earlier),
                       (line.typing, line.dots), rect)  # fmt: skip
    else:
        line_body(painter, inset(body, m.px(22)), theme, m, line.speaker, line.text, line.shown,
                  theme.ink, rect)  # fmt: skip


def draw_chrome(
    painter: Painter, rect: pygame.Rect, theme: Theme, m: Metrics, line: Line
) -> pygame.Rect:
    """The channel's band at the top of the frame `rect`, and the frame's outline; returns
    the band. Drawing it again over a finished frame only renews the band (the call timer)."""
    chrome = pygame.Rect(rect.x, rect.y, rect.w, chrome_height(painter.book, m, line))
    DRAW_CHROME[line.channel](painter, chrome, theme, m, line, rect)
    pygame.draw.rect(painter.surface, theme.border, rect, width=2, border_radius=m.px(14))
    return chrome


def _band(painter: Painter, chrome: pygame.Rect, fill: Colour, m: Metrics) -> None:
    radius = m.px(14)
    pygame.draw.rect(painter.surface, fill, chrome, border_top_left_radius=radius,
                     border_top_right_radius=radius)  # fmt: skip


def _title_row(
    painter: Painter,
    row: pygame.Rect,
    m: Metrics,
    line: Line,
    title: str,
    ink: Colour,
    right: str,
    panel: pygame.Rect,
) -> None:
    """Icon, title on the left, `right` (a timer, 'online') on the right of one chrome row."""
    size = m.type(CHROME_SIZE)
    icon_side = min(row.h - m.px(10), m.px(24))
    icon = pygame.Rect(row.x + m.px(16), row.centery - icon_side // 2, icon_side, icon_side)
    draw_icon(painter.surface, CHANNEL_ICONS[line.channel], icon, ink)
    right_w = painter.book.width(right, size, True) + m.px(4) if right else 0
    if right:
        spot = pygame.Rect(row.right - m.px(16) - right_w, row.y, right_w, row.h)
        painter.text(right, spot, size, ink, bold=True, align="right", valign="middle", panel=panel)
    left = pygame.Rect(icon.right + m.px(10), row.y, 0, row.h)
    left.w = max(0, row.right - m.px(16) - right_w - m.px(12) - left.x)
    painter.text(title, left, size, ink, bold=True, valign="middle", min_size=m.type(12),
                 panel=panel)  # fmt: skip


def _call_chrome(
    painter: Painter, chrome: pygame.Rect, theme: Theme, m: Metrics, line: Line, panel: pygame.Rect
) -> None:
    """A phone or video call: a dark band naming the call, and its running timer."""
    _band(painter, chrome, theme.narrator, m)
    title = CALL_TITLES[line.channel].format(speaker=line.speaker)
    _title_row(painter, chrome, m, line, title, theme.narrator_ink,
               f"● {call_time(line.seconds)}", panel)  # fmt: skip


CALL_TITLES = {"phone": "On the phone with {speaker}", "video": "Video call with {speaker}"}


def _chat_chrome(
    painter: Painter, chrome: pygame.Rect, theme: Theme, m: Metrics, line: Line, panel: pygame.Rect
) -> None:
    _band(painter, chrome, theme.panel_alt, m)
    _title_row(painter, chrome, m, line, f"Live chat · {line.speaker}", theme.ink, "● online",
               panel)  # fmt: skip
    pygame.draw.line(painter.surface, theme.border, chrome.bottomleft, chrome.bottomright, 2)


def _review_chrome(
    painter: Painter, chrome: pygame.Rect, theme: Theme, m: Metrics, line: Line, panel: pygame.Rect
) -> None:
    _band(painter, chrome, theme.panel_alt, m)
    _title_row(painter, chrome, m, line, f"Posted publicly by {line.speaker}", theme.ink,
               "Your reply is public", panel)  # fmt: skip
    pygame.draw.line(painter.surface, theme.border, chrome.bottomleft, chrome.bottomright, 2)


def _email_chrome(
    painter: Painter, chrome: pygame.Rect, theme: Theme, m: Metrics, line: Line, panel: pygame.Rect
) -> None:
    _band(painter, chrome, theme.panel_alt, m)
    size = m.type(CHROME_SIZE)
    line_h = painter.book.line_height(size, True)
    first = pygame.Rect(chrome.x, chrome.y + m.px(6), chrome.w, line_h + m.px(6))
    _title_row(painter, first, m, line, f"From: {line.speaker}", theme.ink, "Inbox", panel)
    second = pygame.Rect(first.x + m.px(50), first.bottom + m.px(2), first.w - m.px(66), line_h)
    painter.text(f"Subject: {line.subject}", second, size, theme.muted, min_size=size,
                 panel=panel)  # fmt: skip
    if line.earlier:
        quote = pygame.Rect(chrome.x + m.px(16), second.bottom + m.px(8), chrome.w - m.px(32),
                            line_h + m.px(2))  # fmt: skip
        bar = pygame.Rect(quote.x, quote.y, m.px(4), quote.h)
        pygame.draw.rect(painter.surface, theme.border, bar)
        text = pygame.Rect(bar.right + m.px(10), quote.y, quote.w - m.px(14), quote.h)
        painter.text(f"You wrote: {line.earlier}", text, size, theme.muted, min_size=size,
                     panel=panel)  # fmt: skip
    pygame.draw.line(painter.surface, theme.border, chrome.bottomleft, chrome.bottomright, 2)


DRAW_CHROME: dict[
    str, Callable[[Painter, pygame.Rect, Theme, Metrics, Line, pygame.Rect], None]
] = {
    "phone": _call_chrome,
    "video": _call_chrome,
    "chat": _chat_chrome,
    "review": _review_chrome,
    "email": _email_chrome,
}
