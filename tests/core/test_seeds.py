"""Round seeds and the screen order, beyond tests/core/test_order.py: ranges and counts."""

import secrets

from game.engine.order import MAX_SEED, new_seed
from game.engine.round import Round
from game.io.loader import load_scenario
from tests.conftest import REPO

PINNED = REPO / "tests" / "fixtures" / "order" / "pinned.yaml"


def test_a_new_seed_is_a_positive_whole_number_small_enough_to_type():
    seeds = {new_seed() for _ in range(200)}
    assert all(isinstance(s, int) and 1 <= s <= MAX_SEED for s in seeds)
    assert len(seeds) > 190  # fresh each time, not a constant


def test_every_answer_is_shown_exactly_once_under_any_seed():
    scenario = load_scenario(PINNED).scenario
    for seed in range(1, 30):
        assert sorted(o.index for o in Round(scenario, seed=seed).shown()) == [0, 1, 2, 3, 4]


def test_the_smallest_draw_is_seed_1_and_the_largest_is_max_seed(monkeypatch):
    monkeypatch.setattr(secrets, "randbelow", lambda n: 0)
    assert new_seed() == 1
    monkeypatch.setattr(secrets, "randbelow", lambda n: n - 1)
    assert new_seed() == MAX_SEED
