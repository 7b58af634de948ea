"""The room's debrief: the map of the room's path, each rejected answer, and replay in practice."""

import pygame
import pytest

from game.play.workshop.flow import Phase
from game.ui.words import quoted
from tests.ui.workshop.support import (
    SHIFT,
    assert_room_ok,
    key_for,
    number,
    open_room,
    settle,
    ws,
)


def play_to_the_end(pilot, numbers) -> None:
    """Each decision: show the answers, then the facilitator's pick, then move on."""
    room = ws(pilot)
    for n in numbers:
        pilot.press(pygame.K_PAGEDOWN)
        pilot.press(key_for(pilot, n), mod=SHIFT)
        settle(pilot)
        pilot.press(pygame.K_PAGEDOWN)  # the feedback
        pilot.press(pygame.K_PAGEDOWN)
    assert room.phase is Phase.ENDING


def test_the_ending_then_a_debrief_page_for_every_rejected_answer(make_pilot):
    pilot = open_room(make_pilot, "missing-penne")
    play_to_the_end(pilot, (2, 2))  # two lectures: she hangs up
    assert "✗ Joanne Kessler leaves" in pilot.texts()
    assert any(t.startswith("Word of mouth: tells") for t in pilot.texts())
    pilot.press(pygame.K_PAGEDOWN)
    assert pilot.name == "workshop-debrief"
    scene = pilot.scene
    assert len(scene.pages) == 1 + 3 + len(scene.moments[1].rejected)
    assert any(t.startswith("✗ The room lost Joanne Kessler") for t in pilot.texts())
    labels = [t for t in pilot.texts() if " · tells " in t]
    endings = pilot.app.ctx.catalog.find("missing-penne").scenario.endings
    assert len(labels) == len(endings) and any(t.startswith("✓ stays") for t in labels)
    pilot.press(pygame.K_RIGHT)
    first = scene.moments[0].rejected[0]  # the first answer the room passed by, as it saw it
    assert any(f"Answer {first.place} would have been" in t for t in pilot.texts())
    assert quoted(first.say) in pilot.texts()
    pilot.press(pygame.K_DOWN)  # the next decision's first rejected answer
    assert scene.pages[scene.page] == (1, 0)
    pilot.press(pygame.K_UP)
    assert scene.pages[scene.page] == (0, 0)
    pilot.press(pygame.K_LEFT)
    assert scene.page == 0


def open_the_first_what_if(pilot):
    """Play a round to its end, page to the first answer the room passed by, press Enter."""
    play_to_the_end(pilot, (2, 2))
    pilot.press(pygame.K_PAGEDOWN)
    pilot.press(pygame.K_RIGHT)
    first = pilot.scene.moments[0].rejected[0]
    pilot.press(pygame.K_RETURN)
    return first


def test_play_it_out_gives_the_passed_by_answer_on_the_rooms_screen(make_pilot):
    pilot = open_room(make_pilot, "missing-penne")
    first = open_the_first_what_if(pilot)
    assert pilot.name == "workshop-room"
    room = ws(pilot)
    assert [s.number for s in room.round.steps] == [first.number]
    assert room.round.trust == first.step.trust_after
    assert f"What if the room said {first.place}" in pilot.texts()  # the number the room saw


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_play_it_out_uses_the_rooms_type_sizes(make_pilot, size):
    pilot = open_room(make_pilot, "missing-penne", size)
    open_the_first_what_if(pilot)
    settle(pilot)
    assert_room_ok(pilot, "what-if reveal")
    pilot.press(pygame.K_PAGEDOWN)
    assert_room_ok(pilot, "what-if feedback")
    pilot.press(pygame.K_PAGEDOWN)
    if ws(pilot).phase is not Phase.ENDING:
        pilot.press(pygame.K_PAGEDOWN)
        assert_room_ok(pilot, "what-if answers")


def test_esc_from_play_it_out_returns_to_the_debrief_page_it_came_from(make_pilot):
    pilot = open_room(make_pilot, "missing-penne")
    open_the_first_what_if(pilot)
    pilot.press(pygame.K_BACKSPACE)  # try yet another answer at the room's decision
    assert ws(pilot).round.steps == () and ws(pilot).phase is Phase.VOTE
    pilot.press(pygame.K_ESCAPE)
    assert pilot.name == "workshop-debrief" and pilot.scene.page == 1


def test_the_end_of_a_what_if_returns_to_the_debrief_and_records_nothing(make_pilot):
    pilot = open_room(make_pilot, "missing-penne")
    open_the_first_what_if(pilot)
    room = ws(pilot)
    while pilot.name == "workshop-room":
        if room.phase is Phase.ANSWERS:
            pilot.press(number(room.numbers[0]), mod=SHIFT)
        else:
            pilot.press(pygame.K_PAGEDOWN)
    assert pilot.name == "workshop-debrief" and pilot.scene.page == 1
    rounds = pilot.app.ctx.records.store.rounds("Workshop room")
    assert len(rounds) == 1  # the room's own round; the what-if is not a round of the room


def test_r_runs_the_scenario_again_with_the_room(make_pilot):
    pilot = open_room(make_pilot, "missing-penne")
    play_to_the_end(pilot, (2, 2))
    pilot.press(pygame.K_PAGEDOWN)
    pilot.press(pygame.K_r)
    assert pilot.name == "workshop-room" and ws(pilot).phase is Phase.LINE
    assert not ws(pilot).round.steps


def test_the_debrief_waits_for_a_round(make_pilot):
    pilot = make_pilot(workshop=True)
    pilot.press(pygame.K_d)
    assert pilot.name == "workshop"
    assert any("no room debrief yet" in t for t in pilot.app.ctx.toasts.history)


def test_a_finished_room_round_is_recorded_once_in_workshop_mode(make_pilot):
    pilot = open_room(make_pilot, "missing-penne")
    play_to_the_end(pilot, (2, 2))
    pilot.press(pygame.K_PAGEDOWN)
    assert pilot.name == "workshop-debrief"
    pilot.press(pygame.K_r)  # again: the first round stays recorded once
    pilot.press(pygame.K_ESCAPE)
    pilot.press(pygame.K_ESCAPE)
    rounds = pilot.app.ctx.records.store.rounds("Workshop room")
    assert [(r.mode, r.outcome, r.scenario_id) for r in rounds] == [
        ("workshop", "leave", "missing-penne")
    ]


def test_the_recorded_round_keeps_how_the_room_voted(make_pilot):
    pilot = open_room(make_pilot, "missing-penne")
    room = ws(pilot)
    pilot.press(pygame.K_PAGEDOWN)
    for _ in range(3):
        pilot.press(key_for(pilot, 2))
    pilot.press(key_for(pilot, 1))
    pilot.press(pygame.K_PAGEDOWN)  # the room's answer: file answer 2, a lecture
    settle(pilot)
    pilot.press(pygame.K_PAGEDOWN)
    pilot.press(pygame.K_PAGEDOWN)
    pilot.press(pygame.K_PAGEDOWN)
    pilot.press(key_for(pilot, 2), mod=SHIFT)
    settle(pilot)
    pilot.press(pygame.K_PAGEDOWN)
    pilot.press(pygame.K_PAGEDOWN)
    assert room.phase is Phase.ENDING
    pilot.press(pygame.K_PAGEDOWN)
    (record,) = pilot.app.ctx.records.store.rounds("Workshop room")
    first, second = record.room
    assert first.total == 4 and not first.override and first.chosen == room.decisions[0].number
    assert second.override and second.total == 0
