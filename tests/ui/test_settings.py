"""Settings and the player's name persist as JSON; a corrupted file never crashes the game."""

import json

import pygame

from game.play.settings import SettingsStore
from tests.ui.pilot import Pilot


def test_name_and_settings_are_remembered_for_next_time(data_dir):
    first = Pilot.open()
    first.press(pygame.K_RETURN)
    first.type("Dana ")
    first.type("Lee")
    first.press(pygame.K_RETURN)
    first.press(pygame.K_ESCAPE)
    first.press(pygame.K_DOWN)
    first.press(pygame.K_DOWN)
    first.press(pygame.K_RETURN)
    assert first.name == "settings"
    first.press(pygame.K_DOWN)
    first.press(pygame.K_RETURN)  # colors: warm -> high contrast
    first.press(pygame.K_DOWN)
    first.press(pygame.K_RIGHT)  # text size: normal -> large
    first.close()
    saved = json.loads((data_dir / "settings.json").read_text())
    assert saved["player"] == "Dana Lee"
    assert saved["theme"] == "contrast" and saved["text_size"] == "large"
    second = Pilot.open()
    try:
        assert second.app.ctx.settings.player == "Dana Lee"
        assert second.app.ctx.theme.name == "contrast"
        assert second.app.metrics.text_scale > 1
        second.press(pygame.K_RETURN)
        assert second.scene.field.value == "Dana Lee"
    finally:
        second.close()


def test_guest_is_allowed(pilot):
    pilot.press(pygame.K_RETURN)
    pilot.click_text("Play as Guest")
    assert pilot.name == "select"
    assert pilot.app.ctx.settings.player_name == "Guest"


def test_typing_m_in_the_name_field_types_it_and_does_not_mute(pilot):
    pilot.press(pygame.K_RETURN)
    pilot.press(pygame.K_m)
    pilot.type("m")
    assert pilot.scene.field.value == "m"
    assert pilot.app.ctx.settings.sound


def test_m_mutes_and_unmutes_and_is_saved(pilot, data_dir):
    sound = pilot.app.ctx.sound
    pilot.press(pygame.K_m)
    assert not sound.enabled and not pilot.app.ctx.settings.sound
    assert json.loads((data_dir / "settings.json").read_text())["sound"] is False
    played = len(sound.played)
    pilot.press(pygame.K_DOWN)
    pilot.press(pygame.K_RETURN)  # a click cue while muted: nothing plays
    assert len(sound.played) == played
    pilot.press(pygame.K_m)
    assert sound.enabled


def test_a_corrupted_settings_file_is_set_aside_and_reported_once(data_dir):
    data_dir.mkdir(parents=True)
    (data_dir / "settings.json").write_text("{ not json", encoding="utf-8")
    pilot = Pilot.open()
    try:
        notices = [t for t in pilot.app.ctx.toasts.history if "could not be read" in t]
        assert len(notices) == 1
        assert (data_dir / "settings.json.bad").read_text() == "{ not json"
        assert pilot.app.ctx.settings.theme == "warm"
    finally:
        pilot.close()
    assert json.loads((data_dir / "settings.json").read_text())["theme"] == "warm"


def test_wrong_values_fall_back_to_defaults_field_by_field(data_dir):
    data_dir.mkdir(parents=True)
    data = {
        "player": 42,
        "theme": "neon",
        "text_size": "large",
        "window": [10, 10],
        "completed": [],
    }
    (data_dir / "settings.json").write_text(json.dumps(data), encoding="utf-8")
    store = SettingsStore()
    settings = store.load()
    assert (settings.player, settings.theme, settings.text_size) == ("", "warm", "large")
    assert settings.window == (1280, 720) and settings.completed == {}
    assert store.notice == ""


def test_new_player_clears_the_last_name_and_starts_at_the_tutorial(pilot):
    pilot.app.ctx.settings.player = "Previous Person"
    pilot.app.ctx.selected = "missing-penne"
    pilot.press(pygame.K_RETURN)  # Start: the name screen, with the last name filled in
    assert pilot.scene.field.value == "Previous Person"
    pilot.click_text("New player")
    assert pilot.scene.field.value == ""
    pilot.type("Ana")
    pilot.press(pygame.K_RETURN)
    assert pilot.name == "select" and pilot.scene.entries[pilot.scene.selected].key == "first-shift"


def test_the_name_field_takes_forty_characters_and_says_so(pilot):
    pilot.press(pygame.K_RETURN)
    pilot.press(pygame.K_BACKSPACE, mod=pygame.KMOD_CTRL)
    pilot.type("x" * 50)
    assert len(pilot.scene.field.value) == 40
    assert "40 / 40 characters" in pilot.texts()
