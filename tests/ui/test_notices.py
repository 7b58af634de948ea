"""Notices live in the footer strip: they never cover content, and the next action clears them."""

import pygame
import pytest

from game.ui.context import Request
from game.ui.scenes.play_layout import PlayLayout
from game.ui.toasts import notice_strip
from game.ui.widgets.button import Button, ButtonList
from game.ui.widgets.dialog import Confirm
from game.ui.widgets.textinput import TextField
from tests.ui.test_layout import visit_every_screen

SIZES = [(1024, 768), (1280, 720), (1920, 1080)]
TEXT_SIZES = ["normal", "largest"]
NOTICE = "Sound muted (M to turn it back on)"


def controls(scene) -> list[tuple[str, pygame.Rect]]:
    """Every button, field and the trust meter a scene has, by where it is drawn."""
    found = []
    for name, value in vars(scene).items():
        if isinstance(value, Confirm):
            value = value.buttons
        if isinstance(value, ButtonList):
            found += [(b.label, b.rect) for b in value.buttons]
        elif isinstance(value, Button):
            found.append((value.label, value.rect))
        elif isinstance(value, TextField):
            found.append((name, value.rect))
        elif name == "meter_rect" and isinstance(value, pygame.Rect):
            found.append(("the trust meter", value))
        elif isinstance(value, PlayLayout):  # the play screen keeps its rectangles together
            found.append(("the trust meter", value.meter))
    return [(label, rect) for label, rect in found if rect.w and rect.h]


def assert_notice_covers_nothing(pilot) -> None:
    """With a notice up, no text, button, field or meter of the screen reaches its strip."""
    pilot.app.ctx.notify(NOTICE)
    pilot.app.draw()
    strip = notice_strip(pilot.app.metrics)
    content = [box for box in pilot.scene.boxes if box.panel != strip]
    covered = [f"text {box.text!r} {box.rect}" for box in content if box.rect.colliderect(strip)]
    covered += [
        f"{label} {rect}" for label, rect in controls(pilot.scene) if rect.colliderect(strip)
    ]
    assert not covered, (
        f"{pilot.name} at {strip.size}: the notice strip {strip} covers " + ", ".join(covered)
    )


@pytest.mark.parametrize("text_size", TEXT_SIZES)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_notice_never_covers_an_answer_the_meter_or_a_button(make_pilot, size, text_size):
    pilot = make_pilot(size=size)
    pilot.app.ctx.settings.text_size = text_size
    pilot.app.ctx.ask(Request.RESTYLE)
    pilot.step()
    visit_every_screen(pilot, assert_notice_covers_nothing)


def test_the_notice_is_drawn_inside_its_strip(pilot):
    pilot.app.ctx.notify("A notice long enough to need the whole width of the strip " * 3)
    pilot.app.draw()
    strip = notice_strip(pilot.app.metrics)
    assert strip.bottom == pilot.app.metrics.height
    pixel = pilot.app.display.surface.get_at((strip.x + 2, strip.bottom - 2))[:3]
    assert pixel == pilot.app.ctx.theme.narrator


def test_the_next_key_press_clears_a_short_notice(pilot):
    pilot.press(pygame.K_m)
    assert pilot.app.ctx.toasts.showing.startswith("Sound")
    pilot.press(pygame.K_DOWN)
    assert pilot.app.ctx.toasts.showing == ""


def test_the_next_click_clears_a_short_notice(pilot):
    pilot.press(pygame.K_m)
    pilot.click((5, 5))
    assert pilot.app.ctx.toasts.showing == ""


def test_a_long_notice_outlasts_the_next_key_press(pilot):
    pilot.app.ctx.notify("The records could not be opened: rounds are not being saved.", long=True)
    pilot.press(pygame.K_DOWN)
    assert pilot.app.ctx.toasts.showing.startswith("The records")
