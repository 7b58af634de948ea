"""A State and a whole Round save to versioned JSON and come back as they were."""

import json
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from game.engine import rules
from game.engine.round import Round
from game.engine.saved import (
    SaveError,
    round_from_json,
    round_to_data,
    round_to_json,
    state_from_json,
    state_to_json,
)
from game.io.loader import load_scenario
from tests.conftest import REPO

SHIPPED = sorted((REPO / "scenarios").glob("*.yaml"))


@cache
def shipped(name: str):
    return load_scenario(REPO / "scenarios" / name).scenario


def played(scenario, seed, moves):
    """A round after `moves`: a positive number picks that shown answer (wrapped), 0 rewinds."""
    round_ = Round(scenario, seed=seed)
    for move in moves:
        if move == 0:
            round_.rewind()
        elif not round_.finished:
            round_.choose_shown((move - 1) % len(round_.shown()) + 1)
    return round_


def kept(round_):
    """Everything a save must keep, as comparable values."""
    return (round_.states, round_.seed, round_.rewinds, tuple(round_.taken_back))


rounds = st.builds(
    played,
    st.sampled_from([p.name for p in SHIPPED]).map(shipped),
    st.none() | st.integers(1, 2**31 - 1),
    st.lists(st.integers(0, 7), max_size=14),
)


@settings(max_examples=120, deadline=None)
@given(round_=rounds)
def test_any_played_round_comes_back_from_json_as_it_was(round_):
    restored = round_from_json(round_to_json(round_), round_.scenario)
    assert not isinstance(restored, SaveError), restored
    assert kept(restored) == kept(round_)


@settings(max_examples=60, deadline=None)
@given(round_=rounds)
def test_saving_a_restored_round_gives_the_same_text(round_):
    text = round_to_json(round_)
    assert round_to_json(round_from_json(text, round_.scenario)) == text


@settings(max_examples=60, deadline=None)
@given(round_=rounds, later=st.lists(st.integers(0, 7), min_size=1, max_size=10))
def test_a_resumed_round_goes_on_exactly_as_the_original_would(round_, later):
    restored = round_from_json(round_to_json(round_), round_.scenario)
    for move in later:
        if round_.finished:
            break
        if move == 0:
            assert restored.rewind() == round_.rewind()
            continue
        shown = [o.index for o in round_.shown()]
        assert [o.index for o in restored.shown()] == shown
        position = (move - 1) % len(shown) + 1
        assert restored.choose_shown(position) == round_.choose_shown(position)
    assert kept(restored) == kept(round_)


@settings(max_examples=60, deadline=None)
@given(round_=rounds)
def test_a_state_comes_back_from_json_as_it_was(round_):
    assert state_from_json(state_to_json(round_.state), round_.scenario) == round_.state


def test_a_save_says_its_version_scenario_and_file_hash():
    scenario = shipped("missing-penne.yaml")
    data = round_to_data(Round(scenario, seed=7))
    assert (data["version"], data["scenario"], data["source_hash"], data["seed"]) == (
        1,
        "missing-penne",
        scenario.source_hash,
        7,
    )


def test_a_round_from_another_scenario_is_refused_by_name():
    text = round_to_json(played(shipped("first-shift.yaml"), 3, [1, 2]))
    error = round_from_json(text, shipped("missing-penne.yaml"))
    assert error == SaveError("this round is of scenario 'first-shift', not 'missing-penne'")


def test_a_round_saved_before_the_file_was_edited_is_refused():
    scenario = shipped("missing-penne.yaml")
    data = round_to_data(played(scenario, 3, [1]))
    data["source_hash"] = "0123456789abcdef"
    error = round_from_json(json.dumps(data), scenario)
    assert isinstance(error, SaveError)
    assert "file has changed since" in error.message


def test_a_save_from_a_newer_game_names_both_versions():
    scenario = shipped("missing-penne.yaml")
    data = {**round_to_data(Round(scenario)), "version": 2}
    error = round_from_json(json.dumps(data), scenario)
    assert error == SaveError(
        "this round was saved by a newer game (save version 2); this game reads version 1"
    )


def test_a_state_without_a_version_is_refused():
    scenario = shipped("missing-penne.yaml")
    data = json.loads(state_to_json(rules.start_state(scenario)))
    del data["version"]
    error = state_from_json(json.dumps(data), scenario)
    assert error == SaveError("this is not a saved state: it has no 'version': 1")
