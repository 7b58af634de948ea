"""The facilitator's notes: every answer's effect and feedback before the vote, the paths, the keys.

Drawn onto any surface: over the room's screen when N is pressed on a single
display, or into the presenter window on the laptop when there are two.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.engine import rules
from game.engine.analysis import Analysis, analyse
from game.engine.order import screen_path
from game.model.scenario import Scenario
from game.play.workshop.flow import Phase, Workshop
from game.play.workshop.reach import reachable_endings
from game.ui.fonts import FontBook
from game.ui.layout import inset, split_h, take_top
from game.ui.theme import Theme
from game.ui.widgets.text import Painter, TextBox, wrap
from game.ui.workshop.paint import box, change_words
from game.ui.workshop.preset import Projector

NAME_WORDS = 6  # how much of a customer's line names a moment in the notes

KEYS = (
    ("▶ PgDn Space", "next step / go with the vote"),
    ("◀ PgUp", "back (before the answer)"),
    ("1–7", "one vote per hand"),
    ("+ − ↑↓", "adjust the highlighted answer"),
    ("Shift+1–7", "your pick, whatever the vote"),
    ("Backspace", "take the answer back"),
    ("H", "hide / show trust"),
    ("T  P", "timer length / pause"),
    ("B  .", "blank screen"),
    ("N  Shift+N", "notes / with answer effects"),
    ("J", "the phones' join slide"),
    ("Esc", "leave (asks; L confirms)"),
)


def ending_name(scenario: Scenario, eid: str) -> str:
    """An ending as people read it: stays or leaves, and the start of the closing words."""
    ending = scenario.endings[eid]
    verdict = "stays" if ending.stays else "leaves"
    return f"{scenario.customer.name} {verdict}: {short(ending.say)}"


def moment_name(scenario: Scenario, nid: str) -> str:
    """A moment as people read it: the start of what is said there."""
    return short(scenario.nodes[nid].say)


def short(text: str, words: int = NAME_WORDS) -> str:
    """The first few words of `text` in quotes, with '…' when cut."""
    parts = text.split()
    cut = " ".join(parts[:words]) + ("…" if len(parts) > words else "")
    return f"“{cut}”"


def preview(scenario: Scenario, state: rules.State, number: int) -> str:
    """Where answer `number` leads from `state`: its trust change and the next node or ending."""
    after, _ = rules.choose(scenario, state, number)
    step = after.history[-1]
    ending = rules.current_ending(scenario, after)
    if ending is not None:
        where = f"ENDS: {'stays' if ending.stays else 'leaves'}, tells {ending.tells}"
    else:
        where = f"→ {moment_name(scenario, after.node)}"
    return f"{change_words(scenario, step)} · {where}"


def path_lines(
    scenario: Scenario,
    report: Analysis,
    reachable: set[str] | None = None,
    show: Callable[[tuple[int, ...]], tuple[int, ...]] = lambda path: path,
) -> list[str]:
    """One line per ending, named as people read it: a shortest path to it (as `show`
    numbers it for the room), and "on track" while the room can still reach it."""
    lines = []
    for eid, outcome in report.endings.items():
        ending = scenario.endings[eid]
        mark = "✓" if ending.stays else "✗"
        name = ending_name(scenario, eid)
        if outcome.witness is None:
            lines.append(f"{mark} {name} never reached")
            continue
        path = " ".join(map(str, show(outcome.witness)))
        on = reachable is not None and eid in reachable
        lines.append(
            f"{mark} {name} (tells {ending.tells}): {path}" + ("  ← on track" if on else "")
        )
    for label, extreme in (("best", report.best), ("worst", report.worst)):
        if extreme is not None:
            shown = " ".join(map(str, show(extreme.witness)))
            lines.append(f"{label}: trust {extreme.trust} by {shown}")
    return lines


SAFE = (
    "The room can see this screen, so what each answer does is hidden here.\n\n"
    "Shift+N shows it here, and the room will see it too. "
    "With two screens, your notes stay on the laptop, out of the room's sight."
)


class Notes:
    """Renders the notes for one scenario; the analysis is computed once, when first drawn."""

    def __init__(self, scenario: Scenario) -> None:
        self.scenario = scenario
        self._report: Analysis | None = None

    @property
    def report(self) -> Analysis:
        if self._report is None:
            self._report = analyse(self.scenario)
        return self._report

    def draw(self, surface: pygame.Surface, book: FontBook, theme: Theme, ws: Workshop,
             rect: pygame.Rect | None = None, spoilers: bool = True) -> list[TextBox]:  # fmt: skip
        """Paint the notes filling `rect` (the whole surface by default); return the text boxes.

        Without `spoilers` (the overlay on the room's own screen) the notes leave out what
        each answer does and where the paths lead, so the room cannot read them."""
        rect = rect or surface.get_rect()
        p = Projector(rect.w, rect.h)
        size = max(14, rect.h // 42)
        painter = Painter(surface, book)
        pygame.draw.rect(surface, theme.background, rect)
        inner = inset(rect, p.margin, p.margin // 2)
        big = size * 2
        head, rest = take_top(inner, book.line_height(big, True) + p.pad, p.gap)
        timer = ws.timer.text() or ws.timer.label()
        timer_w = min(head.w // 3, book.width(timer, big, True))
        clock = pygame.Rect(head.right - timer_w, head.y, timer_w, head.h)
        painter.text(
            timer,
            clock,
            big,
            theme.bad if ws.timer.expired else theme.accent,
            bold=True,
            align="right",
            valign="middle",
            min_size=size,
        )
        title = pygame.Rect(head.x, head.y, head.w - timer_w - p.gap, head.h)
        painter.text(
            self._title(ws), title, size + 6, theme.ink, bold=True, valign="middle", min_size=size
        )
        left, right = split_h(rest, 0.58, p.margin)
        if spoilers:
            self._answers(painter, p, theme, ws, left, size)
        else:
            painter.text(SAFE, left, size * 5 // 4, theme.ink, min_size=10)
        self._side(painter, p, theme, ws, right, size, spoilers)
        return painter.boxes

    def _title(self, ws: Workshop) -> str:
        return f"Notes · decision {ws.number} · {ws.phase.value} · trust {ws.round.trust}"

    def _answers(
        self,
        painter: Painter,
        p: Projector,
        theme: Theme,
        ws: Workshop,
        area: pygame.Rect,
        size: int,
    ) -> None:
        offered = ws.offered()
        step = ws.last
        if ws.phase in (Phase.REVEAL, Phase.ENDING) and step is not None:
            said = ws.decisions[-1].number if ws.decisions else step.number
            text = f"Answer {said}: {step.feedback or 'no feedback written'}"
            if offered:
                text += "\nComing next, the answers below."
            line_h = painter.book.line_height(size)
            wanted = min(area.h // 2, len(wrap(painter.book, text, size, area.w)) * line_h)
            top, area = take_top(area, wanted, p.gap)
            painter.text(text, top, size, theme.ink, min_size=10)
        if not offered:
            return
        gap = p.gap // 2
        each = (area.h - gap * (len(offered) - 1)) // len(offered)
        for i, option in enumerate(offered):
            cell = pygame.Rect(area.x, area.y + i * (each + gap), area.w, each)
            votes = ws.counted.of(option.number)
            box(painter.surface, cell, theme, p, edge=theme.accent, width=2)
            inner = inset(cell, p.pad // 2, p.pad // 3)
            line_h = painter.book.line_height(size, True)
            effect = preview(ws.scenario, ws.round.state, ws.file_number(option.number))
            plural = "vote" if votes == 1 else "votes"
            head = f"{option.number}. {effect}" + (f" · {votes} {plural}" if votes else "")
            painter.text(
                head,
                pygame.Rect(inner.x, inner.y, inner.w, line_h),
                size,
                theme.accent,
                bold=True,
                min_size=10,
                panel=cell,
            )
            body = pygame.Rect(inner.x, inner.y + line_h, inner.w, inner.h - line_h)
            text = f"{option.choice.say} — {option.choice.feedback or 'no feedback written'}"
            painter.text(text, body, size * 5 // 4, theme.ink, min_size=10, panel=cell)

    def _side(self, painter: Painter, p: Projector, theme: Theme, ws: Workshop,
              area: pygame.Rect, size: int, spoilers: bool = True) -> None:  # fmt: skip
        top = rules.start_state(self.scenario)

        def show(path: tuple[int, ...]) -> tuple[int, ...]:
            return screen_path(self.scenario, top, ws.round.seed, path)

        reachable = reachable_endings(self.scenario, ws.round.state) if ws.round.steps else None
        lines = path_lines(self.scenario, self.report, reachable, show) if spoilers else []
        label_h = painter.book.line_height(size, True)
        paths, keys = take_top(area, int(area.h * 0.45), p.gap)
        label, paths = take_top(paths, label_h)
        painter.text("Paths to each ending (answer numbers)", label, size, theme.accent, bold=True)
        room = " ".join(str(d.number) for d in ws.decisions) or "none yet"
        painter.text(
            "\n".join([f"room so far: {room}", *lines]), paths, size, theme.ink, min_size=10
        )
        label, keys = take_top(keys, label_h)
        painter.text("Keys", label, size, theme.accent, bold=True)
        rows = "\n".join(f"{k}: {d}" for k, d in KEYS)
        painter.text(rows, keys, size, theme.ink, min_size=10)
