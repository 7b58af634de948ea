"""Shared steps for the workshop tests: open the room on a scenario, read what the room sees."""

from __future__ import annotations

import math

import pygame

from tests.ui.pilot import Pilot, layout_problems

SHIFT = pygame.KMOD_LSHIFT


def open_room(
    make_pilot, scenario_id: str, size: tuple[int, int] = (1280, 720), **settings: object
) -> Pilot:
    """Start in workshop mode (with `settings` changed), pick `scenario_id` with the arrow keys
    and start it with Enter."""
    pilot = make_pilot(workshop=True, size=size)
    for key, value in settings.items():
        setattr(pilot.app.ctx.settings, key, value)
    pilot.step(2)  # the workshop screen takes the screen (full screen) on its first frame
    pilot.resize(size)
    assert pilot.name == "workshop"
    keys = [e.key for e in pilot.scene.entries]
    for _ in range(keys.index(scenario_id) - pilot.scene.selected):
        pilot.press(pygame.K_DOWN)
    pilot.press(pygame.K_RETURN)
    assert pilot.name == "workshop-room"
    return pilot


def ws(pilot: Pilot):
    return pilot.scene.ws


def number(n: int) -> int:
    return getattr(pygame, f"K_{n}")


def place(pilot: Pilot, n: int) -> int:
    """Where the room sees file-order answer `n` now (the room's answers are shuffled)."""
    room = ws(pilot)
    index = room.round.offered()[n - 1].index
    return next(o.number for o in room.offered() if o.index == index)


def key_for(pilot: Pilot, n: int) -> int:
    """The number key that votes for file-order answer `n`."""
    return number(place(pilot, n))


def settle(pilot: Pilot) -> None:
    """Let the meter finish moving in one long frame."""
    pilot.app.step([], 5.0)


def room_problems(pilot: Pilot) -> list[str]:
    """Text under 1/25 of the height, text cut short, text outside its panel or overlapping."""
    pilot.app.draw()
    surface = pilot.app.display.surface
    height = surface.get_height()
    floor = math.ceil(height / 25)
    found = [f"{s.text!r} at {s.size}px < {floor}px" for s in pilot.scene.sizes if s.size < floor]
    found += [f"{s.text!r} was cut short" for s in pilot.scene.sizes if s.truncated]
    found += layout_problems(pilot.scene.boxes, surface.get_rect())
    return found


def assert_room_ok(pilot: Pilot, where: str = "") -> None:
    problems = room_problems(pilot)
    size = pilot.app.display.surface.get_size()
    assert not problems, f"{pilot.name} {where} at {size}:\n" + "\n".join(problems)
    assert pilot.scene.boxes, f"nothing drawn on {pilot.name} {where}"
