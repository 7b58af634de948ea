"""The room's screen for each phase: the customer's line, the answers and the vote.

Each layout is tried from the roomiest to the plainest (face beside the text,
then the text alone) and the first where every word fits at the projector
sizes wins, so nothing is ever shrunk below the 1/25 rule or cut short.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.model.scenario import Node
from game.play.workshop.flow import Phase, Workshop
from game.ui.fonts import FontBook
from game.ui.layout import split_h, take_top
from game.ui.theme import Theme
from game.ui.widgets.portrait import Portrait
from game.ui.widgets.text import Painter
from game.ui.workshop import answers
from game.ui.workshop.answers import Card
from game.ui.workshop.join_view import corner_width, paint_corner
from game.ui.workshop.measure import wrap_lines
from game.ui.workshop.paint import SizedPainter, box, tight_height
from game.ui.workshop.phones import PhoneView
from game.ui.workshop.preset import Projector
from game.ui.workshop.reveal_view import paint_ending, paint_reveal, reveal_fits
from game.ui.workshop.room_parts import (
    band_height,
    draw_bar,
    draw_customer_panel,
    draw_line,
    draw_prompt,
    line_height_for,
)

SIDE_SHARE = 0.3  # the customer's column, as a share of the width


def times_up(theme: Theme) -> tuple[int, int, int]:
    """ "Time's up" on the top bar (the header band): the palette's alarm red."""
    return theme.bad


@dataclass(frozen=True)
class Room:
    """What the room view needs besides the Workshop: the meter as animated, and H's state."""

    p: Projector
    theme: Theme
    shown: float
    meter: bool
    phones: PhoneView | None = None  # the phones, when the facilitator turned them on
    qr: pygame.Surface | None = None  # the small QR for the corner
    person: Portrait | None = None  # the illustrated customer; None draws the bust


def body_rect(painter: Painter, p: Projector) -> pygame.Rect:
    """The space between the top bar and the prompt line."""
    band, gap = band_height(painter, p), p.gap // 2
    top = band + gap
    return pygame.Rect(p.margin, top, p.width - 2 * p.margin, p.height - band - gap - top)


def columns(p: Projector, body: pygame.Rect) -> tuple[pygame.Rect, pygame.Rect]:
    """The customer's column and the main column."""
    return split_h(body, SIDE_SHARE, p.margin)


def paint_room(painter: SizedPainter, room: Room, ws: Workshop) -> None:
    """The whole room view for the workshop's current phase."""
    p, theme = room.p, room.theme
    body = body_rect(painter, p)
    side = _side_fits(painter, room, ws, body)
    parts = ["What if"] if ws.what_if else []
    parts.append("The end" if ws.phase is Phase.ENDING else f"Decision {ws.number}")
    if room.meter and not side:
        parts.append(f"Trust {round(room.shown)}")
    timer = ws.timer.text() if ws.phase in (Phase.ANSWERS, Phase.VOTE) else ""
    if timer:
        parts.append(timer)
    draw_bar(painter, p, theme, ws.scenario.title, " · ".join(parts),
             times_up(theme) if ws.timer.expired else None)  # fmt: skip
    warn = bool(ws.message) and ws.pick is None
    words = ws.message if warn else prompt(ws, room.phones)
    draw_prompt(painter, p, theme, words, theme.bad if warn else None)
    if room.phones is not None and ws.hidden:  # the small QR while phones can still vote
        body, corner = split_corner(p, body)
        paint_corner(painter, p, theme, room.phones, room.qr, corner)
        side = _side_fits(painter, room, ws, body)
    main = body
    if side:
        panel, main = columns(p, body)
        draw_customer_panel(
            painter, panel, theme, p, ws.scenario, room.shown, room.meter, room.person
        )
    if ws.phase is Phase.LINE:
        _paint_line(painter, room, ws, main)
    elif ws.phase in (Phase.ANSWERS, Phase.VOTE):
        _paint_answers(painter, room, ws, main, side)
    elif ws.phase is Phase.REVEAL:
        paint_reveal(painter, p, theme, ws, main, room.meter)
    else:
        paint_ending(painter, p, theme, ws, main)


def split_corner(p: Projector, body: pygame.Rect) -> tuple[pygame.Rect, pygame.Rect]:
    """The body without the small QR's column, and that column."""
    w = corner_width(p)
    corner = pygame.Rect(body.right - w, body.y, w, body.h)
    return pygame.Rect(body.x, body.y, body.w - w - p.gap, body.h), corner


def prompt(ws: Workshop, phones: PhoneView | None = None) -> str:
    """What the next click does, in the fewest words."""
    count = len(ws.numbers)
    keys = f"1–{count}" if count > 1 else "1"
    if ws.phase is Phase.LINE:
        return "▶ show the answers"
    if ws.hidden and phones is not None:
        voted = f"{phones.voted} of {phones.joined} voted"
        return f"{voted} · ▶ start the vote" if ws.phase is Phase.ANSWERS else (
            f"{voted} · ▶ show the votes")  # fmt: skip
    if ws.phase is Phase.ANSWERS:
        return f"▶ start the vote · {keys}: count hands"
    if ws.phase is Phase.VOTE and ws.picking is not None:
        if ws.counted.total:
            return f"Tie! ◀ next tied answer · ▶ go with {ws.picking}"
        return f"No votes: ◀ next answer · ▶ go with {ws.picking}"
    if ws.phase is Phase.VOTE:
        total = ws.counted.total
        counted = f"{total} vote{'s' if total != 1 else ''} · " if total else ""
        return f"{counted}{keys}: tap per hand · ▶ most votes wins"
    if ws.phase is Phase.REVEAL and not ws.feedback_shown:
        return "Talk first · ▶ show the feedback"
    if ws.phase is Phase.REVEAL and ws.what_if and len(ws.decisions) == 1 and not ws.round.finished:
        return "▶ play it on · Esc back to the debrief"
    if ws.phase is Phase.REVEAL:
        return "▶ see how it ends" if ws.round.finished else "▶ next moment"
    return "▶ back to the room's debrief" if ws.what_if else "▶ the room's debrief"


def _side_fits(painter: Painter, room: Room, ws: Workshop, body: pygame.Rect) -> bool:
    """Whether this phase's words still fit beside the customer's column."""
    main = columns(room.p, body)[1]
    if ws.phase in (Phase.ANSWERS, Phase.VOTE):
        return _answers_plan(painter, room, ws, main, True) is not None
    if ws.phase is Phase.REVEAL:
        return reveal_fits(painter, room.p, ws, main, room.meter)
    return True


def _paint_line(painter: Painter, room: Room, ws: Workshop, main: pygame.Rect) -> None:
    p, node = room.p, ws.round.node
    if node is None:
        return
    speaker = ws.scenario.speaker_of(node)
    for size in (p.large, p.body, p.floor):
        needed = line_height_for(painter, p, node.say, main.w, size)
        if needed <= main.h or size == p.floor:
            break
    rect = pygame.Rect(main.x, main.y, main.w, min(main.h, needed))
    rect.centery = main.centery
    draw_line(painter, rect, room.theme, p, speaker, node.say, node.is_narration, size)


@dataclass(frozen=True)
class AnswersPlan:
    strip: pygame.Rect | None
    size: int
    rects: list[pygame.Rect]
    bars: str = answers.NONE
    tight: bool = False  # closer gaps and padding, so the customer's line stays


def cards_of(ws: Workshop) -> list[Card]:
    """The answers on offer as cards, with the tally, the leaders and the cursor."""
    counted, hidden = ws.counted, ws.hidden  # phones vote blind until the split is shown
    leaders = [] if hidden else counted.leaders()
    return [
        Card(
            o.number,
            o.choice.say,
            0 if hidden else counted.of(o.number),
            leading=o.number in leaders and ws.phase is Phase.VOTE,
            highlighted=o.number == ws.highlight and ws.phase is Phase.VOTE and ws.pick is None,
            picked=o.number == ws.picking,
            total=0 if hidden else counted.total,
        )
        for o in ws.offered()
    ]


def _answers_plan(
    painter: Painter, room: Room, ws: Workshop, main: pygame.Rect, side: bool
) -> AnswersPlan | None:
    """The first layout that fits: with the customer's line above the answers, then without."""
    p, book, node = room.p, painter.book, ws.round.node
    cards = cards_of(ws)
    voting = ws.phase is Phase.VOTE and not ws.hidden
    styles = (answers.UNDER, answers.BEHIND) if voting else (answers.NONE,)
    area = main
    say = strip_text(ws, node) if node else ""
    # The customer's words matter more than their face: beside the face only with the words;
    # closer gaps and two columns come before the words are given up.
    roomy = [(p.gap, 1), (p.gap, 2)]
    tries = [*roomy, (p.gap // 3, 2), (p.gap // 3, 1)] if say else roomy
    for gap, columns in tries:
        pad = p.pad if gap == p.gap else p.pad // 2
        strip_h = strip_height(book, p, say, area.w, pad)
        strip, rest = take_top(area, strip_h, gap) if say else (None, area)
        plan = _first_fit(book, p, rest, cards, styles, columns, gap)
        if plan is not None:
            return AnswersPlan(strip, *plan, tight=gap < p.gap)
    for columns in () if side else (1, 2):
        plan = _first_fit(book, p, area, cards, styles, columns, p.gap)
        if plan is not None:
            return AnswersPlan(None, *plan)
    if side:
        return None
    return _squeezed(painter, p, area, cards, styles[-1])


def _first_fit(book: FontBook, p: Projector, area: pygame.Rect, cards: list[Card],
               styles: tuple[str, ...], columns: int,
               gap: int) -> tuple[int, list[pygame.Rect], str] | None:  # fmt: skip
    """(size, card rects, bar style) of the roomiest layout that fits, or None."""
    for size in (p.body, p.floor):
        for bars in styles:
            rects = answers.layout(book, p, area, cards, size, bars, columns, gap)
            if rects is not None:
                return size, rects, bars
    return None


def strip_height(book: FontBook, p: Projector, say: str, width: int, pad: int) -> int:
    """The customer's line above the answers: its words with the room's leading, `pad` above
    and below."""
    lines = len(wrap_lines(book, say, p.floor, width - 2 * p.pad))
    return tight_height(book, p.floor, lines) + 2 * pad if say else 0


def strip_text(ws: Workshop, node: Node) -> str:
    """The line above the answers: 'Name: words', or a narrator's words alone."""
    return node.say if node.is_narration else f"{ws.scenario.speaker_of(node)}: {node.say}"


def _squeezed(
    painter: Painter, p: Projector, area: pygame.Rect, cards: list[Card], bars: str
) -> AnswersPlan:
    """Last resort for very long answers: smaller type (the layout tests catch this)."""
    size = p.floor
    while size > 9:
        size = max(9, int(size * 0.9))
        rects = answers.layout(painter.book, p, area, cards, size, bars)
        if rects is not None:
            return AnswersPlan(None, size, rects, bars)
    return AnswersPlan(None, size, [area] * len(cards), bars)


def _paint_answers(
    painter: SizedPainter, room: Room, ws: Workshop, main: pygame.Rect, side: bool
) -> None:
    p, theme, node = room.p, room.theme, ws.round.node
    plan = _answers_plan(painter, room, ws, main, side)
    if plan is None or node is None:
        return
    if plan.strip is not None:
        fill = theme.narrator if node.is_narration else theme.panel_alt
        ink = theme.narrator_ink if node.is_narration else theme.ink
        box(painter.surface, plan.strip, theme, p, fill=fill, edge=fill)
        pad = p.pad // 2 if plan.tight else p.pad
        painter.leaded(strip_text(ws, node), plan.strip.inflate(-2 * p.pad, -2 * pad), p.floor,
                       ink, plan.strip)  # fmt: skip
    answers.draw_cards(
        painter, p, theme, cards_of(ws), plan.rects, plan.size, plan.bars, plan.tight
    )
