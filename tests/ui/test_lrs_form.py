"""Settings › Learning Record Store (trainer mode): an IT admin types the endpoint, key and secret once."""

import json
import os
import stat

import pygame

from tests.ui.helpers import assert_layout


def open_form(pilot):
    pilot.app.ctx.trainer = True  # the form is a trainer's (or IT's), not a learner's
    pilot.app.switch("settings")
    pilot.step()
    pilot.click_text("Learning Record Store")
    assert pilot.name == "lrs"


def type_in(pilot, text):
    pilot.post(pygame.event.Event(pygame.TEXTINPUT, text=text))


def test_the_three_values_are_saved_for_this_user_only_and_the_secret_is_never_drawn(pilot):
    open_form(pilot)
    type_in(pilot, "https://lrs.example.org/xAPI/")
    pilot.press(pygame.K_TAB)
    type_in(pilot, "trainer-key")
    pilot.press(pygame.K_TAB)
    type_in(pilot, "s3cret-value")
    assert not any("s3cret" in t for t in pilot.texts())
    pilot.press(pygame.K_RETURN)
    path = pilot.app.ctx.store.folder / "lrs.json"
    saved = json.loads(path.read_text())
    assert saved["endpoint"] == "https://lrs.example.org/xAPI/" and saved["key"] == "trainer-key"
    assert saved["secret"] == "s3cret-value"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert any(t.startswith("Saved.") for t in pilot.texts())


def test_a_wrong_address_is_explained_and_nothing_is_saved(pilot):
    open_form(pilot)
    type_in(pilot, "lrs.example.org")
    pilot.press(pygame.K_RETURN)
    assert any("must start with https://" in t for t in pilot.texts())
    assert not (pilot.app.ctx.store.folder / "lrs.json").exists()


def test_the_form_fits_at_projector_and_laptop_sizes(make_pilot):
    for size in ((1280, 720), (1920, 1080)):
        pilot = make_pilot(size=size)
        open_form(pilot)
        assert_layout(pilot)
