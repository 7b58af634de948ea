"""A node's own `prompt` is the room's discussion question in the reveal, not the generic one."""

import pygame

from game.ui.workshop.reveal_view import discussion_prompt
from tests.conftest import FIXTURES
from tests.ui.workshop.support import SHIFT, key_for, settle, ws

QUESTION = "What is Dana really asking for under the sarcasm?"


def open_moods_room(make_pilot):
    pilot = make_pilot(workshop=True, size=(1280, 720), scenarios=[FIXTURES / "ui" / "moods.yaml"])
    pilot.step(2)
    pilot.resize((1280, 720))
    pilot.press(pygame.K_RETURN)
    assert pilot.name == "workshop-room"
    return pilot


def test_the_reveal_asks_the_node_prompt(make_pilot):
    pilot = open_moods_room(make_pilot)
    pilot.press(pygame.K_PAGEDOWN)
    pilot.press(key_for(pilot, 1), mod=SHIFT)  # the facilitator picks file answer 1
    settle(pilot)
    assert ws(pilot).last.node == "thanks"
    texts = pilot.texts()
    assert QUESTION in texts
    assert not any(t.startswith("Talk about it") for t in texts)


def test_a_node_prompt_replaces_the_generic_question():
    assert discussion_prompt(+10, QUESTION) == QUESTION
    assert discussion_prompt(+10) == "Talk about it: why did that help?"
