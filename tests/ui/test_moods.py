"""The face follows what the customer says: a node's own mood wins over the trust number."""

import pygame
import pytest

from game.model import format as fmt
from game.model.scenario import Look
from game.ui.widgets import portrait
from game.ui.widgets.customer import FACES, draw_customer, face_for, mood_for
from tests.conftest import FIXTURES
from tests.ui.helpers import open_scenario_by_keys


@pytest.fixture
def faces_drawn(monkeypatch):
    """Every mood the play screen hands to the portrait, in order."""
    drawn = []
    real = portrait.Portrait.draw

    def record(self, surface, rect, look, mood):
        drawn.append(mood)
        real(self, surface, rect, look, mood)

    monkeypatch.setattr(portrait.Portrait, "draw", record)
    return drawn


def open_moods(make_pilot):
    pilot = make_pilot(size=(1280, 720), scenarios=[FIXTURES / "ui" / "moods.yaml"])
    open_scenario_by_keys(pilot, "moods")
    pilot.press(pygame.K_RETURN)
    assert pilot.name == "play"
    return pilot


def test_a_node_mood_wins_over_the_trust_mood(make_pilot, faces_drawn):
    pilot = open_moods(make_pilot)
    pilot.step()
    assert mood_for(95, 15) == "delighted"  # what trust alone would show
    assert faces_drawn[-1] == "sarcastic"


def test_a_node_without_a_mood_shows_the_trust_mood(make_pilot, faces_drawn):
    pilot = open_moods(make_pilot)
    pilot.answer(1)
    pilot.settle()
    assert pilot.scene.session.round.node.id == "printed"
    assert faces_drawn[-1] == face_for(None, pilot.scene.meter.shown, 15)


def test_every_mood_a_node_can_name_has_a_face():
    assert set(fmt.MOODS) <= set(FACES)


@pytest.mark.parametrize("mood", FACES)
def test_every_face_draws_at_1280x720(mood):
    surface = pygame.Surface((1280, 720))
    surface.fill((0, 0, 0))
    portrait = pygame.Rect(60, 100, 330, 420)
    draw_customer(surface, portrait, Look(), mood)
    assert surface.get_at(portrait.center) != (0, 0, 0, 255)  # something was drawn


@pytest.mark.parametrize("trust", range(0, 101, 5))
def test_every_face_trust_alone_gives_is_one_of_the_seven(trust):
    assert face_for(None, trust, 15) in fmt.MOODS
