"""Killing the game loses only the round in progress: finished rounds survive SIGKILL."""

import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from game.records import RecordStore
from game.records.files import FILE_NAME

HELPER = Path(__file__).with_name("play_and_wait.py")
pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def start(*args):
    return subprocess.Popen(
        [sys.executable, str(HELPER), *map(str, args)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def kill(process):
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL, process.stderr.read()


def integrity(folder):
    conn = sqlite3.connect(folder / FILE_NAME)
    try:
        return conn.execute("PRAGMA integrity_check").fetchall()
    finally:
        conn.close()


def test_two_finished_rounds_survive_a_kill_in_the_middle_of_the_third(tmp_path):
    process = start(tmp_path, "finished", 2)
    assert process.stdout.readline().strip() == "ready", process.stderr.read()
    kill(process)
    assert (tmp_path / (FILE_NAME + "-wal")).exists()  # killed before any tidy close
    assert integrity(tmp_path) == [("ok",)]
    with RecordStore.open(tmp_path) as store:
        assert store.warning is None
        rounds = store.rounds()
    assert [(r.player, r.mode, r.ending, r.trust) for r in rounds] == [
        ("Kim", "assessment", "stays-wary", 45),
        ("Kim", "assessment", "stays-wary", 90),
    ]
    assert [len(r.steps) for r in rounds] == [3, 2]


def test_a_kill_while_rounds_are_being_written_leaves_only_whole_rounds(tmp_path):
    process = start(tmp_path, "loop")
    for _ in range(25):
        written = int(process.stdout.readline())
    kill(process)
    assert integrity(tmp_path) == [("ok",)]
    with RecordStore.open(tmp_path) as store:
        rounds = store.rounds()
    assert len(rounds) >= written
    for record in rounds:  # p0, p2, ... took three steps; p1, p3, ... two
        number = int(record.player[1:])
        assert len(record.steps) == (3 if number % 2 == 0 else 2), record.player
    assert sorted(int(r.player[1:]) for r in rounds) == list(range(len(rounds)))
