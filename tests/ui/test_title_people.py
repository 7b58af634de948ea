"""The title and the empty History page show people of the library, not the old flat bust."""

import pygame

from game.ui.scenes.title import FACES
from game.ui.widgets.portrait import Portrait
from game.ui.widgets.portrait_art import PortraitArt


def right_half(pilot) -> bytes:
    pilot.app.draw()
    surface = pilot.app.display.surface
    half = pygame.Rect(surface.get_width() // 2, 0, surface.get_width() // 2, surface.get_height())
    return pygame.image.tobytes(surface.subsurface(half), "RGB")


def test_the_title_faces_are_people_of_the_library(make_pilot):
    pilot = make_pilot()
    assert pilot.name == "title"
    for person in FACES:
        assert pilot.scene.faces[person].art.look_of(person) is not None


def test_the_title_draws_the_illustrated_people_not_the_bust(make_pilot, tmp_path):
    pilot = make_pilot()
    drawn = right_half(pilot)
    no_art = PortraitArt(tmp_path / "no-art")  # what the title would show without the art
    pilot.scene.faces = {person: Portrait(art=no_art, motion=False) for person in FACES}
    assert right_half(pilot) != drawn
