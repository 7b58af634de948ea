"""The App's one records store, opened just after the first frame, and which rounds it kept.

A round is recorded when it reaches an ending. Showing that ending again
(re-entering the ending or debrief screen) records nothing. In Practice, a
rewind after the ending followed by a finish along a path not yet recorded is
a new round, with its rewinds counted; finishing along a path this round has
already recorded is not. Rounds that a trainer opened part-way through a
scenario (`play --window --start-at`) are not kept.

The window opens the store off its frame loop: `begin_opening` opens it on a
worker thread and `finish_opening` hands it to the frame loop's thread, which
alone uses it from then on. SQLite connections refuse by default to be used
by a thread other than the one that made them, so the store is opened with
`shared=True` (check_same_thread off). That is safe here because the
connection changes hands exactly once, through the job's Event (which orders
everything the worker did before anything the frame loop does next), and is
never used by two threads: the worker never touches it again. Marshalling
every read onto a records thread instead would make every screen that shows
results wait for a reply. Anything that needs the store before the worker is
done waits for it (a FIFO or device is refused without being opened, so that
wait is bounded by the store's own lock timeout).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from game.play.background import Job

if TYPE_CHECKING:
    from game.engine.round import Round
    from game.engine.rules import State
    from game.engine.score import Assessment
    from game.records import History, RecordStore, ScenarioResult
    from game.records.room import RoomVote

PART_WAY = "Rounds started part-way through a scenario are not recorded."


class Recorder:
    """Opens the RecordStore on first use (never raising) and records each finish once."""

    def __init__(self, data_dir: str | Path | None = None) -> None:
        self.data_dir = data_dir
        self._store: RecordStore | None = None
        self._kept: WeakKeyDictionary[Round, list[State]] = WeakKeyDictionary()
        self._told: set[str] = set()
        self._pending: list[str] = []
        self._job: Job[RecordStore] | None = None

    @property
    def opened(self) -> bool:
        return self._store is not None

    @property
    def folder(self) -> Path:
        """The folder the records file is in (or would be)."""
        from game.records.files import records_dir

        return records_dir(self.data_dir)

    @property
    def opening(self) -> bool:
        """True while the store is being opened on its worker thread."""
        return self._job is not None

    @property
    def store(self) -> RecordStore:
        """The store, opened the first time it is needed (waiting for a worker opening it)."""
        if self._store is None and self._job is not None:
            self.finish_opening(None)
        return self._store or self.open()

    def open(self) -> RecordStore:
        """Open (creating, migrating or repairing as need be) the store now; never raises."""
        if self._store is None:
            self._store = _open_store(self.data_dir)
        return self._store

    def begin_opening(self, announce: Callable[[], None] | None = None) -> bool:
        """Open the store on a worker thread; `announce` is called there when it is done.

        False (and nothing started) if it is open or already being opened.
        """
        if self._store is not None or self._job is not None:
            return False
        folder = self.data_dir
        self._job = Job("records", lambda: _open_store(folder), announce).start()
        return True

    def finish_opening(self, timeout: float | None = 0) -> bool:
        """Take in the store the worker opened (waiting up to `timeout`, None: for ever).

        True if the store is open now.
        """
        job = self._job
        if job is not None and job.wait(timeout):
            self._job = None
            try:
                self._store = job.take()
            except Exception as problem:  # noqa: BLE001 - RecordStore.open never raises; be sure
                self._say_once(f"The records could not be opened ({problem}).")
        return self._store is not None

    def notices(self) -> list[str]:
        """Problems with the records not yet shown (each is handed out once)."""
        found, self._pending = self._pending, []
        warning = self._store.take_warning() if self._store is not None else None
        return [*found, warning] if warning else found

    def record(
        self,
        player: str,
        round_: Round,
        mode: str,
        started: datetime,
        start: State | None = None,
        room: tuple[RoomVote, ...] = (),
    ) -> bool:
        """Record `round_` if it just finished a new way (from the top); True if recorded now."""
        state = round_.state
        finishes = self._kept.setdefault(round_, [])
        if not state.finished or state in finishes:
            return False
        finishes.append(state)
        if start is not None and not _from_the_top(round_, start):
            self._say_once(PART_WAY)
            return False
        self.store.record_round(player, round_.scenario, round_, mode, started, _now(), room)
        return True

    def assess(self, round_: Round) -> Assessment:
        """The score and verdict the records keep for a finished Assessment round (for the debrief)."""
        return self.store.scorer.assess(round_)

    def history(self, player: str) -> History:
        from game.records import player_history

        return player_history(self.store, player)

    def best(self, player: str) -> dict[str, ScenarioResult]:
        from game.records import best_results

        return best_results(self.store, player)

    def close(self, wait: float = 0.5) -> None:
        """Close the file (on exit), after the store makes a last attempt to save waiting rounds.

        A store still being opened gets `wait` seconds to arrive (no round can be
        waiting in it: recording a round waits for the store).
        """
        self.finish_opening(wait)
        if self._store is not None:
            self._store.close()

    def _say_once(self, text: str) -> None:
        if text not in self._told:
            self._told.add(text)
            self._pending.append(text)


def _open_store(data_dir: str | Path | None) -> RecordStore:
    """RecordStore.open, usable from the thread that takes it in (see the module docstring)."""
    from game.records import RecordStore  # sqlite and the engine load after the first frame

    return RecordStore.open(data_dir, shared=True)


def _from_the_top(round_: Round, start: State) -> bool:
    from game.engine.rules import start_state

    return start == start_state(round_.scenario)


def _now() -> datetime:
    return datetime.now(UTC)
