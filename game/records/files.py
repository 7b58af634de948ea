"""Where the records file lives, how it is opened, and how a damaged one is moved aside."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import UTC, datetime
from pathlib import Path

import platformdirs

from game.names import ENV_VAR
from game.records.model import utc

APP_NAME = "make-it-right"
FILE_NAME = "records.sqlite3"


def records_dir(data_dir: str | Path | None = None) -> Path:
    """The folder for records: `data_dir`, else $MAKE_IT_RIGHT_DATA, else the platform's."""
    chosen = data_dir or os.environ.get(ENV_VAR)
    if chosen:
        return Path(chosen).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def open_db(path: Path, readonly: bool, timeout: float, shared: bool = False) -> sqlite3.Connection:
    """A connection to `path`; `shared` lets a thread other than this one use it afterwards."""
    same = not shared
    if readonly:
        uri = path.resolve().as_uri() + "?mode=ro"
        return sqlite3.connect(
            uri, uri=True, timeout=timeout, isolation_level=None, check_same_thread=same
        )
    return sqlite3.connect(path, timeout=timeout, isolation_level=None, check_same_thread=same)


def damaged_under_a_log(path: Path, timeout: float) -> bool:
    """With a leftover -wal beside `path`, whether quick_check finds the pair damaged.

    Checked on a read-only connection, which never writes the log into the
    file: a read-write one that finds damage checkpoints the log as it closes,
    rewriting (say) a restored backup with a stale log's pages before the file
    can be set aside. False when there is no log or the check cannot run.
    """
    if not path.with_name(path.name + "-wal").exists():
        return False
    try:
        conn = open_db(path, True, timeout)
    except sqlite3.Error:
        return False
    try:
        return conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]
    except sqlite3.Error as exc:
        return getattr(exc, "sqlite_errorname", "") in ("SQLITE_NOTADB", "SQLITE_CORRUPT")
    finally:
        conn.close()


def not_regular(path: Path) -> str:
    """'' for a regular file (or none at all); else what it is, e.g. 'a named pipe'.

    SQLite would open a FIFO and wait on it for ever: check before opening.
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return ""
    if stat.S_ISREG(mode):
        return ""
    kinds = {stat.S_IFIFO: "a named pipe", stat.S_IFDIR: "a folder", stat.S_IFSOCK: "a socket"}
    return kinds.get(stat.S_IFMT(mode), "a device")


def is_frozen(path: Path) -> bool:
    """A file nobody may write (no w bits), or one this process may not write."""
    try:
        return path.exists() and (not path.stat().st_mode & 0o222 or not os.access(path, os.W_OK))
    except OSError:
        return False


def move_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename `path` (and its -wal, -shm, -journal) to <name>.corrupt-<UTC stamp>; return the new path."""
    stamp = utc(now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    count = 1
    while target.exists():
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{count}")
        count += 1
    path.rename(target)
    for suffix in ("-wal", "-shm", "-journal"):  # a stale log must not replay into the new file
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.rename(target.with_name(target.name + suffix))
    return target
