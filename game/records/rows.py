"""Round records to and from SQL rows: one transaction per round, a reader that tolerates versions.

The reader asks the database which columns it has, so it can read a database
from an older schema it may not migrate (read-only) or a newer one it must
not touch: a column it does not find is read as its default.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime

from game.records.model import RoundRecord, StepRecord, iso, parse_iso

ROUND_COLUMNS = {  # column -> SQL used when the column is missing
    "scenario_title": "''",
    "rewinds": "0",
}
STEP_COLUMNS = {"missed": "'[]'"}


def write_round(conn: sqlite3.Connection, record: RoundRecord) -> None:
    """Insert `record` with its player and steps, all or nothing (autocommit `conn`)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        player_id = _player_id(conn, record.player)
        cursor = conn.execute(
            "INSERT INTO rounds (uid, player_id, scenario_id, scenario_hash, scenario_title,"
            " mode, started, finished, outcome, ending, trust, tells, rewinds)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                record.uid, player_id, record.scenario_id, record.scenario_hash,
                record.scenario_title, record.mode, iso(record.started), iso(record.finished),
                record.outcome, record.ending, record.trust, record.tells, record.rewinds,
            ),
        )  # fmt: skip
        conn.executemany(
            "INSERT INTO steps (round_id, number, node, choice, say, principles,"
            " trust_before, trust_after, missed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    cursor.lastrowid,
                    s.number,
                    s.node,
                    s.choice,
                    s.say,
                    json.dumps(s.principles),
                    s.trust_before,
                    s.trust_after,
                    json.dumps(s.missed),
                )  # fmt: skip
                for s in record.steps
            ],
        )
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _player_id(conn: sqlite3.Connection, name: str) -> int:
    row = conn.execute("SELECT id FROM players WHERE name = ?", (name,)).fetchone()
    if row:
        return int(row[0])
    cursor = conn.execute(
        "INSERT INTO players (name, created) VALUES (?, ?)", (name, iso(datetime.now(UTC)))
    )
    return int(cursor.lastrowid or 0)


def read_rounds(
    conn: sqlite3.Connection, player: str | None = None, since: datetime | None = None
) -> list[RoundRecord]:
    """Rounds (oldest first), optionally of one player (any case) and started at or after `since`."""
    if not _has_table(conn, "rounds"):
        return []
    where, params = [], []
    if player is not None:
        where.append("p.name = ? COLLATE NOCASE")
        params.append(player)
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
    steps = _steps_by_round(conn, [row[0] for row in rows])
    return [_round(row, steps.get(row[0], ())) for row in rows]


def _round(row: tuple, steps: tuple[StepRecord, ...]) -> RoundRecord:
    (_, uid, name, sid, digest, mode, started, finished, outcome, ending, trust, tells,
     title, rewinds) = row  # fmt: skip
    return RoundRecord(
        uid, name, sid, digest, title, mode, parse_iso(started), parse_iso(finished),
        outcome, ending, int(trust), int(tells), int(rewinds), steps,
    )  # fmt: skip


def _steps_by_round(conn: sqlite3.Connection, ids: list[int]) -> dict[int, tuple[StepRecord, ...]]:
    found: dict[int, list[StepRecord]] = {}
    extra = _optional(conn, "steps", STEP_COLUMNS, "s")
    sql = (
        "SELECT s.round_id, s.number, s.node, s.choice, s.say, s.principles, s.trust_before,"
        f" s.trust_after, {extra} FROM steps s WHERE s.round_id IN (SELECT value FROM json_each(?))"
        " ORDER BY s.round_id, s.number"
    )
    for row in conn.execute(sql, (json.dumps(ids),)):
        rid, number, node, choice, say, principles, before, after, missed = row
        step = StepRecord(
            int(number), node, int(choice), say, tuple(json.loads(principles)),
            int(before), int(after), tuple(json.loads(missed)),
        )  # fmt: skip
        found.setdefault(rid, []).append(step)
    return {rid: tuple(steps) for rid, steps in found.items()}


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
