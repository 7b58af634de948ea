"""With two displays the notes get their own window on the laptop; closing it falls back to N."""

import pygame
import pytest

from game.ui.workshop import presenter
from game.ui.workshop.presenter import pick_displays
from tests.ui.workshop.support import open_room, ws


def test_a_second_display_opens_the_presenter_window_with_the_notes(make_pilot, monkeypatch):
    monkeypatch.setattr(presenter, "desktop_sizes", lambda: [(1024, 768), (1280, 720)])
    pilot = open_room(make_pilot, "missing-penne")
    notes = pilot.scene.presenter
    assert notes is not None
    pilot.press(pygame.K_PAGEDOWN)
    surface = notes.surface
    assert surface.get_size() == (max(640, int(1024 * 0.85)), max(400, int(768 * 0.85)))
    inked = {
        surface.get_at((x, y))[:3]
        for x in range(0, surface.get_width(), 7)
        for y in range(0, surface.get_height(), 7)
    }
    assert len(inked) > 3  # text was drawn there
    assert all(o.choice.say in pilot.texts() for o in ws(pilot).offered())  # the room's view
    closing = pygame.event.Event(pygame.WINDOWCLOSE, window=notes.window)
    pilot.post(closing)
    assert pilot.scene.presenter is None and pilot.app.running
    assert any("press N" in t for t in pilot.app.ctx.toasts.history)


def test_leaving_the_room_closes_the_presenter_window(make_pilot, monkeypatch):
    monkeypatch.setattr(presenter, "desktop_sizes", lambda: [(1024, 768), (1280, 720)])
    pilot = open_room(make_pilot, "missing-penne")
    assert pilot.scene.presenter is not None
    pilot.press(pygame.K_ESCAPE)
    pilot.press(pygame.K_l)
    assert pilot.name == "workshop"
    assert pilot.app.scenes["workshop-room"].presenter is None


def test_closing_the_room_window_mid_round_asks_first(make_pilot):
    pilot = open_room(make_pilot, "missing-penne")
    pilot.post(pygame.event.Event(pygame.QUIT))
    assert pilot.app.running and pilot.scene.confirm
    pilot.post(pygame.event.Event(pygame.QUIT))
    assert not pilot.app.running


@pytest.mark.parametrize(
    ("count", "wanted", "expected"),
    [(1, None, (0, None)), (2, None, (1, 0)), (2, 0, (0, 1)), (3, 2, (2, 0)), (2, 7, (1, 0))],
)
def test_the_room_goes_on_the_second_display_and_the_notes_on_another(count, wanted, expected):
    assert pick_displays(count, wanted) == expected
