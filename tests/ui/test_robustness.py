"""Never crash in front of a room: broken files, reloads, missing fonts and sound, odd errors."""

import shutil
import subprocess
import sys

import pygame
import pytest

from game.engine.rules import at_node
from game.io.library import load_library
from game.ui.fonts import FontBook
from game.ui.sound import Sound
from tests.conftest import FIXTURES, REPO
from tests.ui.helpers import assert_layout

BROKEN = FIXTURES / "ui" / "broken.yaml"
PENNE = REPO / "scenarios" / "missing-penne.yaml"


@pytest.fixture
def folder(tmp_path):
    scenarios = tmp_path / "scenarios"
    scenarios.mkdir()
    shutil.copy(PENNE, scenarios / "missing-penne.yaml")
    shutil.copy(BROKEN, scenarios / "broken.yaml")
    return scenarios


def test_a_broken_file_gets_a_badge_and_shows_its_diagnostics(make_pilot, folder):
    pilot = make_pilot(scenarios=[folder])
    pilot.click_text("Scenarios")
    assert any(t.startswith("⚠ 1 error") for t in pilot.texts())
    assert_layout(pilot)
    pilot.click_text("broken.yaml")
    assert pilot.name == "problems"
    assert any(t.endswith("broken.yaml:14:15") for t in pilot.texts())
    assert any("nowhere-at-all" in t and "[E120]" in t for t in pilot.texts())
    assert_layout(pilot)
    pilot.press(pygame.K_ESCAPE)
    assert pilot.name == "select"


def test_f5_reload_keeps_the_last_good_version_in_play(make_pilot, folder):
    pilot = make_pilot(scenarios=[folder], trainer=True)
    pilot.click_text("Scenarios")
    pilot.click_text("The Missing Penne")
    pilot.press(pygame.K_1)
    pilot.answer(1)
    playing = pilot.session.scenario
    path = folder / "missing-penne.yaml"
    path.write_text(path.read_text().replace("goto: options", "goto: optoins", 1))
    pilot.press(pygame.K_F5)
    pilot.app.finish_loading()
    assert pilot.name == "play" and pilot.session.scenario is playing
    assert any("last good version" in t for t in pilot.app.ctx.toasts.history)
    pilot.answer(1)  # the round goes on
    assert len(pilot.session.round.steps) == 2
    pilot.press(pygame.K_ESCAPE)
    pilot.press(pygame.K_y)
    entry = pilot.app.ctx.catalog.find("missing-penne")
    assert entry.stale and entry.errors and entry.scenario is playing
    assert any("last good version" in t for t in pilot.texts())
    pilot.click_text("The Missing Penne")
    assert pilot.name == "briefing"  # still playable
    pilot.press(pygame.K_d)
    assert pilot.name == "problems"
    assert any("optoins" in t for t in pilot.texts())
    pilot.press(pygame.K_ESCAPE)
    assert pilot.name == "briefing"


def test_f5_reads_files_the_same_way_as_the_command_line(make_pilot, folder):
    pilot = make_pilot(scenarios=[folder])
    library = load_library([folder])
    assert [e.path for e in pilot.app.ctx.catalog.entries] == [str(r.path) for r in library.results]


def test_an_unexpected_exception_shows_the_error_panel_and_returns_to_the_title(
    pilot, capsys, monkeypatch
):
    def boom(*args):
        raise RuntimeError("kaboom")

    monkeypatch.setattr(pilot.scene, "handle_event", boom)
    with pilot.expecting_a_crash():
        pilot.press(pygame.K_DOWN)
    assert pilot.name == "error" and pilot.app.running
    assert "kaboom" in capsys.readouterr().err
    assert "Sorry — something went wrong" in pilot.texts()
    monkeypatch.undo()
    pilot.press(pygame.K_RETURN)
    assert pilot.name == "title"


def test_a_failing_draw_is_caught_too(pilot, monkeypatch):
    monkeypatch.setattr(pilot.scene, "paint", lambda painter: 1 / 0)
    with pilot.expecting_a_crash():
        pilot.app.draw()
    assert pilot.name == "error"


def test_under_the_pilot_a_failing_scene_fails_the_test(pilot, monkeypatch):
    monkeypatch.setattr(pilot.scene, "paint", lambda painter: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        pilot.app.draw()
    assert pilot.name == "error"  # the player would still have seen the error panel


def test_expecting_a_crash_fails_when_nothing_fails(pilot):
    with pytest.raises(AssertionError, match="no scene failed"), pilot.expecting_a_crash():
        pilot.press(pygame.K_DOWN)


def test_a_missing_font_falls_back_to_the_default_and_says_so_once(tmp_path):
    pygame.font.init()
    book = FontBook(folder=tmp_path)
    assert book.get(20).size("Hello")[0] > 0
    assert book.get(30, bold=True)
    assert "missing" in book.notice
    assert book.render("Café “quoted”", 18, (0, 0, 0)).get_width() > 0


def test_no_sound_device_means_silence_not_a_crash(monkeypatch):
    def no_device(*args, **kwargs):
        raise pygame.error("ALSA: Couldn't open audio device")

    monkeypatch.setattr(pygame.mixer, "get_init", lambda: None)
    monkeypatch.setattr(pygame.mixer, "init", no_device)
    sound = Sound()
    sound.start()
    assert not sound.available and "No sound device" in sound.notice
    sound.play("good")  # nothing happens, nothing breaks


def test_f11_never_crashes_even_where_full_screen_is_refused(pilot):
    pilot.press(pygame.K_F11)
    pilot.press(pygame.K_F11)
    assert pilot.app.crashes == 0 and pilot.app.running


def test_files_and_sound_load_after_the_first_frame_not_before_it(data_dir):
    from game.ui.app import App

    app = App(size=(1280, 720))
    try:
        assert not app.ctx.catalog.loaded and not app.ctx.sound.started
        assert app.step([]) is True  # the title is on screen first
        app.step([])
        app.step([])
        assert app.ctx.catalog.loading and app.ctx.sound.started  # the files: on their thread
        app.finish_loading()
        assert app.ctx.catalog.loaded
        assert app.crashes == 0
    finally:
        app.close()


def test_idle_means_idle_no_redraw_and_a_low_frame_rate(pilot):
    pilot.app.ctx.toasts.items.clear()
    pilot.step()
    assert not pilot.app.animating
    assert pilot.app.step([]) is False  # nothing changed: nothing drawn
    pilot.press(pygame.K_DOWN)
    assert pilot.app.step([]) is False


def test_play_file_with_a_start_state_opens_straight_into_the_round(make_pilot):
    scenario = load_library([PENNE]).scenarios[0]
    state = at_node(scenario, "delivery", 70, frozenset({"apologized"}))
    pilot = make_pilot(play_file=str(PENNE), start_state=state)
    assert pilot.name == "play"
    assert pilot.session.round.node.id == "delivery" and pilot.session.practice
    assert pilot.session.round.node.is_narration
    assert "NARRATOR" in pilot.texts()
    assert_layout(pilot)


def test_workshop_mode_opens_on_the_workshop_screen(make_pilot):
    pilot = make_pilot(workshop=True)
    assert pilot.name == "workshop"
    assert not any("coming soon" in t for t in pilot.app.ctx.toasts.history)


def test_importing_every_ui_module_opens_no_window_and_loads_no_font():
    code = (
        "import pkgutil, importlib, pygame, game.ui\n"
        "names = [m.name for m in pkgutil.walk_packages(game.ui.__path__, 'game.ui.')]\n"
        "for name in names: importlib.import_module(name)\n"
        "assert not pygame.display.get_init(), 'display'\n"
        "assert not pygame.font.get_init(), 'font'\n"
        "print(len(names))"
    )
    run = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    count = len([p for p in (REPO / "game" / "ui").rglob("*.py") if p.name != "__init__.py"])
    assert int(run.stdout.split()[-1]) >= count  # every module, not a sample
