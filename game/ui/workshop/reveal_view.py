"""The room's screen after an answer (what it did, and a prompt to discuss) and at the end."""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.play.workshop.flow import Workshop
from game.ui.fonts import FontBook
from game.ui.layout import inset
from game.ui.theme import Colour, Theme
from game.ui.widgets.crowd import draw_crowd
from game.ui.widgets.text import Painter
from game.ui.words import quoted
from game.ui.workshop.paint import (
    box,
    change_words,
    effect,
    height_of,
    pill,
    pill_width,
    votes_words,
)
from game.ui.workshop.preset import Projector


@dataclass(frozen=True)
class Block:
    """One piece of text in a column: what it says, how big, and how tall it is there."""

    kind: str
    text: str
    size: int
    bold: bool
    height: int


def discussion_prompt(delta: int, prompt: str = "") -> str:
    """The node's own question for the room when it has one, else one about the trust change."""
    if prompt:
        return prompt
    if delta > 0:
        return "Talk about it: why did that help?"
    if delta < 0:
        return "Talk about it: why did that cost trust?"
    return "Talk about it: what did that change?"


def _node_prompt(ws: Workshop, node_id: str) -> str:
    node = ws.scenario.nodes.get(node_id)
    return node.prompt if node is not None else ""


def who_decided(ws: Workshop) -> str:
    step = ws.last
    decision = ws.decisions[-1] if ws.decisions else None
    if step is None:
        return ""
    shown = decision.number if decision is not None else step.number  # the room's number
    if ws.what_if and len(ws.decisions) == 1:
        return f"What if the room said {shown}"
    if decision is not None and decision.override:
        return f"Facilitator's pick: {shown}"
    votes = decision.votes_for(shown) if decision else 0
    return f"The room said {shown}" + (f" ({votes_words(votes)})" if votes else "")


def _stack(
    book: FontBook,
    p: Projector,
    width: int,
    wanted: list[tuple[str, str, int, bool]],
    room: int,
    optional: tuple[str, ...],
) -> list[Block] | None:
    """Blocks that fit `room` pixels, dropping `optional` kinds (in order) until they do."""
    dropped: set[str] = set()
    for drop in (None, *optional):
        if drop:
            dropped.add(drop)
        blocks = [
            Block(k, t, s, b, height_of(book, t, s, width, b))
            for k, t, s, b in wanted
            if k not in dropped and t.strip()
        ]
        if sum(b.height for b in blocks) + p.gap * (len(blocks) - 1) <= room:
            return blocks
    return None


def habits(ws: Workshop) -> tuple[str, str]:
    """The principles the answer followed and the bad habits it showed, as two lines."""
    step = ws.last
    found = [ws.scenario.principle(pid) for pid in step.principles] if step else []
    good = " · ".join(pr.name for pr in found if pr is not None and pr.good)
    bad = " · ".join(pr.name for pr in found if pr is not None and not pr.good)
    return (f"Principles: {good}" if good else "", f"Bad habits: {bad}" if bad else "")


def _reveal_blocks(book: FontBook, p: Projector, ws: Workshop, main: pygame.Rect,
                   size: int, meter: bool = True) -> list[Block] | None:  # fmt: skip
    step = ws.last
    if step is None:
        return []
    good, bad = habits(ws)
    feedback = step.feedback or "No note for this answer: what do you think the customer felt?"
    head_h = _head_height(book, p, ws, main.w - 2 * p.pad, meter)
    question = _node_prompt(ws, step.node)
    wanted = [
        ("answer", quoted(step.say), p.floor, False),
        ("prompt", discussion_prompt(effect(ws.scenario, step), question), size, True),
    ]
    if ws.feedback_shown:  # the room talks first; ▶ then shows what the answer did
        wanted += [
            ("feedback", feedback, size, False),
            ("principles", good, p.floor, True),
            ("habits", bad, p.floor, True),
        ]
    width = main.w - 2 * p.pad
    return _stack(book, p, width, wanted, main.h - head_h - p.gap - 2 * p.pad,
                  ("principles", "habits", "answer"))  # fmt: skip


def reveal_fits(painter: Painter, p: Projector, ws: Workshop, main: pygame.Rect,
                meter: bool = True) -> bool:  # fmt: skip
    """Whether the reveal fits `main` at the smallest size with nothing left out (so the
    customer's face never costs the room the principles or the habits)."""
    blocks = _reveal_blocks(painter.book, p, ws, main, p.floor, meter)
    everything = _reveal_blocks(painter.book, p, ws, main.inflate(0, 10**5), p.floor, meter)
    return blocks is not None and len(blocks) == len(everything or [])


def _reveal_sized(book: FontBook, p: Projector, ws: Workshop, main: pygame.Rect,
                  meter: bool) -> list[Block]:  # fmt: skip
    """The feedback as large as the room allows with every block kept; else keep the answer's
    words if at all possible."""
    everything = len(_reveal_blocks(book, p, ws, main.inflate(0, 10**5), p.floor, meter) or [])
    tries = [_reveal_blocks(book, p, ws, main, s, meter) or [] for s in (p.large, p.body, p.floor)]
    for keep in (lambda b: len(b) == everything, lambda b: any(k.kind == "answer" for k in b)):
        found = next((blocks for blocks in tries if keep(blocks)), None)
        if found is not None:
            return found
    return tries[-1]


def _paint_blocks(painter: Painter, p: Projector, blocks: list[Block], colours: dict[str, Colour],
                  at: pygame.Rect, main: pygame.Rect) -> int:  # fmt: skip
    """Stack `blocks` down from `at`'s top in their sizes and colours; the y below the last."""
    y = at.y
    for block in blocks:
        rect = pygame.Rect(at.x, y, at.w, block.height)
        painter.text(block.text, rect, block.size, colours[block.kind], bold=block.bold,
                     min_size=block.size, panel=main)  # fmt: skip
        y = rect.bottom + p.gap
    return y


def paint_reveal(painter: Painter, p: Projector, theme: Theme, ws: Workshop,
                 main: pygame.Rect, meter: bool = True) -> None:  # fmt: skip
    """Who decided, the trust change (unless the meter is hidden), the answer, a discussion
    prompt, and, once ▶ stages it, the feedback."""
    step = ws.last
    if step is None:
        return
    blocks = _reveal_sized(painter.book, p, ws, main, meter)
    box(painter.surface, main, theme, p)
    inner = inset(main, p.pad, p.pad)
    y = _head(painter, p, theme, ws, inner, meter)
    sign = effect(ws.scenario, step)
    ink = theme.good if sign > 0 else theme.bad if sign < 0 else theme.ink
    colours = {
        "answer": theme.muted,
        "prompt": ink,
        "feedback": theme.ink,
        "principles": theme.good,
        "habits": theme.bad,
    }
    _paint_blocks(painter, p, blocks, colours, pygame.Rect(inner.x, y, inner.w, 0), main)


def _head_widths(book: FontBook, p: Projector, ws: Workshop,
                 meter: bool) -> tuple[str, str, int, int]:  # fmt: skip
    step = ws.last
    assert step is not None
    said = who_decided(ws)
    change = change_words(ws.scenario, step) if meter else ""  # hidden meter: no number
    return (
        said,
        change,
        pill_width(book, said, p.floor, p.pad),
        pill_width(book, change, p.floor, p.pad) if change else 0,
    )


def _head_height(book: FontBook, p: Projector, ws: Workshop, width: int, meter: bool) -> int:
    """One row for both labels when they fit side by side, else two rows."""
    _, change, said_w, change_w = _head_widths(book, p, ws, meter)
    row = book.line_height(p.floor, True) + p.pad
    return row if not change or said_w + p.gap + change_w <= width else 2 * row + p.gap // 2


def _head(painter: Painter, p: Projector, theme: Theme, ws: Workshop, inner: pygame.Rect,
          meter: bool) -> int:  # fmt: skip
    """The 'room said' label and the trust change; returns the y below them."""
    step = ws.last
    assert step is not None
    said, change, said_w, change_w = _head_widths(painter.book, p, ws, meter)
    row = painter.book.line_height(p.floor, True) + p.pad
    two = _head_height(painter.book, p, ws, inner.w, meter) > row
    said_w, change_w = min(inner.w, said_w), min(inner.w, change_w)
    pill(painter, said, pygame.Rect(inner.x, inner.y, said_w, row), p.floor, theme.accent_ink,
         theme.accent)  # fmt: skip
    if not change:
        return inner.y + row + p.gap
    sign = effect(ws.scenario, step)
    fill = theme.good if sign > 0 else theme.bad if sign < 0 else theme.muted
    y = inner.y + row + p.gap // 2 if two else inner.y
    x = inner.x if two else inner.right - change_w
    pill(painter, change, pygame.Rect(x, y, change_w, row), p.floor, theme.accent_ink, fill)
    return y + row + p.gap


def _ending_blocks(
    book: FontBook, p: Projector, ws: Workshop, width: int, room: int
) -> list[Block] | None:
    ending = ws.round.ending
    if ending is None:
        return []
    name = ws.scenario.customer.name
    verdict = f"✓ {name} stays" if ending.stays else f"✗ {name} leaves"
    story = "a good story" if ending.stays else "a bad story"
    people = "person" if ending.tells == 1 else "people"
    mouth = (
        f"Word of mouth: tells {ending.tells} {people} {story}."
        if ending.tells
        else ("Word of mouth: tells nobody.")
    )
    for size in (p.body, p.floor):
        wanted = [
            ("verdict", verdict, p.large, True),
            ("say", quoted(ending.say), size, False),
            ("mouth", mouth, p.floor, True),
            ("lesson", f"Lesson: {ending.lesson}" if ending.lesson else "", p.floor, False),
        ]
        blocks = _stack(book, p, width, wanted, room, ("lesson",))
        if blocks is not None:
            return blocks
    return None


def paint_ending(
    painter: Painter, p: Projector, theme: Theme, ws: Workshop, main: pygame.Rect
) -> None:
    """Stay or leave in big words, the closing line, word of mouth as a crowd, the lesson."""
    ending = ws.round.ending
    if ending is None:
        return
    ink = theme.good if ending.stays else theme.bad
    box(painter.surface, main, theme, p, edge=ink, width=p.stroke * 2)
    inner = inset(main, p.pad * 2, p.pad * 2)
    blocks = _ending_blocks(painter.book, p, ws, inner.w, inner.h) or []
    colours = {"verdict": ink, "say": theme.ink, "mouth": ink, "lesson": theme.muted}
    y = inner.y
    y = _paint_blocks(painter, p, blocks, colours, pygame.Rect(inner.x, y, inner.w, 0), main)
    crowd = pygame.Rect(inner.x, y, inner.w, min(inner.bottom - y, p.floor * 4))
    if crowd.h >= p.floor * 2 and ending.tells:
        draw_crowd(painter.surface, crowd, ending.tells, ending.stays, theme)
