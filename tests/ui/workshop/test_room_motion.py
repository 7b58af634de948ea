"""The projector's trust meter glides like the play screen's, and honours Reduce motion too."""

import pygame

from game.play.workshop.flow import Phase
from tests.ui.workshop.support import number, open_room, ws


def decide(pilot) -> None:
    """Show the answers, one hand for file answer 2 (a lecture, trust −25), reveal it."""
    pilot.press(pygame.K_PAGEDOWN)
    pilot.press(number(2))
    pilot.press(pygame.K_PAGEDOWN)
    assert ws(pilot).phase is Phase.REVEAL


def test_the_room_meter_glides_to_the_new_trust(make_pilot):
    pilot = open_room(make_pilot, "missing-penne")
    decide(pilot)
    assert pilot.scene.meter.gliding
    assert pilot.scene.meter.shown != ws(pilot).last.trust_after


def test_with_reduce_motion_the_room_meter_jumps_to_the_new_trust(make_pilot):
    pilot = open_room(make_pilot, "missing-penne", reduce_motion=True)
    decide(pilot)
    assert not pilot.scene.meter.gliding
    assert pilot.scene.meter.shown == ws(pilot).last.trust_after


def test_with_reduce_motion_taking_an_answer_back_jumps_the_meter_back(make_pilot):
    pilot = open_room(make_pilot, "missing-penne", reduce_motion=True)
    decide(pilot)
    before = ws(pilot).last.trust_before
    pilot.press(pygame.K_BACKSPACE)
    assert not ws(pilot).round.steps  # the answer is taken back
    assert not pilot.scene.meter.gliding
    assert pilot.scene.meter.shown == before
