"""The conversation so far: opened by L or its button, in the order it was said, scrollable."""

import pygame
import pytest

from tests.ui.pilot import layout_problems
from tests.ui.staging import FIRST_LINE, LONG, in_channel, play


def log_boxes(pilot):
    """The text boxes the open log drew, in the order drawn (top to bottom)."""
    pilot.app.draw()
    texts = [b.text for b in pilot.scene.boxes]
    return pilot.scene.boxes[texts.index("The conversation so far") :]


def log_texts(pilot):
    return [b.text for b in log_boxes(pilot)]


def played_once(make_pilot, tmp_path, **options):
    pilot = play(make_pilot, in_channel(tmp_path, "counter"), **options)
    pilot.answer(1)
    pilot.settle()
    return pilot


def test_l_opens_the_log_with_what_was_said_in_order(make_pilot, tmp_path):
    pilot = played_once(make_pilot, tmp_path)
    answer = pilot.session.round.steps[0].say
    pilot.press(pygame.K_l)
    assert pilot.scene.log.open
    said = [t for t in log_texts(pilot) if t in (FIRST_LINE, answer, "Fine. Is it ready?")]
    assert said == [FIRST_LINE, answer, "Fine. Is it ready?"]


def test_the_log_names_who_said_each_line(make_pilot, tmp_path):
    pilot = played_once(make_pilot, tmp_path)
    pilot.press(pygame.K_l)
    assert [t for t in log_texts(pilot) if t in ("Dana", "You")] == ["Dana", "You", "Dana"]


def test_the_top_bar_button_opens_the_log(make_pilot, tmp_path):
    pilot = played_once(make_pilot, tmp_path)
    pilot.click(pilot.scene.at.log_button.center)
    assert pilot.scene.log.open


def test_a_click_outside_closes_the_log_and_answers_nothing(make_pilot, tmp_path):
    pilot = played_once(make_pilot, tmp_path)
    pilot.press(pygame.K_l)
    answer = pilot.scene.choices.buttons[0].rect
    pilot.click((pilot.scene.log.panel.right + 10, answer.centery))  # on an answer, outside the log
    assert not pilot.scene.log.open
    assert len(pilot.session.round.steps) == 1


def test_number_keys_do_not_answer_while_the_log_is_open(make_pilot, tmp_path):
    pilot = played_once(make_pilot, tmp_path)
    pilot.press(pygame.K_l)
    pilot.step(30)
    pilot.press(pygame.K_1)
    assert len(pilot.session.round.steps) == 1


def test_escape_closes_the_log_without_asking_to_leave(make_pilot, tmp_path):
    pilot = played_once(make_pilot, tmp_path)
    pilot.press(pygame.K_l)
    pilot.press(pygame.K_ESCAPE)
    assert not pilot.scene.log.open and pilot.scene.confirm is None


def long_talk(make_pilot):
    """Two turns of the longest lines at the largest text: more than the log's window holds."""
    pilot = play(make_pilot, LONG, scenario_id="long-lines", size=(1024, 768),
                 settings={"text_size": "largest"})  # fmt: skip
    pilot.app.resized()
    pilot.answer(1)
    pilot.answer(1)
    return pilot


def test_a_long_log_opens_at_the_newest_line_and_scrolls_back(make_pilot):
    pilot = long_talk(make_pilot)
    customer = pilot.app.ctx.session.scenario.customer.name
    pilot.press(pygame.K_l)
    scroller = pilot.scene.log.scroller
    assert 0 < scroller.limit == scroller.offset
    assert log_texts(pilot)[2] != customer  # the first line's top is scrolled out of view
    pilot.press(pygame.K_HOME)
    assert scroller.offset == 0
    assert log_texts(pilot)[2] == customer


def test_the_wheel_scrolls_the_log(make_pilot):
    pilot = long_talk(make_pilot)
    pilot.press(pygame.K_l)
    scroller = pilot.scene.log.scroller
    before = scroller.offset
    pilot.wheel(1)
    assert scroller.offset < before


@pytest.mark.parametrize("size", [(1024, 768), (1280, 720), (1920, 1080)], ids=str)
@pytest.mark.parametrize("text_size", ["normal", "largest"])
def test_the_open_log_fits_the_window(make_pilot, size, text_size):
    pilot = play(make_pilot, LONG, scenario_id="long-lines", size=size,
                 settings={"text_size": text_size})  # fmt: skip
    pilot.app.resized()
    pilot.answer(1)
    pilot.press(pygame.K_l)
    drawn = log_boxes(pilot)
    assert all(pilot.scene.log.panel.contains(b.rect) for b in drawn)
    assert not layout_problems(drawn, pygame.Rect((0, 0), size))
