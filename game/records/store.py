"""The records store: SQLite in the user's data folder that never stops the game.

    RecordStore.open(data_dir) -> RecordStore       never raises
      |- file usable        rounds go to disk, one transaction per round
      |- locked             rounds wait in memory and are saved once it is free
      |- read-only / newer  old rounds are read; this session's stay in memory
      |- corrupt            moved aside as records.sqlite3.corrupt-<UTC time>; a fresh file
      '- no folder at all   memory only

Whatever went wrong is said once: `store.warning` holds the latest problem as
a sentence for people, and `store.take_warning()` hands each new one out once.
Reading never passes "could not read" off as "nothing there": `store.unreadable`
says why a file that exists could not be read, and `store.damaged` names the
rounds skipped because a cell in their rows was damaged.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from game.engine.round import Round
from game.model.scenario import Scenario
from game.records import rows, schema
from game.records.files import (
    FILE_NAME,
    damaged_under_a_log,
    is_frozen,
    move_aside,
    not_regular,
    open_db,
    records_dir,
)
from game.records.model import ASSESSMENT, RoundRecord, player_key, record_from_round, utc
from game.records.room import RoomVote
from game.records.scoring import Scorer

TIMEOUT = 1.0  # seconds to wait for another program's lock before keeping a round in memory
BUSY = ("SQLITE_BUSY", "SQLITE_LOCKED")
DAMAGED = ("SQLITE_NOTADB", "SQLITE_CORRUPT")
KEPT = "this session's rounds are kept in memory only"
IN_USE = "The records file is in use by another program; rounds wait in memory until it is free."


class Damaged(sqlite3.DatabaseError):
    """quick_check found problems in the file."""

    sqlite_errorname = "SQLITE_CORRUPT"


class RecordStore:
    """Finished rounds, kept in SQLite when it can be and in memory when it cannot."""

    def __init__(
        self, path: Path, readonly: bool = False, timeout: float = TIMEOUT, shared: bool = False
    ) -> None:
        self.path = path
        self.readonly = readonly
        self.timeout = timeout
        self.shared = shared  # opened on one thread, then used on another (never two at once)
        self._conn: sqlite3.Connection | None = None
        self._writable = False
        self._retry = False
        self._pending: list[RoundRecord] = []
        self._kept: list[RoundRecord] = []
        self._warning: str | None = None
        self._told = True
        self.unreadable: str | None = None  # why rounds in the file could not be read
        self.damaged: list[str] = []  # ids of rounds skipped because their rows are damaged
        self.scorer = Scorer()  # Assessment rounds are scored as they are recorded

    @classmethod
    def open(
        cls,
        data_dir: str | Path | None = None,
        *,
        readonly: bool = False,
        timeout: float = TIMEOUT,
        shared: bool = False,
    ) -> RecordStore:
        """Open (creating, migrating, repairing as needed) the store; never raises.

        `readonly` (for reports) creates, migrates and moves nothing. `shared` lets
        the thread that takes the store in use it after this thread opened it (the
        game opens it off its frame loop; see game/play/recorder.py).
        """
        store = cls(records_dir(data_dir) / FILE_NAME, readonly, timeout, shared)
        try:
            store._attach()
        except Exception as exc:  # the game goes on whatever happens here
            store._drop(f"The records could not be opened ({exc}); {KEPT}.")
        return store

    # --- what the game reads ---------------------------------------------------
    @property
    def warning(self) -> str | None:
        """The latest problem with the records, as a sentence; None if all is well."""
        return self._warning

    def take_warning(self) -> str | None:
        """The latest problem if it has not been handed out yet, else None."""
        if self._told:
            return None
        self._told = True
        return self._warning

    @property
    def persistent(self) -> bool:
        """True while new rounds are being written to the file."""
        return self._conn is not None and self._writable

    def record_round(
        self,
        player: str,
        scenario: Scenario,
        round_: Round,
        mode: str,
        started: datetime,
        finished: datetime | None = None,
        room: tuple[RoomVote, ...] = (),
    ) -> bool:
        """Record a finished round; True if it is safely on disk, False if held in memory.

        An Assessment round is scored here, once, and the score kept with it.
        ValueError (a programming error) if the round is unfinished or the mode unknown.
        """
        verdict = self.scorer.assess(round_) if mode == ASSESSMENT and round_.finished else None
        record = record_from_round(
            player, scenario, round_, mode, started, finished, assessment=verdict, room=room
        )
        return self.add(record)

    def add(self, record: RoundRecord) -> bool:
        """Record an already built RoundRecord; True if it is on disk."""
        self._pending.append(record)
        self._flush()
        return record not in self._pending and record not in self._kept

    def rounds(self, player: str | None = None, since: datetime | None = None) -> list[RoundRecord]:
        """Every round recorded (file and memory), oldest first; filter by player and start time."""
        self._reconnect()
        found: list[RoundRecord] = []
        if self._conn is not None:
            try:
                reading = rows.read_rounds_checked(self._conn, player, since)
            except sqlite3.Error as exc:
                if self._damaged_past_quick_check(exc):
                    return self.rounds(player, since)  # from the fresh file
                self.unreadable = str(exc)
                self._warn(f"The records could not be read ({exc}); only this session's are shown.")
            else:
                found, self.damaged = reading.rounds, reading.damaged
                if reading.damaged:
                    self._warn(_skipped(reading.damaged))
        held = [r for r in self._kept + self._pending if _matches(r, player, since)]
        return sorted(found + held, key=lambda r: (r.started, r.finished))

    def players(self) -> list[str]:
        """Every player with a recorded round, sorted without regard to case."""
        names = {player_key(r.player): r.player for r in self._kept + self._pending}
        self._reconnect()
        if self._conn is not None:
            try:
                found = rows.read_players(self._conn)
            except sqlite3.Error as exc:
                self.unreadable = str(exc)
                self._warn(f"The records could not be read ({exc}).")
            else:
                names.update({player_key(n): n for n in reversed(found)})
        return sorted(names.values(), key=str.casefold)

    def close(self) -> None:
        """Close the file, after a last attempt to save rounds still waiting on a lock.

        Rounds that cannot be saved even then are lost with the process.
        """
        if self._pending and (self._conn is not None or self._retry):
            try:
                self._flush()
            except Exception as exc:  # closing must finish whatever happens here
                self._warn(f"The last rounds could not be saved ({exc}).")
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> RecordStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- opening -----------------------------------------------------------
    def _attach(self) -> None:
        folder = self.path.parent
        if not self.readonly:
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                self._warn(
                    f"The records folder {folder} cannot be created ({exc.strerror}); {KEPT}."
                )
        if not self.path.exists() and (self.readonly or not folder.is_dir()):
            return
        odd = not_regular(self.path)
        if odd:
            self._drop(f"The records file {self.path} is {odd}, not a file; {KEPT}.")
            return
        try:
            self._connect()
        except sqlite3.Error as exc:
            self._on_open_error(exc)

    def _connect(self) -> None:
        readonly = self.readonly or is_frozen(self.path)
        if not readonly and damaged_under_a_log(self.path, self.timeout):
            raise Damaged("quick_check found damage")  # before a writer replays the log into it
        conn = open_db(self.path, readonly, self.timeout, self.shared)
        try:
            if conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
                raise Damaged("quick_check found damage")
            found = schema.version(conn)
            if found > schema.VERSION:
                readonly = True
                conn.execute("PRAGMA query_only = ON")
                self._warn(
                    f"The records were written by a newer Make It Right; they are read but {KEPT}."
                )
            elif readonly and not self.readonly:
                self._warn(f"The records file {self.path} is read-only; {KEPT}.")
            elif not readonly:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = FULL")
                conn.execute("PRAGMA foreign_keys = ON")
                schema.migrate(conn)
        except BaseException:
            conn.close()
            raise
        self._conn, self._writable, self._retry = conn, not readonly, False

    def _on_open_error(self, exc: sqlite3.Error) -> None:
        name = getattr(exc, "sqlite_errorname", "")
        if name in BUSY:
            self._retry = True
            self._warn(IN_USE)
        elif name in DAMAGED or isinstance(exc, Damaged):
            self._repair()
        elif not self.readonly and self.path.exists():
            self.readonly = True
            self._warn(f"The records file {self.path} cannot be written ({exc}); {KEPT}.")
            self._try_connect()
        else:
            self._drop(f"The records file {self.path} cannot be opened ({exc}); {KEPT}.")

    def _repair(self) -> None:
        """Move a damaged file aside and start a fresh one (never in read-only mode)."""
        if self.readonly:
            self._drop(f"The records file {self.path} is damaged and cannot be read.")
            return
        try:
            moved = move_aside(self.path)
        except OSError as exc:
            self._drop(f"The records file is damaged and cannot be moved ({exc.strerror}); {KEPT}.")
            return
        self._warn(
            f"The records file was damaged; it was moved to {moved.name} and a fresh one started."
        )
        self._try_connect()

    def _damaged_past_quick_check(self, exc: sqlite3.Error) -> bool:
        """After a read failed as damaged, confirm with integrity_check and set the file aside.

        quick_check (run at opening) skips checking indexes against their tables, so
        such damage passed it and made every read fail. True if a fresh file was started.
        """
        if getattr(exc, "sqlite_errorname", "") not in DAMAGED or self._conn is None:
            return False
        try:
            found = self._conn.execute("PRAGMA integrity_check").fetchall()
        except sqlite3.Error:
            found = []
        if found == [("ok",)]:
            return False
        if self.readonly:
            self._drop(f"The records file {self.path} is damaged and cannot be read ({exc}).")
            return False
        self._conn.close()
        self._conn = None
        self._repair()
        return self._conn is not None

    def _try_connect(self) -> None:
        try:
            self._connect()
        except sqlite3.Error as exc:
            self._drop(f"The records file {self.path} cannot be used ({exc}); {KEPT}.")

    def _reconnect(self) -> None:
        """After a lock at opening, try the file again."""
        if self._conn is None and self._retry:
            try:
                self._connect()
            except sqlite3.Error as exc:
                if getattr(exc, "sqlite_errorname", "") not in BUSY:
                    self._retry = False
                    self._on_open_error(exc)

    # --- writing -----------------------------------------------------------
    def _flush(self) -> None:
        self._reconnect()
        while self._pending and self._conn is not None and self._writable:
            record = self._pending[0]
            try:
                rows.write_round(self._conn, record)
            except sqlite3.IntegrityError as exc:
                self._kept.append(self._pending.pop(0))
                self._warn(f"A round could not be saved ({exc}); it is kept in memory only.")
            except sqlite3.Error as exc:
                self._on_write_error(exc)
                return
            else:
                self._pending.pop(0)
        if not self._pending and self._writable and self._warning == IN_USE:
            self._warn("The records file is free again; every round is saved.")

    def _on_write_error(self, exc: sqlite3.Error) -> None:
        name = getattr(exc, "sqlite_errorname", "")
        if name in BUSY:
            self._warn(IN_USE)
            return
        self._writable = False
        self._warn(f"Rounds can no longer be saved to {self.path} ({exc}); {KEPT}.")

    def _warn(self, message: str) -> None:
        if message != self._warning:
            self._warning, self._told = message, False

    def _drop(self, message: str) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        self._retry = False
        if _exists(self.path):
            self.unreadable = message
        self._warn(message)


def _exists(path: Path) -> bool:
    try:
        return path.exists() or path.is_symlink()
    except OSError:
        return True  # there is something there we cannot even look at


def _skipped(damaged: list[str]) -> str:
    """The warning that names damaged rounds (the first few; the count says the rest)."""
    shown = ", ".join(damaged[:5]) + (f" and {len(damaged) - 5} more" if len(damaged) > 5 else "")
    count = len(damaged)
    rounds = "round" if count == 1 else "rounds"
    return f"{count} damaged {rounds} could not be read and {'was' if count == 1 else 'were'} skipped: {shown}."


def _matches(record: RoundRecord, player: str | None, since: datetime | None) -> bool:
    if player is not None and player_key(record.player) != player_key(player):
        return False
    return since is None or record.started >= utc(since)
