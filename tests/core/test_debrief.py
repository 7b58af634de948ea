"""The debrief's numbers: the trust curve and the good moves passed by."""

from datetime import UTC, datetime

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


def test_what_was_on_offer_is_kept_with_each_step_so_start_flags_count():
    from game.engine.rules import at_node
    from game.records.model import record_from_round

    scenario = load_scenario(DESIGN_EXAMPLE).scenario
    round_ = Round(scenario, at_node(scenario, "remedy", 60, frozenset({"apologized"})))
    round_.choose(2)  # passes by the restitution answer, which 'apologized' put on offer
    assert round_.steps[0].offered == (0, 1)
    assert "restitution" in {p.id for p in summarise(round_).missed}
    now = datetime.now(UTC)
    record = record_from_round("Ana", scenario, round_, "practice", now, now)
    assert "restitution" in record.principles_missed()
