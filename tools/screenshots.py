"""Render every screen of the game at 1280×720 and 1920×1080 to PNG in docs/screenshots/.

Run `python tools/screenshots.py` (headless: it sets SDL's dummy drivers). It
plays real rounds of the shipped scenarios through real key events, so the
pictures show what a player sees. Settings go to a temporary folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pygame  # noqa: E402

from game.ui.app import App  # noqa: E402
from game.ui.scenes.handoff import Crash, OpenEntry  # noqa: E402
from game.ui.widgets.guard import QUIET  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SEED = 20261201  # one shuffle for every round, so the pictures are the same each run
SIZES = [(1280, 720), (1920, 1080)]
BROKEN = ROOT / "tests" / "fixtures" / "ui" / "broken.yaml"


class Driver:
    """Presses keys on an App and saves what is on screen."""

    def __init__(self, app: App, size: tuple[int, int]) -> None:
        self.app, self.size = app, size

    def key(self, key: int, times: int = 1) -> None:
        for _ in range(times):
            down = pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode="", scancode=0)
            up = pygame.event.Event(pygame.KEYUP, key=key, mod=0, unicode="", scancode=0)
            self.app.step([down, up], 1 / 60)

    def answer(self, n: int) -> None:
        """File-order answer `n`, pressed where this round shows it, after reading the line
        to its end and then the answers."""
        self.read()
        self.app.step([], QUIET)
        places = [o.number for o in self.app.ctx.session.round.shown()]
        self.key(number(places.index(n) + 1))

    def type(self, text: str) -> None:
        self.app.step([pygame.event.Event(pygame.TEXTINPUT, text=text)], 1 / 60)

    def frames(self, count: int) -> None:
        for _ in range(count):
            self.app.step([], 1 / 60)

    def read(self) -> None:
        """Let the customer's line type and reveal itself to the end."""
        for _ in range(600):
            if not self.app.scene.reveal.moving:
                return
            self.app.step([], 1 / 60)

    def settle(self) -> None:
        for _ in range(400):
            if not self.app.scene.animating:
                return
            self.app.step([], 1 / 60)

    def expect(self, scene: str) -> None:
        if self.app.scene.name != scene:
            raise SystemExit(f"screenshots: expected the {scene} screen, not {self.app.scene.name}")

    def quiet(self) -> None:
        self.app.ctx.toasts.items.clear()

    def save(self, name: str) -> Path:
        self.app.draw()
        path = OUT / f"{name}-{self.size[0]}x{self.size[1]}.png"
        pygame.image.save(self.app.display.surface, path)
        return path


def number(n: int) -> int:
    return getattr(pygame, f"K_{n}")


def open_card(d: Driver, scenario_id: str) -> None:
    d.key(pygame.K_ESCAPE)
    d.app.switch("select")
    keys = [e.key for e in d.app.scene.entries]
    moves = keys.index(scenario_id) - d.app.scene.selected
    d.key(pygame.K_RIGHT if moves > 0 else pygame.K_LEFT, abs(moves))
    d.key(pygame.K_RETURN)


def tour(d: Driver) -> list[Path]:
    """Every screen, in the order a new hire meets them."""
    shots = [d.save("01-title")]
    d.key(pygame.K_RETURN)
    d.type("Sam")
    shots.append(d.save("02-name"))
    d.key(pygame.K_RETURN)
    shots.append(d.save("03-select"))
    d.app.switch("history")
    shots.append(d.save("22-history-empty"))
    open_card(d, "missing-penne")
    shots.append(d.save("04-briefing"))
    d.key(pygame.K_1)
    d.read()
    shots.append(d.save("05-play-start"))
    d.answer(2)
    d.frames(18)
    shots.append(d.save("06-play-trust-drops"))
    d.settle()
    d.quiet()
    shots.append(d.save("07-play-practice-feedback"))
    d.key(pygame.K_BACKSPACE)
    d.settle()
    d.quiet()
    shots.append(d.save("26-play-taken-back"))
    for n in (1, 1):  # own it, then a fresh pie at an honest time: the driver waits
        d.answer(n)
        d.settle()
    d.quiet()
    d.expect("play")
    shots.append(d.save("08-play-narrator"))
    d.key(pygame.K_ESCAPE)
    shots.append(d.save("09-play-confirm-leave"))
    d.key(pygame.K_ESCAPE)
    for n in (1, 1, 1, 1):  # the note, the pass check, two Fridays later, the reorder
        d.answer(n)
        d.settle()
    d.quiet()
    d.expect("play")
    shots.append(d.save("27-play-last-feedback"))
    d.app.step([], QUIET)
    d.key(pygame.K_RETURN)
    d.expect("ending")
    shots.append(d.save("10-ending-stay"))
    d.key(pygame.K_RETURN)
    shots.append(d.save("11-debrief"))
    d.key(pygame.K_PAGEDOWN)
    shots.append(d.save("12-debrief-answers"))
    d.key(pygame.K_END)
    shots.append(d.save("13-debrief-principles"))
    return shots


def leave_round(d: Driver) -> list[Path]:
    """An Assessment round that ends with the customer walking out."""
    d.app.switch("select")
    open_card(d, "missing-penne")
    d.key(pygame.K_2)
    d.answer(2)
    d.settle()
    d.quiet()
    shots = [d.save("14-play-assessment")]
    d.answer(2)
    d.settle()
    d.quiet()
    d.expect("ending")
    shots.append(d.save("15-ending-leave"))
    d.key(pygame.K_RETURN)
    d.key(pygame.K_END)
    d.quiet()
    shots.append(d.save("28-debrief-assessment"))
    return shots


def history(d: Driver) -> list[Path]:
    """The History screen after the rounds above, and the cards with the best results."""
    d.app.switch("history")
    d.quiet()
    shots = [d.save("23-history")]
    d.key(pygame.K_END)
    shots.append(d.save("24-history-principles"))
    d.app.switch("select")
    shots.append(d.save("25-select-with-results"))
    return shots


def odd_screens(d: Driver) -> list[Path]:
    """Settings, the diagnostics view, high contrast, a notice, a too-small window, the error panel."""
    d.app.switch("settings")
    shots = [d.save("16-settings")]
    d.app.switch("lrs")
    d.app.step([pygame.event.Event(pygame.TEXTINPUT, text="https://lrs.example.org/xAPI/")])
    shots.append(d.save("29-lrs-form"))
    d.app.ctx.catalog.paths.append(BROKEN)
    d.app.ctx.catalog.load()
    d.quiet()
    d.app.switch("select")
    shots.append(d.save("17-select-with-broken-file"))
    d.app.switch("problems", OpenEntry(str(BROKEN)))
    shots.append(d.save("18-problems"))
    d.app.ctx.catalog.paths.pop()
    d.app.ctx.catalog.load()
    d.app.ctx.settings.theme = "contrast"
    open_card(d, "first-shift")
    d.key(pygame.K_1)
    d.answer(1)
    d.settle()
    d.quiet()
    shots.append(d.save("19-play-high-contrast"))
    d.app.ctx.settings.theme = "warm"
    d.key(pygame.K_m)  # a notice: it takes the footer strip, never the answers or the meter
    shots.append(d.save("30-play-notice"))
    d.key(pygame.K_m)
    d.app.switch("error", Crash("RuntimeError: an example of an unexpected problem"))
    shots.append(d.save("20-error-panel"))
    d.app.resize((700, 420))
    shots.append(d.save("21-too-small"))
    d.app.resize(d.size)
    return shots


# One scenario per channel, and the answers (file order) played before the picture.
CHANNEL_SHOTS = [
    ("counter", "walnut-pesto", ()),
    ("phone", "late-crew", (1,)),
    ("chat", "day-late-telescope", (1,)),
    ("email", "billed-twice", (1,)),
    ("review", "two-star-cake", ()),
    ("video", "last-quarters-numbers", (1,)),
]


def channels(d: Driver) -> list[Path]:
    """Each channel's frame and setting in Practice, the chat's typing dots, and the log open."""
    shots = []
    for number_, (channel, scenario_id, answers) in enumerate(CHANNEL_SHOTS):
        d.app.switch("select")
        open_card(d, scenario_id)
        d.key(pygame.K_1)
        for n in answers:
            d.answer(n)
        if channel == "chat":
            d.frames(20)  # the customer is still typing
            d.quiet()
            shots.append(d.save("31-channel-chat-typing"))
        d.read()
        d.frames(75)  # a call has been going a little while
        d.settle()
        d.quiet()
        shots.append(d.save(f"{32 + number_}-channel-{channel}"))
    d.key(pygame.K_l)
    shots.append(d.save("38-play-conversation-log"))
    d.key(pygame.K_ESCAPE)
    return shots


def trainer(d: Driver) -> list[Path]:
    """What a trainer sees (`--trainer`): the Scenarios screen with F5's hint and the chip."""
    d.app.switch("select")
    d.quiet()
    return [d.save("39-select-trainer")]


def render(
    size: tuple[int, int], steps: list[Callable[[Driver], list[Path]]], trainer: bool = False
) -> list[Path]:
    with tempfile.TemporaryDirectory() as data:
        os.environ["MAKE_IT_RIGHT_DATA"] = data
        app = App(size=size, seed=SEED, trainer=trainer)
        app.ctx.sound.enabled = False
        app.step([])
        app.finish_loading()
        app.ctx.toasts.items.clear()
        driver = Driver(app, size)
        shots = [shot for step in steps for shot in step(driver)]
        app.close()
    return shots


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        for path in render(size, [tour, leave_round, history, odd_screens, channels]):
            print(path.relative_to(ROOT))
        for path in render(size, [trainer], trainer=True):
            print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
