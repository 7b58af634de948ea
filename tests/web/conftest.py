"""A real vote server on 127.0.0.1 for each test, stopped afterwards."""

import threading

import pytest

pytest.importorskip("aiohttp", reason="the phones need aiohttp: pip install -e '.[live]'")

from game.web.server import VoteServer  # noqa: E402
from game.web.votes import VoteBox  # noqa: E402


class Wakes:
    """Counts the server's calls to wake the game (what the ui turns into a pygame event)."""

    def __init__(self) -> None:
        self.count = 0
        self.event = threading.Event()

    def __call__(self) -> None:
        self.count += 1
        self.event.set()


@pytest.fixture
def wakes():
    return Wakes()


@pytest.fixture
def server(wakes):
    box = VoteBox()
    running = VoteServer(box, wakes, bind="127.0.0.1", ports=(0,))
    assert running.start() is not None, running.problem
    yield running
    running.stop()
