"""The room's round: one screen on the projector, paced by the facilitator's clicker.

▶ (Page Down, Right, Space, Enter) moves on; ◀ (Page Up, Left) goes back
before an answer is given; number keys count raised hands, Shift+number is
the facilitator's pick; B or . blanks the screen until any key; H hides the
trust meter; N shows the notes (or a presenter window on a second display);
T sets the timer and P pauses it; Esc asks before leaving.
"""

from __future__ import annotations

from typing import Any

import pygame

from game.engine import rules
from game.names import WORKSHOP
from game.play.session import PlaySession, begin
from game.play.workshop.flow import Phase, Workshop, room_votes
from game.play.workshop.prefs import save_timer
from game.ui.scenes.base import Scene
from game.ui.scenes.handoff import Handoff, RoomResult, RoomStart
from game.ui.theme import Theme
from game.ui.widgets.button import NUMBER_KEYS
from game.ui.widgets.meter import MeterAnimation
from game.ui.widgets.portrait import Portrait
from game.ui.workshop import presenter as screens
from game.ui.workshop.clicks import CLICKS, as_key
from game.ui.workshop.notes import Notes
from game.ui.workshop.notices import draw_notices
from game.ui.workshop.paint import Sized
from game.ui.workshop.phones import PHONES_EVENT, PhoneLink
from game.ui.workshop.preset import projector_theme
from game.ui.workshop.room_draw import RoomDrawing

ROOM = "Workshop room"  # the player name workshop rounds are recorded under
ADVANCE = (pygame.K_PAGEDOWN, pygame.K_RIGHT, pygame.K_SPACE, pygame.K_RETURN, pygame.K_KP_ENTER)
BACK = (pygame.K_PAGEUP, pygame.K_LEFT)
BLANK = (pygame.K_b, pygame.K_PERIOD)
PLUS = (pygame.K_PLUS, pygame.K_EQUALS, pygame.K_KP_PLUS)
MINUS = (pygame.K_MINUS, pygame.K_KP_MINUS)
LEAVE = pygame.K_l  # the only key that discards a round: no clicker sends it


class WorkshopRoomScene(RoomDrawing, Scene):
    """Draws the Workshop for the room and turns the facilitator's keys into its moves."""

    name = "workshop-room"
    back = None

    def __init__(self, ctx: Any) -> None:
        super().__init__(ctx)
        self.ws: Workshop | None = None
        self.meter = MeterAnimation()
        self.show_meter = True
        self.person = Portrait(motion=False)  # the customer, as illustrated
        self.blank = False
        self.notes_on = False
        self.spoilers = False  # the notes overlay shows answer effects only after Shift+N
        self.confirm = False
        self.notes: Notes | None = None
        self.presenter: screens.PresenterWindow | None = None
        self.sizes: list[Sized] = []
        self.display: int | None = None
        self.session: PlaySession | None = None  # the room's round, recorded when left
        self.phones: PhoneLink | None = None  # set-up's link to the room's phones
        self.join_slide = False  # the phones' join slide is up

    @property
    def theme(self) -> Theme:
        return projector_theme(self.ctx.settings.theme)

    def draw_notices(self, surface: pygame.Surface) -> None:
        """Notices at the projector's type size, over the bottom line (see notices.py)."""
        draw_notices(surface, self.ctx.fonts, self.theme, self.ctx.toasts)

    def startup(self, came_from: str = "", handoff: Handoff | None = None) -> None:
        if not isinstance(handoff, RoomStart):
            if self.ws is None:
                self.go("workshop")
            return
        scenario, state = handoff.scenario, handoff.state
        if handoff.what_if:  # a what-if from the debrief: played with the room, not recorded
            self.session = None
            self.ws = Workshop(scenario, state, seed=handoff.seed)
        else:
            self.session = begin(self.ctx.services, scenario, WORKSHOP, state, ROOM)
            self.ws = Workshop(scenario, state, round_=self.session.round)
        self.ws.timer.seconds = handoff.timer
        self.display = handoff.display
        self.meter.motion = not self.ctx.settings.reduce_motion  # the room's eyes too
        self.meter.jump(self.ws.round.trust)
        self.notes = Notes(scenario)
        self.blank = self.confirm = self.notes_on = False
        if handoff.phones is not None:
            self.phones = handoff.phones
        self.join_slide = self.phones is not None and self.phones.on and not handoff.what_if
        self.open_presenter()
        if handoff.what_if:
            self._react(self.ws.play_out(handoff.what_if))

    def open_presenter(self) -> None:
        """A notes window on the laptop's screen when a second display is connected."""
        sizes = screens.desktop_sizes()
        _, laptop = screens.pick_displays(len(sizes), self.display)
        if laptop is None or self.presenter is not None:
            return
        self.presenter = screens.PresenterWindow.open(laptop, sizes[laptop])
        if self.presenter is None:
            self.ctx.notify("The notes window could not open: press N for notes on this screen.")

    def close_presenter(self) -> None:
        if self.presenter is not None:
            self.presenter.close()
            self.presenter = None

    def leave(self, target: str, handoff: Handoff | None = None) -> None:
        self.keep()
        self.close_presenter()
        self.go(target, handoff)

    # --- events -----------------------------------------------------------------------
    def handle_event(self, event: pygame.event.Event) -> None:
        if event.type == PHONES_EVENT:
            if self.phones is not None and self.ws is not None:
                self.phones.read(self.ws)
            self.dirty = True
        elif event.type == pygame.WINDOWCLOSE:
            self._window_closed(event)
        elif event.type == pygame.KEYDOWN and self.ws is not None:
            self.dirty = True
            if self.blank:
                self.blank = False  # any key brings the room back, and does nothing else
            elif self.join_slide and event.key not in (pygame.K_j, pygame.K_ESCAPE):
                self.join_slide = event.key not in ADVANCE  # ▶ closes the slide
            elif self.confirm:
                self._answer_confirm(event.key)
            else:
                self._key(event.key, bool(getattr(event, "mod", 0) & pygame.KMOD_SHIFT))
        elif (
            event.type == pygame.MOUSEBUTTONDOWN and event.button in CLICKS and self._in_room(event)
        ):
            self.handle_event(as_key(event))

    def _in_room(self, event: pygame.event.Event) -> bool:
        """True unless `event` happened in the presenter's window."""
        return self.presenter is None or not self.presenter.owns(event)

    def _window_closed(self, event: pygame.event.Event) -> None:
        if self.presenter is not None and self.presenter.owns(event):
            self.close_presenter()
            self.ctx.notify("Notes window closed: press N for notes on this screen.")
        elif self.request_quit():
            self.leave("quit")
        self.dirty = True

    def keep(self) -> None:
        """Record a finished round once, in workshop mode, under the room's name."""
        if self.session is not None and self.session.finished:
            if self.ws is not None:
                self.session.room = room_votes(self.ws.decisions)
            self.session.finish()
            self.ctx.show_notices(self.session)

    def request_quit(self) -> bool:
        if self.confirm or self.ws is None or self.ws.round.finished:
            self.keep()
            self.close_presenter()
            return True
        self.confirm = self.dirty = True
        return False

    def _answer_confirm(self, key: int) -> None:
        """Only L discards the round: no clicker sends it, so no clicker can end a round."""
        self.confirm = False
        if key == LEAVE:
            self.leave("workshop")

    def on_reload(self) -> None:
        """F5 (a clicker's Start button) closes the question: the round stays."""
        self.confirm = False
        self.dirty = True

    def _key(self, key: int, shift: bool) -> None:
        ws = self.ws
        assert ws is not None
        if key in ADVANCE:
            self._advance()
        elif key in BACK:
            ws.back()
        elif key in NUMBER_KEYS:
            self._number(NUMBER_KEYS[key], shift)
        elif key in PLUS or key in MINUS:
            ws.vote_highlighted(1 if key in PLUS else -1)
        elif key in (pygame.K_UP, pygame.K_DOWN):
            ws.move_highlight(-1 if key == pygame.K_UP else 1)
        elif key == pygame.K_BACKSPACE and ws.take_back():
            self.meter.change(ws.round.trust, 0)
            self.ctx.sound.play("rewind")
        else:
            self._toggle(key, shift)

    def _toggle(self, key: int, shift: bool = False) -> None:
        ws = self.ws
        assert ws is not None
        if key in BLANK:
            self.blank = True
        elif key == pygame.K_h:
            self.show_meter = not self.show_meter
        elif key == pygame.K_j:
            self._join_slide()
        elif key == pygame.K_n:
            self.spoilers = shift and not (self.notes_on and self.spoilers)
            self.notes_on = self.spoilers or not self.notes_on
        elif key == pygame.K_p and not ws.timer.toggle_pause():
            self.ctx.notify("The timer runs while the room reads the answers (T sets it).")
        elif key == pygame.K_t:
            seconds = ws.timer.cycle(restart=ws.phase in (Phase.ANSWERS, Phase.VOTE))
            save_timer(self.ctx.store.folder, seconds)
            self.ctx.notify(f"Decision timer: {ws.timer.label()}.")
        elif key == pygame.K_ESCAPE:
            self._escape()

    def _join_slide(self) -> None:
        """J shows (or hides) how to join from a phone, when the phones are on."""
        if self.phones is not None and self.phones.on:
            self.join_slide = not self.join_slide
        else:
            self.ctx.notify("Phones are off: turn them on in the workshop set-up (P).")

    def _escape(self) -> None:
        ws = self.ws
        assert ws is not None
        if self.join_slide:
            self.join_slide = False
        elif self.notes_on:
            self.notes_on = False
        elif not ws.cancel_pick():
            if ws.what_if:  # nothing to lose: straight back to the room's debrief
                self.leave("workshop-debrief")
            elif ws.round.finished:
                self.leave("workshop")
            else:
                self.confirm = True

    def _number(self, number: int, shift: bool) -> None:
        ws = self.ws
        assert ws is not None
        if shift:
            self._react(ws.override(number))
        elif ws.vote(number):
            self.ctx.sound.play("click")

    def _advance(self) -> None:
        ws = self.ws
        assert ws is not None
        self._react(ws.advance())
        if ws.done and ws.what_if:
            self.leave("workshop-debrief")  # the room's own debrief, where it was left
        elif ws.done:
            result = RoomResult(
                ws.scenario,
                ws.start,
                ws.round.steps,
                tuple(ws.decisions),
                ws.timer.seconds,
                ws.round.seed,
            )
            self.leave("workshop-debrief", result)

    def _react(self, events: list[rules.Event]) -> None:
        """Animate what a committed answer did: the meter moves, a sound plays."""
        for event in events:
            if isinstance(event, rules.TrustChanged):
                self.meter.change(event.after, event.delta)
                self.ctx.sound.play("good" if event.delta > 0 else "bad")
        if events and not any(isinstance(e, rules.TrustChanged) for e in events):
            self.ctx.sound.play("click")

    # --- time ---------------------------------------------------------------------------
    def update(self, dt: float) -> None:
        self.meter.update(dt)
        if self.phones is not None and self.ws is not None:
            self.phones.sync(self.ws)
        if self.ws is not None and self.ws.timer.tick(dt):
            self.dirty = True
            if self.ws.timer.expired:
                self.ctx.sound.play("click")

    @property
    def animating(self) -> bool:
        return self.meter.moving
