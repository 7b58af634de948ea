"""The debrief judges each answer by one rule, and every ending says why it happened."""

from game.engine.debrief import BAD, GOOD, summarise, worth
from game.engine.round import Round
from game.io.loader import load_scenario
from tests.conftest import REPO

BAKERY = REPO / "tests" / "fixtures" / "judgement" / "bakery.yaml"


def played(*numbers):
    result = load_scenario(BAKERY)
    assert result.ok, result.diagnostics
    round_ = Round(result.scenario)
    for number in numbers:
        round_.choose(number)
    return round_, summarise(round_)


def test_owning_and_fixing_then_making_whole_is_judged_good_twice():
    _, debrief = played(1, 1)
    assert debrief.verdicts == (GOOD, GOOD)
    assert {p.id for p in debrief.good_used} == {"own-it", "fix-fast", "make-whole"}


def test_a_good_principle_in_a_move_that_loses_the_customer_is_not_praised():
    _, debrief = played(1, 2)  # 'apologize' with an hour's wait: she leaves
    assert debrief.verdicts[-1] == BAD
    assert "apologize" not in {p.id for p in debrief.good_used}


def test_money_before_an_apology_counts_as_mistimed_not_as_done_well():
    _, debrief = played(2, 1)
    assert debrief.verdicts[0] == BAD
    assert [p.id for p in debrief.mistimed_used] == ["restitution"]
    assert "restitution" not in {p.id for p in debrief.good_used}


def test_an_answer_at_full_trust_keeps_what_it_was_worth():
    round_, _ = played(1, 1)  # 50 +30 = 80, +30 capped at 100
    step = round_.steps[-1]
    assert (step.delta, worth(round_.scenario, step)) == (20, 30)


def test_a_stay_names_the_answer_that_turned_it():
    _, debrief = played(1, 1)
    assert debrief.why.startswith("Rosa stayed: trust ended at 100")
    assert "I'm so sorry" in debrief.why


def test_a_walkout_names_the_line_and_the_last_answer():
    round_ = Round(load_scenario(BAKERY).scenario)
    round_.choose(3)  # 50 - 35 = 15, at or below 20
    debrief = summarise(round_)
    assert debrief.why.startswith("Rosa walked out: trust fell to 15")
    assert "walk-out line of 20" in debrief.why


def test_leaving_above_the_walkout_line_is_explained_not_contradicted():
    _, quiet = played(2, 2)  # 60, then an hour's wait: she leaves at 60
    assert quiet.stays is False
    assert "left without a scene: trust ended at 60, above the walk-out line of 20" in quiet.why
    assert quiet.why.endswith(": restitution at the wrong moment.")  # the turn, named


def test_answers_taken_back_are_kept_for_the_debrief():
    round_ = Round(load_scenario(BAKERY).scenario)
    round_.choose(3)
    round_.rewind()
    round_.choose(1)
    round_.choose(1)
    debrief = summarise(round_)
    assert [s.say[:20] for s in debrief.taken_back] == ["The order slip says "]


def test_the_score_counts_only_the_good_moves_the_debrief_praises():
    from game.engine.score import assess

    round_, debrief = played(1, 2)  # 'apologize' on the answer that loses her
    result = assess(round_, best=100, worst=0)
    assert set(result.good) == {p.id for p in debrief.good_used} == {"own-it", "fix-fast"}
