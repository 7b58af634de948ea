"""Damage that quick_check misses but integrity_check finds: set aside once, not a failure every time."""

import sqlite3

from game.records import RecordStore
from game.records.files import FILE_NAME
from tests.hardening.test_damaged_records import cli, three_rounds


def leave_a_dangling_index_entry(path):
    """Delete the last round while its index entry survives (quick_check does not compare them)."""
    conn = sqlite3.connect(path, isolation_level=None)
    (sql,) = conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'rounds_by_player'"
    ).fetchone()
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "UPDATE sqlite_master SET sql = ? WHERE name = 'rounds_by_player'", (sql + " WHERE 0",)
    )
    conn.close()
    conn = sqlite3.connect(path, isolation_level=None)
    (last,) = conn.execute("SELECT max(id) FROM rounds").fetchone()
    for table in ("steps", "taken_back"):
        conn.execute(f"DELETE FROM {table} WHERE round_id = ?", (last,))  # noqa: S608 - fixed names
    conn.execute("DELETE FROM rounds WHERE id = ?", (last,))
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'rounds_by_player'", (sql,))
    conn.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]
    conn.close()


def test_the_game_sets_aside_a_file_whose_reads_fail_past_quick_check(tmp_path):
    leave_a_dangling_index_entry(three_rounds(tmp_path))
    with RecordStore.open(tmp_path) as store:
        assert store.rounds() == []
        assert store.unreadable is None
        assert "moved to" in store.warning
    assert list(tmp_path.glob(FILE_NAME + ".corrupt-*"))


def test_report_works_again_once_the_file_is_set_aside(tmp_path):
    leave_a_dangling_index_entry(three_rounds(tmp_path))
    RecordStore.open(tmp_path).rounds()
    run = cli("report", data_dir=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
