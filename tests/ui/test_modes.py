"""Practice shows feedback and rewinds with Backspace; Assessment does neither. Esc asks first."""

import pygame

from game.ui.widgets.meter import delta_text
from tests.ui.helpers import open_scenario_by_keys


def start(pilot, mode_key):
    open_scenario_by_keys(pilot, "missing-penne")
    pilot.press(mode_key)
    assert pilot.name == "play"


def test_practice_shows_feedback_at_once_and_backspace_rewinds(pilot):
    start(pilot, pygame.K_1)
    before = pilot.session.round.trust
    pilot.answer(2)  # a bad answer: -25
    pilot.settle()
    step = pilot.session.round.steps[-1]
    assert step.delta < 0
    assert step.feedback in pilot.texts()
    assert "Your last answer hurt" in pilot.texts()
    pilot.press(pygame.K_BACKSPACE)
    pilot.settle()
    assert pilot.session.round.steps == ()
    assert pilot.session.round.trust == before
    assert pilot.session.round.rewinds == 1
    assert pilot.scene.meter.shown == before
    assert "You took that answer back: try another one" in pilot.texts()
    pilot.answer(1)
    assert pilot.session.round.steps[-1].delta > 0


def test_practice_backspace_on_the_ending_takes_the_last_answer_back(pilot):
    start(pilot, pygame.K_1)
    for number in (2, 2):
        pilot.answer(number)
        pilot.settle()
    pilot.to_ending()
    assert pilot.name == "ending"
    taken = pilot.session.round.steps[-1]
    pilot.press(pygame.K_BACKSPACE)
    assert pilot.name == "play"
    assert not pilot.session.round.finished
    assert len(pilot.session.round.steps) == 1
    assert f"it was {delta_text(taken.delta)}" in pilot.texts()  # the answer taken back


def test_assessment_has_no_rewind_and_no_feedback_until_the_debrief(pilot):
    start(pilot, pygame.K_2)
    pilot.answer(2)
    pilot.settle()
    step = pilot.session.round.steps[-1]
    assert step.feedback not in pilot.texts()
    pilot.press(pygame.K_BACKSPACE)
    assert len(pilot.session.round.steps) == 1
    assert pilot.session.round.rewinds == 0
    assert any("answers are final" in t for t in pilot.app.ctx.toasts.history)
    pilot.answer(2)
    pilot.settle()
    assert pilot.name == "ending"
    pilot.press(pygame.K_BACKSPACE)
    assert pilot.name == "ending"
    pilot.press(pygame.K_RETURN)
    seen = set()
    for _ in range(10):
        seen.update(pilot.texts())
        pilot.press(pygame.K_PAGEDOWN)
    assert step.feedback in seen  # the debrief shows it


def test_esc_goes_back_one_level_and_leaving_a_round_asks_first(pilot):
    pilot.press(pygame.K_ESCAPE)
    assert pilot.name == "title" and pilot.app.running  # Esc never quits from the title
    assert pilot.scene.menu.buttons[pilot.scene.menu.selected].action == "quit"  # points at Quit
    pilot.press(pygame.K_DOWN)  # the menu does not wrap: Quit stays chosen
    assert pilot.scene.menu.buttons[pilot.scene.menu.selected].action == "quit"
    for _ in range(len(pilot.scene.menu.buttons)):
        pilot.press(pygame.K_UP)  # back up to Start, and no further
    assert pilot.scene.menu.selected == 0
    start(pilot, pygame.K_1)
    pilot.answer(1)
    pilot.press(pygame.K_ESCAPE)
    assert pilot.name == "play" and pilot.scene.confirm is not None
    pilot.press(pygame.K_ESCAPE)  # Esc on the question means "keep playing"
    assert pilot.scene.confirm is None and len(pilot.session.round.steps) == 1
    pilot.press(pygame.K_ESCAPE)
    pilot.press(pygame.K_y)
    assert pilot.name == "select"
    pilot.press(pygame.K_RETURN)
    assert pilot.name == "briefing"
    pilot.press(pygame.K_ESCAPE)
    assert pilot.name == "select"
    pilot.press(pygame.K_ESCAPE)
    assert pilot.name == "title"


def test_closing_the_window_mid_round_asks_and_a_second_close_quits(pilot):
    start(pilot, pygame.K_1)
    pilot.post(pygame.event.Event(pygame.QUIT))
    assert pilot.app.running and pilot.scene.confirm is not None
    pilot.click_text("Keep playing")
    assert pilot.scene.confirm is None
    pilot.post(pygame.event.Event(pygame.QUIT))
    pilot.post(pygame.event.Event(pygame.QUIT))
    assert not pilot.app.running


def test_closing_the_window_on_the_title_quits_at_once(pilot):
    pilot.post(pygame.event.Event(pygame.QUIT))
    assert not pilot.app.running


def test_play_again_from_the_ending_starts_a_fresh_round(pilot):
    start(pilot, pygame.K_2)
    for number in (2, 2):
        pilot.answer(number)
        pilot.settle()
    pilot.press(pygame.K_r)
    assert pilot.name == "play"
    assert pilot.session.round.steps == () and not pilot.session.practice
