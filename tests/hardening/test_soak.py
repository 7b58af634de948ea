"""Soak: many random complete rounds through the real scenes; no crash, no leak.

A leak is looked for by counting live objects (after a full collection), not by the
process's resident memory, which the allocator and the load on the machine move about.

CI runs a short soak (40 rounds). The full 1,000-round soak runs on demand:

    SDL_VIDEODRIVER=dummy python -m pytest -m slow tests/hardening/test_soak.py
"""

import gc
import os
import random
from pathlib import Path

import pygame
import pytest

from game.ui.widgets.guard import QUIET
from tests.ui.pilot import Pilot


@pytest.fixture
def pilot(tmp_path, monkeypatch):
    monkeypatch.setenv("MAKE_IT_RIGHT_DATA", str(tmp_path / "data"))
    driver = Pilot.open(size=(1280, 720))
    yield driver
    driver.close()


def settle(pilot: Pilot) -> None:
    """Like Pilot.settle, in tenth-of-a-second frames so a soak runs quickly."""
    for _ in range(200):
        if not pilot.app.scene.animating:
            return
        pilot.app.step(None, 0.1)
    raise AssertionError("the scene kept animating")


def resident_bytes() -> int:
    """Current resident memory of this process (Linux); 0 where unknown."""
    statm = Path("/proc/self/statm")
    if not statm.exists():
        return 0
    return int(statm.read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def play_random_round(pilot: Pilot, rng: random.Random) -> str:
    """One round by number keys from the play screen to the debrief; returns the ending id."""
    entries = [e for e in pilot.app.ctx.catalog.entries if e.scenario is not None]
    scenario = rng.choice(entries).scenario
    pilot.app.ctx.begin(scenario, rng.choice(["practice", "assessment"]))
    pilot.app.switch("play")
    pilot.step()
    for _ in range(200):
        if pilot.name != "play":
            break
        pilot.app.step(None, QUIET)  # a player reads the answers before choosing
        if pilot.scene.at_end:  # Practice: the last feedback, then on to the ending
            pilot.press(pygame.K_RETURN)
            continue
        place = rng.randint(1, len(pilot.session.round.shown()))
        pilot.press(getattr(pygame, f"K_{place}"))
        settle(pilot)
    assert pilot.name == "ending", pilot.name
    ending = pilot.session.round.ending.id
    pilot.press(pygame.K_RETURN)
    assert pilot.name == "debrief"
    for _ in range(rng.randint(0, 3)):
        pilot.press(pygame.K_PAGEDOWN)
    pilot.press(pygame.K_ESCAPE)
    return ending


def live_objects() -> int:
    """Objects the garbage collector tracks, after a full collection."""
    gc.collect()
    return len(gc.get_objects())


def soak(pilot: Pilot, rounds: int, seed: int = 7) -> tuple[set[str], list[int], list[int]]:
    """Play `rounds` rounds; the endings seen, and live objects and RSS sampled ten times."""
    rng = random.Random(seed)
    endings: set[str] = set()
    objects: list[int] = []
    memory: list[int] = []
    for index in range(rounds):
        endings.add(play_random_round(pilot, rng))
        if index % max(1, rounds // 10) == 0:
            objects.append(live_objects())
            memory.append(resident_bytes())
    return endings, objects, memory


def check(pilot: Pilot, endings: set[str], objects: list[int]) -> None:
    assert pilot.app.crashes == 0
    assert len(endings) >= 4
    # After warm-up (font and text caches filled) the count of live objects stays flat: it
    # wanders by a few hundred; keeping one round's session or scene alive adds thousands.
    warm = objects[len(objects) // 3 :]
    assert max(warm) - warm[0] < 1_000, objects


def test_a_short_soak_of_random_rounds(pilot):
    rounds = int(os.environ.get("MAKE_IT_RIGHT_SOAK", "40"))
    endings, objects, _ = soak(pilot, rounds)
    check(pilot, endings, objects)


@pytest.mark.slow
def test_a_thousand_random_rounds(pilot):
    endings, objects, memory = soak(pilot, 1000, seed=11)
    check(pilot, endings, objects)
    # Resident memory, against its own level after warm-up, with room for the allocator.
    warm = memory[len(memory) // 3 :]
    assert max(warm) - warm[0] < 50_000_000, memory
