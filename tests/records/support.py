"""Shared set-up for the records tests: the design example, rounds with known choices."""

from datetime import UTC, datetime, timedelta
from functools import cache

from game.engine.round import Round
from game.io.loader import load_scenario
from tests.conftest import DESIGN_EXAMPLE

T0 = datetime(2026, 11, 23, 17, 0, tzinfo=UTC)

# The four paths through tests/fixtures/design-example.yaml (start trust 60):
#   [1, 1, 1]  blame, apologise, "about twenty minutes"  -> stays-wary, trust 45, tells 1
#   [1, 2]     blame, hide behind policy (trust 10)      -> hangs-up (leave), trust 10, tells 12
#   [2, 1]     own it, restitution                       -> loyal, trust 100, tells 5
#   [2, 2]     own it, "about twenty minutes"            -> stays-wary, trust 90, tells 1
OUTCOMES = {
    (1, 1, 1): ("stay", "stays-wary", 45, 1),
    (1, 2): ("leave", "hangs-up", 10, 12),
    (2, 1): ("stay", "loyal", 100, 5),
    (2, 2): ("stay", "stays-wary", 90, 1),
}


@cache
def scenario():
    return load_scenario(DESIGN_EXAMPLE).scenario


def played(numbers, rewind_first=False, seed=None):
    """A finished Round of the design example along `numbers` (file-order numbers)."""
    round_ = Round(scenario(), seed=seed)
    if rewind_first:
        round_.choose(numbers[0])
        round_.rewind()
    for number in numbers:
        round_.choose(number)
    return round_


def record(store, player, numbers, minute=0, seconds=125, mode="practice", **kw):
    """Play `numbers` and record the round as started at T0 + `minute` minutes."""
    started = T0 + timedelta(minutes=minute)
    finished = started + timedelta(seconds=seconds)
    return store.record_round(player, scenario(), played(numbers, **kw), mode, started, finished)


# A small class: five rounds with known choices, times and modes. Hand-computed:
#   scenario: 5 rounds, 3 stay (60%), average final trust (45+10+100+90+10)/5 = 51.0
#   Ana 2 rounds 1 stay 27.5;  Ben 2 rounds 2 stay 95.0;  Cy 1 round 0 stay 10.0
# Three are Assessments, scored as tests/core/test_score.py works out (best 100, worst 10):
#   Ana (1, 1, 1) 69 not passed;  ben (2, 2) 96 passed;  Cy (1, 2) 0 not passed
#   scenario: 3 assessed, 1 passed (33%), average score (69+96+0)/3 = 55.0
CLASS = [
    # player, choices, minute, seconds, mode, rewind first
    ("Ana", (1, 1, 1), 0, 125, "assessment", False),
    ("Ana", (1, 2), 10, 60, "practice", False),
    ("Ben", (2, 1), 20, 3661, "practice", False),
    ("ben", (2, 2), 30, 0, "assessment", False),
    ("Cy", (1, 2), 40, 30, "assessment", True),
]


def record_class(store):
    for player, numbers, minute, seconds, mode, rewind in CLASS:
        assert record(store, player, numbers, minute, seconds, mode, rewind_first=rewind)
