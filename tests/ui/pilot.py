"""A headless pilot: posts real pygame events (keys, clicks with event.pos) and steps the App.

Like Textual's `run_test`, the pilot makes a scene's exception fail the test: the App
still shows its error panel (what a player would see) and then re-raises. A test about
that error panel says so with `expecting_a_crash()`.
"""

from __future__ import annotations

import contextlib
import itertools
import math
from collections.abc import Iterator

import pygame

from game.ui.app import App
from game.ui.widgets.guard import QUIET
from game.ui.widgets.text import TextBox

FRAME = 1 / 60
QUIET_FRAMES = math.ceil(QUIET / FRAME) + 1  # frames a player takes to read new answers


class Pilot:
    """Drives an App the way a player would, one frame at a time, with no real clock."""

    def __init__(self, app: App) -> None:
        if app.crashes:
            raise AssertionError(f"a scene failed while the game opened on {app.scene.name!r}")
        self.app = app
        app.reraise = True

    @classmethod
    def open(cls, reveal: bool = False, **kwargs) -> Pilot:
        """The game, opened; the customer's words appear at once unless `reveal` (the tests of
        the reveal ask for it; the rest read a line whole, as with the setting off)."""
        kwargs.setdefault("size", (1280, 720))
        pilot = cls(App(**kwargs))
        pilot.app.ctx.settings.text_reveal = reveal
        pilot.step()
        pilot.app.finish_loading()  # the files and records, read off the loop, are there
        pilot.step()
        return pilot

    @contextlib.contextmanager
    def expecting_a_crash(self) -> Iterator[None]:
        """Let a scene fail inside the block, as in production; fail if none does."""
        before = self.app.crashes
        self.app.reraise = False
        try:
            yield
        finally:
            self.app.reraise = True
        assert self.app.crashes > before, "no scene failed inside expecting_a_crash()"

    def close(self) -> None:
        self.app.close()

    # --- reading ----------------------------------------------------------------
    @property
    def scene(self):
        return self.app.scene

    @property
    def name(self) -> str:
        return self.app.scene.name

    @property
    def session(self):
        return self.app.ctx.session

    def texts(self) -> list[str]:
        return [box.text for box in self.scene.boxes]

    def box(self, text: str) -> TextBox:
        """The drawn text box whose text is `text` (or starts with it)."""
        self.app.draw()
        for box in self.scene.boxes:
            if box.text == text or box.text.startswith(text):
                return box
        raise AssertionError(f"no text {text!r} on the {self.name} screen: {self.texts()}")

    # --- acting -----------------------------------------------------------------
    def step(self, frames: int = 1) -> None:
        for _ in range(frames):
            self.app.step(None, FRAME)

    def post(self, *events: pygame.event.Event) -> None:
        for event in events:
            pygame.event.post(event)
        self.step()

    def press(self, key: int, mod: int = 0) -> None:
        self.post(
            pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode="", scancode=0),
            pygame.event.Event(pygame.KEYUP, key=key, mod=mod, unicode="", scancode=0),
        )

    def type(self, text: str) -> None:
        self.post(pygame.event.Event(pygame.TEXTINPUT, text=text))

    def move(self, pos: tuple[int, int]) -> None:
        self.post(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0)))

    def click(self, pos: tuple[int, int]) -> None:
        self.move(pos)
        self.post(
            pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1),
            pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1),
        )

    def click_text(self, text: str) -> None:
        self.click(self.box(text).rect.center)

    def wheel(self, y: int) -> None:
        self.post(pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=y, flipped=False))

    def wheel_to_text(self, text: str, limit: int = 40) -> None:
        """Scroll down with the mouse wheel until `text` is drawn (a long menu hides it)."""
        for _ in range(limit):
            self.app.draw()
            if any(t == text or t.startswith(text) for t in self.texts()):
                return
            self.wheel(-1)
        self.box(text)  # fails, listing what is on screen

    def answer(self, number: int, click: bool = False) -> None:
        """Give file-order choice `number` as a player would: after reading the new answers,
        press the key (or click the button) of the place where this round shows it.
        A line still appearing is shown whole first, with a key, as an impatient player would."""
        self.skip_reveal()
        self.step(QUIET_FRAMES)
        places = [o.number for o in self.session.round.shown()]
        place = places.index(number) + 1
        if click:
            self.click(self.scene.choices.buttons[place - 1].rect.center)
        else:
            self.press(getattr(pygame, f"K_{place}"))

    def skip_reveal(self) -> None:
        """If the customer's words are still appearing, press a key to show them all."""
        reveal = getattr(self.scene, "reveal", None)
        if reveal is not None and reveal.moving:
            self.press(pygame.K_SPACE)

    def to_ending(self) -> None:
        """Let the last answer settle, then (Practice) go on from its feedback to the ending."""
        self.settle()
        if self.name == "play" and self.scene.at_end:
            self.step(QUIET_FRAMES)
            self.press(pygame.K_RETURN)

    def settle(self, limit: int = 600) -> None:
        """Step until nothing animates (the meter, a pause before the ending, notices)."""
        for _ in range(limit):
            if not self.app.scene.animating:
                return
            self.step()
        raise AssertionError("the scene kept animating")

    def resize(self, size: tuple[int, int]) -> None:
        self.app.resize(size)
        self.step()


def layout_problems(boxes: list[TextBox], screen: pygame.Rect) -> list[str]:
    """Text outside its panel or the window, or two pieces of text on top of each other."""
    found = []
    for box in boxes:
        if not box.panel.contains(box.rect):
            found.append(f"{box.text!r} spills out of its panel {box.rect} / {box.panel}")
        if not screen.contains(box.rect):
            found.append(f"{box.text!r} is outside the window {box.rect}")
    for a, b in itertools.combinations(boxes, 2):
        if a.rect.colliderect(b.rect):
            found.append(f"{a.text!r} overlaps {b.text!r}")
    return found
