"""`graph` given a folder or a named pipe says so plainly instead of "no such file" or hanging."""

import os

from tests.hardening.test_odd_files import cli, needs_fifo


@needs_fifo
def test_graph_of_a_pipe_says_it_is_a_named_pipe(tmp_path):
    os.mkfifo(tmp_path / "x.yaml")
    run = cli("graph", tmp_path / "x.yaml")  # opening it would wait for a writer for ever
    assert run.returncode == 2
    assert "x.yaml: is a named pipe, not a scenario file" in run.stderr


def test_graph_of_a_folder_says_it_is_a_folder(tmp_path):
    run = cli("graph", tmp_path)
    assert run.returncode == 2
    assert "is a folder; graph draws the map of one scenario file" in run.stderr


def test_graph_of_a_missing_file_still_says_no_such_file(tmp_path):
    run = cli("graph", tmp_path / "missing.yaml")
    assert "no such file" in run.stderr and "Traceback" not in run.stderr
