"""The App's one records store, opened just after the first frame, and which rounds it kept.

A round is recorded when it reaches an ending. Showing that ending again
(re-entering the ending or debrief screen) records nothing. In Practice, a
rewind after the ending followed by a finish along a path not yet recorded is
a new round, with its rewinds counted; finishing along a path this round has
already recorded is not. Rounds that a trainer opened part-way through a
scenario (`play --window --start-at`) are not kept.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

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

    @property
    def opened(self) -> bool:
        return self._store is not None

    @property
    def store(self) -> RecordStore:
        """The store, opened the first time it is needed."""
        return self._store or self.open()

    def open(self) -> RecordStore:
        """Open (creating, migrating or repairing as need be) the store; never raises."""
        if self._store is None:
            from game.records import RecordStore  # sqlite and the engine load after the first frame

            self._store = RecordStore.open(self.data_dir)
        return self._store

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

    def close(self) -> None:
        """Close the file (on exit), after the store makes a last attempt to save waiting rounds."""
        if self._store is not None:
            self._store.close()

    def _say_once(self, text: str) -> None:
        if text not in self._told:
            self._told.add(text)
            self._pending.append(text)


def _from_the_top(round_: Round, start: State) -> bool:
    from game.engine.rules import start_state

    return start == start_state(round_.scenario)


def _now() -> datetime:
    return datetime.now(UTC)
