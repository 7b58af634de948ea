"""Rounds are scored against the range the analysis finds, analysed once per scenario file."""

from dataclasses import replace

from game.engine.analysis import analyse
from game.engine.score import assess
from game.records.scoring import Scorer
from tests.records.support import played, scenario


def test_the_range_is_the_best_and_worst_final_trust_the_analysis_finds():
    found = analyse(scenario())
    assert Scorer().trust_range(scenario()) == (found.best.trust, found.worst.trust) == (100, 10)


def test_a_scenario_file_is_analysed_once_however_often_it_is_loaded():
    scorer = Scorer()
    first = scorer.trust_range(scenario())
    again = replace(scenario())  # a new Scenario object from the same file
    assert again is not scenario() and scorer.trust_range(again) is first


def test_the_scorer_gives_what_assess_gives_for_that_range():
    round_ = played((2, 2))
    assert Scorer().assess(round_) == assess(round_, best=100, worst=10)
