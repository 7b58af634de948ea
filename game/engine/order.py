"""The order answers are shown in: shuffled per round from a recorded seed.

Position must never give an answer away, so every round shows each menu in
its own order. The order depends only on the seed, the node and how many
decisions came before, so a round replays exactly from its seed; choices
pinned `first` or `last` keep their place (in file order among themselves).
Everything else (records, the debrief, witnesses) names choices by their
place in the file; only the screen order changes.
"""

from __future__ import annotations

import random
import secrets

from game.engine import rules
from game.engine.rules import Offered, State
from game.model.scenario import Scenario

MAX_SEED = 2**31 - 1


def new_seed() -> int:
    """A fresh seed for a round: small enough to read aloud and type back."""
    return secrets.randbelow(MAX_SEED) + 1


def screen_order(offered: list[Offered], seed: int | None, state: State) -> list[Offered]:
    """`offered` in the order the player sees it; file order when `seed` is None."""
    if seed is None:
        return list(offered)
    first = [o for o in offered if o.choice.pin == "first"]
    last = [o for o in offered if o.choice.pin == "last"]
    middle = [o for o in offered if o.choice.pin not in ("first", "last")]
    rng = random.Random(f"{seed}:{state.node}:{len(state.history)}")
    rng.shuffle(middle)
    return [*first, *middle, *last]


def place_of(scenario: Scenario, state: State, seed: int | None, number: int) -> int:
    """Where file-order choice `number` stood on the screen at `state` (1-based)."""
    shown = screen_order(rules.offered(scenario, state), seed, state)
    return next(place for place, o in enumerate(shown, 1) if o.number == number)


def screen_path(
    scenario: Scenario, state: State, seed: int | None, numbers: tuple[int, ...]
) -> tuple[int, ...]:
    """A path of file-order choice numbers (a witness) as the player with `seed` saw it."""
    places = []
    for number in numbers:
        if state.finished:
            break
        places.append(place_of(scenario, state, seed, number))
        state, _ = rules.choose(scenario, state, number)
    return tuple(places)
