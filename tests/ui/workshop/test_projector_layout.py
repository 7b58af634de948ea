"""The projector rule at 1024×768, 1920×1080 and 3840×2160: every word the room sees is at least
1/25 of the screen height, never cut short, inside its panel and clear of every other word."""

import pygame
import pytest

from game.engine.analysis import analyse
from game.play.workshop.flow import Phase
from tests.ui.workshop.support import (
    SHIFT,
    assert_room_ok,
    key_for,
    number,
    open_room,
    settle,
    ws,
)

SIZES = [(1024, 768), (1920, 1080), (3840, 2160)]
# The most answers (six), the longest answers, and the longest lines and endings.
SCENARIOS = ["seven-answers", "service-outage", "unready-dry-cleaning"]


def walk_a_round(pilot) -> None:
    """Play the best path, checking the room's screen at every step of every decision."""
    room = ws(pilot)
    best = analyse(room.scenario).best.witness
    for i, n in enumerate(best):
        assert_room_ok(pilot, f"line {i + 1}")
        pilot.press(pygame.K_PAGEDOWN)
        assert_room_ok(pilot, f"answers {i + 1}")
        for option in room.offered():
            pilot.press(number(option.number))
        pilot.press(key_for(pilot, n))
        assert_room_ok(pilot, f"vote {i + 1}")
        if i == 0:
            pilot.press(pygame.K_MINUS)  # a tie between every answer: the banner shows
            pilot.press(pygame.K_PAGEDOWN)
            assert room.pick is not None
            assert_room_ok(pilot, "tie")
            pilot.press(pygame.K_n)
            assert_room_ok(pilot, "notes")
            pilot.press(pygame.K_n)
            pilot.press(pygame.K_n, mod=SHIFT)
            assert_room_ok(pilot, "notes with effects")
            pilot.press(pygame.K_n)
        pilot.press(key_for(pilot, n), mod=SHIFT)
        settle(pilot)
        assert_room_ok(pilot, f"reveal {i + 1}")
        pilot.press(pygame.K_PAGEDOWN)
        assert_room_ok(pilot, f"feedback {i + 1}")
        pilot.press(pygame.K_PAGEDOWN)
    assert room.phase is Phase.ENDING
    assert_room_ok(pilot, "ending")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("scenario", SCENARIOS)
def test_the_room_can_read_every_word(make_pilot, size, scenario):
    pilot = open_room(make_pilot, scenario, size)
    assert pilot.app.display.surface.get_size() == size
    walk_a_round(pilot)
    pilot.press(pygame.K_PAGEDOWN)
    assert pilot.name == "workshop-debrief"
    for page in range(len(pilot.scene.pages)):
        assert_room_ok(pilot, f"debrief page {page + 1}")
        pilot.press(pygame.K_PAGEDOWN)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_set_up_screen_and_the_question_follow_the_rule_too(make_pilot, size):
    pilot = open_room(make_pilot, "missing-penne", size)
    pilot.press(pygame.K_ESCAPE)
    assert_room_ok(pilot, "leave?")
    pilot.press(pygame.K_l)
    assert pilot.name == "workshop"
    assert_room_ok(pilot, "set-up")
