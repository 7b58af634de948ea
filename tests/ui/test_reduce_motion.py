"""Reduce motion: every tween and reveal is gone; things are simply where they end up."""

import json

import pygame

from tests.ui.staging import FIRST_LINE, drawn_line, in_channel, play

STILL = {"reduce_motion": True}


def test_reduce_motion_puts_the_meter_at_its_new_value_at_once(make_pilot, tmp_path):
    pilot = play(make_pilot, in_channel(tmp_path, "counter"), settings=STILL)
    pilot.answer(2)  # trust -30
    assert pilot.scene.meter.shown == pilot.session.round.trust
    assert not pilot.scene.meter.gliding


def test_reduce_motion_shows_the_line_whole_even_with_the_reveal_on(make_pilot, tmp_path):
    pilot = play(make_pilot, in_channel(tmp_path, "counter"), reveal=True, settings=STILL)
    assert drawn_line(pilot) == FIRST_LINE
    assert not pilot.scene.reveal.moving


def test_reduce_motion_leaves_out_the_typing_dots(make_pilot, tmp_path):
    pilot = play(make_pilot, in_channel(tmp_path, "chat"), reveal=True, settings=STILL)
    assert not any("is typing" in text for text in pilot.texts())
    assert drawn_line(pilot) == FIRST_LINE


def test_reduce_motion_holds_the_trust_popup_still(make_pilot, tmp_path):
    pilot = play(make_pilot, in_channel(tmp_path, "counter"), settings=STILL)
    pilot.answer(2)
    first = pilot.box("▼ −30").rect
    pilot.step(10)
    assert pilot.box("▼ −30").rect == first


def test_reduce_motion_is_a_setting_that_is_saved(pilot, data_dir):
    pilot.app.switch("settings")
    pilot.step()
    assert "Reduce motion" in pilot.texts()
    pilot.click_text("Reduce motion")
    assert pilot.app.ctx.settings.reduce_motion
    assert json.loads((data_dir / "settings.json").read_text())["reduce_motion"] is True


def test_the_text_reveal_is_a_setting_that_is_saved(pilot, data_dir):
    pilot.app.switch("settings")
    pilot.step()
    was = pilot.app.ctx.settings.text_reveal
    pilot.click_text("Reveal the customer's words")
    assert pilot.app.ctx.settings.text_reveal is not was
    saved = json.loads((data_dir / "settings.json").read_text())
    assert saved["text_reveal"] is (not was)
    pilot.press(pygame.K_ESCAPE)
