"""The balance report on small hand-made scenarios whose answers can be worked out by hand."""

import pytest

from game.engine.balance import Thresholds, balance, band
from game.engine.balance_findings import OWNING
from game.engine.balance_strategies import apology_words, first, longest
from game.engine.round import Round
from game.io.loader import load_scenario
from game.model.scenario import Branch, Choice
from tests.conftest import FIXTURES

BALANCE = FIXTURES / "balance"


def scenario(name):
    result = load_scenario(BALANCE / f"{name}.yaml")
    assert result.ok, [str(d) for d in result.diagnostics]
    return result.scenario


def stay(name, strategy, thresholds=None):
    return balance(scenario(name), thresholds).strategies[strategy].stay


def choice(say="x", pin=None):
    return Choice(say=say, goto=(Branch("end"),), pin=pin)


# --- each strategy, worked out by hand ------------------------------------------


def test_the_longest_answer_losing_means_longest_never_keeps_the_customer():
    assert stay("longer-loses", "longest") == 0
    assert stay("longer-loses", "random") == pytest.approx(0.5)


def test_greedy_takes_the_biggest_trust_gain():
    assert stay("longer-loses", "greedy") == pytest.approx(1.0)


def test_apologetic_takes_the_answer_with_apology_words():
    assert stay("sorry", "apologetic") == pytest.approx(1.0)
    assert stay("sorry", "longest") == 0


def test_with_no_apology_words_anywhere_apologetic_plays_like_random():
    assert stay("longer-loses", "apologetic") == pytest.approx(0.5)


def test_ties_split_the_probability_evenly():
    assert longest([choice("I'll fix it now."), choice("It's not my job."), choice("No.")]) == [
        0.5,
        0.5,
        0.0,
    ]
    assert stay("ties", "longest") == pytest.approx(0.5)
    assert stay("ties", "greedy") == pytest.approx(0.5)
    assert stay("ties", "random") == pytest.approx(1 / 3)


def test_apology_words_count_each_phrase_and_not_on_us():
    assert apology_words("I'm sorry, that's our mistake, and I apologize.") == 3
    assert apology_words("That\u2019s on me. My bad.") == 2
    assert apology_words("The next one is on us.") == 0


# --- pressing 1 under the shuffle -----------------------------------------------


def test_without_pins_pressing_1_is_exactly_random_play():
    report = balance(scenario("longer-loses"))
    assert report.strategies["first"].odds == report.strategies["random"].odds


def test_a_choice_pinned_first_is_always_at_position_1():
    assert first([choice(), choice(pin="first"), choice(pin="first"), choice()]) == [0, 1, 0, 0]


def test_pinned_last_answers_never_come_first_while_others_are_offered():
    assert first([choice(pin="last"), choice(), choice()]) == [0.0, 0.5, 0.5]
    assert stay("pinned-last", "first") == pytest.approx(0.5)
    assert stay("pinned-last", "random") == pytest.approx(1 / 3)


def test_with_only_pinned_last_answers_position_1_is_the_first_of_them():
    assert first([choice(pin="last"), choice(pin="last")]) == [1.0, 0.0]


def test_a_pin_that_makes_pressing_1_win_is_gameable():
    assert "first" in balance(scenario("pinned-last")).gameable()


# --- loops, and what cannot be computed exactly ---------------------------------


def test_a_loop_is_solved_exactly():
    report = balance(scenario("loop"))
    assert report.random.stay == pytest.approx(0.5)
    assert report.random.odds.exact


def test_a_strategy_caught_in_a_loop_never_finishes():
    result = balance(scenario("loop")).strategies["longest"]
    assert result.odds.unfinished == pytest.approx(1.0)
    assert result.most_likely == (None, pytest.approx(1.0))


def test_over_the_state_cap_rounds_are_sampled_and_the_count_is_stated():
    thresholds = Thresholds(max_states=1, rounds=4000)
    sampled = balance(scenario("saturates"), thresholds)
    assert not sampled.complete
    assert {r.odds.rounds for r in sampled.strategies.values()} == {4000}
    assert sampled.random.stay == pytest.approx(stay("saturates", "random"), abs=0.03)


def test_sampled_rounds_are_the_same_every_time():
    thresholds = Thresholds(max_states=1, rounds=500)
    assert balance(scenario("saturates"), thresholds).random == (
        balance(scenario("saturates"), thresholds).random
    )


# --- gameable, saturation, keeping without owning, difficulty -------------------


def test_a_strategy_over_random_play_by_more_than_the_margin_is_gameable():
    assert balance(scenario("longer-loses")).gameable() == ["greedy"]


def test_the_margin_is_tunable():
    assert balance(scenario("longer-loses"), Thresholds(margin=0.6)).gameable() == []


def test_saturation_names_the_node_and_a_way_there():
    found = balance(scenario("saturates")).saturation
    assert [(s.node, s.trust, s.witness) for s in found] == [("arrives", 100, (1,))]
    round_ = Round(scenario("saturates"))
    for number in found[0].witness:
        round_.choose(number)
    assert (round_.state.node, round_.trust) == ("arrives", 100)


def test_keeping_without_owning_counts_the_ways_and_gives_the_shortest():
    found = balance(scenario("no-owning")).keeps_without_owning
    assert (found.paths, found.witness, found.ending) == (2, (1, 1), "stays")


def test_the_witness_for_keeping_without_owning_replays_to_a_stay_owning_nothing():
    found = balance(scenario("no-owning")).keeps_without_owning
    round_ = Round(scenario("no-owning"))
    for number in found.witness:
        round_.choose(number)
    assert round_.finished and round_.ending.stays
    assert all(OWNING.isdisjoint(step.principles) for step in round_.steps)


def test_a_loop_that_keeps_without_owning_gives_endless_ways():
    assert balance(scenario("no-owning-loop")).keeps_without_owning.capped


def test_when_every_stay_needs_owning_nothing_is_found():
    assert balance(scenario("balanced")).keeps_without_owning is None


def test_difficulty_bands_are_contiguous():
    floors = Thresholds().floors
    assert [band(floors, d) for d in (1, 2, 3)] == [(0.5, 1.0), (0.25, 0.5), (0.0, 0.25)]


def test_a_difficulty_that_random_play_contradicts_is_found():
    result = load_scenario(FIXTURES / "bad" / "W305-difficulty-mismatch.yaml")
    check = balance(result.scenario).difficulty
    assert (check.stated, check.fits, check.agrees) == (3, 1, False)


def test_random_play_keeping_exactly_half_fits_difficulty_1():
    assert balance(scenario("longer-loses")).difficulty.fits == 1


def test_the_balanced_fixture_is_not_gameable_and_its_difficulty_agrees():
    report = balance(scenario("balanced"))
    assert report.gameable() == [] and report.difficulty.agrees and report.saturation == []


def test_fixing_alone_counts_as_owning_the_mistake():
    assert balance(scenario("longer-loses")).keeps_without_owning is None


def test_a_mistimed_owning_move_does_not_count_as_owning():
    found = balance(scenario("mistimed")).keeps_without_owning
    assert (found.paths, found.witness) == (1, (1,))


def test_a_loop_too_big_to_solve_is_sampled_instead(monkeypatch):
    monkeypatch.setattr("game.engine.balance_odds.MAX_LOOP", 0)
    result = balance(scenario("loop"), Thresholds(rounds=2000)).random
    assert result.odds.rounds == 2000
    assert result.stay == pytest.approx(0.5, abs=0.05)


def test_a_sampled_strategy_caught_in_a_loop_never_finishes(monkeypatch):
    monkeypatch.setattr("game.engine.balance_odds.MAX_LOOP", 0)
    result = balance(scenario("loop"), Thresholds(rounds=2000)).strategies["longest"]
    assert (result.odds.rounds, result.odds.unfinished) == (2000, 1.0)
