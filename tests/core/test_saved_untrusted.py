"""A save is untrusted: broken, foreign or tampered JSON gives a SaveError, never an exception."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.engine.round import Round
from game.engine.saved import SaveError, round_from_json, round_to_data, state_from_json
from game.io.loader import load_scenario
from tests.conftest import REPO

SCENARIO = load_scenario(REPO / "scenarios" / "missing-penne.yaml").scenario


def a_save():
    """The data of a round three decisions in, with one rewind on the way."""
    round_ = Round(SCENARIO, seed=11)
    round_.choose_shown(1)
    round_.rewind()
    round_.choose_shown(2)
    while len(round_.states) < 3 and not round_.finished:
        round_.choose_shown(1)
    return round_to_data(round_)


def refused(data) -> str:
    text = data if isinstance(data, str | bytes) else json.dumps(data)
    result = round_from_json(text, SCENARIO)
    assert isinstance(result, SaveError), result
    return result.message


@pytest.mark.parametrize(
    "text",
    ["", "{", "null", "[]", "42", '"a round"', "[" * 100_000, b"\xff\xfe\xfd", '{"version": true}'],
    ids=["empty", "cut", "null", "list", "number", "text", "deep", "not utf-8", "bool version"],
)
def test_text_that_is_no_save_is_refused_in_words(text):
    assert refused(text).startswith("this is not a saved round")


def test_a_save_that_claims_more_trust_than_the_rules_give_is_refused():
    data = a_save()
    data["states"][-1]["trust"] += 1
    assert "is not what the scenario's rules give" in refused(data)


def test_a_save_at_a_node_the_scenario_lacks_is_refused():
    data = a_save()
    data["states"][0]["node"] = "the-moon"
    assert refused(data) == "saved state 1 is at 'the-moon', which is not a node of this scenario"


def test_a_save_that_skips_a_decision_is_refused():
    data = a_save()
    del data["states"][1]
    assert refused(data) == "saved decision 1 does not follow the one before it"


def test_a_save_with_a_choice_that_was_never_offered_is_refused():
    data = a_save()
    for state in data["states"][1:]:
        state["history"][0]["number"] = 99
    assert "is not what the scenario's rules give" in refused(data)


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("seed", "eleven", "'seed' of the saved round must be a whole number"),
        ("rewinds", -1, "'rewinds' of the saved round must not be negative"),
        ("states", [], "the saved round has no states"),
        ("taken_back", None, "'taken_back' of the saved round must be a list"),
    ],
)
def test_a_round_field_of_the_wrong_kind_is_named(key, value, message):
    assert refused({**a_save(), key: value}) == message


def test_a_flag_that_is_not_text_is_named():
    data = a_save()
    data["states"][0]["flags"] = [1]
    assert refused(data) == "every entry of 'flags' of saved state 1 must be text"


def test_a_state_with_trust_out_of_range_is_refused():
    state = {"version": 1, "node": "call", "trust": 101, "flags": [], "history": []}
    result = state_from_json(json.dumps({**state, "ending": None}), SCENARIO)
    assert result == SaveError("the saved state has trust 101; trust is 0 to 100")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(value=json_values)
def test_any_json_value_is_a_save_error_not_an_exception(value):
    assert isinstance(round_from_json(json.dumps(value), SCENARIO), SaveError)


def paths(value, prefix=()):
    """Every (container, key) place inside decoded JSON."""
    items = value.items() if isinstance(value, dict) else enumerate(value)
    for key, inner in items:
        yield (*prefix, key)
        if isinstance(inner, dict | list) and inner:
            yield from paths(inner, (*prefix, key))


PLACES = list(paths(a_save()))


@settings(max_examples=300, deadline=None)
@given(place=st.sampled_from(PLACES), value=json_values)
def test_a_save_with_any_one_value_replaced_never_raises(place, value):
    data = a_save()
    container = data
    for key in place[:-1]:
        container = container[key]
    container[place[-1]] = value
    result = round_from_json(json.dumps(data), SCENARIO)
    assert isinstance(result, Round | SaveError)
