"""Answers are shown in a shuffled order per round, replayable from the round's seed."""

from game.engine.round import Round
from game.io.loader import load_scenario
from tests.conftest import REPO

PINNED = REPO / "tests" / "fixtures" / "order" / "pinned.yaml"


def scenario():
    result = load_scenario(PINNED)
    assert result.ok, result.diagnostics
    return result.scenario


def screen(seed):
    return [o.index for o in Round(scenario(), seed=seed).shown()]


def test_without_a_seed_answers_are_in_file_order():
    assert screen(None) == [0, 1, 2, 3, 4]


def test_the_same_seed_shows_the_same_order_every_time():
    assert all(screen(seed) == screen(seed) for seed in range(1, 30))


def test_different_seeds_show_different_orders():
    assert len({tuple(screen(seed)) for seed in range(1, 30)}) >= 4


def test_pinned_answers_keep_their_place_under_any_seed():
    for seed in range(1, 30):
        order = screen(seed)
        assert (order[0], order[-1]) == (0, 4)


def test_a_later_menu_is_shuffled_apart_from_the_first():
    orders = set()
    for seed in range(1, 30):
        round_ = Round(scenario(), seed=seed)
        round_.choose_shown(1)
        orders.add(tuple(o.index for o in round_.shown()))
    assert len(orders) > 1


def test_answering_by_screen_position_records_the_file_index():
    for seed in range(1, 30):
        round_ = Round(scenario(), seed=seed)
        picked = round_.shown()[2]
        round_.choose_shown(3)
        assert round_.steps[-1].index == picked.index
        assert round_.steps[-1].say == picked.choice.say


def test_a_seeded_round_replays_identically():
    def play(seed):
        round_ = Round(scenario(), seed=seed)
        round_.choose_shown(2)
        round_.choose_shown(1)
        return round_.steps, round_.state

    assert play(7) == play(7)


def test_rewind_keeps_what_was_taken_back_in_order():
    round_ = Round(scenario(), seed=None)
    round_.choose(2)
    round_.choose(1)
    round_.rewind(2)
    assert [s.index for s in round_.taken_back] == [1, 0]
    assert round_.steps == ()


def test_mistimed_and_pin_are_read_from_the_file():
    choices = scenario().nodes["ask"].choices
    assert choices[2].mistimed == ("restitution",)
    assert (choices[0].pin, choices[1].pin, choices[4].pin) == ("first", None, "last")
