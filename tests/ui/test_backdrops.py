"""Each scenario `setting` is drawn as its own place behind the customer."""

import itertools

import pygame
import pytest

from game.model import format as fmt
from game.ui.theme import HIGH_CONTRAST, WARM
from game.ui.widgets.backdrops import BACKDROPS, Backdrops
from tests.ui.staging import in_channel, play


def picture(setting, theme=WARM):
    surface = pygame.Surface((300, 360))
    Backdrops().draw(surface, surface.get_rect(), setting, theme, 14)
    return pygame.image.tobytes(surface, "RGB")


def test_every_setting_of_the_format_has_a_backdrop():
    assert set(BACKDROPS) == set(fmt.SETTINGS)


@pytest.mark.parametrize("theme", [WARM, HIGH_CONTRAST], ids=lambda t: t.name)
def test_no_two_settings_look_the_same(theme):
    for a, b in itertools.combinations(fmt.SETTINGS, 2):
        assert picture(a, theme) != picture(b, theme), f"{a} and {b} look the same"


def test_the_scenarios_setting_is_what_the_play_screen_draws(make_pilot, tmp_path):
    pilot = play(make_pilot, in_channel(tmp_path, "counter", setting="outdoors"))
    frame = pilot.scene.at.portrait
    sky = pilot.app.display.surface.get_at((frame.x + 20, frame.y + 20))[:3]
    pilot = play(make_pilot, in_channel(tmp_path, "counter", setting="office"))
    wall = pilot.app.display.surface.get_at((frame.x + 20, frame.y + 20))[:3]
    assert sky != wall
