"""The room's phones, from the game's side: the server's life, the ballots, the QR code.

A PhoneLink starts the vote server (game/web) when the facilitator turns
Phones on in set-up and stops it when workshop mode ends. Each frame it
tells the server what the room is doing (a new question, votes closed, the
room's result); the server wakes the game loop by posting PHONES_EVENT.
aiohttp and segno are imported only here and only when Phones are turned on,
so the game runs without them.
"""

from __future__ import annotations

import contextlib
import importlib.util
from dataclasses import dataclass
from typing import Any

import pygame

from game.play.workshop.flow import Phase, Workshop

PHONES_EVENT = pygame.event.custom_type()  # a phone joined or voted: read the box again
QUIET = 4  # modules of white border the QR standard asks for


def available() -> str:
    """'' when the phones' libraries are installed, else how to install them."""
    missing = [m for m in ("aiohttp", "segno") if importlib.util.find_spec(m) is None]
    if not missing:
        return ""
    return f"Phones need {' and '.join(missing)}: pip install 'make-it-right[live]'."


def qr_surface(text: str, size: int) -> pygame.Surface:
    """`text` as a QR code, black on white with its quiet zone, `size` pixels square."""
    import segno

    matrix = segno.make(text, error="m").matrix
    modules = len(matrix) + 2 * QUIET
    small = pygame.Surface((modules, modules))
    small.fill((255, 255, 255))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                small.set_at((x + QUIET, y + QUIET), (0, 0, 0))
    scale = max(1, size // modules)  # whole pixels per module: sharp edges for the camera
    return pygame.transform.scale(small, (modules * scale, modules * scale))


@dataclass(frozen=True)
class PhoneView:
    """What the room's screen shows about the phones."""

    url: str
    short: str
    code: str
    joined: int
    voted: int


class PhoneLink:
    """Owns the vote server for the whole of workshop mode; one per set-up scene."""

    def __init__(self) -> None:
        self.server: Any = None
        self.problem = ""
        self._sent: tuple[object, ...] = ()
        self._opened_for: tuple[object, ...] = ()
        self._woken = False  # a wake-up is already in the game's queue
        self._qr: dict[tuple[str, int], pygame.Surface] = {}

    @property
    def on(self) -> bool:
        return self.server is not None and self.server.running

    def start(self) -> str:
        """Start serving on the local network; '' or the reason it could not."""
        if self.on:
            return ""
        self.problem = available()
        if self.problem:
            return self.problem
        from game.web.server import VoteServer
        from game.web.votes import VoteBox

        server = VoteServer(VoteBox(), self.wake)
        if server.start() is None:
            self.problem = server.problem or "The phones' server could not start."
            return self.problem
        self.server, self._sent = server, ()
        return ""

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
        self.server, self._sent = None, ()

    def view(self) -> PhoneView | None:
        if not self.on or self.server.address is None:
            return None
        a, box = self.server.address, self.server.box
        return PhoneView(a.url, a.short, a.code, box.joined, box.voted)

    def qr(self, size: int) -> pygame.Surface | None:
        view = self.view()
        if view is None:
            return None
        key = (view.url, size)
        if key not in self._qr:
            self._qr = {key: qr_surface(view.url, size)}
        return self._qr[key]

    def wake(self) -> None:
        """On the server's thread: one wake-up in the game's queue at a time, however many
        phones vote meanwhile (the game reads them all at once)."""
        if not self._woken:
            self._woken = True
            wake()

    def read(self, ws: Workshop) -> None:
        """The phones' votes into the room's count (on PHONES_EVENT)."""
        self._woken = False
        if self.on:
            box = self.server.box
            ws.joined = box.joined
            if ws.phase in (Phase.ANSWERS, Phase.VOTE):
                ws.phones = box.counts()

    def sync(self, ws: Workshop) -> None:
        """Tell the phones what the room is doing, once per change."""
        if not self.on:
            return
        ws.blind = True
        state = (ws.phase, len(ws.round.steps), ws.split_shown, ws.round.seed)
        if state == self._sent:
            return
        self._sent = state
        self._send(ws, self.server.box)
        self.server.publish()

    def _send(self, ws: Workshop, box: Any) -> None:
        decision = (ws.round.seed, len(ws.round.steps))
        if ws.phase in (Phase.ANSWERS, Phase.VOTE) and not ws.split_shown:
            if self._opened_for != decision:
                node = ws.round.node
                speaker = ws.scenario.speaker_of(node) if node and not node.is_narration else ""
                answers = tuple(o.choice.say for o in ws.offered())
                box.open(speaker, node.say if node else "", answers)
                self._opened_for = decision
            elif box.ballot.state != "open":
                box.reopen()  # back from the reveal (the answer taken back): votes kept
        elif ws.phase is Phase.VOTE:
            box.close()
        elif ws.phase is Phase.REVEAL and ws.decisions:
            box.close(result_words(ws), split(ws))
        elif not (ws.phase is Phase.LINE and self._opened_for == decision):
            box.wait()  # between decisions (a step back to the line keeps the votes)


def split(ws: Workshop) -> tuple[int, ...]:
    """The last decision's votes per answer place, for the phones."""
    last = ws.decisions[-1]
    places = len(ws.round.steps[-1].offered) or max((n for n, _ in last.votes), default=0)
    return tuple(last.votes_for(n) for n in range(1, places + 1))


def result_words(ws: Workshop) -> str:
    last = ws.decisions[-1]
    who = "the facilitator picked" if last.override else "the room went with"
    return f"{who} answer {last.number}"


def wake() -> None:
    """Called on the server's thread: wake the game loop (posting is thread-safe)."""
    with contextlib.suppress(pygame.error):  # the window is closing
        pygame.event.post(pygame.event.Event(PHONES_EVENT))
