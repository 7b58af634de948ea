"""`validate --watch`: the polling watcher notices saves, and the command re-validates until Ctrl+C."""

import contextlib
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time

import pytest

from game.io.watch import changed, snapshot, watch
from tests.tools.support import DESIGN_EXAMPLE, REPO


@pytest.fixture
def folder(tmp_path):
    shutil.copy(DESIGN_EXAMPLE, tmp_path / "penne.yaml")
    return tmp_path


def touch_later(path, seconds=2):
    """Move a file's modification time forward, as a save a moment later would."""
    info = path.stat()
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + seconds * 1_000_000_000))


def test_nothing_changed_means_no_files():
    assert changed({"a.yaml": (1, 10)}, {"a.yaml": (1, 10)}) == []


def test_changed_reports_modified_added_and_removed_files():
    before = {"a.yaml": (1, 10), "b.yaml": (1, 10)}
    after = {"a.yaml": (2, 10), "c.yaml": (1, 5)}
    assert changed(before, after) == ["a.yaml", "b.yaml", "c.yaml"]


def test_a_save_changes_the_snapshot_even_with_the_same_size(folder):
    path = folder / "penne.yaml"
    before = snapshot([folder])
    path.write_text(path.read_text(encoding="utf-8").replace("Maria", "Marta"), encoding="utf-8")
    touch_later(path)
    assert changed(before, snapshot([folder])) == [str(path)]


def test_a_new_file_in_a_watched_folder_is_noticed_and_other_files_ignored(folder):
    before = snapshot([folder])
    (folder / "notes.txt").write_text("not a scenario", encoding="utf-8")
    shutil.copy(DESIGN_EXAMPLE, folder / "copy.yml")
    assert changed(before, snapshot([folder])) == [str(folder / "copy.yml")]


def test_a_deleted_file_is_noticed(folder):
    before = snapshot([folder])
    (folder / "penne.yaml").unlink()
    assert changed(before, snapshot([folder])) == [str(folder / "penne.yaml")]


def test_the_loop_calls_back_once_per_save_without_real_sleeping(folder):
    path = folder / "penne.yaml"
    seen, sleeps = [], []

    def fake_sleep(seconds):
        sleeps.append(seconds)
        if len(sleeps) == 1:
            path.write_text("format: 1\n", encoding="utf-8")

    watch([folder], seen.append, sleep=fake_sleep, keep_going=lambda: len(sleeps) < 6)
    assert seen == [[str(path)]]


class Reader:
    """Collects a process's stderr lines on a thread, so waits have deadlines."""

    def __init__(self, stream):
        self.lines: queue.Queue[str] = queue.Queue()
        self.text = ""
        threading.Thread(target=self._pump, args=(stream,), daemon=True).start()

    def _pump(self, stream):
        for line in stream:
            self.lines.put(line)

    def wait_for(self, needle, timeout=5.0):
        deadline = time.monotonic() + timeout
        while needle not in self.text:
            remaining = deadline - time.monotonic()
            assert remaining > 0, f"never saw {needle!r} in:\n{self.text}"
            with contextlib.suppress(queue.Empty):
                self.text += self.lines.get(timeout=min(remaining, 0.5))


def default_ctrl_c() -> None:
    """In the child: Ctrl+C interrupts, even when this test run ignores SIGINT (a `cmd &`)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.skipif(sys.platform == "win32", reason="sends SIGINT, as Ctrl+C does on POSIX")
def test_validate_watch_revalidates_after_a_save_and_stops_cleanly_on_ctrl_c(folder):
    path = folder / "penne.yaml"
    command = [sys.executable, str(REPO / "main.py"), "validate", "--watch", "--interval", "0.1"]
    command.append("--no-balance")  # the design example is a format demo, not balanced
    process = subprocess.Popen(
        [*command, str(path)],
        cwd=REPO,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        encoding="utf-8",
        preexec_fn=default_ctrl_c,
    )
    try:
        reader = Reader(process.stderr)
        reader.wait_for("watching for changes")
        assert "1 file checked: no problems found" in reader.text
        text = path.read_text(encoding="utf-8").replace("goto: bristles", "goto: bristle")
        path.write_text(text, encoding="utf-8")
        touch_later(path)
        reader.wait_for("1 file checked: 1 error")
        assert "changed: " in reader.text and "did you mean 'bristles'?" in reader.text
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=5) == 0
        reader.wait_for("stopped watching")
        assert "Traceback" not in reader.text
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
