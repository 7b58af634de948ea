"""The LRS outbox: rounds waiting to be sent, what an LRS refused, and the sender's last try.

The outbox lives in the records database itself (schema version 5), because
a round and its place in the queue must be written in one transaction: with
SQLite in WAL mode, only tables of the same file commit together, so a kill
-9 or a power cut leaves either both or neither. `outbox_queue.queue` adds a
round there; this module is the sender's side: it reads waiting rounds, marks
them sent, sets refused statements aside with the LRS's message, and keeps the
last problem so that the game and `make-it-right lrs status` can say it.
Each Outbox has its own connection, so a sender thread opens its own.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from game.records import rows, schema
from game.records.files import FILE_NAME, open_db, records_dir
from game.records.model import RoundRecord, iso, parse_iso

TIMEOUT = 5.0  # the sender may wait longer for a lock than the game does


@dataclass(frozen=True)
class Rejected:
    """A statement the LRS refused for good, and what it said."""

    statement_id: str
    round_uid: str
    status: int
    message: str


@dataclass(frozen=True)
class OutboxStatus:
    """How far sending has got: counts of rounds, and the last try."""

    waiting: int
    sent: int
    rejected: int
    last_try: datetime | None = None
    last_sent: datetime | None = None
    problem: str | None = None
    permanent: bool = False
    failures: int = 0


class Outbox:
    """The outbox of one records file, on a connection of its own."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    @classmethod
    def open(cls, data_dir: str | Path | None = None, timeout: float = TIMEOUT) -> Outbox | None:
        """The outbox of the records in `data_dir`; None while no round was ever recorded.

        sqlite3.Error if the file cannot be opened (the sender says so and tries later).
        """
        path = records_dir(data_dir) / FILE_NAME
        if not path.exists():
            return None
        conn = open_db(path, False, timeout)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")  # a lost "sent" mark only resends
            if schema.version(conn) < 4:
                schema.migrate(conn)
        except BaseException:
            conn.close()
            raise
        return cls(conn)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Outbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def waiting(self, limit: int) -> list[RoundRecord]:
        """Up to `limit` rounds not sent yet, the oldest first."""
        uids = [
            row[0]
            for row in self._conn.execute(
                "SELECT round_uid FROM outbox WHERE sent IS NULL ORDER BY queued, round_uid LIMIT ?",
                (limit,),
            )
        ]
        if not uids:
            return []
        found = {r.uid: r for r in rows.read_rounds(self._conn, uids=uids)}
        return [found[uid] for uid in uids if uid in found]

    def rejected_ids(self) -> set[str]:
        """Statements already refused for good (never sent again)."""
        return {row[0] for row in self._conn.execute("SELECT statement_id FROM outbox_rejected")}

    def mark_sent(
        self, uids: list[str], rejected: list[Rejected], now: datetime | None = None
    ) -> None:
        """These rounds are done: the LRS holds them (less the `rejected` statements)."""
        stamp = iso(now or datetime.now(UTC))
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            self._conn.executemany(
                "INSERT OR REPLACE INTO outbox_rejected"
                " (statement_id, round_uid, status, message, at) VALUES (?, ?, ?, ?, ?)",
                [(r.statement_id, r.round_uid, r.status, r.message, stamp) for r in rejected],
            )
            self._conn.execute(
                "UPDATE outbox SET sent = ?, tries = tries + 1"
                " WHERE round_uid IN (SELECT value FROM json_each(?))",
                (stamp, json.dumps(uids)),
            )
            self._conn.execute(
                "UPDATE lrs_state SET last_try = ?, last_sent = ?, problem = NULL,"
                " permanent = 0, failures = 0",
                (stamp, stamp),
            )
            self._conn.execute("COMMIT")
        except BaseException:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise

    def note_problem(self, problem: str, permanent: bool, now: datetime | None = None) -> int:
        """Keep the last problem; return how many tries in a row have failed."""
        stamp = iso(now or datetime.now(UTC))
        self._conn.execute(
            "UPDATE lrs_state SET last_try = ?, problem = ?, permanent = ?, failures = failures + 1",
            (stamp, problem, int(permanent)),
        )
        return int(self._conn.execute("SELECT failures FROM lrs_state").fetchone()[0])

    def note_idle(self, now: datetime | None = None) -> None:
        """A try that found nothing to send clears an old problem."""
        stamp = iso(now or datetime.now(UTC))
        self._conn.execute(
            "UPDATE lrs_state SET last_try = ?, problem = NULL, permanent = 0, failures = 0",
            (stamp,),
        )

    def status(self) -> OutboxStatus:
        counts = self._conn.execute(
            "SELECT COUNT(*) - COUNT(sent), COUNT(sent) FROM outbox"
        ).fetchone()
        rejected = self._conn.execute("SELECT COUNT(*) FROM outbox_rejected").fetchone()[0]
        last_try, last_sent, problem, permanent, failures = self._conn.execute(
            "SELECT last_try, last_sent, problem, permanent, failures FROM lrs_state"
        ).fetchone()
        return OutboxStatus(
            int(counts[0]), int(counts[1]), int(rejected),
            parse_iso(last_try) if last_try else None,
            parse_iso(last_sent) if last_sent else None,
            problem, bool(permanent), int(failures),
        )  # fmt: skip

    def rejections(self) -> list[Rejected]:
        """Every statement set aside, oldest first, with the LRS's message."""
        return [
            Rejected(*row)
            for row in self._conn.execute(
                "SELECT statement_id, round_uid, status, message FROM outbox_rejected ORDER BY at"
            )
        ]
