"""Pipes, devices and unreadable folders named like scenarios: reported, never opened, never fatal."""

import os
import shutil
import subprocess
import sys

import pytest

from game.io.library import load_library
from game.io.loader import load_scenario
from game.play.catalog import Catalog
from tests.conftest import DESIGN_EXAMPLE, REPO

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
as_root = hasattr(os, "geteuid") and os.geteuid() == 0
TOO_LONG = "n" * 300  # a folder name the file system refuses (ENAMETOOLONG)


def cli(*args):
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), *map(str, args)],
        capture_output=True, text=True, cwd=REPO, timeout=30,
    )  # fmt: skip


@pytest.fixture
def folder_with_a_pipe(tmp_path):
    os.mkfifo(tmp_path / "x.yaml")
    shutil.copy(DESIGN_EXAMPLE, tmp_path / "good.yaml")
    return tmp_path


@needs_fifo
def test_a_pipe_named_like_a_scenario_is_reported_not_opened(folder_with_a_pipe):
    result = load_scenario(folder_with_a_pipe / "x.yaml")  # would block for ever if opened
    (problem,) = result.diagnostics
    assert problem.code == "E150"
    assert "not a regular file (a named pipe)" in problem.message


@needs_fifo
def test_validate_reports_a_pipe_in_a_folder_and_checks_the_other_files(folder_with_a_pipe):
    run = cli("validate", "--no-balance", folder_with_a_pipe)
    assert run.returncode == 1
    assert "x.yaml:1:1: error: not a regular file (a named pipe)" in run.stderr
    assert "2 files checked" in run.stderr


@needs_fifo
def test_check_refuses_a_pipe_without_opening_it(folder_with_a_pipe):
    run = cli("check", folder_with_a_pipe / "x.yaml")
    assert run.returncode == 1
    assert "not a regular file" in run.stderr and "Traceback" not in run.stderr


def test_a_folder_that_cannot_be_listed_is_a_diagnostic_not_a_traceback(tmp_path):
    library = load_library([tmp_path / TOO_LONG])
    (problem,) = library.problems
    assert problem.code == "E150"
    assert problem.message.startswith("cannot read folder")


@pytest.mark.skipif(as_root, reason="root reads folders whatever their permissions")
def test_a_folder_without_read_permission_is_a_diagnostic(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        library = load_library([locked])
    finally:
        locked.chmod(0o755)
    assert [p.code for p in library.problems] == ["E150"]


def test_validate_and_check_on_an_unlistable_folder_exit_2_without_a_traceback(tmp_path):
    for command in ("validate", "check"):
        run = cli(command, tmp_path / TOO_LONG)
        assert run.returncode == 2, command
        assert "Traceback" not in run.stderr


def test_the_game_catalog_lists_an_unlistable_folder_as_a_problem(tmp_path):
    catalog = Catalog([tmp_path / TOO_LONG])
    catalog.load()  # the game does this on a worker thread (begin_loading)
    assert catalog.entries == []
    assert [p.code for p in catalog.problems] == ["E150"]


def test_check_given_a_folder_is_a_usage_error(tmp_path):
    run = cli("check", tmp_path)
    assert run.returncode == 2
    assert "check takes one file" in run.stderr
