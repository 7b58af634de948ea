"""What a player sees cannot give answers away or contradict the round."""

import re

import pygame

from game.ui.widgets.meter import change_text
from tests.ui.helpers import open_scenario_by_keys
from tests.ui.pilot import QUIET_FRAMES

TRUST_FIGURES = re.compile(r"Trust|/ ?100|▲|▼|± ?0|walks out|[+−-]\d")


def start(pilot, mode_key=pygame.K_1):
    open_scenario_by_keys(pilot, "missing-penne")
    pilot.press(mode_key)
    assert pilot.name == "play"


def click_place(pilot, place):
    pos = pilot.scene.choices.buttons[place - 1].rect.center
    pilot.post(
        pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1),
        pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1),
    )


def test_a_double_click_answers_exactly_once(pilot):
    start(pilot)
    pilot.step(QUIET_FRAMES)
    click_place(pilot, 1)
    pilot.step(6)  # a tenth of a second later: the second click of a double-click
    click_place(pilot, 1)
    assert len(pilot.session.round.steps) == 1


def test_a_key_held_across_the_new_question_answers_exactly_once(pilot):
    start(pilot)
    pilot.step(QUIET_FRAMES)
    down = pygame.event.Event(pygame.KEYDOWN, key=pygame.K_1, mod=0, unicode="1", scancode=0)
    pilot.post(down)
    pilot.step(QUIET_FRAMES * 3)  # still held while the next answers appear and settle
    pilot.post(down)  # the key repeating: no KEYUP came between
    assert len(pilot.session.round.steps) == 1
    pilot.post(pygame.event.Event(pygame.KEYUP, key=pygame.K_1, mod=0, unicode="", scancode=0))
    pilot.post(down)  # released and pressed again: a real answer
    assert len(pilot.session.round.steps) == 2


def test_a_press_just_after_new_answers_appear_is_not_an_answer(pilot):
    start(pilot)
    pilot.press(pygame.K_1)  # within the quiet time of the first answers
    assert pilot.session.round.steps == ()
    pilot.step(QUIET_FRAMES)
    pilot.press(pygame.K_1)
    assert len(pilot.session.round.steps) == 1


def test_assessment_draws_no_trust_figure_while_playing(pilot):
    start(pilot, pygame.K_2)
    seen = list(pilot.texts())
    for number in (2, 1):
        pilot.answer(number)
        pilot.step(10)  # mid-animation, when a popup would show
        seen += pilot.texts()
        pilot.settle()
        seen += pilot.texts()
    leaks = [t for t in seen if TRUST_FIGURES.search(t)]
    assert leaks == []


def test_practice_does_draw_the_meter(pilot):
    start(pilot)
    assert any(t.startswith("Trust") for t in pilot.texts())


def test_the_screen_order_differs_between_rounds_but_records_name_the_file_choice(pilot):
    orders = set()
    for _ in range(6):
        start(pilot)
        shown = pilot.session.round.shown()
        orders.add(tuple(o.index for o in shown))
        pilot.step(QUIET_FRAMES)
        pilot.press(pygame.K_1)
        assert pilot.session.round.steps[-1].index == shown[0].index
        pilot.press(pygame.K_ESCAPE)
        pilot.press(pygame.K_y)
        pilot.press(pygame.K_ESCAPE)
        pilot.app.switch("title")
        pilot.step()
    assert len(orders) > 1


def test_a_good_answer_at_full_trust_says_what_it_was_worth_not_zero():
    assert change_text(0, 10, 100) == "▲ +10 · trust already full"
    assert change_text(5, 10, 100) == "▲ +5 · trust now full"
    assert change_text(-25, -25, 35) == "▼ −25"


def test_the_assessment_debrief_ends_with_the_score_the_records_keep(pilot):
    start(pilot, pygame.K_2)
    while pilot.name == "play":
        pilot.answer(2)
        pilot.settle()
    pilot.press(pygame.K_RETURN)
    assert pilot.name == "debrief"
    pilot.press(pygame.K_END)
    stored = pilot.app.ctx.records.store.rounds()[-1]
    verdict = "✓ Passed" if stored.passed else "✗ Not passed"
    assert f"{verdict} · {stored.score} / 100" in pilot.texts()
