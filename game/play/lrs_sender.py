"""The game's background sender: drains the outbox on its own thread, never on the frame loop.

    idle          looks for waiting rounds every POLL seconds (a cheap indexed query)
    LRS trouble   waits BACKOFF * 2**(failures-1) seconds, at most MAX_WAIT, with jitter
    key refused   waits for the settings to change (`nudge()`), or LONG_WAIT

The game starts it after the first frame and stops it on exit; `status()`
hands the latest OutboxStatus to whoever shows it. Nothing here raises into
the game: a problem becomes the status's `problem`.
"""

from __future__ import annotations

import random
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from game.play.lrs_config import LrsConfig, load_config
from game.play.lrs_http import LrsClient
from game.play.lrs_send import drain
from game.records.outbox import Outbox, OutboxStatus

POLL = 5.0
BACKOFF = 2.0
MAX_WAIT = 300.0
LONG_WAIT = 900.0
BATCHES_PER_PASS = 5  # between passes the thread sees stop() and the latest settings


def backoff(failures: int, rng: random.Random) -> float:
    """Seconds to wait after `failures` failed tries in a row: exponential, capped, jittered."""
    ceiling = min(MAX_WAIT, BACKOFF * 2.0 ** max(0, failures - 1))
    return ceiling * rng.uniform(0.5, 1.0)


class LrsSender:
    """A daemon thread that sends recorded rounds to the configured LRS."""

    def __init__(
        self,
        data_dir: str | Path | None = None,
        config: Callable[[], LrsConfig | None] = load_config,
        poll: float = POLL,
        seed: int | None = None,
    ) -> None:
        self.data_dir = data_dir
        self._config = config
        self._poll = poll
        self._rng = random.Random(seed)
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._status: OutboxStatus | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="lrs-sender", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        """Ask the thread to finish; wait at most `timeout` (a send in flight is simply resent)."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def nudge(self) -> None:
        """Try now (a round was recorded, or the settings changed)."""
        self._wake.set()

    def status(self) -> OutboxStatus | None:
        """The latest state of the outbox, or None before the first look (or with no LRS)."""
        with self._lock:
            return self._status

    def _run(self) -> None:
        outbox: Outbox | None = None
        try:
            while not self._stop.is_set():
                outbox = outbox or self._open()
                try:
                    wait = self._once(outbox) if outbox is not None else self._poll
                except Exception:  # noqa: BLE001 (the thread must outlive any surprise)
                    wait = MAX_WAIT
                self._wake.wait(wait)
                self._wake.clear()
        finally:
            if outbox is not None:
                outbox.close()

    def _open(self) -> Outbox | None:
        try:
            return Outbox.open(self.data_dir)
        except sqlite3.Error:
            return None

    def _once(self, outbox: Outbox) -> float:
        """One pass: send what waits; return how long to wait before the next."""
        config = self._config()
        if config is None:
            self._publish(outbox)
            return self._poll
        try:
            if outbox.status().waiting == 0:
                self._publish(outbox)
                return self._poll
            with LrsClient(config) as client:
                client.negotiate()
                result = drain(outbox, client, max_batches=BATCHES_PER_PASS)
            status = self._publish(outbox)
        except sqlite3.Error:
            return self._poll
        if result.permanent:
            return LONG_WAIT
        if result.stopped and status is not None:
            return backoff(status.failures, self._rng)
        return 0.0 if result.rounds else self._poll  # more may wait: go on, seeing stop()

    def _publish(self, outbox: Outbox) -> OutboxStatus | None:
        try:
            status = outbox.status()
        except sqlite3.Error:
            return None
        with self._lock:
            self._status = status
        return status
