"""A settings file that is a pipe, huge or nested too deep: set aside with a notice, never a hang."""

import os

import pytest

from game.play.settings import FILE_NAME, MAX_BYTES, Settings, SettingsStore


def store_with(tmp_path, data: bytes) -> SettingsStore:
    (tmp_path / FILE_NAME).write_bytes(data)
    return SettingsStore(tmp_path)


def test_json_nested_a_hundred_thousand_deep_is_set_aside(tmp_path):
    store = store_with(tmp_path, b"[" * 100_000)
    assert store.load() == Settings()
    assert "could not be read" in store.notice
    assert (tmp_path / (FILE_NAME + ".bad")).exists()


def test_a_settings_file_larger_than_any_settings_is_set_aside(tmp_path):
    store = store_with(tmp_path, b" " * (MAX_BYTES + 1) + b"{}")
    assert store.load() == Settings()
    assert store.notice


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_settings_file_that_is_a_pipe_is_not_opened_and_is_set_aside(tmp_path):
    os.mkfifo(tmp_path / FILE_NAME)
    store = SettingsStore(tmp_path)
    assert store.load() == Settings()  # would block for ever if opened
    assert store.notice
    assert not (tmp_path / FILE_NAME).exists()
