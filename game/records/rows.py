"""Round records to and from SQL rows: one transaction per round, a reader that tolerates versions.

The reader asks the database which columns it has, so it can read a database
from an older schema it may not migrate (read-only) or a newer one it must
not touch: a column it does not find is read as its default.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from game.engine.score import Assessment, ScorePart
from game.records.model import RoundRecord, StepRecord, iso, parse_iso, player_key
from game.records.outbox_queue import queue
from game.records.room import RoomVote, read_votes, write_votes

Row = tuple[Any, ...]  # one row as sqlite3 returns it

# What a damaged cell raises while a row is turned into a record (a flipped byte
# in a timestamp, JSON that no longer parses, text where a number was).
DAMAGE = (ValueError, TypeError, OverflowError, KeyError, IndexError, AttributeError)


@dataclass
class Reading:
    """The rounds that could be read, and the ids of the damaged ones that were skipped."""

    rounds: list[RoundRecord] = field(default_factory=list)
    damaged: list[str] = field(default_factory=list)


ROUND_COLUMNS = {  # column -> SQL used when the column is missing
    "scenario_title": "''",
    "rewinds": "0",
    "seed": "NULL",
    "score": "NULL",
    "passed": "NULL",
    "assessment": "NULL",
}
STEP_COLUMNS = {"missed": "'[]'"}


def write_round(conn: sqlite3.Connection, record: RoundRecord) -> None:
    """Insert `record` with its player and steps, all or nothing (autocommit `conn`)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        player_id = _player_id(conn, record.player)
        verdict = record.assessment
        cursor = conn.execute(
            "INSERT INTO rounds (uid, player_id, scenario_id, scenario_hash, scenario_title,"
            " mode, started, finished, outcome, ending, trust, tells, rewinds, seed, score,"
            " passed, assessment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                record.uid, player_id, record.scenario_id, record.scenario_hash,
                record.scenario_title, record.mode, iso(record.started), iso(record.finished),
                record.outcome, record.ending, record.trust, record.tells, record.rewinds,
                record.seed, verdict.score if verdict else None,
                int(verdict.passed) if verdict else None, assessment_json(verdict),
            ),
        )  # fmt: skip
        _write_steps(conn, "steps", cursor.lastrowid, record.steps)
        _write_steps(conn, "taken_back", cursor.lastrowid, record.taken_back)
        if record.room:
            write_votes(conn, cursor.lastrowid, record.room)
        queue(conn, record)  # the LRS outbox: in the round's own transaction, so never lost
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _write_steps(
    conn: sqlite3.Connection, table: str, round_id: int | None, steps: tuple[StepRecord, ...]
) -> None:
    """Steps go to `steps` with what was missed; answers taken back go to `taken_back`."""
    missed = table == "steps"
    conn.executemany(
        f"INSERT INTO {table} (round_id, number, node, choice, say, principles,"
        f" trust_before, trust_after{', missed' if missed else ''})"
        f" VALUES (?, ?, ?, ?, ?, ?, ?, ?{', ?' if missed else ''})",
        [
            (round_id, s.number, s.node, s.choice, s.say, json.dumps(s.principles),
             s.trust_before, s.trust_after, *([json.dumps(s.missed)] if missed else []))
            for s in steps
        ],
    )  # fmt: skip


def assessment_json(assessment: Assessment | None) -> str | None:
    """How the score was reached, as JSON (the score and verdict have columns of their own)."""
    if assessment is None:
        return None
    return json.dumps(
        {
            "reason": assessment.reason,
            "parts": [[p.name, p.points, p.maximum, p.detail] for p in assessment.parts],
            "good": assessment.good,
            "bad": assessment.bad,
            "mistimed": assessment.mistimed,
        },
        ensure_ascii=False,
    )


def read_assessment(score: int | None, passed: int | None, text: str | None) -> Assessment | None:
    """The stored Assessment, or None for a round without a score."""
    if score is None or passed is None:
        return None
    data = json.loads(text) if text else {}
    return Assessment(
        score=int(score),
        passed=bool(passed),
        reason=str(data.get("reason", "")),
        parts=tuple(ScorePart(str(n), int(p), int(m), str(d)) for n, p, m, d in data.get("parts", [])),
        good=tuple(data.get("good", ())),
        bad=tuple(data.get("bad", ())),
        mistimed=tuple(data.get("mistimed", ())),
    )  # fmt: skip


def _player_id(conn: sqlite3.Connection, name: str) -> int:
    row = conn.execute("SELECT id FROM players WHERE name = ?", (name,)).fetchone()
    if row:
        return int(row[0])
    cursor = conn.execute(
        "INSERT INTO players (name, created) VALUES (?, ?)", (name, iso(datetime.now(UTC)))
    )
    return int(cursor.lastrowid or 0)


def read_rounds(
    conn: sqlite3.Connection,
    player: str | None = None,
    since: datetime | None = None,
    uids: list[str] | None = None,
) -> list[RoundRecord]:
    """Rounds (oldest first), optionally of one player and started at or after `since`.

    `uids` keeps only those rounds (the LRS outbox reads its batch so).
    """
    return read_rounds_checked(conn, player, since, uids).rounds


def read_rounds_checked(
    conn: sqlite3.Connection,
    player: str | None = None,
    since: datetime | None = None,
    uids: list[str] | None = None,
) -> Reading:
    """Like read_rounds, naming each damaged round instead of failing on it.

    A player is matched by player_key (case, spaces). sqlite3.Error still
    propagates: a file that cannot be queried at all is not "no rounds".
    """
    if not _has_table(conn, "rounds"):
        return Reading()
    where: list[str] = []
    params: list[object] = []
    if uids is not None:
        where.append("r.uid IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(uids))
    if player is not None:
        names = [n for n in read_players(conn) if player_key(n) == player_key(player)]
        where.append("p.name IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(names))
    if since is not None:
        where.append("r.started >= ?")
        params.append(iso(since))
    extra = _optional(conn, "rounds", ROUND_COLUMNS, "r")
    sql = (
        "SELECT r.id, r.uid, p.name, r.scenario_id, r.scenario_hash, r.mode, r.started,"
        f" r.finished, r.outcome, r.ending, r.trust, r.tells, {extra}"
        " FROM rounds r JOIN players p ON p.id = r.player_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY r.started, r.id"
    )
    rows = conn.execute(sql, params).fetchall()
    ids = [row[0] for row in rows]
    bad: set[int] = set()
    steps = _steps_by_round(conn, ids, "steps", bad)
    taken_back = _steps_by_round(conn, ids, "taken_back", bad)
    room = read_votes(conn, ids)
    reading = Reading()
    for row in rows:
        try:
            if row[0] in bad:
                raise ValueError("a damaged step")
            reading.rounds.append(
                _round(row, steps.get(row[0], ()), taken_back.get(row[0], ()), room.get(row[0], ()))
            )
        except DAMAGE:
            reading.damaged.append(_name(row))
    return reading


def _name(row: Row) -> str:
    """How a damaged round is named for people: its uid, else its row number."""
    uid = row[1]
    return uid if isinstance(uid, str) and uid.isprintable() and uid else f"row {row[0]}"


def _round(
    row: Row,
    steps: tuple[StepRecord, ...],
    taken_back: tuple[StepRecord, ...],
    room: tuple[RoomVote, ...] = (),
) -> RoundRecord:
    (_, uid, name, sid, digest, mode, started, finished, outcome, ending, trust, tells,
     title, rewinds, seed, score, passed, assessment) = row  # fmt: skip
    return RoundRecord(
        uid, name, sid, digest, title, mode, parse_iso(started), parse_iso(finished),
        outcome, ending, int(trust), int(tells), int(rewinds), steps,
        seed=None if seed is None else int(seed),
        assessment=read_assessment(score, passed, assessment),
        taken_back=taken_back, room=room,
    )  # fmt: skip


def _steps_by_round(
    conn: sqlite3.Connection, ids: list[int], table: str = "steps", bad: set[int] | None = None
) -> dict[int, tuple[StepRecord, ...]]:
    """Each round's steps (or answers taken back) in order; none from a table not there yet.

    A step that cannot be read adds its round's id to `bad` (the round is then skipped).
    """
    if not _has_table(conn, table):
        return {}
    found: dict[int, list[StepRecord]] = {}
    extra = _optional(conn, table, STEP_COLUMNS, "s")
    sql = (
        "SELECT s.round_id, s.number, s.node, s.choice, s.say, s.principles, s.trust_before,"
        f" s.trust_after, {extra} FROM {table} s"
        " WHERE s.round_id IN (SELECT value FROM json_each(?)) ORDER BY s.round_id, s.number"
    )
    for row in conn.execute(sql, (json.dumps(ids),)):
        rid = row[0]
        try:
            step = _step(row)
        except DAMAGE:
            if bad is None:
                raise
            bad.add(rid)
            continue
        found.setdefault(rid, []).append(step)
    return {rid: tuple(steps) for rid, steps in found.items()}


def _step(row: Row) -> StepRecord:
    _, number, node, choice, say, principles, before, after, missed = row
    return StepRecord(
        int(number), str(node), int(choice), str(say), _words(principles),
        int(before), int(after), _words(missed),
    )  # fmt: skip


def _words(cell: object) -> tuple[str, ...]:
    """A JSON list of words, as stored; ValueError if the cell is anything else."""
    found = json.loads(cell) if isinstance(cell, str | bytes) else None
    if not isinstance(found, list) or not all(isinstance(w, str) for w in found):
        raise ValueError(f"not a list of words: {cell!r}")
    return tuple(found)


def read_players(conn: sqlite3.Connection) -> list[str]:
    if not _has_table(conn, "players"):
        return []
    return [row[0] for row in conn.execute("SELECT name FROM players ORDER BY name COLLATE NOCASE")]


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
    return conn.execute(sql, (name,)).fetchone() is not None


def _optional(conn: sqlite3.Connection, table: str, columns: dict[str, str], alias: str) -> str:
    have = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
    return ", ".join(
        f"{alias}.{name}" if name in have else default for name, default in columns.items()
    )
