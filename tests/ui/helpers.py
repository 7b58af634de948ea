"""Shared steps for the window tests: reach a scenario, play witnesses, check layouts."""

from __future__ import annotations

import pygame

from game.engine.analysis import analyse
from tests.ui.pilot import Pilot, layout_problems


def assert_layout(pilot: Pilot) -> None:
    """Every text box inside its panel and the window, and no two on top of each other."""
    pilot.app.draw()
    screen = pygame.Rect((0, 0), pilot.app.display.surface.get_size())
    problems = layout_problems(pilot.scene.boxes, screen)
    assert not problems, f"{pilot.name} at {screen.size}:\n" + "\n".join(problems)
    assert pilot.scene.boxes, f"nothing was drawn on {pilot.name}"


def open_scenario_by_keys(pilot: Pilot, scenario_id: str) -> None:
    """From the title: Scenarios, then arrow to the card and press Enter."""
    pilot.press(pygame.K_DOWN)
    pilot.press(pygame.K_RETURN)
    assert pilot.name == "select"
    keys = [e.key for e in pilot.scene.entries]
    moves = keys.index(scenario_id) - pilot.scene.selected
    for _ in range(abs(moves)):
        pilot.press(pygame.K_RIGHT if moves > 0 else pygame.K_LEFT)
    pilot.press(pygame.K_RETURN)
    assert pilot.name == "briefing"


def witness(pilot: Pilot, scenario_id: str, ending: str) -> tuple[int, ...]:
    scenario = pilot.app.ctx.catalog.find(scenario_id).scenario
    found = analyse(scenario).endings[ending].witness
    assert found is not None
    return found


def number_key(n: int) -> int:
    return getattr(pygame, f"K_{n}")


def assert_answers_legible(pilot: Pilot) -> None:
    """Every answer drawn whole, all at one size, and never smaller than the normal text
    setting's smallest answers (seven long answers on a 720p screen at the largest
    setting take the last-resort sizes of game/ui/widgets/choices.py)."""
    pilot.app.draw()
    labels = [b.label for b in pilot.scene.choices.buttons]
    drawn = [box for box in pilot.scene.boxes if box.text in labels]
    assert sorted(box.text for box in drawn) == sorted(labels)  # each once
    assert not [box.text for box in drawn if box.cut]
    sizes = {box.size for box in drawn}
    m = pilot.scene.m
    least = m.type(14 / max(1.0, m.text_scale))
    assert len(sizes) == 1 and min(sizes) >= least, sizes
