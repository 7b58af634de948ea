"""The debrief's numbers: the trust curve and the good moves passed by."""

from game.engine.debrief import summarise
from game.engine.round import Round
from game.io.loader import load_scenario
from tests.conftest import DESIGN_EXAMPLE


def played(*numbers):
    round_ = Round(load_scenario(DESIGN_EXAMPLE).scenario)
    for number in numbers:
        round_.choose(number)
    return summarise(round_)


def test_the_curve_starts_at_the_starting_trust_and_follows_each_answer():
    assert played(1, 1, 1).points == (60, 30, 40, 45)


def test_good_moves_offered_but_not_taken_are_missed():
    missed = {p.id for p in played(1, 1, 1).missed}
    assert {"own-it", "make-whole"} <= missed


def test_a_move_used_later_in_the_round_is_not_missed():
    assert "apologize" not in {p.id for p in played(1, 1, 1).missed}


def test_a_hidden_choice_never_counts_as_missed():
    # At 'remedy' with trust 40 the restitution choice (trust >= 50) is hidden.
    assert "restitution" not in {p.id for p in played(1, 1, 1).missed}


def test_bad_patterns_used_are_listed_apart_from_good_moves():
    summary = played(1, 1, 1)
    assert [p.id for p in summary.bad_used] == ["blame-customer"]
    assert [p.id for p in summary.good_used] == ["apologize", "fix-fast"]
