"""The debrief's sections as blocks that measure their height for a width, then draw."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pygame

from game.engine.debrief import BAD, GOOD, NEUTRAL, Debrief, mistimed_of, worth
from game.engine.rules import Step
from game.engine.score import Assessment
from game.model.scenario import Principle, Scenario
from game.ui.fonts import FontBook
from game.ui.layout import Metrics, inset
from game.ui.theme import Theme
from game.ui.widgets.chart import draw_chart
from game.ui.widgets.chips import chip, chip_size, number_badge
from game.ui.widgets.meter import change_text
from game.ui.widgets.panel import card
from game.ui.widgets.text import Painter, text_height
from game.ui.words import quoted


@dataclass
class Block:
    """One section: `measure(width) -> height` and `paint(painter, rect)`."""

    measure: Callable[[int], int]
    paint: Callable[[Painter, pygame.Rect], None]


class BlockMaker:
    """Builds the debrief's blocks for one round, sized for the current window."""

    def __init__(
        self,
        book: FontBook,
        m: Metrics,
        theme: Theme,
        scenario: Scenario,
        data: Debrief,
        assessment: Assessment | None = None,
    ) -> None:
        self.book, self.m, self.theme, self.scenario, self.data = book, m, theme, scenario, data
        self.assessment = assessment

    def blocks(self) -> list[Block]:
        d = self.data
        found = [self.heading("Why it ended this way")]
        found.append(self.text_card(" ".join(t for t in (d.why, d.lesson) if t)))
        found += [self.heading("Trust over time"), Block(lambda w: self.m.px(280), self.chart)]
        found.append(self.heading("Your answers, one by one"))
        found += [
            self.step_block(i, s, v)
            for i, (s, v) in enumerate(zip(d.steps, d.verdicts, strict=True), start=1)
        ]
        if d.taken_back:
            found.append(self.heading("Answers you tried and took back"))
            found += [self.taken_block(s) for s in d.taken_back]
        found.append(self.heading("Recovery principles"))
        found.append(
            self.principles_block(
                "What you did well",
                "✓",
                d.good_used,
                "good",
                "None this time: look at the moves you missed below.",
            )
        )
        if d.bad_used:
            found.append(self.principles_block("What cost you trust", "✗", d.bad_used, "bad", ""))
        if d.mistimed_used:
            found.append(
                self.principles_block(
                    "Right move, wrong moment", "!", d.mistimed_used, "bad", "", mistimed=True
                )
            )
        found.append(
            self.principles_block(
                "Good moves you passed by",
                "○",
                d.missed,
                "warn",
                "None: you used every good move on offer.",
            )
        )
        if d.notes:
            found += [self.heading("The lesson"), self.text_card(d.notes)]
        if self.assessment is not None:
            found += [self.heading("Your assessment"), self.assessment_block(self.assessment)]
        return found

    def assessment_block(self, result: Assessment) -> Block:
        """The score, the verdict in one sentence, and the parts that made the score."""
        m, book = self.m, self.book
        pad = m.px(24)
        title = f"{'✓ Passed' if result.passed else '✗ Not passed'} · {result.score} / 100"
        parts = "\n".join(f"{p.name}: {p.points} of {p.maximum} — {p.detail}" for p in result.parts)
        big, body = m.type(26), m.type(17)

        def heights(width: int) -> tuple[int, int, int]:
            inner = width - 2 * pad
            return (
                book.line_height(big, True),
                text_height(book, result.reason, body, inner),
                text_height(book, parts, m.type(15), inner),
            )

        def measure(width: int) -> int:
            return 2 * pad + sum(heights(width)) + 2 * m.px(10)

        def paint(p: Painter, rect: pygame.Rect) -> None:
            theme = self.theme
            ink = theme.good if result.passed else theme.bad
            card(p.surface, rect, theme, m.px(14), shadow=m.px(3))
            pygame.draw.rect(
                p.surface,
                ink,
                (rect.x, rect.y, m.px(8), rect.h),
                border_top_left_radius=m.px(14),
                border_bottom_left_radius=m.px(14),
            )
            head, reason_h, parts_h = heights(rect.w)
            x, y, w = rect.x + pad, rect.y + pad, rect.w - 2 * pad
            p.text(title, pygame.Rect(x, y, w, head), big, ink, bold=True, panel=rect)
            y += head + m.px(10)
            p.text(result.reason, pygame.Rect(x, y, w, reason_h), body, theme.ink, panel=rect)
            y += reason_h + m.px(10)
            p.text(parts, pygame.Rect(x, y, w, parts_h), m.type(15), theme.muted, panel=rect)

        return Block(measure, paint)

    # --- blocks ---------------------------------------------------------------
    def heading(self, text: str) -> Block:
        m = self.m
        size = m.type(22)

        def paint(p: Painter, r: pygame.Rect) -> None:
            p.text(text, r, size, self.theme.ink, bold=True, valign="bottom")

        return Block(lambda w: self.book.line_height(size, True) + m.px(18), paint)

    def chart(self, painter: Painter, rect: pygame.Rect) -> None:
        m = self.m
        card(painter.surface, rect, self.theme, m.px(14), shadow=m.px(3))
        draw_chart(
            painter,
            inset(rect, m.px(18), m.px(14)),
            self.theme,
            m,
            self.data.points,
            self.scenario.leave_at,
        )

    def taken_block(self, step: Step) -> Block:
        """Practice: an answer tried and taken back, what it cost and why."""
        cost = change_text(step.delta, worth(self.scenario, step), step.trust_after)
        note = f" {step.feedback}" if step.feedback else ""
        return self.text_card(f"{quoted(step.say)} ({cost}).{note}", fill="panel_alt", size=16)

    def step_block(self, number: int, step: Step, verdict: str = NEUTRAL) -> Block:
        m, book = self.m, self.book
        pad, badge = m.px(20), m.px(40)
        node = self.scenario.nodes[step.node]
        said = (
            node.say
            if node.is_narration
            else f"{self.scenario.speaker_of(node)}: {quoted(node.say)}"
        )
        chips = self._principle_chips(step, verdict)
        change = change_text(step.delta, worth(self.scenario, step), step.trust_after)
        beside = book.width(change, m.type(15), True) + 2 * m.px(10) + m.px(16)

        def parts(width: int) -> tuple[int, int, int, int]:
            inner_w = width - 2 * pad - badge - m.px(16)
            return (
                inner_w,
                text_height(book, said, m.type(14), inner_w),
                text_height(book, step.say, m.type(18), inner_w - beside, True),
                text_height(book, step.feedback, m.type(16), inner_w) if step.feedback else 0,
            )

        def measure(width: int) -> int:
            _, heard, answer, why = parts(width)
            chip_h = chip_size_h(book, m) if chips else 0
            return 2 * pad + heard + m.px(8) + answer + m.px(10) + chip_h + m.px(8) + why

        def paint(p: Painter, rect: pygame.Rect) -> None:
            theme = self.theme
            inner_w, heard, answer, why = parts(rect.w)
            card(p.surface, rect, theme, m.px(14), shadow=m.px(3))
            centre = (rect.x + pad + badge // 2, rect.y + pad + badge // 2)
            number_badge(
                p, str(number), centre, badge, m.type(18), theme.accent, theme.accent_ink, rect
            )
            x, y = rect.x + pad + badge + m.px(16), rect.y + pad
            p.text(said, pygame.Rect(x, y, inner_w, heard), m.type(14), theme.muted, panel=rect)
            y += heard + m.px(8)
            p.text(
                step.say,
                pygame.Rect(x, y, inner_w - beside, answer),
                m.type(18),
                theme.ink,
                bold=True,
                panel=rect,
            )
            self._delta_chip(p, step, (x + inner_w, y), rect)
            y += answer + m.px(10)
            if chips:
                self._chips(p, chips, pygame.Rect(x, y, inner_w, chip_size_h(book, m)), rect)
                y += chip_size_h(book, m) + m.px(8)
            if step.feedback:
                p.text(
                    step.feedback,
                    pygame.Rect(x, y, inner_w, why),
                    m.type(16),
                    theme.ink,
                    panel=rect,
                )

        return Block(measure, paint)

    def principles_block(
        self,
        title: str,
        mark: str,
        items: tuple[Principle, ...],
        tone: str,
        empty: str,
        mistimed: bool = False,
    ) -> Block:
        m, book = self.m, self.book
        pad = m.px(20)
        when = " Right in its place, but here it came at the wrong moment." if mistimed else ""
        lines = [f"{mark} {p.name} — {p.summary}{when}" for p in items] or [empty]

        def heights(width: int) -> list[int]:
            return [text_height(book, t, m.type(16), width - 2 * pad) for t in lines]

        def measure(width: int) -> int:
            title_h = book.line_height(m.type(17), True)
            return 2 * pad + title_h + m.px(8) + sum(heights(width)) + m.px(6) * len(lines)

        def paint(p: Painter, rect: pygame.Rect) -> None:
            theme = self.theme
            ink = {"good": theme.good, "bad": theme.bad, "warn": theme.warn}[tone]
            card(p.surface, rect, theme, m.px(14), shadow=m.px(3))
            pygame.draw.rect(
                p.surface,
                ink,
                (rect.x, rect.y, m.px(8), rect.h),
                border_top_left_radius=m.px(14),
                border_bottom_left_radius=m.px(14),
            )
            title_h = book.line_height(m.type(17), True)
            x, y, w = rect.x + pad, rect.y + pad, rect.w - 2 * pad
            p.text(title, pygame.Rect(x, y, w, title_h), m.type(17), ink, bold=True, panel=rect)
            y += title_h + m.px(8)
            for text, h in zip(lines, heights(rect.w), strict=True):
                p.text(text, pygame.Rect(x, y, w, h), m.type(16), theme.ink, panel=rect)
                y += h + m.px(6)

        return Block(measure, paint)

    def text_card(self, text: str, fill: str = "accent_soft", size: int = 18) -> Block:
        m, book = self.m, self.book
        pad = m.px(24)

        def paint(p: Painter, rect: pygame.Rect) -> None:
            colour = getattr(self.theme, fill)
            card(p.surface, rect, self.theme, m.px(14), fill=colour, shadow=m.px(3))
            p.text(text, inset(rect, pad), m.type(size), self.theme.ink, panel=rect)

        return Block(lambda w: text_height(book, text, m.type(size), w - 2 * pad) + 2 * pad, paint)

    # --- bits -----------------------------------------------------------------
    def _principle_chips(self, step: Step, verdict: str) -> list[tuple[str, str]]:
        """A ✓ only on an answer judged good; a good principle in a move that hurt or lost
        the customer is named without a tick; a mistimed one is marked as such."""
        chips = []
        for pid in step.principles:
            p = self.scenario.principle(pid)
            if p is None:
                continue
            if not p.good:
                chips.append(("✗ " + p.name, "bad"))
            else:
                chips.append((("✓ " if verdict == GOOD else "· ") + p.name, verdict))
        for pid in mistimed_of(self.scenario, step):
            p = self.scenario.principle(pid)
            if p is not None:
                chips.append((f"! {p.name}, too soon", "bad"))
        return chips

    def _chips(
        self, p: Painter, chips: list[tuple[str, str]], area: pygame.Rect, panel: pygame.Rect
    ) -> None:
        m, theme = self.m, self.theme
        tones = {
            GOOD: (theme.good, theme.good_soft),
            BAD: (theme.bad, theme.bad_soft),
            NEUTRAL: (theme.muted, theme.panel_alt),
        }
        x = area.x
        for text, tone in chips:
            w = chip_size(p, text, m.type(13), m.px(8))[0]
            if x + w > area.right:
                break
            ink, fill = tones[tone]
            chip(p, text, (x, area.y), m.type(13), ink, fill, m.px(8), panel)
            x += w + m.px(8)

    def _delta_chip(
        self, p: Painter, step: Step, topright: tuple[int, int], panel: pygame.Rect
    ) -> None:
        m, theme = self.m, self.theme
        value = worth(self.scenario, step)
        text = change_text(step.delta, value, step.trust_after)
        delta = step.delta or value
        ink = theme.good if delta > 0 else theme.bad if delta < 0 else theme.muted
        w = chip_size(p, text, m.type(15), m.px(10))[0]
        chip(
            p,
            text,
            (topright[0] - w, topright[1]),
            m.type(15),
            theme.accent_ink,
            ink,
            m.px(10),
            panel,
        )


def chip_size_h(book: FontBook, m: Metrics) -> int:
    """The height of a principle chip."""
    return book.line_height(m.type(13)) + m.px(8)
