"""Locked, read-only, newer and corrupt databases never stop the game; each is said once."""

import os
import re
import sqlite3

import pytest

from game.records import RecordStore
from game.records.files import FILE_NAME
from tests.records.support import record

ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def one_round_file(folder, player="Ana"):
    with RecordStore.open(folder) as store:
        assert record(store, player, (2, 1))
    return folder / FILE_NAME


def count_rounds(path):
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM rounds").fetchone()[0]
    finally:
        conn.close()


def test_warnings_are_handed_out_once(tmp_path):
    (tmp_path / FILE_NAME).write_bytes(b"not a database at all" * 100)
    store = RecordStore.open(tmp_path)
    first = store.take_warning()
    assert first and store.take_warning() is None
    assert store.warning == first  # still there to show on a status line


# --- corrupt -------------------------------------------------------------------
def test_garbage_is_moved_aside_with_a_timestamp_and_a_fresh_file_started(tmp_path):
    garbage = os.urandom(8192)
    (tmp_path / FILE_NAME).write_bytes(garbage)
    store = RecordStore.open(tmp_path)
    (moved,) = tmp_path.glob(FILE_NAME + ".corrupt-*")
    assert re.fullmatch(re.escape(FILE_NAME) + r"\.corrupt-\d{8}T\d{6}", moved.name)
    assert moved.read_bytes() == garbage
    assert moved.name in store.warning and "fresh" in store.warning
    assert store.persistent and record(store, "Ana", (2, 2))
    assert count_rounds(tmp_path / FILE_NAME) == 1


def test_a_file_damaged_inside_is_moved_aside_too(tmp_path):
    path = one_round_file(tmp_path)
    data = bytearray(path.read_bytes())
    page = 4096
    data[page : page * 2] = b"\xa5" * page  # wreck the second page, keep the header
    path.write_bytes(bytes(data))
    store = RecordStore.open(tmp_path)
    assert len(list(tmp_path.glob(FILE_NAME + ".corrupt-*"))) == 1
    assert "damaged" in store.warning and store.persistent
    assert store.rounds() == []


def test_a_report_never_moves_a_damaged_file(tmp_path):
    (tmp_path / FILE_NAME).write_bytes(b"garbage" * 1000)
    store = RecordStore.open(tmp_path, readonly=True)
    assert "damaged" in store.warning and store.rounds() == []
    assert list(tmp_path.glob("*.corrupt-*")) == []


# --- read-only -----------------------------------------------------------------
def test_a_read_only_file_is_read_and_new_rounds_are_kept_in_memory(tmp_path):
    path = one_round_file(tmp_path)
    os.chmod(path, 0o444)  # as root the store still honours the missing w bits
    store = RecordStore.open(tmp_path)
    assert "read-only" in store.take_warning()
    assert not store.persistent
    assert not record(store, "Ben", (2, 2), minute=5)
    assert [(r.player, r.saved) for r in store.rounds()] == [("Ana", True), ("Ben", False)]
    assert store.players() == ["Ana", "Ben"]
    assert store.take_warning() is None  # nothing new to say
    assert count_rounds(path) == 1


@pytest.mark.skipif(ROOT, reason="root may write into a folder without w bits")
def test_a_read_only_folder_keeps_rounds_in_memory(tmp_path):
    one_round_file(tmp_path)
    os.chmod(tmp_path, 0o555)
    try:
        store = RecordStore.open(tmp_path)
        assert not record(store, "Ben", (2, 2))
        assert store.warning and [r.player for r in store.rounds()][-1] == "Ben"
    finally:
        os.chmod(tmp_path, 0o755)


def test_a_folder_that_cannot_exist_means_memory_only(tmp_path):
    (tmp_path / "a-file").write_text("x")
    store = RecordStore.open(tmp_path / "a-file" / "records")
    assert "cannot be created" in store.warning
    assert not record(store, "Ana", (2, 1))
    assert [r.saved for r in store.rounds()] == [False]


def test_a_folder_in_place_of_the_file_means_memory_only(tmp_path):
    (tmp_path / FILE_NAME).mkdir()
    store = RecordStore.open(tmp_path)
    assert store.warning and not store.persistent
    assert not record(store, "Ana", (2, 1))
    assert len(store.rounds()) == 1


# --- locked --------------------------------------------------------------------
def test_rounds_wait_while_another_program_writes_and_are_saved_after(tmp_path):
    path = one_round_file(tmp_path)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    store = RecordStore.open(tmp_path, timeout=0.05)
    assert store.warning is None  # WAL: reading goes on while another writes
    assert not record(store, "Ben", (2, 2), minute=1)
    assert "in use" in store.take_warning()
    assert not record(store, "Ben", (1, 2), minute=2)
    assert store.take_warning() is None  # the same problem is said once
    assert len(store.rounds()) == 3
    other.execute("ROLLBACK")
    assert record(store, "Ben", (2, 1), minute=3)
    assert "free again" in store.take_warning()
    assert count_rounds(path) == 4
    assert [r.saved for r in store.rounds()] == [True] * 4


def test_a_file_locked_when_the_game_opens_is_used_once_free(tmp_path):
    path = one_round_file(tmp_path)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA journal_mode = DELETE")
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")  # nobody may even read
    store = RecordStore.open(tmp_path, timeout=0.05)
    assert "in use" in store.warning
    assert not record(store, "Ben", (2, 2), minute=1)
    assert [r.player for r in store.rounds()] == ["Ben"]
    other.execute("COMMIT")
    other.close()
    assert record(store, "Ben", (2, 1), minute=2)
    assert [r.player for r in store.rounds()] == ["Ana", "Ben", "Ben"]
    assert count_rounds(path) == 3


# --- newer ---------------------------------------------------------------------
def test_a_newer_schema_is_read_but_never_written(tmp_path):
    path = one_round_file(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE rounds ADD COLUMN from_the_future TEXT")
    conn.execute("PRAGMA user_version = 7")
    conn.commit()
    conn.close()
    store = RecordStore.open(tmp_path)
    assert "newer" in store.take_warning()
    assert [r.player for r in store.rounds()] == ["Ana"]
    assert not record(store, "Ben", (2, 2), minute=1)
    assert [r.saved for r in store.rounds()] == [True, False]
    store.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone() == (7,)
    assert count_rounds(path) == 1
