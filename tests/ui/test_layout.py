"""Layout: every text box inside its panel at 1280×720 and 1920×1080; resizing never crashes."""

import pygame
import pytest

from game.ui.context import Request
from tests.conftest import FIXTURES
from tests.ui.helpers import assert_answers_legible, assert_layout, open_scenario_by_keys, witness

SIZES = [(1280, 720), (1920, 1080)]


def visit_every_screen(pilot, check):
    """Walk title → settings → name → select → briefing → play → ending → debrief, checking each."""
    check(pilot)
    pilot.press(pygame.K_DOWN)
    pilot.press(pygame.K_DOWN)
    pilot.press(pygame.K_RETURN)
    assert pilot.name == "settings"
    check(pilot)
    pilot.press(pygame.K_ESCAPE)
    assert pilot.name == "title"
    pilot.press(pygame.K_RETURN)
    assert pilot.name == "name"
    check(pilot)
    pilot.press(pygame.K_RETURN)
    check(pilot)
    pilot.press(pygame.K_ESCAPE)
    open_scenario_by_keys(pilot, "missing-penne")
    check(pilot)
    pilot.press(pygame.K_1)
    for number in witness(pilot, "missing-penne", "still-orders"):
        check(pilot)
        pilot.answer(number)
        pilot.step(20)  # mid-animation: the +/− popup is showing
        check(pilot)
        pilot.settle()
    check(pilot)  # the last answer's feedback, before the ending
    pilot.to_ending()
    check(pilot)
    pilot.press(pygame.K_RETURN)
    for _ in range(12):
        check(pilot)
        pilot.press(pygame.K_PAGEDOWN)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_screen_keeps_its_text_inside_its_panels(make_pilot, size):
    pilot = make_pilot(size=size)
    visit_every_screen(pilot, assert_layout)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_long_lines_and_six_long_answers_still_fit(make_pilot, size):
    pilot = make_pilot(size=size, scenarios=[FIXTURES / "ui" / "long-lines.yaml"])
    pilot.press(pygame.K_DOWN)
    pilot.press(pygame.K_RETURN)
    assert_layout(pilot)
    pilot.press(pygame.K_RETURN)
    assert_layout(pilot)
    pilot.press(pygame.K_1)
    assert len(pilot.scene.choices.buttons) == 6
    assert_layout(pilot)
    for button in pilot.scene.choices.buttons:
        assert pilot.scene.at.right.contains(button.rect)
    pilot.answer(1)
    pilot.settle()
    assert_layout(pilot)  # narrator card plus the practice feedback strip
    pilot.answer(2)
    pilot.settle()
    assert_layout(pilot)  # the last feedback before the ending
    pilot.to_ending()
    assert pilot.name == "ending"
    assert_layout(pilot)
    pilot.press(pygame.K_RETURN)
    assert_layout(pilot)


def test_larger_text_setting_still_fits(make_pilot):
    pilot = make_pilot(size=(1280, 720))
    pilot.app.ctx.settings.text_size = "largest"
    pilot.app.ctx.ask(Request.RESTYLE)
    pilot.step()
    visit_every_screen(pilot, assert_layout)


def test_resizing_on_every_screen_never_crashes(pilot):
    sizes = [(1920, 1080), (1000, 640), (640, 400), (3840, 2160), (1280, 720)]

    def shake(p):
        for size in sizes:
            p.resize(size)
            pygame.event.post(pygame.event.Event(pygame.WINDOWSIZECHANGED, x=size[0], y=size[1]))
            p.step()
            assert p.app.crashes == 0, p.name
            if not p.app.metrics.too_small:
                assert_layout(p)

    visit_every_screen(pilot, shake)


def test_a_too_small_window_asks_to_be_enlarged(pilot):
    pilot.resize((640, 400))
    pilot.app.draw()
    assert pilot.app.metrics.too_small
    pilot.resize((1280, 720))
    assert not pilot.app.metrics.too_small
    assert pilot.name == "title"


def test_high_contrast_theme_draws_every_screen(make_pilot):
    pilot = make_pilot(size=(1280, 720))
    pilot.app.ctx.settings.theme = "contrast"
    visit_every_screen(pilot, assert_layout)


SEVEN = FIXTURES / "ui" / "seven-answers.yaml"


@pytest.mark.parametrize("size", [(1280, 720), (1024, 768)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_seven_answers_fit_legibly(make_pilot, size):
    pilot = make_pilot(size=size, scenarios=[SEVEN])
    open_scenario_by_keys(pilot, "seven-answers-layout")
    pilot.press(pygame.K_RETURN)
    buttons = pilot.scene.choices.buttons
    assert len(buttons) == 7
    assert_layout(pilot)
    for button in buttons:
        assert pilot.scene.at.right.contains(button.rect)
    assert_answers_legible(pilot)


def test_key_seven_answers_the_seventh_answer_on_screen(make_pilot):
    pilot = make_pilot(size=(1280, 720), scenarios=[SEVEN])
    open_scenario_by_keys(pilot, "seven-answers-layout")
    pilot.press(pygame.K_RETURN)
    seventh = pilot.session.round.shown()[6].choice
    pilot.step(60)  # past the answer guard
    pilot.press(pygame.K_7)
    assert [step.say for step in pilot.session.round.steps] == [seventh.say]
