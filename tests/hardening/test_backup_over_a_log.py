"""A backup restored over a leftover -wal is set aside as it was, not rewritten by the stale log."""

import shutil
import sqlite3
import subprocess
import sys

from game.records.files import FILE_NAME
from game.records.store import RecordStore

KILLED_MID_LOG = """
import os, sqlite3
conn = sqlite3.connect("stale.sqlite3", isolation_level=None)
conn.execute("PRAGMA journal_mode = WAL")
conn.execute("PRAGMA wal_autocheckpoint = 0")
conn.execute("CREATE TABLE t (x)")
conn.execute("CREATE INDEX ti ON t (x)")
for i in range(2000):
    conn.execute("INSERT INTO t VALUES (?)", (f"stale {i}" * 20,))
conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
for i in range(50):
    conn.execute("INSERT INTO t VALUES (?)", (f"late {i}" * 20,))
os._exit(0)  # killed: the last rows stay in stale.sqlite3-wal
"""


def a_backup(path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE kept (a, b)")
    conn.execute("CREATE INDEX kept_b ON kept (b)")
    conn.executemany(
        "INSERT INTO kept VALUES (?, ?)", ((i, f"backup {i}" * 10) for i in range(300))
    )
    conn.commit()
    conn.close()


def test_a_backup_restored_over_a_stale_log_is_set_aside_unchanged(tmp_path):
    subprocess.run([sys.executable, "-c", KILLED_MID_LOG], cwd=tmp_path, check=True)
    a_backup(tmp_path / "backup.sqlite3")
    shutil.copy(tmp_path / "backup.sqlite3", tmp_path / FILE_NAME)  # the restore
    shutil.copy(tmp_path / "stale.sqlite3-wal", tmp_path / (FILE_NAME + "-wal"))  # left over
    store = RecordStore.open(tmp_path)
    store.close()
    (aside,) = tmp_path.glob(FILE_NAME + ".corrupt-*[0-9]")
    assert aside.read_bytes() == (tmp_path / "backup.sqlite3").read_bytes()
    assert aside.with_name(aside.name + "-wal").exists()  # the log went with it, unreplayed
