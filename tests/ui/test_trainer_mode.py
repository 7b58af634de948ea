"""Trainer mode shows F5, reload notices and file paths; learners never see them."""

import json
import os
import shutil
from pathlib import Path

import pygame
import pytest

REPO = Path(__file__).resolve().parents[2]
PENNE = REPO / "scenarios" / "missing-penne.yaml"
BROKEN = REPO / "tests" / "fixtures" / "ui" / "broken.yaml"


@pytest.fixture
def folder(tmp_path):
    scenarios = tmp_path / "scenarios"
    scenarios.mkdir()
    shutil.copy(PENNE, scenarios / "missing-penne.yaml")
    shutil.copy(BROKEN, scenarios / "broken.yaml")
    return scenarios


def drawn(pilot) -> list[str]:
    pilot.app.draw()
    return pilot.texts()


def test_learners_see_no_f5_hint_and_no_trainer_chip(make_pilot, folder):
    pilot = make_pilot(scenarios=[folder])
    pilot.app.switch("select")
    assert "reload files" not in drawn(pilot) and "F5" not in drawn(pilot)
    assert pilot.app.trainer_chip is None


def test_trainer_mode_shows_the_f5_hint_and_a_trainer_mode_chip(make_pilot, folder):
    pilot = make_pilot(scenarios=[folder], trainer=True)
    pilot.app.switch("select")
    assert "reload files" in drawn(pilot)
    chip = pilot.app.trainer_chip
    assert chip is not None and pilot.app.display.surface.get_rect().contains(chip)


def test_f5_reads_no_files_for_learners(make_pilot, folder):
    pilot = make_pilot(scenarios=[folder])
    pilot.press(pygame.K_F5)
    assert not pilot.app.ctx.catalog.loading
    assert not any("Reload" in t or "Reading" in t for t in pilot.app.ctx.toasts.history)


def test_the_settings_file_path_is_shown_only_in_trainer_mode(make_pilot, data_dir):
    learner = make_pilot()
    learner.app.switch("settings")
    assert not any(t.startswith("Settings are saved in") for t in drawn(learner))
    trainer = make_pilot(trainer=True)
    trainer.app.switch("settings")
    assert f"Settings are saved in {data_dir / 'settings.json'}" in drawn(trainer)


def test_the_lrs_command_line_note_is_shown_only_in_trainer_mode(make_pilot):
    learner = make_pilot()
    learner.app.switch("settings")
    assert not any(t.startswith("Learning Record Store:") for t in drawn(learner))
    trainer = make_pilot(trainer=True)
    trainer.app.switch("settings")
    assert any(t.startswith("Learning Record Store:") for t in drawn(trainer))


def test_learners_cannot_open_the_learning_record_store_form(make_pilot):
    learner = make_pilot()
    learner.app.switch("settings")
    assert [b.action for b in learner.app.scene.rows.buttons if b.action == "lrs"] == []
    trainer = make_pilot(trainer=True)
    trainer.app.switch("settings")
    assert "lrs" in [b.action for b in trainer.app.scene.rows.buttons]


def test_a_broken_file_shows_learners_its_name_never_its_folder(make_pilot, folder):
    pilot = make_pilot(scenarios=[folder])
    pilot.click_text("Scenarios")
    assert not any(str(folder) in t for t in drawn(pilot))
    pilot.click_text("broken.yaml")
    texts = drawn(pilot)
    assert pilot.name == "problems" and any(t.startswith("broken.yaml:") for t in texts)
    assert not any(str(folder) in t or "F5" in t for t in texts)


def test_a_broken_file_shows_the_trainer_its_path_and_f5(make_pilot, folder):
    pilot = make_pilot(scenarios=[folder], trainer=True)
    pilot.click_text("Scenarios")
    pilot.click_text("broken.yaml")
    texts = drawn(pilot)
    assert any(t.startswith(str(folder / "broken.yaml")) for t in texts)
    assert "reload after fixing" in texts


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_records_notice_names_the_file_not_its_folder_for_learners(make_pilot, data_dir):
    data_dir.mkdir(parents=True)
    os.mkfifo(data_dir / "records.sqlite3")
    notices = make_pilot().app.ctx.toasts.history
    assert any("The records file records.sqlite3 is a named pipe" in t for t in notices), notices
    assert not any(str(data_dir) in t for t in notices)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_the_trainer_sees_where_the_records_file_is(make_pilot, data_dir):
    data_dir.mkdir(parents=True)
    os.mkfifo(data_dir / "records.sqlite3")
    notices = make_pilot(trainer=True).app.ctx.toasts.history
    assert any(str(data_dir / "records.sqlite3") in t for t in notices), notices


def test_trainer_in_the_settings_file_turns_trainer_mode_on(make_pilot, data_dir):
    data_dir.mkdir(parents=True)
    (data_dir / "settings.json").write_text(json.dumps({"trainer": True}))
    assert make_pilot().app.ctx.trainer


def test_trainer_on_the_command_line_reaches_the_window(monkeypatch):
    import game.ui.app
    from game.cli import main

    seen: dict = {}
    monkeypatch.setattr(game.ui.app, "run_game", lambda **kwargs: seen.update(kwargs) or 0)
    assert main(["--trainer"]) == 0 and seen["trainer"] is True
    assert main([]) == 0 and seen["trainer"] is False
    assert main(["play", str(PENNE), "--trainer"]) == 0 and seen["trainer"] is True
    assert main(["--trainer", "play", str(PENNE)]) == 0 and seen["trainer"] is True
    assert main(["play", str(PENNE)]) == 0 and seen["trainer"] is False


def test_the_error_panel_shows_the_exception_only_in_trainer_mode(make_pilot):
    from game.ui.scenes.handoff import Crash

    for trainer in (False, True):
        pilot = make_pilot(trainer=trainer)
        pilot.app.switch("error", Crash("RuntimeError: kaboom", "title"))
        assert ("RuntimeError: kaboom" in drawn(pilot)) is trainer


def test_learners_see_the_games_own_files_by_name_and_their_handouts_in_full():
    from game.ui.trainer import without_folders

    data, scenarios = Path("/srv/mir/data"), Path("/srv/mir/scenarios")
    folders = [data, scenarios]
    cases = {
        "The records file /srv/mir/data/records.sqlite3 is a named pipe.": (
            "The records file records.sqlite3 is a named pipe."
        ),
        "kept as /srv/mir/data/settings.json.bad)": "kept as settings.json.bad)",
        "/srv/mir/scenarios/broken.yaml:14:15: bad goto": "broken.yaml:14:15: bad goto",
        "The records folder /srv/mir/data cannot be created.": (
            "The records folder data cannot be created."
        ),
        "Room handout saved in /srv/mir/data/handouts": "Room handout saved in /srv/mir/data/handouts",
        "/srv/mir/database.txt": "/srv/mir/database.txt",
    }
    for text, shown in cases.items():
        assert without_folders(text, folders) == shown
