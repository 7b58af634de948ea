"""The play screen's top bar says where the conversation happens, without overlapping."""

import pygame
import pytest

from game.model import format as fmt
from game.ui.scenes.play_parts import CHANNEL_LABELS
from tests.conftest import FIXTURES
from tests.ui.helpers import assert_layout, open_scenario_by_keys

SIZES = [(1280, 720), (1920, 1080), (1024, 768)]


def open_play(make_pilot, size, path, scenario_id):
    pilot = make_pilot(size=size, scenarios=[path])
    open_scenario_by_keys(pilot, scenario_id)
    pilot.press(pygame.K_RETURN)
    assert pilot.name == "play"
    return pilot


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_channel_chip_shows_where_the_player_is(make_pilot, size):
    pilot = open_play(make_pilot, size, FIXTURES / "ui" / "moods.yaml", "moods")
    assert "Live chat" in pilot.texts()
    box = pilot.box("Live chat")
    assert pilot.scene.at.bar.contains(box.rect)
    assert_layout(pilot)


def test_a_long_title_leaves_room_for_the_channel_chip(make_pilot):
    pilot = open_play(make_pilot, (1280, 720), FIXTURES / "ui" / "long-lines.yaml", "long-lines")
    assert "At the counter" in pilot.texts()  # no channel: the default
    assert_layout(pilot)


def test_every_channel_has_a_label():
    assert set(CHANNEL_LABELS) == set(fmt.CHANNELS)
