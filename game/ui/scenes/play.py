"""Play: a turn staged top to bottom in the order it happened.

The customer's reaction first (face, and words in the channel's frame), then in
Practice the feedback on the answer just given, then the next answers. Words
appear a few at a time; any key or click shows them all and never answers.
Keys 1–7 answer by place on screen; arrows + Enter and the mouse work too; L
opens the conversation so far. Assessment hides the meter and every trust
figure, and answers are final. Esc asks before leaving.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pygame

from game.engine import rules
from game.ui.layout import Metrics
from game.ui.scenes.base import IDLE_STEP, Scene, key_hints
from game.ui.scenes.handoff import Handoff, Resume
from game.ui.scenes.play_card import draw_customer_card, repaint_frame
from game.ui.scenes.play_layout import PlayLayout, arrange_sides, arrange_turn
from game.ui.scenes.play_parts import (
    draw_feedback,
    draw_top_bar,
    hold_answers,
    leave_dialog,
    opens_log,
    play_hints,
)
from game.ui.scenes.play_stage import Staging, current_node, feedback_step
from game.ui.widgets.backdrops import Backdrops
from game.ui.widgets.button import Button, ButtonList
from game.ui.widgets.channels import draw_chrome, draw_frame
from game.ui.widgets.customer import face_for
from game.ui.widgets.dialog import Confirm
from game.ui.widgets.guard import AnswerGuard
from game.ui.widgets.meter import MeterAnimation
from game.ui.widgets.portrait import Portrait
from game.ui.widgets.reveal import is_press
from game.ui.widgets.text import Painter

if TYPE_CHECKING:
    from game.play.session import PlaySession
    from game.ui.widgets.convo_log import ConversationLog
    from game.ui.widgets.reveal import LineReveal

ENDING_PAUSE = 1.1  # seconds to watch the meter settle before the ending screen


class PlayScene(Scene):
    """One round in progress; reads the Round, never re-derives what it did."""

    name = "play"
    back = "select"

    def __init__(self, ctx: Any) -> None:
        super().__init__(ctx)
        self.choices = ButtonList(numbers=True, selected=None)
        self.meter = MeterAnimation()
        self.stage = Staging()
        self.backdrops = Backdrops()
        self.at = PlayLayout()
        self.confirm: Confirm | None = None
        self.leaving_in: float | None = None
        self.guard = AnswerGuard()
        self.taken: rules.Step | None = None  # the answer just taken back, shown until the next
        self.at_end = False  # Practice: the last answer's feedback shows before the ending
        self.clean = False  # the window shows the last full paint and nothing over it
        self.patch_timer = False  # only the call timer changed since that paint
        self.person = Portrait()  # the customer: cross-fades, blinks, breathes
        self.patch_face = False  # only the customer blinked or breathed since that paint

    @property
    def session(self) -> PlaySession:
        assert self.ctx.session is not None
        return self.ctx.session

    @property
    def motion(self) -> bool:
        """False with the reduce-motion setting: no tween, reveal or typing dots."""
        return not self.ctx.settings.reduce_motion

    def startup(self, came_from: str = "", handoff: Handoff | None = None) -> None:
        if self.ctx.session is None:
            self.go("select")
            return
        self.confirm, self.leaving_in, self.at_end, self.taken = None, None, False, None
        self.guard = AnswerGuard()  # keys seen going down on another screen are not held here
        self.stage.reset()
        self.meter.motion = self.person.motion = self.motion
        round_ = self.session.round
        if isinstance(handoff, Resume):
            self.meter.change(round_.trust, 0)
            self.taken = round_.taken_back[-1] if round_.taken_back else None
        else:
            self.meter.jump(round_.trust)
        self._load_choices()
        resumed = isinstance(handoff, Resume)  # back from the ending: a line already read
        self.stage.start_line(self.session, self.ctx.settings, reveal=not resumed)

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
        self.clean = False
        if self.ctx.session is None:
            return
        self.at = arrange_sides(metrics, self.ctx.fonts, self.session.practice)
        feedback = feedback_step(self.session, self.taken)
        taken = (feedback, feedback is self.taken) if feedback is not None else None
        line = self.stage.line(self.session)
        arrange_turn(self.at, metrics, self.ctx.fonts, line, taken, self.choices.buttons)
        if self.log.open:
            self.log.arrange(metrics, self.ctx.fonts)

    @property
    def reveal(self) -> LineReveal:
        return self.stage.reveal

    @property
    def log(self) -> ConversationLog:
        return self.stage.log

    # --- events ---------------------------------------------------------------
    def handle_event(self, event: pygame.event.Event) -> None:
        self.clean = False  # whatever it does, the next paint is a whole one
        if self.confirm is not None:
            self._handle_confirm(event)
            return
        if self.leaving_in is not None:
            return
        allowed = self.guard.allows(event)  # always seen, so held keys are remembered
        if self.log.open:
            self._handle_log(event)
        elif event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
            self._ask("leave")
        elif opens_log(event, self.at.log_button):
            self.open_log()
        elif self.reveal.moving and is_press(event):
            self.skip_reveal()
        elif event.type == pygame.KEYDOWN and event.key == pygame.K_BACKSPACE:
            self.rewind()
        elif allowed:
            action = self.choices.handle(event)
            self.dirty |= self.choices.changed
            if action == "ending":
                self.go("ending")
            elif action:
                self.answer(int(action))

    def open_log(self) -> None:
        """Show the conversation so far, newest line in view."""
        self.stage.open_log(self.session, self.m, self.ctx.fonts)
        self.dirty = True

    def _handle_log(self, event: pygame.event.Event) -> None:
        if self.log.handle(event) == "close":
            self.guard.arm()  # the click that closed it never answers underneath
        self.dirty = True

    def skip_reveal(self) -> None:
        """Show the whole line now; the press that asked for it answers nothing."""
        self.reveal.skip()
        self.guard.arm()
        self.dirty = True

    def _ask(self, tag: str) -> None:
        self.confirm = leave_dialog(tag)
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
        """Choose the answer at `place` on screen and stage what it did."""
        if self.at_end:
            return
        try:
            events = self.session.choose(place)  # records the round once when it ends
        except rules.NotOffered:
            return
        self.taken = None
        practice = self.session.practice
        self.meter.motion = self.motion
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
        self.stage.start_line(self.session, self.ctx.settings, reveal=not self.session.finished)
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
        self.meter.motion = self.motion
        self.meter.change(round_.trust, 0)
        self.ctx.sound.play("rewind")
        self._load_choices()
        self.stage.start_line(self.session, self.ctx.settings, reveal=False)  # read already
        self.relayout()

    # --- time -------------------------------------------------------------------
    def update(self, dt: float) -> None:
        self.meter.update(dt)
        face = self.person.update(dt)
        quiet = self.clean and not (self.dirty or self.animating or self.ctx.toasts.active)
        self.guard.tick(dt)
        if self.ctx.session is not None:
            changes = self.stage.update(dt, self.ctx.settings, self.session)
            if changes.ended:
                self.guard.arm()  # the answers are readable from now
            if changes.ticked and not (changes.shown or self.dirty or self.animating):
                self.patch_timer = self.clean and not self.ctx.toasts.active
            self.dirty |= changes.shown or changes.ticked
        if face:  # a blink or a breath alone repaints the customer's frame, not the screen
            self.patch_face = quiet and (not self.dirty or self.patch_timer)
            self.patch_timer = self.patch_timer and self.patch_face
            self.dirty = True
        if self.leaving_in is not None:
            self.leaving_in -= dt
            if self.leaving_in <= 0:
                self.leaving_in = None
                self.go("ending")

    @property
    def animating(self) -> bool:
        moving = self.meter.moving or self.reveal.moving or self.person.animating
        return moving or self.leaving_in is not None

    def next_change_in(self) -> float:
        """Every frame while the customer blinks or breathes; else the idle step."""
        due = self.person.next_change_in()
        return IDLE_STEP if due is None else min(IDLE_STEP, due)

    # --- drawing ------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        """Paint the screen; when only the call timer ticked or the customer blinked, renew
        just the call's band or the customer's frame (an idle call stays under 1% of a core)."""
        if (self.patch_timer or self.patch_face) and self.clean:
            painter = Painter(surface, self.ctx.fonts)
            if self.patch_timer:
                line = self.stage.line(self.session)
                band = draw_chrome(painter, self.at.frame, self.theme, self.m, line)
                self.boxes = [b for b in self.boxes if not band.contains(b.rect)] + painter.boxes
            if self.patch_face:
                repaint_frame(painter, self, self.at, self.backdrops)
        else:
            super().draw(surface)
            covered = self.log.open or self.confirm is not None or self.ctx.toasts.active
            self.clean = self.ctx.session is not None and not covered
        self.patch_timer = self.patch_face = False

    def paint(self, painter: Painter) -> None:
        if self.ctx.session is None:
            return
        m, theme, at = self.m, self.theme, self.at
        draw_top_bar(painter, self, at.bar, at.log_button)
        draw_customer_card(painter, self, at, self.backdrops)
        if current_node(self.session) is not None:
            draw_frame(painter, at.frame, theme, m, self.stage.line(self.session))
        step = feedback_step(self.session, self.taken)
        if step is not None and at.feedback is not None:
            draw_feedback(painter, self, at.feedback, step, taken=step is self.taken)
        self.choices.draw(painter, theme, at.choice_size, m.u)
        if self.reveal.moving:  # the answers wait, faded, until the customer has finished
            hold_answers(painter.surface, [b.rect for b in self.choices.buttons], theme)
        key_hints(painter, self, play_hints(self))
        if self.log.open:
            self.log.draw(painter, theme, m)
        if self.confirm is not None:
            self.confirm.draw(painter, theme, m)

    def face(self) -> str:
        """The customer's face: the current line's own mood if it has one, else trust's."""
        node = current_node(self.session)
        return face_for(
            node.mood if node else None, self.meter.shown, self.session.scenario.leave_at
        )
