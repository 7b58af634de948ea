"""Full rounds of shipped scenarios to the debrief, by keyboard alone and by mouse alone."""

import pygame
import pytest

from tests.ui.helpers import assert_layout, open_scenario_by_keys, witness
from tests.ui.pilot import QUIET_FRAMES


def test_keyboard_alone_plays_missing_penne_to_a_stay_and_the_debrief(pilot):
    pilot.press(pygame.K_RETURN)  # Start
    assert pilot.name == "name"
    pilot.type("Ana")
    pilot.press(pygame.K_RETURN)
    assert pilot.name == "select"
    assert pilot.app.ctx.settings.player == "Ana"
    pilot.press(pygame.K_ESCAPE)
    open_scenario_by_keys(pilot, "missing-penne")
    pilot.press(pygame.K_1)  # Practice
    assert pilot.name == "play" and pilot.session.practice
    for number in witness(pilot, "missing-penne", "back-on-fridays"):
        assert_layout(pilot)
        pilot.answer(number)
        pilot.settle()
    pilot.to_ending()
    assert pilot.name == "ending"
    assert pilot.session.round.ending.id == "back-on-fridays"
    assert "✓ Joanne Kessler stays" in pilot.texts()
    assert_layout(pilot)
    pilot.press(pygame.K_RETURN)
    assert pilot.name == "debrief"
    assert_layout(pilot)
    pilot.press(pygame.K_END)
    assert pilot.scene.scroller.offset == pilot.scene.scroller.limit > 0
    assert any(t.startswith("✓ The customer stayed") for t in pilot.texts())
    pilot.press(pygame.K_RETURN)
    assert pilot.name == "select"


def test_mouse_alone_plays_missing_penne_to_a_leave_ending(pilot):
    pilot.click_text("Scenarios")
    assert pilot.name == "select"
    pilot.wheel_to_text("The Missing Penne")
    pilot.click_text("The Missing Penne")
    assert pilot.name == "briefing"
    pilot.click_text("Assessment")
    assert pilot.name == "play" and not pilot.session.practice
    for number in witness(pilot, "missing-penne", "hangs-up"):
        pilot.answer(number, click=True)
        pilot.settle()
    pilot.to_ending()
    assert pilot.name == "ending"
    assert not pilot.session.round.ending.stays
    assert any(t.startswith("Word of mouth") and "13 people" in t for t in pilot.texts())
    pilot.click_text("See the debrief")
    assert pilot.name == "debrief"
    pilot.wheel(-3)
    assert pilot.scene.scroller.offset > 0
    pilot.click_text("Other scenarios")
    assert pilot.name == "select"


def test_the_tutorial_comes_first_for_a_new_player_and_plays_through(pilot):
    pilot.click_text("Scenarios")
    first = pilot.scene.entries[0]
    assert first.key == "first-shift"
    assert any(t.startswith("★ Start here") for t in pilot.texts())
    pilot.press(pygame.K_RETURN)
    pilot.press(pygame.K_1)
    for number in witness(pilot, "first-shift", "walks-out"):
        pilot.answer(number)
        pilot.settle()
    pilot.to_ending()
    assert pilot.name == "ending" and not pilot.session.round.ending.stays
    assert pilot.app.ctx.settings.has_completed("first-shift")


def test_arrow_keys_and_enter_choose_an_answer(pilot):
    open_scenario_by_keys(pilot, "missing-penne")
    pilot.press(pygame.K_RETURN)
    second_on_screen = pilot.session.round.shown()[1]
    pilot.press(pygame.K_DOWN)
    pilot.press(pygame.K_DOWN)
    pilot.step(QUIET_FRAMES)
    pilot.press(pygame.K_RETURN)
    step = pilot.session.round.steps[-1]
    assert step.index == second_on_screen.index


def test_hovering_an_answer_selects_it(pilot):
    open_scenario_by_keys(pilot, "missing-penne")
    pilot.press(pygame.K_RETURN)
    third = pilot.session.round.shown()[2].choice.say
    pilot.move(pilot.box(third).rect.center)
    assert pilot.scene.choices.selected == 2


@pytest.mark.parametrize("scenario_id", ["first-shift", "missing-penne"])
@pytest.mark.parametrize("outcome", ["stay", "leave"])
@pytest.mark.parametrize("by", ["keyboard", "mouse"])
def test_each_starter_scenario_reaches_both_outcomes_by_either_input(
    pilot, scenario_id, outcome, by
):
    from game.engine.analysis import analyse

    pilot.click_text("Scenarios") if by == "mouse" else open_scenario_by_keys(pilot, scenario_id)
    if by == "mouse":
        title = pilot.app.ctx.catalog.find(scenario_id).scenario.title
        pilot.wheel_to_text(title)
        pilot.click_text(title)
        pilot.click_text("Practice")
    else:
        pilot.press(pygame.K_1)
    scenario = pilot.session.scenario
    found = analyse(scenario).endings
    ending = next(e for e, o in found.items() if o.outcome == outcome and o.witness)
    for number in found[ending].witness:
        pilot.answer(number, click=by == "mouse")
        pilot.settle()
    pilot.to_ending()
    assert pilot.name == "ending" and pilot.session.round.ending.outcome == outcome
    pilot.click_text("See the debrief") if by == "mouse" else pilot.press(pygame.K_RETURN)
    assert pilot.name == "debrief"
