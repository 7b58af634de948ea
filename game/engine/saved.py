"""Saved rounds: a State or a whole Round as versioned JSON and back (after ink's StoryState.ToJson).

    text = round_to_json(round_)                 # store it, send it to a phone or a server
    restored = round_from_json(text, scenario)   # a Round as it was, or a SaveError
    if isinstance(restored, SaveError):
        print(restored.message)

Loading never raises for anything in the text: a save from a file, a phone or
a server is untrusted. A save names its version, its scenario's id and source
hash; another version, another scenario or an edited file gives a SaveError
with a plain message. Each kept state is checked against the rules by
replaying its decision, so a save cannot claim a trust or a path the scenario
does not allow.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from game.engine import rules
from game.engine.round import Round
from game.engine.rules import State
from game.engine.saved_read import Invalid, JsonObject, read_round, read_state, step_data
from game.model.scenario import Scenario

VERSION = 1
MAX_CHARS = 4_000_000  # far above any real round; a bigger text is refused unread


@dataclass(frozen=True)
class SaveError:
    """Why a saved state or round cannot be used, in words for people."""

    message: str

    def __str__(self) -> str:
        return self.message


def state_to_data(state: State) -> dict[str, object]:
    """`state` as plain JSON data with its version: node, trust, flags, history, ending."""
    return {"version": VERSION, **_state_data(state)}


def state_to_json(state: State) -> str:
    """`state` as JSON text (see state_to_data)."""
    return json.dumps(state_to_data(state), ensure_ascii=False)


def round_to_data(round_: Round) -> dict[str, object]:
    """A whole round as plain JSON data: scenario id and hash, seed, every state, rewinds."""
    return {
        "version": VERSION,
        "scenario": round_.scenario.id,
        "source_hash": round_.scenario.source_hash,
        "seed": round_.seed,
        "rewinds": round_.rewinds,
        "states": [_state_data(state) for state in round_.states],
        "taken_back": [step_data(step) for step in round_.taken_back],
    }


def round_to_json(round_: Round) -> str:
    """A whole round as JSON text (see round_to_data)."""
    return json.dumps(round_to_data(round_), ensure_ascii=False)


def state_from_data(data: object, scenario: Scenario) -> State | SaveError:
    """The State saved in `data`, or a SaveError; never raises."""
    try:
        return read_state(_versioned(data, "state"), scenario, "the saved state")
    except Invalid as problem:
        return SaveError(str(problem))


def state_from_json(text: str | bytes, scenario: Scenario) -> State | SaveError:
    """The State saved in JSON `text`, or a SaveError; never raises."""
    data = _decode(text, "state")
    return data if isinstance(data, SaveError) else state_from_data(data, scenario)


def round_from_data(data: object, scenario: Scenario) -> Round | SaveError:
    """The Round saved in `data`, ready to go on, or a SaveError; never raises."""
    try:
        checked = _versioned(data, "round")
        _check_scenario(checked, scenario)
        saved = read_round(checked, scenario)
        _check_replay(saved.states, scenario)
    except Invalid as problem:
        return SaveError(str(problem))
    return Round.restored(scenario, saved.states, saved.seed, saved.rewinds, saved.taken_back)


def round_from_json(text: str | bytes, scenario: Scenario) -> Round | SaveError:
    """The Round saved in JSON `text`, ready to go on, or a SaveError; never raises."""
    data = _decode(text, "round")
    return data if isinstance(data, SaveError) else round_from_data(data, scenario)


def _state_data(state: State) -> dict[str, object]:
    return {
        "node": state.node,
        "trust": state.trust,
        "flags": sorted(state.flags),
        "history": [step_data(step) for step in state.history],
        "ending": state.ending,
    }


def _decode(text: str | bytes, what: str) -> object:
    if not isinstance(text, str | bytes):
        return SaveError(f"a saved {what} is JSON text, not {type(text).__name__}")
    if len(text) > MAX_CHARS:
        return SaveError(f"this is not a saved {what}: it is far too long")
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
        reason = exc.msg if isinstance(exc, json.JSONDecodeError) else "not readable text"
        return SaveError(f"this is not a saved {what}: the JSON is broken ({reason})")


def _versioned(data: object, what: str) -> JsonObject:
    """`data` as an object of this save version, or Invalid saying what it is instead."""
    version = data.get("version") if isinstance(data, dict) else None
    if isinstance(data, dict) and version == VERSION and not isinstance(version, bool):
        return data
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        message = f"this {what} was saved by a newer game (save version {version}); "
        raise Invalid(message + f"this game reads version {VERSION}")
    raise Invalid(f"this is not a saved {what}: it has no 'version': {VERSION}")


def _check_scenario(data: JsonObject, scenario: Scenario) -> None:
    if data.get("scenario") != scenario.id:
        raise Invalid(f"this round is of scenario '{data.get('scenario')}', not '{scenario.id}'")
    if data.get("source_hash") != scenario.source_hash:
        raise Invalid(
            f"this round was saved against another version of '{scenario.id}': "
            "the scenario file has changed since, so the round cannot go on"
        )


def _check_replay(states: tuple[State, ...], scenario: Scenario) -> None:
    """Each state after the first must be what its last decision makes of the one before."""
    for number, (before, after) in enumerate(zip(states, states[1:], strict=False), start=1):
        if len(after.history) != len(before.history) + 1 or after.history[:-1] != before.history:
            raise Invalid(f"saved decision {number} does not follow the one before it")
        try:
            expected, _ = rules.choose(scenario, before, after.history[-1].number)
        except ValueError:  # rules.NotOffered: that choice was not on offer there
            expected = None
        if expected != after:
            raise Invalid(f"saved decision {number} is not what the scenario's rules give")
