"""The trust-set search agrees with the state-by-state search and finishes where it could not."""

import pytest
from hypothesis import HealthCheck, given, settings

from game.engine.analysis import MAX_STATES, analyse
from game.engine.analysis_reference import analyse_by_states
from game.engine.analysis_search import preimage, shift
from game.engine.round import Round
from game.io.loader import load_bytes
from tests.conftest import examples
from tests.core.test_properties import scenarios
from tools.generate import generate_swinging

OLD_LIMIT = 400_000  # the state-by-state search's cap, which this scenario used to hit


def replay(scenario, witness):
    round_ = Round(scenario)
    for number in witness:
        round_.choose(number)
    return round_


@pytest.fixture(scope="module")
def swinging():
    text = generate_swinging(100, 8, seed=1)
    result = load_bytes(text.encode(), "swinging.yaml", analyse=False)
    assert result.scenario is not None, result.diagnostics
    return result.scenario, analyse(result.scenario)


def test_shifting_a_trust_set_clamps_at_0_and_100():
    assert shift(1 << 95 | 1 << 50, 10) == 1 << 100 | 1 << 60
    assert shift(1 << 3 | 1 << 50, -10) == 1 << 0 | 1 << 40
    assert shift(1 << 50, 500) == 1 << 100 and shift(1 << 50, -500) == 1


def test_the_preimage_of_a_clamped_trust_is_every_trust_that_clamps_to_it():
    assert preimage(1 << 100, 10) == sum(1 << t for t in range(90, 101))
    assert preimage(1, -10) == sum(1 << t for t in range(0, 11))
    assert preimage(1 << 60, 10) == 1 << 50


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenario=scenarios())
def test_the_search_reports_exactly_what_a_state_by_state_search_reports(scenario):
    fast, reference = analyse(scenario), analyse_by_states(scenario, MAX_STATES)
    assert fast.to_json() == reference.to_json()
    assert fast.stuck == reference.stuck
    assert fast.reachable_nodes == reference.reachable_nodes


def test_a_wide_swinging_scenario_that_jumps_back_is_searched_completely(swinging):
    _, report = swinging
    assert report.complete
    assert report.states > OLD_LIMIT  # more than the old search could hold


def test_its_ending_witnesses_replay_to_the_endings_they_claim(swinging):
    scenario, report = swinging
    for eid, outcome in report.endings.items():
        assert outcome.reachable, eid
        round_ = replay(scenario, outcome.witness)
        assert (round_.ending.id, round_.trust) == (eid, outcome.trust)


def test_its_best_and_worst_witnesses_replay_to_their_trust(swinging):
    scenario, report = swinging
    for extreme in (report.best, report.worst):
        round_ = replay(scenario, extreme.witness)
        assert (round_.ending.id, round_.trust) == (extreme.ending, extreme.trust)
