"""Play: the customer, their line, the trust meter and the numbered answers.

Answers appear in this round's shuffled order; keys 1–7 answer by their place
on screen, and arrows + Enter and the mouse work too. Input that belongs to
the previous question never answers the next (widgets/guard.py). In Practice
the meter, the feedback and Backspace (take back) are there, and the last
answer's feedback is shown before the ending; in Assessment the meter and
every trust figure are hidden and answers are final. Esc asks before leaving.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pygame

from game.engine import rules
from game.ui.layout import Metrics, inset, split_h, take_bottom, take_top
from game.ui.scenes.base import Scene, key_hints
from game.ui.scenes.handoff import Handoff, Resume
from game.ui.scenes.play_parts import draw_feedback, draw_top_bar, feedback_height
from game.ui.widgets.bubble import bubble_height, draw_bubble
from game.ui.widgets.button import Button, ButtonList
from game.ui.widgets.choices import layout_choices
from game.ui.widgets.customer import draw_customer, face_for
from game.ui.widgets.dialog import Confirm
from game.ui.widgets.guard import AnswerGuard
from game.ui.widgets.meter import MeterAnimation, draw_meter, draw_popups
from game.ui.widgets.panel import card
from game.ui.widgets.text import Painter

if TYPE_CHECKING:
    from game.play.session import PlaySession

ENDING_PAUSE = 1.1  # seconds to watch the meter settle before the ending screen


class PlayScene(Scene):
    """One round in progress; reads the Round, never re-derives what it did."""

    name = "play"
    back = "select"

    def __init__(self, ctx: Any) -> None:
        super().__init__(ctx)
        self.choices = ButtonList(numbers=True, selected=None)
        self.meter = MeterAnimation()
        self.confirm: Confirm | None = None
        self.leaving_in: float | None = None
        self.choice_size = 18
        self.guard = AnswerGuard()
        self.taken: rules.Step | None = None  # the answer just taken back, shown until the next
        self.at_end = False  # Practice: the last answer's feedback shows before the ending

    @property
    def session(self) -> PlaySession:
        assert self.ctx.session is not None
        return self.ctx.session

    def startup(self, came_from: str = "", handoff: Handoff | None = None) -> None:
        if self.ctx.session is None:
            self.go("select")
            return
        self.confirm, self.leaving_in, self.at_end, self.taken = None, None, False, None
        self.guard = AnswerGuard()  # keys seen going down on another screen are not held here
        round_ = self.session.round
        if isinstance(handoff, Resume):
            self.meter.change(round_.trust, 0)
            self.taken = round_.taken_back[-1] if round_.taken_back else None
        else:
            self.meter.jump(round_.trust)
        self._load_choices()

    def _load_choices(self) -> None:
        """This round's answers in its shuffled order, numbered by their place on screen."""
        shown = self.session.round.shown()
        buttons = [
            Button(o.choice.say, str(place), badge=str(place))
            for place, o in enumerate(shown, start=1)
        ]
        self.choices.set(buttons, selected=None)
        self.guard.arm()

    def _show_ending_button(self) -> None:
        self.choices.set([Button("See how it ends", "ending", primary=True)], selected=0)
        self.guard.arm()

    # --- layout ---------------------------------------------------------------
    def arrange(self, metrics: Metrics) -> None:
        super().arrange(metrics)
        if self.ctx.session is None:
            return
        m = metrics
        self.bar = pygame.Rect(0, 0, m.width, m.px(64))
        body = pygame.Rect(m.margin, self.bar.bottom + m.px(20), m.width - 2 * m.margin, 0)
        body.h = m.height - body.y - m.px(56)
        self.left, right = split_h(body, 0.3, m.px(40))
        self.right = pygame.Rect(right.x + m.px(10), right.y, right.w - m.px(10), right.h)
        inner = inset(self.left, m.px(20), m.px(20))
        if self.session.practice:
            self.meter_rect, rest = take_bottom(inner, m.px(88), m.px(8))
        else:  # Assessment hides the meter: the face has the room
            self.meter_rect, rest = pygame.Rect(inner.x, inner.bottom, inner.w, 0), inner
        self.name_rect, self.portrait = take_bottom(rest, m.px(70), m.px(6))
        self._arrange_right()

    def _arrange_right(self) -> None:
        """Bubble on top, answers below it, the Practice feedback right under the answers."""
        m, book = self.m, self.ctx.fonts
        round_ = self.session.round
        node = round_.node or self.session.scenario.nodes.get(self._last_node())
        area = self.right
        feedback = self._feedback_step()
        taken = feedback is not None and feedback is self.taken
        strip_h = feedback_height(book, m, feedback, area.w, taken) + m.px(16) if feedback else 0
        text = node.say if node else ""
        wanted = bubble_height(book, m, text, area.w)
        least = m.px(112)
        most = max(least, int(area.h * 0.42))
        self.bubble_rect, rest = take_top(area, max(least, min(most, wanted)), m.px(20))
        rest.h -= strip_h
        labels = [b.label for b in self.choices.buttons]
        self.choice_size, rects = layout_choices(book, m, rest, labels)
        for button, rect in zip(self.choices.buttons, rects, strict=True):
            button.rect = rect
        self.feedback_rect = None
        if feedback is not None:
            top = (rects[-1].bottom if rects else rest.y) + m.px(16)
            self.feedback_rect = pygame.Rect(area.x, top, area.w, strip_h - m.px(16))

    def _feedback_step(self) -> rules.Step | None:
        """Practice only: the answer just taken back, else the last answer given."""
        if not self.session.practice:
            return None
        if self.taken is not None:
            return self.taken
        steps = self.session.round.steps
        return steps[-1] if steps else None

    def _last_node(self) -> str:
        steps = self.session.round.steps
        return steps[-1].node if steps else self.session.scenario.start

    # --- events ---------------------------------------------------------------
    def handle_event(self, event: pygame.event.Event) -> None:
        if self.confirm is not None:
            self._handle_confirm(event)
            return
        if self.leaving_in is not None:
            return
        allowed = self.guard.allows(event)
        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
            self._ask("leave")
        elif event.type == pygame.KEYDOWN and event.key == pygame.K_BACKSPACE:
            self.rewind()
        elif allowed:
            action = self.choices.handle(event)
            self.dirty |= self.choices.changed
            if action == "ending":
                self.go("ending")
            elif action:
                self.answer(int(action))

    def _ask(self, tag: str) -> None:
        quitting = tag == "quit"
        self.confirm = Confirm(
            "Quit the game?" if quitting else "Leave this round?",
            "This round is not finished. If you leave now, it will not be counted.",
            "Quit" if quitting else "Leave round",
            "Keep playing",
            tag,
        )
        self.confirm.arrange(self.m)
        self.dirty = True

    def _handle_confirm(self, event: pygame.event.Event) -> None:
        assert self.confirm is not None
        answer = self.confirm.handle(event)
        self.dirty = True
        if answer == "no":
            self.confirm = None
        elif answer == "yes":
            tag, self.confirm = self.confirm.tag, None
            self.ctx.end_round()
            self.go("quit" if tag == "quit" else "select")

    def request_quit(self) -> bool:
        if self.confirm is not None and self.confirm.tag == "quit":
            return True  # closing the window twice means it
        self._ask("quit")
        return False

    def answer(self, place: int) -> None:
        """Choose the answer at `place` on screen and animate what it did."""
        if self.at_end:
            return
        try:
            events = self.session.choose(place)  # records the round once when it ends
        except rules.NotOffered:
            return
        self.taken = None
        practice = self.session.practice
        for event in events:
            if isinstance(event, rules.TrustChanged):
                self.meter.change(event.after, event.delta if practice else 0)
                if practice:  # in Assessment even the sound would give the score away
                    self.ctx.sound.play("good" if event.delta > 0 else "bad")
        if self.session.finished:
            self.ctx.show_notices(self.session)
            if practice:
                self.at_end = True
                self._show_ending_button()
            else:
                self.leaving_in = ENDING_PAUSE
        else:
            self._load_choices()
        self.relayout()
        if not practice or not any(isinstance(e, rules.TrustChanged) for e in events):
            self.ctx.sound.play("click")
        self.dirty = True

    def rewind(self) -> None:
        """Backspace: in Practice, take the last answer back; in Assessment, say why not."""
        round_ = self.session.round
        if not self.session.practice:
            self.ctx.notify("Assessment mode: answers are final. Feedback comes in the debrief.")
            return
        taken = self.session.rewind()
        if taken is None:
            self.ctx.notify("This is the first line: there is nothing to take back yet.")
            return
        self.taken = taken
        self.at_end = False
        self.meter.change(round_.trust, 0)
        self.ctx.sound.play("rewind")
        self._load_choices()
        self.relayout()

    # --- time -------------------------------------------------------------------
    def update(self, dt: float) -> None:
        self.meter.update(dt)
        self.guard.tick(dt)
        if self.leaving_in is not None:
            self.leaving_in -= dt
            if self.leaving_in <= 0:
                self.leaving_in = None
                self.go("ending")

    @property
    def animating(self) -> bool:
        return self.meter.moving or self.leaving_in is not None

    # --- drawing ------------------------------------------------------------------
    def paint(self, painter: Painter) -> None:
        if self.ctx.session is None:
            return
        m, theme = self.m, self.theme
        session = self.session
        scenario = session.scenario
        draw_top_bar(painter, self, self.bar)
        card(painter.surface, self.left, theme, m.px(18), shadow=m.px(4))
        portrait = inset(self.portrait, m.px(4), 0)
        pygame.draw.rect(painter.surface, theme.backdrop, portrait, border_radius=m.px(14))
        node = session.round.node or scenario.nodes.get(self._last_node())
        draw_customer(painter.surface, inset(portrait, m.px(8), m.px(8)), scenario.customer.look,
                      self.face())  # fmt: skip
        name, role = take_top(self.name_rect, m.px(32))
        painter.text(scenario.customer.name, name, m.type(20), theme.ink, bold=True,
                     align="center", valign="bottom", min_size=m.type(14), panel=self.left)  # fmt: skip
        painter.text(scenario.customer.role, role, m.type(14), theme.muted, align="center",
                     min_size=m.type(11), panel=self.left)  # fmt: skip
        if session.practice:  # Assessment: read the customer, not a number
            draw_meter(painter, self.meter_rect, theme, m, self.meter, scenario.leave_at, self.left)
            draw_popups(painter, theme, m, self.meter, portrait)
        if node is not None:
            draw_bubble(painter, self.bubble_rect, theme, m, scenario.speaker_of(node), node.say,
                        node.is_narration)  # fmt: skip
            self.choices.draw(painter, theme, self.choice_size, m.u)
        step = self._feedback_step()
        if step is not None and self.feedback_rect is not None:
            draw_feedback(painter, self, self.feedback_rect, step, taken=step is self.taken)
        key_hints(painter, self, self._hints())
        if self.confirm is not None:
            self.confirm.draw(painter, theme, m)

    def face(self) -> str:
        """The customer's face: the current line's own mood if it has one, else trust's."""
        scenario = self.session.scenario
        node = self.session.round.node or scenario.nodes.get(self._last_node())
        return face_for(node.mood if node else None, self.meter.shown, scenario.leave_at)

    def _hints(self) -> list[tuple[str, str]]:
        if self.at_end:
            return [("Enter", "see how it ends"), ("Backspace", "try again"), ("Esc", "leave")]
        count = len(self.choices.buttons)
        hints = [(f"1–{count}" if count > 1 else "1", "answer"), ("↑↓ Enter", "pick")]
        if self.session.practice:
            hints.append(("Backspace", "try again"))
        return hints + [("Esc", "leave"), ("M", "sound")]
