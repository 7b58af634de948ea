"""Render each step of a workshop round at 1024×768 and 1920×1080 into docs/screenshots/workshop-*.png.

Run `python tools/workshop_screenshots.py` (headless: it sets SDL's dummy
drivers). It runs a real round of The Missing Penne with the facilitator's
keys, so the pictures show what the room and the facilitator see.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pygame  # noqa: E402

from game.ui.app import App  # noqa: E402
from game.ui.scenes.handoff import RoomStart  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SEED = 20261201  # one shuffle for every round, so the pictures are the same each run
SIZES = [(1024, 768), (1920, 1080)]


class Facilitator:
    """Presses the facilitator's keys on an App and saves what the projector shows."""

    def __init__(self, app: App, size: tuple[int, int]) -> None:
        self.app, self.size, self.saved = app, size, []

    def key(self, key: int, times: int = 1, mod: int = 0) -> None:
        for _ in range(times):
            event = pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode="", scancode=0)
            self.app.step([event], 1 / 60)

    def wait(self, seconds: float) -> None:
        self.app.step([], seconds)

    def save(self, name: str, surface: pygame.Surface | None = None) -> None:
        self.app.ctx.toasts.items.clear()
        self.app.draw()
        path = OUT / f"workshop-{name}-{self.size[0]}x{self.size[1]}.png"
        pygame.image.save(surface or self.app.display.surface, path)
        self.saved.append(path)


def number(n: int) -> int:
    return getattr(pygame, f"K_{n}")


def session(f: Facilitator) -> None:
    """One round of The Missing Penne, step by step, as a facilitator runs it."""
    app = f.app
    app.switch("workshop")
    f.wait(1 / 60)
    app.resize(f.size)
    keys = [e.key for e in app.scene.entries]
    f.key(pygame.K_DOWN, keys.index("missing-penne") - app.scene.selected)
    while app.scene.timer.seconds != 60:  # a 60-second timer
        f.key(pygame.K_t)
    f.save("01-set-up")
    f.key(pygame.K_RETURN)
    f.save("02-line")
    f.key(pygame.K_PAGEDOWN)
    f.wait(17.2)
    f.save("03-answers-timer")
    f.key(pygame.K_h)
    f.save("04-answers-meter-hidden")
    f.key(pygame.K_h)
    for n, hands in ((1, 4), (2, 6), (3, 1)):
        f.key(number(n), hands)
    f.save("05-vote-tally")
    f.key(pygame.K_UP)  # from answer 3 (the last tapped) to answer 2
    f.key(pygame.K_MINUS, 2)  # 4 votes each for 1 and 2: a tie
    f.key(pygame.K_PAGEDOWN)
    f.save("06-tie-pick")
    f.key(pygame.K_n)
    f.save("07-notes-overlay")
    f.key(pygame.K_n)
    f.key(number(1), mod=pygame.KMOD_LSHIFT)
    f.wait(0.3)
    f.save("08-reveal-trust-moving")
    f.wait(3)
    f.save("09-reveal-discussion")
    f.key(pygame.K_PAGEDOWN)
    f.save("16-reveal-feedback")
    f.key(pygame.K_ESCAPE)
    f.save("10-leave-question")
    f.key(pygame.K_SPACE)  # any key but L: stay
    for n in (3, 2, 1, 2):  # on towards an ending where she stays, one answer at a time
        f.key(pygame.K_PAGEDOWN, 3)  # the feedback, the next line, its answers
        f.key(number(n), 3)
        f.key(pygame.K_PAGEDOWN)
        f.wait(3)
    f.key(pygame.K_PAGEDOWN, 2)
    f.save("11-ending")
    f.key(pygame.K_PAGEDOWN)
    f.save("12-debrief-map")
    f.key(pygame.K_PAGEDOWN, 2)
    f.save("13-debrief-what-if")
    f.key(pygame.K_RETURN)  # play it out, on the room's screen
    f.wait(3)
    f.save("20-play-it-out")
    f.key(pygame.K_ESCAPE)  # straight back to the same debrief page
    handout(app.scene)


def handout(debrief) -> None:
    """The room's one-page handout, as S on the debrief saves it (PNG; the PDF holds the same)."""
    from datetime import datetime

    from game.play.workshop.handout import room_sheet
    from game.ui.workshop.handout_view import render_room_sheet

    d = debrief
    when = datetime(2026, 12, 1, 17, 40)
    sheet = room_sheet(d.scenario, d.start, d.steps, d.decisions, d.seed, when)
    drawn = render_room_sheet(d.ctx.fonts, sheet)
    pygame.image.save(drawn.surface, OUT / "workshop-21-room-handout.png")


def presenter(f: Facilitator) -> None:
    """The notes window's picture, drawn at a laptop's size as the second window shows it."""
    app = f.app
    app.switch("workshop-room", RoomStart(app.ctx.catalog.find("missing-penne").scenario))
    f.key(pygame.K_PAGEDOWN, 2)
    f.key(number(2), 2)
    room = app.scene
    laptop = pygame.Surface((int(1366 * 0.85), int(768 * 0.85)))
    room.notes.draw(laptop, app.ctx.fonts, room.theme, room.ws)
    f.save("14-presenter-window", laptop)
    app.ctx.settings.theme = "contrast"
    f.save("15-vote-dark-palette")
    app.ctx.settings.theme = "warm"


def phones(f: Facilitator) -> None:
    """The join slide and a blind phone vote, with the server on 127.0.0.1 and a fixed code."""
    from game.ui.workshop.phones import PhoneLink
    from game.web.server import VoteServer
    from game.web.votes import VoteBox

    app = f.app
    link = PhoneLink()
    link.server = VoteServer(VoteBox(), lambda: None, bind="127.0.0.1", host="192.168.1.23",
                             ports=(8765, 0))  # fmt: skip
    link.server.code = "KQ7M"
    link.server.start()
    try:
        scenario = app.ctx.catalog.find("missing-penne").scenario
        app.switch("workshop-room", RoomStart(scenario, 60, phones=link))
        f.wait(1 / 60)
        for token in ("a" * 16, "b" * 16, "c" * 16):
            link.server.box.join(token)
        f.save("17-join-slide")
        f.key(pygame.K_PAGEDOWN, 3)  # close the slide, the answers, the vote
        box = link.server.box
        for i in range(17):
            token = f"phone-{i:02d}-xxxxxxxxxx"
            box.join(token)
            box.vote(token, box.ballot.number, 1 + i % 3)
        for i in range(6):
            box.join(f"late-{i:02d}-xxxxxxxxxxx")
        app.scene.phones.read(app.scene.ws)
        f.save("18-phones-voting")
        f.key(pygame.K_PAGEDOWN)
        f.save("19-phones-split")
    finally:
        link.stop()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        app = App(size=SIZES[0], data_dir=Path(folder), seed=SEED)
        app.finish_loading()
        try:
            for size in SIZES:
                f = Facilitator(app, size)
                session(f)
                presenter(f)
                phones(f)
                print(f"{len(f.saved)} pictures at {size[0]}×{size[1]}")
        finally:
            app.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
