"""Damaged or unreadable records: a bad row is skipped and named, unreadable is never 'no rounds'."""

import os
import sqlite3
import subprocess
import sys

import pytest

from game.records import RecordStore
from game.records.files import FILE_NAME
from game.records.report import build_report
from tests.conftest import REPO
from tests.records.support import record

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")


def cli(*args, data_dir):
    env = {**os.environ, "MAKE_IT_RIGHT_DATA": str(data_dir)}
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), *map(str, args)],
        capture_output=True, text=True, cwd=REPO, timeout=30, env=env,
    )  # fmt: skip


def three_rounds(folder):
    with RecordStore.open(folder) as store:
        for player in ("Ana", "Ben", "Cy"):
            assert record(store, player, (2, 1))
    return folder / FILE_NAME


def damage(path, sql, *params):
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(sql, params)
    conn.close()


def uid_of(path, player):
    conn = sqlite3.connect(path)
    try:
        sql = "SELECT r.uid FROM rounds r JOIN players p ON p.id = r.player_id WHERE p.name = ?"
        return conn.execute(sql, (player,)).fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("sql", "where"),
    [
        ("UPDATE rounds SET started = '2026-11-2\x01T17:00:00Z' WHERE uid = ?", "timestamp"),
        ("UPDATE rounds SET finished = '2026-11-33T17:00:00Z' WHERE uid = ?", "day"),
        (
            "UPDATE steps SET principles = '[\"owns-it\"' WHERE round_id ="
            " (SELECT id FROM rounds WHERE uid = ?)",
            "principles json",
        ),
        ("UPDATE rounds SET trust = 'x' WHERE uid = ?", "number"),
    ],
)
def test_a_damaged_row_is_skipped_and_named_and_the_rest_is_read(tmp_path, sql, where):
    path = three_rounds(tmp_path)
    bad = uid_of(path, "Ben")
    damage(path, sql, bad)
    with RecordStore.open(tmp_path, readonly=True) as store:
        rounds = store.rounds()
    assert sorted(r.player for r in rounds) == ["Ana", "Cy"], where
    assert store.damaged == [bad]
    assert bad in (store.warning or "")


def test_report_names_the_damaged_round_and_reports_the_others(tmp_path):
    path = three_rounds(tmp_path)
    bad = uid_of(path, "Ben")
    damage(path, "UPDATE rounds SET started = 'not a time' WHERE uid = ?", bad)
    run = cli("report", data_dir=tmp_path)
    assert run.returncode == 0, run.stderr
    assert bad in run.stderr and "Traceback" not in run.stderr
    assert "Ana" in run.stdout and "Cy" in run.stdout


def test_a_newer_schema_with_a_renamed_column_is_unreadable_not_empty(tmp_path):
    path = three_rounds(tmp_path)
    damage(path, "ALTER TABLE rounds RENAME COLUMN outcome TO result")
    for command in (["report"], ["export", "--xapi", "-"]):
        run = cli(*command, data_dir=tmp_path)
        assert run.returncode == 2, command
        assert "could not be read" in run.stderr
        assert "No rounds" not in run.stdout + run.stderr and run.stdout.strip() != "[]"


def test_a_damaged_file_read_only_is_unreadable_not_empty(tmp_path):
    (tmp_path / FILE_NAME).write_bytes(b"not a database at all" * 100)
    run = cli("report", data_dir=tmp_path)
    assert run.returncode == 2
    assert "could not be read" in run.stderr


def test_an_empty_records_folder_is_still_reported_as_no_rounds(tmp_path):
    run = cli("report", data_dir=tmp_path)
    assert run.returncode == 0
    assert "no rounds are recorded" in run.stderr


@needs_fifo
def test_a_records_file_that_is_a_pipe_is_not_opened(tmp_path):
    os.mkfifo(tmp_path / FILE_NAME)
    run = cli("report", data_dir=tmp_path)  # would block for ever if SQLite opened it
    assert run.returncode == 2
    assert "named pipe" in run.stderr


@needs_fifo
def test_the_game_keeps_rounds_in_memory_when_the_records_file_is_a_pipe(tmp_path):
    os.mkfifo(tmp_path / FILE_NAME)
    store = RecordStore.open(tmp_path)
    assert not store.persistent and "named pipe" in (store.warning or "")


def test_a_round_waiting_on_a_lock_is_saved_when_the_store_closes(tmp_path):
    path = three_rounds(tmp_path)
    store = RecordStore.open(tmp_path, timeout=0.05)
    locker = sqlite3.connect(path, isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")
    assert not record(store, "Dee", (2, 2))  # waits in memory
    locker.execute("ROLLBACK")  # the other program lets go before the game closes
    locker.close()
    store.close()
    with RecordStore.open(tmp_path, readonly=True) as again:
        assert "Dee" in {r.player for r in again.rounds()}


def test_players_whose_names_differ_only_in_case_or_spaces_are_one_player(tmp_path):
    with RecordStore.open(tmp_path) as store:
        for name in ("Ana Lima", "ana  lima", " ANA LIMA", "Ben"):
            assert record(store, name, (2, 1))
        report = build_report(store.rounds())
        assert len(report.players) == 2
        assert len(store.rounds(player="ana lima")) == 3
        assert len(store.players()) == 2
