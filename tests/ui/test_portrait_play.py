"""On the play screen a blink repaints only the customer's frame, and leaves it as a full paint would."""

import pygame

from game import SCENARIOS_DIR
from tests.ui.pilot import FRAME


def settled(make_pilot, tmp_path):
    """A shipped customer (so an illustrated one) on a phone call, whose timer ticks too."""
    pilot = make_pilot(play_file=SCENARIOS_DIR / "missing-penne.yaml", data_dir=tmp_path)
    assert pilot.name == "play"
    pilot.step(70)  # the meter and the line are settled
    pilot.app.ctx.toasts.items.clear()
    pilot.step()
    pilot.app.draw()
    return pilot


def blink(pilot) -> None:
    for _ in range(round(10 / FRAME)):
        pilot.app.step([], FRAME)
        if pilot.scene.person.blinking:
            return
    raise AssertionError("no blink in ten seconds")


def frame_pixels(pilot) -> bytes:
    frame = pilot.scene.at.portrait
    return pygame.image.tobytes(pilot.app.display.surface.subsurface(frame), "RGB")


def test_a_blink_repaints_only_the_customers_frame(make_pilot, tmp_path):
    pilot = settled(make_pilot, tmp_path)
    surface = pilot.app.display.surface
    corner = (0, surface.get_height() - 1)
    surface.set_at(corner, (255, 0, 255))  # a mark a whole repaint would cover
    open_eyes = frame_pixels(pilot)
    blink(pilot)
    assert surface.get_at(corner)[:3] == (255, 0, 255)
    assert frame_pixels(pilot) != open_eyes


def test_the_blink_repaint_matches_a_whole_repaint(make_pilot, tmp_path):
    pilot = settled(make_pilot, tmp_path)
    blink(pilot)
    patched = frame_pixels(pilot)
    pilot.scene.clean = False
    pilot.app.draw()
    assert frame_pixels(pilot) == patched


def test_an_idle_screen_asks_for_an_update_every_frame_only_while_the_customer_blinks(
    make_pilot, tmp_path
):
    from game.ui.scenes.base import IDLE_STEP

    pilot = settled(make_pilot, tmp_path)
    assert pilot.scene.next_change_in() <= IDLE_STEP
    blink(pilot)
    assert pilot.scene.next_change_in() == 0
