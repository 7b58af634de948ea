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
