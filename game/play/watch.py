"""Watch one scenario file off the frame loop and load it again once a save has settled.

A thread looks at the file's size and modification time a few times a second
(os.stat never opens the file, so a FIFO swapped in cannot block it). A change
is loaded only after the file has stayed the same for `settle` seconds, so an
editor writing in several steps is read once, whole. The first look counts as
a change (the file may have been saved before the watch began): the asking
thread compares what was loaded with what it has. The load runs on the same
thread; the result waits for the asking thread, which `announce` wakes.
`check_now()` does one look and load on the caller's thread, for tests.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.io.loader import LoadResult

Signature = tuple[int, int] | None  # (modification time in ns, size); None: cannot be looked at
INTERVAL = 0.25  # seconds between looks: a save shows within about half a second
SETTLE = 0.3  # seconds a changed file must stay unchanged before it is read


def signature(path: Path) -> Signature:
    """The file's modification time and size, or None if it cannot be looked at."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return (found.st_mtime_ns, found.st_size)


@dataclass
class Debounce:
    """Says when a changed file has settled: a new signature seen unchanged for `settle` s."""

    seen: Signature  # the signature last loaded (or first seen)
    settle: float = SETTLE
    _candidate: Signature = None
    _since: float = 0.0

    def observe(self, now_seen: Signature, now: float) -> bool:
        """True once `now_seen` differs from what was loaded and has held for `settle` s."""
        if now_seen == self.seen:
            self._candidate = None
            return False
        if now_seen != self._candidate:
            self._candidate, self._since = now_seen, now
            return False
        if now - self._since < self.settle:
            return False
        self.seen, self._candidate = now_seen, None
        return True


def load_file(path: Path) -> LoadResult:
    """The file loaded and checked as the catalog loads it."""
    from game.io.glossary import builtin_glossary
    from game.io.loader import load_scenario

    return load_scenario(path, builtin_glossary())


class FileWatch:
    """Loads `path` again on a thread of its own each time a save settles."""

    def __init__(
        self,
        path: Path,
        announce: Callable[[], None],
        interval: float = INTERVAL,
        settle: float = SETTLE,
    ) -> None:
        self.path = path
        self._announce = announce
        self._interval = interval
        self._debounce = Debounce(None, settle)
        self._stop = threading.Event()
        self._lock = threading.Lock()  # guards _ready, handed from the watch thread
        self._ready: LoadResult | None = None
        self._thread = threading.Thread(target=self._run, name="make-it-right watch", daemon=True)

    def start(self) -> FileWatch:
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop looking; returns at once (the thread ends within one interval)."""
        self._stop.set()

    def take(self) -> LoadResult | None:
        """The latest load not taken yet, if any."""
        with self._lock:
            ready, self._ready = self._ready, None
        return ready

    def check_now(self) -> LoadResult:
        """Load the file now, on this thread (tests and the closing window), and return it."""
        result = load_file(self.path)
        with self._lock:
            self._ready = None
        return result

    def _run(self) -> None:
        while not self._stop.wait(self._interval):
            if self._debounce.observe(signature(self.path), time.monotonic()):
                try:
                    result = load_file(self.path)
                except Exception:  # noqa: BLE001 - a loader bug must not end the watch
                    continue
                with self._lock:
                    self._ready = result
                if not self._stop.is_set():
                    self._announce()
