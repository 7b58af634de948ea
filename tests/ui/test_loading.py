"""The window reads the scenario files and opens the records off its frame loop."""

import os
import shutil
import time
from pathlib import Path

import pygame
import pytest

from game.ui.app import App

REPO = Path(__file__).resolve().parents[2]
PENNE = REPO / "scenarios" / "missing-penne.yaml"
HANG = 20.0  # seconds: far beyond any load here; only a frozen loop gets near it

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")


@pytest.fixture
def folder(tmp_path):
    scenarios = tmp_path / "scenarios"
    scenarios.mkdir()
    shutil.copy(PENNE, scenarios / "missing-penne.yaml")
    return scenarios


def frames_until(app: App, done) -> int:
    """Step the real loop (events from the queue) until `done()`; the number of frames run."""
    frames, deadline = 0, time.monotonic() + HANG
    while not done():
        assert time.monotonic() < deadline, "the window stopped answering"
        app.step(None, 1 / 60)
        frames += 1
        time.sleep(0.002)
    return frames


@pytest.fixture
def app_for(data_dir):
    opened = []

    def make(**kwargs):
        app = App(size=(1280, 720), **kwargs)
        app.reraise = True
        opened.append(app)
        return app

    yield make
    for app in opened:
        app.close()


def test_a_named_pipe_called_x_yaml_never_freezes_the_window(app_for, folder):
    os.mkfifo(folder / "x.yaml")
    app = app_for(scenarios=[folder])
    frames_until(app, lambda: app.ctx.catalog.loaded)  # the loop took the files in itself
    entry = app.ctx.catalog.find(str(folder / "x.yaml"))
    assert entry is not None and not entry.playable
    assert any("named pipe" in d.message for d in entry.diagnostics)
    assert app.ctx.catalog.find("missing-penne").playable


def test_a_records_file_that_is_a_named_pipe_never_freezes_the_window(app_for, data_dir):
    data_dir.mkdir(parents=True)
    os.mkfifo(data_dir / "records.sqlite3")
    app = app_for()
    frames_until(app, lambda: app.ctx.records.opened)
    notices = app.ctx.toasts.history
    assert any("named pipe" in t and "kept in memory" in t for t in notices), notices


def test_the_select_screen_says_loading_until_the_files_arrive(app_for, folder):
    app = app_for(scenarios=[folder])
    app.step([])  # the first frame: the title
    app.step([])  # idle: the files start loading on their thread
    assert app.ctx.catalog.loading and not app.ctx.catalog.entries
    app.switch("select")
    app.draw()
    texts = [box.text for box in app.scene.boxes]
    assert "Loading scenarios…" in texts and not any("No scenario files" in t for t in texts)
    app.finish_loading()
    app.draw()
    texts = [box.text for box in app.scene.boxes]
    assert "Loading scenarios…" not in texts and "The Missing Penne" in texts


def test_the_files_arrive_by_an_event_the_loop_takes_in(app_for, folder):
    app = app_for(scenarios=[folder])
    app.step([])
    app.step([])
    assert app.ctx.catalog.loading
    app.ctx.catalog._job.wait(HANG)  # the worker is done; nothing is taken in until the loop runs
    assert not app.ctx.catalog.loaded
    app.step(None)
    assert app.ctx.catalog.loaded and not app.ctx.catalog.loading


def test_f5_in_trainer_mode_reads_the_files_off_the_loop(make_pilot, folder):
    pilot = make_pilot(scenarios=[folder], trainer=True)
    pilot.press(pygame.K_F5)
    assert "Reading the scenario files…" in pilot.app.ctx.toasts.history
    frames_until(pilot.app, lambda: not pilot.app.ctx.catalog.loading)
    assert any(t.startswith("Reloaded: 1 scenario ready") for t in pilot.app.ctx.toasts.history)


def test_a_play_file_opens_once_it_has_been_read(app_for):
    app = app_for(play_file=str(PENNE))
    app.step([])
    assert app.scene.name == "title" and app.ctx.catalog.loading
    frames_until(app, lambda: app.ctx.catalog.loaded)
    assert app.scene.name == "play" and app.ctx.session.scenario.id == "missing-penne"


def test_a_loader_that_fails_on_its_thread_is_a_notice_not_a_crash(app_for, folder, monkeypatch):
    import game.play.catalog

    def broken(paths):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(game.play.catalog, "read_library", broken)
    app = app_for(scenarios=[folder])
    app.finish_loading()
    assert app.ctx.catalog.loaded and app.crashes == 0
    assert "The scenario files could not be read (RecursionError)." in app.ctx.toasts.history
