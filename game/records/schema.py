"""The records database layout, as a list of migrations counted by `PRAGMA user_version`.

Migration N takes a database from version N-1 to N; each runs in its own
transaction together with the version bump, so a database is always at one
whole version. Never edit a shipped migration: add the next one.

Version 1: players, rounds and steps.
Version 2: the scenario title and the rewinds on each round (old rounds get
           their scenario id as title and 0 rewinds), and on each step the
           good principles that were offered but not taken (old steps: none).
Version 3: on each round the shuffle seed, and for Assessment rounds the score,
           the verdict and how it was reached (old rounds: NULL, not assessed);
           a table of the answers taken back with rewind (old rounds: none).
Version 4: how the room voted at each decision of a workshop round (room.py;
           old rounds: none).
Version 5: the LRS outbox (game/records/outbox.py): one row per round waiting to be
           sent, written in the round's own transaction; statements an LRS refused for
           good; the sender's last try. Rounds recorded before it are queued too.
"""

from __future__ import annotations

import sqlite3

from game.records.room import TABLE as ROOM_VOTES

V1 = """
CREATE TABLE players (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE COLLATE NOCASE,
    created TEXT NOT NULL
);
CREATE TABLE rounds (
    id            INTEGER PRIMARY KEY,
    uid           TEXT NOT NULL UNIQUE,
    player_id     INTEGER NOT NULL REFERENCES players(id),
    scenario_id   TEXT NOT NULL,
    scenario_hash TEXT NOT NULL,
    mode          TEXT NOT NULL CHECK (mode IN ('practice', 'assessment', 'workshop')),
    started       TEXT NOT NULL,
    finished      TEXT NOT NULL,
    outcome       TEXT NOT NULL CHECK (outcome IN ('stay', 'leave')),
    ending        TEXT NOT NULL,
    trust         INTEGER NOT NULL,
    tells         INTEGER NOT NULL
);
CREATE INDEX rounds_by_player ON rounds (player_id, started);
CREATE INDEX rounds_by_scenario ON rounds (scenario_id, started);
CREATE TABLE steps (
    round_id     INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
    number       INTEGER NOT NULL,
    node         TEXT NOT NULL,
    choice       INTEGER NOT NULL,
    say          TEXT NOT NULL,
    principles   TEXT NOT NULL,
    trust_before INTEGER NOT NULL,
    trust_after  INTEGER NOT NULL,
    PRIMARY KEY (round_id, number)
);
"""

V2 = """
ALTER TABLE rounds ADD COLUMN scenario_title TEXT NOT NULL DEFAULT '';
ALTER TABLE rounds ADD COLUMN rewinds INTEGER NOT NULL DEFAULT 0;
UPDATE rounds SET scenario_title = scenario_id;
ALTER TABLE steps ADD COLUMN missed TEXT NOT NULL DEFAULT '[]';
"""

V3 = """
ALTER TABLE rounds ADD COLUMN seed INTEGER;
ALTER TABLE rounds ADD COLUMN score INTEGER CHECK (score BETWEEN 0 AND 100);
ALTER TABLE rounds ADD COLUMN passed INTEGER CHECK (passed IN (0, 1));
ALTER TABLE rounds ADD COLUMN assessment TEXT;
CREATE TABLE taken_back (
    round_id     INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
    number       INTEGER NOT NULL,
    node         TEXT NOT NULL,
    choice       INTEGER NOT NULL,
    say          TEXT NOT NULL,
    principles   TEXT NOT NULL,
    trust_before INTEGER NOT NULL,
    trust_after  INTEGER NOT NULL,
    PRIMARY KEY (round_id, number)
);
"""

V4 = ROOM_VOTES

V5 = """
CREATE TABLE outbox (
    round_uid TEXT PRIMARY KEY REFERENCES rounds(uid) ON DELETE CASCADE,
    queued    TEXT NOT NULL,
    sent      TEXT,
    tries     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX outbox_waiting ON outbox (sent, queued);
CREATE TABLE outbox_rejected (
    statement_id TEXT PRIMARY KEY,
    round_uid    TEXT NOT NULL,
    status       INTEGER NOT NULL,
    message      TEXT NOT NULL,
    at           TEXT NOT NULL
);
CREATE TABLE lrs_state (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    last_try  TEXT,
    last_sent TEXT,
    problem   TEXT,
    permanent INTEGER NOT NULL DEFAULT 0,
    failures  INTEGER NOT NULL DEFAULT 0
);
INSERT INTO lrs_state (id) VALUES (1);
INSERT INTO outbox (round_uid, queued) SELECT uid, finished FROM rounds;
"""

MIGRATIONS = (V1, V2, V3, V4, V5)
VERSION = len(MIGRATIONS)


def version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, upto: int = VERSION) -> int:
    """Apply the missing migrations (up to `upto`); return the version reached.

    `conn` must be in autocommit mode (isolation_level=None). A database newer
    than `upto` is left alone.
    """
    current = version(conn)
    for number in range(current + 1, upto + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            if version(conn) < number:  # another process may have migrated meanwhile
                for statement in _statements(MIGRATIONS[number - 1]):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return version(conn)


def _statements(script: str) -> list[str]:
    """Split a migration into statements (ours hold no semicolons inside strings)."""
    return [part.strip() for part in script.split(";") if part.strip()]
