"""A schema-1 database, as version 0.1 wrote it, opens and is migrated to the current schema."""

import sqlite3

from game.records import RecordStore
from game.records.files import FILE_NAME
from game.records.schema import VERSION
from tests.records.support import record

# Schema 1 exactly as shipped: a frozen copy, so an edit to the migration shows here.
SCHEMA_1 = """
CREATE TABLE players (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    created TEXT NOT NULL);
CREATE TABLE rounds (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE,
    player_id INTEGER NOT NULL REFERENCES players(id), scenario_id TEXT NOT NULL,
    scenario_hash TEXT NOT NULL,
    mode TEXT NOT NULL CHECK (mode IN ('practice', 'assessment', 'workshop')),
    started TEXT NOT NULL, finished TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('stay', 'leave')), ending TEXT NOT NULL,
    trust INTEGER NOT NULL, tells INTEGER NOT NULL);
CREATE INDEX rounds_by_player ON rounds (player_id, started);
CREATE INDEX rounds_by_scenario ON rounds (scenario_id, started);
CREATE TABLE steps (round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
    number INTEGER NOT NULL, node TEXT NOT NULL, choice INTEGER NOT NULL, say TEXT NOT NULL,
    principles TEXT NOT NULL, trust_before INTEGER NOT NULL, trust_after INTEGER NOT NULL,
    PRIMARY KEY (round_id, number));
INSERT INTO players VALUES (1, 'Old Timer', '2025-01-02T03:04:05Z');
INSERT INTO rounds VALUES (1, '0b6f6f34-4d5c-4c4f-9b8e-1f0e2d3c4b5a', 1, 'missing-penne',
    'abc123', 'practice', '2025-01-02T10:00:00Z', '2025-01-02T10:03:00Z', 'leave', 'hangs-up',
    10, 12);
INSERT INTO steps VALUES (1, 1, 'call', 1, 'Next time...', '["blame-customer"]', 60, 30);
INSERT INTO steps VALUES (1, 2, 'bristles', 2, 'Our policy...', '["hide-behind-policy"]', 30, 10);
PRAGMA user_version = 1;
"""


# Migration 2 exactly as shipped, and a round it could hold: an Assessment lost at trust 10.
SCHEMA_2 = """
ALTER TABLE rounds ADD COLUMN scenario_title TEXT NOT NULL DEFAULT '';
ALTER TABLE rounds ADD COLUMN rewinds INTEGER NOT NULL DEFAULT 0;
UPDATE rounds SET scenario_title = scenario_id;
ALTER TABLE steps ADD COLUMN missed TEXT NOT NULL DEFAULT '[]';
INSERT INTO rounds VALUES (2, '5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d', 1, 'missing-penne',
    'def456', 'assessment', '2026-01-02T10:00:00Z', '2026-01-02T10:02:00Z', 'stay', 'loyal',
    100, 5, 'The Missing Penne', 2);
INSERT INTO steps VALUES (2, 1, 'call', 2, 'That is our mistake...', '["own-it"]', 60, 85, '[]');
INSERT INTO steps VALUES (2, 2, 'remedy', 1, 'Twenty minutes...', '["restitution"]', 85, 100,
    '["fix-fast"]');
PRAGMA user_version = 2;
"""


def schema_1_database(folder):
    conn = sqlite3.connect(folder / FILE_NAME)
    conn.executescript(SCHEMA_1)
    conn.close()


def schema_2_database(folder):
    conn = sqlite3.connect(folder / FILE_NAME)
    conn.executescript(SCHEMA_1 + SCHEMA_2)
    conn.close()


def columns(conn, table):
    return [row[1:3] for row in conn.execute(f"PRAGMA table_info({table})")]


def test_a_schema_1_database_is_migrated_and_keeps_its_rounds(tmp_path):
    schema_1_database(tmp_path)
    store = RecordStore.open(tmp_path)
    assert store.warning is None and store.persistent
    (old,) = store.rounds()
    assert (old.player, old.scenario_title, old.rewinds, old.trust) == (
        "Old Timer", "missing-penne", 0, 10,
    )  # fmt: skip
    assert [s.missed for s in old.steps] == [(), ()]
    assert [s.principles for s in old.steps] == [("blame-customer",), ("hide-behind-policy",)]
    assert record(store, "old timer", (2, 1))
    assert [r.scenario_title for r in store.rounds()] == ["missing-penne", "The Missing Penne"]
    assert store.players() == ["Old Timer"]
    conn = sqlite3.connect(tmp_path / FILE_NAME)
    assert conn.execute("PRAGMA user_version").fetchone() == (VERSION,)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_migrated_database_has_the_same_tables_as_a_new_one(tmp_path):
    (tmp_path / "old").mkdir()
    schema_1_database(tmp_path / "old")
    RecordStore.open(tmp_path / "old").close()
    RecordStore.open(tmp_path / "new").close()
    old = sqlite3.connect(tmp_path / "old" / FILE_NAME)
    new = sqlite3.connect(tmp_path / "new" / FILE_NAME)
    for table in ("players", "rounds", "steps", "taken_back"):
        assert columns(old, table) == columns(new, table) != []


def test_a_report_reads_a_schema_1_database_without_migrating_it(tmp_path):
    schema_1_database(tmp_path)
    with RecordStore.open(tmp_path, readonly=True) as store:
        assert [r.ending for r in store.rounds()] == ["hangs-up"]
    conn = sqlite3.connect(tmp_path / FILE_NAME)
    assert conn.execute("PRAGMA user_version").fetchone() == (1,)


def test_a_schema_2_database_is_migrated_and_keeps_every_round(tmp_path):
    schema_2_database(tmp_path)
    store = RecordStore.open(tmp_path)
    assert store.warning is None and store.persistent
    first, second = store.rounds()
    assert (first.ending, first.trust, second.ending, second.rewinds) == (
        "hangs-up",
        10,
        "loyal",
        2,
    )
    assert second.steps[1].missed == ("fix-fast",)
    assert second.steps[1].principles == ("restitution",)
    conn = sqlite3.connect(tmp_path / FILE_NAME)
    assert conn.execute("PRAGMA user_version").fetchone() == (VERSION,)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_rounds_from_before_schema_3_have_no_seed_score_or_answers_taken_back(tmp_path):
    schema_2_database(tmp_path)
    _, assessed = RecordStore.open(tmp_path).rounds()
    assert assessed.mode == "assessment"
    assert (assessed.seed, assessed.score, assessed.passed, assessed.taken_back) == (
        None, None, None, (),
    )  # fmt: skip


def test_a_migrated_schema_2_database_takes_new_rounds_with_their_score(tmp_path):
    schema_2_database(tmp_path)
    store = RecordStore.open(tmp_path)
    assert record(store, "Old Timer", (2, 1), mode="assessment")
    assert [r.score for r in store.rounds()] == [None, None, 100]


def test_a_report_reads_a_schema_2_database_without_migrating_it(tmp_path):
    schema_2_database(tmp_path)
    with RecordStore.open(tmp_path, readonly=True) as store:
        assert [(r.ending, r.score, r.taken_back) for r in store.rounds()] == [
            ("hangs-up", None, ()), ("loyal", None, ()),
        ]  # fmt: skip
    conn = sqlite3.connect(tmp_path / FILE_NAME)
    assert conn.execute("PRAGMA user_version").fetchone() == (2,)
