"""A turn plays as a scene: the line appears, skips without answering, and reads top to bottom."""

import pygame

from game.ui.widgets.reveal import TYPING_SECONDS
from tests.ui.pilot import FRAME, QUIET_FRAMES
from tests.ui.staging import FIRST_LINE, drawn_line, in_channel, play


def test_the_line_appears_a_few_words_at_a_time(make_pilot, tmp_path):
    pilot = play(make_pilot, in_channel(tmp_path, "counter"), reveal=True)
    early = drawn_line(pilot)
    assert early and early != FIRST_LINE and FIRST_LINE.startswith(early)
    pilot.step(30)
    later = drawn_line(pilot)
    assert len(later) > len(early) and FIRST_LINE.startswith(later)


def test_the_revealed_words_are_always_whole_words(make_pilot, tmp_path):
    pilot = play(make_pilot, in_channel(tmp_path, "counter"), reveal=True)
    for _ in range(20):
        shown = drawn_line(pilot)
        assert shown == FIRST_LINE or FIRST_LINE[len(shown)] == " "
        pilot.step(3)


def test_a_key_during_the_reveal_shows_the_whole_line_and_answers_nothing(make_pilot, tmp_path):
    pilot = play(make_pilot, in_channel(tmp_path, "counter"), reveal=True)
    pilot.step(QUIET_FRAMES)  # past the answer guard's quiet time, still revealing
    assert pilot.scene.reveal.moving
    pilot.press(pygame.K_1)
    assert drawn_line(pilot) == FIRST_LINE
    assert pilot.session.round.steps == ()


def test_a_double_click_on_an_answer_during_the_reveal_answers_nothing(make_pilot, tmp_path):
    pilot = play(make_pilot, in_channel(tmp_path, "counter"), reveal=True)
    pilot.step(QUIET_FRAMES)
    spot = pilot.scene.choices.buttons[0].rect.center
    pilot.click(spot)  # shows the line
    pilot.step(6)
    pilot.click(spot)  # the second click of a double-click: too soon to be an answer
    assert pilot.session.round.steps == ()


def test_after_the_reveal_a_key_answers(make_pilot, tmp_path):
    pilot = play(make_pilot, in_channel(tmp_path, "counter"), reveal=True)
    pilot.answer(1)  # shows the line with a key first, reads the answers, then presses
    assert len(pilot.session.round.steps) == 1


def test_with_the_reveal_turned_off_the_line_is_whole_at_once(make_pilot, tmp_path):
    pilot = play(make_pilot, in_channel(tmp_path, "counter"), reveal=False)
    assert drawn_line(pilot) == FIRST_LINE
    assert not pilot.scene.animating


def test_the_chat_shows_typing_dots_before_the_message(make_pilot, tmp_path):
    pilot = play(make_pilot, in_channel(tmp_path, "chat"), reveal=True)
    assert "Dana is typing…" in pilot.texts()
    assert drawn_line(pilot) == ""
    pilot.step(round(TYPING_SECONDS / FRAME) + 1)
    assert "Dana is typing…" not in pilot.texts()
    assert drawn_line(pilot)


def test_the_phone_call_timer_advances(make_pilot, tmp_path):
    pilot = play(make_pilot, in_channel(tmp_path, "phone"))
    assert "● 0:00" in pilot.texts()
    pilot.step(61)
    assert "● 0:01" in pilot.texts()


def test_the_call_timer_redraws_once_a_second_not_every_frame(make_pilot, tmp_path):
    pilot = play(make_pilot, in_channel(tmp_path, "phone"))
    pilot.step(70)  # the meter and the line are settled
    pilot.app.ctx.toasts.items.clear()
    pilot.step()
    drawn = [pilot.app.step([], FRAME) for _ in range(120)]
    assert sum(drawn) == 2


def test_the_meter_glides_for_six_to_eight_tenths_of_a_second(make_pilot, tmp_path):
    pilot = play(make_pilot, in_channel(tmp_path, "counter"))
    pilot.answer(2)  # trust -30
    frames = 0
    while pilot.scene.meter.gliding:
        pilot.step()
        frames += 1
    assert 0.6 <= frames * FRAME <= 0.8


def tick_to_next_second(pilot):
    seconds = int(pilot.scene.stage.call_seconds)
    while int(pilot.scene.stage.call_seconds) == seconds:
        pilot.app.step([], FRAME)


def settled_call(make_pilot, tmp_path):
    pilot = play(make_pilot, in_channel(tmp_path, "phone"))
    pilot.step(70)
    pilot.app.ctx.toasts.items.clear()
    pilot.step()
    pilot.app.draw()
    return pilot


def test_a_timer_tick_repaints_only_the_call_band(make_pilot, tmp_path):
    pilot = settled_call(make_pilot, tmp_path)
    surface = pilot.app.display.surface
    corner = (0, surface.get_height() - 1)
    surface.set_at(corner, (255, 0, 255))  # a mark a whole repaint would cover
    tick_to_next_second(pilot)
    assert surface.get_at(corner)[:3] == (255, 0, 255)
    assert f"● 0:{int(pilot.scene.stage.call_seconds):02d}" in pilot.texts()


def test_with_the_log_open_a_timer_tick_repaints_the_whole_screen(make_pilot, tmp_path):
    pilot = settled_call(make_pilot, tmp_path)
    pilot.press(pygame.K_l)
    surface = pilot.app.display.surface
    corner = (0, surface.get_height() - 1)
    surface.set_at(corner, (255, 0, 255))
    tick_to_next_second(pilot)
    assert surface.get_at(corner)[:3] != (255, 0, 255)


def test_the_answers_wait_faded_until_the_words_are_all_there(make_pilot, tmp_path):
    pilot = play(make_pilot, in_channel(tmp_path, "counter"), reveal=True)
    badge = pilot.scene.choices.buttons[0].rect.move(30, 0).midleft  # the number badge
    pilot.app.draw()
    waiting = pilot.app.display.surface.get_at(badge)
    pilot.press(pygame.K_SPACE)
    pilot.app.draw()
    assert pilot.app.display.surface.get_at(badge) != waiting
