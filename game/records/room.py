"""How the room voted at each decision of a workshop round (schema 4, table `room_votes`).

Kept beside the round's steps and written in the same transaction: the votes
per answer as the room saw it numbered (hands and phones together), the
phones' share, how many phones voted of how many joined, whether the
facilitator overrode the room, and the decision timer.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

# What a damaged cell raises when read (as rows.py): JSON that no longer parses, text for a number.
DAMAGE = (ValueError, TypeError, OverflowError, KeyError, IndexError, AttributeError)
Counts = tuple[tuple[int, int], ...]  # (answer place on screen, votes), places ascending


@dataclass(frozen=True)
class RoomVote:
    """One decision's vote. `chosen` is the place of the answer given (as the room saw it)."""

    number: int
    chosen: int
    votes: Counts = ()
    phones: Counts = ()
    voters: int = 0  # phones that voted
    joined: int = 0  # phones in the room
    override: bool = False  # the facilitator's pick, not the room's
    timer: int = 0  # the timer's setting in seconds (0: none)
    used: int = 0  # seconds the timer ran

    @property
    def total(self) -> int:
        return sum(c for _, c in self.votes)

    def share(self, place: int) -> float:
        """The share of all votes `place` got, 0..1 (0 when nobody voted)."""
        total = self.total
        return dict(self.votes).get(place, 0) / total if total else 0.0


TABLE = """
CREATE TABLE room_votes (
    round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
    number   INTEGER NOT NULL,
    chosen   INTEGER NOT NULL,
    votes    TEXT NOT NULL,
    phones   TEXT NOT NULL DEFAULT '[]',
    voters   INTEGER NOT NULL DEFAULT 0,
    joined   INTEGER NOT NULL DEFAULT 0,
    override INTEGER NOT NULL DEFAULT 0 CHECK (override IN (0, 1)),
    timer    INTEGER NOT NULL DEFAULT 0,
    used     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (round_id, number)
);
"""


def write_votes(
    conn: sqlite3.Connection, round_id: int | None, votes: tuple[RoomVote, ...]
) -> None:
    """Insert a round's room votes (inside the caller's transaction)."""
    conn.executemany(
        "INSERT INTO room_votes (round_id, number, chosen, votes, phones, voters, joined,"
        " override, timer, used) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (round_id, v.number, v.chosen, json.dumps(v.votes), json.dumps(v.phones), v.voters,
             v.joined, int(v.override), v.timer, v.used)
            for v in votes
        ],
    )  # fmt: skip


def read_votes(conn: sqlite3.Connection, ids: list[int]) -> dict[int, tuple[RoomVote, ...]]:
    """Each round's room votes in decision order; none from a file older than schema 4."""
    if not conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'room_votes'"
    ).fetchone():
        return {}
    found: dict[int, list[RoomVote]] = {}
    sql = (
        "SELECT round_id, number, chosen, votes, phones, voters, joined, override, timer, used"
        " FROM room_votes WHERE round_id IN (SELECT value FROM json_each(?))"
        " ORDER BY round_id, number"
    )
    for row in conn.execute(sql, (json.dumps(ids),)):
        try:
            rid, number, chosen, votes, phones, voters, joined, override, timer, used = row
            counts = (_counts(votes), _counts(phones))
            numbers = (int(number), int(chosen), int(voters), int(joined), int(timer), int(used))
        except DAMAGE:
            continue  # a damaged vote is left out; its round still reads
        n, c, v, j, t, u = numbers
        found.setdefault(rid, []).append(RoomVote(n, c, *counts, v, j, bool(override), t, u))
    return {rid: tuple(v) for rid, v in found.items()}


def _counts(text: str) -> Counts:
    return tuple((int(place), int(count)) for place, count in json.loads(text))
