"""Closed output, foreign terminals, odd answers and odd arguments: an exit code, never a traceback."""

import os
import sqlite3
import subprocess
import sys

import pytest

from game.records import RecordStore
from tests.conftest import DESIGN_EXAMPLE, REPO
from tests.records.support import record

DESIGN = str(DESIGN_EXAMPLE)


def cli(*args, data_dir, stdin="", env=None, close_stdout=False):
    full_env = {**os.environ, "MAKE_IT_RIGHT_DATA": str(data_dir), **(env or {})}
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), *map(str, args)],
        input=stdin.encode(), stdout=None if close_stdout else subprocess.PIPE,
        stderr=subprocess.PIPE, cwd=REPO, timeout=30, env=full_env,
        preexec_fn=(lambda: os.close(1)) if close_stdout else None,
    )  # fmt: skip


@pytest.fixture
def records(tmp_path):
    with RecordStore.open(tmp_path) as store:
        assert record(store, "Zoë \u00e9", (2, 1))  # a name ASCII cannot show
    return tmp_path


@pytest.mark.parametrize(
    "command",
    [["schema"], ["graph", DESIGN], ["report"], ["export", "--xapi", "-"]],
    ids=["schema", "graph", "report", "export"],
)
def test_a_closed_stdout_is_an_io_error_not_a_traceback(command, records):
    run = cli(*command, data_dir=records, close_stdout=True)
    assert run.returncode == 2
    assert b"standard output is closed" in run.stderr
    assert b"Traceback" not in run.stderr


@pytest.mark.parametrize(
    "command",
    [["graph", DESIGN], ["report"], ["play", "--text", DESIGN, "--choices", "2,1"]],
    ids=["graph", "report", "play"],
)
def test_a_terminal_that_is_not_utf8_gets_replacements_not_a_traceback(command, records):
    run = cli(*command, data_dir=records, env={"PYTHONIOENCODING": "ascii", "LC_ALL": "C"})
    assert run.returncode == 0, run.stderr
    assert b"Traceback" not in run.stderr
    run.stdout.decode("ascii")  # nothing but ASCII was written


@pytest.mark.parametrize("answer", ["\u00b2", "9" * 5000, "\u0663"])
def test_play_text_asks_again_after_an_answer_that_is_no_choice_number(answer, tmp_path):
    run = cli("play", "--text", DESIGN, data_dir=tmp_path, stdin=f"{answer}\nq\n")
    assert run.returncode in (0, 1)
    assert b"Traceback" not in run.stderr
    assert b"Type the number of a choice" in run.stdout


@pytest.mark.parametrize("since", ["0001-01-01", "9999-12-31T23:59:59-05:00", "9999-12-31"])
def test_a_since_date_at_the_edge_of_the_calendar_is_a_usage_error_or_works(since, records):
    run = cli("report", "--since", since, data_dir=records)
    assert run.returncode in (0, 2)
    assert b"Traceback" not in run.stderr


def test_a_since_date_with_no_utc_time_is_a_usage_error(records):
    run = cli("report", "--since", "9999-12-31T23:59:59-05:00", data_dir=records)
    assert run.returncode == 2
    assert b"--since takes a date" in run.stderr


@pytest.mark.parametrize("base", ["https://x y", "https://x<y", 'https://x"y', "https://x\ny"])
def test_export_refuses_a_base_that_would_make_invalid_iris(base, records):
    run = cli("export", "--xapi", "-", "--base", base, data_dir=records)
    assert run.returncode == 2
    assert run.stdout == b""
    assert b"is not usable" in run.stderr


def test_report_escapes_control_characters_from_the_records(tmp_path):
    with RecordStore.open(tmp_path) as store:
        assert record(store, "Ana", (2, 1))
    conn = sqlite3.connect(tmp_path / "records.sqlite3")
    with conn:
        conn.execute("UPDATE rounds SET scenario_title = 'Pwn\x1b]0;owned\x07'")
    conn.close()
    run = cli("report", data_dir=tmp_path)
    assert run.returncode == 0
    assert b"\x1b" not in run.stdout and b"\\x1b]0;owned" in run.stdout
