"""The room's debrief: the map of the room's path, each rejected answer, and replay in practice."""

import pygame

from game.play.workshop.flow import Phase
from game.ui.words import quoted
from tests.ui.workshop.support import SHIFT, key_for, open_room, settle, ws


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


def test_play_a_rejected_answer_out_in_practice_then_come_back(make_pilot):
    pilot = open_room(make_pilot, "missing-penne")
    play_to_the_end(pilot, (2, 2))
    pilot.press(pygame.K_PAGEDOWN)
    pilot.press(pygame.K_RIGHT)
    first = pilot.scene.moments[0].rejected[0]
    pilot.press(pygame.K_RETURN)
    assert pilot.name == "play" and pilot.session.practice
    round_ = pilot.session.round
    assert [s.number for s in round_.steps] == [first.number]
    assert round_.trust == first.step.trust_after
    assert any(t.startswith("Your last answer") for t in pilot.texts())  # the feedback strip
    pilot.press(pygame.K_BACKSPACE)  # try yet another answer at the room's decision
    assert round_.steps == () and round_.node.id == "call"
    pilot.press(pygame.K_ESCAPE)
    pilot.press(pygame.K_y)
    pilot.press(pygame.K_ESCAPE)
    assert pilot.name == "title"
    actions = [b.action for b in pilot.scene.menu.buttons]
    for _ in range(actions.index("workshop")):
        pilot.press(pygame.K_DOWN)
    pilot.press(pygame.K_RETURN)
    pilot.press(pygame.K_d)
    assert pilot.name == "workshop-debrief" and pilot.scene.page == 1  # where the room left it


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
