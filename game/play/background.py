"""Work done on a thread of its own and handed back to the thread that asked for it.

The game's frame loop must never wait on a disk: a folder of 10,000 files or a
slow records file would freeze the window. A `Job` runs one function on a
daemon thread, keeps its result (or the exception it raised) and, when done,
calls `announce` from the worker; the window posts an event there, so the frame
loop learns of it with no polling. The asking thread takes the result with
`take()`; `wait()` lets tests and the closing window be deterministic.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Job(Generic[T]):
    """One function run once on a daemon thread; its result is taken on the asking thread."""

    def __init__(
        self, name: str, work: Callable[[], T], announce: Callable[[], None] | None = None
    ) -> None:
        self.name = name
        self._work = work
        self._announce = announce
        self._done = threading.Event()
        self._result: T | None = None
        self._problem: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name=f"make-it-right {name}", daemon=True)

    def start(self) -> Job[T]:
        """Start the work on its thread; returns the job itself."""
        self._thread.start()
        return self

    @property
    def done(self) -> bool:
        """True once the work has returned or raised."""
        return self._done.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait up to `timeout` seconds (None: for ever) for the work; True if it is done."""
        return self._done.wait(timeout)

    def take(self) -> T:
        """The work's result (it must be done); re-raises what the work raised."""
        if not self._done.is_set():
            raise RuntimeError(f"the {self.name} job is still running")
        if self._problem is not None:
            raise self._problem
        return self._result  # type: ignore[return-value]  # set whenever no problem was

    def _run(self) -> None:
        try:
            self._result = self._work()
        except BaseException as problem:  # noqa: BLE001 - handed to the asking thread
            self._problem = problem
        finally:
            self._done.set()  # the Event orders these writes before any wait() that returns
            if self._announce is not None:
                self._announce()
